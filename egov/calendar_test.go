package egov_test

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"pgregory.net/rapid"

	"github.com/digitaldistrict/egovkit/egov"
)

// The Law on State and Other Holidays in the Republic of Serbia, as
// amended (Službeni glasnik RS 43/2001, 101/2007, 92/2011), consolidated
// text: http://www.pravno-informacioni-sistem.rs/SlGlasnikPortal/eli/rep/sgrs/skupstina/zakon/2001/43/1/reg/20111215
// Article 3a: "Ako jedan od datuma kada se praznuju državni praznici
// Republike Srbije padne u nedelju, ne radi se prvog narednog radnog dana."

// TestSerbianDaysOffPublished checks the weekdays off of windows of years
// in which the Sunday rule or a collision mattered, against what the
// Ministry of Labour and the press published.
func TestSerbianDaysOffPublished(t *testing.T) {
	cases := []struct {
		first, last string
		off         []string // weekdays off in first…last
		source      string
	}{
		{"2016-04-25", "2016-05-08", []string{"2016-04-29", "2016-05-02", "2016-05-03"},
			"Ministry of Labour, April 2016: days off from 29 April to 3 May, Labour Day meeting Easter"},
		{"2021-04-26", "2021-05-09", []string{"2021-04-30", "2021-05-03", "2021-05-04"},
			"Ministry of Labour opinion 011-00-530/2020-02 of 20 January 2021, " +
				"https://www.paragraf.rs/dokumenti/neradni-dani-u-maju.html"},
		{"2017-01-01", "2017-01-08", []string{"2017-01-02", "2017-01-03"},
			"https://www.paragraf.rs/dnevne-vesti/271216/271216-vest3.html"},
		{"2018-01-01", "2018-01-14", []string{"2018-01-01", "2018-01-02"},
			"Christmas on Sunday 7 January does not move, religious holidays do not: " +
				"https://ipc.rs/vest/neradni-dani-za-novogodisnje-i-bozicne-praznike_v628"},
		{"2022-01-01", "2022-01-09", []string{"2022-01-03", "2022-01-07"},
			"https://krestonmdm.com/sr/neradni-dani-za-novu-godinu-i-bozic/"},
		{"2023-01-01", "2023-01-08", []string{"2023-01-02", "2023-01-03"},
			"Telegraf, 29 December 2022"},
		{"2026-02-09", "2026-02-22", []string{"2026-02-16", "2026-02-17"},
			"Sretenje on Sunday 15 February 2026: 15, 16 and 17 February off (Tanjug, 31 December 2025)"},
		{"2026-04-06", "2026-05-03", []string{"2026-04-10", "2026-04-13", "2026-05-01"},
			"https://www.pink.rs/drustvo/767325/stizu-nam-prvi-prolecni-neradni-dani-ovo-je-kalendar-za-uskrs-i-prvi-maj-u-2026-godini"},
	}
	cal := egov.SerbianCalendar()
	for _, c := range cases {
		first, last := mustParse(t, c.first), mustParse(t, c.last)
		var off []string
		for d := first; !d.After(last); d = d.AddDays(1) {
			if !isWeekendDay(d) && !cal.IsWorkingDay(d) {
				off = append(off, d.String())
			}
		}
		if !slices.Equal(off, c.off) {
			t.Errorf("%s…%s: weekdays off %v, published %v (%s)", c.first, c.last, off, c.off, c.source)
		}
		n, err := cal.WorkingDays(first, last)
		if want := weekdaysIn(first, last) - len(c.off); err != nil || n != want {
			t.Errorf("WorkingDays(%s, %s) = %d, %v; want %d", c.first, c.last, n, err, want)
		}
	}
}

