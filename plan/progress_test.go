package plan_test

import (
	"bytes"
	"encoding/json"
	"maps"
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

func cacakRequest(t testing.TB) plan.Request {
	pb, err := plan.CompileDefaultPlaybook()
	if err != nil {
		t.Fatal(err)
	}
	d := egov.MustDate(2025, 11, 20)
	return plan.Request{Playbook: pb, Model: maturity.Default(),
		Profile: egov.Profile{Municipality: "cacak", Date: d, Stages: map[egov.ServiceKey]egov.AdoptionStage{
			egov.ServicePisarnica: egov.StagePartlyInUse, egov.ServiceEPecat: egov.StagePlanned}},
		Visit: egov.Visit{Municipality: "cacak", Date: d, Priorities: []egov.Priority{
			{Rank: 1, Goal: egov.GoalAdoptFully, Service: egov.ServicePisarnica},
			{Rank: 2, Goal: egov.GoalPromote, Service: egov.ServiceEPisarnica},
			{Rank: 3, Goal: egov.GoalIntroduce, Service: egov.ServiceEPecat},
			{Rank: 4, Goal: egov.GoalExchangeData, Service: egov.ServiceEZUP},
			{Rank: 5, Goal: egov.GoalExpandServices},
		}},
		Options: plan.Options{Start: egov.MustDate(2025, 12, 1), Horizon: 40, TeamCapacity: pd("3"), MunicipalityCapacity: pd("2")},
	}
}

func TestReplan(t *testing.T) {
	req := cacakRequest(t)
	p, err := plan.Generate(req)
	if err != nil {
		t.Fatal(err)
	}
	var materials plan.StepID
	for _, s := range p.Steps {
		if s.Action == "epecat-materials" {
			materials = s.ID
		}
	}
	later := req.Profile.WithStage(egov.ServicePisarnica, egov.StageFullyInUse).WithStage(egov.ServiceDDC, egov.StagePartlyInUse)
	later.Date = egov.MustDate(2026, 3, 2)
	q, err := plan.Replan(p, req.Model, plan.Progress{Profile: later, Done: []plan.StepID{materials}, From: later.Date})
	if err != nil {
		t.Fatal(err)
	}
	done := map[string]bool{}
	for _, id := range q.Done {
		for _, s := range p.Steps {
			if s.ID == id {
				done[s.Action] = true
			}
		}
	}
	// The State Data Centre is live, so its materials and training, needed
	// only below that stage, are done with its onboarding.
	for _, want := range []string{"pisarnica-rollout", "ddc-onboarding", "ddc-training", "ddc-materials", "epecat-materials"} {
		if !done[want] {
			t.Errorf("%s not marked done (done: %v)", want, done)
		}
	}
	if done["ezup-materials"] {
		t.Error("materials marked done though they leave no trace, nobody said so and their service is not live")
	}
	for _, s := range q.Steps {
		if done[s.Action] {
			t.Errorf("done step %s planned again", s.Action)
		}
		if s.Start.Before(later.Date) {
			t.Errorf("%s starts on %s, before the re-plan date", s.Action, s.Start)
		}
		for _, d := range s.DependsOn {
			if slices.Contains(q.Done, d) {
				t.Errorf("%s still depends on a done step", s.Action)
			}
		}
	}
	if len(q.Steps)+len(q.Deferred)+len(q.Done) != len(p.Steps)+len(p.Deferred) {
		t.Error("steps lost in re-planning")
	}
	if q.Current.Exact.Cmp(p.Current.Exact) <= 0 {
		t.Errorf("progress did not raise the current score: %s → %s", p.Current.Score, q.Current.Score)
	}
	// The earlier plan is unchanged.
	again, _ := plan.Generate(req)
	if len(again.Steps) != len(p.Steps) {
		t.Error("Replan changed the plan it was given")
	}
}

func TestReplanRejectsBadProgress(t *testing.T) {
	req := cacakRequest(t)
	p, _ := plan.Generate(req)
	unknown := egov.DeriveID[plan.Step]("nope")
	other := maturity.MustCompile(func() maturity.Model { m := maturity.LSGModel(); m.Version = "2"; return m }())
	_, err := plan.Replan(p, other, plan.Progress{Profile: egov.Profile{Municipality: "nis", Date: egov.MustDate(2026, 1, 1),
		Stages: req.Profile.Stages}, Done: []plan.StepID{unknown}})
	got := problemTexts(err)
	if len(got) != 4 {
		t.Errorf("got %q", got)
	}
	if _, err := plan.Replan(nil, req.Model, plan.Progress{}); err == nil {
		t.Error("nil plan accepted")
	}
}

func TestReplanProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		req, p := generated(t)
		all := append(slices.Clone(p.Steps), p.Deferred...)
		var marked []plan.StepID
		for _, s := range all {
			if rapid.Bool().Draw(t, "mark done") {
				marked = append(marked, s.ID)
			}
		}
		later := req.Profile
		later.Date = later.Date.AddDays(70)
		from := later.Date
		if from.Before(p.Options.Start) {
			from = p.Options.Start
		}
		q, err := plan.Replan(p, req.Model, plan.Progress{Profile: later, Done: marked, From: from})
		// The re-plan keeps the horizon from its new start: one that would
		// run past the last day a date can hold is refused, as Generate
		// refuses it.
		if last := egov.MustDate(egov.MaxYear, 12, 31); last.DaysSince(from) < 7*p.Options.Horizon-1 {
			if err == nil {
				t.Fatalf("a re-plan from %s over %d weeks was accepted", later.Date, p.Options.Horizon)
			}
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		for _, id := range marked {
			if !slices.Contains(q.Done, id) {
				t.Fatalf("marked step %s not done", id)
			}
		}
		if len(q.Steps)+len(q.Deferred)+len(q.Done) != len(all) {
			t.Fatal("steps lost in re-planning")
		}
		ends := map[plan.StepID]int{}
		for _, s := range q.Steps {
			ends[s.ID] = s.EndWeek
		}
		for _, s := range q.Steps {
			for _, d := range s.DependsOn {
				if e, ok := ends[d]; !ok || e >= s.StartWeek {
					t.Fatalf("%s starts before a step it needs ends", s.Action)
				}
			}
		}
	})
}

