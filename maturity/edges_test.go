package maturity_test

import (
	"errors"
	"math/big"
	"testing"

	"github.com/shopspring/decimal"
	"pgregory.net/rapid"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/gen"
	"github.com/digitaldistrict/egovkit/maturity"
)

// Properties at the edges: models up to every limit of a model (10,000
// indicators, weights of 10,000, scales up to 10^9), with every rule kind,
// read from profiles whose counts reach 30 digits and whose shares have up
// to 29 places, checked against references that work from the definitions
// with big.Rat.

// refRead reads one indicator from a profile by the rule's definition: a
// given value is unknown (it comes in the assessment); a stage rule gives
// the credit of the service's known stage; a yes-no rule 1 from its minimum
// stage on, 0 below; a ratio rule numerator ÷ denominator (not applicable
// when the denominator is 0) and a count rule measure ÷ target, each capped
// at 1 and rounded to six places with the model's rounding mode, as the
// Rule documentation says.
// Anything the profile does not record makes the value unknown.
func refRead(r maturity.Rule, p egov.Profile, mode maturity.RoundingMode) maturity.Value {
	quotient := func(num, den *big.Rat) maturity.Value {
		x := new(big.Rat).Quo(num, den)
		if x.Cmp(big.NewRat(1, 1)) > 0 {
			x.SetInt64(1)
		}
		micro := roundRef(x, maturity.Rounding{Places: 6, Mode: mode}).Shift(6).BigInt()
		v, err := maturity.ValueFromMicro(micro.Int64()) // at most 10^6: capped above
		if err != nil {
			panic(err)
		}
		return v
	}
	switch r.Kind {
	case maturity.RuleGiven:
		return maturity.Unknown()
	case maturity.RuleStage:
		st := p.Stage(r.Service)
		for _, c := range r.Credits {
			if c.Stage == st {
				return maturity.MustValue(c.Credit.String())
			}
		}
		return maturity.Unknown()
	case maturity.RuleYesNo:
		switch st := p.Stage(r.Service); {
		case !st.IsKnown():
			return maturity.Unknown()
		case st >= r.MinStage:
			return maturity.MustValue("1")
		default:
			return maturity.MustValue("0")
		}
	case maturity.RuleRatio:
		num, ok1 := p.Measure(r.Numerator)
		den, ok2 := p.Measure(r.Denominator)
		switch {
		case !ok1 || !ok2:
			return maturity.Unknown()
		case den.Sign() == 0:
			return maturity.NotApplicable()
		}
		return quotient(rat(num), rat(den))
	case maturity.RuleCount:
		v, ok := p.Measure(r.Measure)
		if !ok {
			return maturity.Unknown()
		}
		return quotient(rat(v), rat(r.Target))
	}
	panic("unknown rule kind " + r.Kind.String())
}

// TestAssessAndScoreMatchReferenceAtTheEdges reads generated profiles with
// generated models through every rule kind and checks each value, then the
// score, band, level and coverage, against the references.
func TestAssessAndScoreMatchReferenceAtTheEdges(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		m := gen.ModelUpTo(maturity.MaxIndicators).Draw(t, "model")
		p := gen.ProfileFor(m).Draw(t, "profile")
		if err := p.Validate(nil); err != nil {
			t.Fatalf("generated profile invalid: %v", err)
		}
		c, err := maturity.Compile(m)
		if err != nil {
			t.Fatalf("generated model invalid: %v", err)
		}
		a := c.Assess(p)
		want := map[string]maturity.Value{}
		for _, d := range m.Dimensions {
			for _, ind := range d.AllIndicators() {
				w := refRead(ind.Rule, p, m.Rounding.Mode)
				want[ind.Key] = w
				if got, _ := a.Value(ind.Key); got != w {
					t.Fatalf("indicator %s (%s rule): Assess read %v, the definition gives %v", ind.Key, ind.Rule.Kind, got, w)
				}
			}
		}
		checkAgainstReference(t, m, c, a, want)
	})
}

// TestScoreMatchesReferenceUpToTheLimits is TestCompiledMatchesReference on
// models up to every limit, with given values.
func TestScoreMatchesReferenceUpToTheLimits(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		m := gen.ModelUpTo(maturity.MaxIndicators).Draw(t, "model")
		values := gen.Values(m).Draw(t, "values")
		c, err := maturity.Compile(m)
		if err != nil {
			t.Fatalf("generated model invalid: %v", err)
		}
		a, err := c.NewAssessment(values)
		if err != nil {
			t.Fatal(err)
		}
		checkAgainstReference(t, m, c, a, values)
	})
}

// checkAgainstReference scores a and compares every figure, exact and
// rounded, with refScore of values (which a holds).
func checkAgainstReference(t *rapid.T, m maturity.Model, c *maturity.Compiled, a maturity.Assessment, values map[string]maturity.Value) {
	ref := refScore(m, values)
	r, err := c.Score(a)
	var noScore *maturity.NoScoreError
	if ok := !errors.As(err, &noScore); ok != ref.ok {
		t.Fatalf("scored: %v (error %v), reference scores: %v", ok, err, ref.ok)
	}
	if !ref.ok {
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	if r.Exact().Cmp(ref.score) != 0 {
		t.Fatalf("exact score %s, reference %s", r.Exact().FloatString(8), ref.score.FloatString(8))
	}
	if got, want := r.Score(), roundRef(ref.score, m.Rounding); got.Cmp(want) != 0 {
		t.Fatalf("score %s, reference %s (exact %s)", got, want, ref.score.RatString())
	}
	if _, band := r.Band(); band != ref.band {
		t.Fatalf("band %d, reference %d (score %s)", band, ref.band, ref.score.FloatString(8))
	}
	if _, level := r.Level(); level != ref.level {
		t.Fatalf("level %d, reference %d", level, ref.level)
	}
	if r.CoverageExact().Cmp(ref.coverage) != 0 {
		t.Fatalf("coverage %s, reference %s", r.CoverageExact().RatString(), ref.coverage.RatString())
	}
	tot, err := c.Totals(a)
	if err != nil {
		t.Fatal(err)
	}
	if tot.Exact().Cmp(ref.score) != 0 || tot.Score().Cmp(r.Score()) != 0 || tot.Band() != ref.band || tot.Level() != ref.level {
		t.Fatalf("totals %s (band %d, level %d) differ from the reference %s (band %d, level %d)",
			tot.Score(), tot.Band(), tot.Level(), ref.score.FloatString(8), ref.band, ref.level)
	}
}

// roundRef rounds x ≥ 0 to the model's places by its mode, by the
// definitions: to the nearer of the two neighbours, and at a tie away from
// zero (half up) or to the even one (half even).
func roundRef(x *big.Rat, r maturity.Rounding) decimal.Decimal {
	scaled := new(big.Rat).Mul(x, new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(r.Places)), nil)))
	q, rem := new(big.Int).QuoRem(scaled.Num(), scaled.Denom(), new(big.Int))
	switch c := new(big.Int).Lsh(rem, 1).Cmp(scaled.Denom()); {
	case c > 0, c == 0 && r.Mode == maturity.HalfUp, c == 0 && q.Bit(0) == 1:
		q.Add(q, big.NewInt(1))
	}
	return decimal.NewFromBigInt(q, -r.Places)
}