// TestLabourDayMeetsEaster lists the holidays of 2016 and 2021, when
// Labour Day met the Easter holidays: in 2016 Sunday 1 May was Easter
// Sunday and Monday 2 May both Labour Day and Easter Monday, so Labour Day
// moved to Tuesday 3 May; in 2021 Sunday 2 May was Easter Sunday and
// Monday 3 May Easter Monday, so Labour Day moved to Tuesday 4 May.
func TestLabourDayMeetsEaster(t *testing.T) {
	cases := map[int][]string{
		2016: {
			"2016-04-29 Good Friday religious",
			"2016-04-30 Holy Saturday religious",
			"2016-05-01 Easter Sunday religious",
			"2016-05-01 Labour Day state",
			"2016-05-02 Easter Monday religious",
			"2016-05-02 Labour Day state",
			"2016-05-03 Labour Day state moved from 2016-05-01",
		},
		2021: {
			"2021-04-30 Good Friday religious",
			"2021-05-01 Holy Saturday religious",
			"2021-05-01 Labour Day state",
			"2021-05-02 Easter Sunday religious",
			"2021-05-02 Labour Day state",
			"2021-05-03 Easter Monday religious",
			"2021-05-04 Labour Day state moved from 2021-05-02",
		},
	}
	cal := egov.SerbianCalendar()
	for year, want := range cases {
		hs, err := cal.HolidaysIn(egov.MustDate(year, time.April, 25), egov.MustDate(year, time.May, 8))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, h := range hs {
			got = append(got, describe(h))
		}
		if !slices.Equal(got, want) {
			t.Errorf("%d:\n got %q\nwant %q", year, got, want)
		}
	}
}

func describe(h egov.Holiday) string {
	s := fmt.Sprintf("%s %s %s", h.Date, h.Name.English, h.Kind)
	if !h.MovedFrom.IsZero() {
		s += " moved from " + h.MovedFrom.String()
	}
	return s
}

// TestSerbianHolidaysEveryYear checks every year a Date holds: the twelve
// days of the Law are there with their names, and each state holiday on a
// Sunday moves to exactly one day, the first after it that is neither a
// weekend, a holiday of the Law nor taken by an earlier move, in the same
// year.
func TestSerbianHolidaysEveryYear(t *testing.T) {
	cal := egov.SerbianCalendar()
	for year := egov.MinYear; year <= egov.MaxYear; year++ {
		hs, err := cal.Holidays(year)
		if err != nil {
			t.Fatal(err)
		}
		easter := referenceEaster(year)
		want := serbianLaw(year, easter)
		var kept, moved []egov.Holiday
		for _, h := range hs {
			if h.MovedFrom.IsZero() {
				kept = append(kept, h)
			} else {
				moved = append(moved, h)
			}
		}
		if !sameHolidays(kept, want) {
			t.Fatalf("%d: holidays\n%v\nwant\n%v", year, kept, want)
		}
		if !slices.IsSortedFunc(hs, func(a, b egov.Holiday) int { return a.Date.Compare(b.Date) }) {
			t.Fatalf("%d: not in order: %v", year, hs)
		}
		law := map[egov.Date]bool{}
		var sundays []egov.Holiday
		for _, h := range want {
			law[h.Date] = true
			if h.Kind == egov.HolidayState && h.Date.Weekday() == time.Sunday {
				sundays = append(sundays, h)
			}
		}
		if len(moved) != len(sundays) {
			t.Fatalf("%d: %d state holidays on a Sunday, %d moved days: %v", year, len(sundays), len(moved), moved)
		}
		taken := map[egov.Date]bool{}
		for i, m := range moved {
			s := sundays[i]
			if m.MovedFrom != s.Date || m.Name != s.Name || m.Kind != egov.HolidayState {
				t.Fatalf("%d: moved day %v does not answer %v", year, m, s)
			}
			if isWeekendDay(m.Date) || law[m.Date] || taken[m.Date] || m.Date.Year() != year {
				t.Fatalf("%d: %v moved onto a weekend, a holiday or another moved day", year, m)
			}
			for d := s.Date.AddDays(1); d.Before(m.Date); d = d.AddDays(1) {
				if !isWeekendDay(d) && !law[d] && !taken[d] {
					t.Fatalf("%d: %v moved past the working day %s", year, m, d)
				}
			}
			taken[m.Date] = true
		}
	}
}

