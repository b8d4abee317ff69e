package plan

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/exact"
	"github.com/digitaldistrict/egovkit/internal/graph"
)

// Replan and SchedulePortfolio take plans a caller may have built or
// changed by hand, so they check every step they are given with the checks
// below, shared by both: a plan is an input like any other, and a step with
// no owner or a negative effort is a problem to report, not a panic or a
// schedule that ends before it starts.
//
// The fields a plan's schedule produces (StartWeek, EndWeek, Start, End,
// Weeks, Gain, GainExact) are outputs: both entry points compute them again and
// ignore what the plan says. Class and Position may be any int.

// checkKind, checkOwner and checkTrainees check the enums an action and a
// step share.
func checkKind(ps *egov.ProblemList, path string, k ActionKind) {
	switch {
	case k == ActionKindUnspecified:
		ps.Add(path, "", "missing kind")
	case !k.IsValid():
		ps.Add(path, k.String(), "kind %s out of range", k)
	}
}

func checkOwner(ps *egov.ProblemList, path string, o Owner) {
	switch {
	case o == OwnerUnspecified:
		ps.Add(path, "", "missing owner")
	case !o.IsValid():
		ps.Add(path, o.String(), "owner %s out of range", o)
	}
}

func checkTrainees(ps *egov.ProblemList, path string, k ActionKind, t Trainees) {
	switch {
	case t >= numTrainees:
		ps.Add(path, t.String(), "audience %s out of range", t)
	case t != TraineesNone && k != KindTraining:
		ps.Add(path, t.String(), "only training has an audience")
	}
}

// checkEffect checks an effect on a service: a stage in range, on a named
// service; a defined measure with a value the measure can take (a count is
// whole, a share at most 1), as a profile requires of it, or a share of its
// whole from more than 0 to 1 for a measure that has a whole; and never a
// measure that is the whole of others, whose growth lowers the share its
// parts make of it.
func checkEffect(ps *egov.ProblemList, path, of string, service egov.ServiceKey, e Effect) {
	if e.Stage != egov.StageUnknown {
		switch {
		case !e.Stage.IsValid():
			ps.Add(path+".stage", e.Stage.String(), "stage %s out of range", e.Stage)
		case service == "":
			ps.Add(path+".stage", e.Stage.String(), "a stage effect needs the %s's service", of)
		}
	}
	share := !e.ShareOfWhole.IsZero() || exact.CheckDecimal(e.ShareOfWhole) != nil
	if e.Measure == "" {
		if share {
			ps.Add(path+".share_of_whole", exact.FormatDecimal(e.ShareOfWhole), "a share of a whole needs the measure it raises")
		}
		return
	}
	if !e.Measure.IsDefined() {
		ps.Add(path+".measure", string(e.Measure), "unknown measure %q", e.Measure)
		return
	}
	if of := parts(e.Measure); len(of) > 0 {
		names := make([]string, len(of))
		for i, p := range of {
			names[i] = string(p)
		}
		ps.Add(path+".measure", string(e.Measure),
			"raising %s could lower a score: %s are parts of it, and a share of it falls as it grows", e.Measure,
			strings.Join(names, " and "))
	}
	if !share {
		checkMeasureValue(ps, path+".at_least", e.Measure, e.AtLeast)
		return
	}
	if _, hasWhole := e.Measure.Whole(); !hasWhole {
		ps.Add(path+".share_of_whole", exact.FormatDecimal(e.ShareOfWhole), "%s is not part of another measure", e.Measure)
	}
	if !e.AtLeast.IsZero() || exact.CheckDecimal(e.AtLeast) != nil {
		ps.Add(path+".at_least", exact.FormatDecimal(e.AtLeast), "give at_least or share_of_whole, not both")
	}
	if err := exact.CheckDecimal(e.ShareOfWhole); err != nil {
		ps.Add(path+".share_of_whole", "", "%v", err)
		return
	}
	if text := exact.FormatDecimal(e.ShareOfWhole); e.ShareOfWhole.Sign() <= 0 || e.ShareOfWhole.GreaterThan(decimal.NewFromInt(1)) {
		ps.Add(path+".share_of_whole", text, "share %s is not more than 0 and at most 1", text)
	}
}

