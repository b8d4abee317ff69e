package maturity_test

import (
	"math/big"
	"reflect"
	"testing"

	"pgregory.net/rapid"

	"github.com/digitaldistrict/egovkit/internal/gen"
	"github.com/digitaldistrict/egovkit/maturity"
)

// TestAskFirstIsItsReference checks AskFirst, which weighs a fact's
// answers on one copy of the profile and compares widths in machine words,
// against AskFirstReference, which copies the profile for every answer and
// compares widths as big.Rat: the same facts, in the same order, with the
// same figures.
func TestAskFirstIsItsReference(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		m := gen.ModelUpTo(8).Draw(t, "model")
		p := gen.ProfileFor(m).Draw(t, "profile")
		c := maturity.MustCompile(m)
		got, err := c.AskFirst(p)
		want, werr := maturity.AskFirstReference(c, p)
		if (err == nil) != (werr == nil) {
			t.Fatalf("AskFirst: %v; reference: %v", err, werr)
		}
		if len(got) != len(want) {
			t.Fatalf("%d facts, reference %d", len(got), len(want))
		}
		for i := range got {
			g, w := got[i], want[i]
			if g.Service != w.Service || !reflect.DeepEqual(g.Measures, w.Measures) || !reflect.DeepEqual(g.Settles, w.Settles) ||
				g.Narrows.Cmp(w.Narrows) != 0 || !g.NarrowsRounded.Equal(w.NarrowsRounded) {
				t.Fatalf("fact %d: %+v, reference %+v", i, g, w)
			}
		}
	})
}

// TestCompareWidthsIsWidthCmp compares the widths of drawn ranges in
// machine words and as big.Rat, and checks Width, which leaves out the
// scale's minimum, against High − Low.
func TestCompareWidthsIsWidthCmp(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		m := gen.ModelUpTo(8).Draw(t, "model")
		c := maturity.MustCompile(m)
		a, aerr := c.Range(gen.ProfileFor(m).Draw(t, "a"))
		b, berr := c.Range(gen.ProfileFor(m).Draw(t, "b"))
		if aerr != nil || berr != nil {
			t.Skip("no range")
		}
		for _, r := range []maturity.Range{a, b} {
			if want := new(big.Rat).Sub(r.High.Exact(), r.Low.Exact()); r.Width().Cmp(want) != 0 {
				t.Fatalf("Width %s, High − Low %s", r.Width().RatString(), want.RatString())
			}
		}
		if got, want := maturity.CompareWidths(a, b), a.Width().Cmp(b.Width()); got != want {
			t.Fatalf("CompareWidths %d, Width().Cmp %d (widths %s and %s)", got, want, a.Width().RatString(), b.Width().RatString())
		}
	})
}