// serbianLaw returns the twelve days of the Law in year, written out from
// its text, by date.
func serbianLaw(year int, easter egov.Date) []egov.Holiday {
	// The Serbian names as the Law writes them, in Cyrillic, and their
	// Latin written out by hand.
	names := func(en, latin, cyrillic string) egov.HolidayNames {
		return egov.HolidayNames{English: en, Latin: latin, Cyrillic: cyrillic}
	}
	day := func(m time.Month, d int) egov.Date { return egov.MustDate(year, m, d) }
	newYear := names("New Year", "Nova godina", "Нова година")
	sretenje := names("Statehood Day", "Sretenje – Dan državnosti Srbije", "Сретење – Дан државности Србије")
	labour := names("Labour Day", "Praznik rada", "Празник рада")
	out := []egov.Holiday{
		{Date: day(1, 1), Name: newYear, Kind: egov.HolidayState},
		{Date: day(1, 2), Name: newYear, Kind: egov.HolidayState},
		{Date: day(1, 7), Name: names("Orthodox Christmas", "Božić", "Божић"), Kind: egov.HolidayReligious},
		{Date: day(2, 15), Name: sretenje, Kind: egov.HolidayState},
		{Date: day(2, 16), Name: sretenje, Kind: egov.HolidayState},
		{Date: easter.AddDays(-2), Name: names("Good Friday", "Veliki petak", "Велики петак"), Kind: egov.HolidayReligious},
		{Date: easter.AddDays(-1), Name: names("Holy Saturday", "Velika subota", "Велика субота"), Kind: egov.HolidayReligious},
		{Date: easter, Name: names("Easter Sunday", "Vaskrs", "Васкрс"), Kind: egov.HolidayReligious},
		{Date: easter.AddDays(1), Name: names("Easter Monday", "Drugi dan Vaskrsa", "Други дан Васкрса"), Kind: egov.HolidayReligious},
		{Date: day(5, 1), Name: labour, Kind: egov.HolidayState},
		{Date: day(5, 2), Name: labour, Kind: egov.HolidayState},
		{Date: day(11, 11), Name: names("Armistice Day", "Dan primirja u Prvom svetskom ratu", "Дан примирја у Првом светском рату"), Kind: egov.HolidayState},
	}
	slices.SortStableFunc(out, func(a, b egov.Holiday) int { return a.Date.Compare(b.Date) })
	return out
}

// sameHolidays reports whether a and b hold the same holidays, whatever
// the order of those on one date.
func sameHolidays(a, b []egov.Holiday) bool {
	key := func(hs []egov.Holiday) []string {
		out := make([]string, len(hs))
		for i, h := range hs {
			out[i] = fmt.Sprintf("%s|%s|%s|%s|%s", h.Date, h.Name.English, h.Name.Latin, h.Kind, h.MovedFrom)
		}
		slices.Sort(out)
		return out
	}
	return slices.Equal(key(a), key(b))
}

// refCalendar is a slow, obviously right model of a Calendar: the Law's
// days off when serbian, moved by Article 3a; the yearly holidays; the
// ranges of days off.
type refCalendar struct {
	serbian bool
	annual  []egov.AnnualHoliday
	off     []egov.DaysOff
}

// holidayDates returns every date of year that is a holiday, weekend or
// not, whatever the reason.
func (r refCalendar) holidayDates(year int) map[egov.Date]bool {
	out := map[egov.Date]bool{}
	if r.serbian {
		law := serbianLaw(year, referenceEaster(year))
		for _, h := range law {
			out[h.Date] = true
		}
		for _, h := range law {
			if h.Kind != egov.HolidayState || h.Date.Weekday() != time.Sunday {
				continue
			}
			d := h.Date.AddDays(1)
			for isWeekendDay(d) || out[d] {
				d = d.AddDays(1)
			}
			out[d] = true
		}
	}
	for _, h := range r.annual {
		if h.FromEaster {
			out[referenceEaster(year).AddDays(h.Offset)] = true
		} else {
			out[egov.MustDate(year, h.Month, h.Day)] = true
		}
	}
	for _, o := range r.off {
		for d := o.First; !d.After(o.Last); d = d.AddDays(1) {
			if d.Year() == year {
				out[d] = true
			}
			if d == o.Last { // AddDays stops at 9999-12-31
				break
			}
		}
	}
	return out
}

func (r refCalendar) build(t *rapid.T) egov.Calendar {
	var c egov.Calendar
	if r.serbian {
		c = egov.SerbianCalendar()
	}
	c, err := c.WithHolidays(r.annual...)
	if err != nil {
		t.Fatal(err)
	}
	if c, err = c.WithDaysOff(r.off...); err != nil {
		t.Fatal(err)
	}
	return c
}

