package plan

import (
	"cmp"
	"runtime"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/exact"
	"github.com/digitaldistrict/egovkit/maturity"
)

// MaxPortfolioPlans is the most plans SchedulePortfolio schedules together.
// It keeps each week's load per municipality and owner, for up to
// MaxHorizon weeks, so a portfolio costs memory in proportion to its plans
// times its weeks: a thousand plans (Serbia has 145 local self-governments)
// cost about twenty megabytes.
const MaxPortfolioPlans = 1_000

// MaxTeamSharePlaces is the most decimal places PortfolioOptions.MaxTeamShare
// may have.
const MaxTeamSharePlaces = 4

// PortfolioOptions shape a portfolio schedule. Each municipality keeps its
// own start, horizon, weekly capacities and calendar, from its plan's
// options.
type PortfolioOptions struct {
	// Start is the first day of the portfolio's week 1. Every plan starts
	// on it or a whole number of weeks after it.
	Start   egov.Date
	Horizon int
	// TeamCapacity is the programme team's capacity a week, shared by all
	// municipalities; PartnerCapacity the partners' (zero: unlimited). Both
	// are for a week of five working days on the portfolio's calendar.
	TeamCapacity    decimal.Decimal
	PartnerCapacity decimal.Decimal
	// MaxTeamShare, when not zero, is the largest share of the team's
	// weekly capacity any one municipality may take, from more than 0 to
	// 1 with at most MaxTeamSharePlaces places: 0.5 keeps half the team
	// for the others whatever the priorities. It caps each municipality
	// together with its plan's own TeamCapacity, whichever is lower.
	MaxTeamShare decimal.Decimal
	// Calendar is the working calendar of the programme team and the
	// partners; nil is Serbia's (egov.SerbianCalendar). Each
	// municipality's own capacity, and its cap on the team's time, follow
	// its plan's calendar.
	Calendar *egov.Calendar
	// Model, when given, measures each plan's figures again as the
	// portfolio schedules it (see Portfolio.Plans), from the profile the
	// plan keeps; it must be the model the plans were made with. Without
	// it, the portfolio's plans carry no figures.
	Model *maturity.Compiled
}

// A Portfolio is the schedule of several municipalities' plans on one
// programme team.
type Portfolio struct {
	Options PortfolioOptions
	// Municipalities in the order of the plans given.
	Municipalities []string
	// Plans are the municipalities' plans as the portfolio schedules them,
	// in the order given: the truth for shared work. Each keeps its
	// municipality's options; its steps are those the portfolio fits, in
	// weeks counted from the plan's own start, and its deferred steps the
	// others; its load is its share of the portfolio's; its priorities are
	// settled again, a priority whose steps do not fit saying why; and,
	// with PortfolioOptions.Model, its figures are measured again for the
	// steps that fit. A plan scheduled alone by Generate assumed the whole
	// team: these are the plans to show once the team is shared.
	Plans []*Plan
	// Assignments are the scheduled steps, by start week, then
	// municipality order, then plan order.
	Assignments []Assignment
	// Deferred are the steps that do not fit, in municipality order, then
	// plan order, each with its reason.
	Deferred []Assignment
	// Load is each week's work per municipality and owner, in person-days,
	// for the weeks and pairs with any work, by week, municipality, owner.
	Load []WeekLoad
}

// An Assignment places one step of one municipality's plan. Weeks count
// from the portfolio's start.
type Assignment struct {
	Municipality       string
	Step               StepID
	Action             string
	Kind               ActionKind
	Owner              Owner
	Effort             decimal.Decimal
	Class              int
	StartWeek, EndWeek int
	Start, End         egov.Date
	// Reason says why a deferred step does not fit, in English: "cannot
	// end by 2026-07-26, the end of the portfolio's 26 weeks, on the
	// programme team's capacity left", "needs pisarnica-materials, which
	// cannot start by …". Unfit says the same as data, so that ReasonText
	// can write it in every language. Both are empty for a scheduled step.
	Reason string
	Unfit  Unfit
}

