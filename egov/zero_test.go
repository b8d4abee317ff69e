package egov_test

import (
	"errors"
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
)

// TestZeroValues calls every method of every exported type on its zero
// value (and on a nil pointer where methods take one) and checks the
// documented answer. None may panic.
func TestZeroValues(t *testing.T) {
	var (
		nilCat  *egov.Catalog
		zeroCat = new(egov.Catalog)
		nilVE   *egov.ValidationError
		nilLE   *egov.LimitError
		zeroID  egov.VisitID
		date    = egov.MustDate(2025, 11, 20)
	)
	type check struct {
		name string
		got  func() any
		want any
	}
	checks := []check{
		// Catalog: nil and zero behave as an empty catalogue.
		{"nil Catalog.Len", func() any { return nilCat.Len() }, 0},
		{"nil Catalog.Has", func() any { return nilCat.Has("eid") }, false},
		{"nil Catalog.Service", func() any { _, ok := nilCat.Service("eid"); return ok }, false},
		{"nil Catalog.Keys", func() any { return len(nilCat.Keys()) }, 0},
		{"nil Catalog.Services", func() any { return len(nilCat.Services()) }, 0},
		{"nil Catalog.Order", func() any { return len(nilCat.Order()) }, 0},
		{"nil Catalog.Prerequisites", func() any { _, err := nilCat.Prerequisites("eid"); return err != nil }, true},
		{"nil Catalog.DirectPrerequisites", func() any { _, ok := nilCat.DirectPrerequisites("eid"); return ok }, false},
		{"nil Catalog.MarshalJSON", func() any { b, err := nilCat.MarshalJSON(); return string(b) + fmt.Sprint(err) },
			`{"format":"egovkit.catalog/1","services":[]}<nil>`},
		{"nil Catalog.UnmarshalJSON", func() any { return nilCat.UnmarshalJSON([]byte(`{"format":"egovkit.catalog/1","services":[]}`)) != nil }, true},
		{"zero Catalog.Len", func() any { return zeroCat.Len() }, 0},
		{"zero Catalog.Has", func() any { return zeroCat.Has("eid") }, false},
		{"zero Catalog.Service", func() any { _, ok := zeroCat.Service("eid"); return ok }, false},
		{"zero Catalog.Keys", func() any { return len(zeroCat.Keys()) }, 0},
		{"zero Catalog.Services", func() any { return len(zeroCat.Services()) }, 0},
		{"zero Catalog.Order", func() any { return len(zeroCat.Order()) }, 0},
		{"zero Catalog.Prerequisites", func() any { _, err := zeroCat.Prerequisites("eid"); return err != nil }, true},
		{"zero Catalog.DirectPrerequisites", func() any { _, ok := zeroCat.DirectPrerequisites("eid"); return ok }, false},
		{"zero Catalog.MarshalJSON", func() any { b, err := zeroCat.MarshalJSON(); return string(b) + fmt.Sprint(err) },
			`{"format":"egovkit.catalog/1","services":[]}<nil>`},

		// Errors.
		{"Problem.Error", func() any { return egov.Problem{}.Error() }, ""},
		{"Problem.Unwrap", func() any { return egov.Problem{}.Unwrap() == nil }, true},
		{"zero LimitError.Error", func() any { return (&egov.LimitError{}).Error() }, "input: more than the limit of 0"},
		{"nil LimitError.Error", func() any { return nilLE.Error() }, "<nil>"},
		{"zero ValidationError.Error", func() any { return (&egov.ValidationError{}).Error() }, "invalid input"},
		{"zero ValidationError.Unwrap", func() any { return len((&egov.ValidationError{}).Unwrap()) }, 0},
		{"zero ValidationError.Prefixed", func() any { return (&egov.ValidationError{}).Prefixed("x").Error() }, "invalid input"},
		{"nil ValidationError.Error", func() any { return nilVE.Error() }, "<nil>"},
		{"nil ValidationError.Unwrap", func() any { return len(nilVE.Unwrap()) }, 0},
		{"nil ValidationError.Prefixed", func() any { return nilVE.Prefixed("x") == nil }, true},
		{"Problems(nil ValidationError)", func() any { return len(egov.Problems(nilVE)) }, 0},
		{"zero ProblemList.Len", func() any { var l egov.ProblemList; return l.Len() }, 0},
		{"zero ProblemList.Err", func() any { var l egov.ProblemList; return l.Err("x") == nil }, true},
		{"zero ProblemList.Readable", func() any { var l egov.ProblemList; return l.Readable("a.b") }, true},
		{"ProblemList.Decode(nil target)", func() any { var l egov.ProblemList; return l.Decode([]byte(`{}`), nil) }, false},

		// Profile.
		{"Profile.Stage", func() any { return egov.Profile{}.Stage("eid") }, egov.StageUnknown},
		{"Profile.Measure", func() any { _, ok := egov.Profile{}.Measure(egov.MeasureStaff); return ok }, false},
		{"Profile.Clone", func() any { return reflect.DeepEqual(egov.Profile{}.Clone(), egov.Profile{}) }, true},
		{"Profile.WithStage", func() any { return egov.Profile{}.WithStage("eid", egov.StagePlanned).Stage("eid") }, egov.StagePlanned},
		{"Profile.WithMeasure", func() any {
			v, _ := egov.Profile{}.WithMeasure(egov.MeasureStaff, decimal.NewFromInt(3)).Measure(egov.MeasureStaff)
			return v.String()
		}, "3"},
		{"Profile.Validate", func() any { return len(egov.Problems(egov.Profile{}.Validate(nil))) }, 2},
		{"Profile.MarshalJSON", func() any { b, err := egov.Profile{}.MarshalJSON(); return string(b) + fmt.Sprint(err) },
			`{"format":"egovkit.profile/1","municipality":"","date":""}<nil>`},
		{"nil Profile.UnmarshalJSON", func() any {
			return (*egov.Profile)(nil).UnmarshalJSON([]byte(`{"format":"egovkit.profile/1","municipality":"cacak","date":"2025-11-20"}`)) != nil
		}, true},

		// Visit: nothing to derive IDs from, so the IDs are zero.
		{"Visit.ResolvedID", func() any { return egov.Visit{}.ResolvedID().IsZero() }, true},
		{"Visit.FindingID", func() any { return egov.Visit{}.FindingID(0).IsZero() }, true},
		{"Visit.PriorityID", func() any { return egov.Visit{}.PriorityID(1).IsZero() }, true},
		{"Visit.FindingID(-1)", func() any { return egov.Visit{Municipality: "cacak", Date: date}.FindingID(-1).IsZero() }, true},
		{"Visit.PriorityID(0)", func() any { return egov.Visit{Municipality: "cacak", Date: date}.PriorityID(0).IsZero() }, true},
		{"Visit.Clone", func() any { return reflect.DeepEqual(egov.Visit{}.Clone(), egov.Visit{}) }, true},
		{"Visit.PrioritiesByRank", func() any { return len(egov.Visit{}.PrioritiesByRank()) }, 0},
		{"Visit.Validate", func() any { return len(egov.Problems(egov.Visit{}.Validate(nil))) }, 2},
		{"Visit.MarshalJSON", func() any { b, err := egov.Visit{}.MarshalJSON(); return string(b) + fmt.Sprint(err) },
			`{"format":"egovkit.visit/1","municipality":"","date":""}<nil>`},
		{"nil Visit.UnmarshalJSON", func() any {
			return (*egov.Visit)(nil).UnmarshalJSON([]byte(`{"format":"egovkit.visit/1","municipality":"cacak","date":"2025-11-20"}`)) != nil
		}, true},

		// Municipality, Name, Population.
		{"Municipality.ResolvedID", func() any { return egov.Municipality{}.ResolvedID().IsZero() }, true},
		{"Municipality.Validate", func() any { return len(egov.Problems(egov.Municipality{}.Validate())) }, 3},
		{"Municipality.MarshalJSON", func() any { b, err := egov.Municipality{}.MarshalJSON(); return string(b) + fmt.Sprint(err) },
			`{"key":"","name":{"sr_latn":"","sr_cyrl":""},"status":"unknown"}<nil>`},
		{"nil Municipality.UnmarshalJSON", func() any {
			return (*egov.Municipality)(nil).UnmarshalJSON([]byte(`{"key":"nis","name":{"sr_latn":"Niš","sr_cyrl":"Ниш"},"status":"city"}`)) != nil
		}, true},
		{"Name.In", func() any { return egov.Name{}.In(egov.Cyrillic) }, ""},
		{"Name.In(bad script)", func() any { return egov.Name{Latin: "Niš", Cyrillic: "Ниш"}.In(egov.Script(9)) }, "Niš"},
		{"Population.Count", func() any { n, ok := egov.Population{}.Count(); return fmt.Sprint(n, ok) }, "0 false"},
		{"Population.Year", func() any { return egov.Population{}.Year() }, 0},
		{"Population.IsKnown", func() any { return egov.Population{}.IsKnown() }, false},
		{"Population.String", func() any { return egov.Population{}.String() }, "unknown"},
		{"Service.ResolvedID", func() any { return egov.Service{}.ResolvedID().IsZero() }, true},

		// Date: the zero Date is "no date".
		{"Date.Year", func() any { return egov.Date{}.Year() }, 0},
		{"Date.Month", func() any { return egov.Date{}.Month() }, time.Month(0)},
		{"Date.Day", func() any { return egov.Date{}.Day() }, 0},
		{"Date.IsZero", func() any { return egov.Date{}.IsZero() }, true},
		{"Date.Weekday", func() any { return egov.Date{}.Weekday() }, time.Sunday},
		{"Date.AddDays", func() any { return egov.Date{}.AddDays(3).IsZero() }, true},
		{"Date.DaysSince(date)", func() any { return egov.Date{}.DaysSince(date) }, 0},
		{"date.DaysSince(Date{})", func() any { return date.DaysSince(egov.Date{}) }, 0},
		{"Date.Compare", func() any { return egov.Date{}.Compare(date) }, -1},
		{"Date.Before", func() any { return egov.Date{}.Before(date) }, true},
		{"Date.After", func() any { return egov.Date{}.After(date) }, false},
		{"Date.String", func() any { return egov.Date{}.String() }, ""},
		{"Date.MarshalText", func() any { b, err := egov.Date{}.MarshalText(); return string(b) + fmt.Sprint(err) }, "<nil>"},
		{"nil Date.UnmarshalText", func() any { return (*egov.Date)(nil).UnmarshalText([]byte("2025-01-01")) != nil }, true},

		// ID: the nil UUID, "no ID given".
		{"ID.IsZero", func() any { return zeroID.IsZero() }, true},
		{"ID.UUID", func() any { return zeroID.UUID().String() }, "00000000-0000-0000-0000-000000000000"},
		{"ID.String", func() any { return zeroID.String() }, "00000000-0000-0000-0000-000000000000"},
		{"ID.MarshalText", func() any { b, _ := zeroID.MarshalText(); return string(b) }, "00000000-0000-0000-0000-000000000000"},
		{"nil ID.UnmarshalText", func() any { return (*egov.VisitID)(nil).UnmarshalText([]byte(zeroID.String())) != nil }, true},
		{"MunicipalityIDOf(\"\")", func() any { return egov.MunicipalityIDOf("").IsZero() }, true},
		{"ServiceIDOf(\"\")", func() any { return egov.ServiceIDOf("").IsZero() }, true},
		{"VisitIDOf(\"\", date)", func() any { return egov.VisitIDOf("", date).IsZero() }, true},
		{"VisitIDOf(key, Date{})", func() any { return egov.VisitIDOf("cacak", egov.Date{}).IsZero() }, true},

		// Measures and enums.
		{"Measure.Kind", func() any { return egov.Measure("").Kind() }, egov.MeasureKindUndefined},
		{"Measure.IsDefined", func() any { return egov.Measure("").IsDefined() }, false},
		{"Measure.Whole", func() any { _, ok := egov.Measure("").Whole(); return ok }, false},
		{"GoalKind.NeedsService", func() any { return egov.GoalKind(0).NeedsService() }, false},
		{"AdoptionStage.IsKnown", func() any { return egov.AdoptionStage(0).IsKnown() }, false},

		// Calendar: the zero Calendar has weekends off and no holidays.
		{"Calendar.IsWorkingDay(Monday)", func() any { return egov.Calendar{}.IsWorkingDay(egov.MustDate(2026, 1, 5)) }, true},
		{"Calendar.IsWorkingDay(Date{})", func() any { return egov.Calendar{}.IsWorkingDay(egov.Date{}) }, false},
		{"Calendar.Holidays", func() any { h, err := egov.Calendar{}.Holidays(2026); return fmt.Sprint(len(h), err) }, "0 <nil>"},
		{"Calendar.HolidaysIn", func() any { h, err := egov.Calendar{}.HolidaysIn(date, date); return fmt.Sprint(len(h), err) }, "0 <nil>"},
		{"Calendar.WorkingDays", func() any { n, err := egov.Calendar{}.WorkingDays(date, date.AddDays(6)); return fmt.Sprint(n, err) }, "5 <nil>"},
		{"Calendar.WeekWorkingDays", func() any { n, err := egov.Calendar{}.WeekWorkingDays(date); return fmt.Sprint(n, err) }, "5 <nil>"},
		{"Calendar.WithHolidays()", func() any { c, err := egov.Calendar{}.WithHolidays(); return fmt.Sprint(c.IsWorkingDay(date), err) }, "true <nil>"},
		{"Calendar.WithDaysOff()", func() any { c, err := egov.Calendar{}.WithDaysOff(); return fmt.Sprint(c.IsWorkingDay(date), err) }, "true <nil>"},
		{"Calendar.HasSerbianLaw", func() any { return egov.Calendar{}.HasSerbianLaw() }, false},
		{"Calendar.AnnualHolidays", func() any { return egov.Calendar{}.AnnualHolidays() }, []egov.AnnualHoliday(nil)},
		{"Calendar.DaysOff", func() any { return egov.Calendar{}.DaysOff() }, []egov.DaysOff(nil)},
		{"Calendar.WithHolidays(zero)", func() any { _, err := egov.Calendar{}.WithHolidays(egov.AnnualHoliday{}); return err != nil }, true},
		{"Calendar.WithDaysOff(zero)", func() any { _, err := egov.Calendar{}.WithDaysOff(egov.DaysOff{}); return err != nil }, true},
		{"Holiday.MovedFrom", func() any { return egov.Holiday{}.MovedFrom.IsZero() }, true},
	}
	// Every enum: String, IsValid and MarshalText of the zero value, and
	// UnmarshalText through a nil pointer.
	for _, c := range enumCases() {
		checks = append(checks,
			check{c.name + ".String", func() any { return c.value(0).String() != "" }, true},
			check{c.name + " nil UnmarshalText", func() any {
				return nilUnmarshal(c.name, c.value(1).String()) != nil
			}, true})
	}
	for _, c := range checks {
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("%s panics: %v", c.name, r)
				}
			}()
			if got := c.got(); !reflect.DeepEqual(got, c.want) {
				t.Errorf("%s = %#v, want %#v", c.name, got, c.want)
			}
		}()
	}
}

// nilUnmarshal calls UnmarshalText of the named enum through a nil pointer.
func nilUnmarshal(name, valid string) error {
	text := []byte(valid)
	switch name {
	case "AdoptionStage":
		return (*egov.AdoptionStage)(nil).UnmarshalText(text)
	case "Status":
		return (*egov.Status)(nil).UnmarshalText(text)
	case "ServiceKind":
		return (*egov.ServiceKind)(nil).UnmarshalText(text)
	case "Audience":
		return (*egov.Audience)(nil).UnmarshalText(text)
	case "Severity":
		return (*egov.Severity)(nil).UnmarshalText(text)
	case "Area":
		return (*egov.Area)(nil).UnmarshalText(text)
	case "GoalKind":
		return (*egov.GoalKind)(nil).UnmarshalText(text)
	case "MeasureKind":
		return (*egov.MeasureKind)(nil).UnmarshalText(text)
	case "Script":
		return (*egov.Script)(nil).UnmarshalText(text)
	case "HolidayKind":
		return (*egov.HolidayKind)(nil).UnmarshalText(text)
	}
	return errors.New("no such enum: " + name)
}
