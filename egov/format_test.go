package egov_test

import (
	"math"
	"math/big"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"pgregory.net/rapid"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/exact"
)

func dec(s string) decimal.Decimal { return exact.MustDecimal(s) }

func TestFormatNumbers(t *testing.T) {
	en, lat, cyr := egov.English, egov.SerbianLatin, egov.SerbianCyrillic
	cases := []struct {
		got, want string
	}{
		{lat.FormatDecimal(dec("1234567.891"), 2), "1.234.567,89"},
		{cyr.FormatDecimal(dec("1234567.891"), 2), "1.234.567,89"},
		{en.FormatDecimal(dec("1234567.891"), 2), "1,234,567.89"},
		{lat.FormatDecimal(dec("35"), 2), "35,00"},
		{lat.FormatDecimal(dec("37.065"), 2), "37,07"},
		{lat.FormatDecimal(dec("-1234.5"), 2), "-1.234,50"},
		{lat.FormatDecimal(dec("-0.001"), 2), "0,00"},
		{lat.FormatDecimal(dec("999.5"), 0), "1.000"},
		{lat.FormatDecimal(dec("0.5"), -3), "1"},
		{en.FormatDecimal(dec("0.625"), 4), "0.6250"},
		{lat.FormatInt(0), "0"},
		{lat.FormatInt(999), "999"},
		{lat.FormatInt(1000), "1.000"},
		{en.FormatInt(-1234567), "-1,234,567"},
		{lat.FormatInt(math.MinInt64), "-9.223.372.036.854.775.808"},
		{en.FormatInt(math.MaxInt64), "9,223,372,036,854,775,807"},
		{egov.Language(7).FormatInt(1000), "1,000"},
		// Beyond 30 digits: as exact.FormatDecimal writes it.
		{lat.FormatDecimal(decimal.New(1, 40), 2), exact.FormatDecimal(decimal.New(1, 40))},
	}
	for i, c := range cases {
		if c.got != c.want {
			t.Errorf("%d: got %q, want %q", i, c.got, c.want)
		}
	}
}

// readNumber is the inverse of FormatDecimal, written for the test: it
// accepts only the shape l writes (thousands in groups of three) and
// returns the plain decimal.
func readNumber(t *rapid.T, l egov.Language, s string) decimal.Decimal {
	thousands, point := `,`, `\.`
	if l != egov.English {
		thousands, point = `\.`, `,`
	}
	shape := regexp.MustCompile(`^-?\d{1,3}(` + thousands + `\d{3})*(` + point + `\d+)?$`)
	if !shape.MatchString(s) {
		t.Fatalf("%q is not a number as %v writes it", s, l)
	}
	plain := s
	if l == egov.English {
		plain = strings.ReplaceAll(plain, ",", "")
	} else {
		plain = strings.ReplaceAll(strings.ReplaceAll(plain, ".", ""), ",", ".")
	}
	d, err := exact.ParseDecimal(plain)
	if err != nil {
		t.Fatalf("%q: %v", s, err)
	}
	return d
}

// TestFormatDecimalReadsBack: every number written reads back as the
// number rounded once to the places asked, with exactly those places.
func TestFormatDecimalReadsBack(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		l := rapid.SampledFrom(egov.Languages()).Draw(t, "language")
		coef := new(big.Int).SetInt64(rapid.Int64Range(-999_999_999_999_999, 999_999_999_999_999).Draw(t, "coefficient"))
		d := decimal.NewFromBigInt(coef, rapid.Int32Range(-8, 6).Draw(t, "exponent"))
		places := rapid.Int32Range(0, 8).Draw(t, "places")
		s := l.FormatDecimal(d, places)
		got := readNumber(t, l, s)
		if want := d.Round(places); !got.Equal(want) {
			t.Fatalf("%s written at %d places is %q, which reads %s", d, places, s, got)
		}
		if got.Exponent() != -places {
			t.Fatalf("%q has %d decimals, want %d", s, -got.Exponent(), places)
		}
		n := rapid.Int64().Draw(t, "n")
		if got := readNumber(t, l, l.FormatInt(n)); !got.Equal(decimal.NewFromInt(n)) {
			t.Fatalf("%d is written %q", n, l.FormatInt(n))
		}
	})
}