// A service that went live needs no more materials or training: a re-plan
// after the State Data Centre's onboarding leaves out its materials and its
// training, as Generate leaves them out for a service already live, though
// training leaves its trace only in staff trained, which the later profile
// does not record.
func TestReplanLiveServiceNeedsNoTraining(t *testing.T) {
	req := cacakRequest(t)
	p, err := plan.Generate(req)
	if err != nil {
		t.Fatal(err)
	}
	later := req.Profile.WithStage(egov.ServiceDDC, egov.StagePartlyInUse)
	later.Date = egov.MustDate(2026, 3, 2)
	q, err := plan.Replan(p, req.Model, plan.Progress{Profile: later, From: later.Date})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range append(slices.Clone(q.Steps), q.Deferred...) {
		if s.Service == egov.ServiceDDC {
			t.Errorf("%s planned again, though the State Data Centre is live", s.Action)
		}
	}
	// A priority asks for a training by name: it is given whatever the
	// stage, as Generate gives it.
	req.Visit.Priorities = append(req.Visit.Priorities, egov.Priority{Rank: 6, Goal: egov.GoalTrain, Service: egov.ServiceDDC})
	p, err = plan.Generate(req)
	if err != nil {
		t.Fatal(err)
	}
	q, err = plan.Replan(p, req.Model, plan.Progress{Profile: later, From: later.Date})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, s := range append(slices.Clone(q.Steps), q.Deferred...) {
		found = found || s.Action == "ddc-training"
	}
	if !found {
		t.Error("the training a priority asks for was dropped once the service went live")
	}
}

// followUp turns a drawn profile into the progress of a follow-up visit to
// the plan's municipality that Replan accepts: dated on or after the plan's
// profile and not after the plan's start, recording every stage the plan's profile records (the earlier
// stage where the drawn one is unknown), with every stage that moved back
// confirmed, re-planned from the plan's start.
func followUp(p *plan.Plan, later egov.Profile) plan.Progress {
	later = later.Clone()
	later.Municipality = p.Municipality
	// Between the plan's profile and its start, so that the re-plan from
	// the start keeps the plan's horizon within the dates a Date holds.
	if later.Date.After(p.Options.Start) {
		later.Date = p.Options.Start
	}
	if later.Date.Before(p.Profile.Date) {
		later.Date = p.Profile.Date
	}
	var regressed []egov.ServiceKey
	for _, key := range slices.Sorted(maps.Keys(p.Profile.Stages)) {
		was := p.Profile.Stages[key]
		switch now := later.Stage(key); {
		case !now.IsKnown():
			later = later.WithStage(key, was)
		case now < was:
			regressed = append(regressed, key)
		}
	}
	from := later.Date
	if from.Before(p.Options.Start) {
		from = p.Options.Start
	}
	return plan.Progress{Profile: later, Regressed: regressed, From: from}
}

