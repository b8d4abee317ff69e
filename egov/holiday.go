package egov

import (
	"strconv"
	"time"

	"github.com/digitaldistrict/egovkit/internal/enumtext"
)

// A Holiday is one day off in a Calendar: a public holiday of the Law on
// State and Other Holidays, the working day a state holiday on a Sunday
// moves to, a municipality's own holiday, or a day of the team's leave.
// Holidays are listed on their dates even when these fall on a weekend,
// which is off anyway.
type Holiday struct {
	Date Date         `json:"date"`
	Name HolidayNames `json:"name"`
	Kind HolidayKind  `json:"kind"`
	// MovedFrom is the Sunday of the state holiday this day is off for, on
	// the first working day after it; the zero Date for a holiday kept on
	// its own date.
	MovedFrom Date `json:"moved_from,omitzero"`
}

// HolidayKind says why a day is off, which decides whether it moves when it
// falls on a Sunday: only state holidays do. Its zero value,
// HolidayKindUnspecified, stands for none given: no Holiday of a Calendar
// has it, and JSON refuses the name "unspecified".
type HolidayKind uint8

// The holiday kinds.
const (
	HolidayKindUnspecified HolidayKind = iota
	// HolidayState is a state holiday of the Law (New Year, Statehood Day,
	// Labour Day, Armistice Day), or the working day one that falls on a
	// Sunday moves to.
	HolidayState
	// HolidayReligious is a religious holiday of the Law that is a day off
	// for everyone (Orthodox Christmas, Good Friday to Easter Monday); it
	// stays on its day when that is a Sunday.
	HolidayReligious
	// HolidayLocal is a yearly holiday the caller adds (Calendar.WithHolidays):
	// a city's day, a day a municipality closes every year.
	HolidayLocal
	// HolidayDayOff is a day of a range the caller adds
	// (Calendar.WithDaysOff): the team's leave, a one-off closure.
	HolidayDayOff
	numHolidayKinds
)

// String returns "unspecified", "state", "religious", "local" or "day-off".
func (k HolidayKind) String() string {
	return enumtext.Name(k, "HolidayKind", "unspecified", "state", "religious", "local", "day-off")
}

// IsValid reports whether k is a defined kind other than
// HolidayKindUnspecified.
func (k HolidayKind) IsValid() bool { return k > HolidayKindUnspecified && k < numHolidayKinds }

// MarshalText implements encoding.TextMarshaler.
func (k HolidayKind) MarshalText() ([]byte, error) {
	return enumtext.Marshal(k, numHolidayKinds, "holiday kind")
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *HolidayKind) UnmarshalText(b []byte) error {
	return enumtext.UnmarshalNonZero(k, numHolidayKinds, "holiday kind", b)
}

// An AnnualHoliday is a holiday the caller adds to a Calendar that recurs
// every year: on the same date (Month and Day), such as a city's day, or a
// number of days from Orthodox Easter Sunday (FromEaster and Offset), such
// as a city's slava on Ascension Day, 39 days after Easter. It never moves
// from a Sunday: only the Law's state holidays do.
//
// The zero AnnualHoliday is invalid: it has no names and no date.
type AnnualHoliday struct {
	Name  HolidayNames `json:"name"`
	Month time.Month   `json:"month,omitempty"`
	Day   int          `json:"day,omitempty"`
	// FromEaster counts the holiday from Orthodox Easter Sunday: Offset
	// days after it (before it, when negative; 0 is Easter Sunday itself),
	// at most MaxEasterOffset either way, so that the holiday falls in
	// Easter's year. Month and Day must then be zero.
	FromEaster bool `json:"from_easter,omitempty"`
	Offset     int  `json:"offset,omitempty"`
}

// MaxEasterOffset is the most days an AnnualHoliday may be from Orthodox
// Easter Sunday. Easter falls from 20 March (in the first century) to
// 7 July (in year 9999) of the civil calendar, so a holiday within 60 days
// of it stays in the same year.
const MaxEasterOffset = 60

// validate adds the problems of h at path to ps.
func (h AnnualHoliday) validate(ps *ProblemList, path string) {
	checkHolidayNames(ps, field(path, "name"), h.Name)
	if h.FromEaster {
		if h.Month != 0 {
			ps.Add(field(path, "month"), strconv.Itoa(int(h.Month)), "a holiday counted from Easter has no month")
		}
		if h.Day != 0 {
			ps.Add(field(path, "day"), strconv.Itoa(h.Day), "a holiday counted from Easter has no day")
		}
		if h.Offset < -MaxEasterOffset || h.Offset > MaxEasterOffset {
			ps.Add(field(path, "offset"), strconv.Itoa(h.Offset), "offset %d outside -%d…%d days from Easter",
				h.Offset, MaxEasterOffset, MaxEasterOffset)
		}
		return
	}
	if h.Offset != 0 {
		ps.Add(field(path, "offset"), strconv.Itoa(h.Offset), "an offset needs from_easter")
	}
	switch {
	case h.Month == 0 && h.Day == 0:
		ps.Add(path, "", "missing date: give month and day, or from_easter")
	case h.Month < time.January || h.Month > time.December:
		ps.Add(field(path, "month"), strconv.Itoa(int(h.Month)), "month %d outside 1…12", int(h.Month))
	case h.Month == time.February && h.Day == 29:
		ps.Add(field(path, "day"), "29", "not every year has 29 February")
	case h.Day < 1 || h.Day > daysIn(2001, h.Month):
		ps.Add(field(path, "day"), strconv.Itoa(h.Day), "%s has no day %d", h.Month, h.Day)
	}
}

// in returns the date of h in year, which is in range, given the day
// number of Easter Sunday in that year.
func (h AnnualHoliday) in(year, easter int) Date {
	if h.FromEaster {
		return dateOfDayNumber(easter + h.Offset)
	}
	return Date{year: int16(year), month: uint8(h.Month), day: uint8(h.Day)}
}

// DaysOff are consecutive days off that the caller adds to a Calendar,
// First to Last inclusive: the team's leave, a municipality closed for an
// election. The zero DaysOff is invalid: it has no names and no dates.
type DaysOff struct {
	First Date         `json:"first"`
	Last  Date         `json:"last"`
	Name  HolidayNames `json:"name"`
}

// validate adds the problems of d at path to ps.
func (d DaysOff) validate(ps *ProblemList, path string) {
	checkHolidayNames(ps, field(path, "name"), d.Name)
	if d.First.IsZero() {
		ps.Add(field(path, "first"), "", "missing date")
	}
	if d.Last.IsZero() {
		ps.Add(field(path, "last"), "", "missing date")
	}
	if !d.First.IsZero() && d.Last.Before(d.First) && !d.Last.IsZero() {
		ps.Add(field(path, "last"), d.Last.String(), "last day %s before first day %s", d.Last, d.First)
	}
}

func checkHolidayNames(ps *ProblemList, path string, n HolidayNames) {
	if n.English == "" {
		ps.Add(field(path, "en"), "", "missing English name")
	}
	if n.Latin == "" {
		ps.Add(field(path, "sr_latn"), "", "missing Serbian Latin name")
	}
}
