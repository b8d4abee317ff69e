package maturity

import (
	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/exact"
)

// A span is what one indicator's value can still be once every unknown
// fact of a profile becomes known: a known value from lo to hi (in
// millionths), not applicable when na is set, or only not applicable
// (naOnly). A known value, or a known not-applicable, has lo == hi or
// naOnly.
type span struct {
	lo, hi int32
	na     bool // not applicable is possible besides [lo, hi]
	naOnly bool // not applicable is the only possibility
}

func fixedSpan(v Value) span {
	switch v.state {
	case StateKnown:
		return span{lo: v.micro, hi: v.micro}
	case StateNotApplicable:
		return span{naOnly: true}
	case StateUnknown:
	}
	return span{lo: 0, hi: valueUnit} // unknown: anything from 0 to 1
}

func (s span) fixed() bool { return s.naOnly || (!s.na && s.lo == s.hi) }

// maxCount returns the largest count a profile can hold: thirty nines, the
// most digits a number may have (exact.MaxDigits).
func maxCount() decimal.Decimal { return decimal.New(1, exact.MaxDigits).Sub(decimal.New(1, 0)) }

// bounds returns the least and the greatest value a measure can take given
// the profile: its value when known (and valid); otherwise from 0, or from
// its largest known part, up to what its kind allows (1 for a share, thirty
// digits for a count), or its known whole.
func bounds(p egov.Profile, m egov.Measure) (lo, hi decimal.Decimal) {
	if v, ok := measure(p, m); ok {
		return v, v
	}
	hi = maxCount()
	if m.Kind() == egov.MeasureKindShare {
		hi = decimal.New(1, 0)
	}
	if w, ok := m.Whole(); ok {
		if wv, ok := measure(p, w); ok && wv.LessThan(hi) {
			hi = wv
		}
	}
	lo = decimal.Zero
	for _, part := range allMeasures() {
		if w, ok := part.Whole(); ok && w == m {
			if pv, ok := measure(p, part); ok && pv.GreaterThan(lo) {
				lo = pv
			}
		}
	}
	return lo, hi
}

// leastWhole returns the least value above 0 that a ratio's whole can
// take, given its lower bound lo: lo itself when above 0, else 1 for a
// count; for a share there is none (ok is false), as a share can be as
// small as any part above 0.
func leastWhole(m egov.Measure, lo decimal.Decimal) (least decimal.Decimal, ok bool) {
	switch {
	case lo.Sign() > 0:
		return lo, true
	case m.Kind() == egov.MeasureKindCount:
		return decimal.New(1, 0), true
	}
	return decimal.Decimal{}, false
}

// measure returns a measure's value when the profile holds a valid one, as
// the rules read it: a negative value, or one with too many digits, is
// unknown.
func measure(p egov.Profile, m egov.Measure) (decimal.Decimal, bool) {
	v, ok := p.Measure(m)
	if !ok || v.Sign() < 0 || exact.CheckDecimal(v) != nil {
		return decimal.Decimal{}, false
	}
	return v, true
}

// spanOf returns what the indicator read by r can still be, given the
// profile. Stage and yes-no rules range over the credits of the stages an
// unknown service can reach; ratio and count rules over the quotients the
// measures' bounds allow; a given value over 0…1.
func (r *compiledRule) spanOf(p egov.Profile, halfEven bool) span {
	switch r.kind {
	case RuleGiven:
		// given elsewhere: anything from 0 to 1, below
	case RuleStage:
		if st := p.Stage(r.service); st.IsKnown() {
			return span{lo: r.credits[st], hi: r.credits[st]}
		}
		return span{lo: r.credits[egov.StageNotStarted], hi: r.credits[egov.StageFullyInUse]}
	case RuleYesNo:
		if st := p.Stage(r.service); st.IsKnown() {
			return fixedSpan(r.read(p, halfEven))
		}
		if r.minStage <= egov.StageNotStarted {
			return span{lo: valueUnit, hi: valueUnit} // every known stage qualifies
		}
		return span{lo: 0, hi: valueUnit}
	case RuleRatio:
		nlo, nhi := bounds(p, r.numerator)
		dlo, dhi := bounds(p, r.denominator)
		if dhi.Sign() == 0 {
			return span{naOnly: true} // the whole is known to be 0
		}
		s := span{na: dlo.Sign() == 0}
		if w, ok := r.denominator.Whole(); r.numerator == r.denominator || (ok && w == r.numerator) {
			// A whole over its part, or a measure over itself: at least 1.
			s.lo, s.hi = valueUnit, valueUnit
			return s
		}
		s.lo = quotient(nlo, dhi, halfEven).micro
		switch least, ok := leastWhole(r.denominator, dlo); {
		case nhi.Sign() == 0:
			s.hi = 0
		case !ok:
			s.hi = valueUnit // a share as small as the part
		default:
			s.hi = quotient(nhi, least, halfEven).micro
		}
		return s
	case RuleCount:
		lo, hi := bounds(p, r.measure)
		return span{lo: quotient(lo, r.target, halfEven).micro, hi: quotient(hi, r.target, halfEven).micro}
	}
	return span{lo: 0, hi: valueUnit} // RuleGiven: given elsewhere
}
