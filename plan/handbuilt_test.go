package plan_test

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"pgregory.net/rapid"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/gen"
	"github.com/digitaldistrict/egovkit/maturity"
	"github.com/digitaldistrict/egovkit/plan"
)

// clonePlan returns a copy of p whose steps can be changed without
// changing p's.
func clonePlan(p *plan.Plan) *plan.Plan {
	q := *p
	q.Steps = slices.Clone(p.Steps)
	q.Deferred = slices.Clone(p.Deferred)
	for i := range q.Steps {
		q.Steps[i].DependsOn = slices.Clone(q.Steps[i].DependsOn)
	}
	for i := range q.Deferred {
		q.Deferred[i].DependsOn = slices.Clone(q.Deferred[i].DependsOn)
	}
	return &q
}

// stepProblems runs Replan and SchedulePortfolio on a plan and returns the
// problems each reports, without the prefix of the plan's paths, so that the
// two can be compared: they check steps with one function.
func stepProblems(t *testing.T, p *plan.Plan, model *maturity.Compiled, pr plan.Progress) (replan, portfolio []string) {
	t.Helper()
	calmly := func(name string, f func() error) []string {
		var err error
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("%s panicked: %v", name, r)
				}
			}()
			err = f()
		}()
		var ve *egov.ValidationError
		if err != nil && !errors.As(err, &ve) {
			t.Errorf("%s: %v is not a *egov.ValidationError", name, err)
		}
		return problemTexts(err)
	}
	replan = calmly("Replan", func() error {
		q, err := plan.Replan(p, model, pr)
		if err == nil && q == nil {
			t.Error("Replan returned neither a plan nor an error")
		}
		return err
	})
	portfolio = calmly("SchedulePortfolio", func() error {
		_, err := plan.SchedulePortfolio([]*plan.Plan{p}, plan.PortfolioOptions{Start: p.Options.Start,
			Horizon: 20, TeamCapacity: pd("3")})
		return err
	})
	for i := range replan {
		replan[i] = strings.ReplaceAll(replan[i], "plan.", "")
	}
	for i := range portfolio {
		portfolio[i] = strings.ReplaceAll(portfolio[i], "plans[0].", "")
	}
	return replan, portfolio
}

