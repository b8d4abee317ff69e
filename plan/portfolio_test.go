package plan_test

import (
	"encoding/json"
	"fmt"
	"math/big"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/maturity"
	"github.com/digitaldistrict/egovkit/plan"
)

// monday is a Monday with no holiday for weeks around it.
var monday = egov.MustDate(2026, 3, 2)

// teamStep is a hand-built step of the programme team.
func teamStep(key string, effort string, class int, deps ...plan.StepID) plan.Step {
	return plan.Step{ID: egov.DeriveID[plan.Step](key), Action: key, Kind: plan.KindTraining, Owner: plan.OwnerTeam,
		Effort: pd(effort), Class: class, DependsOn: deps}
}

// runOf returns a step's weeks and its work in each.
func runOf(t *testing.T, p *plan.Plan, action string) string {
	t.Helper()
	for _, s := range p.Steps {
		if s.Action == action {
			var parts []string
			for _, w := range s.Weeks {
				parts = append(parts, w.PersonDays.String())
			}
			return fmt.Sprintf("%d-%d %s", s.StartWeek, s.EndWeek, strings.Join(parts, " "))
		}
	}
	for _, s := range p.Deferred {
		if s.Action == action {
			return "deferred"
		}
	}
	t.Fatalf("no step %s", action)
	return ""
}

// A step that has started keeps its weeks: a step of a better class that
// becomes ready while it runs waits for it rather than cutting its run in
// two (the pisarnica-training in weeks "2-5", one day in week 2 and
// one in week 5).
func TestARunningStepKeepsItsWeeks(t *testing.T) {
	c := plan.Step{ID: egov.DeriveID[plan.Step]("c"), Action: "c", Kind: plan.KindMaterials, Owner: plan.OwnerMunicipality,
		Effort: pd("1"), Class: 1}
	p := &plan.Plan{Municipality: "m", Options: plan.Options{Start: monday, Horizon: 8, TeamCapacity: pd("1"),
		MunicipalityCapacity: pd("1"), Calendar: noHolidays},
		Steps: []plan.Step{c, teamStep("b", "2", 1, c.ID), teamStep("a", "2", 2)}}
	for i := range p.Steps {
		p.Steps[i].Position = i
	}
	pf, err := plan.SchedulePortfolio([]*plan.Plan{p}, plan.PortfolioOptions{Start: monday, Horizon: 8,
		TeamCapacity: pd("1"), Calendar: noHolidays})
	if err != nil {
		t.Fatal(err)
	}
	q := pf.Plans[0]
	for action, want := range map[string]string{"c": "1-1 1", "a": "1-2 1 1", "b": "3-4 1 1"} {
		if got := runOf(t, q, action); got != want {
			t.Errorf("%s: %s, want %s", action, got, want)
		}
	}
}

// A week without a working day pauses a step without breaking its run.
func TestAWeekOffPausesAStep(t *testing.T) {
	leave, err := egov.Calendar{}.WithDaysOff(egov.DaysOff{First: monday.AddDays(7), Last: monday.AddDays(11),
		Name: egov.HolidayNames{English: "team leave", Latin: "odmor tima"}})
	if err != nil {
		t.Fatal(err)
	}
	p := &plan.Plan{Municipality: "m", Options: plan.Options{Start: monday, Horizon: 8, TeamCapacity: pd("1"),
		MunicipalityCapacity: pd("1"), Calendar: &leave}, Steps: []plan.Step{teamStep("a", "2", 1)}}
	pf, err := plan.SchedulePortfolio([]*plan.Plan{p}, plan.PortfolioOptions{Start: monday, Horizon: 8,
		TeamCapacity: pd("1"), Calendar: &leave})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := runOf(t, pf.Plans[0], "a"), "1-3 1 0 1"; got != want {
		t.Errorf("a: %s, want %s", got, want)
	}
}

