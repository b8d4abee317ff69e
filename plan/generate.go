package plan

import (
	"cmp"
	"math"
	"math/big"
	"slices"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/exact"
	"github.com/digitaldistrict/egovkit/internal/graph"
	"github.com/digitaldistrict/egovkit/maturity"
)

// Generate turns a visit into an operational plan.
//
// It selects actions from the playbook: for each agreed priority, in rank
// order, the actions its goal asks for (introduce → the service's go-live;
// adopt fully → its full rollout; expand use and train → its training;
// promote → its promotion; host securely → the State Data Centre's go-live
// unless another service is named; exchange data → eZUP's; goals with no
// service → the playbook's general actions for the goal); then, for a
// finding about a service the priorities leave alone, the service's next
// stage; then, for an indicator of the model that reads a service whose
// recorded stage is known and below fully in use, that service's next
// stage. Every selected action brings its prerequisites, except those whose
// effect the profile already shows. An action whose effect the profile
// already shows is left out unless a priority asks for it by name (train,
// promote, expand use), so no step works on a service already fully in use
// unless a priority asks for it.
//
// A step only an indicator gap asks for is planned only when its own gain
// (below) is positive.
//
// It orders the steps (dependencies first, then the agreed priority rank,
// then each action's own gain per person-day, then the step ID), schedules
// them on the weekly capacities of the options, and measures the plan's
// figures with the model (see the package documentation, "Plan figures"):
// an action's own gain is what its effect alone adds to the lower end of
// the profile's range (0 when it cannot be told), and each step's reported
// gain is what it adds once the steps before it in plan order are done.
//
// Every problem of the request comes in one *egov.ValidationError,
// including an effect of the playbook on a measure the model divides by
// (as staff trained is divided by staff), named with the action and the
// indicator: raising it could lower the score.
func Generate(req Request) (*Plan, error) {
	team, municipality, partner, err := req.validate()
	if err != nil {
		return nil, err
	}
	g := &generator{req: req, pb: req.Playbook, acts: req.Playbook.pb.Actions, fig: newBasis(req.Model)}
	g.own = make([]*big.Rat, len(g.acts))
	g.ownDone = make([]bool, len(g.acts))
	if g.recorded, g.rng, err = g.fig.figures(req.Profile); err != nil {
		return nil, err
	}
	if g.rng != nil {
		g.scored, g.start = true, g.rng.Low.Exact
	}
	g.selectActions()
	if g.err != nil {
		return nil, g.err
	}
	return g.build([]int64{team, municipality, partner})
}

type generator struct {
	req      Request
	pb       *CompiledPlaybook
	acts     []Action
	selected []bool
	class    []int
	reasons  [][]Reason
	// given holds every reason already in reasons, by action: an action
	// many others require collects as many reasons, and scanning its list
	// for each would cost their square.
	given map[givenReason]bool
	// selectedIn lists the selected actions of each service, and next
	// memoizes nextStage, which depends only on the profile: findings and
	// indicators about one service do not scan its actions each.
	selectedIn map[egov.ServiceKey][]int
	next       map[egov.ServiceKey]int
	status     []PriorityStatus
	// The figures: the basis they are measured on, the recorded score and
	// range, whether the basis scores at all and its lower end (start);
	// each action's own gain once computed (ownDone), and the first error
	// met computing one.
	fig      basis
	recorded *Score
	rng      *Range
	scored   bool
	start    *big.Rat
	own      []*big.Rat
	ownDone  []bool
	err      error
	// ids memoizes stepID, with the prefix every ID of the visit shares.
	ids      []StepID
	idPrefix string
}

// stepID returns action i's step ID, derived once per action (a SHA-1
// each): an action many others require is asked for its ID by each.
func (g *generator) stepID(i int) StepID {
	if g.ids == nil {
		g.ids = make([]StepID, len(g.acts))
		g.idPrefix = "step:" + g.req.Visit.ResolvedID().String() + ":"
	}
	if g.ids[i].IsZero() {
		g.ids[i] = egov.DeriveID[Step](g.idPrefix + g.acts[i].Key)
	}
	return g.ids[i]
}

