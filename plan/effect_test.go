package plan_test

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/maturity"
	"github.com/digitaldistrict/egovkit/plan"
)

// An effect never raises a whole (staff), which lowers the share its parts
// make of it: the playbook that raised staff planned a start of 100
// and a projection of 1. A share of a whole is from more than 0 to 1, for a
// measure that has a whole, instead of a value.
func TestCompilePlaybookRefusesEffectsThatCouldLowerAScore(t *testing.T) {
	act := func(key string, e plan.Effect) plan.Action {
		return plan.Action{Key: key, Goals: []egov.GoalKind{egov.GoalTrain}, Kind: plan.KindTraining, Owner: plan.OwnerTeam,
			Effort: pd("1"), Effect: e}
	}
	_, err := plan.CompilePlaybook(plan.Playbook{ID: "p", Version: "1", Actions: []plan.Action{
		act("hire", plan.Effect{Measure: egov.MeasureStaff, AtLeast: pd("100")}),
		act("zero-share", plan.Effect{Measure: egov.MeasureStaffTrained, ShareOfWhole: pd("0")}),
		act("over", plan.Effect{Measure: egov.MeasureStaffTrained, ShareOfWhole: pd("1.5")}),
		act("no-whole", plan.Effect{Measure: egov.MeasureCitizenEServices, ShareOfWhole: pd("0.5")}),
		act("both", plan.Effect{Measure: egov.MeasureEIDOfficers, AtLeast: pd("2"), ShareOfWhole: pd("0.5")}),
		act("no-measure", plan.Effect{ShareOfWhole: pd("0.5")}),
		act("fine", plan.Effect{Measure: egov.MeasureEIDOfficers, ShareOfWhole: pd("0.05")}),
	}}, egov.SerbianCatalog())
	want := []string{
		"actions[0].effect.measure: raising staff could lower a score: staff-trained and eid-registration-officers " +
			"are parts of it, and a share of it falls as it grows",
		"actions[2].effect.share_of_whole: share 1.5 is not more than 0 and at most 1",
		"actions[3].effect.share_of_whole: eservices-for-citizens is not part of another measure",
		"actions[4].effect.at_least: give at_least or share_of_whole, not both",
		"actions[5].effect.share_of_whole: a share of a whole needs the measure it raises",
	}
	if got := problemTexts(err); !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// ratioModel is a model with one indicator, a ratio of staff trained to
// eID registration officers: raising the officers can lower it.
func ratioModel(t *testing.T) *maturity.Compiled {
	d := decimal.RequireFromString
	m, err := maturity.Compile(maturity.Model{ID: "ratio", Version: "1", Scale: maturity.Scale{Min: d("0"), Max: d("100")},
		Bands: []maturity.Band{{Key: "all", From: d("0"), To: d("100")}}, Rounding: maturity.Rounding{Places: 2},
		Dimensions: []maturity.Dimension{{Key: "d", Weight: d("1"), Indicators: []maturity.Indicator{{Key: "trained-per-officer",
			Weight: d("1"), Rule: maturity.Rule{Kind: maturity.RuleRatio, Numerator: egov.MeasureStaffTrained,
				Denominator: egov.MeasureEIDOfficers}}}}}})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// Generate refuses a playbook with an effect on a measure the model
// divides by, naming the action and the indicator; Replan refuses such a
// step.
func TestGenerateRefusesEffectsOnADivisor(t *testing.T) {
	req := cacakRequest(t)
	req.Model = ratioModel(t)
	_, err := plan.Generate(req)
	pb := req.Playbook.Playbook()
	i := slices.IndexFunc(pb.Actions, func(a plan.Action) bool { return a.Key == "consentid-officer-training" })
	want := []string{"playbook.actions[" + itoa(i) + "].effect.measure: action consentid-officer-training raises " +
		"eid-registration-officers, which indicator \"trained-per-officer\" of model ratio 1 divides by: raising it could lower the score"}
	if got := problemTexts(err); !slices.Equal(got, want) {
		t.Errorf("Generate:\ngot  %s\nwant %s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	req = cacakRequest(t)
	p, err := plan.Generate(req)
	if err != nil {
		t.Fatal(err)
	}
	p.Model, p.ModelVersion = "ratio", "1"
	k := slices.IndexFunc(p.Steps, func(s plan.Step) bool { return s.Action == "consentid-officer-training" })
	_, err = plan.Replan(p, ratioModel(t), plan.Progress{Profile: req.Profile, From: req.Options.Start})
	want = []string{"plan.steps[" + itoa(k) + "].effect.measure: step consentid-officer-training raises " +
		"eid-registration-officers, which indicator \"trained-per-officer\" of model ratio 1 divides by: raising it could lower the score"}
	if got := problemTexts(err); !slices.Equal(got, want) {
		t.Errorf("Replan:\ngot  %s\nwant %s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// A training that trains a share of the staff: with the staff known, it
// raises staff trained to that share rounded up, and gains; with the staff
// unknown, its gain waits for them, and the step says so rather than
// showing 0; a count above the staff is capped at the staff.
func TestShareOfWholeEffects(t *testing.T) {
	book, err := plan.CompileDefaultPlaybook()
	if err != nil {
		t.Fatal(err)
	}
	day := egov.MustDate(2026, 1, 15)
	request := func(p egov.Profile) plan.Request {
		return plan.Request{Playbook: book, Model: maturity.Default(), Profile: p,
			Visit: egov.Visit{Municipality: "pirot", Date: day, Priorities: []egov.Priority{{Rank: 1, Goal: egov.GoalTrain}}},
			Options: plan.Options{Start: egov.MustDate(2026, 2, 2), Horizon: 10, TeamCapacity: pd("3"),
				MunicipalityCapacity: pd("2")}}
	}
	step := func(p *plan.Plan, action string) plan.Step {
		t.Helper()
		i := slices.IndexFunc(p.Steps, func(s plan.Step) bool { return s.Action == action })
		if i < 0 {
			t.Fatalf("no step %s", action)
		}
		return p.Steps[i]
	}
	// 30 staff, none known trained: a quarter is 7.5, so 8 are trained.
	known := egov.Profile{Municipality: "pirot", Date: day}.WithMeasure(egov.MeasureStaff, pd("30"))
	p, err := plan.Generate(request(known))
	if err != nil {
		t.Fatal(err)
	}
	s := step(p, "staff-digital-skills")
	// 8 of 30 trained, a share of 0.266667 (indicator values hold six
	// places): 15 · 2/3 · 0.266667 = 2.66667 points on the lower end.
	if s.GainAwaits != "" || s.GainExact == nil || s.GainExact.RatString() != "266667/100000" {
		t.Errorf("staff known: gain %v, awaits %q; want 266667/100000", s.GainExact, s.GainAwaits)
	}
	// The staff unknown: no gain to show until they are known.
	p, err = plan.Generate(request(egov.Profile{Municipality: "pirot", Date: day}))
	if err != nil {
		t.Fatal(err)
	}
	s = step(p, "staff-digital-skills")
	if s.GainAwaits != egov.MeasureStaff || s.GainExact != nil {
		t.Errorf("staff unknown: gain %v, awaits %q; want none, awaiting staff", s.GainExact, s.GainAwaits)
	}
	data, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), `"gain_awaits":"staff"`) {
		t.Errorf("the plan's JSON does not say the gain awaits staff: %s", data)
	}
	// Two officers in an administration of one: one officer.
	one := egov.Profile{Municipality: "pirot", Date: day}.WithMeasure(egov.MeasureStaff, pd("1"))
	req := request(one)
	req.Visit.Priorities = []egov.Priority{{Rank: 1, Goal: egov.GoalTrain, Service: egov.ServiceConsentID}}
	if p, err = plan.Generate(req); err != nil {
		t.Fatal(err)
	}
	s = step(p, "consentid-officer-training")
	// 1 officer of the target 2: 15 · 1/3 · 1/2 = 5/2.
	if s.GainExact == nil || s.GainExact.RatString() != "5/2" {
		t.Errorf("one staff: officers' gain %v, want 5/2", s.GainExact)
	}
}

// A step only an indicator gap asks for is planned only when it gains: the
// eID fully rolled out adds nothing to "eID in use", which partly in use
// already meets (the eid-rollout, planned with +0.00).
func TestNoGapStepThatGainsNothing(t *testing.T) {
	book, err := plan.CompileDefaultPlaybook()
	if err != nil {
		t.Fatal(err)
	}
	day := egov.MustDate(2026, 1, 15)
	p, err := plan.Generate(plan.Request{Playbook: book, Model: maturity.Default(),
		Profile: egov.Profile{Municipality: "pirot", Date: day}.WithStage(egov.ServiceEID, egov.StagePartlyInUse).
			WithStage(egov.ServiceDDC, egov.StagePlanned),
		Visit: egov.Visit{Municipality: "pirot", Date: day},
		Options: plan.Options{Start: egov.MustDate(2026, 2, 2), Horizon: 10, TeamCapacity: pd("3"),
			MunicipalityCapacity: pd("2")}})
	if err != nil {
		t.Fatal(err)
	}
	var actions []string
	for _, s := range p.Steps {
		actions = append(actions, s.Action)
	}
	// The State Data Centre's onboarding gains; it needs its training and
	// materials.
	if want := []string{"ddc-materials", "ddc-training", "ddc-onboarding"}; !slices.Equal(actions, want) {
		t.Errorf("steps %v, want %v", actions, want)
	}
}

// Bela Palanka's plan assumes nothing: its finding says some staff already
// register citizens, and the plan no longer takes their number as 0.
func TestPlansAssumeNothing(t *testing.T) {
	book, err := plan.CompileDefaultPlaybook()
	if err != nil {
		t.Fatal(err)
	}
	day := egov.MustDate(2025, 11, 25)
	p, err := plan.Generate(plan.Request{Playbook: book, Model: maturity.Default(),
		Profile: egov.Profile{Municipality: "bela-palanka", Date: day}.WithStage(egov.ServiceConsentID, egov.StagePartlyInUse),
		Visit: egov.Visit{Municipality: "bela-palanka", Date: day,
			Findings: []egov.Finding{{Service: egov.ServiceConsentID,
				Observation: "Some employees already register citizens; more of them should."}},
			Priorities: []egov.Priority{{Rank: 1, Goal: egov.GoalExpandUse, Service: egov.ServiceConsentID}}},
		Options: plan.Options{Start: egov.MustDate(2025, 12, 1), Horizon: 10, TeamCapacity: pd("3"),
			MunicipalityCapacity: pd("2")}})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Assumptions) != 0 {
		t.Errorf("assumptions %v", p.Assumptions)
	}
	data, _ := json.Marshal(p)
	if strings.Contains(string(data), "assumptions") {
		t.Errorf("the plan's JSON lists assumptions: %s", data)
	}
}
