package gen

import (
	"math/bits"
	"testing"

	"pgregory.net/rapid"
)

// Seeds for fuzz targets built with rapid.MakeFuzz. Such a target reads its
// input as the bits rapid draws from, eight bytes a draw, so a seed at the
// limits is a byte string from which the generators happen to draw limit
// values. SeedBytes makes such strings from a number, DrawFrom shows what a
// generator draws from one, and SeedsReaching finds numbers whose strings
// together reach a list of limits, so that a fuzz target can keep a short
// list of numbers and a test can check that they still reach them.

// SeedBytes returns n pseudo-random bytes made from seed: the output of
// PCG-DXSM seeded with (seed, 0x9e3779b97f4a7c15), the generator of
// math/rand/v2's PCG, eight bytes a draw, least significant first. It is
// written out here rather than imported so that no package of the module
// outside tests imports a random number generator; a test checks that the
// bytes are math/rand/v2's.
func SeedBytes(seed uint64, n int) []byte {
	r := pcg{hi: seed, lo: 0x9e3779b97f4a7c15}
	b := make([]byte, n)
	for i := 0; i < n; i += 8 {
		u := r.next()
		for j := i; j < min(i+8, n); j++ {
			b[j] = byte(u)
			u >>= 8
		}
	}
	return b
}

// pcg is a 128-bit PCG with the DXSM output function.
type pcg struct{ hi, lo uint64 }

func (p *pcg) next() uint64 {
	const (
		mulHi    = 2549297995355413924
		mulLo    = 4865540595714422341
		incHi    = 6364136223846793005
		incLo    = 1442695040888963407
		cheapMul = 0xda942042e4dd58b5
	)
	hi, lo := bits.Mul64(p.lo, mulLo)
	hi += p.hi*mulLo + p.lo*mulHi
	lo, c := bits.Add64(lo, incLo, 0)
	hi, _ = bits.Add64(hi, incHi, c)
	p.hi, p.lo = hi, lo
	hi ^= hi >> 32
	hi *= cheapMul
	hi ^= hi >> 48
	hi *= lo | 1
	return hi
}

// DrawFrom returns what g draws from data as a fuzz target made with
// rapid.MakeFuzz would, and false if data runs out first.
func DrawFrom[V any](t *testing.T, g *rapid.Generator[V], data []byte) (V, bool) {
	t.Helper()
	var v V
	ok := false
	t.Run("draw", func(t *testing.T) {
		rapid.MakeFuzz(func(rt *rapid.T) {
			v = g.Draw(rt, "input")
			ok = true
		})(t, data)
	})
	return v, ok
}

// SeedsReaching returns the seeds (of SeedBytes with n bytes) among the
// first tries that reach every label of want, chosen greedily, and the
// labels none of them reaches. see reports the labels a drawn value
// reaches.
func SeedsReaching[V any](t *testing.T, g *rapid.Generator[V], n, tries int, want []string, see func(V, func(string))) (seeds []uint64, missing []string) {
	t.Helper()
	reachedBy := map[uint64]map[string]bool{}
	for s := range uint64(tries) {
		v, ok := DrawFrom(t, g, SeedBytes(s, n))
		if !ok {
			continue
		}
		got := map[string]bool{}
		see(v, func(l string) { got[l] = true })
		reachedBy[s] = got
	}
	left := map[string]bool{}
	for _, w := range want {
		left[w] = true
	}
	for len(left) > 0 {
		best, bestN := uint64(0), 0
		for s := range uint64(tries) {
			k := 0
			for l := range reachedBy[s] {
				if left[l] {
					k++
				}
			}
			if k > bestN {
				best, bestN = s, k
			}
		}
		if bestN == 0 {
			break
		}
		seeds = append(seeds, best)
		for l := range reachedBy[best] {
			delete(left, l)
		}
	}
	for _, w := range want {
		if left[w] {
			missing = append(missing, w)
		}
	}
	return seeds, missing
}