// The Serbian calendar shrinks a week's capacity: the week of 29 December
// 2025 has three working days (New Year on 1 and 2 January), that of
// 16 February 2026 three too (Sretenje on Sunday 15 February moves to
// Tuesday 17 February); a team of 3 person-days a week has 1.8 in each.
func TestSerbianHolidaysShrinkAWeek(t *testing.T) {
	book, err := plan.CompileDefaultPlaybook()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		start    egov.Date
		week     int
		holidays []string
	}{
		{egov.MustDate(2025, 12, 1), 5, []string{"2026-01-01 New Year", "2026-01-02 New Year"}},
		{egov.MustDate(2026, 2, 9), 2, []string{"2026-02-16 Statehood Day", "2026-02-17 Statehood Day"}},
	} {
		req := cacakRequest(t)
		req.Playbook = book
		req.Options = plan.Options{Start: c.start, Horizon: 10, TeamCapacity: pd("3"), MunicipalityCapacity: pd("3")}
		req.Visit.Date, req.Profile.Date = c.start.AddDays(-7), c.start.AddDays(-7)
		p, err := plan.Generate(req)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, l := range p.Load {
			if l.Week != c.week || l.Owner != plan.OwnerTeam {
				continue
			}
			found = true
			var names []string
			for _, h := range l.Holidays {
				names = append(names, h.Date.String()+" "+h.Name.English)
			}
			if l.WorkingDays != 3 || !slices.Equal(names, c.holidays) {
				t.Errorf("from %s, week %d: %d working days, holidays %v; want 3, %v", c.start, c.week, l.WorkingDays,
					names, c.holidays)
			}
			if l.PersonDays.GreaterThan(pd("1.8")) {
				t.Errorf("from %s, week %d: the team works %s person-days, more than 1.8", c.start, c.week, l.PersonDays)
			}
		}
		if !found {
			t.Errorf("from %s: no team work in week %d", c.start, c.week)
		}
	}
}

// priorities returns agreed priorities of ranks 1 to n, all served.
func priorities(visit string, n int) []plan.PriorityStatus {
	v := egov.Visit{ID: egov.DeriveID[egov.Visit](visit)}
	var out []plan.PriorityStatus
	for r := 1; r <= n; r++ {
		out = append(out, plan.PriorityStatus{ID: v.PriorityID(r), Rank: r, Goal: egov.GoalTrain, Outcome: plan.OutcomeServed})
	}
	return out
}

// forPriority returns a step serving the plan's priority of that rank.
func forPriority(s plan.Step, st plan.PriorityStatus) plan.Step {
	s.Rationale.Reasons = []plan.Reason{{Kind: plan.ReasonPriority, Priority: st.ID, PriorityRank: st.Rank, Goal: st.Goal}}
	return s
}

