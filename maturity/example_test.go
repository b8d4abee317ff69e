package maturity_test

import (
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/maturity"
)

// Scoring a municipality with the default model takes three lines.
func Example() {
	m := maturity.Default()
	profile := egov.Profile{Municipality: "cacak", Date: egov.MustDate(2025, 11, 20),
		Stages: map[egov.ServiceKey]egov.AdoptionStage{
			egov.ServicePisarnica: egov.StagePartlyInUse,
			egov.ServiceEPecat:    egov.StagePlanned,
		}}
	r, err := m.Score(m.Assess(profile))
	if err != nil {
		fmt.Println(err)
		return
	}
	band, _ := r.Band()
	fmt.Println("score", r.Score().StringFixed(2), "band", band.Key, "coverage", r.Coverage().StringFixed(4))
	for _, d := range r.Dimensions() {
		if d.Scored {
			fmt.Println(d.Key, d.Score.StringFixed(2))
		}
	}
	// The score rests on 16 % of the model: say how far it could move.
	rg, _ := m.Range(profile)
	fmt.Println("range", rg.Low.Score().StringFixed(2), "to", rg.High.Score().StringFixed(2))
	// Output:
	// score 35.00 band middle coverage 0.1600
	// back-office 35.00
	// range 5.60 to 89.60
}

// A methodology is data: here the UN E-Government Development Index, the
// mean of three components with the Survey's four groups.
func ExampleCompile() {
	d := decimal.RequireFromString
	component := func(key string) maturity.Dimension {
		return maturity.Dimension{Key: key, Weight: d("1"), Indicators: []maturity.Indicator{{Key: key, Weight: d("1")}}}
	}
	egdi := maturity.MustCompile(maturity.Model{
		ID: "un-egdi", Version: "2022",
		Scale:      maturity.Scale{Min: d("0"), Max: d("1")},
		Dimensions: []maturity.Dimension{component("osi"), component("hci"), component("tii")},
		Bands: []maturity.Band{
			{Key: "low", From: d("0"), To: d("0.25")}, {Key: "middle", From: d("0.25"), To: d("0.5")},
			{Key: "high", From: d("0.5"), To: d("0.75")}, {Key: "very-high", From: d("0.75"), To: d("1")},
		},
		Rounding: maturity.Rounding{Places: 4},
	})
	// Serbia, UN E-Government Survey 2022.
	a, _ := egdi.NewAssessment(map[string]maturity.Value{
		"osi": maturity.MustValue("0.8514"), "hci": maturity.MustValue("0.8332"), "tii": maturity.MustValue("0.7865"),
	})
	r, _ := egdi.Score(a)
	band, _ := r.Band()
	fmt.Println(r.Score().StringFixed(4), band.Key)
	// Output:
	// 0.8237 very-high
}

// Between two visits the score moved by 5.00; most of the movement is two
// opposite things: the municipality improved, and a stage learned at the
// second visit entered the mean.
func ExampleCompare() {
	m := maturity.Default()
	first, _ := m.Score(m.Assess(egov.Profile{Stages: map[egov.ServiceKey]egov.AdoptionStage{
		egov.ServicePisarnica: egov.StagePartlyInUse}}))
	followUp, _ := m.Score(m.Assess(egov.Profile{Stages: map[egov.ServiceKey]egov.AdoptionStage{
		egov.ServicePisarnica: egov.StageFullyInUse, egov.ServiceEPecat: egov.StagePiloting}}))
	c, err := maturity.Compare(first, followUp)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("methodology changed:", c.MethodologyChanged)
	fmt.Println("score change:", c.Score.Rounded.StringFixed(2), "exact", c.Score.Exact.RatString())
	// Pisarnica went from partly to fully in use; the e-seal's stage became
	// known. The two parts add up to the change.
	fmt.Println("improved:", c.Improved.Rounded.StringFixed(2), "learned:", c.Learned.Rounded.StringFixed(2))
	// Output:
	// methodology changed: false
	// score change: 5.00 exact 5
	// improved: 40.00 learned: -35.00
}

