package plan_test

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/plan"
)

// A plan on a calendar of its own (Serbia's with a city's day and the
// team's leave, or one without the Law's holidays) writes the calendar in
// its options and reads it back, so that a stored plan is re-planned on
// the calendar it was made on; so does a plan request. Serbia's calendar,
// the default, is written as nothing.
func TestCalendarsRoundTrip(t *testing.T) {
	serbian, err := egov.SerbianCalendar().WithHolidays(egov.AnnualHoliday{
		Name: egov.HolidayNames{English: "City Day", Latin: "Dan grada"}, Month: time.December, Day: 10})
	if err != nil {
		t.Fatal(err)
	}
	serbian, err = serbian.WithDaysOff(egov.DaysOff{First: egov.MustDate(2025, 12, 22), Last: egov.MustDate(2025, 12, 26),
		Name: egov.HolidayNames{English: "Team leave", Latin: "Odmor tima"}})
	if err != nil {
		t.Fatal(err)
	}
	for name, cal := range map[string]*egov.Calendar{"default": nil, "extended": &serbian, "no holidays": noHolidays} {
		req := cacakRequest(t)
		req.Options.Calendar = cal
		p, err := plan.Generate(req)
		if err != nil {
			t.Fatal(err)
		}
		data, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(string(data), `"calendar"`) != (cal != nil) {
			t.Errorf("%s: the plan's JSON writes a calendar: %v", name, strings.Contains(string(data), `"calendar"`))
		}
		back, err := plan.DecodePlan(data)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		again, err := json.Marshal(back)
		if err != nil {
			t.Fatal(err)
		}
		if string(again) != string(data) {
			t.Errorf("%s: the plan reads back as\n%s\nwritten\n%s", name, again, data)
		}
		sameCalendar(t, name, cal, back.Options.Calendar)
		reqData, err := json.Marshal(req)
		if err != nil {
			t.Fatal(err)
		}
		r, err := plan.DecodeRequest(reqData, req.Playbook, req.Model)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		sameCalendar(t, name+" request", cal, r.Options.Calendar)
	}
}

func sameCalendar(t *testing.T, name string, want, got *egov.Calendar) {
	t.Helper()
	switch {
	case want == nil && got == nil:
	case want == nil || got == nil:
		t.Errorf("%s: calendar %v read back as %v", name, want, got)
	case want.HasSerbianLaw() != got.HasSerbianLaw() || !slices.Equal(want.AnnualHolidays(), got.AnnualHolidays()) ||
		!slices.Equal(want.DaysOff(), got.DaysOff()):
		t.Errorf("%s: calendar read back as another", name)
	}
}

// A calendar that does not make one is refused at its path.
func TestBadCalendarIsRefused(t *testing.T) {
	req := cacakRequest(t)
	data, err := json.Marshal(req)
	if err != nil {
		t.Fatal(err)
	}
	bad := strings.Replace(string(data), `"partner_capacity":"0"`,
		`"partner_capacity":"0","calendar":{"law":"croatia","holidays":[{"name":{"en":"","sr_latn":""},"month":2,"day":30}]}`, 1)
	_, err = plan.DecodeRequest([]byte(bad), req.Playbook, req.Model)
	var paths []string
	for _, p := range egov.Problems(err) {
		paths = append(paths, p.Path)
	}
	if !slices.Contains(paths, "options.calendar.law") {
		t.Errorf("problems at %v, want options.calendar.law", paths)
	}
	bad = strings.Replace(string(data), `"partner_capacity":"0"`,
		`"partner_capacity":"0","calendar":{"law":"none","holidays":[{"name":{"en":"","sr_latn":"x"},"month":2,"day":30}]}`, 1)
	_, err = plan.DecodeRequest([]byte(bad), req.Playbook, req.Model)
	paths = nil
	for _, p := range egov.Problems(err) {
		paths = append(paths, p.Path)
	}
	if !slices.Contains(paths, "options.calendar.holidays[0].name.en") || !slices.Contains(paths, "options.calendar.holidays[0].day") {
		t.Errorf("problems at %v, want the holiday's name and day", paths)
	}
}
