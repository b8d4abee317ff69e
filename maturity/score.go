package maturity

import (
	"math"
	"math/big"
	"math/bits"

	"github.com/digitaldistrict/egovkit/internal/exact"
)

// tally holds the per-dimension sums of one assessment, all in integers:
// weights in ten-thousandths, values in millionths.
type tally struct {
	n      []uint64 // Σ weight·value over known applicable indicators
	scored []uint64 // Σ weight over the indicators that count in the mean
	app    []uint64 // Σ weight over applicable indicators
	known  []uint64 // Σ weight over known applicable indicators
}

func newTally(dims int) tally {
	buf := make([]uint64, 4*dims)
	return tally{n: buf[:dims:dims], scored: buf[dims : 2*dims : 2*dims], app: buf[2*dims : 3*dims : 3*dims], known: buf[3*dims:]}
}

// sum fills t from values and reports whether every dimension counts all of
// its indicators, the case whose normalisation Compile precomputed.
func (c *Compiled) sum(values []Value, t *tally) (full bool) {
	full = true
	for d := range c.dw {
		var n, app, known uint64
		for i := c.dimStart[d]; i < c.dimStart[d+1]; i++ {
			v := values[i]
			switch v.state {
			case StateKnown:
				w := c.w[i]
				n += w * uint64(v.micro)
				app += w
				known += w
			case StateUnknown:
				app += c.w[i]
			case StateNotApplicable:
				// leaves every mean and the coverage
			}
		}
		scored := known
		if c.countZero {
			scored = app
		}
		t.n[d], t.scored[d], t.app[d], t.known[d] = n, scored, app, known
		full = full && scored == c.full[d]
	}
	return full
}

// fraction is the overall score as a fraction of the scale's range: either
// num/den in machine words, or rat when those would overflow.
type fraction struct {
	num, den uint64
	mult     []uint64 // dimension multipliers (shared with the model when full)
	rat      *big.Rat
	bigMult  []*big.Int
	bigDen   *big.Int
}

// overall combines a tally into the overall fraction. scratch, when large
// enough, receives the multipliers so that the common case allocates
// nothing. It returns false when no dimension has anything to score.
func (c *Compiled) overall(t *tally, full bool, scratch []uint64) (fraction, bool) {
	any := false
	for d := range t.scored {
		any = any || t.scored[d] > 0
	}
	if !any {
		return fraction{}, false
	}
	var f fraction
	if full && c.fullOK {
		f.mult, f.den = c.fullMult, c.fullDen
	} else {
		if cap(scratch) < len(c.dw) {
			scratch = make([]uint64, len(c.dw))
		}
		f.mult = scratch[:len(c.dw)]
		var ok bool
		if f.den, ok = combine(c.dw, t.scored, nil, f.mult); !ok {
			return c.overallBig(t), true
		}
	}
	for d, m := range f.mult {
		f.num += m * t.n[d] // each term and the sum stay ≤ den
	}
	return f, true
}

// overallBig is overall for models whose normalisation does not fit in 64
// bits: the same formula in arbitrary precision.
func (c *Compiled) overallBig(t *tally) fraction {
	lcm := big.NewInt(1)
	wsum := new(big.Int)
	g := new(big.Int)
	for d, s := range t.scored {
		if s == 0 {
			continue
		}
		sd := new(big.Int).SetUint64(s)
		g.GCD(nil, nil, lcm, sd)
		lcm.Mul(lcm.Quo(lcm, g), sd)
		wsum.Add(wsum, new(big.Int).SetUint64(c.dw[d]))
	}
	f := fraction{bigMult: make([]*big.Int, len(c.dw))}
	f.bigDen = new(big.Int).Mul(wsum, lcm)
	f.bigDen.Mul(f.bigDen, big.NewInt(valueUnit))
	num := new(big.Int)
	for d, s := range t.scored {
		m := new(big.Int)
		if s != 0 {
			m.Quo(lcm, new(big.Int).SetUint64(s))
			m.Mul(m, new(big.Int).SetUint64(c.dw[d]))
			num.Add(num, new(big.Int).Mul(m, new(big.Int).SetUint64(t.n[d])))
		}
		f.bigMult[d] = m
	}
	f.rat = new(big.Rat).SetFrac(num, f.bigDen)
	return f
}