// met reports whether the profile already shows what action a brings. An
// action with NeededBelow is needed below that stage of its service,
// whatever its measure effect shows: a service's training is still needed
// before its onboarding when staff trained in other work already reach
// its share. Other actions are met when the profile shows their effect.
func met(a Action, p egov.Profile) bool {
	if a.Service != "" && a.NeededBelow != egov.StageUnknown {
		return p.Stage(a.Service) >= a.NeededBelow
	}
	return shown(a.Service, a.Effect, p)
}

// shown reports whether the profile shows an effect on the service: its
// stage reached and its measure at its target. Work that leaves no trace is
// shown only on a service already fully in use (unless a priority forces
// it, no step works there); a share of a whole the profile does not record
// is not shown.
func shown(service egov.ServiceKey, e Effect, p egov.Profile) bool {
	if e.IsZero() {
		return service != "" && p.Stage(service) == egov.StageFullyInUse
	}
	if e.Stage != egov.StageUnknown && p.Stage(service) < e.Stage {
		return false
	}
	if e.Measure != "" {
		target, ok := effectTarget(p, e)
		v, known := p.Measure(e.Measure)
		return ok && known && !v.LessThan(target)
	}
	return true
}

// shows describes what the profile shows that meets action a: the stage of
// its service ("ddc partly-in-use") or the value of the measure it raises
// ("eid-registration-officers 2").
func shows(a Action, p egov.Profile) Shown {
	neededBelow := a.Service != "" && a.NeededBelow != egov.StageUnknown
	if m := a.Effect.Measure; m != "" && a.Effect.Stage == egov.StageUnknown && !neededBelow {
		v, _ := p.Measure(m)
		return Shown{Measure: m, Value: v}
	}
	return Shown{Service: a.Service, Stage: p.Stage(a.Service)}
}

// want selects action i for a reason, with its unmet prerequisites.
func (g *generator) want(i int, r Reason, class int, force bool) bool {
	if !g.selected[i] && !force && met(g.acts[i], g.req.Profile) {
		return false
	}
	first := !g.selected[i]
	improved := class < g.class[i]
	g.selected[i] = true
	if s := g.acts[i].Service; first && s != "" {
		g.selectedIn[s] = append(g.selectedIn[s], i)
	}
	if k := (givenReason{i, r}); !g.given[k] {
		g.given[k] = true
		g.reasons[i] = append(g.reasons[i], r)
	}
	g.class[i] = min(g.class[i], class)
	if first || improved {
		for _, j := range g.pb.prereqs[i] {
			g.want(j, Reason{Kind: ReasonPrerequisite, Step: g.stepID(i), StepAction: g.acts[i].Key}, g.class[i], false)
		}
	}
	return true
}

type givenReason struct {
	action int
	reason Reason
}

type target struct {
	action int
	force  bool
}

// targets returns the actions a priority asks for, or why there are none.
func (g *generator) targets(p egov.Priority) ([]target, PriorityReason) {
	s := p.Service
	if s == "" {
		switch p.Goal {
		case egov.GoalHostSecurely:
			s = egov.ServiceDDC
		case egov.GoalExchangeData:
			s = egov.ServiceEZUP
		default:
			// Other goals have no service of their own.
		}
		if !g.pb.cat.Has(s) {
			s = ""
		}
	}
	var out []target
	ofKind := func(k ActionKind, force bool) {
		for _, i := range g.pb.actionsOfKind(s, k) {
			out = append(out, target{i, force})
		}
	}
	if s != "" {
		switch p.Goal {
		case egov.GoalIntroduce, egov.GoalHostSecurely, egov.GoalExchangeData:
			if i := g.pb.goLive(s); i >= 0 {
				out = append(out, target{i, false})
			}
		case egov.GoalAdoptFully:
			if i := g.pb.highestStage(s); i >= 0 {
				out = append(out, target{i, false})
			}
		case egov.GoalExpandUse:
			ofKind(KindTraining, true)
			if i := g.pb.goLive(s); i >= 0 {
				out = append(out, target{i, false})
			}
		case egov.GoalTrain:
			ofKind(KindTraining, true)
		case egov.GoalPromote:
			ofKind(KindPromotion, true)
		default:
			// improve-communication and expand-services: general actions below.
		}
	}
	if len(out) == 0 {
		for _, i := range g.pb.byGoal[p.Goal] {
			out = append(out, target{i, true})
		}
	}
	if len(out) == 0 {
		return nil, PriorityReason{Kind: PriorityNoAction, Goal: p.Goal, Service: s}
	}
	return out, PriorityReason{}
}