// ReasonText says why a deferred step does not fit, in language l: from
// Unfit when it holds a reason, else Reason as it is (see Words); "" for a
// scheduled step.
func (a Assignment) ReasonText(l egov.Language) string {
	if a.Unfit.IsZero() {
		return a.Reason
	}
	return Words{Language: l}.Unfit(a.Unfit)
}

// A WeekLoad is the work of one owner for one municipality in one week.
type WeekLoad struct {
	Week         int
	Start        egov.Date
	Municipality string
	Owner        Owner
	PersonDays   decimal.Decimal
	// WorkingDays is the number of working days of the week for the
	// owner, from 0 to 5, and Holidays are the week's holidays and days
	// off (weekends included), by date: on the plan's calendar in a plan;
	// in a portfolio, the team's and the partners' on the portfolio's
	// calendar and a municipality's on its plan's.
	WorkingDays int
	Holidays    []egov.Holiday
}

// A Shortfall is what a portfolio could not fit of one municipality's
// plan: the steps, each with its reason, and the agreed priorities they
// leave unserved, each with its reason.
type Shortfall struct {
	Municipality string
	Steps        []Assignment
	Priorities   []PriorityStatus
}

// Shortfalls returns, for each municipality with a step the portfolio
// could not fit, in the order of the plans, those steps and the agreed
// priorities left beyond the portfolio; none for a nil portfolio or one in
// which everything fits.
func (p *Portfolio) Shortfalls() []Shortfall {
	if p == nil {
		return nil
	}
	var out []Shortfall
	at := map[string]int{}
	for _, a := range p.Deferred {
		k, ok := at[a.Municipality]
		if !ok {
			k = len(out)
			at[a.Municipality] = k
			out = append(out, Shortfall{Municipality: a.Municipality})
		}
		out[k].Steps = append(out[k].Steps, a)
	}
	for _, q := range p.Plans {
		if q == nil {
			continue
		}
		if k, ok := at[q.Municipality]; ok {
			for _, st := range q.Priorities {
				if st.Outcome == OutcomeBeyondHorizon {
					out[k].Priorities = append(out[k].Priorities, st)
				}
			}
		}
	}
	return out
}

// portfolioPlan is what SchedulePortfolio knows of one plan once checked.
type portfolioPlan struct {
	offset int // weeks from the portfolio's start to the plan's
	span   weekSpan
	team   int64 // the plan's cap on the team's time, hundredths; 0 for none
	cal    int32
	first  int       // its first job
	order  []stepRef // its steps in plan order
	deps   int       // the number of its steps' dependencies
	// fit is the number of its steps the portfolio schedules, and
	// runWeeks the weeks their runs take in all.
	fit, runWeeks int
	horizon       int // the weeks the plan may use, as its options say
}

