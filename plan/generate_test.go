package plan_test

import (
	"bytes"
	"encoding/json"
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
	req := plan.Request{Playbook: cpb, Model: stageModel(cat), Profile: profile, Visit: visit,
		Options: gen.PlanOptions().Draw(t, "options")}
	datedBeforeStart(&req)
	return req
}

// datedBeforeStart moves the visit and the profile of a request back to
// the plan's start when they are dated after it: Generate refuses a plan
// that starts before them. It draws nothing, so that the seeds of the
// fuzz targets keep drawing what they drew.
func datedBeforeStart(req *plan.Request) {
	if start := req.Options.Start; start.Before(req.Visit.Date) {
		req.Visit.Date = start
	}
	if start := req.Options.Start; start.Before(req.Profile.Date) {
		req.Profile.Date = start
	}
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
			// A step that raises a measure leaves a trace in the profile,
			// so an indicator gap may ask for it on any service.
			if s.Service == "" || req.Profile.Stage(s.Service) != egov.StageFullyInUse || s.Effect.Measure != "" {
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

// The current and projected figures are the lower ends of the ranges of
// the profiles the plan starts and ends at, written out here by hand from
// the steps each plan schedules, and they are the known figures.
func TestProjectedScore(t *testing.T) {
	book, err := plan.CompileDefaultPlaybook()
	if err != nil {
		t.Fatal(err)
	}
	model := maturity.Default()
	day := egov.MustDate(2025, 11, 25)
	stages := func(kv ...any) egov.Profile {
		p := egov.Profile{Municipality: "x", Date: day}
		for i := 0; i < len(kv); i += 2 {
			p = p.WithStage(kv[i].(egov.ServiceKey), kv[i+1].(egov.AdoptionStage))
		}
		return p
	}
	belaPalanka := plan.Request{Playbook: book, Model: model,
		Profile: stages(egov.ServiceConsentID, egov.StagePartlyInUse, egov.ServiceEPecat, egov.StagePlanned),
		Visit: egov.Visit{Municipality: "x", Date: day, Priorities: []egov.Priority{
			{Rank: 1, Goal: egov.GoalExpandUse, Service: egov.ServiceConsentID},
			{Rank: 2, Goal: egov.GoalIntroduce, Service: egov.ServiceEPecat}}},
		Options: plan.Options{Start: egov.MustDate(2025, 12, 1), Horizon: 12, TeamCapacity: pd("2"),
			MunicipalityCapacity: pd("2")}}
	// Čačak with 200 staff, 7 of them trained.
	cacak := func(horizon int) plan.Request {
		r := cacakRequest(t)
		r.Profile = r.Profile.WithMeasure(egov.MeasureStaff, pd("200")).WithMeasure(egov.MeasureStaffTrained, pd("7"))
		r.Options.Horizon = horizon
		return r
	}
	pp := egov.StagePartlyInUse
	for _, c := range []struct {
		name      string
		req       plan.Request
		projected egov.Profile
		// Known figures, exact.
		currentExact, projectedExact string
	}{
		{
			// ExampleGenerate's plan: the officers trained, the State Data
			// Centre and the e-seal partly in use; ConsentID's training
			// waits for the number of staff.
			name: "Bela Palanka", req: belaPalanka,
			projected: stages(egov.ServiceConsentID, pp, egov.ServiceEPecat, pp, egov.ServiceDDC, pp).
				WithMeasure(egov.MeasureEIDOfficers, pd("2")),
			// Now ConsentID 15·0.6/5 + the e-seal planned 20·2·0.1/5 = 1.8
			// + 0.8; then the e-seal 20·2·0.6/5 = 4.8, the State Data
			// Centre 15·0.6/2 = 4.5 and two officers 15·1/3 = 5 more.
			currentExact: "13/5", projectedExact: "161/10",
		},
		{
			// Four weeks: a tenth of the staff trained, the State Data
			// Centre partly in use.
			name: "Čačak, four weeks", req: cacak(4),
			projected: cacak(4).Profile.WithMeasure(egov.MeasureStaffTrained, pd("20")).WithStage(egov.ServiceDDC, pp),
			// Now Pisarnica 20·2·0.6/5 = 4.8, the e-seal 0.8, 7 of 200
			// trained 15·2·0.035/3 = 0.35; then 20 trained (1.00) and the
			// State Data Centre 4.5.
			currentExact: "119/20", projectedExact: "111/10",
		},
		{
			// One week: only materials fit, which change no profile.
			name: "Čačak, one week", req: cacak(1), projected: cacak(1).Profile,
			currentExact: "119/20", projectedExact: "119/20",
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			p, err := plan.Generate(c.req)
			if err != nil {
				t.Fatal(err)
			}
			for _, x := range []struct {
				what    string
				got     *plan.Score
				profile egov.Profile
				known   string
			}{{"current", p.Current, c.req.Profile, c.currentExact}, {"projected", p.Projected, c.projected, c.projectedExact}} {
				want, err := model.Range(x.profile)
				if err != nil {
					t.Fatal(err)
				}
				switch {
				case x.got == nil:
					t.Errorf("no %s figure", x.what)
				case x.got.Exact.Cmp(want.Low.Exact()) != 0:
					t.Errorf("%s figure %s, the profile written out has a lower end of %s", x.what, x.got.Exact.RatString(),
						want.Low.Exact().RatString())
				case x.got.Exact.RatString() != x.known:
					t.Errorf("%s figure %s, want %s", x.what, x.got.Exact.RatString(), x.known)
				}
			}
		})
	}
}

// The projected score is never below the current one, no step has a
// negative gain, and a plan that schedules no step changing the profile
// projects the current score.
func TestProjectedNeverBelowCurrent(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		_, p := generated(t)
		if p.Current == nil || p.Projected == nil {
			if p.Current != nil || p.Projected != nil {
				t.Fatalf("current %v, projected %v: one scored without the other", p.Current, p.Projected)
			}
			return
		}
		if p.Projected.Exact.Cmp(p.Current.Exact) < 0 {
			t.Fatalf("projected %s below current %s", p.Projected.Score, p.Current.Score)
		}
		changes := false
		for _, s := range p.Steps {
			changes = changes || !s.Effect.IsZero()
			if s.GainExact != nil && s.GainExact.Sign() < 0 {
				t.Fatalf("%s has a negative gain %s", s.Action, s.GainExact.RatString())
			}
		}
		if !changes && p.Projected.Exact.Cmp(p.Current.Exact) != 0 {
			t.Fatalf("no step changes the profile, yet the score goes from %s to %s", p.Current.Score, p.Projected.Score)
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

// onGrid starts the request's plan on a week drawn on the portfolio's week
// grid, within its weeks, with a horizon that ends by the last day a date
// holds, and its visit and profile dated no later than the start.
func onGrid(t *rapid.T, req *plan.Request, po plan.PortfolioOptions) {
	o := &req.Options
	o.Start = po.Start.AddDays(7 * rapid.IntRange(0, po.Horizon-1).Draw(t, "start week"))
	o.Horizon = min(o.Horizon, (egov.MustDate(egov.MaxYear, 12, 31).DaysSince(o.Start)+1)/7)
	datedBeforeStart(req)
}

func TestSchedulerMatchesReference(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(1, 3).Draw(t, "municipalities")
		o := gen.PlanOptions().Draw(t, "portfolio options")
		opts := plan.PortfolioOptions{Start: o.Start, Horizon: o.Horizon, TeamCapacity: o.TeamCapacity, PartnerCapacity: o.PartnerCapacity}
		var plans []*plan.Plan
		for i := range n {
			req := request(t)
			req.Visit.Municipality = string(rune('a'+i)) + "-town"
			req.Profile.Municipality = req.Visit.Municipality
			onGrid(t, &req, opts)
			p, err := plan.Generate(req)
			if err != nil {
				t.Fatal(err)
			}
			plans = append(plans, p)
		}
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
				TeamCapacity: p.Options.TeamCapacity, PartnerCapacity: p.Options.PartnerCapacity, Calendar: p.Options.Calendar})
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

// Generate refuses a plan that starts before the visit that agreed its
// priorities or before the profile it starts from, naming both dates of
// each contradiction, with the request's other problems.
func TestGenerateRefusesAStartBeforeTheVisit(t *testing.T) {
	req := cacakRequest(t)
	req.Options.Start = egov.MustDate(2025, 4, 7) // seven months before the visit
	req.Options.Horizon = 0
	_, err := plan.Generate(req)
	got := problemTexts(err)
	want := []string{
		"options.horizon: horizon 0 weeks is not positive",
		"options.start: the plan starts on 2025-04-07, before the visit of 2025-11-20 (visit.date) that agreed its priorities",
		"options.start: the plan starts on 2025-04-07, before the date of the profile it starts from, 2025-11-20 (profile.date)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	// The day of the visit is a valid start.
	req.Options.Start, req.Options.Horizon = req.Visit.Date, 10
	if _, err := plan.Generate(req); err != nil {
		t.Error(err)
	}
	// A request document is refused the same way.
	req.Options.Start = egov.MustDate(2025, 4, 7)
	data, err := json.Marshal(req)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := plan.DecodeRequest(data, req.Playbook, req.Model); len(problemTexts(err)) != 2 {
		t.Errorf("DecodeRequest: %v", err)
	}
}