func (g *generator) selectActions() {
	n := len(g.acts)
	g.selected = make([]bool, n)
	g.class = make([]int, n)
	g.reasons = make([][]Reason, n)
	g.given = map[givenReason]bool{}
	g.selectedIn = map[egov.ServiceKey][]int{}
	g.next = map[egov.ServiceKey]int{}
	for i := range g.class {
		g.class[i] = int(^uint(0) >> 1)
	}
	v := g.req.Visit
	maxRank := 0
	for _, p := range v.PrioritiesByRank() {
		maxRank = max(maxRank, p.Rank)
		st := PriorityStatus{ID: v.PriorityID(p.Rank), Rank: p.Rank, Goal: p.Goal, Service: p.Service, Description: p.Description}
		ts, why := g.targets(p)
		reason := Reason{Kind: ReasonPriority, Priority: st.ID, PriorityRank: p.Rank, Goal: p.Goal}
		var direct []int
		for _, t := range ts {
			if g.want(t.action, reason, p.Rank, t.force) {
				direct = append(direct, t.action)
			}
		}
		switch {
		case len(ts) == 0:
			st.Outcome = OutcomeNoAction
			st.setWhy(why)
		case len(direct) == 0:
			// Every target was met (forced ones are always wanted).
			why := PriorityReason{Kind: PriorityAlreadyShown}
			var seen []string
			for _, t := range ts {
				f := shows(g.acts[t.action], g.req.Profile)
				if text := (Words{}).shown(f); !slices.Contains(seen, text) {
					seen = append(seen, text)
					why.Shown = append(why.Shown, f)
				}
			}
			st.Outcome = OutcomeAlreadyMet
			st.setWhy(why)
		}
		g.status = append(g.status, st)
	}
	// Findings about a service the plan does not touch yet: its next stage.
	for fi, f := range v.Findings {
		if f.Service == "" || !g.pb.cat.Has(f.Service) {
			continue
		}
		reason := Reason{Kind: ReasonFinding, Finding: v.FindingID(fi), FindingIndex: fi}
		touched := false
		for _, i := range g.selectedIn[f.Service] {
			touched = true
			g.reasons[i] = append(g.reasons[i], reason)
		}
		if !touched {
			if i := g.nextStage(f.Service); i >= 0 {
				g.want(i, reason, afterRank(maxRank, 1), false)
			}
		}
	}
	// Indicator gaps on services whose recorded stage is known.
	for _, dim := range g.fig.model.Dimensions {
		for _, ind := range dim.AllIndicators() {
			r := ind.Rule
			if r.Kind != maturity.RuleStage && r.Kind != maturity.RuleYesNo {
				continue
			}
			st := g.req.Profile.Stage(r.Service)
			if !st.IsKnown() || st >= egov.StageFullyInUse || len(g.selectedIn[r.Service]) > 0 {
				continue
			}
			// A step only an indicator gap asks for is planned when it
			// gains something.
			if i := g.nextStage(r.Service); i >= 0 && g.gains(i) {
				g.want(i, Reason{Kind: ReasonIndicatorGap, Indicator: ind.Key}, afterRank(maxRank, 2), false)
			}
		}
	}
}

// afterRank returns the class n places after the largest rank, stopping at
// the largest int rather than wrapping below every rank.
func afterRank(rank, n int) int {
	if rank > math.MaxInt-n {
		return math.MaxInt
	}
	return rank + n
}

// nextStage returns the unmet action of the service with the lowest stage
// effect, -1 if none.
func (g *generator) nextStage(s egov.ServiceKey) int {
	if i, ok := g.next[s]; ok {
		return i
	}
	best := -1
	for _, i := range g.pb.byService[s] {
		a := g.acts[i]
		if a.Effect.Stage == egov.StageUnknown || met(a, g.req.Profile) {
			continue
		}
		if best < 0 || a.Effect.Stage < g.acts[best].Effect.Stage {
			best = i
		}
	}
	g.next[s] = best
	return best
}

