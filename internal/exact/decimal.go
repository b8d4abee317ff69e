package exact

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
)

// MaxDigits is the most digits a decimal string may have, before and after
// the point together. It keeps every number egovkit reads far inside what
// exact integer arithmetic handles quickly, and bounds the work a hostile
// input can cause.
const MaxDigits = 30

// ParseDecimal parses a decimal in plain notation: an optional minus sign,
// digits, and optionally a point followed by digits ("12", "-0.5", "3.25").
// Exponents, plus signs, spaces, and more than MaxDigits digits are refused,
// so the accepted language does not depend on any global setting.
func ParseDecimal(s string) (decimal.Decimal, error) {
	if s == "" {
		return decimal.Decimal{}, errors.New("empty number")
	}
	body := s
	neg := false
	if body[0] == '-' {
		neg = true
		body = body[1:]
	}
	intPart, fracPart, hasPoint := strings.Cut(body, ".")
	if intPart == "" || (hasPoint && fracPart == "") {
		return decimal.Decimal{}, fmt.Errorf("%q is not a plain decimal number", s)
	}
	for _, part := range []string{intPart, fracPart} {
		for i := 0; i < len(part); i++ {
			if part[i] < '0' || part[i] > '9' {
				return decimal.Decimal{}, fmt.Errorf("%q is not a plain decimal number", s)
			}
		}
	}
	if len(intPart)+len(fracPart) > MaxDigits {
		return decimal.Decimal{}, fmt.Errorf("%q has more than %d digits", s, MaxDigits)
	}
	digits := intPart + fracPart
	coef, ok := new(big.Int).SetString(digits, 10)
	if !ok {
		return decimal.Decimal{}, fmt.Errorf("%q is not a plain decimal number", s)
	}
	if neg {
		coef.Neg(coef)
	}
	return decimal.NewFromBigInt(coef, -int32(len(fracPart))), nil
}

// FormatDecimal writes d exactly, in plain notation, with no trailing zeros
// after the point ("1.50" is written "1.5", "2.000" is written "2"). A
// number beyond CheckDecimal's limit, which only a program can make, is
// written in scientific notation ("1e2147483647") rather than as a huge
// string; ParseDecimal refuses that form, as it refuses the number.
func FormatDecimal(d decimal.Decimal) string {
	if CheckDecimal(d) != nil {
		return d.Coefficient().String() + "e" + strconv.Itoa(int(d.Exponent()))
	}
	places := Places(d)
	return d.StringFixed(places)
}

// Places returns how many digits d has after the point once trailing zeros
// are dropped: 0 for whole numbers. It counts in 64 bits, so an exponent of
// math.MinInt32 does not overflow.
func Places(d decimal.Decimal) int32 {
	exp := int64(d.Exponent())
	if exp >= 0 {
		return 0
	}
	coef := d.Coefficient()
	if coef.Sign() == 0 {
		return 0
	}
	ten := big.NewInt(10)
	q, r := new(big.Int), new(big.Int)
	places := -exp
	for places > 0 {
		q.QuoRem(coef, ten, r)
		if r.Sign() != 0 {
			break
		}
		coef.Set(q)
		places--
	}
	if places > math.MaxInt32 {
		return math.MaxInt32
	}
	return int32(places)
}

// Digits returns how many digits d has in plain notation once trailing zeros
// after the point are dropped, counting the 0 before the point of a number
// below one: 12 → 2, 0.05 → 3, 1200 → 4.
func Digits(d decimal.Decimal) int {
	places := int64(Places(d))
	coef := new(big.Int).Abs(d.Coefficient())
	if coef.Sign() == 0 {
		return 1
	}
	// Drop the trailing zeros Places dropped, so n counts significant digits
	// as written.
	n := int64(len(coef.String()))
	exp := int64(d.Exponent())
	if exp < 0 {
		n -= -exp - places
		exp = -places
	}
	if exp >= 0 {
		return clampInt(n + exp)
	}
	intDigits := max(n+exp, 1)
	return clampInt(intDigits + places)
}

// clampInt converts a count to int, saturating where int has 32 bits: an
// exponent near math.MaxInt32 gives more digits than such an int holds.
func clampInt(n int64) int {
	return int(min(n, math.MaxInt32))
}

// CheckDecimal returns an error if d has more than MaxDigits digits in plain
// notation (see Digits): such a number can only come from a program, never
// from ParseDecimal, and egovkit refuses it rather than format a huge string.
func CheckDecimal(d decimal.Decimal) error {
	// A number of at most MaxDigits digits has an exponent within
	// ±MaxDigits of its digits; refuse wilder exponents (even on a zero)
	// before counting, so that nothing later raises 10 to a huge power.
	if exp := d.Exponent(); exp > 2*MaxDigits || exp < -2*MaxDigits {
		return fmt.Errorf("number has more than %d digits", MaxDigits)
	}
	if n := Digits(d); n > MaxDigits {
		return fmt.Errorf("number has %d digits, more than %d", n, MaxDigits)
	}
	return nil
}

// SmallUnits returns d × 10^places as an int64 without allocating, when d
// has at most 15 significant digits, no more than places decimal places,
// and the result stays below 10^18; ok is false otherwise (the caller then
// takes its slow, explaining path).
func SmallUnits(d decimal.Decimal, places int32) (units int64, ok bool) {
	if d.NumDigits() > 15 {
		return 0, false
	}
	c := d.CoefficientInt64()
	if c == 0 {
		// A zero has no digit to drop: without this, an exponent of
		// math.MinInt32 would take two billion turns of the loop below.
		return 0, true
	}
	shift := d.Exponent() + places
	switch {
	case shift < 0:
		for ; shift < 0; shift++ {
			if c%10 != 0 {
				return 0, false
			}
			c /= 10
		}
	case shift > 3:
		return 0, false
	}
	for ; shift > 0; shift-- {
		c *= 10
	}
	return c, true
}

// MustDecimal is ParseDecimal for literals known to be valid; it panics
// otherwise. Unlike decimal.RequireFromString, it does not depend on
// decimal's package variables.
func MustDecimal(s string) decimal.Decimal {
	d, err := ParseDecimal(s)
	if err != nil {
		panic(err)
	}
	return d
}
