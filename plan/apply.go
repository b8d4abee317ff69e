package plan

import (
	"github.com/digitaldistrict/egovkit/egov"
)

// Applied is a profile with a step's effect, as Step.Apply returns it.
type Applied struct {
	// Profile is the profile with the effect: a copy, never the profile
	// given.
	Profile egov.Profile
	// Changed says whether anything rose: a step whose effect the profile
	// shows already, or with no effect (materials, promotion), changes
	// nothing.
	Changed bool
	// Awaits names the whole a share effect needs and the profile does not
	// record ("a tenth of the staff trained" without the staff): that part
	// of the effect is left out until it is known, as the plan's figures
	// leave it out (Step.GainAwaits).
	Awaits egov.Measure
}

// Apply returns the profile with the step's effect, as the plan's figures
// count it: its service reaches at least the effect's stage, and its
// measure at least the value or the share of its whole the effect says,
// never above that whole where the profile records it; nothing is ever
// lowered. Applying a plan's scheduled steps in plan order to the plan's
// profile gives the profile its Projected figure is measured on. The
// profile given is not changed.
//
// The step's service and effect and the profile are checked as Replan
// checks them; every problem comes in one *egov.ValidationError. A nil step
// is an error.
func (s *Step) Apply(p egov.Profile) (Applied, error) {
	var ps egov.ProblemList
	if s == nil {
		ps.Add("step", "", "missing step")
		return Applied{}, ps.Err("step")
	}
	if s.Service != "" && !egov.IsKey(string(s.Service)) {
		notAKey(&ps, "step.service", "service key", string(s.Service))
	}
	if !s.Effect.IsZero() {
		checkEffect(&ps, "step.effect", "step", s.Service, s.Effect)
	}
	if err := p.Validate(nil); err != nil {
		ps.AppendErr("profile", err)
	}
	if err := ps.Err("step"); err != nil {
		return Applied{}, err
	}
	q, changed, awaits := applyEffect(p, s.Service, s.Effect)
	if !changed {
		q = p.Clone()
	}
	return Applied{Profile: q, Changed: changed, Awaits: awaits}, nil
}
