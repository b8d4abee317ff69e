package plan

import (
	"slices"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/maturity"
)

// Progress is what is known after a plan has been worked on for a while.
type Progress struct {
	// Profile is the municipality's later profile, from a follow-up visit.
	Profile egov.Profile
	// Done lists the steps the caller marks done: materials and promotion
	// leave no trace in a profile, so only the caller can say they are.
	Done []StepID
	// From is the day the re-plan starts (week 1 of the new plan).
	From egov.Date
}

// Replan marks done the steps the caller lists and those whose effect the
// later profile shows, and schedules what remains from Progress.From, with
// the plan's options otherwise. The remaining steps keep their order and
// their reasons; the figures are measured again from the later profile, on
// the same basis as Generate's (the lower end of its range), with each
// step's gain marginal in plan order. The plan given is not changed. The
// model must be the one the plan was made with, and no step may raise a
// measure the model divides by (as Generate requires of the playbook).
//
// The plan may have been built or changed by hand, so Replan checks it as
// it checks the progress: the municipality, the (deprecated) assumptions,
// which it then drops, the options,
// the priorities' ranks, goals and outcomes (OutcomeUnspecified is
// refused), and every step, scheduled or deferred (its ID, kind, owner, effort,
// effect and dependencies, which must name steps of the plan and form no
// cycle); SchedulePortfolio checks steps the same way. What a schedule
// produces (weeks, dates, gains, load) is computed again, not checked.
// Every problem comes in one *egov.ValidationError, at paths such as
// "plan.steps[2].owner".
func Replan(p *Plan, model *maturity.Compiled, pr Progress) (*Plan, error) {
	var ps egov.ProblemList
	if p == nil {
		ps.Add("plan", "", "missing plan")
	}
	given := ""
	if model != nil {
		given = model.ID() + " " + model.Version()
	}
	switch {
	case !checkModel(&ps, "model", model) || p == nil:
	case p.Model == "" || p.ModelVersion == "":
		if p.Model == "" {
			ps.Add("plan.model", "", "missing model ID (the model given is %s)", given)
		}
		switch {
		case p.ModelVersion != "":
		case p.Model == "":
			ps.Add("plan.model_version", "", "missing model version")
		default:
			ps.Add("plan.model_version", "", "missing version of model %s (the model given is %s)", p.Model, given)
		}
	case model.ID() != p.Model || model.Version() != p.ModelVersion:
		ps.Add("model", given, "the plan was made with %s %s, not %s", p.Model, p.ModelVersion, given)
	}
	if err := pr.Profile.Validate(nil); err != nil {
		ps.AppendErr("profile", err)
	}
	if pr.From.IsZero() {
		ps.Add("from", "", "missing date to re-plan from")
	}
	if p == nil {
		return nil, ps.Err("re-plan")
	}
	if pr.Profile.Municipality != "" && p.Municipality != "" && pr.Profile.Municipality != p.Municipality {
		ps.Add("profile.municipality", pr.Profile.Municipality, "profile of %q, but the plan is for %q", pr.Profile.Municipality, p.Municipality)
	}
	checkMunicipality(&ps, "plan.municipality", p.Municipality)
	for i, a := range p.Assumptions {
		checkAssumption(&ps, index("plan.assumptions", i), a)
	}
	for i, st := range p.Priorities {
		checkPriorityStatus(&ps, index("plan.priorities", i), st)
	}
	order := addSteps(&ps, "plan", p, 0, &[numOwners]int32{OwnerMunicipality: 1, OwnerPartner: 2}, &jobs{depStart: []int32{0}})
	known := make(map[StepID]bool, len(order))
	var divisors map[egov.Measure]string
	if model.ID() != "" {
		divisors = newBasis(model).divisors()
	}
	for _, r := range order {
		s := r.of(p)
		known[s.ID] = true
		checkDivisor(&ps, r.path("plan"), "step "+stepName(s), s.Effect, divisors, model.ID()+" "+model.Version())
	}
	for i, id := range pr.Done {
		if !known[id] {
			ps.Add(index("done", i), id.String(), "the plan has no step %s", id)
		}
	}
	// The plan's options, from the new start (checked above as "from").
	opts := p.Options
	opts.Start = pr.From
	team, municipality, partner := opts.validateFromStart(&ps, "plan.options")
	if err := ps.Err("re-plan"); err != nil {
		return nil, err
	}

	done := make(map[StepID]bool, len(order))
	for _, id := range pr.Done {
		done[id] = true
	}
	for _, r := range order {
		if s := r.of(p); !s.Effect.IsZero() && shown(s.Service, s.Effect, pr.Profile) {
			done[s.ID] = true
		}
	}
	out := &Plan{Municipality: p.Municipality, Visit: p.Visit, Model: p.Model, ModelVersion: p.ModelVersion,
		Playbook: p.Playbook, PlaybookVersion: p.PlaybookVersion, Options: opts,
		Priorities: slices.Clone(p.Priorities), Profile: pr.Profile.Clone()}
	fig := newBasis(model)
	var err error
	if out.Recorded, out.Range, err = fig.figures(pr.Profile); err != nil {
		return nil, err
	}

	var steps []Step
	pos := map[StepID]int{}
	for _, r := range order {
		s := *r.of(p)
		if done[s.ID] {
			out.Done = append(out.Done, s.ID)
			continue
		}
		s.DependsOn = slices.DeleteFunc(slices.Clone(s.DependsOn), func(id StepID) bool { return done[id] })
		pos[s.ID] = len(steps)
		steps = append(steps, s)
	}
	deps := make([][]int, len(steps))
	for k, s := range steps {
		for _, id := range s.DependsOn {
			if q, ok := pos[id]; ok {
				deps[k] = append(deps[k], q)
			}
		}
	}
	if err := place(out, steps, deps, []int64{team, municipality, partner}, fig, pr.Profile); err != nil {
		return nil, err
	}
	return out, nil
}
