package plan

import (
	"sync/atomic"

	"github.com/shopspring/decimal"
)

// prepared is what SchedulePortfolio copies and allocates for the
// portfolio it returns while it schedules a large one: each plan's steps,
// and room for every step's assignment. The work comes a plan at a time,
// and the assignments last, to whoever asks next (see work).
type prepared struct {
	steps       []preparedSteps
	assignments []Assignment
	next        atomic.Int64
}

// work does the parts of pr not yet begun, for the plans whose plan orders
// info holds, with total steps in all, until none is left.
func (pr *prepared) work(plans []*Plan, info []portfolioPlan, total int) {
	for i := int(pr.next.Add(1) - 1); i <= len(plans); i = int(pr.next.Add(1) - 1) {
		if i == len(plans) {
			pr.assignments = make([]Assignment, total)
			continue
		}
		pr.steps[i] = prepareSteps(plans[i], info[i].order)
	}
}

// preparedSteps are a plan's steps copied for the plan a portfolio
// returns before its schedule is known, as if every one of them fit: in
// plan order, each with its Position and without figures, but without
// weeks; and the steps serving each priority, gathered as they are copied.
//
// Copying a large portfolio's steps costs about as much as scheduling
// them, and the schedule runs on one processor: SchedulePortfolio copies
// on another meanwhile, and a plan whose steps all fit only has its weeks
// to fill in afterwards. A plan with a step that does not fit is copied
// again, into its scheduled and deferred steps.
type preparedSteps struct {
	steps []Step
	set   settlement
}

// copyStretch is the most steps copied at once: steps next to each other
// in one of a plan's lists are copied together, then completed while they
// are still in the cache.
const copyStretch = 64

// prepareSteps copies the steps of p, whose plan order is order, as
// preparedSteps says.
func prepareSteps(p *Plan, order []stepRef) preparedSteps {
	n := len(order)
	if n == 0 {
		return preparedSteps{}
	}
	out := preparedSteps{steps: make([]Step, 0, n)}
	for k := 0; k < n; {
		r := order[k]
		end := k + 1
		for end < n && end-k < copyStretch && order[end] == (stepRef{r.deferred, r.i + end - k}) {
			end++
		}
		src := p.Steps
		if r.deferred {
			src = p.Deferred
		}
		from := len(out.steps)
		out.steps = append(out.steps, src[r.i:r.i+end-k]...)
		for d := from; d < len(out.steps); d, k = d+1, k+1 {
			s := &out.steps[d]
			out.set.add(s, false)
			s.Position = k
			s.Gain, s.GainExact, s.GainAwaits, s.Running, s.RunningExact = decimal.Decimal{}, nil, "", decimal.Decimal{}, nil
		}
	}
	return out
}