// rat returns the fraction exactly.
func (f fraction) exact() *big.Rat {
	if f.rat != nil {
		return new(big.Rat).Set(f.rat)
	}
	return new(big.Rat).SetFrac(new(big.Int).SetUint64(f.num), new(big.Int).SetUint64(f.den))
}

// units returns the score, Min + Range·fraction, rounded once to the
// model's places, as an integer count of 10^-places.
func (c *Compiled) units(f fraction) int64 {
	if f.rat != nil {
		return c.unitsBig(f.rat)
	}
	// X = (Min·den + Range·num) / den is the score in millionths; divide,
	// then round the quotient by 10^(6-places) with the remainder in view.
	hi, lo := bits.Mul64(c.scaleRange, f.num)
	mhi, mlo := bits.Mul64(c.scaleMin, f.den)
	lo, carry := bits.Add64(lo, mlo, 0)
	hi += mhi + carry
	q, r := bits.Div64(hi, lo, f.den) // q ≤ Min+Range fits: hi < den
	k := pow10(MaxValuePlaces - c.places)
	a, b := q/k, q%k
	// The part below the last place is (b·den + r) / (k·den); compare twice
	// it with k·den.
	lhsHi, lhsLo := bits.Mul64(2*b, f.den)
	lhsLo, carry = bits.Add64(lhsLo, r, 0) // r twice: 2r may not fit in 64 bits
	lhsHi += carry
	lhsLo, carry = bits.Add64(lhsLo, r, 0)
	lhsHi += carry
	rhsHi, rhsLo := bits.Mul64(k, f.den)
	switch cmp128(lhsHi, lhsLo, rhsHi, rhsLo) {
	case 1:
		a++
	case 0:
		if !c.halfEven || a%2 == 1 {
			a++
		}
	}
	return int64(a)
}

func (c *Compiled) unitsBig(frac *big.Rat) int64 {
	n := exact.RoundUnits(c.scaled(frac), c.places, c.halfEven)
	if !n.IsInt64() {
		// Unreachable: a score is at most maxScale, 10^15 units at six
		// places; saturate rather than wrap all the same.
		return math.MaxInt64
	}
	return n.Int64()
}

// scaled maps a fraction of the range onto the scale: Min + Range·f.
func (c *Compiled) scaled(f *big.Rat) *big.Rat {
	r := new(big.Rat).Mul(f, big.NewRat(int64(c.scaleRange), valueUnit))
	return r.Add(r, big.NewRat(int64(c.scaleMin), valueUnit))
}

func cmp128(ah, al, bh, bl uint64) int {
	switch {
	case ah != bh:
		if ah < bh {
			return -1
		}
		return 1
	case al != bl:
		if al < bl {
			return -1
		}
		return 1
	}
	return 0
}

func pow10(n int32) uint64 {
	p := uint64(1)
	for range n {
		p *= 10
	}
	return p
}

// band returns the index of the band the reported score (units of
// 10^-places) falls in: the last band whose start is at or below it. Bands
// are decided on the score as reported, so that a score printed as 25.00
// is never shown in the band below 25. A model that reports fewer places
// than its scale has may report a score beyond its scale (0 on a scale
// from 0.000001): it falls in the nearer outer band.
func (c *Compiled) band(units int64) int {
	b := 0
	for k := 1; k < len(c.bandUnits) && units >= c.bandUnits[k]; k++ {
		b = k
	}
	return b
}

// level returns how many rungs of the ladder are reached: 0 when the first
// is not, len(levels) when all are.
func (c *Compiled) level(values []Value, t *tally) int {
	for l, reqs := range c.levels {
		for _, r := range reqs {
			if !c.meets(r, values, t) {
				return l
			}
		}
	}
	return len(c.levels)
}

func (c *Compiled) meets(r compiledRequirement, values []Value, t *tally) bool {
	if r.indicator >= 0 {
		v := values[r.indicator]
		switch v.state {
		case StateNotApplicable:
			return true
		case StateKnown:
			return uint64(v.micro) >= r.atLeast
		default:
			return false // unknown fails
		}
	}
	d := r.dimension
	switch {
	case t.app[d] == 0:
		return true // nothing applies
	case t.scored[d] == 0:
		return false // nothing known
	}
	// n/(scored·10^6) ≥ atLeast/10^6  ⇔  n ≥ atLeast·scored
	hi, lo := bits.Mul64(r.atLeast, t.scored[d])
	return hi == 0 && t.n[d] >= lo
}