// Re-planning with nothing done, from the profile the plan was made from and
// its start, gives the plan back, byte for byte.
func TestReplanWithNoProgressKeepsThePlan(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		req, p := generated(t)
		q, err := plan.Replan(p, req.Model, plan.Progress{Profile: req.Profile, From: req.Options.Start})
		if err != nil {
			t.Fatal(err)
		}
		want, _ := json.Marshal(p)
		got, _ := json.Marshal(q)
		if !bytes.Equal(got, want) {
			t.Fatalf("re-planned with no progress as\n%s\nwant\n%s", got, want)
		}
	})
}

// What the caller reports done, and what the later profile shows done, is
// never scheduled again; a part-done step keeps what remains of it (its
// whole effort less what was spent, a quarter or three quarters of it,
// rounded down to the hundredth, when the caller gives no figure) and
// claims its owner's capacity before any step that has not begun.
func TestReplanPartialProgressProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		req, p := generated(t)
		pr := followUp(p, gen.Profile(req.Playbook.Catalog()).Draw(t, "later profile"))
		pr.Steps = drawProgress(t, p)
		whole := map[plan.StepID]decimal.Decimal{}
		for _, s := range append(slices.Clone(p.Steps), p.Deferred...) {
			whole[s.ID] = s.Effort.Add(s.Spent)
		}
		// Some part-done steps get a figure of spent effort that fits
		// their state.
		for i, sp := range pr.Steps {
			if (sp.State == plan.ImplementedSubstantially || sp.State == plan.ImplementedToALesserExtent) &&
				rapid.Bool().Draw(t, "spent given") {
				units := whole[sp.Step].Shift(2).IntPart()
				lo, hi := int64(1), units/2
				if sp.State == plan.ImplementedSubstantially {
					lo, hi = (units+1)/2, units-1
				}
				if lo <= hi {
					pr.Steps[i].Spent = decimal.New(rapid.Int64Range(lo, hi).Draw(t, "spent hundredths"), -2)
				}
			}
		}
		q, err := plan.Replan(p, req.Model, pr)
		if err != nil {
			t.Fatal(err)
		}
		remaining := map[plan.StepID]plan.Step{}
		for _, s := range append(slices.Clone(q.Steps), q.Deferred...) {
			remaining[s.ID] = s
		}
		for _, id := range q.Done {
			if _, again := remaining[id]; again {
				t.Fatalf("done step %s scheduled again", id)
			}
		}
		for _, sp := range pr.Steps {
			s, left := remaining[sp.Step]
			switch {
			case sp.State == plan.ImplementedFully:
				if left || !slices.Contains(q.Done, sp.Step) {
					t.Fatalf("step %s reported done is not done", sp.Step)
				}
			case !left:
				// Found done by the later profile.
				if !slices.Contains(q.Done, sp.Step) {
					t.Fatalf("step %s lost", sp.Step)
				}
			case sp.State == plan.NotImplemented:
				if !s.Effort.Equal(whole[sp.Step]) {
					t.Fatalf("step %s not begun takes %s, want %s", s.Action, s.Effort, whole[sp.Step])
				}
			default:
				spent := sp.Spent
				if spent.IsZero() {
					share := decimal.New(1, 0).Div(decimal.New(4, 0))
					if sp.State == plan.ImplementedSubstantially {
						share = decimal.New(3, 0).Div(decimal.New(4, 0))
					}
					spent = whole[sp.Step].Mul(share).RoundFloor(2)
				}
				if !s.Spent.Equal(spent) || !s.Effort.Equal(whole[sp.Step].Sub(spent)) {
					t.Fatalf("step %s %s of %s: spent %s, remaining %s; want spent %s", s.Action, sp.State, whole[sp.Step],
						s.Spent, s.Effort, spent)
				}
			}
		}
		// Per owner, no step that has not begun starts before one under way.
		firstNew := map[plan.Owner]int{}
		for _, s := range q.Steps {
			if s.Spent.IsZero() {
				if w, ok := firstNew[s.Owner]; !ok || s.StartWeek < w {
					firstNew[s.Owner] = s.StartWeek
				}
			}
		}
		for _, s := range q.Steps {
			if w, ok := firstNew[s.Owner]; ok && !s.Spent.IsZero() && s.StartWeek > w {
				t.Fatalf("%s, under way, starts in week %d, after a step of the %s not begun (week %d)", s.Action, s.StartWeek, s.Owner, w)
			}
		}
	})
}

