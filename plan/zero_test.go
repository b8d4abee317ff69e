package plan_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/maturity"
	"github.com/digitaldistrict/egovkit/plan"
)

// Every method of every exported type, called on the zero value (and on a
// nil pointer for pointer receivers), returns the answer its documentation
// gives, and never panics.
func TestZeroValues(t *testing.T) {
	var (
		nilPlan      *plan.Plan
		nilPortfolio *plan.Portfolio
		nilBook      *plan.CompiledPlaybook
	)
	zeroEfforts := func(kinds bool) []plan.EffortTotal {
		var out []plan.EffortTotal
		if kinds {
			for _, k := range plan.ActionKinds() {
				out = append(out, plan.EffortTotal{Kind: k})
			}
			return out
		}
		for _, o := range []plan.Owner{plan.OwnerTeam, plan.OwnerMunicipality, plan.OwnerPartner} {
			out = append(out, plan.EffortTotal{Owner: o})
		}
		return out
	}
	jsonOf := func(v json.Marshaler) func() any {
		return func() any {
			data, err := v.MarshalJSON()
			if err != nil {
				return err.Error()
			}
			return string(data)
		}
	}
	tests := []struct {
		name string
		call func() any
		want any
	}{
		{"Plan{}.Unserved", func() any { return (&plan.Plan{}).Unserved() }, []plan.PriorityStatus(nil)},
		{"nil Plan.Unserved", func() any { return nilPlan.Unserved() }, []plan.PriorityStatus(nil)},
		{"Plan{}.EffortByKind", func() any { return (&plan.Plan{}).EffortByKind() }, zeroEfforts(true)},
		{"nil Plan.EffortByKind", func() any { return nilPlan.EffortByKind() }, zeroEfforts(true)},
		{"Plan{}.EffortByOwner", func() any { return (&plan.Plan{}).EffortByOwner() }, zeroEfforts(false)},
		{"nil Plan.EffortByOwner", func() any { return nilPlan.EffortByOwner() }, zeroEfforts(false)},
		{"Plan{}.Weeks", func() any { return (&plan.Plan{}).Weeks() }, 0},
		{"nil Plan.Weeks", func() any { return nilPlan.Weeks() }, 0},
		{"Plan{}.MarshalJSON", jsonOf(&plan.Plan{}), `{"format":"egovkit.plan/1","municipality":"","visit":"00000000-0000-0000-0000-000000000000",` +
			`"model":"","model_version":"","playbook":"","playbook_version":"","options":{"start":"","horizon":0,` +
			`"team_capacity":"0","municipality_capacity":"0","partner_capacity":"0"},"steps":[],"priorities":[],` +
			`"effort_by_kind":[{"kind":"materials","effort":"0"},{"kind":"training","effort":"0"},` +
			`{"kind":"technical-support","effort":"0"},{"kind":"promotion","effort":"0"}],"effort_by_owner":` +
			`[{"owner":"programme-team","effort":"0"},{"owner":"municipality","effort":"0"},{"owner":"partner","effort":"0"}],"load":[]}`},
		{"nil Plan.MarshalJSON", jsonOf(nilPlan), "null"},
		{"Portfolio{}.TeamLoad", func() any { return (&plan.Portfolio{}).TeamLoad() }, []decimal.Decimal{}},
		{"nil Portfolio.TeamLoad", func() any { return nilPortfolio.TeamLoad() }, []decimal.Decimal(nil)},
		{"Portfolio{}.MarshalJSON", jsonOf(&plan.Portfolio{}), `{"format":"egovkit.portfolio/1","options":{"start":"",` +
			`"horizon":0,"team_capacity":"0","partner_capacity":"0"},"municipalities":[],"plans":[],"assignments":[],"load":[]}`},
		{"Portfolio{}.Shortfalls", func() any { return (&plan.Portfolio{}).Shortfalls() }, []plan.Shortfall(nil)},
		{"nil Portfolio.Shortfalls", func() any { return nilPortfolio.Shortfalls() }, []plan.Shortfall(nil)},
		{"nil Portfolio.MarshalJSON", jsonOf(nilPortfolio), "null"},
		{"TeamLoad of a negative horizon", func() any {
			return (&plan.Portfolio{Options: plan.PortfolioOptions{Horizon: -1}}).TeamLoad()
		}, []decimal.Decimal{}},
		{"TeamLoad of a huge horizon", func() any {
			return len((&plan.Portfolio{Options: plan.PortfolioOptions{Horizon: math.MaxInt}}).TeamLoad())
		}, plan.MaxHorizon},
		{"TeamLoad of weeks out of range", func() any {
			return (&plan.Portfolio{Options: plan.PortfolioOptions{Horizon: 1}, Load: []plan.WeekLoad{
				{Week: 0, Owner: plan.OwnerTeam, PersonDays: decimal.NewFromInt(1)},
				{Week: 2, Owner: plan.OwnerTeam, PersonDays: decimal.NewFromInt(1)},
				{Week: 1, Owner: plan.OwnerTeam, PersonDays: decimal.NewFromInt(2)}}}).TeamLoad()
		}, []decimal.Decimal{decimal.NewFromInt(0).Add(decimal.NewFromInt(2))}},
		{"EffortByKind of efforts beyond 30 digits", func() any {
			return (&plan.Plan{Steps: []plan.Step{{Kind: plan.KindMaterials, Effort: decimal.New(1, math.MaxInt32)},
				{Kind: plan.KindMaterials, Effort: decimal.New(1, math.MinInt32)},
				{Kind: plan.KindMaterials, Effort: decimal.NewFromInt(2)}}}).EffortByKind()[0].Effort.String()
		}, "2"},
		{"Playbook{}.Clone", func() any { return plan.Playbook{}.Clone() }, plan.Playbook{}},
		{"Playbook{}.MarshalJSON", jsonOf(plan.Playbook{}), `{"format":"egovkit.playbook/1","id":"","version":"","actions":[]}`},
		{"CompiledPlaybook{}.Playbook", func() any { return (&plan.CompiledPlaybook{}).Playbook() }, plan.Playbook{}},
		{"nil CompiledPlaybook.Playbook", func() any { return nilBook.Playbook() }, plan.Playbook{}},
		{"CompiledPlaybook{}.Catalog", func() any { return (&plan.CompiledPlaybook{}).Catalog() }, (*egov.Catalog)(nil)},
		{"nil CompiledPlaybook.Catalog", func() any { return nilBook.Catalog() }, (*egov.Catalog)(nil)},
		{"CompiledPlaybook{}.Prerequisites", func() any { return fmt.Sprint((&plan.CompiledPlaybook{}).Prerequisites("a")) }, "[] false"},
		{"nil CompiledPlaybook.Prerequisites", func() any { return fmt.Sprint(nilBook.Prerequisites("a")) }, "[] false"},
		{"Effect{}.IsZero", func() any { return plan.Effect{}.IsZero() }, true},
		{"Assumption{}.String", func() any { return plan.Assumption{}.String() }, "no assumption"},
		{"Reason{}.String", func() any { return plan.Reason{}.String() }, "no reason given"},
		{"Rationale{}.String", func() any { return plan.Rationale{}.String() }, ""},
		{"Request{}.MarshalJSON", jsonOf(plan.Request{}), `{"format":"egovkit.plan-request/1","profile":` +
			`{"format":"egovkit.profile/1","municipality":"","date":""},"visit":{"format":"egovkit.visit/1",` +
			`"municipality":"","date":""},"options":{"start":"","horizon":0,"team_capacity":"0",` +
			`"municipality_capacity":"0","partner_capacity":"0"}}`},
		{"ActionKind(0).String", func() any { return plan.ActionKind(0).String() }, "unspecified"},
		{"ActionKind(0).IsValid", func() any { return plan.ActionKind(0).IsValid() }, false},
		{"Owner(0).String", func() any { return plan.Owner(0).String() }, "unspecified"},
		{"Owner(0).IsValid", func() any { return plan.Owner(0).IsValid() }, false},
		{"Trainees(0).String", func() any { return plan.Trainees(0).String() }, "none"},
		{"ReasonKind(0).String", func() any { return plan.ReasonKind(0).String() }, "unspecified"},
		{"ReasonKind(0).IsValid", func() any { return plan.ReasonKind(0).IsValid() }, false},
		{"Outcome(0).String", func() any { return plan.Outcome(0).String() }, "unspecified"},
		{"Outcome(0).IsValid", func() any { return plan.Outcome(0).IsValid() }, false},
		{"Implementation(0).String", func() any { return plan.Implementation(0).String() }, "unspecified"},
		{"Implementation(0).IsValid", func() any { return plan.Implementation(0).IsValid() }, false},
		{"Implementation(0).MarshalText", func() any { b, err := plan.Implementation(0).MarshalText(); return fmt.Sprintln(string(b), err) },
			"unspecified <nil>\n"},
		{"Regression{}.String", func() any { return plan.Regression{}.String() }, "no regression"},
		{"Difference{}.IsZero", func() any { return plan.Difference{}.IsZero() }, true},
		{"Difference{}.String", func() any { return plan.Difference{}.String() }, "no change"},
		{"Plan{}.StepsByWeek", func() any { return (&plan.Plan{}).StepsByWeek() }, []plan.WeekSteps(nil)},
		{"nil Plan.StepsByWeek", func() any { return nilPlan.StepsByWeek() }, []plan.WeekSteps(nil)},
		{"Playbook{}.Label", func() any { return plan.Playbook{}.Label(egov.SerbianLatin) }, ""},
		{"Action{}.Label", func() any { return plan.Action{}.Label(egov.SerbianCyrillic) }, ""},
		{"Step{}.Label", func() any { return (&plan.Step{}).Label(egov.English) }, egov.ID[plan.Step]{}.String()},
		{"nil Step.Label", func() any { return (*plan.Step)(nil).Label(egov.English) }, ""},
		{"Score{}.BandLabel", func() any { return plan.Score{}.BandLabel(egov.SerbianLatin) }, ""},
		{"Score{}.LevelLabel", func() any { return plan.Score{}.LevelLabel(egov.SerbianLatin) }, ""},
		{"Score{}.ScoreText", func() any { return plan.Score{}.ScoreText(egov.SerbianLatin) }, "0"},
		{"Score{}.CoverageText", func() any { return plan.Score{}.CoverageText(egov.English) }, "0.00"},
		{"PriorityStatus{}.ReasonText", func() any { return plan.PriorityStatus{}.ReasonText(egov.SerbianLatin) }, ""},
		{"Assignment{}.ReasonText", func() any { return plan.Assignment{}.ReasonText(egov.SerbianLatin) }, ""},
		{"PriorityReason{}.IsZero", func() any { return plan.PriorityReason{}.IsZero() }, true},
		{"Unfit{}.IsZero", func() any { return plan.Unfit{}.IsZero() }, true},
		{"PriorityReasonKind(0).String", func() any { return plan.PriorityReasonKind(0).String() }, "unspecified"},
		{"PriorityReasonKind(0).IsValid", func() any { return plan.PriorityReasonKind(0).IsValid() }, false},
		{"UnfitKind(0).String", func() any { return plan.UnfitKind(0).String() }, "unspecified"},
		{"UnfitKind(0).IsValid", func() any { return plan.UnfitKind(0).IsValid() }, false},
		{"Words{}.Reason", func() any { return plan.Words{}.Reason(plan.Reason{}) }, "no reason given"},
		{"Words{}.Rationale", func() any { return plan.Words{}.Rationale(plan.Rationale{}) }, ""},
		{"Words{}.Regression", func() any { return plan.Words{}.Regression(plan.Regression{}) }, "no regression"},
		{"Words{}.Assumption", func() any { return plan.Words{}.Assumption(plan.Assumption{}) }, "no assumption"},
		{"Words{}.PriorityReason", func() any { return plan.Words{}.PriorityReason(plan.PriorityStatus{}) }, ""},
		{"Words{}.Unfit", func() any { return plan.Words{}.Unfit(plan.Unfit{}) }, ""},
		{"Words{}.Difference", func() any { return plan.Words{}.Difference(plan.Difference{}) }, "no change"},
		{"Plan{}.Words", func() any { return (&plan.Plan{}).Words(egov.SerbianLatin, nil, nil) }, plan.Words{Language: egov.SerbianLatin}},
		{"Portfolio{}.Words", func() any { return (&plan.Portfolio{}).Words(egov.English, nil, nil) }, plan.Words{}},
		{"Regression{}.Text", func() any { return plan.Regression{}.Text(egov.SerbianCyrillic) }, "нема назадовања"},
		{"Difference{}.Text", func() any { return plan.Difference{}.Text(egov.SerbianLatin) }, "nema promena"},
		{"Step{}.Apply", func() any {
			a, err := (&plan.Step{}).Apply(egov.Profile{Municipality: "x", Date: egov.MustDate(2025, 1, 1)})
			return fmt.Sprint(a.Changed, a.Awaits == "", err)
		}, "false true <nil>"},
	}
	for _, c := range tests {
		t.Run(c.name, func(t *testing.T) {
			defer func() {
				if r := recover(); r != nil {
					t.Fatalf("panicked: %v", r)
				}
			}()
			if got := c.call(); !reflect.DeepEqual(got, c.want) {
				t.Errorf("got %#v\nwant %#v", got, c.want)
			}
		})
	}
}

