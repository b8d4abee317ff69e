package maturity

import (
	"math/big"
	"slices"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/internal/exact"
)

// A Result is one scored assessment, explained: the score, its band and
// level, the coverage, each dimension's score and each indicator's value,
// weight and contribution. It holds exact integers and builds every decimal
// when asked, rounding it once from its exact value as the model says; the
// exact value of every figure is available as a *big.Rat.
//
// The exact contributions of the indicators add up to the exact score minus
// the scale's minimum (to the score itself on a scale that starts at 0).
//
// Only Compiled.Score and Compiled.DecodeResult make a Result. A nil
// *Result and the zero Result hold no score: IsValid reports false and
// every other method returns its zero answer (an empty model ID and
// version, the zero Assessment, a score, exact score and coverage of 0,
// the zero Totals, band -1, level 0, no dimensions or indicators), except
// MarshalJSON, which returns an error. Rank and Compare refuse them.
type Result struct {
	c      *Compiled
	values []Value
	t      tally
	f      fraction
	units  int64
	band   int
	level  int
}

// Score scores an assessment and explains the score. It returns a
// *MismatchError for an assessment of another model and a *NoScoreError
// when nothing can be scored.
func (c *Compiled) Score(a Assessment) (*Result, error) {
	if err := c.owns(a); err != nil {
		return nil, err
	}
	if c.tree != nil {
		t, err := c.treeTotals(a.values)
		if err != nil {
			return nil, err
		}
		return &Result{c: c, values: a.values, f: t.frac, units: t.units, band: t.band, level: t.level}, nil
	}
	r := &Result{c: c, values: a.values, t: newTally(len(c.dw))}
	full := c.sum(a.values, &r.t)
	f, ok := c.overall(&r.t, full, nil)
	if !ok {
		return nil, &NoScoreError{ModelID: c.model.ID, ModelVersion: c.model.Version}
	}
	r.f = f
	r.units = c.units(f)
	r.band = c.band(r.units)
	r.level = c.level(a.values, &r.t)
	return r, nil
}

// IsValid reports whether r holds a score: false for a nil *Result and the
// zero Result, true for every result the package makes.
func (r *Result) IsValid() bool { return r != nil && r.c.valid() }

// ModelID returns the ID of the model that made the result.
func (r *Result) ModelID() string {
	if !r.IsValid() {
		return ""
	}
	return r.c.model.ID
}

// ModelVersion returns the version of the model that made the result.
func (r *Result) ModelVersion() string {
	if !r.IsValid() {
		return ""
	}
	return r.c.model.Version
}

// Assessment returns the assessment that was scored.
func (r *Result) Assessment() Assessment {
	if !r.IsValid() {
		return Assessment{}
	}
	return Assessment{model: r.c, values: r.values}
}

// Score returns the score on the model's scale, rounded once from its exact
// value to the model's places.
func (r *Result) Score() decimal.Decimal {
	if !r.IsValid() {
		return decimal.Decimal{}
	}
	return decimal.New(r.units, -r.c.places)
}

// Exact returns the exact score on the model's scale.
func (r *Result) Exact() *big.Rat {
	if !r.IsValid() {
		return new(big.Rat)
	}
	return r.c.scaled(r.f.exact())
}

// Totals returns the result's headline figures.
func (r *Result) Totals() Totals {
	if !r.IsValid() {
		return Totals{}
	}
	f := r.f
	f.mult, f.bigMult = nil, nil
	return Totals{frac: f, min: r.c.scaleMin, rng: r.c.scaleRange, units: r.units,
		places: r.c.places, band: r.band, level: r.level}
}

// Band returns the band the reported score falls in, and its index.
func (r *Result) Band() (Band, int) {
	if !r.IsValid() {
		return Band{}, -1
	}
	return r.c.model.Bands[r.band], r.band
}

// Level returns the highest rung of the ladder reached, counting from 1,
// and the Level itself; 0 and the zero Level when the first rung is not
// reached or the model has no ladder.
func (r *Result) Level() (Level, int) {
	if !r.IsValid() || r.level == 0 {
		return Level{}, 0
	}
	l := r.c.model.Levels[r.level-1]
	l.Requires = slices.Clone(l.Requires)
	return l, r.level
}

// Coverage returns the share of the applicable weight whose value is known,
// from 0 to 1, rounded to the model's places plus two.
func (r *Result) Coverage() decimal.Decimal {
	if !r.IsValid() {
		return decimal.Decimal{}
	}
	return exact.Round(r.CoverageExact(), r.c.places+2, r.c.halfEven)
}

// CoverageExact returns the coverage exactly: the sum, over dimensions with
// an applicable indicator, of the dimension's weight share times the share
// of its applicable weight that is known.
func (r *Result) CoverageExact() *big.Rat {
	if !r.IsValid() {
		return new(big.Rat)
	}
	if r.c.tree != nil {
		return r.c.treeCoverage(r.values)
	}
	return r.c.coverage(&r.t)
}

// coverage returns the coverage of a tally (see Result.CoverageExact).
func (c *Compiled) coverage(t *tally) *big.Rat {
	cov := new(big.Rat)
	var wsum uint64
	for d, app := range t.app {
		if app > 0 {
			wsum += c.dw[d]
		}
	}
	if wsum == 0 {
		return cov
	}
	for d, app := range t.app {
		if app == 0 {
			continue
		}
		share := new(big.Rat).SetFrac(
			new(big.Int).Mul(new(big.Int).SetUint64(c.dw[d]), new(big.Int).SetUint64(t.known[d])),
			new(big.Int).Mul(new(big.Int).SetUint64(wsum), new(big.Int).SetUint64(app)))
		cov.Add(cov, share)
	}
	return cov
}