// The portfolio: Čačak ranked five priorities, Kragujevac three and
// a finding. Ranks compare as ranks across visits, and a finding comes
// after every visit's ranked priorities: Čačak's priorities 4 and 5 go
// before Kragujevac's finding, whose class (4, one after its largest rank)
// once tied with Čačak's priority 4. What does not fit is reported per
// municipality with its reason, and so is the priority it leaves unserved.
func TestFindingsComeAfterEveryVisitsPriorities(t *testing.T) {
	cacak := &plan.Plan{Municipality: "cacak", Priorities: priorities("cacak", 5),
		Options: plan.Options{MunicipalityCapacity: pd("1"), Calendar: noHolidays}}
	cacak.Steps = []plan.Step{forPriority(teamStep("c4", "1", 4), cacak.Priorities[3]),
		forPriority(teamStep("c5", "1", 5), cacak.Priorities[4])}
	cacak.Steps[1].Position = 1
	kragujevac := &plan.Plan{Municipality: "kragujevac", Priorities: priorities("kragujevac", 3),
		Options: plan.Options{MunicipalityCapacity: pd("1"), Calendar: noHolidays},
		Steps:   []plan.Step{teamStep("k-finding", "1", 4)}}
	plans := []*plan.Plan{cacak, kragujevac}
	opts := plan.PortfolioOptions{Start: monday, Horizon: 3, TeamCapacity: pd("1"), Calendar: noHolidays}
	pf, err := plan.SchedulePortfolio(plans, opts)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range pf.Assignments {
		got = append(got, fmt.Sprintf("%d %s", a.StartWeek, a.Action))
	}
	if want := []string{"1 c4", "2 c5", "3 k-finding"}; !slices.Equal(got, want) {
		t.Errorf("assignments %v, want %v", got, want)
	}

	opts.Horizon = 1
	pf, err = plan.SchedulePortfolio(plans, opts)
	if err != nil {
		t.Fatal(err)
	}
	short := pf.Shortfalls()
	var lines []string
	for _, s := range short {
		for _, a := range s.Steps {
			lines = append(lines, s.Municipality+" "+a.Action+": "+a.Reason)
		}
		for _, st := range s.Priorities {
			lines = append(lines, fmt.Sprintf("%s priority %d: %s", s.Municipality, st.Rank, st.Reason))
		}
	}
	want := []string{
		"cacak c5: finds no room on the programme team's capacity to start by 2026-03-08, the end of the portfolio's 1 week",
		"cacak priority 5: c5 does not fit in the portfolio: it finds no room on the programme team's capacity to start " +
			"by 2026-03-08, the end of the portfolio's 1 week",
		"kragujevac k-finding: finds no room on the programme team's capacity to start by 2026-03-08, the end of the " +
			"portfolio's 1 week",
	}
	if !slices.Equal(lines, want) {
		t.Errorf("shortfalls:\n%s\nwant\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
}

// Each plan's start, horizon and team capacity hold in the portfolio: a
// plan that starts in June is not scheduled from February, and a plan's
// team capacity of 3 caps what its municipality gets of a team of 4; a
// share of the team caps every municipality.
func TestPortfolioKeepsEachPlansOptions(t *testing.T) {
	req := cacakRequest(t)
	early, err := plan.Generate(req)
	if err != nil {
		t.Fatal(err)
	}
	late := cacakRequest(t)
	late.Visit.Municipality, late.Profile.Municipality = "kragujevac", "kragujevac"
	late.Options.Start, late.Options.Horizon = egov.MustDate(2026, 6, 1), 12
	june, err := plan.Generate(late)
	if err != nil {
		t.Fatal(err)
	}
	opts := plan.PortfolioOptions{Start: req.Options.Start, Horizon: 52, TeamCapacity: pd("4")}
	for _, share := range []string{"0", "0.5"} {
		opts.MaxTeamShare = pd(share)
		pf, err := plan.SchedulePortfolio([]*plan.Plan{early, june}, opts)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range pf.Plans[1].Steps {
			if s.Start.Before(late.Options.Start) || s.EndWeek > 12 {
				t.Errorf("share %s: %s in weeks %d-%d from %s, of a plan starting %s for 12 weeks", share, s.Action,
					s.StartWeek, s.EndWeek, s.Start, late.Options.Start)
			}
		}
		if len(pf.Plans[1].Deferred) == 0 {
			t.Errorf("share %s: every step of a 12-week plan fits", share)
		}
		limit := pd("3")
		if share != "0" {
			limit = pd("2")
		}
		for _, l := range pf.Load {
			if l.Owner == plan.OwnerTeam && l.PersonDays.GreaterThan(limit) {
				t.Errorf("share %s, week %d: %s gets %s team person-days, above %s", share, l.Week, l.Municipality,
					l.PersonDays, limit)
			}
		}
	}
}

// A plan whose options contradict the portfolio's is refused, each option
// named: a start off the portfolio's week grid, before it or after it, a
// horizon out of range; so is a share of the team out of range.
func TestPortfolioNamesConflictingOptions(t *testing.T) {
	base := &plan.Plan{Municipality: "a", Options: plan.Options{MunicipalityCapacity: pd("1")},
		Steps: []plan.Step{teamStep("x", "1", 1)}}
	with := func(name string, o plan.Options) *plan.Plan {
		p := *base
		p.Municipality, p.Options = name, o
		p.Options.MunicipalityCapacity = pd("1")
		return &p
	}
	plans := []*plan.Plan{
		with("a", plan.Options{Start: monday.AddDays(2)}),
		with("b", plan.Options{Start: monday.AddDays(-7)}),
		with("c", plan.Options{Start: monday.AddDays(7 * 10)}),
		with("d", plan.Options{Horizon: -1}),
		with("e", plan.Options{TeamCapacity: pd("0.001")}),
	}
	_, err := plan.SchedulePortfolio(plans, plan.PortfolioOptions{Start: monday, Horizon: 10, TeamCapacity: pd("1"),
		MaxTeamShare: pd("1.5")})
	var got []string
	for _, p := range egov.Problems(err) {
		got = append(got, p.Path+": "+p.Error())
	}
	want := []string{
		"plans[0].options.start: 2026-03-04",
		"plans[1].options.start: 2026-02-23",
		"plans[2].options.start: 2026-05-11",
		"plans[3].options.horizon: -1",
		"plans[4].options.team_capacity: 0.001",
		"options.max_team_share: 1.5",
	}
	if len(got) != len(want) {
		t.Fatalf("problems:\n%s\nwant one each at\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, w := range want {
		path, value, _ := strings.Cut(w, ": ")
		found := false
		for _, g := range got {
			found = found || strings.HasPrefix(g, path+": ") && strings.Contains(g, value)
		}
		if !found {
			t.Errorf("no problem at %s naming %s in\n%s", path, value, strings.Join(got, "\n"))
		}
	}
	if !strings.Contains(err.Error(), "off the portfolio's week grid") {
		t.Errorf("the start off the grid is not explained: %v", err)
	}
}

// With the model, each plan as scheduled has its figures measured again:
// the gains of the steps that fit add up exactly to Projected − Current,
// and a plan whose steps all fit as they did alone shows the figures it
// had alone.
func TestPortfolioPlansFiguresAreMeasuredAgain(t *testing.T) {
	req := cacakRequest(t)
	alone, err := plan.Generate(req)
	if err != nil {
		t.Fatal(err)
	}
	other := cacakRequest(t)
	other.Visit.Municipality, other.Profile.Municipality = "kragujevac", "kragujevac"
	other.Profile = other.Profile.WithStage(egov.ServiceEPecat, egov.StagePiloting)
	second, err := plan.Generate(other)
	if err != nil {
		t.Fatal(err)
	}
	for _, team := range []string{"3", "1"} {
		pf, err := plan.SchedulePortfolio([]*plan.Plan{alone, second}, plan.PortfolioOptions{Start: req.Options.Start,
			Horizon: 40, TeamCapacity: pd(team), Model: req.Model})
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range pf.Plans {
			if q.Current == nil || q.Projected == nil {
				t.Fatalf("team %s, %s: no figures", team, q.Municipality)
			}
			sum := new(big.Rat)
			for _, s := range q.Steps {
				if s.GainExact != nil {
					sum.Add(sum, s.GainExact)
				}
			}
			if rise := new(big.Rat).Sub(q.Projected.Exact, q.Current.Exact); sum.Cmp(rise) != 0 {
				t.Errorf("team %s, %s: gains add up to %s, the rise is %s", team, q.Municipality, sum.RatString(), rise.RatString())
			}
		}
		if team == "1" && len(pf.Deferred) == 0 {
			t.Error("a team of 1 fits everything")
		}
	}
	// Alone in the portfolio, with the plan's own capacities, the plan is
	// the one Generate made.
	pf, err := plan.SchedulePortfolio([]*plan.Plan{alone}, plan.PortfolioOptions{Start: req.Options.Start,
		Horizon: req.Options.Horizon, TeamCapacity: req.Options.TeamCapacity, Model: req.Model})
	if err != nil {
		t.Fatal(err)
	}
	got, _ := json.Marshal(pf.Plans[0])
	want, _ := json.Marshal(alone)
	if string(got) != string(want) {
		t.Errorf("a plan alone in a portfolio:\n%s\nGenerate's:\n%s", got, want)
	}
	// Without the model there are no figures to show.
	pf, err = plan.SchedulePortfolio([]*plan.Plan{alone}, plan.PortfolioOptions{Start: req.Options.Start,
		Horizon: req.Options.Horizon, TeamCapacity: req.Options.TeamCapacity})
	if err != nil {
		t.Fatal(err)
	}
	if q := pf.Plans[0]; q.Current != nil || q.Range != nil || q.Steps[0].RunningExact != nil {
		t.Error("a portfolio without a model shows figures")
	}
	// A model other than the plan's, or a plan without its profile, is
	// refused.
	bare := *alone
	bare.Profile = egov.Profile{}
	model := req.Model.Model()
	model.Version = "2"
	_, err = plan.SchedulePortfolio([]*plan.Plan{&bare}, plan.PortfolioOptions{Start: req.Options.Start,
		Horizon: 10, TeamCapacity: pd("1"), Model: maturity.MustCompile(model)})
	var paths []string
	for _, p := range egov.Problems(err) {
		paths = append(paths, p.Path)
	}
	if !slices.Contains(paths, "plans[0].model") || !slices.Contains(paths, "plans[0].profile") {
		t.Errorf("problems at %v, want plans[0].model and plans[0].profile", paths)
	}
}

// A portfolio large enough to check and build its plans on several
// processors gives the same portfolio every time, on one processor too,
// each plan's steps where the assignments put them; so does one whose
// plan has a step that needs one later in its plan order, which is
// checked on one processor, one with deferred steps among the others, and
// one with a plan whose steps do not all fit.
func TestLargePortfolioIsTheSameEveryTime(t *testing.T) {
	plans := syntheticPlans(10_000)
	opts := plan.PortfolioOptions{Start: egov.MustDate(2026, 1, 5), Horizon: plan.MaxHorizon, TeamCapacity: pd("200")}
	forward := syntheticPlans(10_000)
	last := &forward[4].Steps[len(forward[4].Steps)-1]
	forward[4].Steps[0].DependsOn, last.DependsOn = []plan.StepID{last.ID}, nil
	// Steps deferred in an earlier schedule come in plan order with the
	// others, by position.
	deferred := syntheticPlans(10_000)
	for _, p := range deferred {
		var steps []plan.Step
		for k, s := range p.Steps {
			if k%7 == 3 {
				p.Deferred = append(p.Deferred, s)
			} else {
				steps = append(steps, s)
			}
		}
		p.Steps = steps
	}
	// A plan whose steps do not all fit in its own horizon, among plans
	// whose steps all fit.
	short := syntheticPlans(10_000)
	short[2].Options.Horizon = 8
	for _, plans := range [][]*plan.Plan{plans, forward, deferred, short} {
		samePortfolioEveryTime(t, plans, opts)
	}
}

func samePortfolioEveryTime(t *testing.T, plans []*plan.Plan, opts plan.PortfolioOptions) {
	t.Helper()
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	var first []byte
	for _, procs := range []int{2, 2, 1} {
		runtime.GOMAXPROCS(procs)
		pf, err := plan.SchedulePortfolio(plans, opts)
		if err != nil {
			t.Fatal(err)
		}
		data, err := json.Marshal(pf)
		if err != nil {
			t.Fatal(err)
		}
		if first == nil {
			first = data
			at := map[plan.StepID]plan.Assignment{}
			for _, a := range pf.Assignments {
				at[a.Step] = a
			}
			for _, q := range pf.Plans {
				for _, s := range q.Steps {
					if a := at[s.ID]; a.Municipality != q.Municipality || a.StartWeek != s.StartWeek || a.EndWeek != s.EndWeek {
						t.Fatalf("%s %s: weeks %d-%d in its plan, assigned %d-%d to %s", q.Municipality, s.Action,
							s.StartWeek, s.EndWeek, a.StartWeek, a.EndWeek, a.Municipality)
					}
				}
			}
			continue
		}
		if string(data) != string(first) {
			t.Fatal("the same portfolio scheduled again differs")
		}
	}
}

// A portfolio large enough to check its plans on several processors
// reports their problems as one checked plan after plan would: every
// problem, by plan, and a cycle with its path.
func TestLargePortfolioReportsEveryProblem(t *testing.T) {
	plans := syntheticPlans(10_000)
	plans[3].Steps[10].Owner = plan.OwnerUnspecified
	plans[5].Steps[0].DependsOn = []plan.StepID{plans[5].Steps[1].ID}
	plans[8].Steps[20].Effort = pd("0")
	opts := plan.PortfolioOptions{Start: egov.MustDate(2026, 1, 5), Horizon: plan.MaxHorizon, TeamCapacity: pd("200")}
	_, err := plan.SchedulePortfolio(plans, opts)
	var got []string
	for _, p := range egov.Problems(err) {
		got = append(got, p.Path+": "+p.Reason)
	}
	want := []string{
		"plans[3].steps[10].owner: missing owner",
		"plans[5].steps[0].depends_on: the steps' dependencies form a cycle: a0 → a1 → a0",
		"plans[8].steps[20].effort: effort 0 is not positive",
	}
	if !slices.Equal(got, want) {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
