package maturity_test

import (
	"encoding/json"
	"errors"
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
		_, values, c, r, ok := scored(t)
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
		if g.Exact.Cmp(new(big.Rat).Sub(g.After.Exact(), g.Before.Exact())) != 0 {
			t.Fatal("gain is not the difference of the exact scores")
		}
	})
}

func TestOrderDoesNotMatter(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		m, values, _, r, ok := scored(t)
		if !ok {
			return
		}
		shuffled := m.Clone()
		shuffled.Dimensions = rapid.Permutation(shuffled.Dimensions).Draw(t, "dimensions")
		for i := range shuffled.Dimensions {
			shuffled.Dimensions[i].Indicators = rapid.Permutation(shuffled.Dimensions[i].Indicators).Draw(t, "indicators")
		}
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
			for _, ind := range d.Indicators {
				heaviest = decimal.Max(heaviest, ind.Weight)
			}
		}
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
			for j := range d.Indicators {
				d.Indicators[j].Weight = d.Indicators[j].Weight.Mul(k)
			}
		}
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
			var kept []maturity.Indicator
			for _, ind := range d.Indicators {
				if values[ind.Key].State() != maturity.StateNotApplicable {
					kept = append(kept, ind)
				}
			}
			if len(kept) > 0 {
				d.Indicators = kept
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

func TestEveryValueFallsInExactlyOneBand(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		m := gen.Model().Draw(t, "model")
		if err := m.Validate(); err != nil {
			t.Fatal(err)
		}
		// Any point of the scale, with up to six places.
		rng := m.Scale.Max.Sub(m.Scale.Min)
		x := m.Scale.Min.Add(rng.Mul(decimal.New(rapid.Int64Range(0, 1_000_000).Draw(t, "x"), -6)))
		in := 0
		for k, b := range m.Bands {
			last := k == len(m.Bands)-1
			if !x.LessThan(b.From) && (x.LessThan(b.To) || last && x.Cmp(b.To) == 0) {
				in++
			}
		}
		if in != 1 {
			t.Fatalf("%s falls in %d bands of %+v", x, in, m.Bands)
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
