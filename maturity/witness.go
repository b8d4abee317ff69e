package maturity

import (
	"math/big"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/exact"
)

// A range's ends are computed indicator by indicator, each over the values
// its own rule can still give. Where two indicators read one unknown fact
// (a measure, or a part and its whole), the values chosen at an end may
// ask that fact for two things at once (a staff count small enough for a
// high trained share and large enough for two registration officers). So
// once the ends are chosen, attainable checks that one set of facts gives
// them all: each indicator's choice becomes bounds on its measures (a
// value, at least a target, at most the part), parts stay within their
// wholes, and the bounds are narrowed until they settle. When they leave
// every measure a value, the end is the score of a real completion;
// otherwise it is an outer bound, and Range says so.

// interval is a measure's possible values: [lo, hi], or (lo, hi] when open.
type interval struct {
	lo, hi *big.Rat
	open   bool // lo itself is excluded
	whole  bool // counts take whole numbers
}

func (iv *interval) empty() bool {
	c := iv.lo.Cmp(iv.hi)
	return c > 0 || (c == 0 && iv.open)
}

// raise lifts the lower bound to x (excluded when open).
func (iv *interval) raise(x *big.Rat, open bool) bool {
	switch c := x.Cmp(iv.lo); {
	case c > 0, c == 0 && open && !iv.open:
		iv.lo, iv.open = x, open
		if iv.whole {
			iv.integral()
		}
		return true
	}
	return false
}

// lower drops the upper bound to x.
func (iv *interval) lower(x *big.Rat) bool {
	if x.Cmp(iv.hi) < 0 {
		iv.hi = x
		if iv.whole {
			iv.integral()
		}
		return true
	}
	return false
}

// integral rounds the bounds of a count inwards to whole numbers.
func (iv *interval) integral() {
	lo := new(big.Int).Quo(iv.lo.Num(), iv.lo.Denom()) // bounds are ≥ 0: truncation is floor
	if !iv.lo.IsInt() || iv.open {
		lo.Add(lo, big.NewInt(1))
	}
	iv.lo, iv.open = new(big.Rat).SetInt(lo), false
	iv.hi = new(big.Rat).SetInt(new(big.Int).Quo(iv.hi.Num(), iv.hi.Denom()))
}

// atMost is a constraint x ≤ y between two measures (by index in
// egov.Measures()).
type atMost struct{ x, y int }

// attainable reports whether one completion of the profile gives every
// indicator the value chosen for it in values, an end of its span; spans
// are the indicators' spans and high says which end was chosen.
func (c *Compiled) attainable(p egov.Profile, spans []span, values []Value, high bool) bool {
	var ivs [numMeasures]interval
	var rel []atMost
	for k, m := range allMeasures() {
		lo, hi := bounds(p, m)
		ivs[k] = interval{lo: exact.Rat(lo), hi: exact.Rat(hi), whole: m.Kind() == egov.MeasureKindCount}
		if w, ok := m.Whole(); ok {
			rel = append(rel, atMost{x: k, y: measureIndex(w)}) // a part is at most its whole
		}
	}
	zero := new(big.Rat)
	for i := range c.rules {
		r := &c.rules[i]
		s, v := spans[i], values[i]
		if s.fixed() {
			continue
		}
		switch r.kind {
		case RuleGiven, RuleStage, RuleYesNo:
			// a given value is its own fact, and every rule that reads a
			// service rises with its stage: their ends always meet
		case RuleCount:
			if s.lo == s.hi {
				continue // every value of the measure gives it
			}
			m := &ivs[measureIndex(r.measure)]
			lo, hi := bounds(p, r.measure)
			switch {
			case !high:
				m.lower(exact.Rat(lo))
			case v.micro == valueUnit && hi.Cmp(r.target) >= 0:
				m.raise(exact.Rat(r.target), false)
			default:
				m.raise(exact.Rat(hi), false)
			}
		case RuleRatio:
			n, d := measureIndex(r.numerator), measureIndex(r.denominator)
			if v.state == StateNotApplicable {
				ivs[d].lower(zero)
				continue
			}
			ivs[d].raise(zero, true) // a known value needs a whole above 0
			if s.lo == s.hi {
				continue // every whole above 0 gives it
			}
			nlo, nhi := bounds(p, r.numerator)
			dlo, dhi := bounds(p, r.denominator)
			switch {
			case !high && nlo.Sign() == 0:
				ivs[n].lower(zero)
			case !high:
				ivs[n].lower(exact.Rat(nlo))
				ivs[d].raise(exact.Rat(dhi), false)
			case nhi.Sign() == 0:
				// 0 whatever the whole
			case v.micro == valueUnit:
				rel = append(rel, atMost{x: d, y: n}) // the part reaches the whole
			default:
				least, _ := leastWhole(r.denominator, dlo) // a share's would give 1
				ivs[n].raise(exact.Rat(nhi), false)
				ivs[d].lower(exact.Rat(least))
			}
		}
	}
	for range numMeasures + len(rel) + 1 {
		changed := false
		for _, e := range rel {
			x, y := &ivs[e.x], &ivs[e.y]
			changed = x.lower(y.hi) || changed
			changed = y.raise(x.lo, x.open) || changed
		}
		if !changed {
			break
		}
	}
	for k := range ivs {
		if ivs[k].empty() {
			return false
		}
	}
	return true
}

// shared reports whether an unknown measure serves two indicators whose
// values are not settled: read by both, or read by one while its part or
// whole is read by the other.
func (c *Compiled) shared(p egov.Profile, f *mfacts, spans []span) bool {
	var readers [numMeasures]int // by group: an unknown measure and its unknown parts or whole
	known := func(m egov.Measure) bool {
		if k := measureIndex(m); f != nil && k >= 0 {
			return f.lo[k] == f.hi[k] && !f.inf[k]
		}
		_, ok := measure(p, m)
		return ok
	}
	group := func(m egov.Measure) int {
		if known(m) {
			return -1
		}
		if w, ok := m.Whole(); ok && !known(w) {
			m = w
		}
		return measureIndex(m)
	}
	for i := range c.rules {
		r := &c.rules[i]
		if spans[i].fixed() {
			continue
		}
		var gs [2]int
		switch r.kind {
		case RuleCount:
			gs = [2]int{group(r.measure), -1}
		case RuleRatio:
			gs = [2]int{group(r.numerator), group(r.denominator)}
			if gs[0] == gs[1] {
				gs[1] = -1
			}
		default:
			continue
		}
		for _, g := range gs {
			if g >= 0 {
				readers[g]++
				if readers[g] > 1 {
					return true
				}
			}
		}
	}
	return false
}
