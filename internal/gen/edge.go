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

// Rates of the expensive edges: how often, out of 256 draws, a size is
// drawn at its limit when reaching it costs a lot of work in every
// property that draws it (10,000 indicators, 100,000 actions).
const (
	often = 24 // out of 256: about one draw in ten
	rare  = 4  // out of 256: about one draw in sixty-four
)

// Sizes the generators of this package draw up to by default, below the
// limits of the library where reaching the limit makes every property that
// draws it slow (planning for 10,000 services takes seconds). The UpTo
// variants (ServicesUpTo, CatalogUpTo, ModelUpTo, PlaybookUpTo) reach the
// limits themselves.
const (
	DefaultServices   = 100
	DefaultIndicators = 1_000
	DefaultActions    = 1_000
)

// rateFor returns how often a size up to limit is drawn at it: often when
// that is cheap, rarely when it is not.
func rateFor(limit int) int64 {
	if limit <= 1_000 {
		return often
	}
	return rare
}

// intEdge draws an integer in [lo, hi]: exactly hi in 2·rate/256 of draws,
// hi−1, lo and lo+1 in rate/256 each, log-uniform over the range in a
// quarter of draws, and otherwise small (lo to lo+small).
func intEdge(t *rapid.T, label string, lo, hi, small, rate int64) int64 {
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
	case b >= 256-5*rate-64:
		return logUniform(t, label, lo, hi)
	}
	return rapid.Int64Range(lo, min(hi, lo+small)).Draw(t, label)
}

// logUniform draws an integer in [lo, hi] whose distance from lo has a
// uniformly drawn bit length.
func logUniform(t *rapid.T, label string, lo, hi int64) int64 {
	span := uint64(hi - lo)
	n := rapid.IntRange(0, bits.Len64(span)).Draw(t, label+" bits")
	top := uint64(0)
	if n > 0 {
		top = uint64(1)<<(n-1) | (uint64(1)<<(n-1) - 1)
	}
	return lo + int64(rapid.Uint64Range(0, min(top, span)).Draw(t, label))
}

// size draws how many of something to make, from lo to hi, with the
// limit hi reached at the given rate.
func size(t *rapid.T, label string, lo, hi, small int, rate int64) int {
	return int(intEdge(t, label, int64(lo), int64(hi), int64(small), rate))
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
		return big.NewInt(rapid.Int64Range(0, min(1000, limit.Int64()-1)).Draw(t, label))
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
		return decimal.NewFromBigInt(bigWhole(t, "count", exact.MaxDigits), 0)
	})
}

// Share generates a number from 0 to 1 such as a share measure holds: 0,
// 1, a few places, six places (the precision of indicator values), a tie
// at the seventh place, or up to the 29 places a number below 1 may have.
func Share() *rapid.Generator[decimal.Decimal] {
	return rapid.Custom(func(t *rapid.T) decimal.Decimal {
		switch b := rapid.IntRange(0, 9).Draw(t, "share branch"); b {
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
	})
}

// fraction draws a number from 0 to 1 with at most six places, often 0 or 1
// or one millionth away from them.
func fraction(t *rapid.T, label string) decimal.Decimal {
	return decimal.New(intEdge(t, label, 0, 1_000_000, 1_000_000, often), -6)
}
