package plan_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"slices"
	"testing"

	"github.com/shopspring/decimal"
	"pgregory.net/rapid"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/gen"
	"github.com/digitaldistrict/egovkit/maturity"
	"github.com/digitaldistrict/egovkit/plan"
)

// request draws a valid request: a generated catalogue and playbook (or the
// built-in ones), a profile and a visit of the same municipality, options.
func request(t *rapid.T) plan.Request {
	var cat *egov.Catalog
	var pb plan.Playbook
	if rapid.Bool().Draw(t, "built-in") {
		cat, pb = egov.SerbianCatalog(), plan.DefaultPlaybook()
	} else {
		cat = gen.Catalog().Draw(t, "catalogue")
		pb = gen.Playbook(cat).Draw(t, "playbook")
	}
	cpb, err := plan.CompilePlaybook(pb, cat)
	if err != nil {
		t.Fatalf("generated playbook invalid: %v", err)
	}
	profile := gen.Profile(cat).Draw(t, "profile")
	visit := gen.Visit(cat).Draw(t, "visit")
	visit.Municipality = profile.Municipality
	return plan.Request{Playbook: cpb, Model: stageModel(cat), Profile: profile, Visit: visit,
		Options: gen.PlanOptions().Draw(t, "options")}
}

// stageModel is a maturity model with one stage indicator per service of
// the catalogue (the default model for the Serbian one).
func stageModel(cat *egov.Catalog) *maturity.Compiled {
	if cat.Has(egov.ServiceServiceGenerator) && cat.Len() == egov.SerbianCatalog().Len() {
		return maturity.Default()
	}
	d := decimal.RequireFromString
	m := maturity.Model{ID: "stages", Version: "1", Scale: maturity.Scale{Min: d("0"), Max: d("100")},
		Bands: []maturity.Band{{Key: "all", From: d("0"), To: d("100")}}, Rounding: maturity.Rounding{Places: 2}}
	dim := maturity.Dimension{Key: "services", Weight: d("1")}
	for _, k := range cat.Keys() {
		dim.Indicators = append(dim.Indicators, maturity.Indicator{Key: string(k), Weight: d("1"),
			Rule: maturity.StageRule(k, d("0"), d("0.1"), d("0.3"), d("0.6"), d("1"))})
	}
	if len(dim.Indicators) == 0 {
		dim.Indicators = []maturity.Indicator{{Key: "none", Weight: d("1")}}
	}
	m.Dimensions = []maturity.Dimension{dim}
	return maturity.MustCompile(m)
}

func generated(t *rapid.T) (plan.Request, *plan.Plan) {
	req := request(t)
	p, err := plan.Generate(req)
	if err != nil {
		t.Fatal(err)
	}
	return req, p
}

func TestDependenciesEndBeforeDependentsStart(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		_, p := generated(t)
		ends := map[plan.StepID]int{}
		for _, s := range p.Steps {
			ends[s.ID] = s.EndWeek
		}
		for _, s := range p.Steps {
			if s.StartWeek < 1 || s.EndWeek < s.StartWeek || s.EndWeek > p.Options.Horizon {
				t.Fatalf("%s: weeks %d-%d outside 1…%d", s.Action, s.StartWeek, s.EndWeek, p.Options.Horizon)
			}
			for _, d := range s.DependsOn {
				end, ok := ends[d]
				if !ok {
					t.Fatalf("%s is scheduled but a step it needs is not", s.Action)
				}
				if end >= s.StartWeek {
					t.Fatalf("%s starts in week %d, a step it needs ends in week %d", s.Action, s.StartWeek, end)
				}
			}
		}
	})
}

func TestNoWeekExceedsCapacity(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		req, p := generated(t)
		caps := map[plan.Owner]decimal.Decimal{plan.OwnerTeam: req.Options.TeamCapacity,
			plan.OwnerMunicipality: req.Options.MunicipalityCapacity, plan.OwnerPartner: req.Options.PartnerCapacity}
		total := decimal.Decimal{}
		for _, l := range p.Load {
			if c := caps[l.Owner]; !c.IsZero() && l.PersonDays.GreaterThan(c) {
				t.Fatalf("week %d: %s has %s person-days, capacity %s", l.Week, l.Owner, l.PersonDays, c)
			}
			total = total.Add(l.PersonDays)
		}
		effort := decimal.Decimal{}
		for _, s := range p.Steps {
			effort = effort.Add(s.Effort)
		}
		if total.Cmp(effort) != 0 {
			t.Fatalf("weekly loads add to %s, scheduled effort is %s", total, effort)
		}
	})
}

func TestEveryStepTracesBack(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		_, p := generated(t)
		for _, s := range append(slices.Clone(p.Steps), p.Deferred...) {
			if len(s.Rationale.Reasons) == 0 || s.Rationale.String() == "" {
				t.Fatalf("%s has no reason", s.Action)
			}
		}
	})
}

func TestNoWorkOnServicesFullyInUseUnlessAsked(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		req, p := generated(t)
		for _, s := range append(slices.Clone(p.Steps), p.Deferred...) {
			if s.Service == "" || req.Profile.Stage(s.Service) != egov.StageFullyInUse {
				continue
			}
			asked := slices.ContainsFunc(req.Visit.Priorities, func(pr egov.Priority) bool {
				return pr.Service == s.Service &&
					(pr.Goal == egov.GoalTrain && s.Kind == plan.KindTraining ||
						pr.Goal == egov.GoalExpandUse && s.Kind == plan.KindTraining ||
						pr.Goal == egov.GoalPromote && s.Kind == plan.KindPromotion)
			})
			if !asked {
				t.Fatalf("%s works on %s, fully in use, and no priority asks for it", s.Action, s.Service)
			}
		}
	})
}

