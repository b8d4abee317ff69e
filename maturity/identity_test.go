package maturity_test

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"pgregory.net/rapid"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/gen"
	"github.com/digitaldistrict/egovkit/maturity"
)

func someProfile() egov.Profile {
	return egov.Profile{Municipality: "x", Date: egov.MustDate(2025, 1, 1),
		Stages: map[egov.ServiceKey]egov.AdoptionStage{"pisarnica": egov.StagePartlyInUse, "ezup": egov.StagePlanned}}.
		WithMeasure(egov.MeasureStaff, d("30")).WithMeasure(egov.MeasureStaffTrained, d("7"))
}

// TestDefaultMeetsItself: Default compiles once, and a model compiled again
// from LSGModel is the same model.
func TestDefaultMeetsItself(t *testing.T) {
	first, second := maturity.Default(), maturity.Default()
	if first != second {
		t.Error("Default compiles on every call")
	}
	p := someProfile()
	if _, err := maturity.Default().Totals(maturity.Default().Assess(p)); err != nil {
		t.Fatalf("Default().Totals(Default().Assess(p)): %v", err)
	}
	own := maturity.MustCompile(maturity.LSGModel())
	a, b := maturity.Default().Assess(p), own.Assess(p)
	for _, pair := range []struct {
		name string
		c    *maturity.Compiled
		a    maturity.Assessment
	}{{"own compilation, Default's assessment", own, a}, {"Default, own compilation's assessment", maturity.Default(), b}} {
		c := pair.c
		if _, err := c.Score(pair.a); err != nil {
			t.Errorf("%s: Score: %v", pair.name, err)
		}
		if _, err := c.Totals(pair.a); err != nil {
			t.Errorf("%s: Totals: %v", pair.name, err)
		}
		if _, err := c.WhatIf(pair.a, map[string]maturity.Value{"ezup": maturity.MustValue("1")}); err != nil {
			t.Errorf("%s: WhatIf: %v", pair.name, err)
		}
		if _, err := c.Gain(a, b); err != nil {
			t.Errorf("%s: Gain: %v", pair.name, err)
		}
		if _, err := c.GainsIfMet(pair.a); err != nil {
			t.Errorf("%s: GainsIfMet: %v", pair.name, err)
		}
		if err := c.TotalsBatch([]maturity.Assessment{a, b}, make([]maturity.Totals, 2)); err != nil {
			t.Errorf("%s: TotalsBatch: %v", pair.name, err)
		}
	}
	ra, _ := maturity.Default().Score(a)
	rb, _ := own.Score(b)
	cmp, err := maturity.Compare(ra, rb)
	if err != nil || cmp.MethodologyChanged {
		t.Errorf("Compare across two compilations of one model: %+v, %v", cmp.MethodologyChanged, err)
	}
	if _, err := maturity.Rank([]maturity.Entry{{Name: "a", Result: ra}, {Name: "b", Result: rb}}); err != nil {
		t.Errorf("Rank across two compilations of one model: %v", err)
	}
}

