package egov

import (
	"slices"
	"time"
)

// A Calendar says which days are working days: Monday to Friday, except
// holidays. SerbianCalendar is the calendar of Serbia's Law on State and
// Other Holidays; WithHolidays and WithDaysOff return a copy extended by a
// municipality's own holidays or the team's leave. A Calendar is a value:
// no method changes it, and it is safe for concurrent use.
//
// The zero Calendar has no holidays: every Monday to Friday is a working
// day, and Saturdays and Sundays are not. It is the starting point of a
// calendar of one's own, built with WithHolidays and WithDaysOff.
type Calendar struct {
	// law holds the public holidays of a national law, in the order the
	// law lists them; nil for none.
	law []lawHoliday
	// annual and off are the caller's holidays, in the order added.
	annual []AnnualHoliday
	off    []DaysOff
	// spans are the days of off as disjoint ranges of day numbers, in
	// order, for finding a day in O(log n).
	spans []span
}

// A lawHoliday is one public holiday of a law: on a date of every year, or
// on Orthodox Easter Sunday plus offset days.
type lawHoliday struct {
	name       HolidayNames
	kind       HolidayKind
	month      time.Month
	day        int
	fromEaster bool
	offset     int
}

// in returns the date of h in year, given the day number of Easter Sunday
// in that year.
func (h lawHoliday) in(year, easter int) Date {
	if h.fromEaster {
		return dateOfDayNumber(easter + h.offset)
	}
	return Date{year: int16(year), month: uint8(h.month), day: uint8(h.day)}
}

// span is a range of day numbers, first to last inclusive.
type span struct{ first, last int }

// Limits of a Calendar, which bound the work of every question asked of
// it.
const (
	// MaxAnnualHolidays is the most yearly holidays a Calendar may hold
	// besides the Law's.
	MaxAnnualHolidays = 1_000
	// MaxDaysOff is the most ranges of days off a Calendar may hold.
	MaxDaysOff = 1_000
	// MaxListedDays is the most days HolidaysIn lists at once: a year.
	MaxListedDays = 366
)

// SerbianCalendar returns the working calendar of the Republic of Serbia
// under the Law on State and Other Holidays in the Republic of Serbia
// (Zakon o državnim i drugim praznicima u Republici Srbiji, Službeni
// glasnik RS 43/2001, 101/2007 and 92/2011). Its days off are:
//
//   - the state holidays (Article 1 and 1a): New Year, 1 and 2 January;
//     Sretenje, Statehood Day, 15 and 16 February; Labour Day, 1 and
//     2 May; Armistice Day, 11 November;
//   - the religious holidays (Article 2): the first day of Orthodox
//     Christmas, 7 January, and the Easter holidays from Good Friday to
//     Easter Monday, after Orthodox Easter (see OrthodoxEaster).
//
// Article 3a: when a day of a state holiday falls on a Sunday, the first
// working day after it is off. That is the first day after the Sunday that
// is neither a Saturday, a Sunday, a holiday of the Law nor a day another
// state holiday has already moved to: New Year on Sunday 1 January 2017
// made Tuesday 3 January a day off, and Labour Day on Sunday 2 May 2021,
// with Easter Monday on 3 May, made Tuesday 4 May one. The rule speaks of
// state holidays only, and the Ministry of Labour applies it so:
// Orthodox Christmas on Sunday 7 January 2018 did not make Monday 8 January
// a day off. A moved day is found among the Law's holidays alone, not
// among the caller's (WithHolidays, WithDaysOff).
//
// The Law also names holidays that are working days (Saint Sava's Day,
// Victory Day, Vidovdan and others) and religious holidays that are days
// off only for those who celebrate them (a family's slava, Catholic
// Christmas and Easter, Ramadan and Kurban Bayram, Yom Kippur): none of
// them is a day off here; add those that matter to a team with
// WithHolidays or WithDaysOff.
//
// SerbianCalendar applies the Law as amended in 2011 to every year; it does
// not reproduce the holidays of years before those amendments.
func SerbianCalendar() Calendar {
	// The Serbian names are the Law's own (Articles 1, 1a and 2), written
	// in Cyrillic as the Law is; the Latin is transliterated from them.
	name := func(en, sr string) HolidayNames { return phrase{en, sr}.text() }
	state := func(en, sr string, month time.Month, day int) lawHoliday {
		return lawHoliday{name: name(en, sr), kind: HolidayState, month: month, day: day}
	}
	easter := func(en, sr string, offset int) lawHoliday {
		return lawHoliday{name: name(en, sr), kind: HolidayReligious, fromEaster: true, offset: offset}
	}
	return Calendar{law: []lawHoliday{
		state("New Year", "Нова година", time.January, 1),
		state("New Year", "Нова година", time.January, 2),
		{name: name("Orthodox Christmas", "Божић"), kind: HolidayReligious, month: time.January, day: 7},
		state("Statehood Day", "Сретење – Дан државности Србије", time.February, 15),
		state("Statehood Day", "Сретење – Дан државности Србије", time.February, 16),
		easter("Good Friday", "Велики петак", -2),
		easter("Holy Saturday", "Велика субота", -1),
		easter("Easter Sunday", "Васкрс", 0),
		easter("Easter Monday", "Други дан Васкрса", 1),
		state("Labour Day", "Празник рада", time.May, 1),
		state("Labour Day", "Празник рада", time.May, 2),
		state("Armistice Day", "Дан примирја у Првом светском рату", time.November, 11),
	}}
}