// CLDR's sample values for the plural rules of sr and en (CLDR
// plurals.xml), as written there.
var cldrSamples = map[egov.Language]map[egov.PluralCategory][]string{
	egov.SerbianLatin: {
		egov.PluralOne: {"1", "21", "31", "41", "51", "61", "71", "81", "101", "1001",
			"0.1", "1.1", "2.1", "3.1", "4.1", "5.1", "6.1", "7.1", "10.1", "100.1", "1000.1"},
		egov.PluralFew: {"2", "3", "4", "22", "23", "24", "32", "33", "34", "42", "43", "44", "52", "53", "54",
			"62", "102", "1002", "0.2", "0.3", "0.4", "1.2", "1.3", "1.4", "2.2", "2.3", "2.4", "3.2", "3.3", "3.4",
			"4.2", "4.3", "4.4", "5.2", "10.2", "100.2", "1000.2"},
		egov.PluralOther: {"0", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18",
			"19", "100", "1000", "10000", "100000", "1000000", "0.0", "0.5", "0.6", "0.7", "0.8", "0.9", "1.0",
			"1.5", "1.6", "1.7", "1.8", "1.9", "2.0", "2.5", "2.6", "2.7", "10.0", "100.0", "1000.0", "10000.0",
			"100000.0", "1000000.0"},
	},
	egov.English: {
		egov.PluralOne: {"1"},
		egov.PluralOther: {"0", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16",
			"100", "1000", "10000", "100000", "1000000", "0.0", "0.1", "0.5", "1.0", "1.5", "10.0", "100.0"},
	},
}

func TestPluralCLDRSamples(t *testing.T) {
	for l, byCategory := range cldrSamples {
		langs := []egov.Language{l}
		if l == egov.SerbianLatin {
			langs = append(langs, egov.SerbianCyrillic)
		}
		for want, samples := range byCategory {
			for _, s := range samples {
				for _, l := range langs {
					d := dec(s)
					if got := l.PluralDecimal(d); got != want {
						t.Errorf("%v: %s is %v, want %v", l, s, got, want)
					}
					if !strings.Contains(s, ".") {
						if got := l.Plural(d.IntPart()); got != want {
							t.Errorf("%v: Plural(%s) is %v, want %v", l, s, got, want)
						}
						if got := l.Plural(-d.IntPart()); got != want {
							t.Errorf("%v: Plural(-%s) is %v, want %v", l, s, got, want)
						}
					}
				}
			}
		}
	}
}

// TestPluralOfWholeNumbers: the plural of a whole number is the same
// whether it comes as an int64 or as a decimal of any positive exponent
// (21 and 2.1e1 alike), and in Serbian it does not change when the number
// grows by 100.
func TestPluralOfWholeNumbers(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		l := rapid.SampledFrom(egov.Languages()).Draw(t, "language")
		n := rapid.Int64().Draw(t, "n")
		if got, want := l.PluralDecimal(decimal.NewFromInt(n)), l.Plural(n); got != want {
			t.Fatalf("%v: %d is %v as a decimal, %v as an integer", l, n, got, want)
		}
		// 100 more or less does not change the Serbian form.
		if l != egov.English && n > math.MinInt64+100 && n < math.MaxInt64-100 && n >= 0 {
			if l.Plural(n) != l.Plural(n+100) {
				t.Fatalf("%v: %d and %d differ", l, n, n+100)
			}
		}
		m := rapid.Int64Range(-1_000_000, 1_000_000).Draw(t, "m")
		k := rapid.Int32Range(1, 5).Draw(t, "k")
		shifted := decimal.New(m, 0).Mul(decimal.New(1, k)) // m × 10^k, exponent 0
		raised := decimal.New(m, k)                         // m × 10^k, exponent k
		if l.PluralDecimal(shifted) != l.PluralDecimal(raised) {
			t.Fatalf("%v: %s differs by its exponent", l, raised)
		}
	})
}