// SchedulePortfolio schedules every step of the plans (scheduled or
// deferred in its plan) on the shared team capacity, each municipality's
// own capacity and the partners', with the scheduler of Generate (see the
// package documentation, "Scheduling") and this priority rule: among the
// steps that may start, every municipality's agreed priorities by rank
// first, then the steps for findings, then those for indicator gaps; among
// steps of one rank or kind, the municipality that has received the least
// programme-team capacity so far; within a municipality, its plan order
// (Step.Position). No week's load ever exceeds an owner's capacity. The
// plans are not changed.
//
// Each plan's options are kept: its steps start no earlier than its start,
// which must lie on the portfolio's week grid, a whole number of weeks
// from the portfolio's start and within its horizon; they end within its
// horizon (and the portfolio's); its team capacity caps the team's time its
// municipality gets in a week (with MaxTeamShare); its own capacity and
// that cap follow its calendar. A plan built by hand with no start starts
// with the portfolio, one with no horizon may use the portfolio's, and one
// with no team capacity has no cap of its own.
//
// At most MaxPortfolioPlans plans are scheduled together. The plans may be
// built or changed by hand: each must name its municipality, and its steps
// are checked as Replan checks them (IDs, kinds, owners, efforts, effects,
// dependencies and their cycles). With a model, each plan must have been
// made with it and keep the profile it was made from. Every problem of the
// plans and the options comes in one *egov.ValidationError, at paths such
// as "plans[1].steps[2].owner" or "plans[0].options.start".
//
// A large portfolio (thousands of steps, with more than one processor in
// runtime.GOMAXPROCS) is checked and copied on several goroutines at once,
// all finished before SchedulePortfolio returns; the result is the same on
// any number of processors.
func SchedulePortfolio(plans []*Plan, opts PortfolioOptions) (*Portfolio, error) {
	var ps egov.ProblemList
	if len(plans) > MaxPortfolioPlans {
		ps.Append(egov.LimitProblem("plans", "plans", MaxPortfolioPlans, int64(len(plans))))
		return nil, ps.Err("portfolio")
	}
	team, _, partner := Options{Start: opts.Start, Horizon: opts.Horizon, TeamCapacity: opts.TeamCapacity,
		MunicipalityCapacity: decimal.NewFromInt(1), PartnerCapacity: opts.PartnerCapacity}.validate(&ps, "options")
	shareCap := teamShare(&ps, opts.MaxTeamShare, team)
	measured := opts.Model != nil && checkModel(&ps, "options.model", opts.Model)
	var divisors map[egov.Measure]string
	if measured {
		divisors = newBasis(opts.Model).divisors()
	}
	// Calendars, each once: the portfolio's first, then each plan's
	// distinct one (nil, Serbia's, is the portfolio's when it has none).
	cals := []egov.Calendar{calendarOf(opts.Calendar)}
	calIndex := map[*egov.Calendar]int32{opts.Calendar: 0}

	caps := []int64{team}
	calOf := []int32{0}
	owners := []Owner{OwnerTeam}
	info := make([]portfolioPlan, len(plans))
	seen := map[string]int{}
	total := 0
	for k, p := range plans {
		path := index("plans", k)
		caps = append(caps, 0)
		owners = append(owners, OwnerMunicipality)
		if p == nil {
			ps.Add(path, "", "missing plan")
			calOf = append(calOf, 0)
			continue
		}
		checkMunicipality(&ps, path+".municipality", p.Municipality)
		if j, dup := seen[p.Municipality]; dup && p.Municipality != "" {
			ps.Add(path+".municipality", p.Municipality, "municipality %q already planned at plans[%d]", p.Municipality, j)
		} else {
			seen[p.Municipality] = k
		}
		caps[len(caps)-1] = capacity(&ps, path+".options.municipality_capacity", p.Options.MunicipalityCapacity, false)
		in := &info[k]
		in.team = capacity(&ps, path+".options.team_capacity", p.Options.TeamCapacity, true)
		in.offset, in.horizon = planWeeks(&ps, path+".options", p.Options, opts)
		if i, ok := calIndex[p.Options.Calendar]; ok {
			in.cal = i
		} else {
			in.cal = int32(len(cals))
			calIndex[p.Options.Calendar] = in.cal
			cals = append(cals, calendarOf(p.Options.Calendar))
		}
		calOf = append(calOf, in.cal)
		if measured {
			checkMeasurable(&ps, path, p, opts.Model, divisors)
		}
		total += len(p.Steps) + len(p.Deferred)
	}
	partnerPool := len(caps)
	caps = append(caps, partner)
	calOf = append(calOf, 0)
	owners = append(owners, OwnerPartner)

	js := portfolioJobs(&ps, plans, info, partnerPool, total)
	if err := ps.Err("portfolio"); err != nil {
		return nil, err
	}

	// Each municipality's cap on the team's time is a pool of its own,
	// drawn on with the team's.
	js.share = make([]int32, len(js.effort))
	spans := make([]weekSpan, len(plans))
	for g := range plans {
		in := &info[g]
		in.span = weekSpan{int32(in.offset + 1), int32(in.offset + in.horizon)}
		spans[g] = in.span
		// The cap follows the municipality's calendar even when it is
		// unlimited: the team does not work for it on its days off.
		limit := in.team
		if shareCap > 0 && (limit == 0 || shareCap < limit) {
			limit = shareCap
		}
		share := int32(len(caps))
		caps = append(caps, limit)
		calOf = append(calOf, in.cal)
		owners = append(owners, OwnerTeam)
		for j := in.first; j < in.first+len(in.order); j++ {
			js.share[j] = -1
			if js.pool[j] == 0 {
				js.share[j] = share
			}
		}
	}
	js.class = portfolioClasses(plans, info, js.class)

	weeks := make([]calendarWeeks, len(cals))
	for i, c := range cals {
		var err error
		if weeks[i], err = weeksOf(c, opts.Start, opts.Horizon); err != nil {
			return nil, err
		}
	}
	// A large portfolio's steps are copied for the plans it returns while
	// they are scheduled (see prepared), on another processor and, once the
	// schedule is done, on this one too.
	var pre *prepared
	var copied chan struct{}
	if min(runtime.GOMAXPROCS(0), len(plans), total/4096) > 1 {
		pre, copied = &prepared{steps: make([]preparedSteps, len(plans))}, make(chan struct{})
		go func() {
			defer close(copied)
			pre.work(plans, info, total)
		}()
	}
	pl := schedule(js, &pools{base: caps, cal: calOf, owner: owners, team: 0, weeks: weeks}, spans, opts.Horizon)
	if copied != nil {
		pre.work(plans, info, total)
		<-copied
	}
	if pl.stuck >= 0 { // addSteps reports cycles, so this is only a safeguard
		g := js.group[pl.stuck]
		s := info[g].order[pl.stuck-info[g].first].of(plans[g])
		ps.Add("plans", stepName(s), "the steps' dependencies form a cycle through %s", stepName(s))
		return nil, ps.Err("portfolio")
	}
	return portfolioOf(plans, opts, info, js, pl, weeks, pre)
}

