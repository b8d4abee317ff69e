package egov_test

import (
	"errors"
	"reflect"
	"slices"
	"testing"

	"github.com/shopspring/decimal"
	"pgregory.net/rapid"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/gen"
)

func TestVisitValidateReportsEveryProblem(t *testing.T) {
	v := egov.Visit{
		Municipality: "Čačak",
		Team:         []string{"mentor", " "},
		Findings: []egov.Finding{
			{Observation: "", Service: "pisarnica"},
			{Observation: "no area", Severity: 7},
		},
		Priorities: []egov.Priority{
			{Rank: 1, Goal: egov.GoalAdoptFully, Service: "pisarnica"},
			{Rank: 1, Goal: egov.GoalPromote},
			{Rank: 0, Goal: egov.GoalExchangeData, Service: "ezupp"},
			{Rank: 4, Goal: egov.GoalIntroduce},
			{Rank: 5},
		},
	}
	err := v.Validate(egov.SerbianCatalog())
	var ve *egov.ValidationError
	if !errors.As(err, &ve) || ve.Subject != "visit" {
		t.Fatalf("err = %v", err)
	}
	want := []string{
		`municipality: municipality key "Čačak" is not lower-case ASCII words joined by hyphens; did you mean "cacak"?`,
		`date: missing date`,
		`team[1]: empty team entry`,
		`findings[0].observation: finding has no observation`,
		`findings[1]: finding names neither a service nor an area`,
		`findings[1].severity: severity Severity(7) out of range`,
		`priorities[1].rank: rank 1 already given to priorities[0]`,
		`priorities[2].rank: rank 0 is not positive`,
		`priorities[2].service: unknown service "ezupp"; did you mean "ezup"?`,
		`priorities[3].service: goal introduce needs a service`,
		`priorities[4].goal: missing goal`,
	}
	if got := problemTexts(err); !slices.Equal(got, want) {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
	if ve.Problems[8].Value != "ezupp" {
		t.Errorf("value of the unknown service: %q", ve.Problems[8].Value)
	}
}

func TestProfileValidateReportsEveryProblem(t *testing.T) {
	p := egov.Profile{
		Municipality: "cacak",
		Date:         egov.MustDate(2025, 11, 20),
		Stages:       map[egov.ServiceKey]egov.AdoptionStage{"pisarnica": egov.StagePartlyInUse, "nope": 1, "eid": 42},
		Measures: map[egov.Measure]decimal.Decimal{
			egov.MeasureStaff:               decimal.NewFromInt(10),
			egov.MeasureStaffTrained:        decimal.NewFromInt(12),
			egov.MeasureEIDOfficers:         decimal.RequireFromString("1.5"),
			egov.MeasureElectronicCaseShare: decimal.RequireFromString("1.2"),
			egov.MeasureCitizenEServices:    decimal.NewFromInt(-3),
			"staf":                          decimal.NewFromInt(1),
			egov.MeasureRegisteredECitizens: decimal.New(1, 50),
		},
	}
	want := []string{
		`stages.eid: stage AdoptionStage(42) out of range`,
		`stages.nope: unknown service "nope"`,
		`measures.cases-handled-electronically: share 1.2 is more than 1`,
		`measures.eid-registration-officers: 1.5 is not a whole number`,
		`measures.eservices-for-citizens: -3 is negative`,
		`measures.registered-ecitizens: number has 51 digits, more than 30`,
		`measures.staf: unknown measure "staf"; did you mean "staff"?`,
		`measures.staff-trained: staff-trained 12 is more than staff 10`,
	}
	if got := problemTexts(p.Validate(egov.SerbianCatalog())); !slices.Equal(got, want) {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
	if got := problemTexts(egov.Profile{}.Validate(nil)); !slices.Equal(got, []string{"municipality: missing municipality", "date: missing date"}) {
		t.Errorf("empty profile: %q", got)
	}
}

func TestProfileUnknownIsNotZero(t *testing.T) {
	var p egov.Profile
	if p.Stage("eid") != egov.StageUnknown {
		t.Error("a missing service is not unknown")
	}
	if _, ok := p.Measure(egov.MeasureStaff); ok {
		t.Error("a missing measure is known")
	}
	q := p.WithStage("eid", egov.StageFullyInUse).WithMeasure(egov.MeasureStaff, decimal.NewFromInt(3))
	if p.Stages != nil || p.Measures != nil {
		t.Error("With… changed its receiver")
	}
	if q.Stage("eid") != egov.StageFullyInUse {
		t.Error("WithStage lost the stage")
	}
}

func TestGeneratedValuesAreValid(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		cat := gen.Catalog().Draw(t, "catalogue")
		if err := gen.Profile(cat).Draw(t, "profile").Validate(cat); err != nil {
			t.Fatal(err)
		}
		if err := gen.Visit(cat).Draw(t, "visit").Validate(cat); err != nil {
			t.Fatal(err)
		}
	})
}

