package plan_test

import (
	"reflect"
	"slices"
	"testing"

	"pgregory.net/rapid"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/plan"
)

// Applying a plan's scheduled steps in plan order to the plan's profile
// gives the profile its projected figure is measured on; no step lowers a
// stage or a measure, and the profile given is never changed.
func TestApplyGivesTheProjectedProfile(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		req, p := generated(t)
		profile := p.Profile
		for i := range p.Steps {
			s := &p.Steps[i]
			before := profile.Clone()
			got, err := s.Apply(profile)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(profile, before) {
				t.Fatalf("%s changed the profile given", s.Action)
			}
			for key, st := range before.Stages {
				if got.Profile.Stage(key) < st {
					t.Fatalf("%s lowered %s", s.Action, key)
				}
			}
			for m, v := range before.Measures {
				if w, ok := got.Profile.Measure(m); !ok || w.LessThan(v) {
					t.Fatalf("%s lowered %s", s.Action, m)
				}
			}
			if got.Changed == reflect.DeepEqual(got.Profile, before) {
				t.Fatalf("%s: changed %v, but the profile %s", s.Action, got.Changed, map[bool]string{true: "did not change", false: "changed"}[!got.Changed])
			}
			if got.Awaits != "" && got.Awaits != s.GainAwaits {
				t.Fatalf("%s awaits %s, the plan says %s", s.Action, got.Awaits, s.GainAwaits)
			}
			profile = got.Profile
		}
		if p.Projected == nil {
			return
		}
		r, err := req.Model.Range(profile)
		if err != nil {
			t.Fatal(err)
		}
		if r.Low.Exact().Cmp(p.Projected.Exact) != 0 {
			t.Fatalf("the steps applied reach %s, the plan projects %s", r.Low.Exact().RatString(), p.Projected.Exact.RatString())
		}
	})
}

// Apply refuses a nil step, an effect no plan can have and a profile that is
// not valid, every problem at once.
func TestApplyRefusesBadInput(t *testing.T) {
	var nilStep *plan.Step
	if _, err := nilStep.Apply(egov.Profile{}); err == nil {
		t.Error("a nil step applied")
	}
	s := &plan.Step{Service: "Bad Key", Effect: plan.Effect{Measure: egov.MeasureStaff, AtLeast: pd("3")}}
	_, err := s.Apply(egov.Profile{Municipality: "x"})
	got := problemTexts(err)
	want := []string{
		`step.service: service key "Bad Key" is not lower-case ASCII words joined by hyphens (did you mean "bad-key"?)`,
		"step.effect.measure: raising staff could lower a score: staff-trained and eid-registration-officers are parts of it, " +
			"and a share of it falls as it grows",
		"profile.date: missing date",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}