// drawYear draws a year near today most of the time, and otherwise one
// anywhere a Date holds, its ends included.
func drawYear(t *rapid.T) int {
	switch rapid.IntRange(0, 5).Draw(t, "year branch") {
	case 0:
		return rapid.IntRange(egov.MinYear, egov.MaxYear).Draw(t, "any year")
	case 1:
		return rapid.SampledFrom([]int{egov.MinYear, egov.MinYear + 1, egov.MaxYear - 1, egov.MaxYear}).Draw(t, "end year")
	}
	return rapid.IntRange(2000, 2060).Draw(t, "year")
}

func drawRefCalendar(t *rapid.T, year int) refCalendar {
	r := refCalendar{serbian: rapid.IntRange(0, 3).Draw(t, "serbian") > 0}
	for i := range rapid.IntRange(0, 3).Draw(t, "annual") {
		h := egov.AnnualHoliday{Name: egov.HolidayNames{English: fmt.Sprint("Day ", i), Latin: fmt.Sprint("Dan ", i)}}
		if rapid.Bool().Draw(t, "from Easter") {
			h.FromEaster = true
			h.Offset = rapid.IntRange(-egov.MaxEasterOffset, egov.MaxEasterOffset).Draw(t, "offset")
		} else {
			h.Month = time.Month(rapid.IntRange(1, 12).Draw(t, "month"))
			h.Day = rapid.IntRange(1, 28).Draw(t, "day")
		}
		r.annual = append(r.annual, h)
	}
	jan1 := egov.MustDate(year, time.January, 1)
	for i := range rapid.IntRange(0, 3).Draw(t, "days off") {
		first := jan1.AddDays(rapid.IntRange(-30, 380).Draw(t, "first"))
		last := first.AddDays(rapid.IntRange(0, 40).Draw(t, "length"))
		r.off = append(r.off, egov.DaysOff{First: first, Last: last,
			Name: egov.HolidayNames{English: fmt.Sprint("Leave ", i), Latin: fmt.Sprint("Odmor ", i)}})
	}
	return r
}

// TestCalendarAgainstReference compares every day of a drawn year, its
// list of holidays and its working-day counts with the slow model.
func TestCalendarAgainstReference(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		year := drawYear(t)
		r := drawRefCalendar(t, year)
		cal := r.build(t)
		holidays := r.holidayDates(year)
		first, last := egov.MustDate(year, 1, 1), egov.MustDate(year, 12, 31)
		working := 0
		for d := first; ; d = d.AddDays(1) {
			want := !isWeekendDay(d) && !holidays[d]
			if got := cal.IsWorkingDay(d); got != want {
				t.Fatalf("IsWorkingDay(%s) = %v, want %v", d, got, want)
			}
			if want {
				working++
			}
			if d == last {
				break
			}
		}
		if n, err := cal.WorkingDays(first, last); err != nil || n != working {
			t.Fatalf("WorkingDays over %d = %d, %v; counted %d", year, n, err, working)
		}
		hs, err := cal.Holidays(year)
		if err != nil {
			t.Fatal(err)
		}
		listed := map[egov.Date]bool{}
		for _, h := range hs {
			if h.Date.Year() != year || !h.Kind.IsValid() || h.Name.English == "" || h.Name.Latin == "" {
				t.Fatalf("Holidays(%d) lists %+v", year, h)
			}
			listed[h.Date] = true
		}
		if len(listed) != len(holidays) {
			t.Fatalf("Holidays(%d) lists %d dates, want %d", year, len(listed), len(holidays))
		}
		for d := range holidays {
			if !listed[d] {
				t.Fatalf("Holidays(%d) leaves out %s", year, d)
			}
		}

		// Any range within the year, and the week of any day, counted
		// day by day with IsWorkingDay (checked above).
		a := first.AddDays(rapid.IntRange(0, 364).Draw(t, "a"))
		b := a.AddDays(rapid.IntRange(0, 400).Draw(t, "span"))
		if n, err := cal.WorkingDays(a, b); err != nil || n != countWorking(cal, a, b) {
			t.Fatalf("WorkingDays(%s, %s) = %d, %v; counted %d", a, b, n, err, countWorking(cal, a, b))
		}
		monday := a.AddDays(-int((a.Weekday() + 6) % 7))
		if n, err := cal.WeekWorkingDays(a); err != nil || n != countWorking(cal, monday, monday.AddDays(6)) {
			t.Fatalf("WeekWorkingDays(%s) = %d, %v", a, n, err)
		}
		// Counts add up over adjacent ranges.
		if a != b {
			mid := a.AddDays(rapid.IntRange(0, b.DaysSince(a)-1).Draw(t, "mid"))
			x, _ := cal.WorkingDays(a, mid)
			y, _ := cal.WorkingDays(mid.AddDays(1), b)
			z, _ := cal.WorkingDays(a, b)
			if x+y != z {
				t.Fatalf("WorkingDays: %d + %d over %s…%s…%s, but %d over the whole", x, y, a, mid, b, z)
			}
		}
	})
}