// checkNeededBelow checks the stage from which a step is no longer needed:
// a stage in range, of the step's service.
func checkNeededBelow(ps *egov.ProblemList, path string, service egov.ServiceKey, st egov.AdoptionStage) {
	switch {
	case !st.IsValid():
		ps.Add(path, st.String(), "stage %s out of range", st)
	case service == "":
		ps.Add(path, st.String(), "a step needed below a stage needs the step's service")
	}
}

// checkMeasureValue checks a value a plan gives a measure, as a profile
// would hold it.
func checkMeasureValue(ps *egov.ProblemList, path string, m egov.Measure, v decimal.Decimal) {
	if err := exact.CheckDecimal(v); err != nil {
		ps.Add(path, "", "%v", err)
		return
	}
	text := exact.FormatDecimal(v)
	switch {
	case v.Sign() < 0:
		ps.Add(path, text, "%s %s is negative", m, text)
	case m.Kind() == egov.MeasureKindCount && !v.IsInteger():
		ps.Add(path, text, "%s %s is not a whole number", m, text)
	case m.Kind() == egov.MeasureKindShare && v.GreaterThan(decimal.NewFromInt(1)):
		ps.Add(path, text, "share %s %s is more than 1", m, text)
	}
}

// checkMunicipality checks the municipality a plan is for.
func checkMunicipality(ps *egov.ProblemList, path, key string) {
	switch {
	case key == "":
		ps.Add(path, "", "missing municipality")
	case !egov.IsKey(key):
		notAKey(ps, path, "municipality key", key)
	}
}

// checkAssumption checks an assumption of a plan: a service taken to be
// at a known stage, or a measure taken to have a value it can take.
func checkAssumption(ps *egov.ProblemList, path string, a Assumption) {
	switch {
	case a.Service == "" && a.Measure == "":
		ps.Add(path, "", "the assumption names neither a service nor a measure")
	case a.Service != "" && a.Measure != "":
		ps.Add(path, string(a.Service)+", "+string(a.Measure), "the assumption names both a service and a measure")
	case a.Service != "":
		if !egov.IsKey(string(a.Service)) {
			notAKey(ps, path+".service", "service key", string(a.Service))
		}
		switch {
		case a.Stage == egov.StageUnknown:
			ps.Add(path+".stage", "", "missing stage")
		case !a.Stage.IsValid():
			ps.Add(path+".stage", a.Stage.String(), "stage %s out of range", a.Stage)
		}
	case !a.Measure.IsDefined():
		ps.Add(path+".measure", string(a.Measure), "unknown measure %q", a.Measure)
	default:
		checkMeasureValue(ps, path+".value", a.Measure, a.Value)
	}
}

// checkPriorityStatus checks what a plan says became of a priority: Replan
// keeps the statuses of a plan and settles them again.
func checkPriorityStatus(ps *egov.ProblemList, path string, st PriorityStatus) {
	if st.Rank <= 0 {
		ps.Add(path+".rank", strconv.Itoa(st.Rank), "rank %d is not positive", st.Rank)
	}
	switch {
	case st.Goal == egov.GoalUnspecified:
		ps.Add(path+".goal", "", "missing goal")
	case !st.Goal.IsValid():
		ps.Add(path+".goal", st.Goal.String(), "goal %s out of range", st.Goal)
	}
	switch {
	case st.Outcome == OutcomeUnspecified:
		ps.Add(path+".outcome", "", "missing outcome")
	case !st.Outcome.IsValid():
		ps.Add(path+".outcome", st.Outcome.String(), "outcome %s out of range", st.Outcome)
	}
	if k := st.Why.Kind; k != PriorityReasonUnspecified && !k.IsValid() {
		ps.Add(path+".why.kind", k.String(), "priority reason %s out of range", k)
	}
	if k := st.Why.Unfit.Kind; k != UnfitUnspecified && !k.IsValid() {
		ps.Add(path+".why.unfit.kind", k.String(), "unfit reason %s out of range", k)
	}
}

// stepRef says where a step of a plan is: Steps[i], or Deferred[i] when
// deferred is true.
type stepRef struct {
	deferred bool
	i        int
}

func (r stepRef) path(prefix string) string {
	list := "steps"
	if r.deferred {
		list = "deferred"
	}
	if prefix != "" {
		list = prefix + "." + list
	}
	return index(list, r.i)
}

func (r stepRef) of(p *Plan) *Step {
	if r.deferred {
		return &p.Deferred[r.i]
	}
	return &p.Steps[r.i]
}

