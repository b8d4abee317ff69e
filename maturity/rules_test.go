package maturity_test

import (
	"slices"
	"strings"
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
	newer := maturity.LSGModel()
	newer.Version = "1.2.0"
	a := maturity.MustCompile(newer).Assess(egov.Profile{})
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

// TestHugeMeasuresCapAtOne: a count or ratio whose quotient does not fit in
// a machine integer is still capped at 1. 2305843009213693951 registered
// eCitizens against a target of 1000 once scored 1229782.84 on the 0–100
// scale, and …953 gave 0.001 instead of 1.
func TestHugeMeasuresCapAtOne(t *testing.T) {
	c := maturity.Default()
	bare := egov.Profile{Municipality: "x", Date: egov.MustDate(2025, 1, 1)}
	withPisarnica := bare
	withPisarnica.Stages = map[egov.ServiceKey]egov.AdoptionStage{"pisarnica": egov.StageFullyInUse}
	for _, base := range []egov.Profile{bare, withPisarnica} {
		want, err := c.Score(c.Assess(base.WithMeasure(egov.MeasureRegisteredECitizens, d("1000"))))
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range []string{"2305843009213693951", "2305843009213693953", "9223372036854775807000",
			"999999999999999999999999999999"} {
			p := base.WithMeasure(egov.MeasureRegisteredECitizens, d(n))
			if err := p.Validate(nil); err != nil {
				t.Fatalf("%s: the profile is invalid: %v", n, err)
			}
			a := c.Assess(p)
			if v, _ := a.Value("registered-ecitizens"); v.String() != "1" {
				t.Errorf("%s registered eCitizens against a target of 1000 read as %s, want 1", n, v)
			}
			r, err := c.Score(a)
			if err != nil {
				t.Fatal(err)
			}
			if r.Exact().Cmp(want.Exact()) != 0 || r.Coverage().Cmp(want.Coverage()) != 0 {
				t.Errorf("%s registered eCitizens: score %s coverage %s, want %s and %s", n,
					r.Score().StringFixed(2), r.Coverage(), want.Score().StringFixed(2), want.Coverage())
			}
		}
	}
	if r, _ := c.Score(c.Assess(bare.WithMeasure(egov.MeasureRegisteredECitizens, d("2305843009213693951")))); r.Score().StringFixed(2) != "100.00" {
		t.Errorf("only 2305843009213693951 registered eCitizens known: score %s, want 100.00", r.Score().StringFixed(2))
	}
	// A ratio of two huge counts, far apart.
	p := withPisarnica.WithMeasure(egov.MeasureStaff, d("1")).WithMeasure(egov.MeasureStaffTrained, d("2305843009213693951"))
	if v, _ := c.Assess(p).Value("staff-trained-share"); v.String() != "1" {
		t.Errorf("a share of 2305843009213693951 to 1 read as %s, want 1", v)
	}
}

// TestRulesRoundAsTheModelSays: a quotient with more than six places is
// rounded with the model's rounding mode, once.
func TestRulesRoundAsTheModelSays(t *testing.T) {
	model := func(mode maturity.RoundingMode) *maturity.Compiled {
		return maturity.MustCompile(maturity.Model{ID: "ties", Version: "1", Scale: maturity.Scale{Min: d("0"), Max: d("1")},
			Dimensions: []maturity.Dimension{{Key: "all", Weight: d("1"), Indicators: []maturity.Indicator{
				{Key: "ratio", Weight: d("1"), Rule: maturity.Rule{Kind: maturity.RuleRatio, Numerator: egov.MeasureStaffTrained, Denominator: egov.MeasureStaff}},
				{Key: "count", Weight: d("1"), Rule: maturity.Rule{Kind: maturity.RuleCount, Measure: egov.MeasureCitizenEServices, Target: d("2000000")}},
			}}},
			Bands:    []maturity.Band{{Key: "all", From: d("0"), To: d("1")}},
			Rounding: maturity.Rounding{Places: 2, Mode: mode}})
	}
	cases := []struct {
		measure          string // over 2,000,000
		halfUp, halfEven string
	}{
		{"1", "0.000001", "0"},              // 0.0000005
		{"3", "0.000002", "0.000002"},       // 0.0000015
		{"5", "0.000003", "0.000002"},       // 0.0000025
		{"7", "0.000004", "0.000004"},       // 0.0000035
		{"1999999", "1", "1"},               // 0.9999995
		{"1999997", "0.999999", "0.999998"}, // 0.9999985
		{"4", "0.000002", "0.000002"},       // exact
		{"2000001", "1", "1"},               // capped
		{"1000001", "0.500001", "0.5"},      // 0.5000005
		{"250001", "0.125001", "0.125"},     // 0.1250005
		{"250003", "0.125002", "0.125002"},  // 0.1250015
		{"1333333", "0.666667", "0.666666"}, // 0.6666665
		{"666667", "0.333334", "0.333334"},  // 0.3333335 rounds to even 4
		{"1666667", "0.833334", "0.833334"}, // 0.8333335
		{"1666665", "0.833333", "0.833332"}, // 0.8333325
	}
	for _, mode := range []maturity.RoundingMode{maturity.HalfUp, maturity.HalfEven} {
		c := model(mode)
		for _, tc := range cases {
			p := egov.Profile{Municipality: "x", Date: egov.MustDate(2025, 1, 1)}.
				WithMeasure(egov.MeasureStaff, d("2000000")).WithMeasure(egov.MeasureStaffTrained, d(tc.measure)).
				WithMeasure(egov.MeasureCitizenEServices, d(tc.measure))
			a := c.Assess(p)
			want := tc.halfUp
			if mode == maturity.HalfEven {
				want = tc.halfEven
			}
			for _, key := range []string{"ratio", "count"} {
				if v, _ := a.Value(key); v.String() != want {
					t.Errorf("%s: %s of %s to 2000000 read as %s, want %s", mode, key, tc.measure, v, want)
				}
			}
		}
	}
}

// TestValuePathsHaveOneForm: a key is written one way in every problem
// path, whichever entry point or step found the problem, and an unknown key
// close to an indicator's gets a suggestion.
func TestValuePathsHaveOneForm(t *testing.T) {
	c := maturity.Default()
	a := c.Assess(someProfile())
	changes := map[string]maturity.Value{"ePisarnica": maturity.MustValue("1"), "pisarnica-stage": maturity.MustValue("1"),
		"odd key": maturity.Unknown(), "pisarnika": maturity.Unknown()}
	want := []string{
		`values["ePisarnica"]: model lsg-dmi 1.1.0 has no indicator "ePisarnica"; did you mean "episarnica"?`,
		`values["odd key"]: model lsg-dmi 1.1.0 has no indicator "odd key"`,
		`values.pisarnica-stage: model lsg-dmi 1.1.0 has no indicator "pisarnica-stage"`,
		`values.pisarnika: model lsg-dmi 1.1.0 has no indicator "pisarnika"; did you mean "pisarnica"?`,
	}
	_, err1 := c.WhatIf(a, changes)
	_, err2 := c.NewAssessment(changes)
	_, err3 := a.WithValues(changes)
	for i, err := range []error{err1, err2, err3} {
		if got := problemTexts(err); !slices.Equal(got, want) {
			t.Errorf("call %d: got %q\nwant %q", i, got, want)
		}
	}
	// Decoding writes a bad value's key as validation writes an unknown one.
	doc := `{"format":"egovkit.assessment/1","model":"lsg-dmi","version":"1.1.0","values":{"ePisarnica":"1.5"}}`
	_, err := c.DecodeAssessment([]byte(doc))
	if got := problemTexts(err); len(got) != 1 || !strings.HasPrefix(got[0], `values["ePisarnica"]: `) {
		t.Errorf("decoding: %q", got)
	}
	doc = `{"format":"egovkit.assessment/1","model":"lsg-dmi","version":"1.1.0","values":{"ePisarnica":"1"}}`
	_, err = c.DecodeAssessment([]byte(doc))
	if got := problemTexts(err); len(got) != 1 || !strings.HasPrefix(got[0], `values["ePisarnica"]: `) {
		t.Errorf("decoding: %q", got)
	}
}

func TestMaxWeightPlaceIsKept(t *testing.T) {
	if maturity.MaxWeightPlace != maturity.MaxWeightPlaces || maturity.MaxWeightPlaces != 4 {
		t.Error("the deprecated MaxWeightPlace differs from MaxWeightPlaces")
	}
}
