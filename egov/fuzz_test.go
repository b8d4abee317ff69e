package egov_test

import (
	"encoding/json"
	"reflect"
	"testing"
	"time"

	"github.com/digitaldistrict/egovkit/egov"
)

// Fuzz targets: no input makes a decoder panic, and whatever one accepts
// encodes and decodes back to the same document. Seeds are small documents
// that the fuzzer mutates quickly, and documents at the limits: the first
// and last days a Date holds, counts of 30 digits and 31, shares of 29
// places, populations at the ends of 64 bits.

func FuzzDecodeVisit(f *testing.F) {
	f.Add([]byte(`{"format":"egovkit.visit/1","municipality":"cacak","date":"2025-11-20","team":["mentor"],` +
		`"findings":[{"observation":"o","service":"pisarnica","severity":"high"}],"priorities":[{"rank":1,"goal":"adopt-fully","service":"pisarnica"}]}`))
	f.Add([]byte(`{"format":"egovkit.visit/1"}`))
	f.Add([]byte(`{"format":"egovkit.visit/1","municipality":"cacak","date":"9999-12-31","date_illustrative":true,` +
		`"findings":[{"observation":"o","area":"data-exchange","severity":"low"},{"observation":"p","service":"eid","severity":"medium"}],` +
		`"priorities":[{"rank":9223372036854775807,"goal":"expand-services"},{"rank":1,"goal":"host-securely"}]}`))
	f.Add([]byte(`{"format":"egovkit.visit/1","municipality":"cacak","date":"0001-01-01","priorities":[{"rank":1,"goal":"exchange-data"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		v, err := egov.DecodeVisit(data, nil)
		if err != nil {
			return
		}
		again, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		back, err := egov.DecodeVisit(again, nil)
		if err != nil || !reflect.DeepEqual(emptyToNil(back), emptyToNil(v)) {
			t.Fatalf("accepted %q but its encoding %q does not decode back: %v", data, again, err)
		}
	})
}

func FuzzDecodeProfile(f *testing.F) {
	f.Add([]byte(`{"format":"egovkit.profile/1","municipality":"cacak","date":"2025-11-20","stages":{"pisarnica":"partly-in-use"},"measures":{"staff":"260","cases-handled-electronically":"0.05"}}`))
	// Numbers of 30 digits, the most a number may have, and of 31.
	for _, n := range []string{"999999999999999999999999999999", "9999999999999999999999999999999"} {
		f.Add([]byte(`{"format":"egovkit.profile/1","municipality":"cacak","date":"9999-12-31","stages":{"eid":"fully-in-use"},` +
			`"measures":{"staff":"` + n + `","staff-trained":"` + n + `","registered-ecitizens":"2305843009213693951",` +
			`"cases-handled-electronically":"0.00000000000000000000000000001"}}`))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := egov.DecodeProfile(data, nil)
		if err != nil {
			return
		}
		again, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := egov.DecodeProfile(again, nil); err != nil {
			t.Fatalf("accepted %q but not its encoding %q: %v", data, again, err)
		}
	})
}

func FuzzDecodeCatalog(f *testing.F) {
	seed, _ := json.Marshal(egov.SerbianCatalog())
	f.Add(seed)
	f.Add([]byte(`{"format":"egovkit.catalog/1","services":[]}`))
	f.Add([]byte(`{"format":"egovkit.catalog/1","services":[{"key":"a","name":{"en":"A","sr_latn":"A"},"kind":"enabler",` +
		`"audience":"citizens"},{"key":"b","name":{"en":"B","sr_latn":"B"},"kind":"enabler","audience":"citizens",` +
		`"prerequisites":[{"service":"a"}]}]}`))
	// No seed at the limit of services: the smallest document beyond it
	// (10,001 empty services) takes 50 ms to decode, which would slow every
	// execution that picks it; internal/hostile and internal/gen's tests
	// cover that limit.
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := egov.DecodeCatalog(data)
		if err != nil {
			return
		}
		again, err := json.Marshal(c)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := egov.DecodeCatalog(again); err != nil {
			t.Fatalf("accepted %q but not its encoding: %v", data, err)
		}
	})
}

func FuzzDecodeMunicipality(f *testing.F) {
	seed, _ := json.Marshal(egov.PilotMunicipalities()[2])
	f.Add(seed)
	// Populations at the ends of 64 bits and beyond.
	for _, n := range []string{"9223372036854775807", "9223372036854775808", "0"} {
		f.Add([]byte(`{"key":"cacak","name":{"sr_latn":"Čačak","sr_cyrl":"Чачак"},"status":"city",` +
			`"population":{"count":` + n + `,"census_year":9999}}`))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := egov.DecodeMunicipality(data)
		if err != nil {
			return
		}
		again, _ := json.Marshal(m)
		if back, err := egov.DecodeMunicipality(again); err != nil || back != m {
			t.Fatalf("accepted %q but its encoding does not decode back: %v", data, err)
		}
	})
}

// FuzzCalendar draws years, a yearly holiday and a span: no input makes
// the calendar panic, Easter is a Sunday of its year, the holidays of a
// year are in it, and a working-day count matches day-by-day counting.
func FuzzCalendar(f *testing.F) {
	f.Add(2026, 2, 15, 0, false, 7)
	f.Add(2021, 5, 2, 39, true, 366)
	f.Add(1, 1, 1, -60, true, 0)
	f.Add(9999, 12, 31, 60, true, -1)
	f.Add(0, 2, 29, 61, false, 1<<30)
	f.Fuzz(func(t *testing.T, year, month, day, offset int, fromEaster bool, span int) {
		easter, err := egov.OrthodoxEaster(year)
		if (err == nil) != (year >= egov.MinYear && year <= egov.MaxYear) {
			t.Fatalf("OrthodoxEaster(%d): %v", year, err)
		}
		if err == nil && (easter.Year() != year || easter.Weekday() != time.Sunday) {
			t.Fatalf("OrthodoxEaster(%d) = %s", year, easter)
		}
		h := egov.AnnualHoliday{Name: egov.HolidayNames{English: "x", Latin: "x"},
			Month: time.Month(month), Day: day, FromEaster: fromEaster, Offset: offset}
		cal, err := egov.SerbianCalendar().WithHolidays(h)
		if err != nil {
			cal = egov.SerbianCalendar()
		}
		hs, err := cal.Holidays(year)
		if err != nil {
			return
		}
		for _, h := range hs {
			if h.Date.Year() != year {
				t.Fatalf("Holidays(%d) lists %v", year, h)
			}
		}
		first := hs[0].Date
		last := first.AddDays(span % 1000)
		n, err := cal.WorkingDays(first, last)
		if err != nil {
			if !last.Before(first) {
				t.Fatalf("WorkingDays(%s, %s): %v", first, last, err)
			}
			return
		}
		if want := countWorking(cal, first, last); n != want {
			t.Fatalf("WorkingDays(%s, %s) = %d, counted %d", first, last, n, want)
		}
	})
}
