package hostile_test

import (
	"encoding/json"
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/maturity"
	"github.com/digitaldistrict/egovkit/plan"
)

// calm runs f and fails the test if it panics.
func calm(t *testing.T, name string, f func()) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			t.Errorf("%s panicked: %v", name, r)
		}
	}()
	f()
}

// hostileDocuments are byte strings no decoder should choke on.
func hostileDocuments() map[string][]byte {
	deep := strings.Repeat("[", 100_000) + strings.Repeat("]", 100_000)
	deepObject := strings.Repeat(`{"a":`, 10_000) + "1" + strings.Repeat("}", 10_000)
	docs := map[string][]byte{
		"nil":               nil,
		"empty":             {},
		"spaces":            []byte("  \n\t "),
		"null":              []byte("null"),
		"array":             []byte("[]"),
		"object":            []byte("{}"),
		"string":            []byte(`"x"`),
		"deep array":        []byte(deep),
		"deep object":       []byte(deepObject),
		"invalid UTF-8":     []byte("{\"format\":\"\xff\xfe\"}"),
		"lone surrogate":    []byte(`{"format":"\ud800"}`),
		"NUL":               []byte("{\"format\":\"a\x00b\"}"),
		"huge exponent":     []byte(`{"format":1e999999999}`),
		"huge number":       []byte(`{"format":` + strings.Repeat("9", 1_000_000) + `}`),
		"huge decimal text": []byte(`{"measures":{"staff":"1e999999999"},"weight":"` + strings.Repeat("9", 100_000) + `"}`),
		"duplicate keys":    []byte(`{"format":"a","format":"b"}`),
		"case variants":     []byte(`{"Format":"a","FORMAT":"b"}`),
		"trailing":          []byte(`{} {}`),
		"truncated":         []byte(`{"format":"egovkit.visit/1","priorities":[{"rank":1`),
		"enormous":          []byte(`{"name":"` + strings.Repeat("x", egov.MaxDocumentBytes) + `"}`),
	}
	return docs
}

func TestDecodersNeverPanic(t *testing.T) {
	m := maturity.Default()
	r, _ := m.Score(m.Assess(egov.Profile{Stages: map[egov.ServiceKey]egov.AdoptionStage{"ezup": egov.StagePiloting}}))
	decoders := map[string]func([]byte) error{
		"DecodeCatalog":      func(b []byte) error { _, err := egov.DecodeCatalog(b); return err },
		"DecodeProfile":      func(b []byte) error { _, err := egov.DecodeProfile(b, egov.SerbianCatalog()); return err },
		"DecodeVisit":        func(b []byte) error { _, err := egov.DecodeVisit(b, nil); return err },
		"DecodeMunicipality": func(b []byte) error { _, err := egov.DecodeMunicipality(b); return err },
		"DecodeModel":        func(b []byte) error { _, err := maturity.DecodeModel(b); return err },
		"DecodeAssessment":   func(b []byte) error { _, err := m.DecodeAssessment(b); return err },
		"DecodeResult":       func(b []byte) error { _, err := m.DecodeResult(b); return err },
		"DecodePlaybook":     func(b []byte) error { _, err := plan.DecodePlaybook(b); return err },
		"json.Unmarshal Catalog": func(b []byte) error {
			var c egov.Catalog
			return json.Unmarshal(b, &c)
		},
		"json.Unmarshal Model": func(b []byte) error {
			var x maturity.Model
			return json.Unmarshal(b, &x)
		},
	}
	_ = r
	for dname, doc := range hostileDocuments() {
		for name, decode := range decoders {
			calm(t, name+"("+dname+")", func() {
				if err := decode(doc); err == nil && dname != "object" {
					t.Errorf("%s accepted %s", name, dname)
				}
			})
		}
	}
}