// Replan and SchedulePortfolio check every step of the plan they are given
// and report each problem at its path, the two in the same words.
func TestHandBuiltStepsAreChecked(t *testing.T) {
	req := cacakRequest(t)
	p, err := plan.Generate(req)
	if err != nil {
		t.Fatal(err)
	}
	pr := plan.Progress{Profile: req.Profile, From: req.Options.Start}
	id := func(i int) string { return p.Steps[i].ID.String() }
	at := func(action string) int {
		for i, s := range p.Steps {
			if s.Action == action {
				return i
			}
		}
		t.Fatalf("no step %s", action)
		return -1
	}
	// The steps the cases change: materials with no prerequisite, the
	// training that needs them, the step that needs the training, and a
	// step with a stage effect.
	mat, trn, onb, stg := at("episarnica-materials"), at("episarnica-training"), at("episarnica-onboarding"), at("pisarnica-rollout")
	if !slices.Equal(p.Steps[trn].DependsOn, []plan.StepID{p.Steps[mat].ID}) || len(p.Steps[mat].DependsOn) != 0 ||
		!slices.Contains(p.Steps[onb].DependsOn, p.Steps[trn].ID) || p.Steps[stg].Effect.Stage == egov.StageUnknown {
		t.Fatal("the plan's steps are not as the cases expect")
	}
	step := func(i int) string { return fmt.Sprintf("steps[%d]", i) }
	unknown := egov.DeriveID[plan.Step]("nope")
	tests := []struct {
		name   string
		change func(q *plan.Plan)
		want   []string
	}{
		{"no owner", func(q *plan.Plan) { q.Steps[mat].Owner = 0 }, []string{step(mat) + ".owner: missing owner"}},
		{"owner out of range", func(q *plan.Plan) { q.Steps[mat].Owner = 200 },
			[]string{step(mat) + ".owner: owner Owner(200) out of range"}},
		{"negative effort", func(q *plan.Plan) { q.Steps[mat].Effort = pd("-3") },
			[]string{step(mat) + ".effort: effort -3 is not positive"}},
		{"zero effort", func(q *plan.Plan) { q.Steps[mat].Effort = decimal.Decimal{} },
			[]string{step(mat) + ".effort: effort 0 is not positive"}},
		{"huge effort", func(q *plan.Plan) { q.Steps[mat].Effort = decimal.New(1, 20) },
			[]string{step(mat) + ".effort: effort 100000000000000000000 is above 10000 person-days"}},
		{"effort beyond any int64", func(q *plan.Plan) { q.Steps[mat].Effort = decimal.New(1, math.MaxInt32) },
			[]string{step(mat) + ".effort: number has more than 30 digits"}},
		{"too many places", func(q *plan.Plan) { q.Steps[mat].Effort = pd("1.001") },
			[]string{step(mat) + ".effort: 1.001 has more than 2 decimal places"}},
		{"no kind", func(q *plan.Plan) { q.Steps[stg].Kind = 0 }, []string{step(stg) + ".kind: missing kind"}},
		{"training audience on materials", func(q *plan.Plan) { q.Steps[mat].Audience = plan.TraineesStaff },
			[]string{step(mat) + ".audience: only training has an audience"}},
		{"audience out of range", func(q *plan.Plan) { q.Steps[trn].Audience = 9 },
			[]string{step(trn) + ".audience: audience Trainees(9) out of range"}},
		{"no ID", func(q *plan.Plan) { q.Steps[trn].ID = plan.StepID{} }, []string{
			step(trn) + ".id: missing step ID",
			step(onb) + ".depends_on[" + fmt.Sprint(slices.Index(p.Steps[onb].DependsOn, p.Steps[trn].ID)) + "]: unknown step " + id(trn),
		}},
		{"an ID twice", func(q *plan.Plan) { q.Steps[trn].ID = q.Steps[stg].ID }, []string{
			step(trn) + ".id: step " + id(stg) + " given more than once, first at " + step(stg),
			step(onb) + ".depends_on[" + fmt.Sprint(slices.Index(p.Steps[onb].DependsOn, p.Steps[trn].ID)) + "]: unknown step " + id(trn),
		}},
		{"unknown dependency", func(q *plan.Plan) { q.Steps[trn].DependsOn = append(q.Steps[trn].DependsOn, unknown) },
			[]string{step(trn) + ".depends_on[1]: unknown step " + unknown.String()}},
		{"dependency on itself", func(q *plan.Plan) { q.Steps[trn].DependsOn = []plan.StepID{q.Steps[trn].ID} },
			[]string{step(trn) + ".depends_on[0]: the step depends on itself"}},
		{"dependency twice", func(q *plan.Plan) { q.Steps[trn].DependsOn = append(q.Steps[trn].DependsOn, q.Steps[trn].DependsOn[0]) },
			[]string{step(trn) + ".depends_on[1]: step " + p.Steps[trn].DependsOn[0].String() + " given more than once"}},
		{"a cycle", func(q *plan.Plan) { q.Steps[mat].DependsOn = append(q.Steps[mat].DependsOn, q.Steps[trn].ID) }, []string{
			step(mat) + ".depends_on: the steps' dependencies form a cycle: " + p.Steps[mat].Action + " → " + p.Steps[trn].Action +
				" → " + p.Steps[mat].Action,
		}},
		{"stage effect out of range", func(q *plan.Plan) { q.Steps[stg].Effect.Stage = 200 },
			[]string{step(stg) + ".effect.stage: stage AdoptionStage(200) out of range"}},
		{"stage effect without a service", func(q *plan.Plan) { q.Steps[stg].Service = "" },
			[]string{step(stg) + ".effect.stage: a stage effect needs the step's service"}},
		{"service not a key", func(q *plan.Plan) { q.Steps[stg].Service = "Pisarnica" },
			[]string{step(stg) + `.service: service key "Pisarnica" is not lower-case ASCII words joined by hyphens (did you mean "pisarnica"?)`}},
		{"unknown measure", func(q *plan.Plan) { q.Steps[stg].Effect = plan.Effect{Measure: "staf", AtLeast: pd("1")} },
			[]string{step(stg) + `.effect.measure: unknown measure "staf"`}},
		{"count not whole", func(q *plan.Plan) {
			q.Steps[stg].Effect = plan.Effect{Measure: egov.MeasureStaffTrained, AtLeast: pd("1.5")}
		}, []string{step(stg) + ".effect.at_least: staff-trained 1.5 is not a whole number"}},
		{"share above 1", func(q *plan.Plan) {
			q.Steps[stg].Effect = plan.Effect{Measure: egov.MeasureElectronicCaseShare, AtLeast: pd("1.5")}
		}, []string{step(stg) + ".effect.at_least: share cases-handled-electronically 1.5 is more than 1"}},
		{"negative measure", func(q *plan.Plan) {
			q.Steps[stg].Effect = plan.Effect{Measure: egov.MeasureStaffTrained, AtLeast: pd("-1")}
		}, []string{step(stg) + ".effect.at_least: staff-trained -1 is negative"}},
		{"a whole raised", func(q *plan.Plan) { q.Steps[stg].Effect = plan.Effect{Measure: egov.MeasureStaff, AtLeast: pd("10")} },
			[]string{step(stg) + ".effect.measure: raising staff could lower a score: staff-trained and " +
				"eid-registration-officers are parts of it, and a share of it falls as it grows"}},
		{"share of a whole above 1", func(q *plan.Plan) {
			q.Steps[trn].Effect = plan.Effect{Measure: egov.MeasureStaffTrained, ShareOfWhole: pd("1.5")}
		}, []string{step(trn) + ".effect.share_of_whole: share 1.5 is not more than 0 and at most 1"}},
		{"negative share of a whole", func(q *plan.Plan) {
			q.Steps[trn].Effect = plan.Effect{Measure: egov.MeasureStaffTrained, ShareOfWhole: pd("-0.5")}
		}, []string{step(trn) + ".effect.share_of_whole: share -0.5 is not more than 0 and at most 1"}},
		{"share of no whole", func(q *plan.Plan) {
			q.Steps[trn].Effect = plan.Effect{Measure: egov.MeasureRegisteredECitizens, ShareOfWhole: pd("0.5")}
		}, []string{step(trn) + ".effect.share_of_whole: registered-ecitizens is not part of another measure"}},
		{"share and a value", func(q *plan.Plan) {
			q.Steps[trn].Effect = plan.Effect{Measure: egov.MeasureStaffTrained, ShareOfWhole: pd("0.5"), AtLeast: pd("3")}
		}, []string{step(trn) + ".effect.at_least: give at_least or share_of_whole, not both"}},
		{"share without a measure", func(q *plan.Plan) { q.Steps[trn].Effect = plan.Effect{ShareOfWhole: pd("0.5")} },
			[]string{step(trn) + ".effect.share_of_whole: a share of a whole needs the measure it raises"}},
		// Outputs of a schedule are computed again, whatever they say.
		{"weeks out of range", func(q *plan.Plan) {
			q.Steps[stg].StartWeek, q.Steps[stg].EndWeek = math.MinInt, math.MaxInt
			q.Steps[mat].StartWeek, q.Steps[mat].EndWeek = 0, -1
		}, nil},
		{"classes and positions of any size", func(q *plan.Plan) {
			q.Steps[stg].Class, q.Steps[mat].Class, q.Steps[trn].Class = math.MinInt, math.MaxInt, -1
			q.Steps[stg].Position, q.Steps[mat].Position = math.MaxInt, math.MinInt
		}, nil},
	}
	for _, c := range tests {
		t.Run(c.name, func(t *testing.T) {
			q := clonePlan(p)
			c.change(q)
			replan, portfolio := stepProblems(t, q, req.Model, pr)
			if !slices.Equal(replan, c.want) {
				t.Errorf("Replan:\n got %s\nwant %s", strings.Join(replan, "\n     "), strings.Join(c.want, "\n     "))
			}
			if !slices.Equal(portfolio, c.want) {
				t.Errorf("SchedulePortfolio:\n got %s\nwant %s", strings.Join(portfolio, "\n     "), strings.Join(c.want, "\n     "))
			}
		})
	}
}

