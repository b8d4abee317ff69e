package plan_test

import (
	"errors"
	"math/big"
	"slices"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/exact"
	"github.com/digitaldistrict/egovkit/internal/gen"
	"github.com/digitaldistrict/egovkit/maturity"
	"github.com/digitaldistrict/egovkit/plan"
)

// modelFor draws a model (see gen.Model) whose stage and yes-no rules read
// the catalogue's services, so that its ratio and count rules meet the
// playbook's measure effects and its stage rules the stage effects.
func modelFor(t *rapid.T, cat *egov.Catalog) *maturity.Compiled {
	m := gen.Model().Draw(t, "model")
	if keys := cat.Keys(); len(keys) > 0 {
		gen.EachIndicator(&m, func(ind *maturity.Indicator) {
			if r := &ind.Rule; r.Service != "" {
				r.Service = rapid.SampledFrom(keys).Draw(t, "service read")
			}
		})
	}
	c, err := maturity.Compile(m)
	if err != nil {
		t.Fatalf("generated model invalid: %v", err)
	}
	return c
}

// figuresRequest draws a request as request does, with a generated model
// half the time.
func figuresRequest(t *rapid.T) plan.Request {
	req := request(t)
	if rapid.Bool().Draw(t, "generated model") {
		req.Model = modelFor(t, req.Playbook.Catalog())
	}
	return req
}

// divides reports whether an action of the playbook raises a measure a
// ratio rule of the model divides by.
func divides(pb plan.Playbook, m *maturity.Compiled) bool {
	divisors := map[egov.Measure]bool{}
	for _, d := range m.Model().Dimensions {
		for _, ind := range d.AllIndicators() {
			if ind.Rule.Kind == maturity.RuleRatio {
				divisors[ind.Rule.Denominator] = true
			}
		}
	}
	return slices.ContainsFunc(pb.Actions, func(a plan.Action) bool { return divisors[a.Effect.Measure] })
}

// generatedFigures draws a request and its plan; Generate refuses exactly
// the requests whose playbook raises a measure the model divides by.
func generatedFigures(t *rapid.T) (plan.Request, *plan.Plan, bool) {
	req := figuresRequest(t)
	p, err := plan.Generate(req)
	refused := divides(req.Playbook.Playbook(), req.Model)
	switch {
	case err == nil && refused:
		t.Fatal("Generate accepts a playbook that raises a measure the model divides by")
	case err != nil && !refused:
		t.Fatal(err)
	case err != nil:
		var ve *egov.ValidationError
		if !errors.As(err, &ve) || !strings.Contains(err.Error(), "divides by") {
			t.Fatalf("refused with %v", err)
		}
		return req, nil, false
	}
	return req, p, true
}

