package plan_test

import (
	"cmp"
	"slices"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/plan"
)

// refPlacement is the reference scheduler's answer for one step.
type refPlacement struct{ start, end int }

// refSchedule is the slow, obviously right reference for SchedulePortfolio:
// it rescans everything at every pick and walks capacity week by week.
// Repeatedly: among undecided steps whose prerequisites are all decided,
// take the one with the lowest (class, team days received by its
// municipality, municipality index, position); if a prerequisite was not
// placed, neither is it; otherwise it starts in the first week after its
// prerequisites end in which its owner has room, and draws on that owner's
// remaining capacity week after week; if its effort is not spent by the
// horizon, it is not placed and uses nothing.
func refSchedule(plans []*plan.Plan, o plan.PortfolioOptions) map[plan.StepID]refPlacement {
	type item struct {
		step  plan.Step
		group int
	}
	var items []item
	for g, p := range plans {
		for _, s := range append(slices.Clone(p.Steps), p.Deferred...) {
			items = append(items, item{s, g})
		}
	}
	hundredths := func(d decimal.Decimal) int64 { return d.Shift(2).IntPart() }
	type poolKey struct {
		owner plan.Owner
		group int // -1 for shared pools
	}
	capOf := func(k poolKey) int64 {
		switch k.owner {
		case plan.OwnerTeam:
			return hundredths(o.TeamCapacity)
		case plan.OwnerMunicipality:
			return hundredths(plans[k.group].Options.MunicipalityCapacity)
		default:
			return hundredths(o.PartnerCapacity)
		}
	}
	used := map[poolKey]map[int]int64{}
	decided := map[plan.StepID]bool{}
	placed := map[plan.StepID]refPlacement{}
	served := make([]int64, len(plans))
	for {
		best := -1
		for i, it := range items {
			if decided[it.step.ID] {
				continue
			}
			ready := true
			for _, d := range it.step.DependsOn {
				ready = ready && decided[d]
			}
			if !ready {
				continue
			}
			if best < 0 {
				best = i
				continue
			}
			b := items[best]
			c := cmp.Or(cmp.Compare(it.step.Class, b.step.Class), cmp.Compare(served[it.group], served[b.group]),
				cmp.Compare(it.group, b.group), cmp.Compare(it.step.Position, b.step.Position))
			if c < 0 {
				best = i
			}
		}
		if best < 0 {
			return placed
		}
		it := items[best]
		decided[it.step.ID] = true
		earliest, ok := 1, true
		for _, d := range it.step.DependsOn {
			pl, was := placed[d]
			ok = ok && was
			earliest = max(earliest, pl.end+1)
		}
		if !ok || earliest > o.Horizon {
			continue
		}
		key := poolKey{it.step.Owner, -1}
		if it.step.Owner == plan.OwnerMunicipality {
			key.group = it.group
		}
		capacity := capOf(key)
		effort := hundredths(it.step.Effort)
		if capacity == 0 {
			placed[it.step.ID] = refPlacement{earliest, earliest}
			continue
		}
		if used[key] == nil {
			used[key] = map[int]int64{}
		}
		takes := map[int]int64{}
		rem, first, last := effort, 0, 0
		for w := earliest; w <= o.Horizon && rem > 0; w++ {
			take := min(capacity-used[key][w], rem)
			if take > 0 {
				takes[w] = take
				rem -= take
				if first == 0 {
					first = w
				}
				last = w
			}
		}
		if rem > 0 {
			continue
		}
		for w, take := range takes {
			used[key][w] += take
		}
		if it.step.Owner == plan.OwnerTeam {
			served[it.group] += effort
		}
		placed[it.step.ID] = refPlacement{first, last}
	}
}