// Every problem of a hand-built plan comes in one error, with the paths of
// the scheduled and the deferred steps.
func TestHandBuiltPlanProblemsComeTogether(t *testing.T) {
	req := cacakRequest(t)
	p, err := plan.Generate(req)
	if err != nil {
		t.Fatal(err)
	}
	q := clonePlan(p)
	// Step 1 is episarnica-materials, which episarnica-training (step 3)
	// needs.
	q.Steps[0].Owner = 0
	q.Steps[1].Effort = pd("-3")
	q.Steps[1].DependsOn = append(q.Steps[1].DependsOn, q.Steps[3].ID)
	q.Deferred = append(q.Deferred, plan.Step{ID: egov.DeriveID[plan.Step]("late"), Kind: plan.KindMaterials,
		Owner: plan.OwnerTeam, Effort: pd("0.001"), Position: 1_000})
	_, err = plan.Replan(q, req.Model, plan.Progress{Profile: req.Profile, From: req.Options.Start})
	var ve *egov.ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("got %v, want a *egov.ValidationError", err)
	}
	want := []string{
		"plan.steps[0].owner: missing owner",
		"plan.steps[1].effort: effort -3 is not positive",
		"plan.deferred[0].effort: 0.001 has more than 2 decimal places",
		"plan.steps[1].depends_on: the steps' dependencies form a cycle: episarnica-materials → episarnica-training → episarnica-materials",
	}
	if got := problemTexts(err); !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// Replan keeps the plan order of the steps that remain, deferred ones
