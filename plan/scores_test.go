package plan_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/maturity"
	"github.com/digitaldistrict/egovkit/plan"
)

// Every score of a plan names its band and level as the model does, and
// carries the model's places, which its text and its JSON keep: a whole
// score is "35.00", not "35".
func TestScoresCarryNamesAndPlaces(t *testing.T) {
	model := maturity.Default()
	lsg := model.Model()
	p := belaPalanka(t)
	scores := map[string]*plan.Score{"recorded": p.Recorded, "current": p.Current, "projected": p.Projected,
		"range low": &p.Range.Low, "range high": &p.Range.High}
	for name, s := range scores {
		if s == nil {
			t.Fatalf("%s: no score", name)
		}
		if s.Places != 2 {
			t.Errorf("%s: places %d", name, s.Places)
		}
		var band maturity.Band
		for _, b := range lsg.Bands {
			if b.Key == s.Band {
				band = b
			}
		}
		for _, l := range egov.Languages() {
			if s.BandLabel(l) != band.Label(l) || s.BandLabel(l) == "" {
				t.Errorf("%s: band %s in %v is %q, want %q", name, s.Band, l, s.BandLabel(l), band.Label(l))
			}
			want := ""
			if s.Level > 0 {
				want = lsg.Levels[s.Level-1].Label(l)
			}
			if s.LevelLabel(l) != want {
				t.Errorf("%s: level %d in %v is %q, want %q", name, s.Level, l, s.LevelLabel(l), want)
			}
		}
		if s.Level > 0 && s.LevelKey != lsg.Levels[s.Level-1].Key {
			t.Errorf("%s: level key %q", name, s.LevelKey)
		}
	}
	if got := p.Range.High.LevelLabel(egov.SerbianCyrillic); got == "" {
		t.Error("the range's high end reaches no level; pick a profile that does")
	}
	// A score of 35 as the model reports it.
	s := plan.Score{Score: decimal.New(3500, -2), Places: 2, Coverage: decimal.New(16, -2), Band: "middle"}
	if s.ScoreText(egov.English) != "35.00" || s.ScoreText(egov.SerbianLatin) != "35,00" ||
		s.CoverageText(egov.SerbianCyrillic) != "0,1600" || s.BandLabel(egov.SerbianLatin) != "middle" {
		t.Errorf("texts: %s %s %s %s", s.ScoreText(egov.English), s.ScoreText(egov.SerbianLatin),
			s.CoverageText(egov.SerbianCyrillic), s.BandLabel(egov.SerbianLatin))
	}
	// A score built by hand without its places keeps the places it has.
	hand := plan.Score{Score: decimal.New(35125, -3)}
	if hand.ScoreText(egov.English) != "35.125" || (plan.Score{}).ScoreText(egov.English) != "0" ||
		(plan.Score{}).BandLabel(egov.English) != "" || (plan.Score{}).LevelLabel(egov.SerbianLatin) != "" {
		t.Error("a score without places, or the zero Score, reads wrong")
	}
}

// A plan's JSON writes each score at the model's places with its band's
// and level's names, and DecodePlan reads them back.
func TestScoreNamesAndPlacesInJSON(t *testing.T) {
	p := belaPalanka(t)
	p.Current.Score = decimal.NewFromInt(35) // as if made without its exponent
	data, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), `"current":{"score":"35.00"`) {
		t.Errorf("a whole score is not written at the model's places: %.200s", data[strings.Index(string(data), `"current"`):])
	}
	if !strings.Contains(string(data), `"band_name":{"en":"Low","sr_latn":"Niska","sr_cyrl":"Ниска"}`) {
		t.Error("the band's names are not written")
	}
	back, err := plan.DecodePlan(data)
	if err != nil {
		t.Fatal(err)
	}
	for _, pair := range [][2]*plan.Score{{p.Recorded, back.Recorded}, {p.Current, back.Current},
		{&p.ProjectedRange.High, &back.ProjectedRange.High}} {
		a, b := pair[0], pair[1]
		if a.Places != b.Places || a.BandName != b.BandName || a.LevelKey != b.LevelKey || a.LevelName != b.LevelName ||
			a.ScoreText(egov.SerbianLatin) != b.ScoreText(egov.SerbianLatin) {
			t.Errorf("a score reads back as %+v, was %+v", *b, *a)
		}
	}
}

// A model that reports three places gives plans whose scores carry three.
func TestScoresAtAModelsPlaces(t *testing.T) {
	m := maturity.LSGModel()
	m.Version = "three-places"
	m.Rounding.Places = 3
	model := maturity.MustCompile(m)
	playbook, _ := plan.CompileDefaultPlaybook()
	day := egov.MustDate(2025, 11, 25)
	p, err := plan.Generate(plan.Request{Playbook: playbook, Model: model,
		Profile: egov.Profile{Municipality: "x", Date: day, Stages: map[egov.ServiceKey]egov.AdoptionStage{
			egov.ServicePisarnica: egov.StageFullyInUse}},
		Visit:   egov.Visit{Municipality: "x", Date: day},
		Options: plan.Options{Start: day, Horizon: 4, TeamCapacity: decimal.NewFromInt(2), MunicipalityCapacity: decimal.NewFromInt(2)}})
	if err != nil {
		t.Fatal(err)
	}
	if p.Current.Places != 3 || p.Current.CoverageText(egov.English) != p.Current.Coverage.StringFixed(5) ||
		!strings.Contains(p.Current.ScoreText(egov.English), ".") || len(strings.Split(p.Current.ScoreText(egov.English), ".")[1]) != 3 {
		t.Errorf("current %+v reads %s, coverage %s", p.Current, p.Current.ScoreText(egov.English), p.Current.CoverageText(egov.English))
	}
}
