package maturity_test

import (
	"encoding/json"
	"errors"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"pgregory.net/rapid"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/gen"
	"github.com/digitaldistrict/egovkit/maturity"
)

func hasCyrillic(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.Is(unicode.Cyrillic, r) }) >= 0
}

// TestLSGModelInThreeLanguages: every name of the default model reads in
// each language, in that language's script, and its Latin is the Cyrillic
// transliterated.
func TestLSGModelInThreeLanguages(t *testing.T) {
	m := maturity.LSGModel()
	check := func(what, key, en, cyrillic string, label func(egov.Language) string) {
		t.Helper()
		if en == "" || cyrillic == "" {
			t.Errorf("%s %s: English %q, Cyrillic %q", what, key, en, cyrillic)
			return
		}
		if label(egov.English) != en || label(egov.SerbianCyrillic) != cyrillic {
			t.Errorf("%s %s: labels %q, %q", what, key, label(egov.English), label(egov.SerbianCyrillic))
		}
		latin := label(egov.SerbianLatin)
		if latin != egov.ToLatin(cyrillic) || hasCyrillic(latin) || hasCyrillic(en) || !hasCyrillic(cyrillic) {
			t.Errorf("%s %s: %q / %q / %q", what, key, en, latin, cyrillic)
		}
	}
	check("model", m.ID, m.Name, m.NameCyrillic, m.Label)
	check("model description", m.ID, m.Description, m.DescriptionCyrillic, m.DescriptionIn)
	for _, d := range m.Dimensions {
		check("dimension", d.Key, d.Name, d.NameCyrillic, d.Label)
		for _, ind := range d.Indicators {
			check("indicator", ind.Key, ind.Name, ind.NameCyrillic, ind.Label)
		}
	}
	for _, b := range m.Bands {
		check("band", b.Key, b.Name, b.NameCyrillic, b.Label)
	}
	for _, l := range m.Levels {
		check("level", l.Key, l.Name, l.NameCyrillic, l.Label)
		check("level description", l.Key, l.Description, l.DescriptionCyrillic, l.DescriptionIn)
	}

	// The Latin derived from the Cyrillic, against Latin written by hand.
	lat := egov.SerbianLatin
	dim, _ := m.Dimension("people-and-skills")
	ezup, _ := m.Indicator("ezup")
	consent, _ := m.Indicator("consentid")
	pairs := [][2]string{
		{m.Label(lat), "Digitalna zrelost lokalne samouprave u Srbiji"},
		{dim.Label(lat), "Ljudi i veštine"},
		{ezup.Label(lat), "Podaci iz registara pribavljeni preko eZUP-a"},
		{consent.Label(lat), "Registracija građana za ConsentID"},
		{consent.Label(egov.SerbianCyrillic), "Регистрација грађана за ConsentID"},
		{m.Bands[3].Label(lat), "Veoma visoka"},
		{m.Levels[2].Label(lat), "Agilan i integrisan"},
		{m.Levels[1].DescriptionIn(lat), "Predmeti se vode u Pisarnici i zaposleni prolaze obuku."},
	}
	for _, p := range pairs {
		if p[0] != p[1] {
			t.Errorf("got %q, want %q", p[0], p[1])
		}
	}
	if _, ok := m.Dimension("nope"); ok {
		t.Error("Dimension found a key the model lacks")
	}
	if _, ok := m.Indicator("nope"); ok {
		t.Error("Indicator found a key the model lacks")
	}
}

func TestLabelFallbacks(t *testing.T) {
	cases := []struct {
		d    maturity.Dimension
		l    egov.Language
		want string
	}{
		{maturity.Dimension{Key: "k", Name: "Skills"}, egov.SerbianCyrillic, "Skills"},
		{maturity.Dimension{Key: "k", Name: "Skills"}, egov.SerbianLatin, "Skills"},
		{maturity.Dimension{Key: "k", NameCyrillic: "Вештине"}, egov.SerbianLatin, "Veštine"},
		{maturity.Dimension{Key: "k", NameCyrillic: "Вештине"}, egov.English, "Veštine"},
		{maturity.Dimension{Key: "k", Name: "Skills", NameLatin: "Znanja"}, egov.SerbianLatin, "Znanja"},
		{maturity.Dimension{Key: "k", Name: "Skills", NameLatin: "Znanja"}, egov.SerbianCyrillic, "Skills"},
		{maturity.Dimension{Key: "k"}, egov.SerbianCyrillic, "k"},
	}
	for _, c := range cases {
		if got := c.d.Label(c.l); got != c.want {
			t.Errorf("%+v.Label(%v) = %q, want %q", c.d, c.l, got, c.want)
		}
	}
	if (maturity.Band{}).Label(egov.SerbianLatin) != "" || (maturity.Level{}).Label(egov.English) != "" {
		t.Error("the zero band or level has a label")
	}
	if got := (maturity.Model{ID: "m"}).Label(egov.SerbianLatin); got != "m" {
		t.Errorf("a model without a name labels as %q", got)
	}
	if got := (maturity.Indicator{Key: "i", Description: "d"}).DescriptionIn(egov.SerbianCyrillic); got != "d" {
		t.Errorf("description fallback %q", got)
	}
}

