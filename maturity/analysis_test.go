package maturity_test

import (
	"errors"
	"math/big"
	"slices"
	"testing"

	"pgregory.net/rapid"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/gen"
	"github.com/digitaldistrict/egovkit/maturity"
)

func stages(kv ...any) map[egov.ServiceKey]egov.AdoptionStage {
	out := map[egov.ServiceKey]egov.AdoptionStage{}
	for i := 0; i < len(kv); i += 2 {
		out[egov.ServiceKey(kv[i].(string))] = kv[i+1].(egov.AdoptionStage)
	}
	return out
}

func TestCompare(t *testing.T) {
	c := maturity.Default()
	before, _ := c.Score(c.Assess(egov.Profile{Stages: stages("pisarnica", egov.StagePartlyInUse, "epecat", egov.StagePlanned)}))
	after, _ := c.Score(c.Assess(egov.Profile{Stages: stages("pisarnica", egov.StageFullyInUse, "epecat", egov.StagePiloting, "ezup", egov.StagePlanned)}))
	cmp, err := maturity.Compare(before, after)
	if err != nil {
		t.Fatal(err)
	}
	if cmp.MethodologyChanged {
		t.Error("same version flagged as changed")
	}
	if cmp.Score.Exact.Cmp(new(big.Rat).Sub(after.Exact(), before.Exact())) != 0 {
		t.Error("score delta is not the exact difference")
	}
	var pis maturity.IndicatorDelta
	for _, id := range cmp.Indicators {
		if id.Key == "pisarnica" {
			pis = id
		}
	}
	if !pis.Comparable || pis.Delta.Rounded.String() != "0.4" {
		t.Errorf("pisarnica delta %+v", pis)
	}
	dims := map[string]maturity.DimensionDelta{}
	for _, dd := range cmp.Dimensions {
		dims[dd.Key] = dd
	}
	if dims["data-exchange"].Comparable || !dims["back-office"].Comparable {
		t.Errorf("comparable dimensions wrong: %+v", dims)
	}

	m2 := maturity.LSGModel()
	m2.Version = "1.2.0"
	c2 := maturity.MustCompile(m2)
	later, _ := c2.Score(c2.Assess(egov.Profile{Stages: stages("pisarnica", egov.StageFullyInUse)}))
	cmp2, err := maturity.Compare(before, later)
	if err != nil || !cmp2.MethodologyChanged || cmp2.BeforeVersion != "1.1.0" || cmp2.AfterVersion != "1.2.0" {
		t.Errorf("version change not reported: %+v, %v", cmp2, err)
	}
	losi := maturity.MustCompile(losiModel())
	lr, _ := losi.Score(mustAssess(t, losi, map[string]string{"e-voting": "1"}))
	var mm *maturity.MismatchError
	if _, err := maturity.Compare(before, lr); !errors.As(err, &mm) {
		t.Errorf("different models compared: %v", err)
	}
	if _, err := maturity.Compare(nil, before); err == nil {
		t.Error("nil result compared")
	}
}

func TestGainsIfMet(t *testing.T) {
	c := maturity.Default()
	a := c.Assess(egov.Profile{Stages: stages("pisarnica", egov.StagePartlyInUse, "epecat", egov.StagePlanned, "ezup", egov.StageFullyInUse)})
	gains, err := c.GainsIfMet(a)
	if err != nil {
		t.Fatal(err)
	}
	if len(gains) != len(c.Indicators())-1 { // ezup is already met
		t.Fatalf("%d gains", len(gains))
	}
	for i := 1; i < len(gains); i++ {
		if gains[i].Gain.Exact.Cmp(gains[i-1].Gain.Exact) > 0 {
			t.Fatal("gains not sorted largest first")
		}
	}
	for _, g := range gains {
		if g.From.State() == maturity.StateKnown && g.Gain.Exact.Sign() < 0 {
			t.Errorf("meeting known %s lowers the score", g.Indicator)
		}
		want, _ := c.WhatIf(a, map[string]maturity.Value{g.Indicator: maturity.MustValue("1")})
		if want.Exact.Cmp(g.Gain.Exact) != 0 {
			t.Errorf("%s: GainsIfMet %s, WhatIf %s", g.Indicator, g.Gain.Exact, want.Exact)
		}
	}
}

