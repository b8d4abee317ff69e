package plan

import (
	"maps"
	"math"
	"slices"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/exact"
	"github.com/digitaldistrict/egovkit/maturity"
)

// Progress is what is known after a plan has been worked on for a while.
type Progress struct {
	// Profile is the municipality's later profile, from a follow-up visit.
	Profile egov.Profile
	// Done lists the steps the caller marks done: materials and promotion
	// leave no trace in a profile, so only the caller can say they are. It
	// is short for Steps entries implemented fully.
	Done []StepID
	// Steps says how far each step the caller reports on has come: done,
	// not started or part done (see StepProgress). A step the caller does
	// not report on keeps what the plan says of it.
	Steps []StepProgress
	// Regressed lists the services the caller confirms have really moved
	// back to a lower stage than the plan's profile records: a service
	// switched off or scaled back. Without it, Replan takes such a later
	// profile for a mistake and refuses it.
	Regressed []egov.ServiceKey
	// From is the day the re-plan starts (week 1 of the new plan): not
	// before the plan's start, nor before the later profile's date.
	From egov.Date
}

// A StepProgress is what the caller reports of one step of the plan: how
// far it has been implemented and, for a step under way, the person-days
// spent on it.
//
// The four states map onto a schedule so. A step implemented fully is
// done, and one not implemented has not started: Spent is not given for
// either. A step implemented substantially or to a lesser extent is part
// done: Spent is the person-days spent on it in all, at most two places,
// not less than what the plan already records as spent (Step.Spent) and
// less than the step's whole effort; substantially is at least half of the whole effort, to a lesser
// extent at most half. When Spent is zero, it is taken as three quarters
// of the whole effort for substantially and a quarter for to a lesser
// extent, rounded down to the hundredth of a person-day (so that what
// remains is never understated), and never less than the plan records:
// those shares are planning assumptions, as efforts are. What remains,
// the whole effort less Spent, is what the re-plan schedules.
type StepProgress struct {
	Step  StepID
	State Implementation
	Spent decimal.Decimal
}

// Shares of a step's whole effort taken as spent, in quarters, when a part
// done step's Spent is not given.
const (
	substantialQuarters = 3
	lesserQuarters      = 1
)