// TestModelJSONWithoutSerbianNames: a model document written before models
// carried Serbian names decodes, and reads in English in every language.
func TestModelJSONWithoutSerbianNames(t *testing.T) {
	data, err := json.Marshal(maturity.LSGModel())
	if err != nil {
		t.Fatal(err)
	}
	old := regexp.MustCompile(`,"(name|description)_sr_(cyrl|latn)":"[^"]*"`).ReplaceAll(data, nil)
	if strings.Contains(string(old), "_sr_") || !strings.Contains(string(data), `"name_sr_cyrl":"Инфраструктура"`) {
		t.Fatalf("the edit did not remove the Serbian names:\n%s", old)
	}
	m, err := maturity.DecodeModel(old)
	if err != nil {
		t.Fatalf("a document without Serbian names: %v", err)
	}
	if got := m.Dimensions[0].Label(egov.SerbianCyrillic); got != "Infrastructure" {
		t.Errorf("a dimension without Serbian names reads %q in Cyrillic", got)
	}
	// Without them it is another model than lsg-dmi 1.1.0 (which is why
	// the names moved the version on from 1.0.0), and the error names the
	// first field that differs.
	_, err = maturity.MustCompile(m).Totals(maturity.Default().Assess(someProfile()))
	var mm *maturity.MismatchError
	if !errors.As(err, &mm) || mm.Path != "name_sr_cyrl" {
		t.Errorf("mismatch %v", err)
	}
}

// TestFingerprintCoversSerbianNames: two models that differ only in a
// Serbian name are two models, and the error names the field.
func TestFingerprintCoversSerbianNames(t *testing.T) {
	edits := map[string]func(*maturity.Model){
		"dimensions[1].name_sr_cyrl":                      func(m *maturity.Model) { m.Dimensions[1].NameCyrillic = "Људи" },
		"dimensions[2].indicators[0].description_sr_latn": func(m *maturity.Model) { m.Dimensions[2].Indicators[0].DescriptionLatin = "x" },
		"bands[0].name_sr_latn":                           func(m *maturity.Model) { m.Bands[0].NameLatin = "Slaba" },
		"levels[4].description_sr_cyrl":                   func(m *maturity.Model) { m.Levels[4].DescriptionCyrillic = "" },
		"description_sr_latn":                             func(m *maturity.Model) { m.DescriptionLatin = "x" },
	}
	for path, edit := range edits {
		m := maturity.LSGModel()
		edit(&m)
		_, err := maturity.MustCompile(m).Totals(maturity.Default().Assess(someProfile()))
		var mm *maturity.MismatchError
		if !errors.As(err, &mm) || mm.Path != path {
			t.Errorf("%s: %v", path, err)
		}
	}
}

// TestRanksCarryNamesAndPlaces: a ranked row names its band and level as
// the model does and carries the model's places; each band of the count
// has its names.
func TestRanksCarryNamesAndPlaces(t *testing.T) {
	m := maturity.Default()
	lsg := m.Model()
	var entries []maturity.Entry
	for i, p := range []egov.Profile{someProfile(), someProfile().WithStage(egov.ServiceEID, egov.StageFullyInUse),
		someProfile().WithStage(egov.ServicePisarnica, egov.StageNotStarted)} {
		r, err := m.Score(m.Assess(p))
		if err != nil {
			t.Fatal(err)
		}
		entries = append(entries, maturity.Entry{Name: string(rune('a' + i)), Result: r})
	}
	ranking, err := maturity.Rank(entries)
	if err != nil {
		t.Fatal(err)
	}
	levels := 0
	for _, row := range ranking.Rows {
		if row.Places != m.Places() || m.Places() != 2 || row.Score.StringFixed(row.Places) != row.Score.StringFixed(2) {
			t.Errorf("%s: places %d", row.Name, row.Places)
		}
		band, level := lsg.Bands[0], maturity.Level{}
		for _, b := range lsg.Bands {
			if b.Key == row.Band {
				band = b
			}
		}
		if row.Level > 0 {
			level = lsg.Levels[row.Level-1]
			levels++
		}
		for _, l := range egov.Languages() {
			if row.BandLabel(l) != band.Label(l) || row.BandLabel(l) == "" || row.LevelLabel(l) != level.Label(l) {
				t.Errorf("%s in %v: band %q, level %q", row.Name, l, row.BandLabel(l), row.LevelLabel(l))
			}
		}
		if row.LevelKey != level.Key {
			t.Errorf("%s: level key %q, want %q", row.Name, row.LevelKey, level.Key)
		}
	}
	if levels == 0 {
		t.Error("no row reaches a level; give one a profile that does")
	}
	for i, b := range ranking.Bands {
		if b.Label(egov.SerbianLatin) != lsg.Bands[i].Label(egov.SerbianLatin) || b.Label(egov.SerbianCyrillic) == b.Label(egov.English) {
			t.Errorf("band %s: %q", b.Key, b.Label(egov.SerbianLatin))
		}
	}
	if (maturity.RankedRow{}).BandLabel(egov.English) != "" || (maturity.RankedRow{}).LevelLabel(egov.SerbianCyrillic) != "" ||
		(maturity.BandCount{Key: "k"}).Label(egov.SerbianCyrillic) != "k" {
		t.Error("a zero row or a band count without names reads wrong")
	}
	var none *maturity.Compiled
	if none.Places() != 0 {
		t.Error("a nil model has places")
	}
	band := maturity.Band{Key: "b", NameCyrillic: "Средња"}
	if n := band.Names(); n.Latin != "Srednja" || n.English != "" || n.Cyrillic != "Средња" {
		t.Errorf("Names %+v", n)
	}
	if n := (maturity.Level{NameLatin: "Nivo", NameCyrillic: "Ниво"}).Names(); n.Latin != "Nivo" {
		t.Errorf("Names %+v", n)
	}
}

