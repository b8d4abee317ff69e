package plan_test

import (
	"cmp"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"pgregory.net/rapid"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/gen"
	"github.com/digitaldistrict/egovkit/plan"
)

// noHolidays is a calendar with weekends off and nothing else.
var noHolidays = &egov.Calendar{}

// calendarOr returns the calendar a plan or portfolio schedules on.
func calendarOr(c *egov.Calendar) egov.Calendar {
	if c == nil {
		return egov.SerbianCalendar()
	}
	return *c
}

// weekCapacity is a weekly capacity in a week with the working days of c
// from first, in hundredths, rounded down: -1 for no limit, 0 in a week
// without a working day.
func weekCapacity(capacity decimal.Decimal, c egov.Calendar, first egov.Date) int64 {
	days, err := c.WorkingDays(first, first.AddDays(6))
	if err != nil {
		panic(err)
	}
	switch {
	case days == 0:
		return 0
	case capacity.IsZero():
		return -1
	}
	return capacity.Shift(2).IntPart() * int64(days) / 5
}

// checkRuns checks that every scheduled step of p runs over consecutive
// weeks, its Weeks covering StartWeek to EndWeek and adding up to its
// effort, with nothing only in a week its owner has no capacity, as capOf
// says.
func checkRuns(t *rapid.T, p *plan.Plan, capOf func(o plan.Owner, first egov.Date) int64) {
	for _, s := range p.Steps {
		if len(s.Weeks) != s.EndWeek-s.StartWeek+1 {
			t.Fatalf("%s: weeks %d-%d, but %d weeks of work", s.Action, s.StartWeek, s.EndWeek, len(s.Weeks))
		}
		sum := decimal.Decimal{}
		for i, w := range s.Weeks {
			if w.Week != s.StartWeek+i || w.Start != p.Options.Start.AddDays(7*(w.Week-1)) {
				t.Fatalf("%s: week %d of its run is week %d from %s", s.Action, i, w.Week, w.Start)
			}
			if w.PersonDays.Sign() < 0 || w.PersonDays.IsZero() && (i == 0 || capOf(s.Owner, w.Start) != 0) {
				t.Fatalf("%s: %s person-days in week %d, whose capacity is %d hundredths", s.Action, w.PersonDays,
					w.Week, capOf(s.Owner, w.Start))
			}
			sum = sum.Add(w.PersonDays)
		}
		if !sum.Equal(s.Effort) {
			t.Fatalf("%s: weeks add up to %s person-days, effort %s", s.Action, sum, s.Effort)
		}
		if len(s.Weeks) > 0 && s.Weeks[len(s.Weeks)-1].PersonDays.IsZero() {
			t.Fatalf("%s: ends in a week it takes nothing", s.Action)
		}
	}
	for _, s := range p.Deferred {
		if s.Weeks != nil || s.StartWeek != 0 {
			t.Fatalf("deferred %s has weeks %d-%d %v", s.Action, s.StartWeek, s.EndWeek, s.Weeks)
		}
	}
}

// A plan's steps run over consecutive weeks, taking work in every week of
// their run in which their owner has capacity; no week holds more than the
// owner's capacity for its working days; the load shows each week's
// working days and holidays as the calendar has them.
func TestPlanStepsRunOverConsecutiveWorkingWeeks(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		req := request(t)
		req.Options.Calendar = drawCalendar(t, "calendar", req.Options.Start, req.Options.Horizon)
		p, err := plan.Generate(req)
		if err != nil {
			t.Fatal(err)
		}
		cal := calendarOr(req.Options.Calendar)
		caps := map[plan.Owner]decimal.Decimal{plan.OwnerTeam: req.Options.TeamCapacity,
			plan.OwnerMunicipality: req.Options.MunicipalityCapacity, plan.OwnerPartner: req.Options.PartnerCapacity}
		capOf := func(o plan.Owner, first egov.Date) int64 { return weekCapacity(caps[o], cal, first) }
		checkRuns(t, p, capOf)
		for _, l := range p.Load {
			last := l.Start.AddDays(6)
			days, _ := cal.WorkingDays(l.Start, last)
			holidays, _ := cal.HolidaysIn(l.Start, last)
			if l.WorkingDays != days || !slices.Equal(l.Holidays, holidays) {
				t.Fatalf("week %d: %d working days and holidays %v; the calendar has %d and %v", l.Week, l.WorkingDays,
					l.Holidays, days, holidays)
			}
			if c := capOf(l.Owner, l.Start); c >= 0 && l.PersonDays.Shift(2).IntPart() > c {
				t.Fatalf("week %d (%d working days): %s has %s person-days, more than %d hundredths", l.Week, days, l.Owner,
					l.PersonDays, c)
			}
		}
	})
}

