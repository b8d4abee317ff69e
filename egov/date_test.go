package egov_test

import (
	"testing"
	"time"

	"pgregory.net/rapid"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/gen"
)

func TestParseDate(t *testing.T) {
	d, err := egov.ParseDate("2024-02-29")
	if err != nil || d.Year() != 2024 || d.Month() != time.February || d.Day() != 29 {
		t.Fatalf("ParseDate: %v, %v", d, err)
	}
	bad := map[string]string{
		"2023-02-29": `invalid date "2023-02-29": 2023-02 has no day 29`,
		"2025-13-01": `invalid date "2025-13-01": month 13 outside 1…12`,
		"0000-01-01": `invalid date "0000-01-01": year 0 outside 1…9999`,
		"2025-1-1":   `invalid date "2025-1-1": want YYYY-MM-DD`,
		"2025-01-0x": `invalid date "2025-01-0x": want YYYY-MM-DD`,
		"20250101xx": `invalid date "20250101xx": want YYYY-MM-DD`,
	}
	for in, want := range bad {
		if _, err := egov.ParseDate(in); err == nil || err.Error() != want {
			t.Errorf("ParseDate(%q) = %v, want %q", in, err, want)
		}
	}
	if d, err := egov.ParseDate(""); err != nil || !d.IsZero() {
		t.Errorf("ParseDate(\"\") = %v, %v", d, err)
	}
	if _, err := egov.NewDate(2025, time.April, 31); err == nil {
		t.Error("April 31st accepted")
	}
}

func TestDateArithmetic(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := gen.Date().Draw(t, "d")
		n := rapid.IntRange(-5000, 5000).Draw(t, "n")
		e := d.AddDays(n)
		// AddDays clamps to the years a Date may hold.
		first, last := egov.MustDate(egov.MinYear, time.January, 1), egov.MustDate(egov.MaxYear, time.December, 31)
		n = max(n, int(unixDay(first)-unixDay(d)))
		n = min(n, int(unixDay(last)-unixDay(d)))
		if got := e.DaysSince(d); got != n || unixDay(e)-unixDay(d) != int64(n) {
			t.Fatalf("%s + %d = %s, DaysSince = %d", d, n, e, got)
		}
		if (n > 0) != e.After(d) || (n < 0) != e.Before(d) {
			t.Fatalf("%s + %d = %s: order wrong", d, n, e)
		}
		back, err := egov.ParseDate(e.String())
		if err != nil || back != e {
			t.Fatalf("ParseDate(%q) = %v, %v", e, back, err)
		}
	})
}

// unixDay counts days from 1970-01-01 with package time.
func unixDay(d egov.Date) int64 {
	return time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC).Unix() / 86400
}

func TestDateEdges(t *testing.T) {
	var zero egov.Date
	if !zero.IsZero() || zero.String() != "" || !zero.AddDays(3).IsZero() {
		t.Error("zero Date misbehaves")
	}
	if got := egov.MustDate(9999, 12, 30).AddDays(10); got != egov.MustDate(9999, 12, 31) {
		t.Errorf("AddDays past 9999: %v", got)
	}
	if got := egov.MustDate(1, 1, 2).AddDays(-1 << 40); got != egov.MustDate(1, 1, 1) {
		t.Errorf("AddDays before year 1: %v", got)
	}
	if w := egov.MustDate(2025, time.October, 23).Weekday(); w != time.Thursday {
		t.Errorf("2025-10-23 is a %v", w)
	}
}

func TestMustDatePanicsOnBadLiteral(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("no panic")
		}
	}()
	egov.MustDate(2025, time.February, 30)
}

// TestDaysSinceAcrossTheRange checks DaysSince on dates anywhere from year
// 1 to 9999 against Unix seconds, which span the whole range (a
// time.Duration spans only about 292 years), and AddDays against it.
func TestDaysSinceAcrossTheRange(t *testing.T) {
	first, last := egov.MustDate(egov.MinYear, 1, 1), egov.MustDate(egov.MaxYear, 12, 31)
	if got := last.DaysSince(first); got != 3_652_058 {
		t.Errorf("9999-12-31 is %d days after 0001-01-01, want 3652058", got)
	}
	if got := first.DaysSince(last); got != -3_652_058 {
		t.Errorf("DaysSince backwards: %d", got)
	}
	date := func(t *rapid.T, label string) egov.Date {
		y := rapid.IntRange(egov.MinYear, egov.MaxYear).Draw(t, label+" year")
		m := time.Month(rapid.IntRange(1, 12).Draw(t, label+" month"))
		d := rapid.IntRange(1, 31).Draw(t, label+" day")
		if got, err := egov.NewDate(y, m, d); err == nil {
			return got
		}
		return egov.MustDate(y, m, 28)
	}
	unixDay := func(d egov.Date) int64 {
		return time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC).Unix() / 86_400
	}
	rapid.Check(t, func(t *rapid.T) {
		a, b := date(t, "a"), date(t, "b")
		want := unixDay(a) - unixDay(b)
		if got := a.DaysSince(b); int64(got) != want {
			t.Fatalf("%s.DaysSince(%s) = %d, want %d", a, b, got, want)
		}
		if got := b.AddDays(int(want)); got != a {
			t.Fatalf("%s + %d days = %s, want %s", b, want, got, a)
		}
	})
}