// WithHolidays returns a copy of c with yearly holidays added: a city's
// day, a day every office of a municipality closes. c is unchanged. The
// holidays are validated together, and every problem is reported in a
// *ValidationError at "holidays[i]", as is a calendar that would hold more
// than MaxAnnualHolidays of them.
func (c Calendar) WithHolidays(holidays ...AnnualHoliday) (Calendar, error) {
	var ps ProblemList
	for i, h := range holidays {
		h.validate(&ps, index("holidays", i))
	}
	if n := len(c.annual) + len(holidays); n > MaxAnnualHolidays {
		ps.Append(LimitProblem("holidays", "holidays", MaxAnnualHolidays, int64(n)))
	}
	if err := ps.Err("calendar"); err != nil {
		return Calendar{}, err
	}
	c.annual = append(slices.Clip(c.annual), holidays...)
	return c, nil
}

// WithDaysOff returns a copy of c with ranges of days off added: the team's
// leave, a closure for an election. c is unchanged. The ranges are
// validated together, and every problem is reported in a *ValidationError
// at "days_off[i]", as is a calendar that would hold more than MaxDaysOff
// ranges.
func (c Calendar) WithDaysOff(days ...DaysOff) (Calendar, error) {
	var ps ProblemList
	for i, d := range days {
		d.validate(&ps, index("days_off", i))
	}
	if n := len(c.off) + len(days); n > MaxDaysOff {
		ps.Append(LimitProblem("days_off", "days off", MaxDaysOff, int64(n)))
	}
	if err := ps.Err("calendar"); err != nil {
		return Calendar{}, err
	}
	c.off = append(slices.Clip(c.off), days...)
	c.spans = mergeSpans(c.off)
	return c, nil
}

// mergeSpans returns the days of off as disjoint, ordered ranges of day
// numbers, ranges that touch joined.
func mergeSpans(off []DaysOff) []span {
	all := make([]span, len(off))
	for i, d := range off {
		all[i] = span{d.First.dayNumber(), d.Last.dayNumber()}
	}
	slices.SortFunc(all, func(a, b span) int { return a.first - b.first })
	var out []span
	for _, s := range all {
		if n := len(out); n > 0 && s.first <= out[n-1].last+1 {
			out[n-1].last = max(out[n-1].last, s.last)
			continue
		}
		out = append(out, s)
	}
	return out
}

// dayOff reports whether day number n is in one of c's days off.
func (c Calendar) dayOff(n int) bool {
	i, _ := slices.BinarySearchFunc(c.spans, n, func(s span, n int) int {
		switch {
		case s.last < n:
			return -1
		case s.first > n:
			return 1
		}
		return 0
	})
	return i < len(c.spans) && c.spans[i].first <= n && n <= c.spans[i].last
}

// IsWorkingDay reports whether d is a working day: a Monday to Friday that
// is not a holiday of c, moved to or not, nor one of its days off. The
// zero Date is no day, and not a working day.
func (c Calendar) IsWorkingDay(d Date) bool {
	if d.IsZero() {
		return false
	}
	if n := d.dayNumber(); isWeekend(weekdayOf(n)) || c.dayOff(n) {
		return false
	}
	for _, h := range c.yearHolidays(d.Year(), nil) {
		if h.Date == d {
			return false
		}
	}
	return true
}

func isWeekend(w time.Weekday) bool { return w == time.Saturday || w == time.Sunday }