// planOrder returns where the plan's scheduled and deferred steps are, in
// plan order (by Position, scheduled before deferred on a tie). Both lists
// are in that order already when the plan comes from Generate or Replan,
// so a linear merge does; other plans are sorted.
func planOrder(p *Plan) []stepRef {
	order, _ := planOrderDeps(p)
	return order
}

// planOrderDeps is planOrder that also counts the steps' dependencies, in
// the same pass over the steps.
func planOrderDeps(p *Plan) (order []stepRef, deps int) {
	all := make([]stepRef, 0, len(p.Steps)+len(p.Deferred))
	byPosition := func(a, b stepRef) int { return comparePlanOrder(p, a, b) }
	// sorted stays true while each step comes after the one before it:
	// the merge finds it out as it goes, with no second pass.
	i, j, sorted := 0, 0, true
	for i < len(p.Steps) || j < len(p.Deferred) {
		r := stepRef{true, j}
		if j == len(p.Deferred) || i < len(p.Steps) && p.Steps[i].Position <= p.Deferred[j].Position {
			r = stepRef{false, i}
			i++
		} else {
			j++
		}
		if k := len(all); k > 0 && sorted {
			sorted = byPosition(all[k-1], r) <= 0
		}
		deps += len(r.of(p).DependsOn)
		all = append(all, r)
	}
	if !sorted {
		slices.SortFunc(all, byPosition)
	}
	return all, deps
}

