package maturity_test

import (
	"encoding/json"
	"errors"
	"maps"
	"math/big"
	"slices"
	"testing"

	"github.com/shopspring/decimal"
	"pgregory.net/rapid"

	"github.com/digitaldistrict/egovkit/internal/exact"
	"github.com/digitaldistrict/egovkit/internal/gen"
	"github.com/digitaldistrict/egovkit/maturity"
)

// scored draws a model and values and scores them; ok is false when there
// is nothing to score.
func scored(t *rapid.T) (maturity.Model, map[string]maturity.Value, *maturity.Compiled, *maturity.Result, bool) {
	m := gen.Model().Draw(t, "model")
	values := gen.Values(m).Draw(t, "values")
	c, err := maturity.Compile(m)
	if err != nil {
		t.Fatalf("generated model invalid: %v", err)
	}
	a, err := c.NewAssessment(values)
	if err != nil {
		t.Fatal(err)
	}
	r, err := c.Score(a)
	var noScore *maturity.NoScoreError
	if errors.As(err, &noScore) {
		return m, values, c, nil, false
	}
	if err != nil {
		t.Fatal(err)
	}
	return m, values, c, r, true
}

func TestCompiledMatchesReference(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		m, values, _, r, ok := scored(t)
		ref := refScore(m, values)
		if ok != ref.ok {
			t.Fatalf("scored %v, reference %v", ok, ref.ok)
		}
		if !ok {
			return
		}
		if r.Exact().Cmp(ref.score) != 0 {
			t.Fatalf("exact score %s, reference %s", r.Exact().RatString(), ref.score.RatString())
		}
		want := exact.Round(ref.score, m.Rounding.Places, m.Rounding.Mode == maturity.HalfEven)
		if r.Score().Cmp(want) != 0 {
			t.Fatalf("rounded score %s, reference %s", r.Score(), want)
		}
		if _, band := r.Band(); band != ref.band {
			t.Fatalf("band %d, reference %d (score %s)", band, ref.band, ref.score.FloatString(8))
		}
		if _, level := r.Level(); level != ref.level {
			t.Fatalf("level %d, reference %d", level, ref.level)
		}
		if r.CoverageExact().Cmp(ref.coverage) != 0 {
			t.Fatalf("coverage %s, reference %s", r.CoverageExact().RatString(), ref.coverage.RatString())
		}
		tot := r.Totals()
		if tot.Score().Cmp(r.Score()) != 0 || tot.Exact().Cmp(ref.score) != 0 {
			t.Fatalf("totals %s differ from result %s", tot.Score(), r.Score())
		}
	})
}

func TestScoreStaysWithinTheScale(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		m, _, _, r, ok := scored(t)
		if !ok {
			return
		}
		if r.Exact().Cmp(rat(m.Scale.Min)) < 0 || r.Exact().Cmp(rat(m.Scale.Max)) > 0 {
			t.Fatalf("score %s outside [%s, %s]", r.Exact().RatString(), m.Scale.Min, m.Scale.Max)
		}
	})
}

func TestContributionsAddUpToTheScore(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		m, _, _, r, ok := scored(t)
		if !ok {
			return
		}
		sum := rat(m.Scale.Min)
		for _, is := range r.Indicators() {
			sum.Add(sum, is.ContributionExact)
		}
		if sum.Cmp(r.Exact()) != 0 {
			t.Fatalf("indicator contributions + min = %s, score %s", sum.RatString(), r.Exact().RatString())
		}
		dsum := rat(m.Scale.Min)
		for _, d := range r.Dimensions() {
			dsum.Add(dsum, d.ContributionExact)
		}
		if dsum.Cmp(r.Exact()) != 0 {
			t.Fatalf("dimension contributions + min = %s, score %s", dsum.RatString(), r.Exact().RatString())
		}
	})
}