// included, whatever list they were in.
func TestReplanKeepsPlanOrder(t *testing.T) {
	req := cacakRequest(t)
	// A horizon that defers a step before a scheduled one in plan order.
	var p *plan.Plan
	for h := 1; h <= 40 && p == nil; h++ {
		req.Options.Horizon = h
		q, err := plan.Generate(req)
		if err != nil {
			t.Fatal(err)
		}
		if len(q.Deferred) > 0 && len(q.Steps) > 0 && q.Deferred[0].Position < q.Steps[len(q.Steps)-1].Position {
			p = q
		}
	}
	if p == nil {
		t.Fatal("no horizon defers a step before a scheduled one")
	}
	q := clonePlan(p)
	q.Options.Horizon = 40
	r, err := plan.Replan(q, req.Model, plan.Progress{Profile: req.Profile, From: req.Options.Start})
	if err != nil {
		t.Fatal(err)
	}
	inOrder := func(p *plan.Plan) []plan.StepID {
		all := append(slices.Clone(p.Steps), p.Deferred...)
		slices.SortStableFunc(all, func(a, b plan.Step) int { return cmp.Compare(a.Position, b.Position) })
		var ids []plan.StepID
		for _, s := range all {
			ids = append(ids, s.ID)
		}
		return ids
	}
	if got, want := inOrder(r), inOrder(p); !slices.Equal(got, want) {
		t.Errorf("re-planned order differs from the plan's:\n got %v\nwant %v", got, want)
	}
}

