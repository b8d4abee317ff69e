package maturity_test

import (
	"errors"
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/maturity"
)

var d = decimal.RequireFromString

func TestValidateReportsEveryProblem(t *testing.T) {
	m := maturity.Model{
		ID:    "Bad ID",
		Scale: maturity.Scale{Min: d("0"), Max: d("1")},
		Dimensions: []maturity.Dimension{
			{Key: "a", Weight: d("0"), Indicators: []maturity.Indicator{
				{Key: "x", Weight: d("1.00001")},
				{Key: "x", Weight: d("-1"), Rule: maturity.Rule{Kind: maturity.RuleRatio, Numerator: "staff", Denominator: "staff"}},
				{Key: "y", Weight: d("1"), Rule: maturity.StageRule("pisarnica", d("0"), d("0.5"), d("0.4"), d("1.5"))},
				{Key: "z", Weight: d("1"), Rule: maturity.Rule{Kind: maturity.RuleCount, Measure: "staf", Target: d("0")}},
			}},
			{Key: "a", Weight: d("1")},
		},
		Bands: []maturity.Band{
			{Key: "low", From: d("0"), To: d("0.4")},
			{Key: "high", From: d("0.5"), To: d("0.9")},
		},
		Levels:   []maturity.Level{{Key: "one", Requires: []maturity.Requirement{{Indicator: "nope", AtLeast: d("2")}}}},
		Rounding: maturity.Rounding{Places: 9},
	}
	err := m.Validate()
	var ve *egov.ValidationError
	if !errors.As(err, &ve) || ve.Subject != "model" {
		t.Fatalf("err = %v", err)
	}
	want := []string{
		`id: model ID "Bad ID" is not lower-case ASCII words joined by hyphens`,
		`version: missing version`,
		`dimensions[0].weight: weight 0 is not positive`,
		`dimensions[0].indicators[0].weight: 1.00001 has 5 decimal places, more than 4`,
		`dimensions[0].indicators[1].key: duplicate indicator key "x", first at dimensions[0].indicators[0]`,
		`dimensions[0].indicators[1].weight: weight -1 is not positive`,
		`dimensions[0].indicators[1].rule.denominator: a ratio of staff to itself`,
		`dimensions[0].indicators[2].rule.credits[3].credit: 1.5 is outside 0…1`,
		`dimensions[0].indicators[2].rule.credits[2].credit: credit 0.4 for piloting is below the 0.5 for the earlier stage planned`,
		`dimensions[0].indicators[2].rule.credits: no credit for stage fully-in-use`,
		`dimensions[0].indicators[3].rule.measure: unknown measure "staf"`,
		`dimensions[0].indicators[3].rule.target: target 0 is not positive`,
		`dimensions[1].key: duplicate key "a", first at dimensions[0]`,
		`dimensions[1].indicators: dimension "a" has no indicators`,
		`bands[1].from: gap between 0.4 and 0.5: no band covers it`,
		`bands[1].to: the last band ends at 0.9, not at the scale maximum 1`,
		`levels[0].requires[0].indicator: unknown indicator "nope"`,
		`levels[0].requires[0].at_least: 2 is outside 0…1`,
		`rounding.places: places 9 outside 0…6`,
	}
	var got []string
	for _, p := range ve.Problems {
		got = append(got, p.Error())
	}
	if !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if _, err := maturity.Compile(m); err == nil {
		t.Error("Compile accepted an invalid model")
	}
}

func TestValidateBandsOverlapAndScale(t *testing.T) {
	m := maturity.LSGModel()
	m.Bands[1].From = d("20")
	m.Scale.Min = d("-1")
	got := problemTexts(m.Validate())
	want := []string{"scale.min: scale minimum -1 is negative"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q", got)
	}
	m = maturity.LSGModel()
	m.Bands[1].From = d("20")
	got = problemTexts(m.Validate())
	want = []string{`bands[1].from: band "middle" starts at 20, overlapping the band before, which ends at 25`}
	if !slices.Equal(got, want) {
		t.Errorf("got %q", got)
	}
}

func TestModelLimits(t *testing.T) {
	ind := make([]maturity.Indicator, maturity.MaxIndicators+1)
	for i := range ind {
		ind[i] = maturity.Indicator{Key: "i", Weight: d("1")}
	}
	m := maturity.LSGModel()
	m.Dimensions = []maturity.Dimension{{Key: "a", Weight: d("1"), Indicators: ind}}
	got := problemTexts(m.Validate())
	if len(got) != 1 || !strings.Contains(got[0], "more than the limit of 10000") {
		t.Errorf("got %q", got)
	}
}

