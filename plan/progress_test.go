package plan_test

import (
	"maps"
	"slices"
	"testing"

	"pgregory.net/rapid"

	"github.com/digitaldistrict/egovkit/egov"
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
