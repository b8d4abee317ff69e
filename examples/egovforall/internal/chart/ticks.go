package chart

import "github.com/shopspring/decimal"

// ticks returns round values for an axis from lo to hi (lo < hi), exactly:
// a step of 1, 2 or 5 times a power of ten giving at most five steps (a few more when the ends are not round), and
// every multiple of it from the first at or above lo to the last at or
// below hi. The axis's ends are the first multiples at or beyond lo and
// hi, so that the ticks span it.
func ticks(lo, hi decimal.Decimal) (from, to decimal.Decimal, marks []decimal.Decimal) {
	span := hi.Sub(lo)
	if span.Sign() <= 0 {
		return lo, hi, []decimal.Decimal{lo}
	}
	// span lies in [10^m, 10^(m+1)) for m = digits + exponent - 1.
	m := int32(span.NumDigits()) + span.Exponent() - 1
	var step decimal.Decimal
	for _, c := range []int64{1, 2, 5, 10, 20} {
		step = decimal.New(c, m-1)
		if span.Div(step).Cmp(decimal.NewFromInt(5)) <= 0 {
			break
		}
	}
	from = lo.Div(step).Floor().Mul(step)
	to = hi.Div(step).Ceil().Mul(step)
	for v := from; v.Cmp(to) <= 0; v = v.Add(step) {
		marks = append(marks, v)
	}
	return from, to, marks
}
