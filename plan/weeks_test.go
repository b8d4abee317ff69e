package plan_test

import (
	"slices"
	"testing"

	"pgregory.net/rapid"

	"github.com/digitaldistrict/egovkit/plan"
)

// Every scheduled step starts in the week it says and runs on in each week
// up to its end, and nowhere else; the weeks come in order, each with its
// first day, and the steps of a week in plan order.
func TestStepsByWeek(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		_, p := generated(t)
		weeks := p.StepsByWeek()
		if len(weeks) != p.Weeks() {
			t.Fatalf("%d weeks, want %d", len(weeks), p.Weeks())
		}
		starts := map[plan.StepID]int{}
		runs := map[plan.StepID][]int{}
		for i, w := range weeks {
			if w.Week != i+1 || w.Start != p.Options.Start.AddDays(7*i) {
				t.Fatalf("week %d is numbered %d from %s", i+1, w.Week, w.Start)
			}
			if !slices.IsSortedFunc(w.Starting, func(a, b *plan.Step) int { return a.Position - b.Position }) {
				t.Fatalf("week %d: steps out of plan order", w.Week)
			}
			for _, s := range w.Starting {
				if _, twice := starts[s.ID]; twice {
					t.Fatalf("%s starts twice", s.Action)
				}
				starts[s.ID] = w.Week
			}
			for _, s := range w.Continuing {
				runs[s.ID] = append(runs[s.ID], w.Week)
			}
		}
		for _, s := range p.Steps {
			if starts[s.ID] != s.StartWeek {
				t.Fatalf("%s starts in week %d, shown in %d", s.Action, s.StartWeek, starts[s.ID])
			}
			var want []int
			for w := s.StartWeek + 1; w <= s.EndWeek; w++ {
				want = append(want, w)
			}
			if !slices.Equal(runs[s.ID], want) {
				t.Fatalf("%s runs on in weeks %v, shown in %v", s.Action, want, runs[s.ID])
			}
		}
	})
}

// A nil plan, one with no steps and one whose weeks only a hand can have
// written have no weeks to show, or show only the sound steps.
func TestStepsByWeekOfOddPlans(t *testing.T) {
	var nilPlan *plan.Plan
	if nilPlan.StepsByWeek() != nil || (&plan.Plan{}).StepsByWeek() != nil {
		t.Error("an empty plan has weeks")
	}
	p := &plan.Plan{Steps: []plan.Step{{Action: "a", StartWeek: 0}, {Action: "b", StartWeek: 3, EndWeek: 2},
		{Action: "c", StartWeek: 1, EndWeek: plan.MaxHorizon + 1}, {Action: "d", StartWeek: 2, EndWeek: 2}}}
	weeks := p.StepsByWeek()
	if len(weeks) != 2 || len(weeks[1].Starting) != 1 || weeks[1].Starting[0].Action != "d" || len(weeks[0].Starting) != 0 {
		t.Errorf("got %+v", weeks)
	}
}
