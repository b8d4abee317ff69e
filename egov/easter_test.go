package egov_test

import (
	"errors"
	"testing"
	"time"

	"github.com/digitaldistrict/egovkit/egov"
)

// TestOrthodoxEasterPublished checks OrthodoxEaster against published
// tables of Orthodox Easter Sunday in the civil (Gregorian) calendar:
//
//   - Milutin Milanković's table as reprinted by Cooliranje, 2011–2038:
//     https://www.cooliranje.com/cool/zanimljivosti/zanimljive-price/3424005/kako-se-odredjuje-datum-uskrsa/
//   - neradnidani.net, 2019–2026: https://www.neradnidani.net/datumi-uskrsa/
//   - Nezavisne novine, 2025–2034:
//     https://www.nezavisne.com/magazin/zanimljivosti/Pogledajte-kada-ce-Vaskrs-i-Djurdjevdan-padati-istog-dana/829907
//
// Where the tables overlap they agree.
func TestOrthodoxEasterPublished(t *testing.T) {
	published := map[int]string{
		// Milanković / Cooliranje.
		2011: "2011-04-24", 2012: "2012-04-15", 2013: "2013-05-05", 2014: "2014-04-20",
		2015: "2015-04-12", 2016: "2016-05-01", 2017: "2017-04-16", 2018: "2018-04-08",
		2019: "2019-04-28", 2021: "2021-05-02", 2022: "2022-04-24", 2023: "2023-04-16",
		2024: "2024-05-05", 2025: "2025-04-20", 2026: "2026-04-12", 2027: "2027-05-02",
		2028: "2028-04-16", 2031: "2031-04-13", 2032: "2032-05-02", 2033: "2033-04-24",
		2034: "2034-04-09", 2035: "2035-04-29", 2036: "2036-04-20", 2037: "2037-04-05",
		2038: "2038-04-25",
		// neradnidani.net and Nezavisne, for the years the first table's
		// reprint leaves out.
		2020: "2020-04-19", 2029: "2029-04-08", 2030: "2030-04-28",
	}
	for year, want := range published {
		got, err := egov.OrthodoxEaster(year)
		if err != nil || got.String() != want {
			t.Errorf("OrthodoxEaster(%d) = %v, %v; published %s", year, got, err, want)
		}
	}
}

// TestOrthodoxEasterAgainstPaschalTable checks every year a Date holds
// against a reckoning done differently: the Julian Paschal full moon read
// from the traditional table of the 19 golden numbers, Easter the first
// Sunday strictly after it, found by stepping day by day through Julian
// day numbers, and the Julian date turned into a civil one through the
// Julian day number and package time.
func TestOrthodoxEasterAgainstPaschalTable(t *testing.T) {
	for year := egov.MinYear; year <= egov.MaxYear; year++ {
		want := referenceEaster(year)
		got, err := egov.OrthodoxEaster(year)
		if err != nil || got != want {
			t.Fatalf("OrthodoxEaster(%d) = %v, %v; the table gives %s", year, got, err, want)
		}
	}
}

// referenceEaster reckons Orthodox Easter Sunday of year from the table of
// Julian Paschal full moons, as TestOrthodoxEasterAgainstPaschalTable
// describes.
func referenceEaster(year int) egov.Date {
	// Julian Paschal full moons by golden number 1…19 (year mod 19 + 1).
	type md struct{ m, d int }
	pfm := [19]md{{4, 5}, {3, 25}, {4, 13}, {4, 2}, {3, 22}, {4, 10}, {3, 30}, {4, 18}, {4, 7},
		{3, 27}, {4, 15}, {4, 4}, {3, 24}, {4, 12}, {4, 1}, {3, 21}, {4, 9}, {3, 29}, {4, 17}}
	full := pfm[year%19]
	jd := julianCalendarJDN(year, full.m, full.d) + 1
	for (jd+1)%7 != 0 { // JDN + 1 ≡ 0 (mod 7) on Sundays
		jd++
	}
	return civilDateOfJDN(jd)
}

// julianCalendarJDN returns the Julian day number of a date of the Julian
// calendar (the standard integer formula).
func julianCalendarJDN(year, month, day int) int {
	a := (14 - month) / 12
	y := year + 4800 - a
	m := month + 12*a - 3
	return day + (153*m+2)/5 + 365*y + y/4 - 32083
}

// civilDateOfJDN returns the proleptic Gregorian date of a Julian day
// number, through Unix time (JDN 2440588 is 1970-01-01).
func civilDateOfJDN(jdn int) egov.Date {
	t := time.Unix(int64(jdn-2440588)*86_400, 0).UTC()
	return egov.MustDate(t.Year(), t.Month(), t.Day())
}

func TestOrthodoxEasterRange(t *testing.T) {
	for _, year := range []int{0, -1, egov.MaxYear + 1, 1 << 40} {
		_, err := egov.OrthodoxEaster(year)
		var ve *egov.ValidationError
		if !errors.As(err, &ve) || len(ve.Problems) != 1 || ve.Problems[0].Path != "year" {
			t.Errorf("OrthodoxEaster(%d): %v, want a *ValidationError at year", year, err)
		}
	}
	if got, err := egov.OrthodoxEaster(egov.MinYear); err != nil || got.Weekday() != time.Sunday {
		t.Errorf("OrthodoxEaster(1) = %v, %v", got, err)
	}
	if got, err := egov.OrthodoxEaster(egov.MaxYear); err != nil || got.Weekday() != time.Sunday {
		t.Errorf("OrthodoxEaster(9999) = %v, %v", got, err)
	}
}
