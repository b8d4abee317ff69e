package maturity

import (
	"math"
	"math/big"
)

// A batchPlan scores, in a handful of 64-bit operations, an assessment
// whose every indicator is known: the case TotalsBatch meets most. Compile
// prepares it when the model's figures allow; otherwise, and for an
// assessment with an unknown or not-applicable value, TotalsBatch takes the
// general path of Totals. Both give the same Totals: the plan only moves
// work from scoring to compiling.
//
// With every indicator known, the overall fraction is num/fullDen with
// num = Σ mult[d]·w_i·v_i over indicators i of dimensions d (see combine),
// at most fullDen. The plan keeps that product per indicator (coef), so that
// num is one dot product, and reduces the rounding and the band to integer
// comparisons whose operands Compile has shown to fit in 64 bits:
//
//   - the score in units of 10^-places is (Min·den + Range·num) / (den·k),
//     with den = fullDen and k = 10^(6-places); dividing the three constants
//     by their greatest common divisor gives (p + q·num) / r, which is one
//     64-bit division whose remainder says how to round;
//   - the band is decided on the rounded units, as everywhere (see band).
type batchPlan struct {
	ok      bool              // the model allows the plan
	coef    []uint64          // per indicator: mult[d]·w_i
	p, q, r uint64            // units = round((p + q·num) / r)
	den     uint64            // the overall fraction's denominator
	reqs    []planRequirement // the ladder's, rung after rung
}

// planRequirement is a rung's requirement on an assessment whose values are
// all known.
type planRequirement struct {
	// atLeast is the threshold in millionths for an indicator; for a
	// dimension it is multiplied by the dimension's weight sum, to compare
	// with its weighted sum of values.
	atLeast   uint64
	index     int  // the indicator's or the dimension's
	dimension bool // the requirement is on a dimension
	last      bool // the last requirement of its rung
}

// planBatch prepares c's batch plan, or a plan with ok false when a figure
// would not fit in 64 bits.
func (c *Compiled) planBatch() batchPlan {
	fullDen, fullOK := c.fullDen, c.fullOK
	if c.tree != nil {
		// A tree's shares are per indicator already; a requirement on a
		// dimension reads its mean through the tree: the general path.
		fullDen, fullOK = c.tree.den, c.tree.fullOK && !c.tree.dimLevel
	}
	if !fullOK || c.scaleRange == 0 {
		return batchPlan{}
	}
	den := new(big.Int).SetUint64(fullDen)
	p := new(big.Int).Mul(new(big.Int).SetUint64(c.scaleMin), den)
	q := new(big.Int).SetUint64(c.scaleRange)
	r := new(big.Int).Mul(den, new(big.Int).SetUint64(pow10(MaxValuePlaces-c.places)))
	g := new(big.Int).GCD(nil, nil, q, r)
	if p.Sign() != 0 {
		g.GCD(nil, nil, g, p)
	}
	p.Quo(p, g)
	q.Quo(q, g)
	r.Quo(r, g)
	top := new(big.Int).Add(p, new(big.Int).Mul(q, den)) // p + q·num for the largest num
	if !top.IsUint64() || !r.IsUint64() {
		return batchPlan{}
	}
	plan := batchPlan{ok: true, p: p.Uint64(), q: q.Uint64(), r: r.Uint64(), den: fullDen}

	plan.coef = make([]uint64, len(c.w))
	for i, w := range c.w {
		if c.tree != nil {
			plan.coef[i] = c.tree.coef[i]
			continue
		}
		plan.coef[i] = c.fullMult[c.dimOf[i]] * w // ≤ fullDen/10^6: fits
	}

	for _, reqs := range c.levels {
		for k, req := range reqs {
			pr := planRequirement{atLeast: req.atLeast, index: req.indicator, last: k == len(reqs)-1}
			if req.indicator < 0 {
				pr.index, pr.dimension = req.dimension, true
				t := new(big.Int).Mul(new(big.Int).SetUint64(req.atLeast), new(big.Int).SetUint64(c.full[req.dimension]))
				pr.atLeast = math.MaxUint64 // above any weighted sum, which is at most full·10^6
				if t.IsUint64() {
					pr.atLeast = t.Uint64()
				}
			}
			plan.reqs = append(plan.reqs, pr)
		}
		if len(reqs) == 0 { // Validate refuses such a rung; it would be met
			plan.reqs = append(plan.reqs, planRequirement{last: true})
		}
	}
	return plan
}

// planTotals scores values with the plan into out. It reports false,
// leaving out alone and the work to the general path, when a value is not
// known.
func (c *Compiled) planTotals(values []Value, out *Totals) bool {
	plan := &c.batch
	if !plan.ok || len(values) != len(plan.coef) {
		return false
	}
	coef := plan.coef[:len(values)]
	var num uint64
	var notKnown State
	for i, v := range values {
		num += coef[i] * uint64(v.micro) // Σ ≤ fullDen: no term or sum wraps
		notKnown |= v.state ^ StateKnown
	}
	if notKnown != 0 {
		return false
	}

	x := plan.p + plan.q*num
	units, rem := x/plan.r, x%plan.r // units ≤ Max·10^places ≤ 10^15
	// Round on the remainder: up when it is more than half of r, and at
	// exactly half as the model's mode says.
	if up := plan.r - rem; rem > up || rem == up && (!c.halfEven || units%2 == 1) {
		units++
	}

	band := c.band(int64(units))
	level := c.planLevel(values)
	*out = Totals{
		frac: fraction{num: num, den: plan.den}, min: c.scaleMin, rng: c.scaleRange,
		units: int64(units), places: c.places, band: band, level: level,
	}
	return true
}

// planLevel is level for values that are all known: the number of rungs
// whose requirements are all met before the first that is not.
func (c *Compiled) planLevel(values []Value) int {
	level := 0
	for _, req := range c.batch.reqs {
		if !req.dimension {
			if uint64(values[req.index].micro) < req.atLeast {
				return level
			}
		} else {
			var n uint64
			for i := c.dimStart[req.index]; i < c.dimStart[req.index+1]; i++ {
				n += c.w[i] * uint64(values[i].micro)
			}
			if n < req.atLeast {
				return level
			}
		}
		if req.last {
			level++
		}
	}
	return level
}
