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
