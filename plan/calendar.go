package plan

import (
	"time"

	"github.com/digitaldistrict/egovkit/egov"
)

// workWeek is the number of working days of a week without holidays:
// weekly capacities are for such a week, and a week with fewer working days
// has a capacity in proportion.
const workWeek = 5

// calendarOf returns the calendar a plan or portfolio schedules on: the one
// given, or Serbia's when none is.
func calendarOf(c *egov.Calendar) egov.Calendar {
	if c == nil {
		return egov.SerbianCalendar()
	}
	return *c
}

// calendarWeeks are a calendar's working days and holidays in each week of
// a schedule, counted once per schedule: days[w] is the number of working
// days of week w (from 1; index 0 is unused), and week w's holidays are
// holidays[holidayAt[w]:holidayAt[w+1]], by date, as egov.Calendar.Holidays
// lists them (weekends included).
type calendarWeeks struct {
	days      []uint8
	holidays  []egov.Holiday
	holidayAt []int32
}

// weeksOf counts the working days and lists the holidays of each of the
// horizon's weeks from start, a week being seven days from its first,
// whatever day of the week that is. The caller has checked that the last
// week ends by the last day a Date holds.
func weeksOf(c egov.Calendar, start egov.Date, horizon int) (calendarWeeks, error) {
	out := calendarWeeks{days: make([]uint8, horizon+1), holidayAt: make([]int32, horizon+2)}
	for w := 1; w <= horizon; w++ {
		out.days[w] = workWeek // seven consecutive days hold five weekdays
	}
	last := start.AddDays(7*horizon - 1)
	week := 1
	var counted egov.Date // the last weekday taken off, listed once per reason
	for year := start.Year(); year <= last.Year(); year++ {
		hs, err := c.Holidays(year)
		if err != nil {
			return calendarWeeks{}, err
		}
		for _, h := range hs {
			if h.Date.Before(start) || h.Date.After(last) {
				continue
			}
			for w := h.Date.DaysSince(start)/7 + 1; week < w; week++ {
				out.holidayAt[week+1] = int32(len(out.holidays))
			}
			out.holidays = append(out.holidays, h)
			if wd := h.Date.Weekday(); wd != time.Saturday && wd != time.Sunday && h.Date != counted {
				out.days[week]--
				counted = h.Date
			}
		}
	}
	for ; week <= horizon; week++ {
		out.holidayAt[week+1] = int32(len(out.holidays))
	}
	return out, nil
}

// holidaysIn returns the holidays of week w.
func (c calendarWeeks) holidaysIn(w int) []egov.Holiday {
	if c.holidayAt[w] == c.holidayAt[w+1] {
		return nil
	}
	return c.holidays[c.holidayAt[w]:c.holidayAt[w+1]:c.holidayAt[w+1]]
}

// Names of the calendars a plan's options write: Serbia's Law, or none.
const (
	lawSerbia = "serbia"
	lawNone   = "none"
)

// calendarJSON is a calendar as a plan's options write it: whether it
// holds the holidays of Serbia's Law, and the holidays and days off added.
// Options without a calendar (Serbia's) write none.
type calendarJSON struct {
	Law      string               `json:"law"`
	Holidays []egov.AnnualHoliday `json:"holidays,omitempty"`
	DaysOff  []egov.DaysOff       `json:"days_off,omitempty"`
}

func calendarDoc(c *egov.Calendar) *calendarJSON {
	if c == nil {
		return nil
	}
	out := &calendarJSON{Law: lawNone, Holidays: c.AnnualHolidays(), DaysOff: c.DaysOff()}
	if c.HasSerbianLaw() {
		out.Law = lawSerbia
	}
	return out
}

// decodeCalendar makes a calendar again from its document: nil for none,
// and nil with the problems at path when it does not make one.
func decodeCalendar(ps *egov.ProblemList, path string, doc *calendarJSON) *egov.Calendar {
	if doc == nil {
		return nil
	}
	var c egov.Calendar
	switch doc.Law {
	case lawSerbia:
		c = egov.SerbianCalendar()
	case lawNone:
	default:
		ps.Add(path+".law", doc.Law, "unknown law %q (%q or %q)", doc.Law, lawSerbia, lawNone)
		return nil
	}
	c, err := c.WithHolidays(doc.Holidays...)
	if err == nil {
		c, err = c.WithDaysOff(doc.DaysOff...)
	}
	if err != nil {
		ps.AppendErr(path, err)
		return nil
	}
	return &c
}