// yearHolidays appends to out the holidays of the Law, the days state
// holidays move to and the yearly holidays of c in year, which is in range,
// in that order; the days off are not among them.
func (c Calendar) yearHolidays(year int, out []Holiday) []Holiday {
	if len(c.law) == 0 && len(c.annual) == 0 {
		return out
	}
	easter := easterDayNumber(year)
	start := len(out)
	out = slices.Grow(out, 2*len(c.law)+len(c.annual))
	for _, h := range c.law {
		out = append(out, Holiday{Date: h.in(year, easter), Name: h.name, Kind: h.kind})
	}
	out = appendMoved(out, out[start:])
	for _, h := range c.annual {
		out = append(out, Holiday{Date: h.in(year, easter), Name: h.Name, Kind: HolidayLocal})
	}
	return out
}

// appendMoved appends to out, for each state holiday of law (one year's)
// that falls on a Sunday, the first later day that is neither a weekend, a
// holiday of law, nor a day an earlier one moved to (Article 3a of the
// Law).
func appendMoved(out, law []Holiday) []Holiday {
	var sundays []Holiday
	for _, h := range law {
		if h.Kind == HolidayState && weekdayOf(h.Date.dayNumber()) == time.Sunday {
			sundays = append(sundays, h)
		}
	}
	if len(sundays) == 0 {
		return out
	}
	taken := make([]int, 0, len(law)+len(sundays))
	for _, h := range law {
		taken = append(taken, h.Date.dayNumber())
	}
	slices.SortStableFunc(sundays, func(a, b Holiday) int { return a.Date.Compare(b.Date) })
	for _, h := range sundays {
		n := h.Date.dayNumber() + 1
		for isWeekend(weekdayOf(n)) || slices.Contains(taken, n) {
			n++
		}
		taken = append(taken, n)
		out = append(out, Holiday{Date: dateOfDayNumber(n), Name: h.Name, Kind: HolidayState, MovedFrom: h.Date})
	}
	return out
}

// Holidays returns the holidays of c in year, by date: those of the Law,
// the days state holidays move to, the caller's yearly holidays and each
// day of its days off. A day that is off for more than one reason is
// listed once for each (Labour Day and Easter Monday on 2 May 2016).
// A year outside MinYear…MaxYear is an error.
func (c Calendar) Holidays(year int) ([]Holiday, error) {
	if err := checkYear(year); err != nil {
		return nil, err
	}
	return c.holidaysIn(Date{int16(year), 1, 1}, Date{int16(year), 12, 31}), nil
}

// HolidaysIn returns the holidays of c from first to last inclusive, by
// date, as Holidays lists them: the holidays of a week of a plan. A missing
// date, last before first, or more than MaxListedDays days, is an error.
func (c Calendar) HolidaysIn(first, last Date) ([]Holiday, error) {
	if err := checkRange(first, last); err != nil {
		return nil, err
	}
	if n := last.DaysSince(first) + 1; n > MaxListedDays {
		var ps ProblemList
		ps.Append(LimitProblem("last", "days listed", MaxListedDays, int64(n)))
		return nil, ps.Err("calendar")
	}
	return c.holidaysIn(first, last), nil
}

func (c Calendar) holidaysIn(first, last Date) []Holiday {
	var out []Holiday
	for year := first.Year(); year <= last.Year(); year++ {
		start := len(out)
		out = c.yearHolidays(year, out)
		// Keep those in first…last.
		kept := out[:start]
		for _, h := range out[start:] {
			if !h.Date.Before(first) && !h.Date.After(last) {
				kept = append(kept, h)
			}
		}
		out = kept
	}
	lo, hi := first.dayNumber(), last.dayNumber()
	for _, d := range c.off {
		from, to := max(lo, d.First.dayNumber()), min(hi, d.Last.dayNumber())
		for n := from; n <= to; n++ {
			out = append(out, Holiday{Date: first.AddDays(n - lo), Name: d.Name, Kind: HolidayDayOff})
		}
	}
	slices.SortStableFunc(out, func(a, b Holiday) int { return a.Date.Compare(b.Date) })
	return out
}

