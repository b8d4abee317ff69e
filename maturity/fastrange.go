package maturity

import (
	"math"

	"github.com/digitaldistrict/egovkit/egov"
)

// Range's work in machine words. Nearly every profile holds measures and
// every model targets that fit in 63 bits as millionths; for them the
// spans of ratio and count rules and the check of shared facts (see
// witness.go) run on integers, with "no bound" for a count's thirty digits.
// A measure or target that does not fit sends the whole computation to the
// exact decimal path, which gives the same answer.

const numMeasures = 7

// measureIndex returns m's position in egov.Measures(), or -1.
func measureIndex(m egov.Measure) int {
	switch m {
	case egov.MeasureStaff:
		return 0
	case egov.MeasureStaffTrained:
		return 1
	case egov.MeasureEIDOfficers:
		return 2
	case egov.MeasureCitizenEServices:
		return 3
	case egov.MeasureBusinessEServices:
		return 4
	case egov.MeasureElectronicCaseShare:
		return 5
	case egov.MeasureRegisteredECitizens:
		return 6
	}
	return -1
}

// allMeasures returns egov.Measures() as an array, which costs no
// allocation; TestMeasureIndex checks that the two agree.
func allMeasures() [numMeasures]egov.Measure {
	return [numMeasures]egov.Measure{egov.MeasureStaff, egov.MeasureStaffTrained, egov.MeasureEIDOfficers,
		egov.MeasureCitizenEServices, egov.MeasureBusinessEServices, egov.MeasureElectronicCaseShare,
		egov.MeasureRegisteredECitizens}
}

// mfacts is what a profile says of each measure: its bounds in millionths
// (see bounds), inf when a count has no upper bound but its digits.
type mfacts struct {
	lo, hi [numMeasures]uint64
	inf    [numMeasures]bool
	count  [numMeasures]bool
}

// measureFacts returns the bounds of every measure of p, and false when a
// known value does not fit in 63 bits as millionths.
func measureFacts(p egov.Profile) (mfacts, bool) {
	var f mfacts
	var known [numMeasures]bool
	for k, m := range allMeasures() {
		f.count[k] = m.Kind() == egov.MeasureKindCount
		if v, ok := measure(p, m); ok {
			x, fits := micros(v)
			if !fits {
				return mfacts{}, false
			}
			f.lo[k], f.hi[k], known[k] = x, x, true
			continue
		}
		f.hi[k], f.inf[k] = valueUnit, f.count[k]
	}
	for k, m := range allMeasures() {
		w, ok := m.Whole()
		if !ok {
			continue
		}
		j := measureIndex(w)
		if !known[k] && known[j] { // a part is at most its known whole
			f.inf[k] = false
			f.hi[k] = f.hi[j]
			if !f.count[k] {
				f.hi[k] = min(f.hi[j], valueUnit)
			}
		}
		if !known[j] && known[k] && f.lo[k] > f.lo[j] { // a whole is at least its known part
			f.lo[j] = f.lo[k]
		}
	}
	return f, true
}

// quotientBound is quotientMicros with an unbounded numerator (1) or
// denominator (0 for any numerator that fits: a count of thirty digits is
// more than 10^17 times any of them).
func quotientBound(a uint64, aInf bool, b uint64, bInf bool, halfEven bool) int32 {
	switch {
	case aInf:
		return valueUnit
	case bInf:
		return 0
	}
	return quotientMicros(a, b, halfEven).micro
}

// spanFast is spanOf for ratio and count rules on f; ok is false when the
// rule's target does not fit.
func (r *compiledRule) spanFast(f *mfacts, halfEven bool) (span, bool) {
	switch r.kind {
	case RuleRatio:
		n, d := measureIndex(r.numerator), measureIndex(r.denominator)
		if n < 0 || d < 0 {
			return span{}, false
		}
		if f.hi[d] == 0 && !f.inf[d] {
			return span{naOnly: true}, true
		}
		s := span{na: f.lo[d] == 0}
		if w, ok := r.denominator.Whole(); n == d || (ok && w == r.numerator) {
			s.lo, s.hi = valueUnit, valueUnit
			return s, true
		}
		s.lo = quotientBound(f.lo[n], false, f.hi[d], f.inf[d], halfEven)
		least := f.lo[d]
		if least == 0 && f.count[d] {
			least = valueUnit
		}
		switch {
		case f.hi[n] == 0 && !f.inf[n]:
			s.hi = 0
		case least == 0:
			s.hi = valueUnit
		default:
			s.hi = quotientBound(f.hi[n], f.inf[n], least, false, halfEven)
		}
		return s, true
	case RuleCount:
		m := measureIndex(r.measure)
		if m < 0 || !r.targetOK {
			return span{}, false
		}
		return span{lo: quotientBound(f.lo[m], false, r.targetMicros, false, halfEven),
			hi: quotientBound(f.hi[m], f.inf[m], r.targetMicros, false, halfEven)}, true
	case RuleGiven, RuleStage, RuleYesNo:
		// read no measure: spanOf
	}
	return span{}, false
}

