package hostile_test

import (
	"errors"
	"math"
	"slices"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/maturity"
	"github.com/digitaldistrict/egovkit/plan"
)

// hostilePlans are plans built by hand, each wrong in its own way (or, for
// the last ones, odd but valid), from a plan Generate made.
func hostilePlans(t *testing.T) (map[string]*plan.Plan, *maturity.Compiled, egov.Profile) {
	t.Helper()
	book, err := plan.CompileDefaultPlaybook()
	if err != nil {
		t.Fatal(err)
	}
	model := maturity.Default()
	day := egov.MustDate(2025, 11, 20)
	profile := egov.Profile{Municipality: "cacak", Date: day, Stages: map[egov.ServiceKey]egov.AdoptionStage{
		egov.ServicePisarnica: egov.StagePartlyInUse}}
	good, err := plan.Generate(plan.Request{Playbook: book, Model: model, Profile: profile,
		Visit: egov.Visit{Municipality: "cacak", Date: day, Priorities: []egov.Priority{
			{Rank: 1, Goal: egov.GoalIntroduce, Service: egov.ServiceEPecat},
			{Rank: 2, Goal: egov.GoalHostSecurely}}},
		Options: plan.Options{Start: day, Horizon: 5, TeamCapacity: decimal.NewFromInt(1),
			MunicipalityCapacity: decimal.NewFromInt(1)}})
	if err != nil {
		t.Fatal(err)
	}
	if len(good.Steps) < 3 || len(good.Deferred) == 0 {
		t.Fatalf("the hostile plans need 3 scheduled steps and a deferred one; got %d and %d",
			len(good.Steps), len(good.Deferred))
	}
	huge := decimal.New(1, math.MaxInt32)
	tiny := decimal.New(1, math.MinInt32)
	change := func(f func(p *plan.Plan)) *plan.Plan {
		p := *good
		p.Steps = slices.Clone(good.Steps)
		p.Deferred = slices.Clone(good.Deferred)
		for i := range p.Steps {
			p.Steps[i].DependsOn = slices.Clone(p.Steps[i].DependsOn)
		}
		for i := range p.Deferred {
			p.Deferred[i].DependsOn = slices.Clone(p.Deferred[i].DependsOn)
		}
		p.Assumptions = slices.Clone(good.Assumptions) //nolint:staticcheck // a plan may still hold them, and Replan checks them
		p.Priorities = slices.Clone(good.Priorities)
		f(&p)
		return &p
	}
	nowhere := egov.DeriveID[plan.Step]("nowhere")
	plans := map[string]*plan.Plan{
		"zero plan": {},
		"nil slices": change(func(p *plan.Plan) {
			p.Steps, p.Deferred, p.Priorities, p.Assumptions, p.Done, p.Load = nil, nil, nil, nil, nil, nil //nolint:staticcheck // as above
		}),
		"empty slices": change(func(p *plan.Plan) {
			p.Steps, p.Deferred, p.Priorities, p.Assumptions = []plan.Step{}, []plan.Step{}, []plan.PriorityStatus{}, []plan.Assumption{} //nolint:staticcheck // as above
		}),
		"zero steps":             change(func(p *plan.Plan) { p.Steps = make([]plan.Step, 3) }),
		"no owner":               change(func(p *plan.Plan) { p.Steps[0].Owner = 0 }),
		"owner out of range":     change(func(p *plan.Plan) { p.Deferred[0].Owner = 255 }),
		"kind out of range":      change(func(p *plan.Plan) { p.Steps[0].Kind = 255 }),
		"audience out of range":  change(func(p *plan.Plan) { p.Steps[0].Audience = 255 }),
		"negative effort":        change(func(p *plan.Plan) { p.Steps[1].Effort = decimal.NewFromInt(-3) }),
		"zero effort":            change(func(p *plan.Plan) { p.Steps[1].Effort = decimal.Decimal{} }),
		"huge effort":            change(func(p *plan.Plan) { p.Steps[1].Effort = huge }),
		"tiny effort":            change(func(p *plan.Plan) { p.Steps[1].Effort = tiny }),
		"effort above the limit": change(func(p *plan.Plan) { p.Steps[1].Effort = decimal.NewFromInt(plan.MaxEffort + 1) }),
		"effort beyond int64":    change(func(p *plan.Plan) { p.Steps[1].Effort = decimal.New(math.MaxInt64, 3) }),
		"unknown dependency": change(func(p *plan.Plan) {
			p.Steps[2].DependsOn = append(p.Steps[2].DependsOn, nowhere)
		}),
		"zero dependency": change(func(p *plan.Plan) {
			p.Steps[2].DependsOn = append(p.Steps[2].DependsOn, plan.StepID{})
		}),
		"duplicate IDs": change(func(p *plan.Plan) { p.Steps[1].ID = p.Steps[0].ID }),
		"deferred duplicates a scheduled step": change(func(p *plan.Plan) {
			p.Deferred = append(p.Deferred, p.Steps[0])
		}),
		"dependency on itself": change(func(p *plan.Plan) { p.Steps[0].DependsOn = []plan.StepID{p.Steps[0].ID} }),
		"cycle": change(func(p *plan.Plan) {
			p.Steps[0].DependsOn = []plan.StepID{p.Steps[2].ID}
			p.Steps[2].DependsOn = []plan.StepID{p.Steps[1].ID}
			p.Steps[1].DependsOn = []plan.StepID{p.Steps[0].ID}
		}),
		"cycle through a deferred step": change(func(p *plan.Plan) {
			p.Steps[0].DependsOn = append(p.Steps[0].DependsOn, p.Deferred[0].ID)
			p.Deferred[0].DependsOn = append(p.Deferred[0].DependsOn, p.Steps[0].ID)
		}),
		"effect out of range": change(func(p *plan.Plan) {
			p.Steps[0].Effect = plan.Effect{Stage: 255, Measure: "nope", AtLeast: huge}
		}),
		"measure effect beyond reason": change(func(p *plan.Plan) {
			p.Steps[0].Effect = plan.Effect{Measure: egov.MeasureRegisteredECitizens, AtLeast: huge}
		}),
		"service not a key":        change(func(p *plan.Plan) { p.Steps[0].Service = "\xff\x00" }),
		"no municipality":          change(func(p *plan.Plan) { p.Municipality = "" }),
		"no model":                 change(func(p *plan.Plan) { p.Model, p.ModelVersion = "", "" }),
		"options out of range":     change(func(p *plan.Plan) { p.Options = plan.Options{Horizon: math.MinInt, TeamCapacity: huge} }),
		"horizon beyond the limit": change(func(p *plan.Plan) { p.Options.Horizon = math.MaxInt }),
		"bad assumptions": change(func(p *plan.Plan) {
			p.Assumptions = []plan.Assumption{{}, {Service: "x", Measure: "y"}, {Service: "ddc", Stage: 255}, //nolint:staticcheck // as above
				{Measure: egov.MeasureStaff, Value: huge}, {Measure: egov.MeasureElectronicCaseShare, Value: decimal.NewFromInt(2)}}
		}),
		"bad priorities": change(func(p *plan.Plan) {
			p.Priorities = append(p.Priorities, plan.PriorityStatus{}, plan.PriorityStatus{Outcome: 255, Rank: math.MinInt, Goal: 255})
		}),
		// Odd but valid: a schedule's outputs are computed again.
		"weeks and dates out of range": change(func(p *plan.Plan) {
			p.Steps[0].StartWeek, p.Steps[0].EndWeek = math.MaxInt, math.MinInt
			p.Steps[1].Start, p.Steps[1].End = egov.Date{}, egov.MustDate(9999, 12, 31)
			p.Deferred[0].StartWeek = -1
		}),
		"classes and positions at the ends of int": change(func(p *plan.Plan) {
			p.Steps[0].Class, p.Steps[1].Class, p.Deferred[0].Class = math.MaxInt, math.MinInt, -1
			p.Steps[0].Position, p.Steps[1].Position, p.Deferred[0].Position = math.MinInt, math.MaxInt, math.MaxInt
		}),
		"gains out of range": change(func(p *plan.Plan) {
			p.Steps[0].Gain, p.Steps[0].GainExact = huge, nil
		}),
		"spent effort beyond reason": change(func(p *plan.Plan) {
			p.Steps[0].Spent, p.Steps[1].Spent, p.Steps[2].Spent = huge, tiny, decimal.NewFromInt(-1)
			p.Deferred[0].Spent = decimal.NewFromInt(plan.MaxEffort + 1)
		}),
		"needed below out of range": change(func(p *plan.Plan) {
			p.Steps[0].NeededBelow = 255
			p.Steps[1].Service, p.Steps[1].NeededBelow = "", egov.StagePiloting
		}),
		"profile of another municipality": change(func(p *plan.Plan) {
			p.Profile = egov.Profile{Municipality: "nis", Date: egov.MustDate(9999, 12, 31),
				Stages: map[egov.ServiceKey]egov.AdoptionStage{"\xff": 255}}
		}),
		// Odd but valid: Replan computes regressions again.
		"regressions out of range": change(func(p *plan.Plan) {
			p.Regressions = []plan.Regression{{}, {Service: "\xff", Was: 255, Now: 255}}
		}),
	}
	return plans, model, profile
}