func TestLimitsAreTypedErrors(t *testing.T) {
	var le *egov.LimitError
	big := []byte(`{"format":"egovkit.catalog/1","services":[],"x":"` + strings.Repeat("x", egov.MaxDocumentBytes) + `"}`)
	if _, err := egov.DecodeCatalog(big); !errors.As(err, &le) || le.What != "document size" {
		t.Errorf("document size: %v", err)
	}
	deep := []byte(`{"format":"egovkit.visit/1","team":` + strings.Repeat("[", 40) + strings.Repeat("]", 40) + `}`)
	if _, err := egov.DecodeVisit(deep, nil); !errors.As(err, &le) || le.What != "nesting depth" {
		t.Errorf("nesting depth: %v", err)
	}
	if _, err := maturity.DecodeModel([]byte(strings.Repeat("[", 100))); !errors.As(err, &le) {
		t.Errorf("model nesting depth: %v", err)
	}
	services := make([]egov.Service, egov.MaxServices+1)
	if _, err := egov.NewCatalog(services); !errors.As(err, &le) || le.What != "services" {
		t.Errorf("services: %v", err)
	}
	cal := egov.SerbianCalendar()
	if _, err := cal.WithHolidays(make([]egov.AnnualHoliday, egov.MaxAnnualHolidays+1)...); !errors.As(err, &le) || le.What != "holidays" {
		t.Errorf("holidays: %v", err)
	}
	if _, err := cal.WithDaysOff(make([]egov.DaysOff, egov.MaxDaysOff+1)...); !errors.As(err, &le) || le.What != "days off" {
		t.Errorf("days off: %v", err)
	}
	if _, err := cal.HolidaysIn(egov.MustDate(1, 1, 1), egov.MustDate(9999, 12, 31)); !errors.As(err, &le) || le.What != "days listed" {
		t.Errorf("days listed: %v", err)
	}
	// A model with a million indicators.
	million := make([]maturity.Indicator, 1_000_000)
	model := maturity.LSGModel()
	model.Dimensions = []maturity.Dimension{{Key: "all", Weight: decimal.NewFromInt(1), Indicators: million}}
	if _, err := maturity.Compile(model); !errors.As(err, &le) || le.What != "indicators" || le.Found != 1_000_000 {
		t.Errorf("indicators: %v", err)
	}
	dims := make([]maturity.Dimension, maturity.MaxDimensions+1)
	model.Dimensions = dims
	if _, err := maturity.Compile(model); !errors.As(err, &le) || le.What != "dimensions" {
		t.Errorf("dimensions: %v", err)
	}
	// A playbook with a million actions.
	pb := plan.Playbook{ID: "big", Version: "1", Actions: make([]plan.Action, 1_000_000)}
	if _, err := plan.CompilePlaybook(pb, egov.SerbianCatalog()); !errors.As(err, &le) || le.What != "actions" {
		t.Errorf("actions: %v", err)
	}
	book, _ := plan.CompileDefaultPlaybook()
	_, err := plan.Generate(plan.Request{Playbook: book, Model: maturity.Default(),
		Profile: egov.Profile{Municipality: "x", Date: egov.MustDate(2025, 1, 1)},
		Visit:   egov.Visit{Municipality: "x", Date: egov.MustDate(2025, 1, 1)},
		Options: plan.Options{Start: egov.MustDate(2025, 1, 1), Horizon: plan.MaxHorizon + 1,
			TeamCapacity: decimal.NewFromInt(1), MunicipalityCapacity: decimal.NewFromInt(1)}})
	if !errors.As(err, &le) || le.What != "horizon in weeks" {
		t.Errorf("horizon: %v", err)
	}
}

