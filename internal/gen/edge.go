package gen

import (
	"math/big"
	"math/bits"

	"github.com/shopspring/decimal"
	"pgregory.net/rapid"

	"github.com/digitaldistrict/egovkit/internal/exact"
)

// Draws at the edges. Every generator of this package draws its sizes and
// magnitudes from mixtures: mostly small, readable values (rapid shrinks
// towards them), a good share spread log-uniformly over the whole valid
// range (so that large magnitudes come up as often as small ones), and a
// fixed share exactly at a limit or one step inside it, where off-by-one
// and overflow bugs live. The mixtures are ordered so that shrinking moves
// towards the small branch.

// Rates of the edges: how often, out of 256 draws, a value is drawn
// exactly at a limit (twice the rate) or one step inside it. Magnitudes
// cost nothing more at their limits and are drawn there often; sizes cost
// work in every property that draws them and are drawn at their limits
// rarely or, where the limit is far above what a property usually needs
// (10,000 services or indicators, 100,000 actions), seldom.
const (
	often  = 24 // limit in about one draw in five
	rare   = 4  // limit in about one draw in thirty
	seldom = 1  // limit in about one draw in a hundred and thirty
)

// Sizes the generators of this package draw up to by default, far below
// the library's limits on services, indicators and actions: properties
// draw thousands of values, and planning for 10,000 services takes seconds.
// The UpTo variants (ServicesUpTo, CatalogUpTo, ModelUpTo, PlaybookUpTo)
// reach the limits themselves.
const (
	DefaultServices   = 24
	DefaultIndicators = 120
	DefaultActions    = 200
)

// rateFor returns how often a size up to limit is drawn at it: rarely up
// to a thousand, seldom beyond.
func rateFor(limit int) int64 {
	if limit <= 1_000 {
		return rare
	}
	return seldom
}

// intEdge draws a magnitude in [lo, hi]: exactly hi in 2·rate/256 of
// draws, hi−1, lo and lo+1 in rate/256 each, log-uniform over the range in
// a quarter of draws, and otherwise small (lo to lo+small).
func intEdge(t *rapid.T, label string, lo, hi, small, rate int64) int64 {
	return mixture(t, label, lo, hi, small, rate, 64)
}

// size draws how many of something to make, from lo to hi: like intEdge,
// but log-uniform over the range only in 4·rate/256 of draws, since a
// size costs work in proportion.
func size(t *rapid.T, label string, lo, hi, small int, rate int64) int {
	return int(mixture(t, label, int64(lo), int64(hi), int64(small), rate, 4*rate))
}

func mixture(t *rapid.T, label string, lo, hi, small, rate, logShare int64) int64 {
	if hi <= lo {
		return lo
	}
	b := int64(rapid.IntRange(0, 255).Draw(t, label+" branch"))
	switch {
	case b >= 256-2*rate:
		return hi
	case b >= 256-3*rate:
		return hi - 1
	case b >= 256-4*rate:
		return lo
	case b >= 256-5*rate:
		return lo + 1
	case b >= 256-5*rate-logShare:
		return logUniform(t, label, lo, hi)
	}
	return rapid.Int64Range(lo, min(hi, lo+small)).Draw(t, label)
}

// logUniform draws an integer in [lo, hi] whose distance from lo has at
// most a uniformly drawn number of bits, so that every order of magnitude
// comes up about as often.
func logUniform(t *rapid.T, label string, lo, hi int64) int64 {
	span := uint64(hi - lo)
	n := rapid.IntRange(0, bits.Len64(span)).Draw(t, label+" bits")
	top := uint64(0)
	if n > 0 {
		top = uint64(1)<<(n-1) | (uint64(1)<<(n-1) - 1)
	}
	return lo + int64(rapid.Uint64Range(0, min(top, span)).Draw(t, label))
}

// pow10 returns 10^n.
func pow10(n int) *big.Int { return new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n)), nil) }

// specialCounts are whole numbers where conversions between big and
// machine integers break: around 2^31, 2^53, 2^61 (the value of issue 8),
// 2^63 and 2^64, around 2^63 ÷ 10^6 (a count that no longer fits in
// 64 bits once turned into millionths), and the largest of 30 digits.
var specialCounts = func() []*big.Int {
	var out []*big.Int
	for _, s := range []string{
		"2147483647", "2147483648", "4294967296", "9007199254740993",
		"2305843009213693951", "2305843009213693953",
		"9223372036854", "9223372036855", "9223372036854775", "9223372036854776",
		"9223372036854775807", "9223372036854775808", "18446744073709551615", "18446744073709551616",
		"999999999999999999999999", "1000000000000000000000000",
		"999999999999999999999999999999",
	} {
		n, _ := new(big.Int).SetString(s, 10)
		out = append(out, n)
	}
	return out
}()