func TestProjectedScore(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		req, p := generated(t)
		profile := req.Profile
		for _, a := range p.Assumptions {
			if a.Service != "" {
				profile = profile.WithStage(a.Service, a.Stage)
			} else {
				profile = profile.WithMeasure(a.Measure, a.Value)
			}
		}
		for _, s := range p.Steps {
			if s.Effect.Stage != egov.StageUnknown && profile.Stage(s.Service) < s.Effect.Stage {
				profile = profile.WithStage(s.Service, s.Effect.Stage)
			}
			if m := s.Effect.Measure; m != "" {
				if v, ok := profile.Measure(m); !ok || v.LessThan(s.Effect.AtLeast) {
					profile = profile.WithMeasure(m, s.Effect.AtLeast)
				}
			}
		}
		tot, err := req.Model.Totals(req.Model.Assess(profile))
		var none *maturity.NoScoreError
		if errors.As(err, &none) {
			if p.Projected != nil {
				t.Fatal("projected score without anything known")
			}
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		if p.Projected == nil || p.Projected.Exact.Cmp(tot.Exact()) != 0 {
			t.Fatalf("projected %v, scoring every step applied gives %s", p.Projected, tot.Exact().RatString())
		}
		if p.Current != nil && p.Projected.Exact.Cmp(p.Current.Exact) < 0 {
			t.Fatalf("projected %s below current %s", p.Projected.Score, p.Current.Score)
		}
		for _, s := range p.Steps {
			if s.GainExact != nil && s.GainExact.Sign() < 0 {
				t.Fatalf("%s has a negative gain %s", s.Action, s.GainExact.RatString())
			}
		}
	})
}

func TestSameInputSameJSON(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		req := request(t)
		a, err := plan.Generate(req)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := plan.Generate(req)
		ja, _ := json.Marshal(a)
		jb, _ := json.Marshal(b)
		if !bytes.Equal(ja, jb) {
			t.Fatalf("two plans from one request differ:\n%s\n%s", ja, jb)
		}
	})
}

func TestEveryPriorityIsServedOrExplained(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		req, p := generated(t)
		if len(p.Priorities) != len(req.Visit.Priorities) {
			t.Fatalf("%d priorities in the plan, %d agreed", len(p.Priorities), len(req.Visit.Priorities))
		}
		for _, st := range p.Priorities {
			switch {
			case st.Outcome == plan.OutcomeServed && len(st.Steps) == 0:
				t.Fatalf("priority %d served by no step", st.Rank)
			case st.Outcome != plan.OutcomeServed && st.Reason == "":
				t.Fatalf("priority %d %s without a reason", st.Rank, st.Outcome)
			}
		}
		if len(p.Unserved()) != len(slices.DeleteFunc(slices.Clone(p.Priorities), func(s plan.PriorityStatus) bool {
			return s.Outcome == plan.OutcomeServed
		})) {
			t.Fatal("Unserved disagrees with the outcomes")
		}
	})
}

func TestGenerateDoesNotChangeItsInput(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		req := request(t)
		visit, profile, book := req.Visit.Clone(), req.Profile.Clone(), req.Playbook.Playbook()
		if _, err := plan.Generate(req); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(visit, req.Visit) || !reflect.DeepEqual(profile, req.Profile) ||
			!reflect.DeepEqual(book, req.Playbook.Playbook()) {
			t.Fatal("Generate changed its input")
		}
	})
}

func TestSchedulerMatchesReference(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(1, 3).Draw(t, "municipalities")
		var plans []*plan.Plan
		for i := range n {
			req := request(t)
			req.Visit.Municipality = string(rune('a'+i)) + "-town"
			req.Profile.Municipality = req.Visit.Municipality
			p, err := plan.Generate(req)
			if err != nil {
				t.Fatal(err)
			}
			plans = append(plans, p)
		}
		o := gen.PlanOptions().Draw(t, "portfolio options")
		opts := plan.PortfolioOptions{Start: o.Start, Horizon: o.Horizon, TeamCapacity: o.TeamCapacity, PartnerCapacity: o.PartnerCapacity}
		pf, err := plan.SchedulePortfolio(plans, opts)
		if err != nil {
			t.Fatal(err)
		}
		want := refSchedule(plans, opts)
		got := map[plan.StepID]refPlacement{}
		for _, a := range pf.Assignments {
			got[a.Step] = refPlacement{a.StartWeek, a.EndWeek}
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("portfolio schedule differs from the reference:\n got %v\nwant %v", got, want)
		}
		// Each plan alone: Generate's own schedule is the reference's too.
		for _, p := range plans {
			alone := refSchedule([]*plan.Plan{p}, plan.PortfolioOptions{Start: p.Options.Start, Horizon: p.Options.Horizon,
				TeamCapacity: p.Options.TeamCapacity, PartnerCapacity: p.Options.PartnerCapacity})
			mine := map[plan.StepID]refPlacement{}
			for _, s := range p.Steps {
				mine[s.ID] = refPlacement{s.StartWeek, s.EndWeek}
			}
			if !reflect.DeepEqual(mine, alone) {
				t.Fatalf("plan schedule differs from the reference:\n got %v\nwant %v", mine, alone)
			}
		}
		// Never above capacity, per week and owner.
		team := map[int]decimal.Decimal{}
		for _, l := range pf.Load {
			if l.Owner == plan.OwnerTeam {
				team[l.Week] = team[l.Week].Add(l.PersonDays)
			}
		}
		for w, v := range team {
			if v.GreaterThan(opts.TeamCapacity) {
				t.Fatalf("week %d: team load %s over %s", w, v, opts.TeamCapacity)
			}
		}
	})
}