// WorkingDays returns the number of working days from first to last
// inclusive (see IsWorkingDay). A missing date, or last before first, is
// an error.
func (c Calendar) WorkingDays(first, last Date) (int, error) {
	if err := checkRange(first, last); err != nil {
		return 0, err
	}
	lo, hi := first.dayNumber(), last.dayNumber()
	n := weekdays(lo, hi)
	// Less the weekdays of the days off, counted range by range…
	for _, s := range c.spans {
		if s.last >= lo && s.first <= hi {
			n -= weekdays(max(lo, s.first), min(hi, s.last))
		}
	}
	// …and the weekday holidays outside them, each date once.
	var buf []Holiday
	var dates []int
	for year := first.Year(); year <= last.Year(); year++ {
		buf = c.yearHolidays(year, buf[:0])
		dates = dates[:0]
		for _, h := range buf {
			k := h.Date.dayNumber()
			if k >= lo && k <= hi && !isWeekend(weekdayOf(k)) && !c.dayOff(k) {
				dates = append(dates, k)
			}
		}
		slices.Sort(dates)
		n -= len(slices.Compact(dates))
	}
	return n, nil
}

// WeekWorkingDays returns the number of working days in the week, Monday
// to Sunday, that holds d: five, less the holidays and days off on
// weekdays. The zero Date is an error.
func (c Calendar) WeekWorkingDays(d Date) (int, error) {
	if d.IsZero() {
		var ps ProblemList
		ps.Add("date", "", "missing date")
		return 0, ps.Err("calendar")
	}
	monday := d.AddDays(-int((d.Weekday() + 6) % 7))
	// 0001-01-01 is a Monday, and the days after 9999-12-31, a Friday,
	// are a weekend: clamping to the range a Date holds loses no working
	// day.
	return c.WorkingDays(monday, monday.AddDays(6))
}

// weekdays returns the number of Mondays to Fridays among day numbers lo
// to hi inclusive (lo ≤ hi + 1).
func weekdays(lo, hi int) int {
	n := hi - lo + 1
	count := n / 7 * 5
	for k := lo + n/7*7; k <= hi; k++ {
		if !isWeekend(weekdayOf(k)) {
			count++
		}
	}
	return count
}

// weekdayOf returns the day of the week of day number n (see
// Date.dayNumber): day 0, 0000-03-01 of the proleptic Gregorian calendar,
// was a Wednesday.
func weekdayOf(n int) time.Weekday { return time.Weekday((n%7 + 10) % 7) }

// dateOfDayNumber returns the Date of day number n, the inverse of
// Date.dayNumber, for n of a day a Date holds: it counts whole 400-year
// eras of 146,097 days, then years of the era from 1 March.
func dateOfDayNumber(n int) Date {
	era := n / 146_097
	dayOfEra := n - era*146_097
	yearOfEra := (dayOfEra - dayOfEra/1460 + dayOfEra/36_524 - dayOfEra/146_096) / 365
	dayOfYear := dayOfEra - (365*yearOfEra + yearOfEra/4 - yearOfEra/100)
	mp := (5*dayOfYear + 2) / 153 // months from March
	day := dayOfYear - (153*mp+2)/5 + 1
	month := mp + 3
	year := era*400 + yearOfEra
	if month > 12 {
		month -= 12
		year++ // January and February belong to the next civil year
	}
	return Date{year: int16(year), month: uint8(month), day: uint8(day)}
}

// checkRange returns a *ValidationError unless first and last are dates
// and last is not before first.
func checkRange(first, last Date) error {
	var ps ProblemList
	if first.IsZero() {
		ps.Add("first", "", "missing date")
	}
	if last.IsZero() {
		ps.Add("last", "", "missing date")
	}
	if !first.IsZero() && !last.IsZero() && last.Before(first) {
		ps.Add("last", last.String(), "last day %s before first day %s", last, first)
	}
	return ps.Err("calendar")
}

// HasSerbianLaw reports whether c holds the public holidays of Serbia's Law
// on State and Other Holidays: true for SerbianCalendar and the calendars
// made from it, false for those made from the zero Calendar. With
// AnnualHolidays and DaysOff it says all that c holds, so that a calendar
// can be written down and made again.
func (c Calendar) HasSerbianLaw() bool { return len(c.law) > 0 }

// AnnualHolidays returns the yearly holidays added to c with WithHolidays,
// in the order added: a copy, none for a calendar with none.
func (c Calendar) AnnualHolidays() []AnnualHoliday { return slices.Clone(c.annual) }

// DaysOff returns the ranges of days off added to c with WithDaysOff, in
// the order added: a copy, none for a calendar with none.
func (c Calendar) DaysOff() []DaysOff { return slices.Clone(c.off) }
