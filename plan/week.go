package plan

import (
	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
)

// A WeekEffort is the work a step takes in one week of its run. A step runs
// over consecutive weeks, so its WeekEfforts (Step.Weeks) cover every week
// from its start week to its end week; PersonDays is 0 only in a week in
// which the step's owner has no capacity at all (no working day), which
// pauses the step without breaking its run.
type WeekEffort struct {
	// Week counts from the plan's start (week 1 starts on Options.Start);
	// Start is its first day.
	Week       int
	Start      egov.Date
	PersonDays decimal.Decimal
}

// weekEfforts returns the runs of the jobs given, week by week, in one
// allocation: runs[k] for jobs[k] (nil when it is not scheduled), with
// weeks counted from a start offset weeks after the schedule's; starts[w]
// is the first day of the schedule's week w. A run of one week takes the
// job's whole effort, which effort(k) gives, rather than a new decimal of
// the same value.
func (pl *placement) weekEfforts(starts []egov.Date, offset int, jobs []int, effort func(k int) decimal.Decimal) [][]WeekEffort {
	total := 0
	for _, j := range jobs {
		total += pl.runWeeks(j)
	}
	buf := make([]WeekEffort, 0, total)
	runs := make([][]WeekEffort, len(jobs))
	for k, j := range jobs {
		if pl.start(j) != 0 {
			runs[k], buf = pl.run(buf, starts, offset, j, effort(k))
		}
	}
	return runs
}

// runWeeks returns the number of weeks of job j's run: 0 when it is not
// scheduled.
func (pl *placement) runWeeks(j int) int {
	if pl.start(j) == 0 {
		return 0
	}
	return pl.end(j) - pl.start(j) + 1
}

// run appends scheduled job j's run, week by week, to buf and returns it as
// a slice of its own (capped, so that appending to it cannot overwrite the
// next run) and buf; weeks and starts are as for weekEfforts, and effort is
// the job's whole effort, which a run of one week takes.
func (pl *placement) run(buf []WeekEffort, starts []egov.Date, offset, j int, effort decimal.Decimal) ([]WeekEffort, []WeekEffort) {
	from, first := len(buf), pl.start(j)
	if first == pl.end(j) {
		buf = append(buf, WeekEffort{Week: first - offset, Start: starts[first], PersonDays: effort})
		return buf[from:len(buf):len(buf)], buf
	}
	for i, take := range pl.takesOf(j) {
		w := first + i
		buf = append(buf, WeekEffort{Week: w - offset, Start: starts[w], PersonDays: decimal.New(take, -effortPlaces)})
	}
	return buf[from:len(buf):len(buf)], buf
}