func TestRaisingAKnownValueNeverLowersTheScore(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		m, values, c, r, ok := scored(t)
		if !ok {
			return
		}
		var known []string
		for k, v := range values {
			if v.State() == maturity.StateKnown {
				if micro, _ := v.Micro(); micro < 1_000_000 {
					known = append(known, k)
				}
			}
		}
		if len(known) == 0 {
			return
		}
		slices.Sort(known)
		key := rapid.SampledFrom(known).Draw(t, "indicator")
		micro, _ := values[key].Micro()
		higher, _ := maturity.ValueFromMicro(rapid.Int64Range(int64(micro)+1, 1_000_000).Draw(t, "higher"))
		g, err := c.WhatIf(r.Assessment(), map[string]maturity.Value{key: higher})
		if err != nil {
			t.Fatal(err)
		}
		if g.Exact.Sign() < 0 {
			t.Fatalf("raising %s from %s to %s lowered the score by %s", key, values[key], higher, g.Exact.RatString())
		}
		changed := maps.Clone(values)
		changed[key] = higher
		want := new(big.Rat).Sub(refScore(m, changed).score, refScore(m, values).score)
		if g.Exact.Cmp(want) != 0 {
			t.Fatalf("gain %s, reference %s", g.Exact.RatString(), want.RatString())
		}
		if g.Before.Exact().Cmp(refScore(m, values).score) != 0 || g.After.Exact().Cmp(refScore(m, changed).score) != 0 {
			t.Fatal("the gain's totals are not the reference scores")
		}
	})
}

// TestGainsRoundOnceKnownValues: a gain is rounded once from its exact
// value, as the model says, never as the difference of two rounded scores.
func TestGainsRoundOnceKnownValues(t *testing.T) {
	model := func(mode maturity.RoundingMode) *maturity.Compiled {
		return maturity.MustCompile(maturity.Model{ID: "gains", Version: "1", Scale: maturity.Scale{Min: d("0"), Max: d("1")},
			Dimensions: []maturity.Dimension{{Key: "all", Weight: d("1"), Indicators: []maturity.Indicator{{Key: "x", Weight: d("1")}}}},
			Bands:      []maturity.Band{{Key: "all", From: d("0"), To: d("1")}},
			Rounding:   maturity.Rounding{Places: 2, Mode: mode}})
	}
	cases := []struct {
		before, after                string
		halfUp, halfEven             string // the gain
		afterHalfUp, afterHalfEven   string // the score after
		beforeHalfUp, beforeHalfEven string // the score before
	}{
		{"0.5", "0.625", "0.13", "0.12", "0.63", "0.62", "0.50", "0.50"},
		{"0.5", "0.635", "0.14", "0.14", "0.64", "0.64", "0.50", "0.50"},
		// Rounded scores 0.12 and 0.25 under half even differ by 0.13; the
		// gain itself, 0.125, rounds to 0.12.
		{"0.125", "0.25", "0.13", "0.12", "0.25", "0.25", "0.13", "0.12"},
		{"0.625", "0.5", "-0.13", "-0.12", "0.50", "0.50", "0.63", "0.62"},
		{"0.5", "0.5", "0.00", "0.00", "0.50", "0.50", "0.50", "0.50"},
	}
	for _, mode := range []maturity.RoundingMode{maturity.HalfUp, maturity.HalfEven} {
		c := model(mode)
		for _, tc := range cases {
			before, _ := c.NewAssessment(map[string]maturity.Value{"x": maturity.MustValue(tc.before)})
			g, err := c.WhatIf(before, map[string]maturity.Value{"x": maturity.MustValue(tc.after)})
			if err != nil {
				t.Fatal(err)
			}
			want, wantAfter, wantBefore := tc.halfUp, tc.afterHalfUp, tc.beforeHalfUp
			if mode == maturity.HalfEven {
				want, wantAfter, wantBefore = tc.halfEven, tc.afterHalfEven, tc.beforeHalfEven
			}
			if got := g.Rounded.StringFixed(2); got != want {
				t.Errorf("%s: gain from %s to %s rounds to %s, want %s", mode, tc.before, tc.after, got, want)
			}
			if got := g.After.Score().StringFixed(2); got != wantAfter {
				t.Errorf("%s: score %s rounds to %s, want %s", mode, tc.after, got, wantAfter)
			}
			if got := g.Before.Score().StringFixed(2); got != wantBefore {
				t.Errorf("%s: score %s rounds to %s, want %s", mode, tc.before, got, wantBefore)
			}
			rb, _ := c.Score(before)
			after, _ := before.With("x", maturity.MustValue(tc.after))
			ra, _ := c.Score(after)
			cmp, err := maturity.Compare(rb, ra)
			if err != nil {
				t.Fatal(err)
			}
			if got := cmp.Score.Rounded.StringFixed(2); got != want {
				t.Errorf("%s: Compare's delta from %s to %s rounds to %s, want %s", mode, tc.before, tc.after, got, want)
			}
		}
	}
}