func TestNounCount(t *testing.T) {
	step := egov.Noun{English: [2]string{"step", "steps"}, Cyrillic: [3]string{"корак", "корака", "корака"}}
	lat, cyr, en := egov.SerbianLatin, egov.SerbianCyrillic, egov.English
	cases := []struct{ got, want string }{
		{step.Count(lat, 1), "1 korak"},
		{step.Count(lat, 2), "2 koraka"},
		{step.Count(lat, 5), "5 koraka"},
		{step.Count(lat, 11), "11 koraka"},
		{step.Count(lat, 21), "21 korak"},
		{step.Count(cyr, 21), "21 корак"},
		{step.Count(lat, 1001), "1.001 korak"},
		{step.Count(en, 1), "1 step"},
		{step.Count(en, 21), "21 steps"},
		{egov.WeekNoun().Count(lat, 1), "1 sedmica"},
		{egov.WeekNoun().Count(lat, 3), "3 sedmice"},
		{egov.WeekNoun().Count(cyr, 12), "12 седмица"},
		{egov.WeekNoun().Count(en, 2), "2 weeks"},
		{egov.DayNoun().Count(cyr, 22), "22 дана"},
		{egov.WorkingDayNoun().Count(cyr, 2), "2 радна дана"},
		{egov.WorkingDayNoun().Count(lat, 1), "1 radni dan"},
		{egov.DayNoun().CountDecimal(lat, dec("2.5"), 1), "2,5 dana"},
		{egov.DayNoun().CountDecimal(lat, dec("0.1"), 1), "0,1 dan"},
		{egov.DayNoun().CountDecimal(en, dec("1"), 1), "1.0 days"},
		{egov.DayNoun().CountDecimal(en, dec("1"), 0), "1 day"},
		{egov.DayNoun().CountDecimal(lat, decimal.New(1, 40), 0), exact.FormatDecimal(decimal.New(1, 40)) + " dana"},
		// Fallbacks: no Serbian forms read in English; no few form uses other.
		{egov.Noun{English: [2]string{"item", "items"}}.Count(cyr, 2), "2 items"},
		{egov.Noun{English: [2]string{"item", ""}, Cyrillic: [3]string{"", "", "ствари"}}.Count(lat, 3), "3 stvari"},
		{egov.Noun{English: [2]string{"sheep", ""}}.Count(en, 3), "3 sheep"},
		{egov.Noun{}.Count(lat, 3), "3"},
	}
	for i, c := range cases {
		if c.got != c.want {
			t.Errorf("%d: got %q, want %q", i, c.got, c.want)
		}
	}
}

func TestFormatDates(t *testing.T) {
	d := egov.MustDate(2025, 12, 1)
	cases := []struct{ got, want string }{
		{egov.SerbianLatin.FormatDate(d), "1. 12. 2025."},
		{egov.SerbianCyrillic.FormatDate(d), "1. 12. 2025."},
		{egov.English.FormatDate(d), "1 December 2025"},
		{egov.SerbianLatin.FormatDayMonth(d, false), "1. 12."},
		{egov.English.FormatDayMonth(d, false), "1 Dec"},
		{egov.English.FormatDate(egov.Date{}), ""},
		{egov.SerbianLatin.FormatDayMonth(egov.Date{}, false), ""},
		{egov.SerbianLatin.MonthName(time.December), "decembar"},
		{egov.SerbianCyrillic.MonthName(time.June), "јун"},
		{egov.English.MonthName(time.May), "May"},
		{egov.English.MonthName(13), "13"},
	}
	for i, c := range cases {
		if c.got != c.want {
			t.Errorf("%d: got %q, want %q", i, c.got, c.want)
		}
	}
	for m := time.January; m <= time.December; m++ {
		if egov.SerbianLatin.MonthName(m) != egov.ToLatin(egov.SerbianCyrillic.MonthName(m)) {
			t.Errorf("month %d differs between scripts", m)
		}
	}
}
