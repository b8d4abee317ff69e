package gen_test

import (
	"bytes"
	"encoding/binary"
	"math/rand/v2"
	"testing"

	"github.com/digitaldistrict/egovkit/internal/gen"
)

// TestSeedBytesArePCG checks SeedBytes against math/rand/v2's PCG, whose
// algorithm it writes out, so that the seeds the fuzz targets keep keep
// drawing the same inputs.
func TestSeedBytesArePCG(t *testing.T) {
	for _, seed := range []uint64{0, 1, 5, 95, 170, 1 << 63, ^uint64(0)} {
		for _, n := range []int{0, 1, 7, 8, 9, 1000} {
			r := rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))
			want := make([]byte, 0, n+8)
			for len(want) < n {
				want = binary.LittleEndian.AppendUint64(want, r.Uint64())
			}
			if got := gen.SeedBytes(seed, n); !bytes.Equal(got, want[:n]) {
				t.Fatalf("SeedBytes(%d, %d) = %x, want %x", seed, n, got, want[:n])
			}
		}
	}
}