func TestOrderDoesNotMatter(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		m, values, _, r, ok := scored(t)
		if !ok {
			return
		}
		shuffled := m.Clone()
		shuffled.Dimensions = rapid.Permutation(shuffled.Dimensions).Draw(t, "dimensions")
		permuteTree(t, &shuffled)
		r2 := mustScore(t, shuffled, values)
		if r2.Exact().Cmp(r.Exact()) != 0 {
			t.Fatalf("reordering changed the score from %s to %s", r.Exact().RatString(), r2.Exact().RatString())
		}
		if r2.CoverageExact().Cmp(r.CoverageExact()) != 0 {
			t.Fatal("reordering changed the coverage")
		}
	})
}

func TestScalingEveryWeightChangesNothing(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		m, values, _, r, ok := scored(t)
		if !ok {
			return
		}
		// Scale by at most what keeps every weight within the limit of 10,000.
		heaviest := decimal.Zero
		for _, d := range m.Dimensions {
			heaviest = decimal.Max(heaviest, d.Weight)
		}
		for _, ind := range allIndicators(m) {
			heaviest = decimal.Max(heaviest, ind.Weight)
		}
		eachGroup(&m, func(g *maturity.Group) { heaviest = decimal.Max(heaviest, g.Weight) })
		whole, _ := decimal.NewFromInt(10_000).QuoRem(heaviest, 0)
		most := min(99, whole.IntPart())
		if most < 2 {
			return
		}
		k := decimal.NewFromInt(rapid.Int64Range(2, most).Draw(t, "k"))
		scaled := m.Clone()
		for i := range scaled.Dimensions {
			d := &scaled.Dimensions[i]
			d.Weight = d.Weight.Mul(k)
		}
		eachIndicator(&scaled, func(ind *maturity.Indicator) { ind.Weight = ind.Weight.Mul(k) })
		eachGroup(&scaled, func(g *maturity.Group) { g.Weight = g.Weight.Mul(k) })
		r2 := mustScore(t, scaled, values)
		if r2.Exact().Cmp(r.Exact()) != 0 {
			t.Fatalf("scaling weights by %s changed the score from %s to %s", k, r.Exact().RatString(), r2.Exact().RatString())
		}
	})
}

func TestNotApplicableIsAsIfAbsent(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		m, values, _, r, ok := scored(t)
		if !ok {
			return
		}
		without := m.Clone()
		without.Dimensions = nil
		for _, d := range m.Dimensions {
			inds, groups, ok := prune(d.Indicators, d.Groups, func(ind maturity.Indicator) bool {
				return values[ind.Key].State() != maturity.StateNotApplicable
			})
			if !ok || (len(inds)+len(groups) == 0 && d.Empty == maturity.ZeroEmpty) {
				return // an empty group that counts as 0 is not absent
			}
			if len(inds)+len(groups) > 0 {
				d.Indicators, d.Groups = inds, groups
				without.Dimensions = append(without.Dimensions, d)
			}
		}
		if len(without.Dimensions) == 0 {
			return
		}
		// The ladder may name what was removed: the property is about the score.
		without.Levels = nil
		kept := map[string]maturity.Value{}
		for k, v := range values {
			if v.State() != maturity.StateNotApplicable {
				kept[k] = v
			}
		}
		r2 := mustScore(t, without, kept)
		if r2.Exact().Cmp(r.Exact()) != 0 {
			t.Fatalf("removing not-applicable indicators changed the score from %s to %s",
				r.Exact().RatString(), r2.Exact().RatString())
		}
	})
}