// teamShare checks MaxTeamShare and returns the cap it puts on each
// municipality, in hundredths of a person-day a week: 0 for none.
func teamShare(ps *egov.ProblemList, share decimal.Decimal, team int64) int64 {
	const path = "options.max_team_share"
	if err := exact.CheckDecimal(share); err != nil {
		ps.Add(path, "", "%v", err)
		return 0
	}
	if share.IsZero() {
		return 0
	}
	text := exact.FormatDecimal(share)
	switch {
	case share.Sign() < 0 || share.GreaterThan(decimal.NewFromInt(1)):
		ps.Add(path, text, "share %s is not more than 0 and at most 1", text)
	case exact.Places(share) > MaxTeamSharePlaces:
		ps.Add(path, text, "share %s has more than %d decimal places", text, MaxTeamSharePlaces)
	case team > 0:
		// The share of the team's capacity, rounded down to the hundredth.
		c := share.Mul(decimal.New(team, 0)).Floor().IntPart()
		if c == 0 {
			ps.Add(path, text, "a share of %s of the team's %s person-days a week is less than a hundredth of a person-day",
				text, exact.FormatDecimal(decimal.New(team, -effortPlaces)))
		}
		return c
	}
	return 0
}

// planWeeks checks a plan's start and horizon against the portfolio's and
// returns the weeks from the portfolio's start to the plan's, and the
// weeks the plan may use within the portfolio.
func planWeeks(ps *egov.ProblemList, path string, o Options, opts PortfolioOptions) (offset, horizon int) {
	horizon = opts.Horizon
	if opts.Start.IsZero() || opts.Horizon <= 0 || opts.Horizon > MaxHorizon {
		return 0, max(min(horizon, MaxHorizon), 0) // the portfolio's options are reported already
	}
	if !o.Start.IsZero() {
		days := o.Start.DaysSince(opts.Start)
		switch {
		case days < 0:
			ps.Add(path+".start", o.Start.String(), "the plan starts on %s, before the portfolio's start %s", o.Start, opts.Start)
		case days%7 != 0:
			before := o.Start.AddDays(-(days % 7))
			ps.Add(path+".start", o.Start.String(),
				"the plan starts on %s, off the portfolio's week grid: its weeks start on %ss from %s (%s or %s)",
				o.Start, opts.Start.Weekday(), opts.Start, before, before.AddDays(7))
		case days/7 >= opts.Horizon:
			ps.Add(path+".start", o.Start.String(), "the plan starts on %s, after the portfolio's %d weeks end on %s",
				o.Start, opts.Horizon, opts.Start.AddDays(7*opts.Horizon-1))
		default:
			offset = days / 7
		}
	}
	switch {
	case o.Horizon < 0 || o.Horizon > MaxHorizon:
		ps.Add(path+".horizon", strconv.Itoa(o.Horizon), "horizon %d weeks is not from 1 to %d", o.Horizon, MaxHorizon)
	case o.Horizon > 0:
		horizon = min(o.Horizon, opts.Horizon-offset)
	default:
		horizon = opts.Horizon - offset
	}
	return offset, horizon
}

