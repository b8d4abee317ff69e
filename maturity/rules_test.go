package maturity_test

import (
	"testing"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/maturity"
)

func TestAssessReadsEveryRuleKind(t *testing.T) {
	m := maturity.Model{ID: "rules", Version: "1", Scale: maturity.Scale{Min: d("0"), Max: d("1")},
		Dimensions: []maturity.Dimension{{Key: "all", Weight: d("1"), Indicators: []maturity.Indicator{
			{Key: "stage", Weight: d("1"), Rule: maturity.StageRule("pisarnica", d("0"), d("0.1"), d("0.3"), d("0.6"), d("1"))},
			{Key: "yes-no", Weight: d("1"), Rule: maturity.Rule{Kind: maturity.RuleYesNo, Service: "eid", MinStage: egov.StagePiloting}},
			{Key: "ratio", Weight: d("1"), Rule: maturity.Rule{Kind: maturity.RuleRatio, Numerator: egov.MeasureStaffTrained, Denominator: egov.MeasureStaff}},
			{Key: "count", Weight: d("1"), Rule: maturity.Rule{Kind: maturity.RuleCount, Measure: egov.MeasureCitizenEServices, Target: d("3")}},
			{Key: "given", Weight: d("1")},
		}}},
		Bands: []maturity.Band{{Key: "all", From: d("0"), To: d("1")}},
	}
	c := maturity.MustCompile(m)
	profile := func(stages map[egov.ServiceKey]egov.AdoptionStage, measures map[egov.Measure]string) egov.Profile {
		p := egov.Profile{Municipality: "x", Date: egov.MustDate(2025, 1, 1), Stages: stages}
		for k, v := range measures {
			p = p.WithMeasure(k, decimal.RequireFromString(v))
		}
		return p
	}
	cases := []struct {
		name    string
		profile egov.Profile
		want    map[string]string
	}{
		{"nothing recorded", profile(nil, nil), map[string]string{
			"stage": "unknown", "yes-no": "unknown", "ratio": "unknown", "count": "unknown", "given": "unknown"}},
		{"stages", profile(map[egov.ServiceKey]egov.AdoptionStage{"pisarnica": egov.StagePartlyInUse, "eid": egov.StagePlanned}, nil),
			map[string]string{"stage": "0.6", "yes-no": "0"}},
		{"at the minimum stage", profile(map[egov.ServiceKey]egov.AdoptionStage{"pisarnica": egov.StageNotStarted, "eid": egov.StagePiloting}, nil),
			map[string]string{"stage": "0", "yes-no": "1"}},
		{"ratio rounds half up to six places", profile(nil, map[egov.Measure]string{"staff": "3", "staff-trained": "2", "eservices-for-citizens": "1"}),
			map[string]string{"ratio": "0.666667", "count": "0.333333"}},
		{"ratio over zero is not applicable, count capped", profile(nil, map[egov.Measure]string{"staff": "0", "staff-trained": "0", "eservices-for-citizens": "7"}),
			map[string]string{"ratio": "not-applicable", "count": "1"}},
		{"negative measures are unknown", profile(nil, map[egov.Measure]string{"staff": "-3", "staff-trained": "1", "eservices-for-citizens": "-1"}),
			map[string]string{"ratio": "unknown", "count": "unknown"}},
	}
	for _, tc := range cases {
		a := c.Assess(tc.profile)
		for k, want := range tc.want {
			v, ok := a.Value(k)
			if !ok || v.String() != want {
				t.Errorf("%s: %s = %s, want %s", tc.name, k, v, want)
			}
		}
	}
}

func TestValues(t *testing.T) {
	for _, s := range []string{"0", "1", "0.5", "0.123456", "unknown", "not-applicable"} {
		v, err := maturity.ParseValue(s)
		if err != nil || v.String() != s {
			t.Errorf("ParseValue(%q) = %v, %v", s, v, err)
		}
	}
	for _, s := range []string{"", "1.1", "-0", "-0.1", "0.1234567", "1e-3", "n/a", "Unknown"} {
		if v, err := maturity.ParseValue(s); err == nil && s != "-0" {
			t.Errorf("ParseValue(%q) = %v", s, v)
		}
	}
	var zero maturity.Value
	if zero != maturity.Unknown() || zero.State() != maturity.StateUnknown {
		t.Error("the zero Value is not unknown")
	}
	if _, err := maturity.ValueFromMicro(1_000_001); err == nil {
		t.Error("ValueFromMicro accepted more than one")
	}
	if _, err := maturity.Known(d("0.0000001")); err == nil {
		t.Error("Known accepted seven places")
	}
}

func TestAssessmentErrors(t *testing.T) {
	c := maturity.Default()
	_, err := c.NewAssessment(map[string]maturity.Value{"nope": maturity.Unknown(), "Bad Key": maturity.Unknown(), "ezup": maturity.MustValue("1")})
	if got := problemTexts(err); len(got) != 2 {
		t.Errorf("got %q", got)
	}
	if _, err := c.AssessValues(make([]maturity.Value, 3)); err == nil {
		t.Error("AssessValues accepted the wrong count")
	}
	var zero maturity.Assessment
	if _, err := c.Score(zero); err == nil {
		t.Error("scored the zero Assessment")
	}
	if _, err := zero.With("ezup", maturity.Unknown()); err == nil {
		t.Error("With on the zero Assessment")
	}
	other := maturity.Default()
	a := other.Assess(egov.Profile{})
	var mm *maturity.MismatchError
	if _, err := c.Score(a); err == nil || !asMismatch(err, &mm) {
		t.Errorf("scored another compiled model's assessment: %v", err)
	}
	before := c.Assess(egov.Profile{})
	after, err := before.With("ezup", maturity.MustValue("1"))
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := before.Value("ezup"); v != maturity.Unknown() {
		t.Error("With changed its receiver")
	}
	if v, _ := after.Value("ezup"); v.String() != "1" {
		t.Error("With lost the change")
	}
}
