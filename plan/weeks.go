package plan

import (
	"cmp"
	"slices"

	"github.com/digitaldistrict/egovkit/egov"
)

// A WeekSteps is one week of a plan's schedule, for reading a plan in time
// order: plan order puts dependencies and priorities first, so a step of
// weeks 5-6 may come before one of week 3.
type WeekSteps struct {
	// Week counts from the plan's start (week 1 starts on Options.Start);
	// Start is its first day.
	Week  int
	Start egov.Date
	// Starting are the steps that start this week, in plan order.
	Starting []*Step
	// Continuing are the steps started in an earlier week that run on into
	// this one, by start week, then plan order.
	Continuing []*Step
}

// StepsByWeek returns the plan's scheduled steps week by week: one
// WeekSteps for every week from 1 to the last week a step ends (Weeks), a
// week in which no step runs included, with pointers into p.Steps. None
// for a nil plan or one with no scheduled step. A step with weeks a
// schedule cannot give (before week 1, ending before it starts, or beyond
// MaxHorizon), which only a plan changed by hand can hold, is left out.
func (p *Plan) StepsByWeek() []WeekSteps {
	var steps []*Step
	last := 0
	for i := range p.steps() {
		s := &p.Steps[i]
		if s.StartWeek >= 1 && s.EndWeek >= s.StartWeek && s.EndWeek <= MaxHorizon {
			steps = append(steps, s)
			last = max(last, s.EndWeek)
		}
	}
	if len(steps) == 0 {
		return nil
	}
	// Plan order is Position order; a plan changed by hand may list its
	// steps in another.
	slices.SortStableFunc(steps, func(a, b *Step) int {
		return cmp.Or(cmp.Compare(a.StartWeek, b.StartWeek), cmp.Compare(a.Position, b.Position))
	})
	out := make([]WeekSteps, last)
	for w := range out {
		out[w] = WeekSteps{Week: w + 1, Start: p.Options.Start.AddDays(7 * w)}
	}
	for _, s := range steps {
		out[s.StartWeek-1].Starting = append(out[s.StartWeek-1].Starting, s)
		for w := s.StartWeek + 1; w <= s.EndWeek; w++ {
			out[w-1].Continuing = append(out[w-1].Continuing, s)
		}
	}
	return out
}