// countWorking counts the working days of first…last one by one.
func countWorking(cal egov.Calendar, first, last egov.Date) int {
	n := 0
	for d := first; ; d = d.AddDays(1) {
		if cal.IsWorkingDay(d) {
			n++
		}
		if d == last {
			return n
		}
	}
}

// TestWorkingDaysAcrossCenturies checks long ranges, whose counts
// WorkingDays takes year by year, against day-by-day counting.
func TestWorkingDaysAcrossCenturies(t *testing.T) {
	cal, err := egov.SerbianCalendar().WithDaysOff(egov.DaysOff{First: egov.MustDate(2030, 7, 1),
		Last: egov.MustDate(2031, 8, 31), Name: egov.HolidayNames{English: "Leave", Latin: "Odmor"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range [][2]egov.Date{
		{egov.MustDate(1, 1, 1), egov.MustDate(1, 12, 31)},
		{egov.MustDate(1999, 12, 1), egov.MustDate(2101, 3, 1)},
		{egov.MustDate(9998, 12, 25), egov.MustDate(9999, 12, 31)},
	} {
		n, err := cal.WorkingDays(r[0], r[1])
		if want := countWorking(cal, r[0], r[1]); err != nil || n != want {
			t.Errorf("WorkingDays(%s, %s) = %d, %v; counted %d", r[0], r[1], n, err, want)
		}
	}
	if n, err := cal.WorkingDays(egov.MustDate(2030, 7, 1), egov.MustDate(2031, 8, 31)); err != nil || n != 0 {
		t.Errorf("a year of leave has %d working days, %v", n, err)
	}
}

func TestWeekWorkingDaysAtTheEnds(t *testing.T) {
	cal := egov.SerbianCalendar()
	cases := []struct {
		day  egov.Date
		want int
	}{
		{egov.MustDate(1, 1, 1), 3},                 // Monday and Tuesday are New Year
		{egov.MustDate(9999, 12, 31), 5},            // a Friday; the weekend is past the range
		{egov.MustDate(2025, 12, 31), 3},            // week 5 of the example: New Year on Thursday and Friday
		{egov.MustDate(2026, 2, 18), 3},             // Sretenje on Sunday: Monday, and Tuesday moved
		{egov.MustDate(2018, 1, 8), 5},              // Christmas on Sunday does not move
		{egov.MustDate(2021, 5, 3), 3},              // Easter Monday, and Labour Day moved to Tuesday
		{egov.MustDate(2021, 4, 28), 4},             // Good Friday
		{egov.MustDate(2025, 11, 20), 5},            // an ordinary week
		{egov.MustDate(2025, time.November, 11), 4}, // Armistice Day on Tuesday
		{egov.MustDate(2029, time.November, 12), 4}, // Armistice Day on Sunday 11th: Monday off
	}
	for _, c := range cases {
		if n, err := cal.WeekWorkingDays(c.day); err != nil || n != c.want {
			t.Errorf("WeekWorkingDays(%s) = %d, %v; want %d", c.day, n, err, c.want)
		}
	}
}

// TestCalendarExtensions adds a city's day, Ascension Day and a team's
// leave, and checks that they are days off and that the calendar extended
// is unchanged.
func TestCalendarExtensions(t *testing.T) {
	base := egov.SerbianCalendar()
	before, _ := base.Holidays(2026)
	city := egov.AnnualHoliday{Name: egov.HolidayNames{English: "City Day", Latin: "Dan grada"}, Month: time.October, Day: 5}
	ascension := egov.AnnualHoliday{Name: egov.HolidayNames{English: "Ascension Day", Latin: "Spasovdan"}, FromEaster: true, Offset: 39}
	withCity, err := base.WithHolidays(city)
	if err != nil {
		t.Fatal(err)
	}
	withAscension, err := base.WithHolidays(ascension)
	if err != nil {
		t.Fatal(err)
	}
	leave := egov.DaysOff{First: egov.MustDate(2026, 8, 3), Last: egov.MustDate(2026, 8, 14),
		Name: egov.HolidayNames{English: "Team leave", Latin: "Godišnji odmor tima"}}
	withLeave, err := withCity.WithDaysOff(leave)
	if err != nil {
		t.Fatal(err)
	}
	after, _ := base.Holidays(2026)
	if !sameHolidays(before, after) {
		t.Error("WithHolidays changed the calendar it extends")
	}
	// 2026-10-05 is a Monday, Ascension Day 2026-05-21 a Thursday.
	checks := []struct {
		cal  egov.Calendar
		day  egov.Date
		want bool
	}{
		{base, egov.MustDate(2026, 10, 5), true},
		{withCity, egov.MustDate(2026, 10, 5), false},
		{withAscension, egov.MustDate(2026, 10, 5), true},
		{withAscension, egov.MustDate(2026, 5, 21), false},
		{withCity, egov.MustDate(2026, 5, 21), true},
		{withLeave, egov.MustDate(2026, 10, 5), false},
		{withLeave, egov.MustDate(2026, 8, 3), false},
		{withLeave, egov.MustDate(2026, 8, 14), false},
		{withLeave, egov.MustDate(2026, 8, 17), true},
		{withCity, egov.MustDate(2026, 8, 3), true},
	}
	for i, c := range checks {
		if got := c.cal.IsWorkingDay(c.day); got != c.want {
			t.Errorf("check %d: IsWorkingDay(%s) = %v, want %v", i, c.day, got, c.want)
		}
	}
	if n, _ := withLeave.WorkingDays(egov.MustDate(2026, 8, 1), egov.MustDate(2026, 8, 31)); n != 21-10 {
		t.Errorf("August 2026 with two weeks of leave: %d working days, want 11", n)
	}
	hs, _ := withLeave.HolidaysIn(egov.MustDate(2026, 8, 13), egov.MustDate(2026, 8, 16))
	var got []string
	for _, h := range hs {
		got = append(got, describe(h))
	}
	want := []string{"2026-08-13 Team leave day-off", "2026-08-14 Team leave day-off"}
	if !slices.Equal(got, want) {
		t.Errorf("HolidaysIn: %q, want %q", got, want)
	}
}

// TestCalendarCopiesDoNotShare extends one calendar twice: neither copy
// sees the other's holidays.
func TestCalendarCopiesDoNotShare(t *testing.T) {
	names := func(s string) egov.HolidayNames { return egov.HolidayNames{English: s, Latin: s} }
	base, err := egov.Calendar{}.WithHolidays(
		egov.AnnualHoliday{Name: names("a"), Month: 3, Day: 3},
		egov.AnnualHoliday{Name: names("b"), Month: 3, Day: 4})
	if err != nil {
		t.Fatal(err)
	}
	base, _ = base.WithDaysOff(egov.DaysOff{First: egov.MustDate(2025, 6, 2), Last: egov.MustDate(2025, 6, 2), Name: names("x")})
	one, _ := base.WithHolidays(egov.AnnualHoliday{Name: names("one"), Month: 9, Day: 1})
	two, _ := base.WithHolidays(egov.AnnualHoliday{Name: names("two"), Month: 9, Day: 1})
	oneOff, _ := base.WithDaysOff(egov.DaysOff{First: egov.MustDate(2025, 6, 3), Last: egov.MustDate(2025, 6, 3), Name: names("y")})
	_, _ = base.WithDaysOff(egov.DaysOff{First: egov.MustDate(2025, 6, 4), Last: egov.MustDate(2025, 6, 4), Name: names("z")})
	for cal, want := range map[*egov.Calendar]string{&one: "one", &two: "two"} {
		hs, _ := cal.HolidaysIn(egov.MustDate(2025, 9, 1), egov.MustDate(2025, 9, 1))
		if len(hs) != 1 || hs[0].Name.English != want {
			t.Errorf("copy %s holds %v", want, hs)
		}
	}
	if !oneOff.IsWorkingDay(egov.MustDate(2025, 6, 4)) || oneOff.IsWorkingDay(egov.MustDate(2025, 6, 3)) {
		t.Error("a copy sees another's days off")
	}
	if !base.IsWorkingDay(egov.MustDate(2025, 9, 1)) || !base.IsWorkingDay(egov.MustDate(2025, 6, 3)) {
		t.Error("the calendar extended changed")
	}
}

func TestZeroCalendar(t *testing.T) {
	var cal egov.Calendar
	if !cal.IsWorkingDay(egov.MustDate(2026, 1, 1)) || cal.IsWorkingDay(egov.MustDate(2026, 1, 3)) {
		t.Error("the zero Calendar should have weekends off only")
	}
	if cal.IsWorkingDay(egov.Date{}) || egov.SerbianCalendar().IsWorkingDay(egov.Date{}) {
		t.Error("the zero Date is a working day")
	}
	if hs, err := cal.Holidays(2026); err != nil || len(hs) != 0 {
		t.Errorf("Holidays = %v, %v", hs, err)
	}
	if n, err := cal.WorkingDays(egov.MustDate(2026, 1, 1), egov.MustDate(2026, 12, 31)); err != nil || n != 261 {
		t.Errorf("WorkingDays over 2026 = %d, %v; want 261", n, err)
	}
	if n, err := cal.WeekWorkingDays(egov.MustDate(2026, 1, 1)); err != nil || n != 5 {
		t.Errorf("WeekWorkingDays = %d, %v", n, err)
	}
}

func TestCalendarErrors(t *testing.T) {
	cal := egov.SerbianCalendar()
	d := egov.MustDate(2026, 3, 2)
	names := egov.HolidayNames{English: "x", Latin: "x"}
	manyHolidays := make([]egov.AnnualHoliday, egov.MaxAnnualHolidays+1)
	for i := range manyHolidays {
		manyHolidays[i] = egov.AnnualHoliday{Name: names, Month: 1, Day: 1}
	}
	manyDays := make([]egov.DaysOff, egov.MaxDaysOff+1)
	for i := range manyDays {
		manyDays[i] = egov.DaysOff{Name: names, First: d, Last: d}
	}
	cases := []struct {
		name string
		err  func() error
		want []string // problems, "path: reason"
	}{
		{"Holidays(0)", func() error { _, err := cal.Holidays(0); return err }, []string{"year: year 0 outside 1…9999"}},
		{"Holidays(10000)", func() error { _, err := cal.Holidays(10000); return err }, []string{"year: year 10000 outside 1…9999"}},
		{"WorkingDays(zero, zero)", func() error { _, err := cal.WorkingDays(egov.Date{}, egov.Date{}); return err },
			[]string{"first: missing date", "last: missing date"}},
		{"WorkingDays backwards", func() error { _, err := cal.WorkingDays(d, d.AddDays(-1)); return err },
			[]string{"last: last day 2026-03-01 before first day 2026-03-02"}},
		{"HolidaysIn backwards", func() error { _, err := cal.HolidaysIn(d, d.AddDays(-1)); return err },
			[]string{"last: last day 2026-03-01 before first day 2026-03-02"}},
		{"HolidaysIn too long", func() error { _, err := cal.HolidaysIn(d, d.AddDays(366)); return err },
			[]string{"last: days listed: 367, more than the limit of 366"}},
		{"WeekWorkingDays(zero)", func() error { _, err := cal.WeekWorkingDays(egov.Date{}); return err },
			[]string{"date: missing date"}},
		{"WithHolidays", func() error {
			_, err := cal.WithHolidays(
				egov.AnnualHoliday{},
				egov.AnnualHoliday{Name: names, Month: 2, Day: 29},
				egov.AnnualHoliday{Name: names, Month: 4, Day: 31, Offset: 2},
				egov.AnnualHoliday{Name: names, Month: 13, Day: 1},
				egov.AnnualHoliday{Name: egov.HolidayNames{English: "e"}, FromEaster: true, Month: 1, Day: 1, Offset: -61},
				egov.AnnualHoliday{Name: names, FromEaster: true, Offset: 60},
			)
			return err
		}, []string{
			"holidays[0].name.en: missing English name",
			"holidays[0].name.sr_latn: missing Serbian Latin name",
			"holidays[0]: missing date: give month and day, or from_easter",
			"holidays[1].day: not every year has 29 February",
			"holidays[2].offset: an offset needs from_easter",
			"holidays[2].day: April has no day 31",
			"holidays[3].month: month 13 outside 1…12",
			"holidays[4].name.sr_latn: missing Serbian Latin name",
			"holidays[4].month: a holiday counted from Easter has no month",
			"holidays[4].day: a holiday counted from Easter has no day",
			"holidays[4].offset: offset -61 outside -60…60 days from Easter",
		}},
		{"WithDaysOff", func() error {
			_, err := cal.WithDaysOff(
				egov.DaysOff{},
				egov.DaysOff{Name: names, First: d, Last: d.AddDays(-1)},
				egov.DaysOff{Name: names, First: d, Last: d},
			)
			return err
		}, []string{
			"days_off[0].name.en: missing English name",
			"days_off[0].name.sr_latn: missing Serbian Latin name",
			"days_off[0].first: missing date",
			"days_off[0].last: missing date",
			"days_off[1].last: last day 2026-03-01 before first day 2026-03-02",
		}},
		{"too many holidays", func() error { _, err := cal.WithHolidays(manyHolidays...); return err },
			[]string{"holidays: holidays: 1001, more than the limit of 1000"}},
		{"too many days off", func() error { _, err := cal.WithDaysOff(manyDays...); return err },
			[]string{"days_off: days off: 1001, more than the limit of 1000"}},
	}
	for _, c := range cases {
		err := c.err()
		var ve *egov.ValidationError
		if !errors.As(err, &ve) || ve.Subject != "calendar" {
			t.Errorf("%s: %v, want a *ValidationError about the calendar", c.name, err)
			continue
		}
		var got []string
		for _, p := range ve.Problems {
			got = append(got, p.Error())
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s:\n got %s\nwant %s", c.name, strings.Join(got, "\n     "), strings.Join(c.want, "\n     "))
		}
	}
	var le *egov.LimitError
	if _, err := cal.WithDaysOff(manyDays...); !errors.As(err, &le) || le.Limit != egov.MaxDaysOff {
		t.Errorf("too many days off: %v, want a *LimitError", err)
	}
}

func mustParse(t *testing.T, s string) egov.Date {
	t.Helper()
	d, err := egov.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func isWeekendDay(d egov.Date) bool {
	return d.Weekday() == time.Saturday || d.Weekday() == time.Sunday
}

func weekdaysIn(first, last egov.Date) int {
	n := 0
	for d := first; !d.After(last); d = d.AddDays(1) {
		if !isWeekendDay(d) {
			n++
		}
	}
	return n
}

// TestDayNumbers checks the integer date arithmetic of the calendar
// against package time: every day of one 400-year cycle, and the first and
// last day of every month of every year a Date holds.
func TestDayNumbers(t *testing.T) {
	check := func(d egov.Date) {
		back, w := egov.DayNumberRoundTrip(d)
		if back != d || w != d.Weekday() {
			t.Fatalf("%s: day number gives back %s, a %s; want a %s", d, back, w, d.Weekday())
		}
	}
	for d := egov.MustDate(2000, 1, 1); d.Year() < 2400; d = d.AddDays(1) {
		check(d)
	}
	for year := egov.MinYear; year <= egov.MaxYear; year++ {
		for m := time.January; m <= time.December; m++ {
			first := egov.MustDate(year, m, 1)
			check(first)
			check(first.AddDays(-1))
		}
	}
	check(egov.MustDate(egov.MaxYear, 12, 31))
}