// checkMeasurable checks that a plan's figures can be measured again with
// the model: made with it, from a profile the plan keeps, with no step
// raising a measure the model divides by.
func checkMeasurable(ps *egov.ProblemList, path string, p *Plan, model *maturity.Compiled, divisors map[egov.Measure]string) {
	given := model.ID() + " " + model.Version()
	if model.ID() != p.Model || model.Version() != p.ModelVersion {
		ps.Add(path+".model", p.Model+" "+p.ModelVersion, "the plan was made with %s %s, not with %s, the portfolio's model",
			p.Model, p.ModelVersion, given)
	}
	switch {
	case p.Profile.Municipality == "" && p.Profile.Date.IsZero():
		ps.Add(path+".profile", "", "missing profile: the plan's figures cannot be measured again without the profile it was made from")
	case p.Profile.Municipality != p.Municipality:
		ps.Add(path+".profile.municipality", p.Profile.Municipality, "profile of %q, but the plan is for %q",
			p.Profile.Municipality, p.Municipality)
	default:
		if err := p.Profile.Validate(nil); err != nil {
			ps.AppendErr(path+".profile", err)
		}
	}
	for _, list := range []struct {
		name  string
		steps []Step
	}{{"steps", p.Steps}, {"deferred", p.Deferred}} {
		for i := range list.steps {
			s := &list.steps[i]
			checkDivisor(ps, index(path+"."+list.name, i), "step "+stepName(s), s.Effect, divisors, given)
		}
	}
}

// portfolioClasses puts the classes of every plan's jobs on one scale:
// first every plan's agreed priorities by rank, so that rank 2 of one visit
// and rank 2 of another are one class; then the steps for findings; then
// those for indicator gaps. A plan's classes are per visit (see
// Step.Class): a visit that ranked three priorities gives its findings
// class 4, which must not come before another visit's priority 4. A plan
// whose largest rank is r has its agreed priorities in classes up to r,
// its findings in r+1 and its gaps above. It returns each job's class on
// that scale: the same order, in numbers the scheduler takes as they are.
func portfolioClasses(plans []*Plan, info []portfolioPlan, classes []int) []int {
	type key struct{ tier, within int }
	// Each plan's largest rank, and each job's key on the scale.
	ranks := make([]int, len(plans))
	for g, p := range plans {
		if p != nil {
			for _, st := range p.Priorities {
				ranks[g] = max(ranks[g], st.Rank)
			}
		}
	}
	keyOf := func(c, r int) key {
		switch {
		case c <= r:
			return key{0, c}
		case c-r == 1:
			return key{1, 0}
		}
		return key{2, c - r - 2}
	}
	// Classes as Generate makes them are small: the scale is then the
	// classes of the three tiers one after the other, with no sort and no
	// key kept.
	const span = 1 << 28
	small := true
	for g, p := range plans {
		if p == nil {
			continue
		}
		for j := info[g].first; j < info[g].first+len(info[g].order) && small; j++ {
			k := keyOf(classes[j], ranks[g])
			small = k.within >= 0 && k.within < span
		}
	}
	if small {
		for g, p := range plans {
			if p == nil {
				continue
			}
			for j := info[g].first; j < info[g].first+len(info[g].order); j++ {
				k := keyOf(classes[j], ranks[g])
				classes[j] = k.tier*span + k.within
			}
		}
		return classes
	}
	keys := make([]key, len(classes))
	for g, p := range plans {
		if p == nil {
			continue
		}
		for j := info[g].first; j < info[g].first+len(info[g].order); j++ {
			keys[j] = keyOf(classes[j], ranks[g])
		}
	}
	order := func(a, b key) int { return cmp.Or(cmp.Compare(a.tier, b.tier), cmp.Compare(a.within, b.within)) }
	distinct := slices.Clone(keys)
	slices.SortFunc(distinct, order)
	distinct = slices.Compact(distinct)
	for j, k := range keys {
		classes[j], _ = slices.BinarySearchFunc(distinct, k, order)
	}
	return classes
}

