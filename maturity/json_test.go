package maturity_test

import (
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/gen"
	"github.com/digitaldistrict/egovkit/maturity"
)

func TestModelJSONRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		m := gen.Model().Draw(t, "model")
		checkModelRoundTrip(t, m)
	})
	checkModelRoundTrip(t, maturity.LSGModel())
}

type fataler interface {
	Fatalf(string, ...any)
}

func checkModelRoundTrip(t fataler, m maturity.Model) {
	data, err := json.Marshal(m)
	if err != nil {
		t.Fatalf("%v", err)
	}
	back, err := maturity.DecodeModel(data)
	if err != nil {
		t.Fatalf("%v\n%s", err, data)
	}
	again, _ := json.Marshal(back)
	if string(again) != string(data) {
		t.Fatalf("round trip changed the document:\n%s\n%s", data, again)
	}
	// The decoded model scores like the original.
	c1, c2 := maturity.MustCompile(m), maturity.MustCompile(back)
	if !reflect.DeepEqual(c1.Indicators(), c2.Indicators()) {
		t.Fatalf("indicators differ")
	}
}

func TestDecodeModelIsStrict(t *testing.T) {
	base, _ := json.Marshal(maturity.LSGModel())
	cases := map[string]struct {
		edit func(string) string
		want string
	}{
		"unknown field":  {func(s string) string { return strings.Replace(s, `"id"`, `"ID"`, 1) }, `ID: unknown field "ID" (field names are case-sensitive: did you mean "id"?)`},
		"bad weight":     {func(s string) string { return strings.Replace(s, `"weight":"15"`, `"weight":"1e1"`, 1) }, `dimensions[0].weight: "1e1" is not a plain decimal number`},
		"numeric weight": {func(s string) string { return strings.Replace(s, `"weight":"15"`, `"weight":15`, 1) }, `dimensions[0].weight: want a string, got a number`},
		"bad rule kind":  {func(s string) string { return strings.Replace(s, `"kind":"stage"`, `"kind":"stages"`, 1) }, `dimensions[0].indicators[0].rule.kind: unknown rule kind "stages"`},
		"wrong format":   {func(s string) string { return strings.Replace(s, maturity.FormatModel, "egovkit.model/9", 1) }, `format: unsupported format "egovkit.model/9" (want "egovkit.model/1")`},
		"trailing data":  {func(s string) string { return s + "{}" }, "trailing data after the document"},
		"invalid band":   {func(s string) string { return strings.Replace(s, `"from":"25"`, `"from":"26"`, 1) }, `bands[1].from: gap between 25 and 26: no band covers it`},
		"duplicate key": {func(s string) string {
			return strings.Replace(s, `"version":"1.1.0"`, `"version":"1.1.0","version":"2"`, 1)
		}, `version: field given more than once`},
	}
	for name, tc := range cases {
		_, err := maturity.DecodeModel([]byte(tc.edit(string(base))))
		got := problemTexts(err)
		if len(got) == 0 || !strings.HasPrefix(got[0], tc.want) {
			t.Errorf("%s: got %q, want %q", name, got, tc.want)
		}
	}
}

func TestAssessmentJSON(t *testing.T) {
	c := maturity.Default()
	a := c.Assess(egov.Profile{Stages: map[egov.ServiceKey]egov.AdoptionStage{"pisarnica": egov.StageFullyInUse}})
	a, _ = a.With("ceop", maturity.NotApplicable())
	data, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	back, err := c.DecodeAssessment(data)
	if err != nil {
		t.Fatalf("%v\n%s", err, data)
	}
	if !reflect.DeepEqual(back.Values(), a.Values()) {
		t.Fatal("round trip changed the assessment")
	}
	other := maturity.MustCompile(losiModel())
	if _, err := other.DecodeAssessment(data); err == nil {
		t.Fatal("an assessment of another model was accepted")
	}
	bad := strings.Replace(string(data), `"pisarnica":"1"`, `"pisarnica":"1.5"`, 1)
	if got := problemTexts(decodeAssessment(c, bad)); len(got) != 1 || !strings.Contains(got[0], "values.pisarnica: value 1.5 is outside 0…1") {
		t.Errorf("got %q", got)
	}
}

func decodeAssessment(c *maturity.Compiled, s string) error {
	_, err := c.DecodeAssessment([]byte(s))
	return err
}

func TestResultJSONRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		_, _, c, r, ok := scored(t)
		if !ok {
			return
		}
		data, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		back, err := c.DecodeResult(data)
		if err != nil {
			t.Fatalf("%v\n%s", err, data)
		}
		if back.Exact().Cmp(r.Exact()) != 0 {
			t.Fatal("round trip changed the score")
		}
	})
}

func TestDecodeResultRefusesEditedFigures(t *testing.T) {
	c := maturity.Default()
	r, err := c.Score(c.Assess(egov.Profile{Stages: map[egov.ServiceKey]egov.AdoptionStage{"pisarnica": egov.StagePartlyInUse}}))
	if err != nil {
		t.Fatal(err)
	}
	data, _ := json.Marshal(r)
	if !strings.Contains(string(data), `"score":"60.00"`) {
		t.Fatalf("score not written with its places: %s", data)
	}
	edited := strings.Replace(string(data), `"score":"60.00"`, `"score":"70.00"`, 1)
	if _, err := c.DecodeResult([]byte(edited)); err == nil {
		t.Fatal("edited result accepted")
	}
	if _, err := maturity.MustCompile(losiModel()).DecodeResult(data); err == nil {
		t.Fatal("result of another model accepted")
	}
}

func TestEnumsText(t *testing.T) {
	type enum interface {
		MarshalText() ([]byte, error)
	}
	zeros := map[string]enum{"half-up": maturity.HalfUp, "leave-out": maturity.LeaveOut, "given": maturity.RuleGiven, "unknown": maturity.StateUnknown}
	for want, e := range zeros {
		if b, err := e.MarshalText(); err != nil || string(b) != want {
			t.Errorf("zero value %T is %q, want %q", e, b, want)
		}
	}
	var k maturity.RuleKind
	for _, name := range []string{"given", "stage", "yes-no", "ratio", "count"} {
		if err := k.UnmarshalText([]byte(name)); err != nil || k.String() != name {
			t.Errorf("rule kind %s: %v", name, err)
		}
	}
	if slices.Contains([]string{maturity.RuleKind(9).String()}, "") {
		t.Error("out-of-range kind has no name")
	}
}