// A rollout half done when the plan is re-planned goes on from where it
// is, first, with what remains of it; it does not start again in full.
func TestReplanResumesARolloutUnderWay(t *testing.T) {
	req := cacakRequest(t)
	p, err := plan.Generate(req)
	if err != nil {
		t.Fatal(err)
	}
	var rollout plan.Step
	for _, s := range p.Steps {
		if s.Action == "pisarnica-rollout" {
			rollout = s
		}
	}
	if !rollout.Effort.Equal(pd("10")) {
		t.Fatalf("rollout takes %s, want 10", rollout.Effort)
	}
	from := rollout.Start.AddDays(14)
	later := req.Profile
	later.Date = from
	q, err := plan.Replan(p, req.Model, plan.Progress{Profile: later, From: from,
		Steps: []plan.StepProgress{{Step: rollout.ID, State: plan.ImplementedSubstantially, Spent: pd("5")}}})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range q.Steps {
		if s.ID != rollout.ID {
			continue
		}
		if !s.Effort.Equal(pd("5")) || !s.Spent.Equal(pd("5")) {
			t.Errorf("the rollout takes %s more after %s spent, want 5 after 5", s.Effort, s.Spent)
		}
		if s.StartWeek != 1 {
			t.Errorf("the rollout goes on in week %d, want 1", s.StartWeek)
		}
		return
	}
	t.Error("the rollout under way is not scheduled")
}