// Replan marks done the steps the caller reports implemented fully, those
// whose effect the later profile shows, and those no longer needed at the
// stage the later profile shows (see Step.NeededBelow); takes what was
// spent on the steps the caller reports part done; and schedules what
// remains from Progress.From, with the plan's options otherwise. The
// remaining steps keep their order and their reasons, and a step under way
// is scheduled before any step that has not begun; the figures are
// measured again from the later profile, on the same basis as Generate's
// (the lower end of its range), with each step's gain marginal in plan
// order. The plan given is not changed. The model must be the one the plan
// was made with, and no step may raise a measure the model divides by (as
// Generate requires of the playbook).
//
// Replan refuses progress that contradicts the plan: a date to re-plan from
// before the plan's start or before the later profile's date, a later
// profile dated before the plan's, a service at a lower stage than in the
// plan's profile (unless the caller lists it in Progress.Regressed, and then
// the plan lists it in Regressions) or no longer recorded, a step reported
// twice or unknown to the plan, spent effort that does not fit its state,
// and a step reported part done whose prerequisites are not done. A plan
// with the zero Profile, written before plans kept theirs, is not compared
// with the later profile.
//
// The plan may have been built or changed by hand, so Replan checks it as
// it checks the progress: the municipality, the profile, the (deprecated)
// assumptions, which it then drops, the options, the priorities' ranks,
// goals and outcomes (OutcomeUnspecified is refused), and every step,
// scheduled or deferred (its ID, kind, owner, effort and spent effort,
// effect and the stage it is needed below, and dependencies, which must
// name steps of the plan and form no cycle); SchedulePortfolio checks steps
// the same way. What a schedule produces (weeks, dates, gains, load) is
// computed again, not checked. Every problem comes in one
// *egov.ValidationError, at paths such as "plan.steps[2].owner" and
// "steps[0].spent".
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
	checkPlanProfile(&ps, "plan.profile", p)
	for i, a := range p.Assumptions {
		checkAssumption(&ps, index("plan.assumptions", i), a)
	}
	for i, st := range p.Priorities {
		checkPriorityStatus(&ps, index("plan.priorities", i), st)
	}
	order := addSteps(&ps, "plan", p, 0, &[numOwners]int32{OwnerMunicipality: 1, OwnerPartner: 2}, &jobs{depStart: []int32{0}})
	var divisors map[egov.Measure]string
	if model.ID() != "" {
		divisors = newBasis(model).divisors()
	}
	for _, r := range order {
		s := r.of(p)
		checkDivisor(&ps, r.path("plan"), "step "+stepName(s), s.Effect, divisors, model.ID()+" "+model.Version())
	}
	reports := checkProgress(&ps, p, order, pr)
	checkReplanDates(&ps, p, pr)
	regressions := checkRegressions(&ps, p, pr)
	// The plan's options, from the new start (checked above as "from").
	opts := p.Options
	opts.Start = pr.From
	team, municipality, partner := opts.validateFromStart(&ps, "plan.options")
	if err := ps.Err("re-plan"); err != nil {
		return nil, err
	}

	done := make(map[StepID]bool, len(order))
	for id, rep := range reports {
		if rep.state == ImplementedFully {
			done[id] = true
		}
	}
	var before *egov.Profile
	if !isZeroProfile(p.Profile) {
		before = &p.Profile
	}
	for _, r := range order {
		if s := r.of(p); foundDone(s, before, pr.Profile) {
			done[s.ID] = true
		}
	}
	// A step under way needs its prerequisites ended: report each one
	// neither done nor shown done.
	for _, r := range order {
		s := r.of(p)
		rep := reports[s.ID]
		if rep == nil || !rep.state.partDone() || done[s.ID] {
			continue
		}
		for _, d := range s.DependsOn {
			if !done[d] {
				ps.Add(rep.path, s.ID.String(), "%s is under way, but %s, which must end before it starts, is neither reported done nor shown done by the profile",
					stepName(s), stepNameOf(p, order, d))
			}
		}
	}
	if err := ps.Err("re-plan"); err != nil {
		return nil, err
	}

	out := &Plan{Municipality: p.Municipality, Visit: p.Visit, Model: p.Model, ModelVersion: p.ModelVersion,
		Playbook: p.Playbook, PlaybookVersion: p.PlaybookVersion, Options: opts,
		Priorities: slices.Clone(p.Priorities), Profile: pr.Profile.Clone(), Regressions: regressions}
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
		if rep := reports[s.ID]; rep != nil && rep.state.partDone() {
			whole := exact.Units(s.Effort, effortPlaces) + exact.Units(s.Spent, effortPlaces)
			s.Effort = decimal.New(whole-rep.spent, -effortPlaces)
			s.Spent = decimal.New(rep.spent, -effortPlaces)
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

// foundDone reports whether the later profile makes a step done: a step
// needed below a stage of its service once the service reaches it, as
// Generate would leave it out (unless an agreed priority asks for it
// directly, as Generate then plans it whatever the stage); another step
// once the later profile shows its effect and the plan's profile (before,
// nil when the plan has none) did not: a step an agreed priority asks for
// is planned even when the profile shows its effect already, and is not
// done by that.
func foundDone(s *Step, before *egov.Profile, later egov.Profile) bool {
	if s.Service != "" && s.NeededBelow != egov.StageUnknown && !askedFor(s) {
		return later.Stage(s.Service) >= s.NeededBelow
	}
	if s.Effect.IsZero() || !shown(s.Service, s.Effect, later) {
		return false
	}
	return before == nil || !shown(s.Service, s.Effect, *before)
}

// askedFor reports whether an agreed priority asks for the step directly.
func askedFor(s *Step) bool {
	for _, r := range s.Rationale.Reasons {
		if r.Kind == ReasonPriority {
			return true
		}
	}
	return false
}

// scheduleClass is the class a step is scheduled by: its own, or, for a
// step under way, one before every class, so that it claims its owner's
// capacity before a step that has not begun.
func scheduleClass(s *Step) int {
	if s.Spent.Sign() > 0 {
		return math.MinInt
	}
	return s.Class
}

// A stepReport is what the caller reported of one step: its state, the
// hundredths of a person-day spent on it in all (for a step part done), and
// where the report is in the progress.
type stepReport struct {
	state Implementation
	spent int64
	path  string
}

// checkProgress checks what the caller reports of the plan's steps (Done and
// Steps) and returns it by step.
func checkProgress(ps *egov.ProblemList, p *Plan, order []stepRef, pr Progress) map[StepID]*stepReport {
	steps := make(map[StepID]*Step, len(order))
	for _, r := range order {
		if s := r.of(p); !s.ID.IsZero() {
			if _, dup := steps[s.ID]; !dup {
				steps[s.ID] = s
			}
		}
	}
	reports := map[StepID]*stepReport{}
	// report records a report of step id at path, or says why it cannot.
	report := func(path string, id StepID, state Implementation) (*Step, bool) {
		s, known := steps[id]
		switch {
		case id.IsZero():
			ps.Add(path, "", "missing step ID")
		case !known:
			ps.Add(path, id.String(), "the plan has no step %s", id)
		case reports[id] != nil:
			ps.Add(path, id.String(), "step %s reported more than once, first at %s", stepName(s), reports[id].path)
		default:
			reports[id] = &stepReport{state: state, path: path}
			return s, true
		}
		return nil, false
	}
	for i, id := range pr.Done {
		report(index("done", i), id, ImplementedFully)
	}
	for i, sp := range pr.Steps {
		path := index("steps", i)
		switch {
		case sp.State == ImplementationUnspecified:
			ps.Add(path+".state", "", "missing state of implementation")
		case !sp.State.IsValid():
			ps.Add(path+".state", sp.State.String(), "state %s out of range", sp.State)
		}
		spent, spentOK := checkSpent(ps, path+".spent", sp.Spent)
		s, ok := report(path+".step", sp.Step, sp.State)
		if ok {
			reports[sp.Step].path = path
		}
		if !ok || !sp.State.IsValid() || !spentOK {
			continue
		}
		recorded, recordedOK := exact.SmallUnits(s.Spent, effortPlaces)
		effort, effortOK := exact.SmallUnits(s.Effort, effortPlaces)
		if !recordedOK || !effortOK {
			continue // the step's own problems are reported with the plan's
		}
		whole := effort + recorded
		text := func(units int64) string { return exact.FormatDecimal(decimal.New(units, -effortPlaces)) }
		switch {
		case !sp.State.partDone() && spent != 0:
			ps.Add(path+".spent", text(spent), "spent effort is given only for a step implemented substantially or to a lesser extent, not %s", sp.State)
		case sp.State == NotImplemented && recorded != 0:
			ps.Add(path+".state", sp.State.String(), "the plan records %s person-days spent on %s: it has begun", text(recorded), stepName(s))
		case !sp.State.partDone():
		case spent == 0:
			quarters := int64(lesserQuarters)
			if sp.State == ImplementedSubstantially {
				quarters = substantialQuarters
			}
			reports[sp.Step].spent = max(whole*quarters/4, recorded)
		case spent < recorded:
			ps.Add(path+".spent", text(spent), "%s person-days is less than the %s the plan already records as spent on %s",
				text(spent), text(recorded), stepName(s))
		case spent >= whole:
			ps.Add(path+".spent", text(spent), "%s person-days is not less than the %s the whole of %s takes: a step with nothing left is implemented fully",
				text(spent), text(whole), stepName(s))
		case sp.State == ImplementedSubstantially && 2*spent < whole:
			ps.Add(path+".spent", text(spent), "%s of the %s person-days of %s is less than half: not implemented substantially",
				text(spent), text(whole), stepName(s))
		case sp.State == ImplementedToALesserExtent && 2*spent > whole:
			ps.Add(path+".spent", text(spent), "%s of the %s person-days of %s is more than half: not implemented to a lesser extent",
				text(spent), text(whole), stepName(s))
		default:
			reports[sp.Step].spent = spent
		}
	}
	return reports
}

// checkSpent checks person-days spent: not negative, at most two places, at
// most MaxEffort; it returns them in hundredths.
func checkSpent(ps *egov.ProblemList, path string, d decimal.Decimal) (int64, bool) {
	if units, ok := exact.SmallUnits(d, effortPlaces); ok && units >= 0 && units <= MaxEffort*100 {
		return units, true
	}
	if err := exact.CheckDecimal(d); err != nil {
		ps.Add(path, "", "%v", err)
		return 0, false
	}
	text := exact.FormatDecimal(d)
	switch {
	case exact.Places(d) > effortPlaces:
		ps.Add(path, text, "%s has more than %d decimal places", text, effortPlaces)
	case d.Sign() < 0:
		ps.Add(path, text, "spent effort %s is negative", text)
	default:
		ps.Add(path, text, "spent effort %s is above %d person-days", text, MaxEffort)
	}
	return 0, false
}

// stepNameOf names the step with the ID among the plan's, or gives the ID.
func stepNameOf(p *Plan, order []stepRef, id StepID) string {
	for _, r := range order {
		if s := r.of(p); s.ID == id {
			return stepName(s)
		}
	}
	return id.String()
}

// checkReplanDates checks the dates of a re-plan against the plan: it
// starts neither before the plan's start nor before the later profile's
// date, and the later profile is not dated before the plan's.
func checkReplanDates(ps *egov.ProblemList, p *Plan, pr Progress) {
	if !pr.From.IsZero() {
		if start := p.Options.Start; !start.IsZero() && pr.From.Before(start) {
			ps.Add("from", pr.From.String(), "re-plan from %s, before the plan's start on %s", pr.From, start)
		}
		if d := pr.Profile.Date; !d.IsZero() && pr.From.Before(d) {
			ps.Add("from", pr.From.String(), "re-plan from %s, before the later profile's date %s: the plan starts from what that profile shows",
				pr.From, d)
		}
	}
	if d := p.Profile.Date; !d.IsZero() && !pr.Profile.Date.IsZero() && pr.Profile.Date.Before(d) {
		ps.Add("profile.date", pr.Profile.Date.String(), "the later profile is of %s, before the plan's profile of %s", pr.Profile.Date, d)
	}
}

// checkRegressions compares the stages of the later profile with those of
// the plan's profile and returns the services that moved back, which the
// caller must confirm in Progress.Regressed. A stage the plan's profile
// records and the later one does not is refused: a follow-up profile
// carries forward what did not change, and an unknown stage would count as
// not started.
func checkRegressions(ps *egov.ProblemList, p *Plan, pr Progress) []Regression {
	confirmed := map[egov.ServiceKey]int{}
	for i, key := range pr.Regressed {
		path := index("regressed", i)
		switch j, dup := confirmed[key]; {
		case key == "":
			ps.Add(path, "", "missing service")
		case !egov.IsKey(string(key)):
			notAKey(ps, path, "service key", string(key))
		case dup:
			ps.Add(path, string(key), "service %s given more than once, first at regressed[%d]", key, j)
		default:
			confirmed[key] = i
		}
	}
	if isZeroProfile(p.Profile) {
		if len(pr.Regressed) > 0 {
			ps.Add("regressed", string(pr.Regressed[0]), "the plan records no profile to compare the later one with")
		}
		return nil
	}
	var out []Regression
	for _, key := range slices.Sorted(maps.Keys(p.Profile.Stages)) {
		was, now := p.Profile.Stages[key], pr.Profile.Stage(key)
		i, ok := confirmed[key]
		delete(confirmed, key)
		path := stagePath(key)
		switch {
		case !was.IsKnown():
		case !now.IsKnown():
			ps.Add(path, "", "%s was %s in the plan's profile and is not recorded in the later one: record its stage (the same, if it did not change)",
				key, was)
		case now < was && ok:
			out = append(out, Regression{Service: key, Was: was, Now: now})
		case now < was:
			ps.Add(path, now.String(), "%s moved back from %s to %s since the plan was made: if it really did (a service switched off), list it in regressed",
				key, was, now)
		case ok:
			ps.Add(index("regressed", i), string(key), "%s did not move back: %s in the plan's profile, %s in the later one", key, was, now)
		}
	}
	for i, key := range pr.Regressed {
		if j, left := confirmed[key]; left && j == i {
			ps.Add(index("regressed", i), string(key), "the plan's profile records no stage of %s to move back from", key)
		}
	}
	return out
}

// stagePath is the path of a service's stage in the later profile.
func stagePath(key egov.ServiceKey) string {
	if egov.IsKey(string(key)) {
		return "profile.stages." + string(key)
	}
	return "profile.stages[" + strconv.Quote(string(key)) + "]"
}

// isZeroProfile reports whether a plan records no profile.
func isZeroProfile(p egov.Profile) bool {
	return p.Municipality == "" && p.Date.IsZero() && len(p.Stages) == 0 && len(p.Measures) == 0
}

// checkPlanProfile checks the profile a plan records, when it records one:
// a valid profile of the plan's municipality.
func checkPlanProfile(ps *egov.ProblemList, path string, p *Plan) {
	if isZeroProfile(p.Profile) {
		return
	}
	if err := p.Profile.Validate(nil); err != nil {
		ps.AppendErr(path, err)
	}
	if m := p.Profile.Municipality; m != "" && p.Municipality != "" && m != p.Municipality {
		ps.Add(path+".municipality", m, "profile of %q, but the plan is for %q", m, p.Municipality)
	}
}