func TestRank(t *testing.T) {
	c := maturity.Default()
	score := func(kv ...any) *maturity.Result {
		r, err := c.Score(c.Assess(egov.Profile{Stages: stages(kv...)}))
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	entries := []maturity.Entry{
		{Name: "Despotovac", Result: score("pisarnica", egov.StagePartlyInUse)},
		{Name: "Čačak", Result: score("pisarnica", egov.StageFullyInUse)},
		{Name: "Ćuprija", Result: score("pisarnica", egov.StagePartlyInUse)},
		{Name: "Beočin", Result: score("pisarnica", egov.StagePlanned)},
	}
	rk, err := maturity.Rank(entries)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, row := range rk.Rows {
		got = append(got, row.Name+":"+row.Score.StringFixed(2)+":"+string(rune('0'+row.Rank)))
	}
	want := []string{"Čačak:100.00:1", "Ćuprija:60.00:2", "Despotovac:60.00:2", "Beočin:10.00:4"}
	if !slices.Equal(got, want) {
		t.Errorf("ranking %v, want %v", got, want)
	}
	counts := map[string]int{}
	for _, b := range rk.Bands {
		counts[b.Key] = b.Count
	}
	if counts["very-high"] != 1 || counts["high"] != 2 || counts["low"] != 1 || len(rk.Bands) != 4 {
		t.Errorf("band counts %+v", rk.Bands)
	}
}

// TestRankProperties: rank = 1 + number strictly higher, on reported scores.
func TestRankProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		m := gen.Model().Draw(t, "model")
		c := maturity.MustCompile(m)
		var entries []maturity.Entry
		for i, n := 0, rapid.IntRange(1, 8).Draw(t, "n"); i < n; i++ {
			a, _ := c.NewAssessment(gen.Values(m).Draw(t, "values"))
			r, err := c.Score(a)
			if err != nil {
				continue
			}
			entries = append(entries, maturity.Entry{Name: rapid.SampledFrom([]string{"Niš", "Pirot", "Vranje"}).Draw(t, "name"), Result: r})
		}
		rk, err := maturity.Rank(entries)
		if err != nil {
			t.Fatal(err)
		}
		for _, row := range rk.Rows {
			higher := 0
			for _, e := range entries {
				if e.Result.Score().GreaterThan(row.Score) {
					higher++
				}
			}
			if row.Rank != 1+higher {
				t.Fatalf("rank %d with %d strictly higher", row.Rank, higher)
			}
		}
		total := 0
		for _, b := range rk.Bands {
			total += b.Count
		}
		if total != len(entries) {
			t.Fatalf("band counts add to %d of %d", total, len(entries))
		}
	})
}

func TestNoScore(t *testing.T) {
	c := maturity.Default()
	_, err := c.Score(c.Assess(egov.Profile{}))
	var ns *maturity.NoScoreError
	if !errors.As(err, &ns) || ns.ModelID != "lsg-dmi" {
		t.Fatalf("nothing known: %v", err)
	}
	m := maturity.LSGModel()
	m.Unknown = maturity.CountAsZero
	cz := maturity.MustCompile(m)
	r, err := cz.Score(cz.Assess(egov.Profile{}))
	if err != nil || r.Exact().Sign() != 0 || r.CoverageExact().Sign() != 0 {
		t.Fatalf("count as zero with nothing known: %v, %v", r, err)
	}
	all := map[string]maturity.Value{}
	for _, k := range cz.Indicators() {
		all[k] = maturity.NotApplicable()
	}
	a, _ := cz.NewAssessment(all)
	if _, err := cz.Score(a); !errors.As(err, &ns) {
		t.Fatalf("all not applicable: %v", err)
	}
}

// TestOverflowPath forces normalisations that do not fit in 64 bits (the
// least common multiple of coprime weight sums) and checks the big-number
// path against the reference.
func TestOverflowPath(t *testing.T) {
	weights := []string{"9999.9973", "9999.9991", "9999.9929", "9999.9899", "9999.9871", "9999.9847"}
	m := maturity.Model{ID: "big", Version: "1", Scale: maturity.Scale{Min: d("0"), Max: d("100")},
		Bands: []maturity.Band{{Key: "low", From: d("0"), To: d("50")}, {Key: "high", From: d("50"), To: d("100")}}, Rounding: maturity.Rounding{Places: 6}}
	values := map[string]maturity.Value{}
	for i, w := range weights {
		key := string(rune('a' + i))
		m.Dimensions = append(m.Dimensions, maturity.Dimension{Key: key, Weight: d(w), Indicators: []maturity.Indicator{
			{Key: key + "1", Weight: d(w)}, {Key: key + "2", Weight: d("1")}}})
		values[key+"1"] = maturity.MustValue("0.999999")
		values[key+"2"] = maturity.MustValue("0.000001")
	}
	c := maturity.MustCompile(m)
	a, _ := c.NewAssessment(values)
	r, err := c.Score(a)
	if err != nil {
		t.Fatal(err)
	}
	ref := refScore(m, values)
	if r.Exact().Cmp(ref.score) != 0 {
		t.Fatalf("big path %s, reference %s", r.Exact().RatString(), ref.score.RatString())
	}
	sum := new(big.Rat)
	for _, is := range r.Indicators() {
		sum.Add(sum, is.ContributionExact)
	}
	if sum.Cmp(r.Exact()) != 0 {
		t.Fatal("contributions do not add up on the big path")
	}
	tot, _ := c.Totals(a)
	if tot.Units() != r.Totals().Units() || tot.Band() != 1 {
		t.Fatalf("totals %d band %d", tot.Units(), tot.Band())
	}
}
