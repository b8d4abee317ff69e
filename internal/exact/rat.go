package exact

import (
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

// Rat returns d as an exact rational.
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

// Units returns d × 10^places as an integer, for a d with at most places
// decimal places and a small enough magnitude (callers validate both).
func Units(d decimal.Decimal, places int32) int64 {
	return d.Shift(places).IntPart()
}

// QuoUnits returns a ÷ b × 10^places rounded once, ties away from zero or
// to the even neighbour when halfEven is set, for a ≥ 0 and b > 0. The
// result is a big integer: a quotient of two large numbers need not fit in
// 64 bits, so callers check IsInt64 (or bound a ÷ b first) before
// converting.
func QuoUnits(a, b decimal.Decimal, places int32, halfEven bool) *big.Int {
	return RoundUnits(new(big.Rat).Quo(Rat(a), Rat(b)), places, halfEven)
}