// handBuiltPlans draws valid plans built by hand: steps with any owner,
// effort, class and position, split between Steps and Deferred, each
// depending on some steps drawn before it.
func handBuiltPlans(t *rapid.T) []*plan.Plan {
	classes := []int{math.MinInt, -1, 0, 1, 2, 3, 1 << 30, 1<<30 + 1, math.MaxInt - 1, math.MaxInt}
	owners := []plan.Owner{plan.OwnerTeam, plan.OwnerMunicipality, plan.OwnerPartner}
	var plans []*plan.Plan
	for g, n := 0, rapid.IntRange(1, 3).Draw(t, "plans"); g < n; g++ {
		p := &plan.Plan{Municipality: fmt.Sprintf("m%d", g), Options: plan.Options{
			MunicipalityCapacity: decimal.New(rapid.Int64Range(1, 500).Draw(t, "capacity"), -2)}}
		var ids []plan.StepID
		for k, m := 0, rapid.IntRange(0, 8).Draw(t, "steps"); k < m; k++ {
			s := plan.Step{ID: egov.DeriveID[plan.Step](fmt.Sprintf("%d:%d", g, k)), Kind: plan.KindTraining,
				Owner: rapid.SampledFrom(owners).Draw(t, "owner"), Effort: gen.Effort().Draw(t, "effort"),
				Class:    rapid.OneOf(rapid.SampledFrom(classes), rapid.Int()).Draw(t, "class"),
				Position: rapid.OneOf(rapid.SampledFrom([]int{math.MinInt, 0, 1, math.MaxInt}), rapid.Int()).Draw(t, "position")}
			// Some steps under way, their whole effort within the limit.
			if room := plan.MaxEffort*100 - s.Effort.Shift(2).IntPart(); room > 0 && rapid.IntRange(0, 4).Draw(t, "under way") == 0 {
				s.Spent = decimal.New(rapid.Int64Range(1, min(room, 500)).Draw(t, "spent"), -2)
			}
			for _, id := range ids {
				if rapid.IntRange(0, 3).Draw(t, "depends") == 0 {
					s.DependsOn = append(s.DependsOn, id)
				}
			}
			ids = append(ids, s.ID)
			if rapid.Bool().Draw(t, "deferred") {
				p.Deferred = append(p.Deferred, s)
			} else {
				p.Steps = append(p.Steps, s)
			}
		}
		plans = append(plans, p)
	}
	return plans
}

// Hand-built plans, with classes and positions anywhere in the range of
// int, are scheduled as the slow reference schedules them.
func TestHandBuiltPortfolioMatchesReference(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		plans := handBuiltPlans(t)
		o := gen.PlanOptions().Draw(t, "options")
		opts := plan.PortfolioOptions{Start: o.Start, Horizon: o.Horizon, TeamCapacity: o.TeamCapacity, PartnerCapacity: o.PartnerCapacity}
		pf, err := plan.SchedulePortfolio(plans, opts)
		if err != nil {
			t.Fatal(err)
		}
		got := map[plan.StepID]refPlacement{}
		for _, a := range pf.Assignments {
			got[a.Step] = refPlacement{a.StartWeek, a.EndWeek}
		}
		if want := refSchedule(plans, opts); !reflect.DeepEqual(got, want) {
			t.Fatalf("portfolio schedule differs from the reference:\n got %v\nwant %v", got, want)
		}
	})
}

// Findings and indicator gaps come after every agreed priority, however
// large its rank: their classes do not wrap past the largest int.
func TestClassesAfterTheLargestRank(t *testing.T) {
	book, _ := plan.CompileDefaultPlaybook()
	day := egov.MustDate(2025, 11, 20)
	for _, rank := range []int{1, math.MaxInt - 2, math.MaxInt - 1, math.MaxInt} {
		p, err := plan.Generate(plan.Request{Playbook: book, Model: maturity.Default(),
			Profile: egov.Profile{Municipality: "x", Date: day, Stages: map[egov.ServiceKey]egov.AdoptionStage{
				egov.ServiceEUprava: egov.StagePiloting}},
			Visit: egov.Visit{Municipality: "x", Date: day,
				Priorities: []egov.Priority{{Rank: rank, Goal: egov.GoalTrain, Service: egov.ServicePisarnica}},
				Findings:   []egov.Finding{{Observation: "no e-seal", Service: egov.ServiceEPecat}}},
			Options: plan.Options{Start: day, Horizon: 52, TeamCapacity: pd("1"), MunicipalityCapacity: pd("1")}})
		if err != nil {
			t.Fatal(err)
		}
		classOf := map[plan.ReasonKind]int{}
		for _, s := range p.Steps {
			for _, r := range s.Rationale.Reasons {
				if _, ok := classOf[r.Kind]; !ok && r.Kind != plan.ReasonPrerequisite {
					classOf[r.Kind] = s.Class
				}
			}
		}
		if len(classOf) != 3 {
			t.Fatalf("rank %d: want steps for a priority, a finding and a gap; got classes %v", rank, classOf)
		}
		if classOf[plan.ReasonPriority] != rank || classOf[plan.ReasonFinding] < rank ||
			classOf[plan.ReasonIndicatorGap] < classOf[plan.ReasonFinding] {
			t.Errorf("rank %d: classes %v", rank, classOf)
		}
	}
}