// portfolioOf builds the portfolio from the schedule. Each municipality's
// plan is built on its own, with its figures measured with the model, and
// the plans are built on the available processors at once: each writes
// only its own plan and its own places in the assignments, found first.
func portfolioOf(plans []*Plan, opts PortfolioOptions, info []portfolioPlan, js *jobs, pl *placement,
	weeks []calendarWeeks, pre *prepared) (*Portfolio, error) {
	out := &Portfolio{Options: opts, Municipalities: make([]string, len(plans)), Plans: make([]*Plan, len(plans))}
	for g, p := range plans {
		out.Municipalities[g] = p.Municipality
	}
	horizon := opts.Horizon
	groups := len(plans)
	// Each step's place: in the assignments by start week, keeping
	// municipality and plan order within a week (a counting sort, linear in
	// the number of steps); in the deferred steps by municipality and plan
	// order. The jobs come in municipality order, then plan order.
	n := len(js.effort)
	perWeek := make([]int, horizon+2)
	placed := 0
	// slot holds each job's start week until the weeks are counted: the
	// jobs' states are read once, and each plan learns how many of its
	// steps fit and how many weeks their runs take.
	slot := make([]int32, n)
	for g := range info {
		in := &info[g]
		in.fit, in.runWeeks = 0, 0
		for j := in.first; j < in.first+len(in.order); j++ {
			if w := pl.start(j); w != 0 {
				slot[j] = int32(w)
				perWeek[w+1]++
				in.fit++
				in.runWeeks += pl.end(j) - w + 1
			}
		}
		placed += in.fit
	}
	for w := 1; w < len(perWeek); w++ {
		perWeek[w] += perWeek[w-1]
	}
	deferred := 0
	for j := range n {
		if w := slot[j]; w != 0 {
			slot[j] = int32(perWeek[w])
			perWeek[w]++
		} else {
			slot[j] = int32(deferred)
			deferred++
		}
	}
	if pre != nil {
		out.Assignments = pre.assignments[:placed:placed]
	} else {
		out.Assignments = make([]Assignment, placed)
	}
	if deferred > 0 {
		out.Deferred = make([]Assignment, deferred)
	}
	// The first and last day of each week, computed once.
	first := make([]egov.Date, horizon+1)
	last := make([]egov.Date, horizon+1)
	for w := 1; w <= horizon; w++ {
		first[w] = opts.Start.AddDays(7 * (w - 1))
		last[w] = first[w].AddDays(6)
	}
	// The week's calendar for each owner of each municipality.
	calFor := func(g int, o Owner) calendarWeeks {
		if o == OwnerMunicipality {
			return weeks[info[g].cal]
		}
		return weeks[0]
	}
	loads := make([][]WeekLoad, groups)
	for w := 1; w <= horizon; w++ {
		for g := range groups {
			for o := OwnerTeam; o < numOwners; o++ {
				if v := pl.load[((w-1)*groups+g)*int(numOwners)+int(o)]; v != 0 {
					c := calFor(g, o)
					l := WeekLoad{Week: w, Start: first[w], Municipality: plans[g].Municipality, Owner: o,
						PersonDays: decimal.New(v, -effortPlaces), WorkingDays: int(c.days[w]), Holidays: c.holidaysIn(w)}
					out.Load = append(out.Load, l)
					l.Week -= info[g].offset
					loads[g] = append(loads[g], l)
				}
			}
		}
	}
	b := planBuilder{plans: plans, opts: opts, info: info, js: js, pl: pl, first: first, last: last, slot: slot, out: out, pre: pre}
	errs := make([]error, groups)
	build := func(g int) { out.Plans[g], errs[g] = b.plan(g, loads[g]) }
	// One processor for a small portfolio, where starting others costs more.
	if workers := min(runtime.GOMAXPROCS(0), groups, n/4096); workers <= 1 {
		for g := range groups {
			build(g)
		}
	} else {
		var next atomic.Int64
		var wg sync.WaitGroup
		for range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for g := int(next.Add(1) - 1); g < groups; g = int(next.Add(1) - 1) {
					build(g)
				}
			}()
		}
		wg.Wait()
	}
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// A planBuilder builds the municipalities' plans of a portfolio from its
// schedule, writing each step's assignment at its slot.
type planBuilder struct {
	plans       []*Plan
	opts        PortfolioOptions
	info        []portfolioPlan
	js          *jobs
	pl          *placement
	first, last []egov.Date
	slot        []int32
	out         *Portfolio
	// pre is what was copied while the plans were scheduled; nil for a
	// small portfolio.
	pre *prepared
}

