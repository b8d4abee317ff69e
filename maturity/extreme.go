package maturity

import (
	"cmp"
	"math/big"
	"math/bits"
	"slices"
)

// extreme returns the completion with the lowest score (or the highest,
// when high is set) over every choice of values within the spans: each
// indicator at the low (high) end of its span, and not applicable where
// that is possible and leaving the indicator out lowers (raises) the score.
// ok is false when every indicator can only be not applicable.
//
// The score of a completion is the weighted mean, over the dimensions with
// an applicable indicator, of each dimension's weighted mean. For a fixed
// choice of which indicators apply, it rises with every value, so each
// value is at its end. Which of the optional indicators to leave out is a
// least (greatest) weighted mean over subsets: with the mandatory ones in,
// an optional one belongs in when its value is below (above) the mean, so
// taking them in order of value while they lower (raise) the mean is
// optimal; one equal to the mean changes nothing and is taken too. A dimension whose indicators are all optional is itself
// optional in the overall mean, chosen the same way from its own best mean.
func (c *Compiled) extreme(spans []span, high bool, out []Value, sc *scratch) (ok bool) {
	anyMandatory, anyOptional := false, false
	for d := range c.dw {
		var n, w uint64
		opt := sc.opt[:0]
		for i := c.dimStart[d]; i < c.dimStart[d+1]; i++ {
			s := spans[i]
			v := s.lo
			if high {
				v = s.hi
			}
			switch {
			case s.naOnly:
				out[i] = NotApplicable()
				continue
			case s.na:
				opt = append(opt, i)
			default:
				n += c.w[i] * uint64(v)
				w += c.w[i]
			}
			out[i] = Value{micro: v, state: StateKnown}
		}
		part := dimPart{kind: dimMandatory}
		if w == 0 {
			part.kind = dimOptional // present only by choice, if at all
		}
		if len(opt) > 1 {
			// Optional indicators in order of value: lowest first for the
			// least mean, highest first for the greatest; ties in model
			// order.
			slices.SortFunc(opt, func(i, j int) int {
				a, b := out[i].micro, out[j].micro
				if high {
					a, b = b, a
				}
				return cmp.Or(cmp.Compare(a, b), cmp.Compare(i, j))
			})
		}
		k := 0
		if w == 0 && len(opt) > 0 { // the best one first
			i := opt[0]
			n, w = c.w[i]*uint64(out[i].micro), c.w[i]
			k = 1
		}
		for ; k < len(opt); k++ {
			i := opt[k]
			if !better(uint64(out[i].micro), n, w, high) {
				break
			}
			n += c.w[i] * uint64(out[i].micro)
			w += c.w[i]
		}
		for _, i := range opt[k:] {
			out[i] = NotApplicable()
		}
		if w == 0 {
			part.kind = dimAbsent
		}
		part.n, part.w = n, w
		sc.dims[d] = part
		anyMandatory = anyMandatory || part.kind == dimMandatory
		anyOptional = anyOptional || part.kind == dimOptional
	}
	if !anyOptional {
		return anyMandatory
	}
	// Optional dimensions in order of their best mean, then the same rule.
	optional := sc.order[:0]
	var sum, weight big.Rat // Σ dw·mean and Σ dw over the dimensions in
	for d, part := range sc.dims[:len(c.dw)] {
		switch part.kind {
		case dimMandatory:
			addMean(&sum, &weight, c.dw[d], part.n, part.w)
		case dimOptional:
			optional = append(optional, d)
		case dimAbsent:
		}
	}
	slices.SortFunc(optional, func(a, b int) int {
		pa, pb := sc.dims[a], sc.dims[b]
		x, y := new(big.Rat).SetFrac(u(pa.n), u(pa.w)), new(big.Rat).SetFrac(u(pb.n), u(pb.w))
		if high {
			x, y = y, x
		}
		return cmp.Or(x.Cmp(y), cmp.Compare(a, b))
	})
	k := 0
	if !anyMandatory {
		first := sc.dims[optional[0]]
		addMean(&sum, &weight, c.dw[optional[0]], first.n, first.w)
		k = 1
	}
	for ; k < len(optional); k++ {
		o := sc.dims[optional[k]]
		mean := new(big.Rat).SetFrac(u(o.n), u(o.w))
		overall := new(big.Rat).Quo(&sum, &weight)
		if c := mean.Cmp(overall); (high && c < 0) || (!high && c > 0) {
			break
		}
		addMean(&sum, &weight, c.dw[optional[k]], o.n, o.w)
	}
	for _, d := range optional[k:] {
		for i := c.dimStart[d]; i < c.dimStart[d+1]; i++ {
			out[i] = NotApplicable()
		}
	}
	return true
}

// scratch is the working memory of one Range: no allocation per dimension
// or per optional indicator.
type scratch struct {
	opt   []int     // a dimension's optional indicators
	order []int     // optional dimensions
	dims  []dimPart // by dimension
}

// dimPart is a dimension's best weighted sum and weight at an end, and
// whether it is in every completion, only by choice, or in none.
type dimPart struct {
	n, w uint64
	kind uint8
}

const (
	dimAbsent = iota
	dimMandatory
	dimOptional
)

// better reports whether a value v (millionths) belongs in the mean n/w
// at the low end (v·w ≤ n, in 128 bits) or at the high end (v·w ≥ n). A
// value equal to the mean leaves it as it is: it applies, so that an end
// is reached with as few indicators left out as possible.
func better(v, n, w uint64, high bool) bool {
	hi, lo := bits.Mul64(v, w)
	c := cmp128(hi, lo, 0, n)
	if high {
		return c >= 0
	}
	return c <= 0
}

// addMean adds dw·(n/w) to sum and dw to weight.
func addMean(sum, weight *big.Rat, dw, n, w uint64) {
	term := new(big.Rat).SetFrac(new(big.Int).Mul(u(dw), u(n)), u(w))
	sum.Add(sum, term)
	weight.Add(weight, new(big.Rat).SetInt(u(dw)))
}

func u(x uint64) *big.Int { return new(big.Int).SetUint64(x) }