// A priority whose steps are all done after re-planning is already met, not
// served by no step.
func TestReplanSettlesPrioritiesWhoseStepsAreDone(t *testing.T) {
	req := cacakRequest(t)
	p, err := plan.Generate(req)
	if err != nil {
		t.Fatal(err)
	}
	var all []plan.StepID
	for _, s := range append(slices.Clone(p.Steps), p.Deferred...) {
		all = append(all, s.ID)
	}
	for _, done := range [][]plan.StepID{all, all[:len(all)/2], nil} {
		q, err := plan.Replan(p, req.Model, plan.Progress{Profile: req.Profile, From: req.Options.Start, Done: done})
		if err != nil {
			t.Fatal(err)
		}
		for _, st := range q.Priorities {
			switch {
			case st.Outcome == plan.OutcomeServed && len(st.Steps) == 0:
				t.Errorf("%d done: priority %d served by no step", len(done), st.Rank)
			case st.Outcome != plan.OutcomeServed && st.Reason == "":
				t.Errorf("%d done: priority %d %s without a reason", len(done), st.Rank, st.Outcome)
			}
		}
		if len(done) == len(all) {
			for _, st := range q.Priorities {
				if st.Outcome != plan.OutcomeAlreadyMet && st.Outcome != plan.OutcomeNoAction {
					t.Errorf("every step done, yet priority %d is %s", st.Rank, st.Outcome)
				}
			}
		}
	}
}

// Many municipalities, among whose queues of ready steps the scheduler
// keeps a tournament, are scheduled as the slow reference schedules them:
// shares of the team received, pools without room and ties between
// municipalities decide as when there are few.
func TestManyMunicipalitiesMatchReference(t *testing.T) {
	owners := []plan.Owner{plan.OwnerTeam, plan.OwnerMunicipality, plan.OwnerPartner}
	rapid.Check(t, func(t *rapid.T) {
		var plans []*plan.Plan
		for g, n := 0, rapid.IntRange(1, 40).Draw(t, "plans"); g < n; g++ {
			p := &plan.Plan{Municipality: fmt.Sprintf("m%d", g), Options: plan.Options{
				MunicipalityCapacity: decimal.New(rapid.Int64Range(1, 500).Draw(t, "capacity"), -2)}}
			for k, m := 0, rapid.IntRange(0, 4).Draw(t, "steps"); k < m; k++ {
				s := plan.Step{ID: egov.DeriveID[plan.Step](fmt.Sprintf("many:%d:%d", g, k)), Kind: plan.KindTraining,
					Owner: rapid.SampledFrom(owners).Draw(t, "owner"), Effort: gen.Effort().Draw(t, "effort"),
					Class: rapid.IntRange(0, 2).Draw(t, "class"), Position: k}
				for _, d := range p.Steps {
					if rapid.IntRange(0, 2).Draw(t, "depends") == 0 {
						s.DependsOn = append(s.DependsOn, d.ID)
					}
				}
				p.Steps = append(p.Steps, s)
			}
			plans = append(plans, p)
		}
		o := gen.PlanOptions().Draw(t, "options")
		opts := plan.PortfolioOptions{Start: o.Start, Horizon: o.Horizon, TeamCapacity: o.TeamCapacity, PartnerCapacity: o.PartnerCapacity}
		// A share of the team is at least a hundredth of a person-day.
		if opts.TeamCapacity.GreaterThanOrEqual(decimal.NewFromInt(1)) && rapid.Bool().Draw(t, "share") {
			opts.MaxTeamShare = decimal.New(rapid.Int64Range(1, 10).Draw(t, "tenths"), -1)
		}
		pf, err := plan.SchedulePortfolio(plans, opts)
		if err != nil {
			t.Fatal(err)
		}
		got := map[plan.StepID]refPlacement{}
		for _, a := range pf.Assignments {
			got[a.Step] = refPlacement{a.StartWeek, a.EndWeek}
		}
		if want := refSchedule(plans, opts); !reflect.DeepEqual(got, want) {
			t.Fatalf("portfolio schedule differs from the reference:\n got %v\nwant %v", got, want)
		}
	})
}
