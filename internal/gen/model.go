package gen

import (
	"fmt"
	"slices"

	"github.com/shopspring/decimal"
	"pgregory.net/rapid"

	"github.com/digitaldistrict/egovkit/maturity"
)

// Weight generates a valid weight: positive, at most four places, at most
// 100 (so that tests may scale it up without leaving the limits).
func Weight() *rapid.Generator[decimal.Decimal] {
	return rapid.Custom(func(t *rapid.T) decimal.Decimal {
		if rapid.Bool().Draw(t, "whole weight") {
			return decimal.NewFromInt(rapid.Int64Range(1, 10).Draw(t, "weight"))
		}
		return decimal.New(rapid.Int64Range(1, 1_000_000).Draw(t, "weight units"), -4)
	})
}

// Model generates a valid model whose indicators are all given directly
// (RuleGiven), with one to four dimensions, bands cutting the scale at
// random points, an optional ladder, and any unknown policy and rounding.
func Model() *rapid.Generator[maturity.Model] {
	return rapid.Custom(func(t *rapid.T) maturity.Model {
		m := maturity.Model{ID: "gen", Version: "1"}
		m.Scale.Min = decimal.NewFromInt(rapid.SampledFrom([]int64{0, 0, 0, 1, 10}).Draw(t, "min"))
		m.Scale.Max = m.Scale.Min.Add(decimal.NewFromInt(rapid.SampledFrom([]int64{1, 1, 100, 5, 1000}).Draw(t, "range")))
		n := 0
		for d, nd := 0, rapid.IntRange(1, 4).Draw(t, "dimensions"); d < nd; d++ {
			dim := maturity.Dimension{Key: fmt.Sprintf("d%d", d), Weight: Weight().Draw(t, "dimension weight")}
			for i, ni := 0, rapid.IntRange(1, 5).Draw(t, "indicators"); i < ni; i++ {
				dim.Indicators = append(dim.Indicators, maturity.Indicator{
					Key: fmt.Sprintf("i%d", n), Weight: Weight().Draw(t, "indicator weight")})
				n++
			}
			m.Dimensions = append(m.Dimensions, dim)
		}
		// Band starts: the minimum and distinct points strictly inside the scale.
		rng := m.Scale.Max.Sub(m.Scale.Min)
		cuts := rapid.SliceOfNDistinct(rapid.Int64Range(1, 999_999), 0, 3, rapid.ID[int64]).Draw(t, "cuts")
		slices.Sort(cuts)
		starts := []decimal.Decimal{m.Scale.Min}
		for _, c := range cuts {
			starts = append(starts, m.Scale.Min.Add(rng.Mul(decimal.New(c, -6))))
		}
		for k, from := range starts {
			to := m.Scale.Max
			if k+1 < len(starts) {
				to = starts[k+1]
			}
			m.Bands = append(m.Bands, maturity.Band{Key: fmt.Sprintf("b%d", k), From: from, To: to})
		}
		for l, nl := 0, rapid.IntRange(0, 3).Draw(t, "levels"); l < nl; l++ {
			lvl := maturity.Level{Key: fmt.Sprintf("l%d", l)}
			for r, nr := 0, rapid.IntRange(1, 2).Draw(t, "requirements"); r < nr; r++ {
				req := maturity.Requirement{AtLeast: decimal.New(rapid.Int64Range(0, 1_000_000).Draw(t, "at least"), -6)}
				if rapid.Bool().Draw(t, "on a dimension") {
					req.Dimension = rapid.SampledFrom(m.Dimensions).Draw(t, "dimension").Key
				} else {
					req.Indicator = fmt.Sprintf("i%d", rapid.IntRange(0, n-1).Draw(t, "indicator"))
				}
				lvl.Requires = append(lvl.Requires, req)
			}
			m.Levels = append(m.Levels, lvl)
		}
		m.Unknown = maturity.UnknownPolicy(rapid.IntRange(0, 1).Draw(t, "policy"))
		m.Rounding = maturity.Rounding{Places: int32(rapid.IntRange(0, 6).Draw(t, "places")),
			Mode: maturity.RoundingMode(rapid.IntRange(0, 1).Draw(t, "mode"))}
		return m
	})
}

// Value generates an indicator value: mostly known (often with few
// places, sometimes 0 or 1), sometimes unknown or not applicable.
func Value() *rapid.Generator[maturity.Value] {
	return rapid.Custom(func(t *rapid.T) maturity.Value {
		switch rapid.IntRange(0, 9).Draw(t, "kind") {
		case 0:
			return maturity.Unknown()
		case 1:
			return maturity.NotApplicable()
		}
		micro := rapid.OneOf(rapid.Int64Range(0, 1_000_000),
			rapid.SampledFrom([]int64{0, 1_000_000, 500_000, 250_000, 333_333})).Draw(t, "micro")
		v, err := maturity.ValueFromMicro(micro)
		if err != nil {
			panic(err)
		}
		return v
	})
}

// Values generates a value for each indicator of the model, by key.
func Values(m maturity.Model) *rapid.Generator[map[string]maturity.Value] {
	return rapid.Custom(func(t *rapid.T) map[string]maturity.Value {
		out := map[string]maturity.Value{}
		for _, d := range m.Dimensions {
			for _, ind := range d.Indicators {
				out[ind.Key] = Value().Draw(t, ind.Key)
			}
		}
		return out
	})
}