// TestSameIDAndVersionDifferentContent: a model changed without a new
// version is another model, and the error says what changed.
func TestSameIDAndVersionDifferentContent(t *testing.T) {
	changed := maturity.LSGModel()
	changed.Dimensions[1].Weight = d("25")
	c := maturity.MustCompile(changed)
	_, err := c.Totals(maturity.Default().Assess(someProfile()))
	var mm *maturity.MismatchError
	if !errors.As(err, &mm) {
		t.Fatalf("assessment of another model's content accepted: %v", err)
	}
	if mm.Path != "dimensions[1].weight" || mm.GotValue != "15" || mm.WantValue != "25" ||
		mm.Got != "lsg-dmi 1.1.0" || mm.Want != "lsg-dmi 1.1.0" || mm.Subject != "assessment" {
		t.Errorf("mismatch %+v", *mm)
	}
	const want = "maturity: assessment made for model lsg-dmi 1.1.0, used with lsg-dmi 1.1.0: same ID and version, " +
		"different content: dimensions[1].weight is 15 in the model it was made for and 25 in the one given"
	if err.Error() != want {
		t.Errorf("error %q\nwant  %q", err, want)
	}

	// The same content written differently is the same model.
	same := maturity.LSGModel()
	same.Dimensions[1].Weight = d("15.000")
	if _, err := maturity.MustCompile(same).Totals(maturity.Default().Assess(someProfile())); err != nil {
		t.Errorf("a weight of 15.000 for 15 made another model: %v", err)
	}

	// Results of the two do not rank together, and Compare reads them as a
	// change of methodology.
	r1, _ := maturity.Default().Score(maturity.Default().Assess(someProfile()))
	r2, _ := c.Score(c.Assess(someProfile()))
	_, err = maturity.Rank([]maturity.Entry{{Name: "a", Result: r1}, {Name: "b", Result: r2}})
	if !errors.As(err, &mm) || mm.Path != "dimensions[1].weight" || !strings.Contains(err.Error(), "entries[1].result") {
		t.Errorf("Rank of two contents: %v", err)
	}
	if cmp, err := maturity.Compare(r1, r2); err != nil || !cmp.MethodologyChanged {
		t.Errorf("Compare of two contents: changed %v, %v", cmp.MethodologyChanged, err)
	}

	other := maturity.LSGModel()
	other.Levels[2].Requires[1].Indicator = "ebeba"
	other.Name = "Renamed"
	_, err = maturity.MustCompile(other).Score(maturity.Default().Assess(someProfile()))
	if !errors.As(err, &mm) || mm.Path != "name" {
		t.Errorf("renamed model: %v", err)
	}
	other.Name = maturity.LSGModel().Name
	_, err = maturity.MustCompile(other).Score(maturity.Default().Assess(someProfile()))
	if !errors.As(err, &mm) || mm.Path != "levels[2].requires[1].indicator" || mm.GotValue != `"eplacanje"` || mm.WantValue != `"ebeba"` {
		t.Errorf("changed ladder: %v", err)
	}
	fewer := maturity.LSGModel()
	fewer.Bands = fewer.Bands[:3]
	fewer.Bands[2].To = d("100")
	_, err = maturity.MustCompile(fewer).Score(maturity.Default().Assess(someProfile()))
	if !errors.As(err, &mm) || mm.Path != "bands[2].to" {
		t.Errorf("fewer bands: %v", err)
	}
}

// TestMismatchErrorsNameBothModels: every mismatch says which model the
// value was made for and which it was used with.
func TestMismatchErrorsNameBothModels(t *testing.T) {
	m := maturity.LSGModel()
	m.Version = "1.2.0"
	c := maturity.MustCompile(m)
	a := maturity.Default().Assess(someProfile())
	r, _ := maturity.Default().Score(a)
	calls := map[string]func() error{
		"Score":  func() error { _, err := c.Score(a); return err },
		"Totals": func() error { _, err := c.Totals(a); return err },
		"WhatIf": func() error { _, err := c.WhatIf(a, nil); return err },
		"Gain":   func() error { _, err := c.Gain(a, a); return err },
		"GainsIfMet": func() error {
			_, err := c.GainsIfMet(a)
			return err
		},
		"TotalsBatch": func() error { return c.TotalsBatch([]maturity.Assessment{a}, make([]maturity.Totals, 1)) },
		"Rank": func() error {
			r2, _ := c.Score(c.Assess(someProfile()))
			_, err := maturity.Rank([]maturity.Entry{{Name: "a", Result: r}, {Name: "b", Result: r2}})
			return err
		},
	}
	for name, call := range calls {
		err := call()
		var mm *maturity.MismatchError
		if !errors.As(err, &mm) {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if !strings.Contains(err.Error(), "lsg-dmi 1.1.0") || !strings.Contains(err.Error(), "lsg-dmi 1.2.0") {
			t.Errorf("%s: %q does not name both models", name, err)
		}
		if mm.Path != "" {
			t.Errorf("%s: versions differ, yet a field is named: %+v", name, *mm)
		}
	}
	_, err := c.Score(maturity.Assessment{})
	if err == nil || !strings.Contains(err.Error(), "belongs to no model") || !strings.Contains(err.Error(), "lsg-dmi 1.2.0") {
		t.Errorf("zero Assessment: %v", err)
	}
}

// TestTwoCompilationsOfOneModelMeet: compiling a generated model twice,
// from a copy or from its JSON form, gives one model.
func TestTwoCompilationsOfOneModelMeet(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		m := gen.Model().Draw(t, "model")
		c1 := maturity.MustCompile(m)
		var c2 *maturity.Compiled
		if rapid.Bool().Draw(t, "via JSON") {
			b, err := json.Marshal(m)
			if err != nil {
				t.Fatal(err)
			}
			back, err := maturity.DecodeModel(b)
			if err != nil {
				t.Fatal(err)
			}
			c2 = maturity.MustCompile(back)
		} else {
			c2 = maturity.MustCompile(m.Clone())
		}
		a, err := c1.NewAssessment(gen.Values(m).Draw(t, "values"))
		if err != nil {
			t.Fatal(err)
		}
		t1, err1 := c1.Totals(a)
		t2, err2 := c2.Totals(a)
		var mm *maturity.MismatchError
		if errors.As(err2, &mm) {
			t.Fatalf("a second compilation refused the first one's assessment: %v", err2)
		}
		if (err1 == nil) != (err2 == nil) || err1 == nil && (t1.Cmp(t2) != 0 || t1.Units() != t2.Units()) {
			t.Fatalf("two compilations score differently: %v %v, %v %v", t1.Score(), err1, t2.Score(), err2)
		}
	})
}

