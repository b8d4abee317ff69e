package exact

import (
	"math"
	"math/big"

	"github.com/shopspring/decimal"
)

// Round rounds the exact value r to places decimal places, once: ties go
// away from zero, or to the even neighbour when halfEven is set. The result
// does not depend on any package variable of decimal. A negative places
// counts as 0.
func Round(r *big.Rat, places int32, halfEven bool) decimal.Decimal {
	places = max(places, 0)
	return decimal.NewFromBigInt(RoundUnits(r, places, halfEven), -places)
}

// RoundUnits returns r × 10^places rounded once to an integer, ties away
// from zero or to the even neighbour when halfEven is set: the figure Round
// returns, as a count of 10^-places. A negative places counts as 0.
func RoundUnits(r *big.Rat, places int32, halfEven bool) *big.Int {
	scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(max(places, 0))), nil)
	num := new(big.Int).Mul(r.Num(), scale)
	den := r.Denom()
	neg := num.Sign() < 0
	num.Abs(num)
	q, rem := new(big.Int).QuoRem(num, den, new(big.Int))
	twice := rem.Lsh(rem, 1)
	switch c := twice.Cmp(den); {
	case c > 0, c == 0 && !halfEven, c == 0 && halfEven && q.Bit(0) == 1:
		q.Add(q, big.NewInt(1))
	}
	if neg {
		q.Neg(q)
	}
	return q
}

// Rat returns d as an exact rational. It raises 10 to d's exponent, so
// callers pass a d that CheckDecimal accepts (or that their validation
// bounds), never a caller-built decimal unchecked.
func Rat(d decimal.Decimal) *big.Rat {
	r := new(big.Rat).SetInt(d.Coefficient())
	exp := d.Exponent()
	if exp == 0 {
		return r
	}
	pow := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(absInt32(exp))), nil)
	if exp > 0 {
		return r.Mul(r, new(big.Rat).SetInt(pow))
	}
	return r.Quo(r, new(big.Rat).SetInt(pow))
}

func absInt32(x int32) int64 {
	if x < 0 {
		return -int64(x)
	}
	return int64(x)
}

// Units returns d × 10^places as an int64, for a d that callers have
// validated to have at most places decimal places and a small magnitude.
// Should a d slip through that does not fit, Units never wraps: it
// truncates extra places toward zero and saturates at the int64 limits, so
// a huge value stays huge and keeps its sign. CheckedUnits says whether
// the conversion was exact.
func Units(d decimal.Decimal, places int32) int64 {
	n, _ := units(d, places)
	return n
}

// CheckedUnits returns d × 10^places as an int64, and false when d has more
// than places decimal places, places is negative, or the result does not
// fit in 64 bits.
func CheckedUnits(d decimal.Decimal, places int32) (int64, bool) {
	if places < 0 || Places(d) > places {
		return 0, false
	}
	return units(d, places)
}

// units returns d × 10^places truncated toward zero and saturated at the
// int64 limits, and whether it fitted. It never raises 10 to a power
// larger than d's own number of digits, whatever d's exponent.
func units(d decimal.Decimal, places int32) (int64, bool) {
	if d.Sign() == 0 {
		return 0, true
	}
	saturated := int64(math.MaxInt64)
	if d.Sign() < 0 {
		saturated = math.MinInt64
	}
	digits := int64(len(new(big.Int).Abs(d.Coefficient()).String()))
	exp := int64(d.Exponent()) + int64(places)
	switch {
	case exp+digits <= 0: // |d × 10^places| < 1
		return 0, true
	case exp+digits > 19: // |d × 10^places| ≥ 10^19, beyond int64
		return saturated, false
	}
	// Here -digits < exp ≤ 19 - digits: the power of ten is no larger than
	// the coefficient.
	n := new(big.Int).Set(d.Coefficient())
	pow := new(big.Int).Exp(big.NewInt(10), big.NewInt(absInt64(exp)), nil)
	if exp >= 0 {
		n.Mul(n, pow)
	} else {
		n.Quo(n, pow) // truncates toward zero
	}
	if !n.IsInt64() {
		return saturated, false
	}
	return n.Int64(), true
}

func absInt64(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

// QuoUnits returns a ÷ b × 10^places rounded once, ties away from zero or
// to the even neighbour when halfEven is set, for a ≥ 0 and b > 0. The
// result is a big integer: a quotient of two large numbers need not fit in
// 64 bits, so callers check IsInt64 (or bound a ÷ b first) before
// converting.
func QuoUnits(a, b decimal.Decimal, places int32, halfEven bool) *big.Int {
	return RoundUnits(new(big.Rat).Quo(Rat(a), Rat(b)), places, halfEven)
}
