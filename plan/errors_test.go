package plan_test

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/maturity"
	"github.com/digitaldistrict/egovkit/plan"
)

// An error about a wrong model names both the model the plan was made with
// and the one given; a plan that names no model says so at its own path.
func TestReplanNamesBothModels(t *testing.T) {
	req := cacakRequest(t)
	p, err := plan.Generate(req)
	if err != nil {
		t.Fatal(err)
	}
	other := maturity.MustCompile(func() maturity.Model { m := maturity.LSGModel(); m.Version = "2.0.0"; return m }())
	pr := plan.Progress{Profile: req.Profile, From: req.Options.Start}
	_, err = plan.Replan(p, other, pr)
	want := []string{"model: the plan was made with lsg-dmi 1.1.0, not lsg-dmi 2.0.0"}
	if got := problemTexts(err); !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	q := clonePlan(p)
	q.Model, q.ModelVersion = "", ""
	_, err = plan.Replan(q, other, pr)
	want = []string{"plan.model: missing model ID (the model given is lsg-dmi 2.0.0)",
		"plan.model_version: missing model version"}
	if got := problemTexts(err); !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// DecodeRequest reports the problems of the options with those of the
// profile and the visit, all at once.
func TestDecodeRequestReportsEveryProblemAtOnce(t *testing.T) {
	req := cacakRequest(t)
	data, err := json.Marshal(req)
	if err != nil {
		t.Fatal(err)
	}
	bad := strings.Replace(string(data), `"horizon":40`, `"horizon":0`, 1)
	bad = strings.Replace(bad, `"rank":1`, `"rank":-1`, 1)
	bad = strings.Replace(bad, `"team_capacity":"3"`, `"team_capacity":"x"`, 1)
	bad = strings.Replace(bad, `"municipality_capacity":"2"`, `"municipality_capacity":"-2"`, 1)
	_, err = plan.DecodeRequest([]byte(bad), req.Playbook, req.Model)
	want := []string{
		"visit.priorities[0].rank: rank -1 is not positive",
		`options.team_capacity: "x" is not a plain decimal number`,
		"options.horizon: horizon 0 weeks is not positive",
		"options.municipality_capacity: capacity -2 is not positive",
	}
	if got := problemTexts(err); !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	_, err = plan.DecodeRequest(data, nil, nil)
	want = []string{"playbook: missing playbook", "model: missing maturity model"}
	if got := problemTexts(err); !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// A key that is not one is refused with the key it folds to, when there is
// one.
func TestKeyErrorsSuggestTheFix(t *testing.T) {
	opts := plan.PortfolioOptions{Start: egov.MustDate(2026, 1, 5), Horizon: 10, TeamCapacity: pd("1")}
	capacity := plan.Options{MunicipalityCapacity: pd("1")}
	_, err := plan.SchedulePortfolio([]*plan.Plan{{Municipality: "Veliko Gradište", Options: capacity},
		{Municipality: "!!", Options: capacity}}, opts)
	want := []string{
		`plans[0].municipality: municipality key "Veliko Gradište" is not lower-case ASCII words joined by hyphens (did you mean "veliko-gradiste"?)`,
		`plans[1].municipality: municipality key "!!" is not lower-case ASCII words joined by hyphens`,
	}
	if got := problemTexts(err); !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// A horizon that runs past the last day a Date holds is refused: its weeks
// would all end on 9999-12-31.
func TestHorizonEndsWithinTheCalendar(t *testing.T) {
	req := cacakRequest(t)
	req.Options.Start = egov.MustDate(9999, 6, 1)
	req.Options.Horizon = 40
	_, err := plan.Generate(req)
	want := []string{"options.horizon: week 31 of 40 ends after 9999-12-31, the last day a date can hold"}
	if got := problemTexts(err); !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	req.Options.Horizon = 30 // ends on 9999-12-27
	if _, err := plan.Generate(req); err != nil {
		t.Error(err)
	}
	_, err = plan.SchedulePortfolio(nil, plan.PortfolioOptions{Start: egov.MustDate(9999, 12, 31), Horizon: 1,
		TeamCapacity: pd("1")})
	want = []string{"options.horizon: week 1 of 1 ends after 9999-12-31, the last day a date can hold"}
	if got := problemTexts(err); !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// A portfolio schedules at most MaxPortfolioPlans plans: its weekly load
// is kept per week, municipality and owner, so more would cost memory out
// of all proportion to the plans given.
func TestPortfolioPlanLimit(t *testing.T) {
	plans := make([]*plan.Plan, plan.MaxPortfolioPlans+1)
	_, err := plan.SchedulePortfolio(plans, plan.PortfolioOptions{Start: egov.MustDate(2026, 1, 5), Horizon: 10,
		TeamCapacity: pd("1")})
	var le *egov.LimitError
	if !errors.As(err, &le) || le.What != "plans" || le.Found != plan.MaxPortfolioPlans+1 || len(egov.Problems(err)) != 1 {
		t.Errorf("got %v", err)
	}
}

// Replan reports every problem at once, even with no plan, and a missing
// date to re-plan from once.
func TestReplanReportsEverythingAtOnce(t *testing.T) {
	_, err := plan.Replan(nil, nil, plan.Progress{})
	want := []string{
		"plan: missing plan",
		"model: missing maturity model",
		"profile.municipality: missing municipality",
		"profile.date: missing date",
		"from: missing date to re-plan from",
	}
	if got := problemTexts(err); !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	req := cacakRequest(t)
	p, err := plan.Generate(req)
	if err != nil {
		t.Fatal(err)
	}
	q := clonePlan(p)
	q.Options.Start = egov.Date{}
	_, err = plan.Replan(q, req.Model, plan.Progress{Profile: req.Profile})
	want = []string{"from: missing date to re-plan from"}
	if got := problemTexts(err); !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// Without a catalogue, CompilePlaybook still reports the playbook's own
// problems with the missing catalogue.
func TestCompilePlaybookWithoutCatalogReportsTheRest(t *testing.T) {
	_, err := plan.CompilePlaybook(plan.Playbook{ID: "Bad", Actions: []plan.Action{{Key: "a", Service: "Pisarnica",
		Kind: plan.KindTraining, Owner: plan.OwnerTeam, Effort: pd("1")}}}, nil)
	want := []string{
		"no catalogue to compile the playbook with",
		`id: playbook ID "Bad" is not lower-case ASCII words joined by hyphens (did you mean "bad"?)`,
		"version: missing version",
		`actions[0].service: service key "Pisarnica" is not lower-case ASCII words joined by hyphens (did you mean "pisarnica"?)`,
	}
	if got := problemTexts(err); !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