// checkFigures checks the guarantees of a plan's figures, made from the
// profile with the model: Current is the lower end of the profile's range;
// the scheduled steps' gains, each Running minus the one before, add up
// exactly to Projected − Current; every Running is rounded once from its
// exact value and the last is Projected, also as printed; no gain is
// negative, so Projected is never below Current; the deferred steps carry
// on from Projected.
func checkFigures(t *rapid.T, p *plan.Plan, model *maturity.Compiled, profile egov.Profile) {
	r, err := model.Range(profile)
	var none *maturity.NoScoreError
	if errors.As(err, &none) {
		if p.Range != nil || p.Current != nil || p.Projected != nil || p.ProjectedRange != nil {
			t.Fatal("figures for a profile with nothing to score")
		}
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	if p.Range == nil || p.Current == nil || p.Projected == nil || p.ProjectedRange == nil {
		t.Fatalf("range %v, current %v, projected %v, projected range %v: one missing", p.Range, p.Current, p.Projected, p.ProjectedRange)
	}
	if p.Current.Exact.Cmp(r.Low.Exact()) != 0 || p.Range.High.Exact.Cmp(r.High.Exact()) != 0 {
		t.Fatalf("range %s…%s, the profile's is %s…%s", p.Range.Low.Exact.RatString(), p.Range.High.Exact.RatString(),
			r.Low.Exact().RatString(), r.High.Exact().RatString())
	}
	if p.Projected.Exact.Cmp(p.ProjectedRange.Low.Exact) != 0 {
		t.Fatal("projected is not the projected range's lower end")
	}
	rounding := model.Model().Rounding
	round := func(x *big.Rat) string {
		return exact.Round(x, rounding.Places, rounding.Mode == maturity.HalfEven).String()
	}
	sum := new(big.Rat)
	running, printed := p.Current.Exact, p.Current.Score.String()
	walk := func(s plan.Step) {
		gain := new(big.Rat)
		switch {
		case s.GainExact != nil:
			gain = s.GainExact
			if s.Gain.String() != round(gain) {
				t.Fatalf("%s: gain %s, its exact value %s rounds to %s", s.Action, s.Gain, gain.RatString(), round(gain))
			}
			if gain.Sign() < 0 {
				t.Fatalf("%s has a negative gain %s", s.Action, gain.RatString())
			}
		case s.GainAwaits == "":
			t.Fatalf("%s: no gain and nothing it waits for", s.Action)
		}
		if s.GainAwaits != "" {
			if _, known := profile.Measure(s.GainAwaits); known {
				t.Fatalf("%s waits for %s, which the profile records", s.Action, s.GainAwaits)
			}
		}
		want := new(big.Rat).Add(running, gain)
		if s.RunningExact == nil || s.RunningExact.Cmp(want) != 0 {
			t.Fatalf("%s: running %v, the one before plus its gain is %s", s.Action, s.RunningExact, want.RatString())
		}
		if s.Running.String() != round(s.RunningExact) {
			t.Fatalf("%s: running %s, its exact value rounds to %s", s.Action, s.Running, round(s.RunningExact))
		}
		sum.Add(sum, gain)
		running, printed = s.RunningExact, s.Running.String()
	}
	for _, s := range p.Steps {
		walk(s)
	}
	total := new(big.Rat).Sub(p.Projected.Exact, p.Current.Exact)
	if sum.Cmp(total) != 0 {
		t.Fatalf("the gains add up to %s, projected − current is %s", sum.RatString(), total.RatString())
	}
	if p.Projected.Exact.Cmp(running) != 0 || p.Projected.Score.String() != printed {
		t.Fatalf("projected %s (%s), the last step's running figure %s (%s)", p.Projected.Score, p.Projected.Exact.RatString(),
			printed, running.RatString())
	}
	if p.Projected.Exact.Cmp(p.Current.Exact) < 0 {
		t.Fatalf("projected lower end %s below the recorded one %s", p.Projected.Score, p.Current.Score)
	}
	for _, s := range p.Deferred {
		walk(s)
	}
}

func TestPlanFigures(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		req, p, ok := generatedFigures(t)
		if !ok {
			return
		}
		checkFigures(t, p, req.Model, req.Profile)
	})
}

// Replan measures on the same basis, from the later profile.
func TestReplanFigures(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		req, p, ok := generatedFigures(t)
		if !ok {
			return
		}
		later := gen.Profile(req.Playbook.Catalog()).Draw(t, "later profile")
		pr := followUp(p, later)
		q, err := plan.Replan(p, req.Model, pr)
		if err != nil {
			t.Fatal(err)
		}
		checkFigures(t, q, req.Model, pr.Profile)
	})
}

// Every step is there because an agreed priority or a finding asks for it,
// or another step needs it, or it gains something: a step only an
// indicator gap asks for gains.
func TestEveryStepIsAskedForOrGains(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		_, p, ok := generatedFigures(t)
		if !ok {
			return
		}
		for _, s := range append(slices.Clone(p.Steps), p.Deferred...) {
			asked := slices.ContainsFunc(s.Rationale.Reasons, func(r plan.Reason) bool {
				return r.Kind == plan.ReasonPriority || r.Kind == plan.ReasonFinding || r.Kind == plan.ReasonPrerequisite
			})
			if !asked && (s.GainExact == nil || s.GainExact.Sign() <= 0) {
				t.Fatalf("%s (%s) gains %v", s.Action, s.Rationale, s.GainExact)
			}
		}
	})
}
