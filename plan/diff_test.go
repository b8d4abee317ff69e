package plan_test

import (
	"slices"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/plan"
)

// A plan compared with itself has not changed.
func TestDiffOfAPlanWithItself(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		_, p := generated(t)
		d, err := plan.Diff(p, p)
		if err != nil {
			t.Fatal(err)
		}
		if !d.IsZero() || d.String() != "no change" {
			t.Fatalf("a plan differs from itself: %s", d)
		}
	})
}

// A plan and its re-plan differ as a slow comparison step by step says:
// every step of the plan is done, removed or in the re-plan, which adds
// none; a step of both has moved when its dates or whether it is deferred
// changed, and been resized when its effort changed.
func TestDiffOfAReplan(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		req, p := generated(t)
		pr := followUp(p, req.Profile)
		pr.Steps = drawProgress(t, p)
		q, err := plan.Replan(p, req.Model, pr)
		if err != nil {
			t.Fatal(err)
		}
		d, err := plan.Diff(p, q)
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Added) != 0 || len(d.Removed) != 0 {
			t.Fatalf("a re-plan added %d steps and removed %d", len(d.Added), len(d.Removed))
		}
		ids := func(cs []plan.StepChange) []plan.StepID {
			var out []plan.StepID
			for _, c := range cs {
				out = append(out, c.ID)
			}
			return out
		}
		var wantDone, wantMoved, wantResized []plan.StepID
		for _, b := range append(slices.Clone(p.Steps), p.Deferred...) {
			var a *plan.Step
			for _, s := range append(slices.Clone(q.Steps), q.Deferred...) {
				if s.ID == b.ID {
					a = &s
				}
			}
			if a == nil {
				wantDone = append(wantDone, b.ID)
				continue
			}
			if a.Start != b.Start || a.End != b.End || (a.StartWeek == 0) != (b.StartWeek == 0) {
				wantMoved = append(wantMoved, b.ID)
			}
			if !a.Effort.Equal(b.Effort) {
				wantResized = append(wantResized, b.ID)
			}
		}
		sortIDs := func(list []plan.StepID) []plan.StepID {
			list = slices.Clone(list)
			slices.SortFunc(list, func(x, y plan.StepID) int { return strings.Compare(x.String(), y.String()) })
			return list
		}
		for _, c := range []struct {
			name      string
			got, want []plan.StepID
		}{{"done", ids(d.Done), wantDone}, {"moved", ids(d.Moved), wantMoved}, {"resized", ids(d.Resized), wantResized}} {
			if !slices.Equal(sortIDs(c.got), sortIDs(c.want)) {
				t.Fatalf("%s: %v, want %v", c.name, c.got, c.want)
			}
		}
		if !slices.Equal(sortIDs(ids(d.Done)), sortIDs(q.Done)) {
			t.Fatalf("done %v, the re-plan says %v", ids(d.Done), q.Done)
		}
	})
}

// Diff names what it cannot compare: a missing plan, plans of two
// municipalities, steps without an ID or with another's.
func TestDiffRefusesWhatItCannotCompare(t *testing.T) {
	req := cacakRequest(t)
	p, err := plan.Generate(req)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := plan.Diff(nil, nil); len(problemTexts(err)) != 2 {
		t.Errorf("two nil plans: %v", err)
	}
	q := clonePlan(p)
	q.Municipality = "nis"
	q.Steps[1].ID = q.Steps[0].ID
	q.Steps[2].ID = plan.StepID{}
	_, err = plan.Diff(p, q)
	want := []string{
		`after.municipality: the later plan is for "nis", the earlier one for "cacak"`,
		"after.steps[1].id: step " + p.Steps[0].ID.String() + " given more than once, first at after.steps[0]",
		"after.steps[2].id: missing step ID",
	}
	if got := problemTexts(err); !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	// A plan and a plan of the same visit with a priority more.
	req.Visit.Priorities = append(req.Visit.Priorities, egov.Priority{Rank: 6, Goal: egov.GoalTrain, Service: egov.ServiceDDC})
	r, err := plan.Generate(req)
	if err != nil {
		t.Fatal(err)
	}
	d, err := plan.Diff(p, r)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Priorities) != 1 || d.Priorities[0].Rank != 6 || d.Priorities[0].Before != plan.OutcomeUnspecified {
		t.Errorf("priorities %+v", d.Priorities)
	}
	if !strings.Contains(d.String(), "priority 6: none → ") {
		t.Errorf("the difference reads\n%s", d)
	}
}