// plan builds municipality g's plan as the portfolio schedules it, with
// its share of the load.
func (b *planBuilder) plan(g int, load []WeekLoad) (*Plan, error) {
	p, in, pl, opts := b.plans[g], &b.info[g], b.pl, b.opts
	q := &Plan{Municipality: p.Municipality, Visit: p.Visit, Model: p.Model, ModelVersion: p.ModelVersion,
		Playbook: p.Playbook, PlaybookVersion: p.PlaybookVersion, Options: p.Options,
		Priorities: slices.Clone(p.Priorities), Profile: p.Profile.Clone(), Done: slices.Clone(p.Done), Load: load}
	q.Options.Start = opts.Start.AddDays(7 * in.offset)
	q.Options.Horizon = in.horizon
	if p.Options.Horizon > 0 {
		q.Options.Horizon = p.Options.Horizon
	}
	// The plan's jobs are in.first onwards, in plan order.
	n, fit := len(in.order), in.fit
	precopied := b.pre != nil && b.pre.steps[g].steps != nil && fit == n
	if fit > 0 && !precopied {
		q.Steps = make([]Step, 0, fit)
	}
	if fit < n {
		q.Deferred = make([]Step, 0, n-fit)
	}
	runs := make([]WeekEffort, 0, in.runWeeks)
	var set settlement
	var deferredWhy map[StepID]Unfit
	if fit < n {
		deferredWhy = make(map[StepID]Unfit, n-fit)
	}
	// place completes step s of job j, which fits, and its assignment.
	place := func(s *Step, j int) {
		a := Assignment{Municipality: p.Municipality, Step: s.ID, Action: s.Action, Kind: s.Kind,
			Owner: s.Owner, Effort: s.Effort, Class: s.Class}
		a.StartWeek, a.EndWeek = pl.start(j), pl.end(j)
		a.Start, a.End = b.first[a.StartWeek], b.last[a.EndWeek]
		b.out.Assignments[b.slot[j]] = a
		s.StartWeek, s.EndWeek = a.StartWeek-in.offset, a.EndWeek-in.offset
		s.Start, s.End = a.Start, a.End
		s.Weeks, runs = pl.run(runs, b.first, in.offset, j, s.Effort)
	}
	if precopied {
		q.Steps, set = b.pre.steps[g].steps, b.pre.steps[g].set
		for k := range q.Steps {
			place(&q.Steps[k], in.first+k)
		}
	}
	// Otherwise the steps are copied a stretch at a time: steps next to
	// each other in one of the plan's lists that go to one list of the new
	// plan are copied at once, then completed while they are still in the
	// cache.
	for k := len(q.Steps); k < n; {
		r, placed := in.order[k], pl.start(in.first+k) != 0
		end := k + 1
		for end < n && end-k < copyStretch && in.order[end] == (stepRef{r.deferred, r.i + end - k}) &&
			(pl.start(in.first+end) != 0) == placed {
			end++
		}
		src := p.Steps
		if r.deferred {
			src = p.Deferred
		}
		dst := &q.Deferred
		if placed {
			dst = &q.Steps
		}
		from := len(*dst)
		*dst = append(*dst, src[r.i:r.i+end-k]...)
		for d := from; d < len(*dst); d, k = d+1, k+1 {
			s, j := &(*dst)[d], in.first+k
			set.add(s, !placed)
			s.Position = k
			s.Gain, s.GainExact, s.GainAwaits, s.Running, s.RunningExact = decimal.Decimal{}, nil, "", decimal.Decimal{}, nil
			if placed {
				place(s, j)
				continue
			}
			a := Assignment{Municipality: p.Municipality, Step: s.ID, Action: s.Action, Kind: s.Kind,
				Owner: s.Owner, Effort: s.Effort, Class: s.Class}
			a.Unfit = unfitReason(b.plans, b.info, b.js, pl, j, s.Owner, opts)
			a.Reason = (Words{}).Unfit(a.Unfit)
			b.out.Deferred[b.slot[j]] = a
			s.StartWeek, s.EndWeek, s.Start, s.End, s.Weeks = 0, 0, egov.Date{}, egov.Date{}, nil
			deferredWhy[s.ID] = a.Unfit
		}
	}
	if opts.Model != nil {
		fig := newBasis(opts.Model)
		var err error
		if q.Recorded, q.Range, err = fig.figures(q.Profile); err != nil {
			return nil, err
		}
		if err := measure(q, fig, q.Profile); err != nil {
			return nil, err
		}
	}
	set.settle(q, func(s *Step) PriorityReason {
		return PriorityReason{Kind: PriorityBeyondPortfolio, Step: stepName(s), Unfit: deferredWhy[s.ID]}
	})
	return q, nil
}

