package plan_test

import (
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/digitaldistrict/egovkit/plan"
)

// An empty status does not read as served, and the outcomes keep their
// JSON names.
func TestOutcomeZeroValueIsNotServed(t *testing.T) {
	var zero plan.Outcome
	if zero == plan.OutcomeServed || zero.IsValid() || zero.String() != "unspecified" {
		t.Errorf("the zero outcome is %q, valid %v", zero, zero.IsValid())
	}
	if got := (&plan.Plan{Priorities: []plan.PriorityStatus{{}}}).Unserved(); len(got) != 1 {
		t.Errorf("an unspecified outcome counts as served: Unserved gives %v", got)
	}
	names := map[plan.Outcome]string{plan.OutcomeUnspecified: "unspecified", plan.OutcomeServed: "served",
		plan.OutcomeAlreadyMet: "already-met", plan.OutcomeNoAction: "no-action", plan.OutcomeBeyondHorizon: "beyond-horizon"}
	for o, name := range names {
		data, err := json.Marshal(o)
		if err != nil || string(data) != `"`+name+`"` {
			t.Errorf("%d marshals as %s, %v; want %q", o, data, err, name)
		}
		var back plan.Outcome
		if err := json.Unmarshal(data, &back); err != nil || back != o {
			t.Errorf("%s reads back as %d, %v", data, back, err)
		}
		if o.IsValid() != (o != plan.OutcomeUnspecified) {
			t.Errorf("%s: IsValid is %v", o, o.IsValid())
		}
	}
	if _, err := json.Marshal(plan.Outcome(200)); err == nil {
		t.Error("an outcome out of range marshals")
	}
}

// Replan refuses priorities it cannot settle: one with no outcome, goal or
// rank.
func TestReplanChecksPriorities(t *testing.T) {
	req := cacakRequest(t)
	p, err := plan.Generate(req)
	if err != nil {
		t.Fatal(err)
	}
	q := clonePlan(p)
	q.Priorities = append(slices.Clone(p.Priorities), plan.PriorityStatus{}, plan.PriorityStatus{Rank: 9, Goal: 200, Outcome: 200,
		Why: plan.PriorityReason{Kind: 77, Unfit: plan.Unfit{Kind: 9}}})
	_, err = plan.Replan(q, req.Model, plan.Progress{Profile: req.Profile, From: req.Options.Start})
	n := len(p.Priorities)
	want := []string{
		"plan.priorities[" + itoa(n) + "].rank: rank 0 is not positive",
		"plan.priorities[" + itoa(n) + "].goal: missing goal",
		"plan.priorities[" + itoa(n) + "].outcome: missing outcome",
		"plan.priorities[" + itoa(n+1) + "].goal: goal GoalKind(200) out of range",
		"plan.priorities[" + itoa(n+1) + "].outcome: outcome Outcome(200) out of range",
		"plan.priorities[" + itoa(n+1) + "].why.kind: priority reason PriorityReasonKind(77) out of range",
		"plan.priorities[" + itoa(n+1) + "].why.unfit.kind: unfit reason UnfitKind(9) out of range",
	}
	if got := problemTexts(err); !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func itoa(i int) string { return strconv.Itoa(i) }
