package egov_test

import (
	"slices"
	"testing"

	"pgregory.net/rapid"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/gen"
)

func TestTransliteration(t *testing.T) {
	cases := []struct{ latin, cyrillic string }{
		{"Čačak", "Чачак"},
		{"Ćuprija", "Ћуприја"},
		{"Veliko Gradište", "Велико Градиште"},
		{"Ljubovija", "Љубовија"},
		{"LJUBOVIJA", "ЉУБОВИЈА"},
		{"Njegoš", "Његош"},
		{"NJEGOŠ", "ЊЕГОШ"},
		{"džep", "џеп"},
		{"Džep", "Џеп"},
		{"DŽEP", "ЏЕП"},
		{"Đurđevdan", "Ђурђевдан"},
		{"eZUP 2017.", "еЗУП 2017."},
		{"", ""},
	}
	for _, c := range cases {
		if got := egov.ToCyrillic(c.latin); got != c.cyrillic {
			t.Errorf("ToCyrillic(%q) = %q, want %q", c.latin, got, c.cyrillic)
		}
		if got := egov.ToLatin(c.cyrillic); got != c.latin {
			t.Errorf("ToLatin(%q) = %q, want %q", c.cyrillic, got, c.latin)
		}
	}
	// Decomposed letters (c + combining caron) transliterate like precomposed ones.
	if got := egov.ToCyrillic("c\u030Cac\u030Cak c\u0301"); got != "чачак ћ" {
		t.Errorf("ToCyrillic(decomposed) = %q", got)
	}
	if got := egov.Fold("C\u030Cac\u030Cak"); got != "cacak" {
		t.Errorf("Fold(decomposed) = %q", got)
	}
}

func TestLatinCyrillicLatinRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := gen.SerbianLatinText().Draw(t, "text")
		cyr := egov.ToCyrillic(s)
		if back := egov.ToLatin(cyr); back != s {
			t.Fatalf("%q → %q → %q", s, cyr, back)
		}
	})
}

func TestFold(t *testing.T) {
	cases := map[string]string{
		"Čačak": "cacak", "ČAČAK": "cacak", "Чачак": "cacak", "Cacak": "cacak",
		"Veliko Gradište": "veliko-gradiste", "Велико  Градиште": "veliko-gradiste",
		"Đakovica": "djakovica", "Džep": "dzep", "  Niš!  ": "nis", "Bela-Palanka": "bela-palanka",
	}
	for in, want := range cases {
		if got := egov.Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFoldGivesKeys(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := rapid.String().Draw(t, "s")
		f := egov.Fold(s)
		if f != "" && !egov.IsKey(f) {
			t.Fatalf("Fold(%q) = %q is not a key", s, f)
		}
		if egov.Fold(f) != f {
			t.Fatalf("Fold is not idempotent on %q", s)
		}
	})
}

func TestCompareNamesFollowsTheSerbianAlphabet(t *testing.T) {
	latin := []string{"Beočin", "Bela Palanka", "Čačak", "Ćuprija", "Despotovac", "Džep", "Đurđevo",
		"Kragujevac", "Lazarevac", "Ljig", "Niš", "Njegoš", "Pirot", "Veliko Gradište", "Vranje"}
	want := []string{"Bela Palanka", "Beočin", "Čačak", "Ćuprija", "Despotovac", "Džep", "Đurđevo",
		"Kragujevac", "Lazarevac", "Ljig", "Niš", "Njegoš", "Pirot", "Veliko Gradište", "Vranje"}
	got := slices.Clone(latin)
	slices.SortFunc(got, egov.CompareNames)
	if !slices.Equal(got, want) {
		t.Errorf("Latin order\n got %v\nwant %v", got, want)
	}
	cyr := []string{"Шабац", "Чачак", "Ћуприја", "Џеп", "Ниш", "Његош", "Љиг", "Лазаревац"}
	wantCyr := []string{"Лазаревац", "Љиг", "Ниш", "Његош", "Ћуприја", "Чачак", "Џеп", "Шабац"}
	slices.SortFunc(cyr, egov.CompareNames)
	if !slices.Equal(cyr, wantCyr) {
		t.Errorf("Cyrillic order\n got %v\nwant %v", cyr, wantCyr)
	}
	if egov.CompareNames("čačak", "Čačak") >= 0 {
		t.Error("lower case does not come before upper case")
	}
}

func TestCompareNamesIsATotalOrder(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		names := rapid.SliceOfN(rapid.OneOf(gen.SerbianLatinText(), rapid.String()), 3, 3).Draw(t, "names")
		a, b, c := names[0], names[1], names[2]
		if egov.CompareNames(a, b) != -egov.CompareNames(b, a) {
			t.Fatalf("not antisymmetric on %q, %q", a, b)
		}
		if (egov.CompareNames(a, b) == 0) != (a == b) {
			t.Fatalf("CompareNames(%q, %q) = 0 for different names", a, b)
		}
		if egov.CompareNames(a, b) <= 0 && egov.CompareNames(b, c) <= 0 && egov.CompareNames(a, c) > 0 {
			t.Fatalf("not transitive on %q, %q, %q", a, b, c)
		}
	})
}

func TestScriptText(t *testing.T) {
	var s egov.Script
	if err := s.UnmarshalText([]byte("cyrillic")); err != nil || s != egov.Cyrillic {
		t.Fatalf("UnmarshalText: %v, %v", s, err)
	}
	if err := s.UnmarshalText([]byte("greek")); err == nil {
		t.Fatal("greek accepted")
	}
}