// unfitReason says why job j was not scheduled (see Unfit).
func unfitReason(plans []*Plan, info []portfolioPlan, js *jobs, pl *placement, j int, owner Owner, opts PortfolioOptions) Unfit {
	if u := pl.why(j); u.kind == unfitPrereq {
		// The step it needs, and the one at the root of the chain of steps
		// that do not fit, with that one's reason.
		name := func(k int) string {
			h := js.group[k]
			return stepName(info[h].order[k-info[h].first].of(plans[h]))
		}
		k, root := int(u.prereq), int(u.prereq)
		for pl.why(root).kind == unfitPrereq {
			root = int(pl.why(root).prereq)
		}
		out := unfitReason(plans, info, js, pl, root, ownerOf(plans, info, js, root), opts)
		out.Needs, out.Root = name(k), name(root)
		return out
	}
	in := &info[js.group[j]]
	out := Unfit{By: opts.Start.AddDays(7*int(in.span.last) - 1), Weeks: opts.Horizon, Owner: owner}
	if int(in.span.last) < opts.Horizon {
		out.OfPlan, out.Weeks = true, in.horizon
	}
	switch pl.why(j).kind {
	case unfitEnd:
		out.Kind = UnfitCannotEnd
	case unfitLate:
		out.Kind = UnfitStartsLate
	default:
		out.Kind = UnfitNoRoom
	}
	return out
}

// TeamLoad returns the programme team's total load in each week from 1 to
// the horizon, in person-days: none for a nil portfolio or a horizon that
// is not positive, and at most MaxHorizon weeks. Loads outside those weeks,
// which only a portfolio changed by hand can hold, are left out.
func (p *Portfolio) TeamLoad() []decimal.Decimal {
	if p == nil {
		return nil
	}
	out := make([]decimal.Decimal, min(max(p.Options.Horizon, 0), MaxHorizon))
	for i := range out {
		out[i] = decimal.Decimal{}
	}
	for _, l := range p.Load {
		if l.Owner == OwnerTeam && l.Week >= 1 && l.Week <= len(out) && exact.CheckDecimal(l.PersonDays) == nil {
			out[l.Week-1] = out[l.Week-1].Add(l.PersonDays)
		}
	}
	return out
}

// weeksText writes a number of weeks: "1 week", "26 weeks".
func weeksText(n int) string {
	if n == 1 {
		return "1 week"
	}
	return strconv.Itoa(n) + " weeks"
}

// ownerOf returns the owner of job j's step.
func ownerOf(plans []*Plan, info []portfolioPlan, js *jobs, j int) Owner {
	h := js.group[j]
	return info[h].order[j-info[h].first].of(plans[h]).Owner
}