// drawCalendar draws a working calendar: Serbia's (nil), one without
// holidays, or either with a range of days off (the team's leave) of up to
// three weeks somewhere in the weeks from start.
func drawCalendar(t *rapid.T, label string, start egov.Date, horizon int) *egov.Calendar {
	var c egov.Calendar
	switch rapid.IntRange(0, 3).Draw(t, label) {
	case 0:
		return nil
	case 1:
		return noHolidays
	case 2:
		c = egov.SerbianCalendar()
	}
	first := start.AddDays(rapid.IntRange(0, 7*horizon-1).Draw(t, label+" leave from"))
	last := first.AddDays(rapid.IntRange(0, 20).Draw(t, label+" leave days"))
	if limit := egov.MustDate(egov.MaxYear, 12, 31); last.After(limit) {
		last = limit
	}
	c, err := c.WithDaysOff(egov.DaysOff{First: first, Last: last, Name: egov.HolidayNames{English: "leave", Latin: "odmor"}})
	if err != nil {
		t.Fatal(err)
	}
	return &c
}

// portfolioInput draws plans for a few municipalities, each starting on
// the portfolio's week grid, and the portfolio's options: calendars,
// shares of the team and the model drawn too.
func portfolioInput(t *rapid.T) ([]*plan.Plan, plan.PortfolioOptions) {
	o := gen.PlanOptions().Draw(t, "portfolio options")
	opts := plan.PortfolioOptions{Start: o.Start, Horizon: o.Horizon, TeamCapacity: o.TeamCapacity,
		PartnerCapacity: o.PartnerCapacity}
	opts.Calendar = drawCalendar(t, "team's calendar", opts.Start, opts.Horizon)
	if rapid.Bool().Draw(t, "share") {
		opts.MaxTeamShare = decimal.New(rapid.Int64Range(1, 100).Draw(t, "percent"), -2)
		if opts.MaxTeamShare.Mul(opts.TeamCapacity).LessThan(decimal.New(1, -2)) {
			opts.MaxTeamShare = decimal.Decimal{}
		}
	}
	var plans []*plan.Plan
	for i := range rapid.IntRange(1, 3).Draw(t, "municipalities") {
		req := request(t)
		req.Visit.Municipality = fmt.Sprintf("m%d", i)
		req.Profile.Municipality = req.Visit.Municipality
		onGrid(t, &req, opts)
		req.Options.Calendar = drawCalendar(t, "municipality's calendar", req.Options.Start, req.Options.Horizon)
		p, err := plan.Generate(req)
		if err != nil {
			t.Fatal(err)
		}
		plans = append(plans, p)
	}
	return plans, opts
}

// A portfolio matches the reference week by week, every run is
// consecutive, no week exceeds the team's capacity for its working days
// nor a municipality's cap, and each plan as scheduled is its portfolio's
// share: its steps where the assignments put them, within its own weeks.
func TestPortfolioRunsMatchTheReference(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		plans, opts := portfolioInput(t)
		pf, err := plan.SchedulePortfolio(plans, opts)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := portfolioRuns(pf), refScheduleRuns(plans, opts); !reflect.DeepEqual(got, want) {
			t.Fatalf("the portfolio's runs differ from the reference's:\n got %v\nwant %v", got, want)
		}
		teamCal := calendarOr(opts.Calendar)
		for g, q := range pf.Plans {
			p := plans[g]
			if q.Options.Start != p.Options.Start || q.Municipality != p.Municipality {
				t.Fatalf("plan %d as scheduled: %s from %s; given %s from %s", g, q.Municipality, q.Options.Start,
					p.Municipality, p.Options.Start)
			}
			own := calendarOr(p.Options.Calendar)
			shareOf := func(first egov.Date) int64 {
				if opts.MaxTeamShare.IsZero() {
					return -1
				}
				return opts.MaxTeamShare.Mul(opts.TeamCapacity.Shift(2)).Floor().IntPart() * int64(dayCount(own, first)) / 5
			}
			checkRuns(t, q, func(o plan.Owner, first egov.Date) int64 {
				switch o {
				case plan.OwnerTeam:
					return min(uint64Cap(weekCapacity(opts.TeamCapacity, teamCal, first)),
						uint64Cap(weekCapacity(p.Options.TeamCapacity, own, first)), uint64Cap(shareOf(first)))
				case plan.OwnerMunicipality:
					return weekCapacity(p.Options.MunicipalityCapacity, own, first)
				default:
					return weekCapacity(opts.PartnerCapacity, teamCal, first)
				}
			})
			if n := len(q.Steps) + len(q.Deferred); n != len(p.Steps)+len(p.Deferred) {
				t.Fatalf("plan %d: %d steps as scheduled, %d given", g, n, len(p.Steps)+len(p.Deferred))
			}
			for _, s := range q.Steps {
				if s.EndWeek > p.Options.Horizon {
					t.Fatalf("plan %d: %s ends in week %d of a %d-week plan", g, s.Action, s.EndWeek, p.Options.Horizon)
				}
			}
			for _, l := range q.Load {
				if l.Owner != plan.OwnerTeam {
					continue
				}
				limit := min(uint64Cap(weekCapacity(p.Options.TeamCapacity, own, l.Start)), uint64Cap(shareOf(l.Start)))
				if l.PersonDays.Shift(2).IntPart() > limit {
					t.Fatalf("%s week %d: the team gives %s person-days, above its cap of %d hundredths", q.Municipality,
						l.Week, l.PersonDays, limit)
				}
			}
		}
		for w, v := range pf.TeamLoad() {
			c := weekCapacity(opts.TeamCapacity, teamCal, opts.Start.AddDays(7*w))
			if v.Shift(2).IntPart() > c {
				t.Fatalf("week %d: team load %s above %d hundredths", w+1, v, c)
			}
		}
	})
}