// anyVisit draws visits that are mostly invalid: any strings, enums out of
// range, any ranks.
func anyVisit(t *rapid.T) egov.Visit {
	str := rapid.OneOf(rapid.String(), rapid.SampledFrom([]string{"", "eid", "cacak", "ezupp"}))
	v := egov.Visit{
		Municipality: str.Draw(t, "municipality"),
		Team:         rapid.SliceOfN(str, 0, 3).Draw(t, "team"),
	}
	if rapid.Bool().Draw(t, "dated") {
		v.Date = gen.Date().Draw(t, "date")
	}
	for i, n := 0, rapid.IntRange(0, 4).Draw(t, "findings"); i < n; i++ {
		v.Findings = append(v.Findings, egov.Finding{
			Observation: str.Draw(t, "observation"),
			Service:     egov.ServiceKey(str.Draw(t, "service")),
			Area:        egov.Area(rapid.Uint8().Draw(t, "area")),
			Severity:    egov.Severity(rapid.Uint8().Draw(t, "severity")),
		})
	}
	for i, n := 0, rapid.IntRange(0, 5).Draw(t, "priorities"); i < n; i++ {
		v.Priorities = append(v.Priorities, egov.Priority{
			Rank:    rapid.IntRange(-2, 4).Draw(t, "rank"),
			Goal:    egov.GoalKind(rapid.Uint8().Draw(t, "goal")),
			Service: egov.ServiceKey(str.Draw(t, "service")),
		})
	}
	return v
}

func anyProfile(t *rapid.T) egov.Profile {
	str := rapid.OneOf(rapid.String(), rapid.SampledFrom([]string{"", "eid", "staff", "staff-trained"}))
	p := egov.Profile{Municipality: str.Draw(t, "municipality")}
	if rapid.Bool().Draw(t, "dated") {
		p.Date = gen.Date().Draw(t, "date")
	}
	for i, n := 0, rapid.IntRange(0, 4).Draw(t, "stages"); i < n; i++ {
		if p.Stages == nil {
			p.Stages = map[egov.ServiceKey]egov.AdoptionStage{}
		}
		p.Stages[egov.ServiceKey(str.Draw(t, "service"))] = egov.AdoptionStage(rapid.Uint8().Draw(t, "stage"))
	}
	for i, n := 0, rapid.IntRange(0, 4).Draw(t, "measures"); i < n; i++ {
		if p.Measures == nil {
			p.Measures = map[egov.Measure]decimal.Decimal{}
		}
		m := egov.Measure(rapid.OneOf(str, rapid.SampledFrom([]string{"staff", "staff-trained", "cases-handled-electronically"})).Draw(t, "measure"))
		p.Measures[m] = decimal.New(rapid.Int64().Draw(t, "coef"), rapid.Int32Range(-60, 60).Draw(t, "exp"))
	}
	return p
}

func TestValidationNeverPanicsNorChangesItsInput(t *testing.T) {
	cat := egov.SerbianCatalog()
	rapid.Check(t, func(t *rapid.T) {
		v := anyVisit(t)
		before := v.Clone()
		for _, c := range []*egov.Catalog{cat, nil} {
			_ = v.Validate(c)
		}
		if !reflect.DeepEqual(v, before) {
			t.Fatalf("Validate changed the visit")
		}
		p := anyProfile(t)
		pBefore := p.Clone()
		for _, c := range []*egov.Catalog{cat, nil} {
			_ = p.Validate(c)
		}
		if !reflect.DeepEqual(p, pBefore) {
			t.Fatalf("Validate changed the profile")
		}
	})
}