// A gain measured on a profile that knows two services out of sixteen is
// large because little else counts: the coverage says so, and the range
// shows how little the score itself is settled.
func ExampleCompiled_WhatIf() {
	m := maturity.Default()
	a := m.Assess(egov.Profile{Stages: map[egov.ServiceKey]egov.AdoptionStage{
		egov.ServicePisarnica: egov.StagePartlyInUse, egov.ServiceEPecat: egov.StagePlanned}})
	g, err := m.WhatIf(a, map[string]maturity.Value{"epecat": maturity.MustValue("1")})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(g.Before.Score().StringFixed(2), "→", g.After.Score().StringFixed(2), "gain", g.Rounded.StringFixed(2),
		"on coverage", g.CoverageBefore.StringFixed(4))
	// Output:
	// 35.00 → 80.00 gain 45.00 on coverage 0.1600
}

// Ranking municipalities whose scores rest on different shares of the
// model: the one below the minimum coverage is listed but not ranked, and
// rows whose ranges overlap are marked, as what is unknown could swap
// them.
func ExampleRankWith() {
	m := maturity.Default()
	score := func(stages map[egov.ServiceKey]egov.AdoptionStage) *maturity.Result {
		r, _ := m.Score(m.Assess(egov.Profile{Stages: stages}))
		return r
	}
	all := func(s egov.AdoptionStage) map[egov.ServiceKey]egov.AdoptionStage {
		stages := map[egov.ServiceKey]egov.AdoptionStage{}
		for _, k := range egov.SerbianCatalog().Order() {
			stages[k] = s
		}
		return stages
	}
	ranking, _ := maturity.RankWith([]maturity.Entry{
		{Name: "Pirot", Result: score(all(egov.StagePiloting))},
		{Name: "Čačak", Result: score(map[egov.ServiceKey]egov.AdoptionStage{egov.ServicePisarnica: egov.StagePartlyInUse})},
		{Name: "Niš", Result: score(all(egov.StagePartlyInUse))},
	}, maturity.RankOptions{MinCoverage: decimal.RequireFromString("0.5")})
	for _, row := range ranking.Rows {
		fmt.Println(row.Rank, row.Name, row.Score.StringFixed(2), row.Band, "coverage", row.Coverage.StringFixed(2),
			"range", row.Low.StringFixed(2)+"–"+row.High.StringFixed(2), "uncertain", row.Uncertain, "below minimum", row.BelowMinCoverage)
	}
	// Output:
	// 1 Niš 63.53 high coverage 0.72 range 46.34–74.11 uncertain true below minimum false
	// 2 Pirot 27.35 middle coverage 0.72 range 19.42–47.19 uncertain true below minimum false
	// 0 Čačak 60.00 high coverage 0.08 range 4.80–96.80 uncertain false below minimum true
}

// Rank orders results by their reported scores; ties share a rank. These
// profiles know one service each, as their coverage says: a ranking of
// them compares little (see RankWith for a minimum coverage).
func ExampleRank() {
	m := maturity.Default()
	score := func(s egov.AdoptionStage) *maturity.Result {
		r, _ := m.Score(m.Assess(egov.Profile{Stages: map[egov.ServiceKey]egov.AdoptionStage{egov.ServicePisarnica: s}}))
		return r
	}
	ranking, _ := maturity.Rank([]maturity.Entry{
		{Name: "Pirot", Result: score(egov.StagePiloting)},
		{Name: "Čačak", Result: score(egov.StagePartlyInUse)},
		{Name: "Niš", Result: score(egov.StagePartlyInUse)},
	})
	for _, row := range ranking.Rows {
		fmt.Println(row.Rank, row.Name, row.Score.StringFixed(2), row.Band, "coverage", row.Coverage.StringFixed(4),
			"range", row.Low.StringFixed(2)+"–"+row.High.StringFixed(2))
	}
	// Output:
	// 1 Čačak 60.00 high coverage 0.0800 range 4.80–96.80
	// 1 Niš 60.00 high coverage 0.0800 range 4.80–96.80
	// 3 Pirot 30.00 middle coverage 0.0800 range 2.40–94.40
}

// TotalsBatch leaves zero Totals where it cannot score; they say so, and
// sort below every score.
func ExampleCompiled_TotalsBatch() {
	m := maturity.Default()
	profiles := []egov.Profile{
		{Municipality: "cacak", Stages: map[egov.ServiceKey]egov.AdoptionStage{egov.ServicePisarnica: egov.StagePartlyInUse}},
		{Municipality: "pirot"}, // nothing recorded: nothing to score
	}
	as := make([]maturity.Assessment, len(profiles))
	for i, p := range profiles {
		as[i] = m.Assess(p)
	}
	out := make([]maturity.Totals, len(as))
	err := m.TotalsBatch(as, out)
	fmt.Println(err)
	for i, t := range out {
		fmt.Println(profiles[i].Municipality, t.IsValid(), t.Score().StringFixed(2), t.Band())
	}
	fmt.Println(out[1].Cmp(out[0]))
	// Output:
	// assessments[1]: maturity: nothing to score with lsg-dmi 1.1.0: no indicator is both applicable and known
	// cacak true 60.00 2
	// pirot false 0.00 -1
	// -1
}

