package contracttest_test

import (
	"encoding/json"
	"maps"
	"slices"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/gen"
	"github.com/digitaldistrict/egovkit/maturity"
	"github.com/digitaldistrict/egovkit/plan"
)

// snap is a deep snapshot of a value: its JSON, which covers every field
// that matters and follows every pointer (decimals, big rationals).
func snap(t *rapid.T, v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("snapshot: %v", err)
	}
	return string(b)
}

// unchanged fails if any value's snapshot differs from before.
func unchanged(t *rapid.T, entry string, before []string, values ...any) {
	for i, v := range values {
		if after := snap(t, v); after != before[i] {
			t.Fatalf("%s changed its input %d:\nbefore %s\nafter  %s", entry, i, before[i], after)
		}
	}
}

func snaps(t *rapid.T, values ...any) []string {
	out := make([]string, len(values))
	for i, v := range values {
		out[i] = snap(t, v)
	}
	return out
}

func TestNoEntryPointChangesItsInput(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		services := gen.Services().Draw(t, "services")
		before := snaps(t, services)
		cat, err := egov.NewCatalog(services)
		if err != nil {
			t.Fatal(err)
		}
		unchanged(t, "NewCatalog", before, services)

		profile := gen.Profile(cat).Draw(t, "profile")
		visit := gen.Visit(cat).Draw(t, "visit")
		visit.Municipality = profile.Municipality
		before = snaps(t, profile, visit)
		_ = profile.Validate(cat)
		_ = visit.Validate(cat)
		_ = profile.WithStage("x", egov.StagePlanned)
		_ = visit.PrioritiesByRank()
		unchanged(t, "Validate", before, profile, visit)

		model := gen.Model().Draw(t, "model")
		before = snaps(t, model)
		c, err := maturity.Compile(model)
		if err != nil {
			t.Fatal(err)
		}
		unchanged(t, "Compile", before, model)

		values := gen.Values(model).Draw(t, "values")
		valuesCopy := maps.Clone(values)
		a, err := c.NewAssessment(values)
		if err != nil {
			t.Fatal(err)
		}
		if !maps.Equal(values, valuesCopy) {
			t.Fatal("NewAssessment changed its values")
		}
		before = snaps(t, a)
		r, scoreErr := c.Score(a)
		_, _ = c.Totals(a)
		_, _ = c.GainsIfMet(a)
		changes := gen.Values(model).Draw(t, "changes")
		changesCopy := maps.Clone(changes)
		_, _ = c.WhatIf(a, changes)
		_, _ = a.WithValues(changes)
		if !maps.Equal(changes, changesCopy) {
			t.Fatal("WhatIf changed its changes")
		}
		unchanged(t, "Score, Totals, GainsIfMet, WhatIf", before, a)
		if scoreErr == nil {
			before = snaps(t, r)
			_, _ = maturity.Compare(r, r)
			entries := []maturity.Entry{{Name: "b", Result: r}, {Name: "a", Result: r}}
			entriesCopy := slices.Clone(entries)
			_, _ = maturity.Rank(entries)
			if !slices.EqualFunc(entries, entriesCopy, func(x, y maturity.Entry) bool {
				return x.Name == y.Name && x.Result == y.Result && x.Range.Low.Cmp(y.Range.Low) == 0 && x.Range.High.Cmp(y.Range.High) == 0
			}) {
				t.Fatal("Rank reordered its entries")
			}
			unchanged(t, "Compare, Rank", before, r)
		}

		pb := gen.Playbook(cat).Draw(t, "playbook")
		before = snaps(t, pb)
		book, err := plan.CompilePlaybook(pb, cat)
		if err != nil {
			t.Fatal(err)
		}
		unchanged(t, "CompilePlaybook", before, pb)

		opts := gen.PlanOptions().Draw(t, "options")
		// A plan starts on or after its visit and profile.
		if opts.Start.Before(visit.Date) {
			visit.Date = opts.Start
		}
		if opts.Start.Before(profile.Date) {
			profile.Date = opts.Start
		}
		req := plan.Request{Playbook: book, Model: c, Profile: profile, Visit: visit, Options: opts}
		before = snaps(t, profile, visit, opts.TeamCapacity, book.Playbook())
		p, err := plan.Generate(req)
		unchanged(t, "Generate", before, profile, visit, opts.TeamCapacity, book.Playbook())
		if err != nil {
			// A playbook that raises a measure the generated model divides
			// by is refused; nothing is left to call.
			if strings.Contains(err.Error(), "divides by") {
				return
			}
			t.Fatal(err)
		}

		plans := []*plan.Plan{p}
		before = snaps(t, p)
		_, _ = plan.SchedulePortfolio(plans, plan.PortfolioOptions{Start: opts.Start, Horizon: opts.Horizon,
			TeamCapacity: opts.TeamCapacity})
		unchanged(t, "SchedulePortfolio", before, p)

		var done []plan.StepID
		for _, s := range p.Steps {
			if rapid.Bool().Draw(t, "done") {
				done = append(done, s.ID)
			}
		}
		later := profile.Clone()
		var steps []plan.StepProgress
		for _, s := range p.Steps {
			if rapid.Bool().Draw(t, "reported") {
				state := rapid.SampledFrom([]plan.Implementation{plan.NotImplemented, plan.ImplementedToALesserExtent,
					plan.ImplementedSubstantially}).Draw(t, "state")
				steps = append(steps, plan.StepProgress{Step: s.ID, State: state})
			}
		}
		regressed := []egov.ServiceKey{"pisarnica"}
		progress := plan.Progress{Profile: later, Done: done, Steps: steps, Regressed: regressed, From: opts.Start.AddDays(28)}
		before = snaps(t, p, later, done, steps, regressed)
		q, _ := plan.Replan(p, c, progress)
		unchanged(t, "Replan", before, p, later, done, steps, regressed)
		progress.Regressed = nil
		if r, err := plan.Replan(p, c, progress); err == nil {
			q = r
		}
		if q != nil {
			before = snaps(t, p, q)
			_, _ = plan.Diff(p, q)
			_ = q.StepsByWeek()
			unchanged(t, "Diff, StepsByWeek", before, p, q)
		}
		before = snaps(t, p, profile)
		for i := range p.Steps {
			_, _ = p.Steps[i].Apply(profile)
		}
		unchanged(t, "Step.Apply", before, p, profile)
		data, _ := json.Marshal(p)
		dataCopy := slices.Clone(data)
		_, _ = plan.DecodePlan(data)
		if !slices.Equal(data, dataCopy) {
			t.Fatal("DecodePlan changed its input")
		}
	})
}