func problemTexts(err error) []string {
	var out []string
	for _, p := range egov.Problems(err) {
		out = append(out, p.Error())
	}
	return out
}

func TestLSGModel(t *testing.T) {
	c := maturity.Default()
	if c.ID() != "lsg-dmi" || c.Version() != "1.1.0" {
		t.Fatalf("default model %s %s", c.ID(), c.Version())
	}
	if err := c.CheckCatalog(egov.SerbianCatalog()); err != nil {
		t.Fatal(err)
	}
	// Every service of the built-in catalogue and every measure is read.
	read := map[string]bool{}
	m := c.Model()
	for _, dim := range m.Dimensions {
		for _, ind := range dim.Indicators {
			r := ind.Rule
			for _, s := range []string{string(r.Service), string(r.Numerator), string(r.Denominator), string(r.Measure)} {
				read[s] = true
			}
		}
	}
	for _, k := range egov.SerbianCatalog().Keys() {
		if !read[string(k)] {
			t.Errorf("no indicator reads service %s", k)
		}
	}
	for _, ms := range egov.Measures() {
		if !read[string(ms)] {
			t.Errorf("no indicator reads measure %s", ms)
		}
	}
	if len(m.Levels) != 5 || len(m.Bands) != 4 {
		t.Errorf("%d levels, %d bands", len(m.Levels), len(m.Bands))
	}
	other := egov.MustNewCatalog([]egov.Service{{Key: "eid", Kind: egov.KindEnabler, Name: egov.ServiceNames{English: "e", Latin: "e"}}})
	if err := c.CheckCatalog(other); err == nil || len(egov.Problems(err)) != 15 {
		t.Errorf("CheckCatalog against a one-service catalogue: %v", err)
	}
}

func TestCompileCopiesTheModel(t *testing.T) {
	m := maturity.LSGModel()
	c := maturity.MustCompile(m)
	m.Dimensions[0].Indicators[0].Key = "changed"
	m.Bands[0].Key = "changed"
	if c.Model().Dimensions[0].Indicators[0].Key == "changed" || c.Model().Bands[0].Key == "changed" {
		t.Fatal("compiled model shares memory with its input")
	}
	got := c.Model()
	got.Levels[0].Requires[0].Indicator = "changed"
	if c.Model().Levels[0].Requires[0].Indicator == "changed" {
		t.Fatal("Model() returns shared memory")
	}
}

func TestMustCompilePanicsOnABadLiteral(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("no panic")
		}
	}()
	maturity.MustCompile(maturity.Model{})
}

func asMismatch(err error, target **maturity.MismatchError) bool { return errors.As(err, target) }

func asNoScore(err error, target **maturity.NoScoreError) bool { return errors.As(err, target) }

// TestCompileIgnoresFieldsOfOtherKinds: fields a rule's kind does not read
// are left alone; a credit for stage 200 on a yes-no rule once panicked
// with index out of range, and a credit with an exponent of -2147483648 on
// a given rule hung Compile.
func TestCompileIgnoresFieldsOfOtherKinds(t *testing.T) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer func() {
			if p := recover(); p != nil {
				t.Errorf("Compile panics: %v", p)
			}
		}()
		m := maturity.LSGModel()
		eid := &m.Dimensions[0].Indicators[1].Rule // yes-no
		eid.Credits = []maturity.StageCredit{{Stage: egov.AdoptionStage(200), Credit: d("1")}}
		m.Dimensions[5].Indicators = append(m.Dimensions[5].Indicators, maturity.Indicator{Key: "given", Weight: d("1"),
			Rule: maturity.Rule{Credits: []maturity.StageCredit{{Stage: egov.StagePlanned, Credit: decimal.New(1, math.MinInt32)}},
				Target: decimal.New(7, math.MaxInt32)}})
		c, err := maturity.Compile(m)
		if err != nil {
			t.Errorf("Compile: %v", err)
			return
		}
		a := c.Assess(someProfile())
		if _, err := c.Score(a); err != nil {
			t.Error(err)
		}
		if v, _ := a.Value("given"); v != maturity.Unknown() {
			t.Errorf("a given rule read %s", v)
		}
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("Compile of a model with a hostile unused credit takes more than ten seconds")
	}
}