// portfolioRuns returns where each scheduled step of the portfolio's plans
// runs, in the portfolio's weeks, and what it takes each week, in
// hundredths.
func portfolioRuns(pf *plan.Portfolio) map[plan.StepID]refRun {
	got := map[plan.StepID]refRun{}
	for _, q := range pf.Plans {
		offset := q.Options.Start.DaysSince(pf.Options.Start) / 7
		for _, s := range q.Steps {
			r := refRun{refPlacement: refPlacement{s.StartWeek + offset, s.EndWeek + offset}}
			for _, w := range s.Weeks {
				r.takes = append(r.takes, w.PersonDays.Shift(2).IntPart())
			}
			got[s.ID] = r
		}
	}
	return got
}

// uint64Cap turns "no limit" (-1) into the largest limit, for min.
func uint64Cap(c int64) int64 {
	if c < 0 {
		return 1 << 62
	}
	return c
}

func dayCount(c egov.Calendar, first egov.Date) int {
	n, _ := c.WorkingDays(first, first.AddDays(6))
	return n
}

// tierOf places a step's class on the portfolio's common scale: every
// visit's agreed priorities by rank, then findings, then indicator gaps.
func tierOf(p *plan.Plan, class int) [2]int {
	r := 0
	for _, st := range p.Priorities {
		r = max(r, st.Rank)
	}
	switch {
	case class <= r:
		return [2]int{0, class}
	case class-r == 1:
		return [2]int{1, 0}
	}
	return [2]int{2, class - r - 2}
}

// The fairness rule on generated portfolios, where the team's time is not
// capped per municipality: a team step never starts in a week in which a
// team step of a lower class on the common scale, of any municipality, was
// ready and had not started; that step started by then, or could not end
// in time. So every municipality's agreed priorities come before any
// municipality's findings and indicator gaps, whatever number of
// priorities each visit ranked.
func TestRankedPrioritiesComeFirstAcrossMunicipalities(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		o := gen.PlanOptions().Draw(t, "portfolio options")
		opts := plan.PortfolioOptions{Start: o.Start, Horizon: o.Horizon, TeamCapacity: o.TeamCapacity,
			PartnerCapacity: o.PartnerCapacity}
		var plans []*plan.Plan
		for i := range rapid.IntRange(2, 3).Draw(t, "municipalities") {
			req := request(t)
			req.Visit.Municipality = fmt.Sprintf("m%d", i)
			req.Profile.Municipality = req.Visit.Municipality
			onGrid(t, &req, opts)
			req.Options.TeamCapacity = opts.TeamCapacity // no cap of its own
			p, err := plan.Generate(req)
			if err != nil {
				t.Fatal(err)
			}
			plans = append(plans, p)
		}
		pf, err := plan.SchedulePortfolio(plans, opts)
		if err != nil {
			t.Fatal(err)
		}
		type team struct {
			step         plan.Step
			tier         [2]int
			ready, start int // portfolio weeks; ready 0 when a step it needs does not fit
			last         int // the last week its plan may use
			reason       string
		}
		var steps []team
		for g, q := range pf.Plans {
			offset := q.Options.Start.DaysSince(opts.Start) / 7
			ends := map[plan.StepID]int{}
			for _, s := range q.Steps {
				ends[s.ID] = s.EndWeek + offset
			}
			reasons := map[plan.StepID]string{}
			for _, a := range pf.Deferred {
				if a.Municipality == q.Municipality {
					reasons[a.Step] = a.Reason
				}
			}
			for _, s := range append(slices.Clone(q.Steps), q.Deferred...) {
				if s.Owner != plan.OwnerTeam {
					continue
				}
				ts := team{step: s, tier: tierOf(plans[g], s.Class), ready: offset + 1, reason: reasons[s.ID],
					last: min(opts.Horizon, offset+q.Options.Horizon)}
				if s.StartWeek > 0 {
					ts.start = s.StartWeek + offset
				}
				for _, d := range s.DependsOn {
					end, ok := ends[d]
					if !ok {
						ts.ready = 0
						break
					}
					ts.ready = max(ts.ready, end+1)
				}
				steps = append(steps, ts)
			}
		}
		for _, late := range steps {
			for _, early := range steps {
				if late.start == 0 || early.ready == 0 || early.ready > late.start || late.start > early.last ||
					cmp.Or(cmp.Compare(early.tier[0], late.tier[0]), cmp.Compare(early.tier[1], late.tier[1])) >= 0 {
					continue
				}
				if early.start != 0 && early.start <= late.start || early.start == 0 && strings.HasPrefix(early.reason, "cannot ") {
					continue
				}
				t.Fatalf("%s (class %v) starts in week %d, but %s (class %v), ready in week %d, starts in week %d (%s)",
					late.step.Action, late.tier, late.start, early.step.Action, early.tier, early.ready, early.start, early.reason)
			}
		}
	})
}
