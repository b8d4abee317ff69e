package maturity

import (
	"math/big"
	"math/bits"

	"github.com/shopspring/decimal"
)

// Totals are the headline figures of one scored assessment, without the
// explanation a Result carries: the exact score, the score rounded as the
// model says, the band and the level. They are computed in integers with no
// allocation in the common case, for scoring many assessments at once.
//
// The zero Totals are no score, as TotalsBatch leaves them for an
// assessment it could not score: IsValid reports false, Score, Units and
// Exact are 0, Band is -1 (no band), Level is 0, and Cmp orders them below
// every valid Totals.
type Totals struct {
	frac   fraction // exact overall fraction of the scale's range
	min    uint64   // the scale's minimum and range, in millionths
	rng    uint64
	units  int64 // score in 10^-places
	places int32
	band   int
	level  int
}

// Totals scores an assessment and returns its headline figures. It returns
// a *MismatchError for an assessment of another model and a *NoScoreError
// when nothing can be scored.
func (c *Compiled) Totals(a Assessment) (Totals, error) {
	if err := c.owns(a); err != nil {
		return Totals{}, err
	}
	t := newTally(len(c.dw))
	return c.totals(a.values, &t, nil)
}

func (c *Compiled) totals(values []Value, t *tally, scratch []uint64) (Totals, error) {
	if c.tree != nil {
		return c.treeTotals(values)
	}
	full := c.sum(values, t)
	f, ok := c.overall(t, full, scratch)
	if !ok {
		return Totals{}, &NoScoreError{ModelID: c.model.ID, ModelVersion: c.model.Version}
	}
	f.mult, f.bigMult = nil, nil // Totals keeps only the fraction
	units := c.units(f)
	return Totals{
		frac: f, min: c.scaleMin, rng: c.scaleRange,
		units: units, places: c.places,
		band: c.band(units), level: c.level(values, t),
	}, nil
}

// owns returns nil when a was made with c or with a compilation of the same
// content, and a *MismatchError naming both models otherwise.
func (c *Compiled) owns(a Assessment) error {
	if c.same(a.model) {
		return nil
	}
	return mismatch("assessment", a.model, c)
}

// IsValid reports whether t holds a score: false for the zero Totals.
func (t Totals) IsValid() bool { return t.frac.den != 0 || t.frac.rat != nil }

// Score returns the score rounded once to the model's places (0 for the
// zero Totals).
func (t Totals) Score() decimal.Decimal { return decimal.New(t.units, -t.places) }

// Units returns the rounded score as an integer count of 10^-places (6250
// for 62.50 with two places; 0 for the zero Totals).
func (t Totals) Units() int64 { return t.units }

// Band returns the index of the band the reported score falls in, and -1 for
// the zero Totals, which fall in none.
func (t Totals) Band() int {
	if !t.IsValid() {
		return -1
	}
	return t.band
}

// Level returns the number of ladder rungs reached (0 for none, and for the
// zero Totals).
func (t Totals) Level() int { return t.level }

// Exact returns the exact score on the model's scale (0 for the zero
// Totals: check IsValid to tell it from a score of 0).
func (t Totals) Exact() *big.Rat {
	if !t.IsValid() {
		return new(big.Rat)
	}
	r := new(big.Rat).Mul(t.frac.exact(), new(big.Rat).SetFrac(new(big.Int).SetUint64(t.rng), big.NewInt(valueUnit)))
	return r.Add(r, new(big.Rat).SetFrac(new(big.Int).SetUint64(t.min), big.NewInt(valueUnit)))
}

// Cmp compares the exact scores of t and u, which should come from the
// same model: -1, 0 or +1. The zero Totals, which hold no score, compare
// equal to each other and below every valid Totals, so that sorting puts
// the assessments TotalsBatch could not score last in descending order.
func (t Totals) Cmp(u Totals) int {
	switch tv, uv := t.IsValid(), u.IsValid(); {
	case !tv && !uv:
		return 0
	case !tv:
		return -1
	case !uv:
		return 1
	}
	if t.frac.rat == nil && u.frac.rat == nil {
		ah, al := bits.Mul64(t.frac.num, u.frac.den)
		bh, bl := bits.Mul64(u.frac.num, t.frac.den)
		return cmp128(ah, al, bh, bl)
	}
	return t.frac.exact().Cmp(u.frac.exact())
}
