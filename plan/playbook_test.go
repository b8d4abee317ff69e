package plan_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/plan"
)

func problemTexts(err error) []string {
	var out []string
	for _, p := range egov.Problems(err) {
		out = append(out, p.Error())
	}
	return out
}

var pd = decimal.RequireFromString

func TestDefaultPlaybook(t *testing.T) {
	cpb, err := plan.CompileDefaultPlaybook()
	if err != nil {
		t.Fatal(err)
	}
	pb := cpb.Playbook()
	kinds := map[egov.ServiceKey]map[plan.ActionKind]bool{}
	for _, a := range pb.Actions {
		if a.Service == "" {
			continue
		}
		if kinds[a.Service] == nil {
			kinds[a.Service] = map[plan.ActionKind]bool{}
		}
		kinds[a.Service][a.Kind] = true
	}
	cat := egov.SerbianCatalog()
	for _, k := range cat.Keys() {
		for _, kind := range []plan.ActionKind{plan.KindMaterials, plan.KindTraining, plan.KindTechnicalSupport} {
			if !kinds[k][kind] {
				t.Errorf("%s has no %s action", k, kind)
			}
		}
	}
	// The catalogue's prerequisites become action prerequisites.
	got, _ := cpb.Prerequisites("episarnica-onboarding")
	want := []string{"consentid-onboarding", "epecat-onboarding", "episarnica-training", "esanduce-onboarding", "pisarnica-onboarding"}
	if !slices.Equal(got, want) {
		t.Errorf("episarnica-onboarding requires %v, want %v", got, want)
	}
	if _, ok := cpb.Prerequisites("nope"); ok {
		t.Error("an unknown action has prerequisites")
	}
}

func TestCompilePlaybookReportsEveryProblem(t *testing.T) {
	cat := egov.SerbianCatalog()
	pb := plan.Playbook{ID: "Bad", Version: "", Actions: []plan.Action{
		{Key: "a", Service: "nope", Kind: plan.KindTraining, Owner: plan.OwnerTeam, Effort: pd("0")},
		{Key: "a", Service: "eid", Kind: 9, Owner: 0, Effort: pd("1.005"), Audience: plan.TraineesStaff},
		{Key: "c", Service: "eid", Kind: plan.KindMaterials, Owner: plan.OwnerTeam, Effort: pd("1"), Prerequisites: []string{"d", "c", "x"}},
		{Key: "d", Service: "eid", Kind: plan.KindPromotion, Owner: plan.OwnerTeam, Effort: pd("1")},
		{Key: "e", Kind: plan.KindTraining, Owner: plan.OwnerTeam, Effort: pd("1"), Effect: plan.Effect{Stage: egov.StagePiloting, Measure: "staf"}},
	}}
	_, err := plan.CompilePlaybook(pb, cat)
	want := []string{
		`id: playbook ID "Bad" is not lower-case ASCII words joined by hyphens (did you mean "bad"?)`,
		`version: missing version`,
		`actions[1].key: duplicate key "a", first at actions[0]`,
		`actions[0].service: unknown service "nope"`,
		`actions[0].effort: effort 0 is not positive`,
		`actions[1].kind: kind ActionKind(9) out of range`,
		`actions[1].owner: missing owner`,
		`actions[1].audience: only training has an audience`,
		`actions[1].effort: 1.005 has more than 2 decimal places`,
		`actions[2].prerequisites[0]: materials action "c" cannot require the later promotion action "d" of the same service`,
		`actions[2].prerequisites[1]: action "c" requires itself`,
		`actions[2].prerequisites[2]: unknown action "x"`,
		`actions[4].goals: an action with no service needs the goals it serves`,
		`actions[4].effect.stage: a stage effect needs the action's service`,
		`actions[4].effect.measure: unknown measure "staf"`,
	}
	if got := problemTexts(err); !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if _, err := plan.CompilePlaybook(plan.DefaultPlaybook(), nil); err == nil {
		t.Error("compiled without a catalogue")
	}
}

func TestCompilePlaybookNamesTheWholeCycle(t *testing.T) {
	cat := egov.SerbianCatalog()
	act := func(key string, prereqs ...string) plan.Action {
		return plan.Action{Key: key, Goals: []egov.GoalKind{egov.GoalTrain}, Kind: plan.KindTraining,
			Owner: plan.OwnerTeam, Effort: pd("1"), Prerequisites: prereqs}
	}
	_, err := plan.CompilePlaybook(plan.Playbook{ID: "p", Version: "1", Actions: []plan.Action{
		act("z"), act("c", "a"), act("a", "b"), act("b", "c"),
	}}, cat)
	got := problemTexts(err)
	if len(got) != 1 || got[0] != "actions[2].prerequisites: prerequisites form a cycle: a → b → c → a" {
		t.Errorf("got %q", got)
	}
}

func TestGenerateRejectsBadRequests(t *testing.T) {
	pb, _ := plan.CompileDefaultPlaybook()
	good := plan.Options{Start: egov.MustDate(2025, 12, 1), Horizon: 10, TeamCapacity: pd("3"), MunicipalityCapacity: pd("2")}
	req := plan.Request{Playbook: pb, Profile: egov.Profile{Municipality: "cacak", Date: egov.MustDate(2025, 11, 20)},
		Visit: egov.Visit{Municipality: "nis", Date: egov.MustDate(2025, 11, 20), Priorities: []egov.Priority{
			{Rank: 1, Goal: egov.GoalIntroduce, Service: "ezupp"}}},
		Options: plan.Options{Start: good.Start, Horizon: 0, TeamCapacity: pd("-1"), MunicipalityCapacity: pd("2")}}
	_, err := plan.Generate(req)
	want := []string{
		"model: missing maturity model",
		`visit.priorities[0].service: unknown service "ezupp"; did you mean "ezup"?`,
		`visit.municipality: visit to "nis", but the profile is of "cacak"`,
		"options.horizon: horizon 0 weeks is not positive",
		"options.team_capacity: capacity -1 is not positive",
	}
	if got := problemTexts(err); !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if _, err := plan.Generate(plan.Request{}); err == nil {
		t.Error("empty request accepted")
	}
}

// An effect gives a measure only a value a profile may hold: a whole count,
// a share of at most 1, never a negative number.
func TestCompilePlaybookChecksEffectValues(t *testing.T) {
	act := func(key string, m egov.Measure, v string) plan.Action {
		return plan.Action{Key: key, Service: egov.ServiceConsentID, Kind: plan.KindTraining, Owner: plan.OwnerTeam,
			Effort: pd("1"), Effect: plan.Effect{Measure: m, AtLeast: pd(v)}}
	}
	_, err := plan.CompilePlaybook(plan.Playbook{ID: "p", Version: "1", Actions: []plan.Action{
		act("a", egov.MeasureEIDOfficers, "2.5"), act("b", egov.MeasureElectronicCaseShare, "1.01"),
		act("c", egov.MeasureStaffTrained, "-1"), act("d", egov.MeasureElectronicCaseShare, "1"),
		act("e", egov.MeasureStaffTrained, "0"),
	}}, egov.SerbianCatalog())
	want := []string{
		"actions[0].effect.at_least: eid-registration-officers 2.5 is not a whole number",
		"actions[1].effect.at_least: share cases-handled-electronically 1.01 is more than 1",
		"actions[2].effect.at_least: staff-trained -1 is negative",
	}
	if got := problemTexts(err); !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