// bigWhole draws a whole number of at most maxDigits digits: small, one
// of specialCounts that fits, or with a uniformly drawn number of digits
// (so that numbers of 25 digits are as likely as numbers of 2), or the
// largest that fits.
func bigWhole(t *rapid.T, label string, maxDigits int) *big.Int {
	limit := pow10(maxDigits) // exclusive
	switch b := rapid.IntRange(0, 15).Draw(t, label+" branch"); {
	case b < 6:
		small := int64(1000)
		if limit.IsInt64() {
			small = min(small, limit.Int64()-1)
		}
		return big.NewInt(rapid.Int64Range(0, small).Draw(t, label))
	case b < 9:
		var fits []*big.Int
		for _, s := range specialCounts {
			if s.Cmp(limit) < 0 {
				fits = append(fits, s)
			}
		}
		if len(fits) > 0 {
			return new(big.Int).Set(rapid.SampledFrom(fits).Draw(t, label))
		}
	case b < 10:
		return new(big.Int).Sub(limit, big.NewInt(1))
	}
	digits := rapid.IntRange(1, maxDigits).Draw(t, label+" digits")
	lo := pow10(digits - 1)
	if digits == 1 {
		lo.SetInt64(0)
	}
	span := new(big.Int).Sub(pow10(digits), lo)
	return lo.Add(lo, bigBelow(t, label, span))
}

// bigBelow draws a number in [0, n) for n > 0, from 64-bit draws.
func bigBelow(t *rapid.T, label string, n *big.Int) *big.Int {
	if n.IsUint64() {
		return new(big.Int).SetUint64(rapid.Uint64Range(0, n.Uint64()-1).Draw(t, label))
	}
	v := new(big.Int)
	for range (n.BitLen() + 63) / 64 {
		v.Lsh(v, 64)
		v.Or(v, new(big.Int).SetUint64(rapid.Uint64().Draw(t, label+" word")))
	}
	return v.Mod(v, n)
}

// Count generates a whole number such as a count measure holds: small,
// huge (up to the 30 digits a number may have), or one of the values where
// 64-bit conversions break.
func Count() *rapid.Generator[decimal.Decimal] {
	return rapid.Custom(func(t *rapid.T) decimal.Decimal {
		return reexpress(t, "count", decimal.NewFromBigInt(bigWhole(t, "count", exact.MaxDigits), 0))
	})
}

// Share generates a number from 0 to 1 such as a share measure holds: 0,
// 1, a few places, six places (the precision of indicator values), a tie
// at the seventh place, or up to the 29 places a number below 1 may have.
func Share() *rapid.Generator[decimal.Decimal] {
	return rapid.Custom(func(t *rapid.T) decimal.Decimal { return reexpress(t, "share", share(t)) })
}

func share(t *rapid.T) decimal.Decimal {
	switch rapid.IntRange(0, 9).Draw(t, "share branch") {
	case 0:
		return decimal.Zero
	case 1:
		return decimal.NewFromInt(1)
	case 2, 3:
		return decimal.New(rapid.Int64Range(0, 100).Draw(t, "share"), -2)
	case 4, 5:
		return decimal.New(rapid.Int64Range(0, 1_000_000).Draw(t, "share"), -6)
	case 6:
		// Halfway between two millionths: rounding decides.
		return decimal.New(rapid.Int64Range(0, 999_999).Draw(t, "share")*10+5, -7)
	}
	places := rapid.IntRange(7, exact.MaxDigits-1).Draw(t, "share places")
	return decimal.NewFromBigInt(bigBelow(t, "share", pow10(places)), -int32(places))
}

// fraction draws a number from 0 to 1 with at most six places, often 0 or 1
// or one millionth away from them.
func fraction(t *rapid.T, label string) decimal.Decimal {
	return reexpress(t, label, decimal.New(intEdge(t, label, 0, 1_000_000, 1_000_000, often), -6))
}

// reexpress returns d, in one draw in eight written differently: with up
// to three zeros after its last digit ("1.500" for 1.5) or, for a whole
// number ending in zeros, with a positive exponent (1000 as 1e3). Code that
// reads a decimal's coefficient or exponent rather than its value must not
// see a difference.
func reexpress(t *rapid.T, label string, d decimal.Decimal) decimal.Decimal {
	switch rapid.IntRange(0, 15).Draw(t, label+" written") {
	case 14:
		k := int32(rapid.IntRange(1, 3).Draw(t, label+" zeros"))
		return decimal.NewFromBigInt(new(big.Int).Mul(d.Coefficient(), pow10(int(k))), d.Exponent()-k)
	case 15:
		c, exp := d.Coefficient(), d.Exponent()
		ten, r := big.NewInt(10), new(big.Int)
		for c.Sign() != 0 {
			q, _ := new(big.Int).QuoRem(c, ten, r)
			if r.Sign() != 0 {
				break
			}
			c, exp = q, exp+1
		}
		return decimal.NewFromBigInt(c, exp)
	}
	return d
}
