package maturity

import (
	"cmp"
	"math/big"
	"slices"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/internal/exact"
)

// A Gain is how much a change moves the score: the exact difference of the
// two exact scores, and that difference rounded once to the model's places
// (never the difference of two rounded scores), with the coverage of each
// score, so that a gain measured on an assessment that knows little says
// so. The zero Gain is no gain computed: its Totals are not valid and
// Exact is nil.
type Gain struct {
	Before, After Totals
	Exact         *big.Rat
	Rounded       decimal.Decimal
	// CoverageBefore and CoverageAfter are the coverage of the two
	// assessments, rounded as Result.Coverage is. Making an unknown value
	// known raises the coverage; a gain between assessments whose
	// coverage differs mixes learning with improving.
	CoverageBefore, CoverageAfter decimal.Decimal
}

// WhatIf returns the gain from giving the indicators the values in changes.
// Raising a known value never lowers the score; an unknown value made known
// can, since it enters the mean. Unknown keys and invalid values are
// reported in an *egov.ValidationError.
func (c *Compiled) WhatIf(a Assessment, changes map[string]Value) (Gain, error) {
	if err := c.owns(a); err != nil {
		return Gain{}, err
	}
	changed, err := a.WithValues(changes)
	if err != nil {
		return Gain{}, err
	}
	return c.gain(a, changed)
}

// Gain returns the gain from assessment before to assessment after, both of
// this model.
func (c *Compiled) Gain(before, after Assessment) (Gain, error) {
	if err := c.owns(before); err != nil {
		return Gain{}, err
	}
	if err := c.owns(after); err != nil {
		return Gain{}, err
	}
	return c.gain(before, after)
}

func (c *Compiled) gain(before, after Assessment) (Gain, error) {
	b, err := c.Totals(before)
	if err != nil {
		return Gain{}, err
	}
	aft, err := c.Totals(after)
	if err != nil {
		return Gain{}, err
	}
	g := Gain{Before: b, After: aft, Exact: new(big.Rat).Sub(aft.Exact(), b.Exact()),
		CoverageBefore: c.coverageOf(before.values), CoverageAfter: c.coverageOf(after.values)}
	g.Rounded = exact.Round(g.Exact, c.places, c.halfEven)
	return g, nil
}

// An IndicatorGain is the gain from fully meeting one indicator.
type IndicatorGain struct {
	Indicator string
	From      Value
	Gain      Gain
}

// GainsIfMet returns, for every applicable indicator whose value is not
// already 1 (known below 1, or unknown), the gain from raising it to 1,
// largest gain first, ties by key, as Lighthouse ranks its opportunities.
func (c *Compiled) GainsIfMet(a Assessment) ([]IndicatorGain, error) {
	before, err := c.Totals(a)
	if err != nil {
		return nil, err
	}
	var out []IndicatorGain
	covBefore := c.coverageOf(a.values)
	trial := Assessment{model: c, values: slices.Clone(a.values)}
	full := Value{micro: valueUnit, state: StateKnown}
	for i, v := range a.values {
		if v.state == StateNotApplicable || v == full {
			continue
		}
		trial.values[i] = full
		after, err := c.Totals(trial)
		trial.values[i] = v
		if err != nil {
			return nil, err
		}
		g := Gain{Before: before, After: after, Exact: new(big.Rat).Sub(after.Exact(), before.Exact()), CoverageBefore: covBefore}
		trial.values[i] = full
		g.CoverageAfter = c.coverageOf(trial.values)
		trial.values[i] = v
		g.Rounded = exact.Round(g.Exact, c.places, c.halfEven)
		out = append(out, IndicatorGain{Indicator: c.keys[i], From: v, Gain: g})
	}
	slices.SortStableFunc(out, func(x, y IndicatorGain) int {
		if c := y.Gain.Exact.Cmp(x.Gain.Exact); c != 0 {
			return c
		}
		return cmp.Compare(x.Indicator, y.Indicator)
	})
	return out, nil
}