// comparePlanOrder compares two steps of p by plan order: by Position,
// scheduled before deferred on a tie, then by place in their list.
func comparePlanOrder(p *Plan, a, b stepRef) int {
	return cmp.Or(cmp.Compare(a.of(p).Position, b.of(p).Position), cmp.Compare(boolInt(a.deferred), boolInt(b.deferred)),
		cmp.Compare(a.i, b.i))
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// addSteps checks the steps of plan p (scheduled and deferred) and appends
// them to js in plan order as jobs of group g, each on pool[its owner].
// Problems go to ps at paths under prefix ("plan.steps[2].owner",
// "plans[1].deferred[0].effort"), all of them: the steps' own fields, IDs
// missing or given twice, dependencies on steps the plan does not have, on
// the step itself or twice on one step, and a cycle of dependencies, named
// with its whole path. It returns the steps in plan order. When it reports
// a problem, the jobs it appended must not be scheduled.
func addSteps(ps *egov.ProblemList, prefix string, p *Plan, g int32, pool *[numOwners]int32, js *jobs) []stepRef {
	if !stepsFit(ps, prefix, p, js) {
		return nil
	}
	order, deps := planOrderDeps(p)
	return addOrdered(ps, prefix, p, order, deps, g, pool, js)
}

// stepsFit reports whether js can take the steps of p: the scheduler
// indexes jobs and dependencies with int32, and no plan held in memory
// comes near, but a count is checked rather than wrapped.
func stepsFit(ps *egov.ProblemList, prefix string, p *Plan, js *jobs) bool {
	if n := len(js.effort) + len(p.Steps) + len(p.Deferred); n > math.MaxInt32 {
		ps.Append(egov.LimitProblem(prefix, "steps", math.MaxInt32, int64(n)))
		return false
	}
	return true
}

// addOrdered is addSteps once the steps' plan order and count of
// dependencies are known (see planOrderDeps) and stepsFit.
func addOrdered(ps *egov.ProblemList, prefix string, p *Plan, order []stepRef, deps int, g int32, pool *[numOwners]int32,
	js *jobs) []stepRef {
	if n := len(js.deps) + deps; n > math.MaxInt32 {
		ps.Append(egov.LimitProblem(prefix, "dependencies", math.MaxInt32, int64(n)))
		return nil
	}
	js.deps = slices.Grow(js.deps, deps)
	first := len(js.effort)
	// Dependencies the checks refused were not added, so the rows are sound
	// whatever else is wrong, and a cycle is reported with the rest.
	if !addJobs(ps, prefix, p, order, g, pool, js) {
		checkCycle(ps, prefix, p, order, js, first)
	}
	return order
}

// addJobs checks the steps of p, in plan order, and appends them to js as
// addSteps does, all but the search for a cycle: it reports whether every
// dependency comes earlier in plan order, as in every plan Generate and
// Replan make, so that there is no cycle to look for. js has room for the
// dependencies.
func addJobs(ps *egov.ProblemList, prefix string, p *Plan, order []stepRef, g int32, pool *[numOwners]int32,
	js *jobs) (backward bool) {
	first := int32(len(js.effort))
	local := make(map[StepID]int32, len(order))
	for k, r := range order {
		s := r.of(p)
		switch {
		case s.ID.IsZero():
			ps.Add(r.path(prefix)+".id", "", "missing step ID")
		default:
			if j, dup := local[s.ID]; dup {
				ps.Add(r.path(prefix)+".id", s.ID.String(), "step %s given more than once, first at %s",
					s.ID, order[j].path(prefix))
				continue
			}
			local[s.ID] = int32(k)
		}
	}
	backward = true
	// mark[j] == k+1 once step k depends on step j: a repeat is found
	// without scanning the step's list.
	mark := make([]int32, len(order))
	for k, r := range order {
		s := r.of(p)
		// Paths are built only for problems: this loop runs once per step.
		if s.Service != "" && !egov.IsKey(string(s.Service)) {
			notAKey(ps, r.path(prefix)+".service", "service key", string(s.Service))
		}
		if !s.Kind.IsValid() {
			checkKind(ps, r.path(prefix)+".kind", s.Kind)
		}
		if s.Audience != TraineesNone {
			checkTrainees(ps, r.path(prefix)+".audience", s.Kind, s.Audience)
		}
		if !s.Owner.IsValid() {
			checkOwner(ps, r.path(prefix)+".owner", s.Owner)
		}
		effort, ok := exact.SmallUnits(s.Effort, effortPlaces)
		if !ok || effort <= 0 || effort > MaxEffort*100 {
			effort, _ = checkEffort(ps, r.path(prefix)+".effort", s.Effort)
		}
		if !s.Spent.IsZero() || exact.CheckDecimal(s.Spent) != nil {
			checkSpent(ps, r.path(prefix)+".spent", s.Spent)
		}
		if !s.Effect.IsZero() {
			checkEffect(ps, r.path(prefix)+".effect", "step", s.Service, s.Effect)
		}
		if s.NeededBelow != egov.StageUnknown {
			checkNeededBelow(ps, r.path(prefix)+".needed_below", s.Service, s.NeededBelow)
		}
		for i, d := range s.DependsOn {
			j, known := local[d]
			switch {
			case !known:
				ps.Add(index(r.path(prefix)+".depends_on", i), d.String(), "unknown step %s", d)
				continue
			case d == s.ID:
				ps.Add(index(r.path(prefix)+".depends_on", i), d.String(), "the step depends on itself")
				continue
			case mark[j] == int32(k+1):
				ps.Add(index(r.path(prefix)+".depends_on", i), d.String(), "step %s given more than once", d)
				continue
			}
			mark[j] = int32(k + 1)
			backward = backward && int(j) < k
			js.deps = append(js.deps, first+j)
		}
		js.pool = append(js.pool, pool[min(s.Owner, numOwners-1)])
		js.effort = append(js.effort, effort)
		js.class = append(js.class, scheduleClass(s))
		js.group = append(js.group, g)
		js.depStart = append(js.depStart, int32(len(js.deps)))
	}
	return backward
}

// addPlain is addSteps in one pass over the steps, for a plan as
// Generate and Replan make them: each of its lists in plan order, every
// step sound, needing only steps before it. It reads each step once, where
// addSteps reads the plan for its order, then for its IDs, then for the
// rest; a large portfolio's plans are read at the speed of memory. It
// reports false as soon as the plan is not so, having appended jobs that
// must be dropped: addSteps then finds its order and what is wrong. The
// jobs' dependencies go to js.deps, and their rows to js.depStart, from
// where js.deps stands.
func addPlain(p *Plan, g int32, pool *[numOwners]int32, js *jobs) (order []stepRef, ok bool) {
	n := len(p.Steps) + len(p.Deferred)
	first, depFirst := int32(len(js.effort)), int32(len(js.deps))
	order = make([]stepRef, 0, n)
	local := make(map[StepID]int32, n)
	mark := make([]int32, n)
	// Problems of the checks that may find none go here, unread: one is
	// enough to leave the plan to addSteps.
	var scratch egov.ProblemList
	i, j := 0, 0
	for k := range int32(n) {
		r := stepRef{true, j}
		if j == len(p.Deferred) || i < len(p.Steps) && p.Steps[i].Position <= p.Deferred[j].Position {
			r = stepRef{false, i}
			i++
		} else {
			j++
		}
		s := r.of(p)
		if k > 0 && comparePlanOrder(p, order[k-1], r) > 0 {
			return nil, false
		}
		order = append(order, r)
		if s.ID.IsZero() || s.Service != "" && !egov.IsKey(string(s.Service)) || !s.Kind.IsValid() || !s.Owner.IsValid() {
			return nil, false
		}
		effort, ok := exact.SmallUnits(s.Effort, effortPlaces)
		if !ok || effort <= 0 || effort > MaxEffort*100 {
			return nil, false
		}
		if s.Audience != TraineesNone {
			checkTrainees(&scratch, "", s.Kind, s.Audience)
		}
		if !s.Spent.IsZero() || exact.CheckDecimal(s.Spent) != nil {
			checkSpent(&scratch, "", s.Spent)
		}
		if !s.Effect.IsZero() {
			checkEffect(&scratch, "", "step", s.Service, s.Effect)
		}
		if s.NeededBelow != egov.StageUnknown {
			checkNeededBelow(&scratch, "", s.Service, s.NeededBelow)
		}
		if scratch.Len() > 0 {
			return nil, false
		}
		// The steps before this one are in local: a dependency it does not
		// have is unknown, later in plan order or the step itself.
		for _, d := range s.DependsOn {
			at, known := local[d]
			if !known || mark[at] == k+1 {
				return nil, false
			}
			mark[at] = k + 1
			js.deps = append(js.deps, first+at)
		}
		if local[s.ID] = k; len(local) != int(k)+1 {
			return nil, false // its ID is an earlier step's
		}
		js.pool = append(js.pool, pool[s.Owner])
		js.effort = append(js.effort, effort)
		js.class = append(js.class, scheduleClass(s))
		js.group = append(js.group, g)
		js.depStart = append(js.depStart, int32(len(js.deps))-depFirst)
	}
	return order, true
}

// checkCycle reports a cycle among the jobs of plan p, from first to the
// last of js, with its whole path; it returns whether there is one.
func checkCycle(ps *egov.ProblemList, prefix string, p *Plan, order []stepRef, js *jobs, first int) bool {
	cycle := findCycle(js, first)
	if cycle == nil {
		return false
	}
	names := make([]string, 0, len(cycle)+1)
	for _, k := range cycle {
		names = append(names, stepName(order[k].of(p)))
	}
	names = append(names, names[0])
	text := strings.Join(names, " → ")
	ps.Add(order[cycle[0]].path(prefix)+".depends_on", text, "the steps' dependencies form a cycle: %s", text)
	return true
}

// stepName names a step in a message: its action, or its ID when it has
// no action.
func stepName(s *Step) string {
	if s.Action != "" {
		return s.Action
	}
	return s.ID.String()
}

// findCycle returns a cycle among the jobs from first to the last (whose
// dependencies stay among them), as positions from first, or nil if there
// is none. It is Kahn's algorithm on the jobs' compressed rows; only a plan
// with a cycle pays for naming it.
func findCycle(js *jobs, first int) []int {
	n := len(js.effort) - first
	waiting := make([]int32, n)
	dstart := make([]int32, n+1)
	for j := range n {
		for _, d := range js.deps[js.depStart[first+j]:js.depStart[first+j+1]] {
			dstart[int(d)-first+1]++
			waiting[j]++
		}
	}
	for j := 1; j <= n; j++ {
		dstart[j] += dstart[j-1]
	}
	dependents := make([]int32, dstart[n])
	fill := slices.Clone(dstart[:n])
	for j := range n {
		for _, d := range js.deps[js.depStart[first+j]:js.depStart[first+j+1]] {
			p := int(d) - first
			dependents[fill[p]] = int32(j)
			fill[p]++
		}
	}
	ready := make([]int32, 0, n)
	for j := range n {
		if waiting[j] == 0 {
			ready = append(ready, int32(j))
		}
	}
	for k := 0; k < len(ready); k++ {
		for _, d := range dependents[dstart[ready[k]]:dstart[ready[k]+1]] {
			waiting[d]--
			if waiting[d] == 0 {
				ready = append(ready, d)
			}
		}
	}
	if len(ready) == n {
		return nil
	}
	prereqs := make([][]int, n)
	for j := range n {
		for _, d := range js.deps[js.depStart[first+j]:js.depStart[first+j+1]] {
			prereqs[j] = append(prereqs[j], int(d)-first)
		}
	}
	_, cycle := graph.Order(n, prereqs)
	return cycle
}