// TestChangedContentIsFound: changing one weight of a generated model, and
// nothing else, gives a model that refuses the original's assessments and
// names that weight.
func TestChangedContentIsFound(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		m := gen.Model().Draw(t, "model")
		changed := m.Clone()
		var weights []*decimal.Decimal
		var paths []string
		eachIndicatorAt(&changed, func(path string, ind *maturity.Indicator) {
			weights = append(weights, &ind.Weight)
			paths = append(paths, path)
		})
		k := rapid.IntRange(0, len(weights)-1).Draw(t, "indicator")
		w := weights[k]
		*w = w.Add(d("0.0001"))
		if changed.Validate() != nil {
			t.Skip("the changed weight is out of range")
		}
		c1, c2 := maturity.MustCompile(m), maturity.MustCompile(changed)
		a, _ := c1.NewAssessment(nil)
		_, err := c2.Totals(a)
		var mm *maturity.MismatchError
		if !errors.As(err, &mm) {
			t.Fatalf("changed model accepted the original's assessment: %v", err)
		}
		want := paths[k] + ".weight"
		if mm.Path != want {
			t.Fatalf("path %q, want %q", mm.Path, want)
		}
	})
}

// TestDecodingErrorsNameBothModels: a document of another model says which
// model it is for and which model read it.
func TestDecodingErrorsNameBothModels(t *testing.T) {
	c := maturity.Default()
	doc, _ := json.Marshal(c.Assess(someProfile()))
	losi := maturity.MustCompile(losiModel())
	_, err := losi.DecodeAssessment(doc)
	for _, want := range []string{`model: assessment for model "lsg-dmi", decoded with model un-losi 2022`,
		`version: assessment for version "1.1.0", decoded with model un-losi 2022`} {
		if !slices.Contains(problemTexts(err), want) {
			t.Errorf("DecodeAssessment: %q lacks %q", problemTexts(err), want)
		}
	}
	r, _ := c.Score(c.Assess(someProfile()))
	rdoc, _ := json.Marshal(r)
	_, err = losi.DecodeResult(rdoc)
	if got := problemTexts(err); len(got) != 1 || got[0] != "model: result of model lsg-dmi 1.1.0, decoded with model un-losi 2022" {
		t.Errorf("DecodeResult: %q", got)
	}
	_, err = c.AssessValues(make([]maturity.Value, 3))
	if got := problemTexts(err); len(got) != 1 || got[0] != "values: 3 values for model lsg-dmi 1.1.0, which has 22 indicators" {
		t.Errorf("AssessValues: %q", got)
	}
}
