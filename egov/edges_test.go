package egov_test

import (
	"testing"

	"pgregory.net/rapid"

	"github.com/digitaldistrict/egovkit/internal/gen"
)

// TestDaysSinceAcrossTheWholeRange counts days between any two dates a Date
// may hold, years 1 to 9999 included, against package time's Unix days.
func TestDaysSinceAcrossTheWholeRange(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d, e := gen.Date().Draw(t, "d"), gen.Date().Draw(t, "e")
		if got, want := d.DaysSince(e), unixDay(d)-unixDay(e); int64(got) != want {
			t.Fatalf("%s.DaysSince(%s) = %d, want %d", d, e, got, want)
		}
	})
}
