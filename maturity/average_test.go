package maturity_test

import (
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"pgregory.net/rapid"

	"github.com/digitaldistrict/egovkit/internal/exact"
	"github.com/digitaldistrict/egovkit/internal/gen"
	"github.com/digitaldistrict/egovkit/maturity"
)

// An average over occasions is, node by node, the mean of the scores of
// the occasions in which the node has one; over one occasion, or the same
// occasion repeated, it is that occasion's score. A composite of the
// dimensions' exact averages is the overall average, and of their averages
// as rounded it reproduces the overall average as rounded.
func TestAverageOverOccasions(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		m := gen.ModelUpTo(12).Draw(t, "model")
		c := maturity.MustCompile(m)
		var as []maturity.Assessment
		for range rapid.IntRange(1, 4).Draw(t, "occasions") {
			a, err := c.NewAssessment(gen.Values(m).Draw(t, "values"))
			if err != nil {
				t.Fatal(err)
			}
			as = append(as, a)
		}
		avg, err := c.Average(as)
		// The reference: each dimension's mean over the occasions that
		// count it, from each occasion's result.
		sums := make([]*big.Rat, len(m.Dimensions))
		counts := make([]int, len(m.Dimensions))
		scored := 0
		for _, a := range as {
			r, err := c.Score(a)
			if err != nil {
				continue
			}
			scored++
			for d, ds := range r.Dimensions() {
				if ds.Scored || (m.Dimensions[d].Empty == maturity.ZeroEmpty) {
					if sums[d] == nil {
						sums[d] = new(big.Rat)
					}
					x := ds.Exact
					if !ds.Scored { // empty, counted as 0: the scale's minimum
						x = rat(m.Scale.Min)
					}
					sums[d].Add(sums[d], x)
					counts[d]++
				}
			}
			if len(as) == 1 && (err != nil || avg.Exact().Cmp(r.Exact()) != 0) {
				t.Fatalf("one occasion: average %s (%v), score %s", avg.Exact().RatString(), err, r.Exact().RatString())
			}
		}
		if scored == 0 {
			var none *maturity.NoScoreError
			if !errors.As(err, &none) {
				t.Fatalf("no occasion scores, Average: %v", err)
			}
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		exactParts, roundedParts := map[string]decimal.Decimal{}, map[string]decimal.Decimal{}
		for d, na := range avg.Dimensions() {
			if na.Occasions != counts[d] {
				t.Fatalf("dimension %s: %d occasions, want %d", na.Key, na.Occasions, counts[d])
			}
			if counts[d] == 0 {
				continue
			}
			want := new(big.Rat).Quo(sums[d], big.NewRat(int64(counts[d]), 1))
			if na.Exact.Cmp(want) != 0 {
				t.Fatalf("dimension %s: average %s, want %s", na.Key, na.Exact.RatString(), want.RatString())
			}
			roundedParts[na.Key] = na.Score
			s := strings.TrimRight(strings.TrimRight(na.Exact.FloatString(12), "0"), ".")
			if x, err := exact.ParseDecimal(s); err == nil && exact.Rat(x).Cmp(na.Exact) == 0 {
				exactParts[na.Key] = x
			}
		}
		twice, err := c.Average(append(as, as...))
		if err != nil || twice.Exact().Cmp(avg.Exact()) != 0 {
			t.Fatalf("every occasion twice: %v, once: %s (%v)", twice.Exact(), avg.Exact().RatString(), err)
		}
		comp, err := c.Composite(roundedParts)
		if err != nil {
			t.Fatal(err)
		}
		if !comp.Reproduces(avg.Score()) {
			t.Fatalf("composite of rounded parts %s ± %s does not reproduce %s", comp.Exact.FloatString(8), comp.Slack.RatString(), avg.Score())
		}
		if len(exactParts) == len(roundedParts) {
			comp, err := c.Composite(exactParts)
			if err != nil || comp.Exact.Cmp(avg.Exact()) != 0 {
				t.Fatalf("composite of exact parts %v (%v), average %s", comp.Exact, err, avg.Exact().RatString())
			}
		}
	})
}

// Composite reports every bad part at once, with its key.
func TestCompositeRefusesBadParts(t *testing.T) {
	c := maturity.Default()
	_, err := c.Composite(map[string]decimal.Decimal{"e-service": d("50"), "back-office": d("101"), "infrastructure": d("-1")})
	if err == nil {
		t.Fatal("bad parts accepted")
	}
	for _, want := range []string{`parts.e-service: model lsg-dmi 1.1.0 has no dimension "e-service"; did you mean "e-services"?`,
		"parts.back-office: 101 is outside the scale 0…100", "parts.infrastructure: -1 is outside"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q:\n%v", want, err)
		}
	}
	var zero maturity.Composite
	if zero.Reproduces(d("1")) {
		t.Error("the zero Composite reproduces a headline")
	}
	var none maturity.Average
	if none.IsValid() || none.Score().Sign() != 0 || none.Dimensions() != nil || none.Groups() != nil || none.Exact().Sign() != 0 {
		t.Error("the zero Average holds figures")
	}
}