// Replan and SchedulePortfolio, given hand-built hostile plans, return a
// *egov.ValidationError or a plan that keeps to its horizon, never panic.
func TestHandBuiltPlansNeverPanic(t *testing.T) {
	plans, model, profile := hostilePlans(t)
	later := profile.WithStage(egov.ServicePisarnica, egov.StageFullyInUse)
	from := egov.MustDate(2026, 2, 2)
	valid := []string{"nil slices", "empty slices", "weeks and dates out of range",
		"classes and positions at the ends of int", "gains out of range", "regressions out of range"}
	// A portfolio without a model reads only the plans' municipalities,
	// steps, priorities' ranks and options.
	validInPortfolio := append(slices.Clone(valid), "no model", "bad assumptions", "bad priorities",
		"profile of another municipality")
	check := func(what, name string, valid []string, err error) {
		t.Helper()
		var ve *egov.ValidationError
		switch {
		case slices.Contains(valid, name) && err != nil:
			t.Errorf("%s(%s): refused a valid plan: %v", what, name, err)
		case !slices.Contains(valid, name) && !errors.As(err, &ve):
			t.Errorf("%s(%s): got %v, want a *egov.ValidationError", what, name, err)
		case err != nil && len(egov.Problems(err)) == 0:
			t.Errorf("%s(%s): an error with no problems", what, name)
		}
	}
	for name, p := range plans {
		calm(t, "Replan("+name+")", func() {
			q, err := plan.Replan(p, model, plan.Progress{Profile: later, From: from})
			check("Replan", name, valid, err)
			if err == nil {
				for _, s := range q.Steps {
					if s.StartWeek < 1 || s.EndWeek < s.StartWeek || s.EndWeek > q.Options.Horizon {
						t.Errorf("Replan(%s): %s in weeks %d-%d", name, s.Action, s.StartWeek, s.EndWeek)
					}
				}
			}
			_, _ = plan.Replan(p, model, plan.Progress{})
			_, _ = plan.Replan(p, nil, plan.Progress{Profile: later, From: from, Done: []plan.StepID{{}}})
			var steps []plan.StepProgress
			for _, s := range p.Steps {
				for _, st := range []plan.Implementation{0, plan.ImplementedSubstantially, plan.ImplementedToALesserExtent, 255} {
					for _, spent := range []decimal.Decimal{{}, decimal.New(1, math.MaxInt32), decimal.New(1, math.MinInt32),
						decimal.NewFromInt(-1), decimal.New(1, -2)} {
						steps = append(steps, plan.StepProgress{Step: s.ID, State: st, Spent: spent})
					}
				}
			}
			_, _ = plan.Replan(p, model, plan.Progress{Profile: later, From: from, Steps: steps,
				Regressed: []egov.ServiceKey{"", "\xff", egov.ServicePisarnica, egov.ServicePisarnica}})
		})
		calm(t, "Diff, StepsByWeek, Apply and DecodePlan("+name+")", func() {
			_, _ = plan.Diff(p, p)
			_, _ = plan.Diff(plans["zero plan"], p)
			_ = p.StepsByWeek()
			for i := range p.Steps {
				_, _ = p.Steps[i].Apply(profile)
			}
			if data, err := p.MarshalJSON(); err == nil {
				_, _ = plan.DecodePlan(data)
			}
		})
		calm(t, "SchedulePortfolio("+name+")", func() {
			start := from
			if !p.Options.Start.IsZero() {
				start = p.Options.Start
			}
			pf, err := plan.SchedulePortfolio([]*plan.Plan{p}, plan.PortfolioOptions{Start: start, Horizon: 10,
				TeamCapacity: decimal.NewFromInt(1)})
			check("SchedulePortfolio", name, validInPortfolio, err)
			if err == nil {
				for _, a := range pf.Assignments {
					if a.StartWeek < 1 || a.EndWeek < a.StartWeek || a.EndWeek > 10 {
						t.Errorf("SchedulePortfolio(%s): %s in weeks %d-%d", name, a.Action, a.StartWeek, a.EndWeek)
					}
				}
			}
			_, _ = plan.SchedulePortfolio([]*plan.Plan{p, p, nil}, plan.PortfolioOptions{})
			_, _ = plan.SchedulePortfolio([]*plan.Plan{p}, plan.PortfolioOptions{Start: start, Horizon: 10,
				TeamCapacity: decimal.NewFromInt(1), Model: model, MaxTeamShare: decimal.New(1, -1)})
		})
	}
}
