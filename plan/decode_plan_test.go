package plan_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/plan"
)

var updateGolden = flag.Bool("update", false, "rewrite the golden files in testdata/")

// replannedCacak is Čačak's plan re-planned three months in: the
// pisarnica's rollout implemented substantially, the materials of eZUP and the
// e-seal done, its training to a lesser extent, the State Data Centre live. It has
// every part of a plan document: scheduled and deferred steps, spent
// effort, steps found done, the profile.
func replannedCacak(t testing.TB) (plan.Request, *plan.Plan, *plan.Plan) {
	t.Helper()
	req := cacakRequest(t)
	req.Options.Horizon = 12
	p, err := plan.Generate(req)
	if err != nil {
		t.Fatal(err)
	}
	id := func(action string) plan.StepID {
		for _, s := range append(slices.Clone(p.Steps), p.Deferred...) {
			if s.Action == action {
				return s.ID
			}
		}
		t.Fatalf("no step %s", action)
		return plan.StepID{}
	}
	later := req.Profile.WithStage(egov.ServiceDDC, egov.StagePartlyInUse)
	later.Date = egov.MustDate(2026, 3, 2)
	q, err := plan.Replan(p, req.Model, plan.Progress{Profile: later, From: later.Date,
		Done: []plan.StepID{id("ezup-materials"), id("epecat-materials")},
		Steps: []plan.StepProgress{
			{Step: id("pisarnica-rollout"), State: plan.ImplementedSubstantially, Spent: pd("6")},
			{Step: id("epecat-training"), State: plan.ImplementedToALesserExtent},
		}})
	if err != nil {
		t.Fatal(err)
	}
	return req, p, q
}

// A plan written as JSON reads back as the same plan: the golden file is
// what MarshalJSON writes for a re-planned plan, and DecodePlan reads it
// back to the same bytes.
func TestDecodePlanGolden(t *testing.T) {
	_, _, q := replannedCacak(t)
	data, err := json.Marshal(q)
	if err != nil {
		t.Fatal(err)
	}
	var indented bytes.Buffer
	if err := json.Indent(&indented, data, "", "  "); err != nil {
		t.Fatal(err)
	}
	indented.WriteByte('\n')
	golden := filepath.Join("testdata", "replanned.plan.json")
	if *updateGolden {
		if err := os.WriteFile(golden, indented.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(indented.Bytes(), want) {
		t.Errorf("the plan's JSON differs from %s (rerun with -update if the change is intended)", golden)
	}
	back, err := plan.DecodePlan(want)
	if err != nil {
		t.Fatal(err)
	}
	again, err := json.Marshal(back)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again, data) {
		t.Errorf("the golden plan reads back as\n%s\nwant\n%s", again, data)
	}
}

// A plan stored today can be re-planned months later: decoding it and
// re-planning gives the plan re-planning it in memory gives, byte for byte.
func TestDecodePlanThenReplan(t *testing.T) {
	req, p, _ := replannedCacak(t)
	data, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	stored, err := plan.DecodePlan(data)
	if err != nil {
		t.Fatal(err)
	}
	later := req.Profile.WithStage(egov.ServicePisarnica, egov.StageFullyInUse)
	later.Date = egov.MustDate(2026, 9, 1)
	pr := plan.Progress{Profile: later, From: later.Date}
	want, err := plan.Replan(p, req.Model, pr)
	if err != nil {
		t.Fatal(err)
	}
	got, err := plan.Replan(stored, req.Model, pr)
	if err != nil {
		t.Fatal(err)
	}
	wantJSON, _ := json.Marshal(want)
	gotJSON, _ := json.Marshal(got)
	if !bytes.Equal(gotJSON, wantJSON) {
		t.Errorf("re-planning the stored plan gives\n%s\nwant\n%s", gotJSON, wantJSON)
	}
}

// Every plan Generate and Replan make reads back from its JSON to the same
// bytes, and re-plans as the plan in memory does.
func TestDecodePlanRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		req, p := generated(t)
		if rapid.Bool().Draw(t, "re-planned") {
			pr := followUp(p, req.Profile)
			pr.Steps = drawProgress(t, p)
			q, err := plan.Replan(p, req.Model, pr)
			if err != nil {
				t.Fatal(err)
			}
			p = q
		}
		data, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		back, err := plan.DecodePlan(data)
		if err != nil {
			t.Fatalf("%v\n%s", err, data)
		}
		again, err := json.Marshal(back)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(again, data) {
			t.Fatalf("reads back as\n%s\nwant\n%s", again, data)
		}
		pr := followUp(p, req.Profile)
		want, errWant := plan.Replan(p, req.Model, pr)
		got, errGot := plan.Replan(back, req.Model, pr)
		if (errWant == nil) != (errGot == nil) {
			t.Fatalf("re-planning: %v, but the decoded plan: %v", errWant, errGot)
		}
		wantJSON, _ := json.Marshal(want)
		gotJSON, _ := json.Marshal(got)
		if !bytes.Equal(gotJSON, wantJSON) {
			t.Fatalf("the decoded plan re-plans as\n%s\nwant\n%s", gotJSON, wantJSON)
		}
	})
}

