package plan_test

import (
	"cmp"
	"math"
	"slices"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/plan"
)

// refPlacement is the reference scheduler's answer for one step.
type refPlacement struct{ start, end int }

// refRun is the reference scheduler's full answer for one step: where it
// runs and what it takes each week of its run, in hundredths.
type refRun struct {
	refPlacement
	takes []int64
}

// refSchedule is refScheduleRuns without the weekly takes.
func refSchedule(plans []*plan.Plan, o plan.PortfolioOptions) map[plan.StepID]refPlacement {
	out := map[plan.StepID]refPlacement{}
	for id, r := range refScheduleRuns(plans, o) {
		out[id] = r.refPlacement
	}
	return out
}

// refScheduleRuns is the slow, obviously right reference for
// SchedulePortfolio. It simulates the weeks one by one and rescans
// everything at every step.
//
// A plan's steps may use the weeks from its start (the portfolio's when it
// has none) to the end of its horizon (the portfolio's when it has none),
// within the portfolio's. Each pool has a capacity each week: its weekly
// capacity times the week's working days, counted day by day with
// Calendar.IsWorkingDay, over five, rounded down to the hundredth (no limit
// when it has no capacity, but nothing in a week without a working day).
// The team and the partners follow the portfolio's calendar; a
// municipality's own pool and its cap on the team's time (its plan's team
// capacity or the portfolio's share of the team, the lower; no limit when
// neither is given) follow its plan's. A team step draws on the team and
// its municipality's cap at once.
//
// In each week, first every running step, in the order they started, takes
// what its pools have left, up to what remains of its effort. Then,
// repeatedly, among the steps not yet decided whose prerequisites all
// ended before this week and whose pools have room this week, it takes the
// one with the lowest (class on the common scale of the portfolio, a step
// under way before every class, team days received by its municipality,
// municipality index, position), and
// plays the weeks ahead with the running steps first and this one after
// them: if it would take nothing in a week in which its pools have
// capacity, it waits for the next week; if it would not end by its last
// week, it is never placed; otherwise it starts. Steps never started and
// those needing them are not placed.
func refScheduleRuns(plans []*plan.Plan, o plan.PortfolioOptions) map[plan.StepID]refRun {
	const noLimit = int64(1) << 50
	type item struct {
		step  plan.Step
		group int
		tier  [2]int
	}
	hundredths := func(d decimal.Decimal) int64 { return d.Shift(2).IntPart() }
	calendar := func(c *egov.Calendar) egov.Calendar {
		if c == nil {
			return egov.SerbianCalendar()
		}
		return *c
	}
	// Working days, counted once per calendar (0 the portfolio's, g+1 plan
	// g's) and week.
	counted := map[[2]int]int64{}
	workingDays := func(c egov.Calendar, id, w int) int64 {
		if n, ok := counted[[2]int{id, w}]; ok {
			return n
		}
		n := int64(0)
		for d := range 7 {
			if c.IsWorkingDay(o.Start.AddDays(7*(w-1) + d)) {
				n++
			}
		}
		counted[[2]int{id, w}] = n
		return n
	}
	// A pool: its weekly capacity (0: no limit) and calendar.
	type pool struct {
		base  int64
		cal   egov.Calendar
		calID int
	}
	capacity := func(p pool, w int) int64 {
		d := workingDays(p.cal, p.calID, w)
		switch {
		case d == 0:
			return 0
		case p.base == 0:
			return noLimit
		}
		return p.base * d / 5
	}
	team := pool{hundredths(o.TeamCapacity), calendar(o.Calendar), 0}
	partner := pool{hundredths(o.PartnerCapacity), calendar(o.Calendar), 0}
	share := int64(0)
	if !o.MaxTeamShare.IsZero() {
		share = o.MaxTeamShare.Mul(decimal.New(team.base, 0)).Floor().IntPart()
	}
	var items []item
	first := make([]int, len(plans))
	last := make([]int, len(plans))
	own := make([]pool, len(plans))
	teamCap := make([]pool, len(plans))
	for g, p := range plans {
		first[g], last[g] = 1, o.Horizon
		if !p.Options.Start.IsZero() {
			first[g] = p.Options.Start.DaysSince(o.Start)/7 + 1
		}
		if p.Options.Horizon > 0 {
			last[g] = min(o.Horizon, first[g]-1+p.Options.Horizon)
		}
		own[g] = pool{hundredths(p.Options.MunicipalityCapacity), calendar(p.Options.Calendar), g + 1}
		limit := hundredths(p.Options.TeamCapacity)
		if share > 0 && (limit == 0 || share < limit) {
			limit = share
		}
		teamCap[g] = pool{limit, calendar(p.Options.Calendar), g + 1}
		r := 0
		for _, st := range p.Priorities {
			r = max(r, st.Rank)
		}
		for _, s := range append(slices.Clone(p.Steps), p.Deferred...) {
			it := item{step: s, group: g}
			// A step under way goes before every class.
			class := s.Class
			if s.Spent.Sign() > 0 {
				class = math.MinInt
			}
			switch {
			case class <= r:
				it.tier = [2]int{0, class}
			case class-r == 1:
				it.tier = [2]int{1, 0}
			default:
				it.tier = [2]int{2, class - r - 2}
			}
			items = append(items, it)
		}
	}
	// The pools a step draws on, named so that the same pool is the same
	// key: "team", "partner", "own 2", "team 2".
	type poolKey struct {
		name  string
		group int
	}
	poolsOf := func(it item) []poolKey {
		switch it.step.Owner {
		case plan.OwnerTeam:
			return []poolKey{{"team", -1}, {"team", it.group}}
		case plan.OwnerMunicipality:
			return []poolKey{{"own", it.group}}
		default:
			return []poolKey{{"partner", -1}}
		}
	}
	poolOf := func(k poolKey) pool {
		switch {
		case k.name == "partner":
			return partner
		case k.name == "own":
			return own[k.group]
		case k.group < 0:
			return team
		}
		return teamCap[k.group]
	}

	type running struct {
		item int
		rem  int64
	}
	var run []running
	placed := map[plan.StepID]refRun{}
	decided := map[int]bool{}
	served := make([]int64, len(plans))
	// roomOf returns what the pools of item i leave in week w given what
	// was used, and whether one of them has no capacity that week.
	roomOf := func(i, w int, used map[poolKey]int64) (int64, bool) {
		r := noLimit
		for _, k := range poolsOf(items[i]) {
			c := capacity(poolOf(k), w)
			if c == 0 {
				return 0, true
			}
			r = min(r, c-used[k])
		}
		return r, false
	}
	take := func(i int, v int64, used map[poolKey]int64) {
		for _, k := range poolsOf(items[i]) {
			used[k] += v
		}
	}
	for w := 1; w <= o.Horizon; w++ {
		used := map[poolKey]int64{}
		var still []running
		for _, r := range run {
			v, paused := roomOf(r.item, w, used)
			if !paused && v <= 0 {
				panic("reference: a running step gets nothing in a week its pools have capacity")
			}
			v = min(max(v, 0), r.rem)
			take(r.item, v, used)
			r.rem -= v
			id := items[r.item].step.ID
			pr := placed[id]
			pr.takes = append(pr.takes, v)
			if r.rem == 0 {
				pr.end = w
			} else {
				still = append(still, r)
			}
			placed[id] = pr
		}
		run = still
		waiting := map[int]bool{}
		for {
			best := -1
			for i, it := range items {
				g := it.group
				if decided[i] || waiting[i] || w < first[g] || w > last[g] {
					continue
				}
				ready := true
				for _, d := range it.step.DependsOn {
					pr, ok := placed[d]
					ready = ready && ok && pr.end != 0 && pr.end < w
				}
				if v, paused := roomOf(i, w, used); !ready || paused || v <= 0 {
					continue
				}
				if best < 0 {
					best = i
					continue
				}
				b := items[best]
				c := cmp.Or(cmp.Compare(it.tier[0], b.tier[0]), cmp.Compare(it.tier[1], b.tier[1]),
					cmp.Compare(served[g], served[b.group]), cmp.Compare(g, b.group),
					cmp.Compare(it.step.Position, b.step.Position))
				if c < 0 {
					best = i
				}
			}
			if best < 0 {
				break
			}
			it := items[best]
			// Play the weeks ahead: the running steps first, then this one.
			rem := hundredths(it.step.Effort)
			var takes []int64
			broken := false
			future := slices.Clone(run)
			for u := w; u <= last[it.group] && rem > 0 && !broken; u++ {
				usedU := used
				if u > w {
					usedU = map[poolKey]int64{}
					for k := range future {
						v, paused := roomOf(future[k].item, u, usedU)
						if paused {
							continue
						}
						v = min(v, future[k].rem)
						take(future[k].item, v, usedU)
						future[k].rem -= v
					}
				}
				v, paused := roomOf(best, u, usedU)
				switch {
				case paused:
					takes = append(takes, 0)
				case v <= 0:
					broken = true
				default:
					v = min(v, rem)
					takes = append(takes, v)
					rem -= v
				}
			}
			switch {
			case broken:
				waiting[best] = true
				continue
			case rem > 0:
				decided[best] = true
				continue
			}
			decided[best] = true
			v := takes[0]
			take(best, v, used)
			pr := refRun{refPlacement{w, 0}, []int64{v}}
			if v == hundredths(it.step.Effort) {
				pr.end = w
			} else {
				run = append(run, running{best, hundredths(it.step.Effort) - v})
			}
			placed[it.step.ID] = pr
			if it.step.Owner == plan.OwnerTeam {
				served[it.group] += hundredths(it.step.Effort)
			}
		}
	}
	for id, pr := range placed {
		if pr.end == 0 {
			delete(placed, id) // cannot happen: a step starts only if it ends in time
			panic("reference: a started step did not end")
		}
	}
	return placed
}
