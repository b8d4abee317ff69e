package maturity_test

import (
	"math/big"
	"testing"

	"pgregory.net/rapid"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/gen"
	"github.com/digitaldistrict/egovkit/maturity"
)

// TestAskFirstNarrowsWhateverTheAnswer learns each fact AskFirst lists
// with an answer drawn from a generated profile, and checks that the range
// narrows by at least what AskFirst promised, that facts come most
// narrowing first, and that each fact settles the indicators it names.
func TestAskFirstNarrowsWhateverTheAnswer(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		m := gen.ModelUpTo(8).Draw(t, "model")
		p := gen.ProfileFor(m).Draw(t, "profile")
		c := maturity.MustCompile(m)
		now, err := c.Range(p)
		if err != nil {
			t.Skip("no score")
		}
		facts, err := c.AskFirst(p)
		if err != nil {
			t.Fatal(err)
		}
		answers := gen.ProfileFor(m).Draw(t, "answers")
		for k, f := range facts {
			if k > 0 && f.Narrows.Cmp(facts[k-1].Narrows) > 0 {
				t.Fatalf("fact %d narrows %s, more than fact %d before it (%s)", k, f.Narrows.RatString(), k-1, facts[k-1].Narrows.RatString())
			}
			if f.Narrows.Sign() < 0 || f.Narrows.Cmp(now.Width()) > 0 {
				t.Fatalf("fact %+v narrows %s, outside 0…%s", f, f.Narrows.RatString(), now.Width().RatString())
			}
			q := p
			if f.Service != "" {
				st := answers.Stage(f.Service)
				if !st.IsKnown() {
					st = egov.StagePiloting
				}
				q = q.WithStage(f.Service, st)
			}
			for _, ms := range f.Measures {
				if v, ok := answers.Measure(ms); ok {
					q = q.WithMeasure(ms, v)
				}
			}
			if q.Validate(nil) != nil || len(q.Measures) != len(p.Measures)+len(f.Measures) && f.Service == "" {
				continue // the drawn answer does not fit the profile, or is missing
			}
			after, err := c.Range(q)
			if err != nil {
				continue // an answer with nothing left to score (a whole of 0) has no range
			}
			if left := after.Width(); left.Cmp(new(big.Rat).Sub(now.Width(), f.Narrows)) > 0 {
				t.Fatalf("fact %v/%v promised to narrow %s…%s by %s; the answer left a width of %s",
					f.Service, f.Measures, now.Low.Exact().RatString(), now.High.Exact().RatString(), f.Narrows.RatString(), left.RatString())
			}
			a := c.Assess(q)
			for _, key := range f.Settles {
				if v, _ := a.Value(key); v.State() == maturity.StateUnknown {
					t.Fatalf("fact %v/%v should settle %s, which is still unknown", f.Service, f.Measures, key)
				}
			}
		}
	})
}