// drawProgress draws a report of progress on some of the plan's steps, in
// every state, that Replan accepts: a step reported part done has only
// done prerequisites.
func drawProgress(t *rapid.T, p *plan.Plan) []plan.StepProgress {
	var out []plan.StepProgress
	done := map[plan.StepID]bool{}
	for _, s := range append(slices.Clone(p.Steps), p.Deferred...) {
		state := rapid.SampledFrom([]plan.Implementation{0, plan.NotImplemented, plan.ImplementedToALesserExtent,
			plan.ImplementedSubstantially, plan.ImplementedFully}).Draw(t, "state")
		ready := !slices.ContainsFunc(s.DependsOn, func(id plan.StepID) bool { return !done[id] })
		switch {
		case state == 0:
			continue
		case state == plan.ImplementedFully:
			done[s.ID] = true
		case state != plan.NotImplemented && !ready:
			continue
		case state == plan.NotImplemented && !s.Spent.IsZero():
			continue
		}
		out = append(out, plan.StepProgress{Step: s.ID, State: state})
	}
	return out
}

// DecodePlan reports every problem of a document at once, each at its
// path: the document's shape and the plan's content together.
func TestDecodePlanReportsEveryProblem(t *testing.T) {
	_, _, q := replannedCacak(t)
	data, err := json.Marshal(q)
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	steps := doc["steps"].([]any)
	first := steps[0].(map[string]any)
	first["effort"] = "-1"
	first["gain_exact"] = "1e9999999"
	first["colour"] = "red"
	second := steps[1].(map[string]any)
	delete(second, "running_exact")
	second["depends_on"] = []any{second["id"]}
	doc["current"].(map[string]any)["exact"] = "1/0"
	doc["options"].(map[string]any)["horizon"] = 0
	doc["format"] = "egovkit.plan/0"
	bad, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	_, err = plan.DecodePlan(bad)
	got := problemTexts(err)
	for _, want := range []string{
		"steps[0].colour: unknown field",
		`steps[0].gain_exact: "1e9999999" is not an exact figure`,
		"steps[0].effort: effort -1 is not positive",
		"steps[1].running_exact: missing exact running",
		"steps[1].depends_on[0]: the step depends on itself",
		"current.exact: exact figure 1/0 divides by 0",
		"options.horizon: horizon 0 weeks is not positive",
		"format: unsupported format",
	} {
		if !slices.ContainsFunc(got, func(g string) bool { return strings.HasPrefix(g, want) }) {
			t.Errorf("no problem %q in\n%s", want, strings.Join(got, "\n"))
		}
	}
	if _, err := plan.DecodePlan([]byte(`{"format":"egovkit.plan/1"}`)); err == nil {
		t.Error("a plan with no municipality, model or options decoded")
	}
	if p, err := plan.DecodePlan([]byte("null")); err == nil || p != nil {
		t.Errorf("null decoded as %v, %v", p, err)
	}
}

// FuzzDecodePlan decodes fuzzed plan documents: a plan that decodes writes
// itself back to a document that decodes to the same bytes, and re-plans
// or fails without a panic. Its seeds are small plans (one step, and the
// same step part done after re-planning): large ones spend the fuzzing
// time being minimised.
func FuzzDecodePlan(f *testing.F) {
	req := cacakRequest(f)
	req.Visit.Priorities = []egov.Priority{{Rank: 1, Goal: egov.GoalTrain, Service: egov.ServicePisarnica}}
	req.Profile.Stages = map[egov.ServiceKey]egov.AdoptionStage{egov.ServicePisarnica: egov.StagePartlyInUse}
	p, err := plan.Generate(req)
	if err != nil || len(p.Steps) != 1 {
		f.Fatalf("%v: %d steps", err, len(p.Steps))
	}
	q, err := plan.Replan(p, req.Model, plan.Progress{Profile: req.Profile, From: req.Options.Start.AddDays(14),
		Steps: []plan.StepProgress{{Step: p.Steps[0].ID, State: plan.ImplementedSubstantially, Spent: pd("1.5")}}})
	if err != nil {
		f.Fatal(err)
	}
	for _, pl := range []*plan.Plan{p, q} {
		data, err := json.Marshal(pl)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		pl, err := plan.DecodePlan(data)
		if err != nil {
			return
		}
		out, err := json.Marshal(pl)
		if err != nil {
			t.Fatal(err)
		}
		back, err := plan.DecodePlan(out)
		if err != nil {
			t.Fatalf("a decoded plan's JSON does not decode: %v\n%s", err, out)
		}
		again, _ := json.Marshal(back)
		if !bytes.Equal(again, out) {
			t.Fatalf("reads back as\n%s\nwant\n%s", again, out)
		}
		_, _ = plan.Replan(pl, req.Model, plan.Progress{Profile: pl.Profile, From: pl.Options.Start})
	})
}