// TestVersion110ScoresAs100: lsg-dmi 1.1.0 is 1.0.0 with Serbian names, so
// every profile scores the same with both: the same exact score, band,
// level and coverage.
func TestVersion110ScoresAs100(t *testing.T) {
	if maturity.LSGModelVersion != "1.1.0" {
		t.Skip("the default model is no longer 1.1.0")
	}
	old := maturity.LSGModel()
	old.Version = "1.0.0"
	old.NameCyrillic, old.NameLatin, old.DescriptionCyrillic, old.DescriptionLatin = "", "", "", ""
	for i := range old.Dimensions {
		d := &old.Dimensions[i]
		d.NameCyrillic, d.NameLatin, d.DescriptionCyrillic, d.DescriptionLatin = "", "", "", ""
		for j := range d.Indicators {
			ind := &d.Indicators[j]
			ind.NameCyrillic, ind.NameLatin, ind.DescriptionCyrillic, ind.DescriptionLatin = "", "", "", ""
		}
	}
	for i := range old.Bands {
		old.Bands[i].NameCyrillic, old.Bands[i].NameLatin = "", ""
	}
	for i := range old.Levels {
		l := &old.Levels[i]
		l.NameCyrillic, l.NameLatin, l.DescriptionCyrillic, l.DescriptionLatin = "", "", "", ""
	}
	data, _ := json.Marshal(old)
	if strings.Contains(string(data), "_sr_") {
		t.Fatal("a Serbian name is left")
	}
	v100, v110 := maturity.MustCompile(old), maturity.Default()
	rapid.Check(t, func(t *rapid.T) {
		p := gen.Profile(egov.SerbianCatalog()).Draw(t, "profile")
		a, errA := v100.Score(v100.Assess(p))
		b, errB := v110.Score(v110.Assess(p))
		if (errA == nil) != (errB == nil) {
			t.Fatalf("errors %v and %v", errA, errB)
		}
		if errA != nil {
			return
		}
		_, ba := a.Band()
		_, bb := b.Band()
		_, la := a.Level()
		_, lb := b.Level()
		if a.Exact().Cmp(b.Exact()) != 0 || a.Score().Cmp(b.Score()) != 0 || ba != bb || la != lb ||
			a.CoverageExact().Cmp(b.CoverageExact()) != 0 {
			t.Fatalf("1.0.0 scores %s (band %d, level %d), 1.1.0 %s (band %d, level %d)", a.Score(), ba, la, b.Score(), bb, lb)
		}
	})
}

// TestStateLabels: each state of a value is named in the three languages,
// the Latin transliterated from the Cyrillic, no two alike.
func TestStateLabels(t *testing.T) {
	seen := map[string]bool{}
	for _, s := range []maturity.State{maturity.StateUnknown, maturity.StateKnown, maturity.StateNotApplicable} {
		en, lat, cyr := s.Label(egov.English), s.Label(egov.SerbianLatin), s.Label(egov.SerbianCyrillic)
		if en == "" || !hasCyrillic(cyr) || hasCyrillic(en) || lat != egov.ToLatin(cyr) || seen[en] || seen[cyr] {
			t.Errorf("%s: %q / %q / %q", s, en, lat, cyr)
		}
		seen[en], seen[cyr] = true, true
	}
	if got := maturity.State(9).Label(egov.SerbianLatin); got != "State(9)" {
		t.Errorf("State(9) labels as %q", got)
	}
}
