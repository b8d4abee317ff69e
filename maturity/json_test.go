package maturity_test

import (
	"encoding/json"
	"os"
	"path/filepath"
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
			return strings.Replace(s, `"version":"1.0.0"`, `"version":"1.0.0","version":"2"`, 1)
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

func FuzzDecodeModel(f *testing.F) {
	// Small models: the fuzzer mutates them quickly (the default model's
	// 9 KB make every execution slow under coverage instrumentation).
	egdi, err := os.ReadFile(filepath.Join("testdata", "un-egdi-2022.model.json"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(egdi)
	f.Add([]byte(`{"format":"egovkit.model/1"}`))
	f.Add([]byte(`{"format":"egovkit.model/1","id":"m","version":"1","scale":{"min":"0","max":"1"},` +
		`"dimensions":[{"key":"d","weight":"1","indicators":[{"key":"i","weight":"1","rule":{"kind":"given"}}]}],` +
		`"bands":[{"key":"b","from":"0","to":"1"}],"unknown":"leave-out","rounding":{"places":2}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := maturity.DecodeModel(data)
		if err != nil {
			return
		}
		if _, err := maturity.Compile(m); err != nil {
			t.Fatalf("decoded a model that does not compile: %v", err)
		}
		again, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := maturity.DecodeModel(again); err != nil {
			t.Fatalf("accepted %q but not its encoding: %v", data, err)
		}
	})
}

func FuzzDecodeAssessment(f *testing.F) {
	c := maturity.Default()
	seed, _ := json.Marshal(c.Assess(egov.Profile{Stages: map[egov.ServiceKey]egov.AdoptionStage{"ezup": egov.StagePiloting}}))
	f.Add(seed)
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := c.DecodeAssessment(data)
		if err != nil {
			return
		}
		if _, err := c.Score(a); err != nil {
			var ns *maturity.NoScoreError
			if !asNoScore(err, &ns) {
				t.Fatalf("decoded assessment fails to score: %v", err)
			}
		}
	})
}

func FuzzDecodeResult(f *testing.F) {
	c := maturity.Default()
	r, _ := c.Score(c.Assess(egov.Profile{Stages: map[egov.ServiceKey]egov.AdoptionStage{"ezup": egov.StagePiloting}}))
	seed, _ := json.Marshal(r)
	f.Add(seed)
	f.Fuzz(func(t *testing.T, data []byte) {
		res, err := c.DecodeResult(data)
		if err != nil {
			return
		}
		again, _ := json.Marshal(res)
		if _, err := c.DecodeResult(again); err != nil {
			t.Fatalf("accepted %q but not its encoding: %v", data, err)
		}
	})
}

// FuzzScore scores arbitrary generated models and assessments against the
// reference scorer.
func FuzzScore(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(func(t *rapid.T) {
		m, values, _, r, ok := scored(t)
		ref := refScore(m, values)
		if ok != ref.ok {
			t.Fatalf("scored %v, reference %v", ok, ref.ok)
		}
		if ok && r.Exact().Cmp(ref.score) != 0 {
			t.Fatalf("exact score %s, reference %s", r.Exact().RatString(), ref.score.RatString())
		}
	}))
}