// ownGain returns action i's own gain: the lower end of the profile's
// range with the action's effect alone, minus the lower end as recorded;
// nil when it cannot be told (a share of a whole the profile does not
// record, or a model with nothing to score). It is computed once per action.
func (g *generator) ownGain(i int) *big.Rat {
	if g.ownDone[i] {
		return g.own[i]
	}
	g.ownDone[i] = true
	if !g.scored {
		return nil
	}
	a := g.acts[i]
	after, changed, awaits := applyEffect(g.req.Profile, a.Service, a.Effect)
	switch {
	case !changed && awaits != "":
		return nil
	case !changed:
		g.own[i] = new(big.Rat)
		return g.own[i]
	}
	t, ok, err := g.fig.low(after)
	if err != nil || !ok {
		g.err = cmp.Or(g.err, err)
		return nil
	}
	g.own[i] = new(big.Rat).Sub(t.Exact(), g.start)
	return g.own[i]
}

// gains reports whether action i's own gain is known and positive.
func (g *generator) gains(i int) bool {
	gain := g.ownGain(i)
	return gain != nil && gain.Sign() > 0
}

func (g *generator) build(caps []int64) (*Plan, error) {
	req := g.req
	p := &Plan{Municipality: req.Profile.Municipality, Visit: req.Visit.ResolvedID(),
		Model: req.Model.ID(), ModelVersion: req.Model.Version(),
		Playbook: g.pb.pb.ID, PlaybookVersion: g.pb.pb.Version, Options: req.Options,
		Priorities: g.status, Recorded: g.recorded, Range: g.rng, Profile: req.Profile.Clone()}

	var sel []int
	for i, s := range g.selected {
		if s {
			sel = append(sel, i)
		}
	}
	// Per selected action, by action index: its gain per person-day (its
	// own gain, 0 when unknown) and its step ID, computed once.
	n := len(g.acts)
	perDay := make([]*big.Rat, n)
	ids := make([]StepID, n)
	keys := make([]string, n)
	for _, i := range sel {
		perDay[i] = new(big.Rat)
		if gain := g.ownGain(i); gain != nil {
			perDay[i].Quo(gain, big.NewRat(g.pb.effort[i], 100))
		}
		ids[i] = g.stepID(i)
		keys[i] = ids[i].String()
	}
	if g.err != nil {
		return nil, g.err
	}
	// Rank the selected actions by class, gain per person-day, ID; then a
	// topological order that breaks ties by that rank.
	slices.SortFunc(sel, func(a, b int) int {
		if c := cmp.Compare(g.class[a], g.class[b]); c != 0 {
			return c
		}
		if c := perDay[b].Cmp(perDay[a]); c != 0 {
			return c
		}
		return cmp.Compare(keys[a], keys[b])
	})
	pos := make([]int, n) // action index → rank + 1; 0 when not selected
	for r, i := range sel {
		pos[i] = r + 1
	}
	prereqs := make([][]int, len(sel))
	for r, i := range sel {
		for _, j := range g.pb.prereqs[i] {
			if q := pos[j]; q > 0 {
				prereqs[r] = append(prereqs[r], q-1)
			}
		}
	}
	order, _ := graph.Order(len(sel), prereqs) // acyclic: the playbook was checked
	planPos := make([]int, len(sel))           // rank → position in plan order
	for k, r := range order {
		planPos[r] = k
	}

	steps := make([]Step, len(order))
	deps := make([][]int, len(order))
	for k, r := range order {
		i := sel[r]
		a := g.acts[i]
		st := Step{ID: ids[i], Action: a.Key, Name: a.Name, NameCyrillic: a.NameCyrillic, NameLatin: a.NameLatin,
			Service: a.Service, Kind: a.Kind, Audience: a.Audience, Owner: a.Owner, Effort: decimal.New(g.pb.effort[i], -effortPlaces), Effect: a.Effect,
			Position: k, Class: g.class[i], Rationale: Rationale{Reasons: slices.Clone(g.reasons[i])}}
		if a.Service != "" {
			// A general action's is meaningless (see met).
			st.NeededBelow = a.NeededBelow
		}
		for _, q := range prereqs[r] {
			st.DependsOn = append(st.DependsOn, ids[sel[q]])
			deps[k] = append(deps[k], planPos[q])
		}
		slices.SortFunc(st.DependsOn, func(a, b StepID) int { return cmp.Compare(a.String(), b.String()) })
		steps[k] = st
	}
	if err := place(p, steps, deps, caps, g.fig, req.Profile); err != nil {
		return nil, err
	}
	return p, nil
}