// The entry points refuse zero values of their inputs with an error, never
// a panic: an empty request, a playbook that was never compiled, empty
// options, an empty plan.
func TestZeroInputsAreRefused(t *testing.T) {
	req := cacakRequest(t)
	calls := map[string]func() error{
		"Generate(Request{})": func() error { _, err := plan.Generate(plan.Request{}); return err },
		"Generate with CompiledPlaybook{}": func() error {
			r := req
			r.Playbook = &plan.CompiledPlaybook{}
			_, err := plan.Generate(r)
			return err
		},
		"Generate with Options{}": func() error {
			r := req
			r.Options = plan.Options{}
			_, err := plan.Generate(r)
			return err
		},
		"DecodeRequest with CompiledPlaybook{}": func() error {
			data, _ := json.Marshal(req)
			_, err := plan.DecodeRequest(data, &plan.CompiledPlaybook{}, req.Model)
			return err
		},
		"CompilePlaybook(Playbook{})": func() error {
			_, err := plan.CompilePlaybook(plan.Playbook{}, egov.SerbianCatalog())
			return err
		},
		"Generate with maturity.Compiled{}": func() error {
			r := req
			r.Model = &maturity.Compiled{}
			_, err := plan.Generate(r)
			return err
		},
		"Replan with maturity.Compiled{}": func() error {
			p, _ := plan.Generate(req)
			_, err := plan.Replan(p, &maturity.Compiled{}, plan.Progress{Profile: req.Profile, From: req.Options.Start})
			return err
		},
		"Replan(Plan{})": func() error {
			_, err := plan.Replan(&plan.Plan{}, maturity.Default(), plan.Progress{})
			return err
		},
		"Replan with Progress{}": func() error {
			p, _ := plan.Generate(req)
			_, err := plan.Replan(p, req.Model, plan.Progress{})
			return err
		},
		"Replan with StepProgress{}": func() error {
			p, _ := plan.Generate(req)
			_, err := plan.Replan(p, req.Model, plan.Progress{Profile: req.Profile, From: req.Options.Start,
				Steps: []plan.StepProgress{{}}})
			return err
		},
		"DecodePlan of an empty document": func() error {
			_, err := plan.DecodePlan([]byte(`{}`))
			return err
		},
		"Diff(nil, Plan{})": func() error {
			_, err := plan.Diff(nil, &plan.Plan{})
			return err
		},
		"Apply on a nil Step": func() error {
			var s *plan.Step
			_, err := s.Apply(egov.Profile{})
			return err
		},
		"SchedulePortfolio(Plan{})": func() error {
			_, err := plan.SchedulePortfolio([]*plan.Plan{{}}, plan.PortfolioOptions{})
			return err
		},
		"SchedulePortfolio with PortfolioOptions{}": func() error {
			p, _ := plan.Generate(req)
			_, err := plan.SchedulePortfolio([]*plan.Plan{p}, plan.PortfolioOptions{})
			return err
		},
	}
	for name, call := range calls {
		t.Run(name, func(t *testing.T) {
			defer func() {
				if r := recover(); r != nil {
					t.Fatalf("panicked: %v", r)
				}
			}()
			err := call()
			var ve *egov.ValidationError
			if !errors.As(err, &ve) || len(ve.Problems) == 0 {
				t.Fatalf("got %v, want a *egov.ValidationError", err)
			}
			for _, p := range ve.Problems {
				if p.Reason == "" || strings.Contains(p.Error(), "  ") || strings.TrimSpace(p.Reason) != p.Reason {
					t.Errorf("a problem with an empty slot: %q", p.Error())
				}
			}
		})
	}
}