// coverageOf returns the coverage of an assessment's values, rounded as
// Result.Coverage rounds it.
func (c *Compiled) coverageOf(values []Value) decimal.Decimal {
	if c.tree != nil {
		return exact.Round(c.treeCoverage(values), c.places+2, c.halfEven)
	}
	t := newTally(len(c.dw))
	c.sum(values, &t)
	return exact.Round(c.coverage(&t), c.places+2, c.halfEven)
}

// A DimensionScore explains one dimension of a Result.
type DimensionScore struct {
	Key    string
	Name   string
	Weight decimal.Decimal
	// Scored is false when no indicator of the dimension counts (all not
	// applicable, or unknown under LeaveOut); the dimension then leaves the
	// overall mean and its figures are zero.
	Scored bool
	// Score is the dimension's weighted mean on the model's scale.
	Score decimal.Decimal
	Exact *big.Rat
	// Contribution is the part of the overall score above the scale's
	// minimum that this dimension brings.
	Contribution      decimal.Decimal
	ContributionExact *big.Rat
	// Coverage is the share of the dimension's applicable weight that is
	// known.
	Coverage decimal.Decimal
}

// Dimensions explains each dimension, in the model's order.
func (r *Result) Dimensions() []DimensionScore {
	if !r.IsValid() {
		return nil
	}
	if r.c.tree != nil {
		return r.treeDimensions()
	}
	out := make([]DimensionScore, len(r.c.dw))
	for d, dim := range r.c.model.Dimensions {
		ds := DimensionScore{Key: dim.Key, Name: dim.Name, Weight: dim.Weight,
			Exact: new(big.Rat), ContributionExact: new(big.Rat)}
		if r.t.app[d] > 0 {
			ds.Coverage = exact.Round(new(big.Rat).SetFrac(new(big.Int).SetUint64(r.t.known[d]), new(big.Int).SetUint64(r.t.app[d])),
				r.c.places+2, r.c.halfEven)
		}
		if r.t.scored[d] > 0 {
			ds.Scored = true
			mean := new(big.Rat).SetFrac(new(big.Int).SetUint64(r.t.n[d]),
				new(big.Int).Mul(new(big.Int).SetUint64(r.t.scored[d]), big.NewInt(valueUnit)))
			ds.Exact = r.c.scaled(mean)
			ds.ContributionExact = r.contribution(d, r.t.n[d])
		}
		ds.Score = exact.Round(ds.Exact, r.c.places, r.c.halfEven)
		ds.Contribution = exact.Round(ds.ContributionExact, r.c.places, r.c.halfEven)
		out[d] = ds
	}
	return out
}

// contribution returns Range·mult[d]·n / den: the part of the score that a
// weighted sum n of dimension d brings.
func (r *Result) contribution(d int, n uint64) *big.Rat {
	var num, den *big.Int
	if r.f.rat != nil {
		num = new(big.Int).Mul(r.f.bigMult[d], new(big.Int).SetUint64(n))
		den = r.f.bigDen
	} else {
		num = new(big.Int).Mul(new(big.Int).SetUint64(r.f.mult[d]), new(big.Int).SetUint64(n))
		den = new(big.Int).SetUint64(r.f.den)
	}
	num.Mul(num, new(big.Int).SetUint64(r.c.scaleRange))
	return new(big.Rat).SetFrac(num, new(big.Int).Mul(den, big.NewInt(valueUnit)))
}

// An IndicatorScore explains one indicator of a Result.
type IndicatorScore struct {
	Key       string
	Name      string
	Dimension string
	// Group is the key of the group the indicator is directly in, and ""
	// for an indicator directly in its dimension (every indicator of a
	// flat model).
	Group  string
	Value  Value
	Weight decimal.Decimal
	// Counted says whether the indicator counts in its dimension's (or
	// group's) mean: known, or unknown under CountAsZero (or a group's
	// ZeroUnknown).
	Counted bool
	// Contribution is the part of the overall score above the scale's
	// minimum that this indicator brings.
	Contribution      decimal.Decimal
	ContributionExact *big.Rat
}

// Indicators explains each indicator, dimension by dimension, in the
// model's order.
func (r *Result) Indicators() []IndicatorScore {
	if !r.IsValid() {
		return nil
	}
	if r.c.tree != nil {
		return r.treeIndicators()
	}
	out := make([]IndicatorScore, 0, len(r.values))
	for d, dim := range r.c.model.Dimensions {
		for j, ind := range dim.Indicators {
			i := r.c.dimStart[d] + j
			v := r.values[i]
			is := IndicatorScore{Key: ind.Key, Name: ind.Name, Dimension: dim.Key, Value: v, Weight: ind.Weight,
				ContributionExact: new(big.Rat)}
			is.Counted = v.state == StateKnown || (v.state == StateUnknown && r.c.countZero)
			if v.state == StateKnown && r.t.scored[d] > 0 {
				is.ContributionExact = r.contribution(d, r.c.w[i]*uint64(v.micro))
			}
			is.Contribution = exact.Round(is.ContributionExact, r.c.places, r.c.halfEven)
			out = append(out, is)
		}
	}
	return out
}
