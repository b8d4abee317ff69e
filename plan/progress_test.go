package plan_test

import (
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
	// Training leaves its trace in staff trained, which the later profile
	// does not record, so the State Data Centre's training is not found
	// done by its stage.
	for _, want := range []string{"pisarnica-rollout", "ddc-onboarding", "epecat-materials"} {
		if !done[want] {
			t.Errorf("%s not marked done (done: %v)", want, done)
		}
	}
	if done["ddc-materials"] {
		t.Error("materials marked done though they leave no trace and nobody said so")
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
	_, err := plan.Replan(p, other, plan.Progress{Profile: egov.Profile{Municipality: "nis", Date: egov.MustDate(2026, 1, 1)},
		Done: []plan.StepID{unknown}})
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
		q, err := plan.Replan(p, req.Model, plan.Progress{Profile: later, Done: marked, From: later.Date})
		// The re-plan keeps the horizon from its new start: one that would
		// run past the last day a date can hold is refused, as Generate
		// refuses it.
		if last := egov.MustDate(egov.MaxYear, 12, 31); last.DaysSince(later.Date) < 7*p.Options.Horizon-1 {
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