// place schedules steps (in plan order; deps[k] are the plan positions of
// step k's prerequisites) from p.Options.Start on the plan's calendar,
// fills p.Steps, p.Deferred, p.Load and the figures (see measure), and
// settles the outcome of each priority.
func place(p *Plan, steps []Step, deps [][]int, caps []int64, fig basis, start egov.Profile) error {
	js := &jobs{depStart: make([]int32, 1, len(steps)+1)}
	for k, st := range steps {
		js.pool = append(js.pool, int32(st.Owner-OwnerTeam))
		js.effort = append(js.effort, exact.Units(st.Effort, effortPlaces))
		js.class = append(js.class, scheduleClass(&st))
		js.group = append(js.group, 0)
		for _, q := range deps[k] {
			js.deps = append(js.deps, int32(q))
		}
		js.depStart = append(js.depStart, int32(len(js.deps)))
	}
	horizon := p.Options.Horizon
	weeks, err := weeksOf(calendarOf(p.Options.Calendar), p.Options.Start, horizon)
	if err != nil {
		return err
	}
	pl := schedule(js, &pools{base: caps, cal: make([]int32, 3), owner: []Owner{OwnerTeam, OwnerMunicipality, OwnerPartner},
		team: 0, weeks: []calendarWeeks{weeks}}, []weekSpan{{1, int32(horizon)}}, horizon)
	if pl.stuck >= 0 {
		var ps egov.ProblemList
		ps.Add("steps", steps[pl.stuck].Action, "the steps' dependencies form a cycle through %s", steps[pl.stuck].Action)
		return ps.Err("plan")
	}
	p.Steps, p.Deferred, p.Load = nil, nil, nil
	for k := range steps {
		steps[k].Position = k
	}
	for w := 1; w <= horizon; w++ {
		for o := OwnerTeam; o < numOwners; o++ {
			if v := pl.load[(w-1)*int(numOwners)+int(o)]; v != 0 {
				p.Load = append(p.Load, WeekLoad{Week: w, Start: p.Options.Start.AddDays(7 * (w - 1)),
					Municipality: p.Municipality, Owner: o, PersonDays: decimal.New(v, -effortPlaces),
					WorkingDays: int(weeks.days[w]), Holidays: weeks.holidaysIn(w)})
			}
		}
	}
	all := make([]int, len(steps))
	for k := range all {
		all[k] = k
	}
	starts := make([]egov.Date, horizon+1)
	for w := 1; w <= horizon; w++ {
		starts[w] = p.Options.Start.AddDays(7 * (w - 1))
	}
	runs := pl.weekEfforts(starts, 0, all, func(k int) decimal.Decimal { return steps[k].Effort })
	for k, st := range steps {
		if pl.start(k) == 0 {
			st.StartWeek, st.EndWeek, st.Start, st.End, st.Weeks = 0, 0, egov.Date{}, egov.Date{}, nil
			p.Deferred = append(p.Deferred, st)
			continue
		}
		st.StartWeek, st.EndWeek, st.Weeks = pl.start(k), pl.end(k), runs[k]
		st.Start = p.Options.Start.AddDays(7 * (st.StartWeek - 1))
		st.End = p.Options.Start.AddDays(7*st.EndWeek - 1)
		p.Steps = append(p.Steps, st)
	}
	if err := measure(p, fig, start); err != nil {
		return err
	}
	settle(p)
	return nil
}

