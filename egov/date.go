package egov

import (
	"errors"
	"fmt"
	"time"
)

// A Date is a civil date: a year, month and day with no time of day and no
// time zone, such as the day of a visit. The library never reads the clock;
// dates are always given.
//
// The zero Date is not a valid date: it means "no date given" (IsZero).
// Dates are comparable with ==, and ordered with Compare, Before and After.
type Date struct {
	year  int16
	month uint8
	day   uint8
}

// Years a Date may hold.
const (
	MinYear = 1
	MaxYear = 9999
)

// NewDate returns the date of year, month and day, or an error if there is
// no such day (February 30th, month 13, year 0).
func NewDate(year int, month time.Month, day int) (Date, error) {
	if reason := checkDate(year, month, day); reason != "" {
		return Date{}, errors.New("invalid date: " + reason)
	}
	return Date{year: int16(year), month: uint8(month), day: uint8(day)}, nil
}

// checkDate returns why year-month-day is not a day, or "".
func checkDate(year int, month time.Month, day int) string {
	switch {
	case year < MinYear || year > MaxYear:
		return fmt.Sprintf("year %d outside %d…%d", year, MinYear, MaxYear)
	case month < time.January || month > time.December:
		return fmt.Sprintf("month %d outside 1…12", int(month))
	case day < 1 || day > daysIn(year, month):
		return fmt.Sprintf("%04d-%02d has no day %d", year, int(month), day)
	}
	return ""
}

// MustDate is NewDate for literals known to be valid; it panics otherwise.
func MustDate(year int, month time.Month, day int) Date {
	d, err := NewDate(year, month, day)
	if err != nil {
		panic(err)
	}
	return d
}

// ParseDate parses a date written YYYY-MM-DD.
func ParseDate(s string) (Date, error) {
	var d Date
	err := d.UnmarshalText([]byte(s))
	return d, err
}

func daysIn(year int, month time.Month) int {
	// time.Date normalises day 0 of the next month to the last of this one.
	return time.Date(year, month+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// Year returns the date's year (0 for the zero Date).
func (d Date) Year() int { return int(d.year) }

// Month returns the date's month (0 for the zero Date).
func (d Date) Month() time.Month { return time.Month(d.month) }

// Day returns the date's day of the month (0 for the zero Date).
func (d Date) Day() int { return int(d.day) }

// IsZero reports whether d is the zero Date, which stands for "no date".
func (d Date) IsZero() bool { return d == Date{} }

// Weekday returns the day of the week of d. The zero Date has none, and
// gets the zero time.Weekday, Sunday: check IsZero first.
func (d Date) Weekday() time.Weekday {
	if d.IsZero() {
		return time.Sunday
	}
	return d.time().Weekday()
}

func (d Date) time() time.Time {
	return time.Date(int(d.year), time.Month(d.month), int(d.day), 0, 0, 0, 0, time.UTC)
}

// AddDays returns the date n days after d (before, for negative n). The
// result is clamped to the years a Date may hold. AddDays of the zero Date
// is the zero Date.
func (d Date) AddDays(n int) Date {
	if d.IsZero() {
		return d
	}
	const maxSpan = 4_000_000 // more days than MinYear…MaxYear spans
	n = max(-maxSpan, min(maxSpan, n))
	t := d.time().AddDate(0, 0, n)
	switch {
	case t.Year() < MinYear:
		return Date{year: MinYear, month: 1, day: 1}
	case t.Year() > MaxYear:
		return Date{year: MaxYear, month: 12, day: 31}
	}
	return Date{year: int16(t.Year()), month: uint8(t.Month()), day: uint8(t.Day())}
}

// DaysSince returns the number of days from e to d (negative when d is
// before e), exactly across the whole range of years, and 0 when either is
// the zero Date, which is no day.
func (d Date) DaysSince(e Date) int {
	if d.IsZero() || e.IsZero() {
		return 0
	}
	return d.dayNumber() - e.dayNumber()
}

// dayNumber returns the number of days from 0000-03-01 of the proleptic
// Gregorian calendar to d, counting in whole 400-year eras of 146,097 days.
// (time.Time.Sub cannot: a time.Duration spans only about 292 years.)
func (d Date) dayNumber() int {
	y, m := int(d.year), int(d.month)
	if m <= 2 {
		y-- // count the year from March, so that February 29th comes last
	}
	era := y / 400 // y ≥ 0 for every valid date
	yearOfEra := y - era*400
	dayOfYear := (153*((m+9)%12)+2)/5 + int(d.day) - 1
	return era*146_097 + yearOfEra*365 + yearOfEra/4 - yearOfEra/100 + dayOfYear
}

// Compare returns -1, 0 or +1 as d is before, equal to or after e. The zero
// Date comes before every valid date.
func (d Date) Compare(e Date) int {
	switch {
	case d.year != e.year:
		return cmpInt(int(d.year), int(e.year))
	case d.month != e.month:
		return cmpInt(int(d.month), int(e.month))
	}
	return cmpInt(int(d.day), int(e.day))
}

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.Compare(e) > 0 }

// String returns the date as YYYY-MM-DD, or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.year, d.month, d.day)
}

// MarshalText implements encoding.TextMarshaler: YYYY-MM-DD, and an empty
// text for the zero Date.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler. It accepts exactly
// YYYY-MM-DD naming a real day, or an empty text for the zero Date.
func (d *Date) UnmarshalText(b []byte) error {
	if d == nil {
		return errNilTarget("date")
	}
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	if len(b) != 10 || b[4] != '-' || b[7] != '-' {
		return fmt.Errorf("invalid date %q: want YYYY-MM-DD", b)
	}
	num := func(s []byte) (int, bool) {
		n := 0
		for _, c := range s {
			if c < '0' || c > '9' {
				return 0, false
			}
			n = n*10 + int(c-'0')
		}
		return n, true
	}
	y, ok1 := num(b[0:4])
	m, ok2 := num(b[5:7])
	day, ok3 := num(b[8:10])
	if !ok1 || !ok2 || !ok3 {
		return fmt.Errorf("invalid date %q: want YYYY-MM-DD", b)
	}
	if reason := checkDate(y, time.Month(m), day); reason != "" {
		return fmt.Errorf("invalid date %q: %s", b, reason)
	}
	*d = Date{year: int16(y), month: uint8(m), day: uint8(day)}
	return nil
}