// Replan refuses progress that contradicts the plan, each problem at its
// path and in words that say what to do.
func TestReplanRefusesContradictoryProgress(t *testing.T) {
	req := cacakRequest(t)
	p, err := plan.Generate(req)
	if err != nil {
		t.Fatal(err)
	}
	id := map[string]plan.StepID{}
	for _, s := range append(slices.Clone(p.Steps), p.Deferred...) {
		id[s.Action] = s.ID
	}
	later := req.Profile
	later.Date = egov.MustDate(2026, 3, 2)
	ok := plan.Progress{Profile: later, From: later.Date}
	tests := []struct {
		name   string
		change func(pr *plan.Progress)
		want   []string
	}{
		{"from before the plan's start", func(pr *plan.Progress) { pr.From = egov.MustDate(2024, 12, 2); pr.Profile.Date = pr.From },
			[]string{"from: re-plan from 2024-12-02, before the plan's start on 2025-12-01",
				"profile.date: the later profile is of 2024-12-02, before the plan's profile of 2025-11-20"}},
		{"from before the later profile", func(pr *plan.Progress) { pr.From = egov.MustDate(2026, 2, 2) },
			[]string{"from: re-plan from 2026-02-02, before the later profile's date 2026-03-02"}},
		{"a stage moves back", func(pr *plan.Progress) {
			pr.Profile = pr.Profile.WithStage(egov.ServicePisarnica, egov.StageNotStarted)
		}, []string{"profile.stages.pisarnica: pisarnica moved back from partly-in-use to not-started since the plan was made: " +
			"if it really did (a service switched off), list it in regressed"}},
		{"a stage no longer recorded", func(pr *plan.Progress) {
			pr.Profile = pr.Profile.Clone()
			delete(pr.Profile.Stages, egov.ServiceEPecat)
		}, []string{"profile.stages.epecat: epecat was planned in the plan's profile and is not recorded in the later one"}},
		{"a regression that is not one", func(pr *plan.Progress) {
			pr.Regressed = []egov.ServiceKey{egov.ServiceEPecat, egov.ServiceDDC, egov.ServiceEPecat}
		}, []string{"regressed[2]: service epecat given more than once, first at regressed[0]",
			"regressed[0]: epecat did not move back: planned in the plan's profile, planned in the later one",
			"regressed[1]: the plan's profile records no stage of ddc to move back from"}},
		{"spent effort that does not fit", func(pr *plan.Progress) {
			pr.Done = []plan.StepID{id["pisarnica-rollout"]}
			pr.Steps = []plan.StepProgress{
				{Step: id["pisarnica-rollout"], State: plan.ImplementedSubstantially},
				{Step: id["epecat-onboarding"], State: plan.ImplementedSubstantially, Spent: pd("1")},
				{Step: id["epecat-materials"], State: plan.ImplementedToALesserExtent, Spent: pd("0.75")},
				{Step: id["ezup-materials"], State: plan.ImplementedFully, Spent: pd("1")},
				{Step: id["ezup-training"], State: plan.ImplementedToALesserExtent, Spent: pd("2")},
				{Step: id["ddc-materials"], State: plan.NotImplemented, Spent: pd("-1")},
				{Step: id["ddc-training"], State: plan.ImplementedToALesserExtent, Spent: pd("0.125")},
				{Step: id["ddc-onboarding"]},
				{State: plan.ImplementedFully},
			}
		}, []string{
			"steps[0].step: step pisarnica-rollout reported more than once, first at done[0]",
			"steps[1].spent: 1 of the 3 person-days of epecat-onboarding is less than half: not implemented substantially",
			"steps[2].spent: 0.75 of the 1 person-days of epecat-materials is more than half: not implemented to a lesser extent",
			"steps[3].spent: spent effort is given only for a step implemented substantially or to a lesser extent, not fully",
			"steps[4].spent: 2 person-days is not less than the 2 the whole of ezup-training takes: a step with nothing left is implemented fully",
			"steps[5].spent: spent effort -1 is negative",
			"steps[6].spent: 0.125 has more than 2 decimal places",
			"steps[7].state: missing state of implementation",
			"steps[8].step: missing step ID",
		}},
		{"under way before its prerequisites", func(pr *plan.Progress) {
			pr.Steps = []plan.StepProgress{{Step: id["ezup-training"], State: plan.ImplementedToALesserExtent}}
		}, []string{"steps[0]: ezup-training is under way, but ezup-materials, which must end before it starts, " +
			"is neither reported done nor shown done by the profile"}},
	}
	for _, c := range tests {
		t.Run(c.name, func(t *testing.T) {
			pr := ok
			c.change(&pr)
			_, err := plan.Replan(p, req.Model, pr)
			got := problemTexts(err)
			if len(got) != len(c.want) {
				t.Fatalf("got %d problems, want %d:\n%s", len(got), len(c.want), strings.Join(got, "\n"))
			}
			for i := range got {
				if !strings.HasPrefix(got[i], c.want[i]) {
					t.Errorf("got  %s\nwant %s", got[i], c.want[i])
				}
			}
		})
	}
	if _, err := plan.Replan(p, req.Model, ok); err != nil {
		t.Fatalf("the progress the cases change is refused: %v", err)
	}
}

// A regression the caller confirms is re-planned, and the plan says so.
func TestReplanConfirmedRegression(t *testing.T) {
	req := cacakRequest(t)
	p, err := plan.Generate(req)
	if err != nil {
		t.Fatal(err)
	}
	later := req.Profile.WithStage(egov.ServicePisarnica, egov.StagePiloting)
	later.Date = egov.MustDate(2026, 3, 2)
	q, err := plan.Replan(p, req.Model, plan.Progress{Profile: later, From: later.Date, Regressed: []egov.ServiceKey{egov.ServicePisarnica}})
	if err != nil {
		t.Fatal(err)
	}
	want := []plan.Regression{{Service: egov.ServicePisarnica, Was: egov.StagePartlyInUse, Now: egov.StagePiloting}}
	if !slices.Equal(q.Regressions, want) {
		t.Errorf("regressions %v, want %v", q.Regressions, want)
	}
	if got := q.Regressions[0].String(); got != "pisarnica moved back from partly-in-use to piloting" {
		t.Errorf("the regression reads %q", got)
	}
	d, err := plan.Diff(p, q)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(d.Regressions, want) || !strings.HasPrefix(d.String(), "pisarnica moved back from partly-in-use to piloting\n") {
		t.Errorf("the difference says\n%s", d)
	}
	if got := (plan.Regression{}).String(); got != "no regression" {
		t.Errorf("the zero regression reads %q", got)
	}
}