// measure sets the plan's figures on its basis, the lower end of the
// range: Current from p.Range; each step's Running and its marginal Gain,
// walking the scheduled steps in plan order and then the deferred ones;
// Projected and ProjectedRange once every scheduled step is done. So the
// scheduled steps' exact gains add up to Projected − Current.
func measure(p *Plan, fig basis, start egov.Profile) error {
	p.Current, p.Projected, p.ProjectedRange = nil, nil, nil
	var running *big.Rat
	if p.Range != nil {
		low := p.Range.Low
		p.Current, running = &low, low.Exact
	}
	profile := start
	walk := func(s *Step) error {
		next, changed, awaits := applyEffect(profile, s.Service, s.Effect)
		s.GainAwaits = awaits
		s.Gain, s.GainExact, s.Running, s.RunningExact = decimal.Decimal{}, nil, decimal.Decimal{}, nil
		profile = next
		if running == nil {
			return nil
		}
		gain := new(big.Rat)
		if changed {
			t, ok, err := fig.low(next)
			if err != nil {
				return err
			}
			if ok {
				gain.Sub(t.Exact(), running)
				running = t.Exact()
			}
		}
		if changed || awaits == "" {
			s.GainExact, s.Gain = gain, fig.round(gain)
		}
		s.RunningExact, s.Running = running, fig.round(running)
		return nil
	}
	for i := range p.Steps {
		if err := walk(&p.Steps[i]); err != nil {
			return err
		}
	}
	if p.Range != nil {
		_, projected, err := fig.figures(profile)
		if err != nil {
			return err
		}
		p.ProjectedRange = projected
		if projected != nil {
			low := projected.Low
			p.Projected = &low
		}
	}
	for i := range p.Deferred {
		if err := walk(&p.Deferred[i]); err != nil {
			return err
		}
	}
	return nil
}

// setWhy sets the priority's reason, as data and in English.
func (st *PriorityStatus) setWhy(r PriorityReason) {
	st.Why, st.Reason = r, ""
	st.Reason = (Words{}).PriorityReason(*st)
}

// settle sets each priority's scheduled steps and, for one that steps were
// to serve, whether they all fit in the horizon, or, when none is left,
// that it is already met.
func settle(p *Plan) {
	settleWith(p, func(s *Step) PriorityReason {
		return PriorityReason{Kind: PriorityBeyondHorizon, Step: stepName(s), Weeks: p.Options.Horizon}
	})
}

// settleWith settles the priorities as settle does, saying with unfit why
// a deferred step that serves one does not fit.
func settleWith(p *Plan, unfit func(*Step) PriorityReason) {
	var set settlement
	for i := range p.Steps {
		set.add(&p.Steps[i], false)
	}
	for i := range p.Deferred {
		set.add(&p.Deferred[i], true)
	}
	set.settle(p, unfit)
}

// A settlement gathers the steps serving each agreed priority, step by
// step in plan order, from the steps' reasons: the scheduled ones, in
// order, and the first deferred one. A visit may agree on many priorities
// served by the same steps. The zero settlement has none.
type settlement struct {
	scheduled map[egov.PriorityID][]StepID
	deferred  map[egov.PriorityID]*Step
}

// add gathers step s, scheduled or deferred, where it stays in its plan.
func (set *settlement) add(s *Step, deferred bool) {
	for _, r := range s.Rationale.Reasons {
		switch {
		case r.Kind != ReasonPriority:
		case deferred:
			if _, seen := set.deferred[r.Priority]; !seen {
				if set.deferred == nil {
					set.deferred = map[egov.PriorityID]*Step{}
				}
				set.deferred[r.Priority] = s
			}
		default:
			if ids := set.scheduled[r.Priority]; len(ids) == 0 || ids[len(ids)-1] != s.ID {
				if set.scheduled == nil {
					set.scheduled = map[egov.PriorityID][]StepID{}
				}
				set.scheduled[r.Priority] = append(ids, s.ID)
			}
		}
	}
}

// settle settles p's priorities from the steps gathered, as settleWith
// says.
func (set *settlement) settle(p *Plan, unfit func(*Step) PriorityReason) {
	scheduled, deferred := set.scheduled, set.deferred
	for k := range p.Priorities {
		st := &p.Priorities[k]
		st.Steps = nil
		if st.Outcome == OutcomeNoAction || st.Outcome == OutcomeAlreadyMet {
			continue
		}
		st.Outcome = OutcomeServed
		st.setWhy(PriorityReason{})
		st.Steps = slices.Clone(scheduled[st.ID])
		if s := deferred[st.ID]; s != nil {
			st.Outcome = OutcomeBeyondHorizon
			st.setWhy(unfit(s))
		}
		if st.Outcome == OutcomeServed && len(st.Steps) == 0 {
			// Only in a re-plan: every step that served it is done.
			st.Outcome = OutcomeAlreadyMet
			st.setWhy(PriorityReason{Kind: PriorityStepsDone})
		}
	}
}