func TestGoEntryPointsNeverPanic(t *testing.T) {
	huge := decimal.New(1, math.MaxInt32)
	tiny := decimal.New(1, math.MinInt32)
	weird := []string{"", "\xff\xfe", "\x00", strings.Repeat("Љ", 10_000), "ǅǈǋ", "c\u030C\u030C", "\xed\xa0\x80"}
	for _, s := range weird {
		calm(t, "script functions", func() {
			_ = egov.ToCyrillic(s)
			_ = egov.ToLatin(s)
			_ = egov.Fold(s)
			_ = egov.IsKey(s)
			_ = egov.CompareNames(s, "Čačak")
			_, _ = egov.FindPilot(s)
			_, _ = egov.ParseDate(s)
			_, _ = egov.ParseID[egov.Visit](s)
			_, _ = maturity.ParseValue(s)
		})
	}
	calm(t, "dates", func() {
		d := egov.MustDate(2025, 1, 1)
		_ = d.AddDays(math.MaxInt)
		_ = d.AddDays(math.MinInt)
		_ = d.DaysSince(egov.Date{})
		_, _ = egov.NewDate(math.MaxInt, 13, math.MinInt)
	})
	calm(t, "calendars", func() {
		for _, year := range []int{math.MinInt, -1, 0, 1, 9999, 10_000, math.MaxInt} {
			_, _ = egov.OrthodoxEaster(year)
			_, _ = egov.SerbianCalendar().Holidays(year)
		}
		first, last := egov.MustDate(1, 1, 1), egov.MustDate(9999, 12, 31)
		names := egov.HolidayNames{English: "x", Latin: "x"}
		cal, _ := egov.SerbianCalendar().WithHolidays(
			egov.AnnualHoliday{Name: names, FromEaster: true, Offset: -egov.MaxEasterOffset},
			egov.AnnualHoliday{Name: names, FromEaster: true, Offset: egov.MaxEasterOffset},
			egov.AnnualHoliday{Name: names, Month: 12, Day: 31})
		cal, _ = cal.WithDaysOff(egov.DaysOff{Name: names, First: first, Last: last})
		for _, c := range []egov.Calendar{{}, egov.SerbianCalendar(), cal} {
			_, _ = c.WorkingDays(first, last)
			_, _ = c.WorkingDays(last, first)
			_, _ = c.HolidaysIn(first, last)
			_, _ = c.HolidaysIn(last.AddDays(-365), last)
			_, _ = c.Holidays(1)
			_, _ = c.WeekWorkingDays(first)
			_, _ = c.WeekWorkingDays(last)
			_, _ = c.WeekWorkingDays(egov.Date{})
			_ = c.IsWorkingDay(egov.Date{})
			_, _ = c.WithHolidays(egov.AnnualHoliday{Month: math.MaxInt, Day: math.MinInt, Offset: math.MinInt},
				egov.AnnualHoliday{FromEaster: true, Offset: math.MaxInt})
			_, _ = c.WithDaysOff(egov.DaysOff{First: last, Last: first})
		}
	})
	calm(t, "catalogues", func() {
		_, _ = egov.NewCatalog(nil)
		dup := egov.Service{Key: "a", Name: egov.ServiceNames{English: "a", Latin: "a"}, Kind: egov.KindEnabler}
		_, _ = egov.NewCatalog([]egov.Service{dup, dup, {Prerequisites: []egov.Prerequisite{{Service: "a"}, {}}}})
		var nilCat *egov.Catalog
		_, _ = nilCat.Prerequisites("a")
		_, _ = nilCat.DirectPrerequisites("a")
		_, _ = nilCat.MarshalJSON()
	})
	calm(t, "profiles and visits", func() {
		p := egov.Profile{Municipality: "\xff", Stages: map[egov.ServiceKey]egov.AdoptionStage{"": 200},
			Measures: map[egov.Measure]decimal.Decimal{egov.MeasureStaff: huge, egov.MeasureStaffTrained: tiny, "": {}}}
		_ = p.Validate(egov.SerbianCatalog())
		_, _ = json.Marshal(p)
		v := egov.Visit{Priorities: []egov.Priority{{Rank: math.MinInt, Goal: 255}, {Rank: math.MinInt}},
			Findings: []egov.Finding{{Area: 255, Severity: 255}}}
		_ = v.Validate(nil)
		_, _ = json.Marshal(v)
		_ = v.PriorityID(math.MaxInt)
		_, _ = json.Marshal(egov.Municipality{Population: egov.CensusPopulation(math.MinInt, math.MinInt)})
	})
	calm(t, "maturity", func() {
		_, _ = maturity.Compile(maturity.Model{})
		_, _ = maturity.Compile(maturity.Model{Scale: maturity.Scale{Min: huge, Max: tiny},
			Dimensions: []maturity.Dimension{{Weight: huge, Indicators: []maturity.Indicator{{Weight: tiny,
				Rule: maturity.Rule{Kind: 200, Credits: []maturity.StageCredit{{Stage: 200, Credit: huge}}}}}}},
			Bands: []maturity.Band{{From: huge, To: tiny}}, Rounding: maturity.Rounding{Places: math.MaxInt32}})
		_, _ = maturity.Known(huge)
		_, _ = maturity.Known(tiny)
		_, _ = maturity.ValueFromMicro(math.MaxInt64)
		m := maturity.Default()
		var zero maturity.Assessment
		_, _ = m.Score(zero)
		_, _ = m.Totals(zero)
		_, _ = m.WhatIf(zero, nil)
		_, _ = m.GainsIfMet(zero)
		_, _ = m.NewAssessment(nil)
		_, _ = m.AssessValues(nil)
		_ = m.TotalsBatch([]maturity.Assessment{zero}, nil)
		_ = m.TotalsBatch([]maturity.Assessment{zero, zero}, make([]maturity.Totals, 2))
		_, _ = maturity.Compare(nil, nil)
		_, _ = maturity.Rank(nil)
		_, _ = maturity.Rank([]maturity.Entry{{Name: "x"}})
		wild := egov.Profile{Measures: map[egov.Measure]decimal.Decimal{egov.MeasureStaff: huge, egov.MeasureStaffTrained: tiny,
			egov.MeasureCitizenEServices: huge, egov.MeasureEIDOfficers: huge.Neg(), egov.MeasureElectronicCaseShare: huge},
			Stages: map[egov.ServiceKey]egov.AdoptionStage{"ezup": 200, "eid": egov.StageFullyInUse + 1}}
		_ = m.Assess(wild)
		_, _ = m.Range(wild)
		_, _ = m.AskFirst(wild)
		_, _ = m.RangeOf(zero)
		r, _ := m.Score(m.Assess(wild))
		_, _ = maturity.RankWith([]maturity.Entry{{Name: "x", Result: r}}, maturity.RankOptions{MinCoverage: huge})
		_, _ = maturity.RankWith([]maturity.Entry{{Name: "x", Result: r, Range: maturity.Range{}}}, maturity.RankOptions{MinCoverage: tiny})
		_, _ = json.Marshal(zero)
		_ = m.CheckCatalog(nil)
		_, _ = json.Marshal(maturity.Model{Scale: maturity.Scale{Min: huge}})
	})
	calm(t, "plan", func() {
		book, _ := plan.CompileDefaultPlaybook()
		_, _ = plan.CompilePlaybook(plan.Playbook{Actions: []plan.Action{{Effort: huge, Kind: 200, Owner: 200, Audience: 200,
			Effect: plan.Effect{Stage: 200, Measure: "x", AtLeast: tiny}, NeededBelow: 200, Prerequisites: []string{"", ""}}}}, nil)
		_, _ = plan.Generate(plan.Request{})
		_, _ = plan.Generate(plan.Request{Playbook: book, Model: maturity.Default(),
			Options: plan.Options{Horizon: math.MinInt, TeamCapacity: huge, MunicipalityCapacity: tiny, PartnerCapacity: huge}})
		_, _ = plan.SchedulePortfolio(nil, plan.PortfolioOptions{})
		_, _ = plan.SchedulePortfolio([]*plan.Plan{nil, nil}, plan.PortfolioOptions{Horizon: math.MaxInt})
		id := egov.DeriveID[plan.Step]("s")
		loop := &plan.Plan{Municipality: "x", Options: plan.Options{MunicipalityCapacity: decimal.NewFromInt(1)},
			Steps: []plan.Step{{ID: id, Owner: plan.OwnerTeam, Effort: decimal.NewFromInt(1), DependsOn: []plan.StepID{id}}}}
		_, _ = plan.SchedulePortfolio([]*plan.Plan{loop, loop}, plan.PortfolioOptions{Start: egov.MustDate(2025, 1, 1),
			Horizon: 10, TeamCapacity: decimal.NewFromInt(1)})
		_, _ = plan.Replan(nil, nil, plan.Progress{})
		_, _ = plan.Replan(loop, maturity.Default(), plan.Progress{From: egov.MustDate(2025, 1, 1)})
		_, _ = json.Marshal(loop)
		_, _ = json.Marshal(plan.Playbook{Actions: []plan.Action{{Effort: huge}}})
	})
}

func TestDuplicateIDsAreRejected(t *testing.T) {
	id := egov.DeriveID[plan.Step]("dup")
	p := &plan.Plan{Municipality: "x", Options: plan.Options{MunicipalityCapacity: decimal.NewFromInt(1)},
		Steps: []plan.Step{
			{ID: id, Owner: plan.OwnerTeam, Effort: decimal.NewFromInt(1)},
			{ID: id, Owner: plan.OwnerTeam, Effort: decimal.NewFromInt(1), Position: 1},
		}}
	_, err := plan.SchedulePortfolio([]*plan.Plan{p}, plan.PortfolioOptions{Start: egov.MustDate(2025, 1, 1),
		Horizon: 10, TeamCapacity: decimal.NewFromInt(1)})
	if err == nil {
		t.Error("a plan with two steps of one ID was scheduled")
	}
	_, err = plan.SchedulePortfolio([]*plan.Plan{{Municipality: "x"}, {Municipality: "x"}}, plan.PortfolioOptions{
		Start: egov.MustDate(2025, 1, 1), Horizon: 10, TeamCapacity: decimal.NewFromInt(1)})
	if err == nil {
		t.Error("two plans of one municipality were scheduled")
	}
}