// TestEveryScoreFallsInExactlyOneBand scores points all over a generated
// model's scale, band starts and their neighbours included, and checks that
// exactly one band holds each score as reported and that the library picks
// it.
func TestEveryScoreFallsInExactlyOneBand(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		m := gen.Model().Draw(t, "model")
		// One given indicator, so that its value v puts the score exactly at
		// Min + (Max − Min)·v.
		one := maturity.Model{ID: "bands", Version: "1", Scale: m.Scale, Bands: m.Bands, Rounding: m.Rounding,
			Dimensions: []maturity.Dimension{{Key: "all", Weight: d("1"), Indicators: []maturity.Indicator{{Key: "x", Weight: d("1")}}}}}
		c := maturity.MustCompile(one)
		rng := new(big.Rat).Sub(rat(m.Scale.Max), rat(m.Scale.Min))
		micros := []int64{0, 1_000_000, rapid.Int64Range(0, 1_000_000).Draw(t, "v")}
		for _, b := range m.Bands {
			// The value that puts the score on the band's start, when there is
			// one in millionths, and its neighbours.
			at := new(big.Rat).Quo(new(big.Rat).Sub(rat(b.From), rat(m.Scale.Min)), rng)
			at.Mul(at, big.NewRat(1_000_000, 1))
			if at.IsInt() {
				n := at.Num().Int64()
				micros = append(micros, n-1, n, n+1)
			}
		}
		for _, micro := range micros {
			v, err := maturity.ValueFromMicro(micro)
			if err != nil {
				continue // a neighbour off the scale
			}
			a, _ := c.NewAssessment(map[string]maturity.Value{"x": v})
			x := new(big.Rat).Add(rat(m.Scale.Min), new(big.Rat).Mul(rng, big.NewRat(micro, 1_000_000)))
			rep := rat(roundRef(x, m.Rounding)) // bands go by the reported score
			var in []int
			for k, b := range m.Bands {
				last := k == len(m.Bands)-1
				if rep.Cmp(rat(b.From)) >= 0 && (rep.Cmp(rat(b.To)) < 0 || last && rep.Cmp(rat(b.To)) == 0) {
					in = append(in, k)
				}
			}
			// A model that reports fewer places than its scale has can report a
			// score beyond the scale (0 for 0.000001 at no places): it goes to
			// the nearer outer band.
			if first, last := m.Bands[0], m.Bands[len(m.Bands)-1]; rep.Cmp(rat(first.From)) < 0 {
				in = []int{0}
			} else if rep.Cmp(rat(last.To)) > 0 {
				in = []int{len(m.Bands) - 1}
			}
			if len(in) != 1 {
				t.Fatalf("%s falls in bands %v of %+v", x.RatString(), in, m.Bands)
			}
			tot, err := c.Totals(a)
			if err != nil {
				t.Fatal(err)
			}
			r, err := c.Score(a)
			if err != nil {
				t.Fatal(err)
			}
			if _, k := r.Band(); tot.Band() != in[0] || k != in[0] {
				t.Fatalf("score %s: band %d (totals) and %d (result), want %d", x.RatString(), tot.Band(), k, in[0])
			}
			if r.Exact().Cmp(x) != 0 {
				t.Fatalf("score %s, want %s", r.Exact().RatString(), x.RatString())
			}
		}
	})
}

func TestSameInputSameOutput(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		m, values, _, r, ok := scored(t)
		if !ok {
			return
		}
		a, _ := json.Marshal(r)
		b, _ := json.Marshal(mustScore(t, m, values))
		if string(a) != string(b) {
			t.Fatalf("two scorings differ:\n%s\n%s", a, b)
		}
	})
}

func TestBatchMatchesOneByOne(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		m := gen.Model().Draw(t, "model")
		c := maturity.MustCompile(m)
		n := rapid.IntRange(0, 600).Draw(t, "n")
		as := make([]maturity.Assessment, n)
		for i := range as {
			a, err := c.NewAssessment(gen.Values(m).Draw(t, "values"))
			if err != nil {
				t.Fatal(err)
			}
			as[i] = a
		}
		out := make([]maturity.Totals, n)
		batchErr := c.TotalsBatch(as, out)
		failures := 0
		for i, a := range as {
			want, err := c.Totals(a)
			if err != nil {
				failures++
				continue
			}
			if out[i].Cmp(want) != 0 || out[i].Units() != want.Units() || out[i].Band() != want.Band() || out[i].Level() != want.Level() {
				t.Fatalf("assessment %d: batch %s, alone %s", i, out[i].Score(), want.Score())
			}
		}
		if (failures > 0) != (batchErr != nil) {
			t.Fatalf("%d failures, batch error %v", failures, batchErr)
		}
	})
}

func mustScore(t *rapid.T, m maturity.Model, values map[string]maturity.Value) *maturity.Result {
	c, err := maturity.Compile(m)
	if err != nil {
		t.Fatal(err)
	}
	a, err := c.NewAssessment(values)
	if err != nil {
		t.Fatal(err)
	}
	r, err := c.Score(a)
	if err != nil {
		t.Fatal(err)
	}
	return r
}