// Two compilations of one model are one model; a model changed under the
// same ID and version is not, and the error says what changed.
func ExampleMismatchError() {
	p := egov.Profile{Municipality: "cacak", Stages: map[egov.ServiceKey]egov.AdoptionStage{egov.ServicePisarnica: egov.StagePartlyInUse}}
	a := maturity.Default().Assess(p)

	again := maturity.MustCompile(maturity.LSGModel())
	_, err := again.Score(a)
	fmt.Println(err)

	changed := maturity.LSGModel()
	changed.Dimensions[4].Weight = decimal.NewFromInt(30)
	_, err = maturity.MustCompile(changed).Score(a)
	fmt.Println(err)
	// Output:
	// <nil>
	// maturity: assessment made for model lsg-dmi 1.1.0, used with lsg-dmi 1.1.0: same ID and version, different content: dimensions[4].weight is 20 in the model it was made for and 30 in the one given
}

// A score that rests on little of the model can still move far. Čačak's
// profile after the visit records two services of sixteen: its range is
// what the score could turn out to be once everything is known. The
// recorded score leaves the unknown indicators out, so it is not one of
// those outcomes and need not lie within the range.
func ExampleCompiled_Range() {
	m := maturity.Default()
	profile := egov.Profile{Municipality: "cacak", Date: egov.MustDate(2025, 11, 20),
		Stages: map[egov.ServiceKey]egov.AdoptionStage{
			egov.ServicePisarnica: egov.StagePartlyInUse,
			egov.ServiceEPecat:    egov.StagePlanned,
		}}
	r, err := m.Score(m.Assess(profile))
	if err != nil {
		fmt.Println(err)
		return
	}
	rg, err := m.Range(profile)
	if err != nil {
		fmt.Println(err)
		return
	}
	bands := m.Model().Bands
	fmt.Println("recorded", r.Score().StringFixed(2), "on coverage", r.Coverage().StringFixed(4))
	fmt.Println("range", rg.Low.Score().StringFixed(2), "to", rg.High.Score().StringFixed(2),
		"("+bands[rg.Low.Band()].Key, "to", bands[rg.High.Band()].Key+")")
	fmt.Println("levels", rg.Low.Level(), "to", rg.High.Level())

	// With nothing known, the range is the whole scale.
	empty, _ := m.Range(egov.Profile{Municipality: "kragujevac", Date: egov.MustDate(2025, 11, 18)})
	fmt.Println("nothing known:", empty.Low.Score().StringFixed(2), "to", empty.High.Score().StringFixed(2))
	// Output:
	// recorded 35.00 on coverage 0.1600
	// range 5.60 to 89.60 (low to very-high)
	// levels 0 to 2
	// nothing known: 0.00 to 100.00
}

// What to ask at the next visit: the facts whose answers narrow the range
// most, whatever the answer.
func ExampleCompiled_AskFirst() {
	m := maturity.Default()
	profile := egov.Profile{Municipality: "cacak", Date: egov.MustDate(2025, 11, 20),
		Stages: map[egov.ServiceKey]egov.AdoptionStage{
			egov.ServicePisarnica: egov.StagePartlyInUse,
			egov.ServiceEPecat:    egov.StagePlanned,
		}}
	facts, err := m.AskFirst(profile)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range facts[:5] {
		what := string(f.Service)
		if what == "" {
			what = fmt.Sprint(f.Measures)
		}
		fmt.Println(what, "narrows by at least", f.NarrowsRounded.StringFixed(2), "settling", f.Settles)
	}
	// Output:
	// ezup narrows by at least 10.00 settling [ezup]
	// [staff-trained staff] narrows by at least 10.00 settling [staff-trained-share]
	// ddc narrows by at least 7.50 settling [ddc-hosting]
	// eid narrows by at least 7.50 settling [eid-in-use]
	// esanduce narrows by at least 6.00 settling [esanduce]
}