// ival is a measure's possible values in millionths: [lo, hi], (lo, hi]
// when open, with no upper bound when inf.
type ival struct {
	lo, hi    uint64
	open, inf bool
	count     bool
}

func (iv *ival) empty() bool {
	return !iv.inf && (iv.lo > iv.hi || (iv.lo == iv.hi && iv.open))
}

func (iv *ival) raise(x uint64, open bool) bool {
	if x > iv.lo || (x == iv.lo && open && !iv.open) {
		iv.lo, iv.open = x, open
		if iv.count { // the next whole number
			if iv.open || iv.lo%valueUnit != 0 {
				if iv.lo > math.MaxUint64-valueUnit {
					iv.lo = math.MaxUint64 - math.MaxUint64%valueUnit
				} else {
					iv.lo = iv.lo - iv.lo%valueUnit + valueUnit
				}
			}
			iv.open = false
		}
		return true
	}
	return false
}

func (iv *ival) lower(x uint64, inf bool) bool {
	if inf || (!iv.inf && x >= iv.hi) {
		return false
	}
	iv.hi, iv.inf = x, false
	if iv.count {
		iv.hi -= iv.hi % valueUnit
	}
	return true
}

// attainableFast is attainable on f (see witness.go); ok is false when a
// figure does not fit.
func (c *Compiled) attainableFast(f *mfacts, spans []span, values []Value, high bool) (attainable, ok bool) {
	var ivs [numMeasures]ival
	for k := range ivs {
		ivs[k] = ival{lo: f.lo[k], hi: f.hi[k], inf: f.inf[k], count: f.count[k]}
	}
	type rel struct{ x, y int } // x ≤ y
	var rels [numMeasures + 16]rel
	nrel := 0
	for k, m := range allMeasures() {
		if w, ok := m.Whole(); ok {
			rels[nrel] = rel{k, measureIndex(w)}
			nrel++
		}
	}
	var extra []rel
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
				continue
			}
			m := measureIndex(r.measure)
			switch {
			case !high:
				ivs[m].lower(f.lo[m], false)
			case v.micro == valueUnit && (f.inf[m] || f.hi[m] >= r.targetMicros):
				ivs[m].raise(r.targetMicros, false)
			default:
				ivs[m].raise(f.hi[m], false)
			}
		case RuleRatio:
			n, d := measureIndex(r.numerator), measureIndex(r.denominator)
			if v.state == StateNotApplicable {
				ivs[d].lower(0, false)
				continue
			}
			ivs[d].raise(0, true)
			if s.lo == s.hi {
				continue
			}
			switch {
			case !high && f.lo[n] == 0:
				ivs[n].lower(0, false)
			case !high:
				ivs[n].lower(f.lo[n], false)
				if f.inf[d] {
					return false, false // a whole at its thirty digits: leave it to the exact path
				}
				ivs[d].raise(f.hi[d], false)
			case f.hi[n] == 0 && !f.inf[n]:
			case v.micro == valueUnit:
				if nrel < len(rels) {
					rels[nrel] = rel{d, n}
					nrel++
				} else {
					extra = append(extra, rel{d, n})
				}
			default:
				least := f.lo[d]
				if least == 0 && f.count[d] {
					least = valueUnit
				}
				if f.inf[n] {
					return false, false
				}
				ivs[n].raise(f.hi[n], false)
				ivs[d].lower(least, false)
			}
		}
	}
	all := append(rels[:nrel:nrel], extra...)
	for range len(ivs) + len(all) + 1 {
		changed := false
		for _, e := range all {
			x, y := &ivs[e.x], &ivs[e.y]
			changed = x.lower(y.hi, y.inf) || changed
			changed = y.raise(x.lo, x.open) || changed
		}
		if !changed {
			break
		}
	}
	for k := range ivs {
		if ivs[k].empty() {
			return false, true
		}
	}
	return true, true
}