func TestEnumsText(t *testing.T) {
	type textEnum interface {
		String() string
		MarshalText() ([]byte, error)
	}
	check := func(name string, v textEnum, wantZero string) {
		b, err := v.MarshalText()
		if err != nil || string(b) != wantZero || v.String() != wantZero {
			t.Errorf("%s zero: %q, %v, String %q", name, b, err, v.String())
		}
	}
	check("AdoptionStage", egov.StageUnknown, "unknown")
	check("Status", egov.StatusUnknown, "unknown")
	check("ServiceKind", egov.ServiceKindUnspecified, "unspecified")
	check("Audience", egov.AudienceUnspecified, "unspecified")
	check("Severity", egov.SeverityUnrated, "unrated")
	check("Area", egov.AreaUnspecified, "unspecified")
	check("GoalKind", egov.GoalUnspecified, "unspecified")
	check("Script", egov.Latin, "latin")
	check("HolidayKind", egov.HolidayKindUnspecified, "unspecified")

	for _, g := range egov.GoalKinds() {
		var back egov.GoalKind
		b, _ := g.MarshalText()
		if err := back.UnmarshalText(b); err != nil || back != g {
			t.Errorf("goal %s does not round-trip", g)
		}
	}
	names := []string{"introduce", "adopt-fully", "expand-use", "train", "promote", "improve-communication",
		"host-securely", "exchange-data", "expand-services"}
	for i, g := range egov.GoalKinds() {
		if g.String() != names[i] {
			t.Errorf("goal %d is %q, docs/design.md lists %q", i, g, names[i])
		}
	}
	if _, err := egov.AdoptionStage(99).MarshalText(); err == nil {
		t.Error("stage 99 marshals")
	}
	var s egov.AdoptionStage
	if err := s.UnmarshalText([]byte("Partly-In-Use")); err == nil {
		t.Error("names are case-sensitive")
	}
}

func TestNewCatalogNeverPanicsNorChangesItsInput(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		str := rapid.OneOf(rapid.String(), rapid.SampledFrom([]string{"", "a", "b", "c"}))
		var services []egov.Service
		for i, n := 0, rapid.IntRange(0, 6).Draw(t, "n"); i < n; i++ {
			s := egov.Service{
				Key:      egov.ServiceKey(str.Draw(t, "key")),
				Name:     egov.ServiceNames{English: str.Draw(t, "en"), Latin: str.Draw(t, "latin")},
				Kind:     egov.ServiceKind(rapid.Uint8().Draw(t, "kind")),
				Audience: egov.Audience(rapid.Uint8().Draw(t, "audience")),
			}
			for j, m := 0, rapid.IntRange(0, 3).Draw(t, "prereqs"); j < m; j++ {
				s.Prerequisites = append(s.Prerequisites, egov.Prerequisite{Service: egov.ServiceKey(str.Draw(t, "prereq"))})
			}
			services = append(services, s)
		}
		before := cloneServices(services)
		c, err := egov.NewCatalog(services)
		if (c == nil) == (err == nil) {
			t.Fatalf("catalogue %v and error %v", c, err)
		}
		if !equalServices(services, before) {
			t.Fatal("input changed")
		}
	})
}

func TestMeasureKinds(t *testing.T) {
	for _, m := range egov.Measures() {
		if !m.IsDefined() {
			t.Errorf("%s is not defined", m)
		}
	}
	if egov.Measure("staf").IsDefined() {
		t.Error("staf is defined")
	}
	var k egov.MeasureKind
	if err := k.UnmarshalText([]byte("share")); err != nil || k != egov.MeasureKindShare {
		t.Errorf("UnmarshalText(share) = %v, %v", k, err)
	}
	if b, _ := egov.MeasureKindUndefined.MarshalText(); string(b) != "undefined" {
		t.Errorf("zero MeasureKind is %q", b)
	}
}
