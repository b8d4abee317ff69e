package maturity_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/maturity"
)

// zeroValues holds, for every exported type of the package, its zero value
// and, for a type with methods on a pointer receiver, a nil pointer.
func zeroValues() map[string][]any {
	return map[string][]any{
		"Assessment":     {maturity.Assessment{}},
		"Band":           {maturity.Band{}},
		"BandCount":      {maturity.BandCount{}},
		"Comparison":     {maturity.Comparison{}},
		"Compiled":       {&maturity.Compiled{}, (*maturity.Compiled)(nil)},
		"Delta":          {maturity.Delta{}},
		"Dimension":      {maturity.Dimension{}},
		"DimensionDelta": {maturity.DimensionDelta{}},
		"DimensionScore": {maturity.DimensionScore{}},
		"Average":        {maturity.Average{}},
		"Composite":      {maturity.Composite{}},
		"NodeAverage":    {maturity.NodeAverage{}},
		"EmptyPolicy":    {maturity.EmptyPolicy(0), (*maturity.EmptyPolicy)(nil)},
		"Group":          {maturity.Group{}},
		"GroupScore":     {maturity.GroupScore{}},
		"GroupUnknown":   {maturity.GroupUnknown(0), (*maturity.GroupUnknown)(nil)},
		"Entry":          {maturity.Entry{}},
		"Fact":           {maturity.Fact{}},
		"Gain":           {maturity.Gain{}},
		"Indicator":      {maturity.Indicator{}},
		"IndicatorDelta": {maturity.IndicatorDelta{}},
		"IndicatorGain":  {maturity.IndicatorGain{}},
		"IndicatorScore": {maturity.IndicatorScore{}},
		"Level":          {maturity.Level{}},
		"MismatchError":  {&maturity.MismatchError{}, (*maturity.MismatchError)(nil)},
		"Model":          {maturity.Model{}, (*maturity.Model)(nil)},
		"NoScoreError":   {&maturity.NoScoreError{}, (*maturity.NoScoreError)(nil)},
		"Range":          {maturity.Range{}},
		"RankOptions":    {maturity.RankOptions{}},
		"RankedRow":      {maturity.RankedRow{}},
		"Ranking":        {maturity.Ranking{}},
		"Requirement":    {maturity.Requirement{}},
		"Result":         {&maturity.Result{}, (*maturity.Result)(nil)},
		"Rounding":       {maturity.Rounding{}},
		"RoundingMode":   {maturity.RoundingMode(0), (*maturity.RoundingMode)(nil)},
		"Rule":           {maturity.Rule{}},
		"RuleKind":       {maturity.RuleKind(0), (*maturity.RuleKind)(nil)},
		"Scale":          {maturity.Scale{}},
		"StageCredit":    {maturity.StageCredit{}},
		"State":          {maturity.State(0), (*maturity.State)(nil)},
		"Totals":         {maturity.Totals{}},
		"UnknownPolicy":  {maturity.UnknownPolicy(0), (*maturity.UnknownPolicy)(nil)},
		"Value":          {maturity.Value{}, (*maturity.Value)(nil)},
	}
}

// exportedTypes returns the names of the package's exported types, read
// from its source, so that a new type cannot be left out of zeroValues.
func exportedTypes(t *testing.T) []string {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	var names []string
	for _, file := range files {
		if strings.HasSuffix(file, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, file, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		for _, decl := range f.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.TYPE {
				continue
			}
			for _, spec := range gd.Specs {
				if ts := spec.(*ast.TypeSpec); ts.Name.IsExported() {
					names = append(names, ts.Name.Name)
				}
			}
		}
	}
	if len(names) == 0 {
		t.Fatal("no exported types found")
	}
	slices.Sort(names)
	return names
}

// samples returns arguments for methods: the zero value of each parameter
// type, and a usable value where the package makes one, so that a zero
// receiver meets both.
func samples(t *testing.T) map[reflect.Type]reflect.Value {
	c := maturity.Default()
	a := c.Assess(someProfile())
	r, err := c.Score(a)
	if err != nil {
		t.Fatal(err)
	}
	doc, _ := json.Marshal(a)
	out := map[reflect.Type]reflect.Value{}
	for _, v := range []any{a, r, r.Totals(), doc, egov.SerbianCatalog(), someProfile(), "ezup", maturity.MustValue("1"),
		map[string]maturity.Value{"ezup": maturity.MustValue("1")}, []maturity.Assessment{a}, make([]maturity.Totals, 1),
		[]maturity.Value{maturity.MustValue("1")}} {
		out[reflect.TypeOf(v)] = reflect.ValueOf(v)
	}
	return out
}

// TestZeroValuesDoNotPanic calls every method of the zero value of every
// exported type, and of a nil pointer where methods take one, with zero
// arguments and with usable ones.
func TestZeroValuesDoNotPanic(t *testing.T) {
	zeros := zeroValues()
	for _, name := range exportedTypes(t) {
		if _, ok := zeros[name]; !ok {
			t.Errorf("exported type %s has no zero value in the table", name)
		}
	}
	usable := samples(t)
	for name, receivers := range zeros {
		for _, recv := range receivers {
			v := reflect.ValueOf(recv)
			typ := v.Type()
			for i := range typ.NumMethod() {
				m := typ.Method(i)
				if typ.Kind() == reflect.Pointer && v.IsNil() && declaredOnValue(typ.Elem(), m.Name) {
					continue // Go dereferences a nil pointer to call a value method: not the package's to prevent
				}
				for _, useful := range []bool{false, true} {
					args := make([]reflect.Value, m.Type.NumIn()-1)
					for j := range args {
						pt := m.Type.In(j + 1)
						args[j] = reflect.Zero(pt)
						if s, ok := usable[pt]; ok && useful {
							args[j] = s
						}
						if m.Type.IsVariadic() && j == len(args)-1 {
							args[j] = reflect.Zero(pt) // an empty ...
						}
					}
					call := fmt.Sprintf("%s(%T).%s", name, recv, m.Name)
					func() {
						defer func() {
							if p := recover(); p != nil {
								t.Errorf("%s with usable arguments %v panics: %v", call, useful, p)
							}
						}()
						if m.Type.IsVariadic() {
							v.Method(i).CallSlice(args)
						} else {
							v.Method(i).Call(args)
						}
					}()
				}
			}
		}
	}
}

func declaredOnValue(t reflect.Type, method string) bool {
	_, ok := t.MethodByName(method)
	return ok
}

// TestZeroValuesTellThemselvesApart checks the documented answers of the
// zero values.
func TestZeroValuesTellThemselvesApart(t *testing.T) {
	c := maturity.Default()
	a := c.Assess(someProfile())
	r, _ := c.Score(a)
	valid := r.Totals()

	var zt maturity.Totals
	if zt.IsValid() || !valid.IsValid() {
		t.Error("Totals.IsValid does not tell the zero Totals apart")
	}
	if zt.Exact().Sign() != 0 || zt.Band() != -1 || zt.Level() != 0 || zt.Units() != 0 || !zt.Score().IsZero() {
		t.Errorf("zero Totals: exact %s band %d level %d units %d score %s", zt.Exact(), zt.Band(), zt.Level(), zt.Units(), zt.Score())
	}
	// A valid score of 0 is above the zero Totals.
	nothing, _ := c.NewAssessment(map[string]maturity.Value{"ezup": maturity.MustValue("0")})
	zeroScore, err := c.Totals(nothing)
	if err != nil || zeroScore.Exact().Sign() != 0 {
		t.Fatalf("a score of 0: %v, %v", zeroScore.Exact(), err)
	}
	for _, tc := range []struct {
		a, b maturity.Totals
		want int
	}{{zt, zt, 0}, {zt, valid, -1}, {valid, zt, 1}, {zt, zeroScore, -1}, {zeroScore, zt, 1}, {zeroScore, zeroScore, 0}, {valid, valid, 0}} {
		if got := tc.a.Cmp(tc.b); got != tc.want {
			t.Errorf("Cmp(%s valid %v, %s valid %v) = %d, want %d", tc.a.Score(), tc.a.IsValid(), tc.b.Score(), tc.b.IsValid(), got, tc.want)
		}
	}

	for _, zr := range []*maturity.Result{nil, {}} {
		if zr.IsValid() {
			t.Errorf("%#v is valid", zr)
		}
		if b, i := zr.Band(); i != -1 || b.Key != "" {
			t.Errorf("zero Result band %d %q", i, b.Key)
		}
		if _, l := zr.Level(); l != 0 || zr.Exact().Sign() != 0 || zr.CoverageExact().Sign() != 0 || zr.Totals().IsValid() ||
			zr.Assessment().IsValid() || zr.ModelID() != "" || zr.Dimensions() != nil || zr.Indicators() != nil {
			t.Errorf("zero Result gives figures")
		}
		if _, err := json.Marshal(zr); zr != nil && err == nil {
			t.Error("the zero Result was written")
		}
	}
	if !r.IsValid() {
		t.Error("a scored Result is not valid")
	}

	var za maturity.Assessment
	if za.IsValid() || !a.IsValid() {
		t.Error("Assessment.IsValid does not tell the zero Assessment apart")
	}
	if _, err := json.Marshal(za); err == nil {
		t.Error("the zero Assessment was written")
	}

	for _, zc := range []*maturity.Compiled{nil, {}} {
		if zc.ID() != "" || zc.Indicators() != nil || zc.Assess(someProfile()).IsValid() {
			t.Errorf("%#v answers as a model", zc)
		}
		if _, err := zc.NewAssessment(nil); err == nil || !strings.Contains(err.Error(), "no model") {
			t.Errorf("NewAssessment on %#v: %v", zc, err)
		}
		_, err := zc.Score(a)
		var mm *maturity.MismatchError
		if !errors.As(err, &mm) || mm.Got != "lsg-dmi 1.1.0" || mm.Want != "(no model)" {
			t.Errorf("Score on %#v: %v", zc, err)
		}
		out := []maturity.Totals{valid}
		if err := zc.TotalsBatch([]maturity.Assessment{a}, out); err == nil || out[0].IsValid() {
			t.Errorf("TotalsBatch on %#v: %v, %v", zc, err, out[0].IsValid())
		}
	}
}

// TestTotalsBatchLeavesInvalidTotals: an assessment the batch cannot score
// leaves Totals that say so, and sort below every score.
func TestTotalsBatchLeavesInvalidTotals(t *testing.T) {
	c := maturity.Default()
	good := c.Assess(someProfile())
	empty := c.Assess(egov.Profile{})
	out := make([]maturity.Totals, 3)
	err := c.TotalsBatch([]maturity.Assessment{good, {}, empty}, out)
	if err == nil || !strings.Contains(err.Error(), "assessments[1]") || !strings.Contains(err.Error(), "assessments[2]") {
		t.Errorf("batch error %v", err)
	}
	if !out[0].IsValid() || out[1].IsValid() || out[2].IsValid() || out[1].Band() != -1 {
		t.Errorf("validity %v %v %v", out[0].IsValid(), out[1].IsValid(), out[2].IsValid())
	}
	if out[1].Cmp(out[0]) >= 0 || out[0].Cmp(out[2]) <= 0 || out[1].Cmp(out[2]) != 0 {
		t.Error("invalid Totals do not sort below valid ones")
	}
}

// TestRankAndCompareNameTheEntryAtFault: a nil or zero result is an error
// that names it, never a panic.
func TestRankAndCompareNameTheEntryAtFault(t *testing.T) {
	c := maturity.Default()
	r, _ := c.Score(c.Assess(someProfile()))
	entries := []maturity.Entry{{Name: "a", Result: r}, {Name: "b", Result: r}, {Name: "c"}, {Name: "d", Result: &maturity.Result{}}}
	_, err := maturity.Rank(entries)
	var ve *egov.ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("Rank with a nil and a zero result: %v", err)
	}
	got := problemTexts(err)
	want := []string{"entries[2].result: no result (nil)",
		"entries[3].result: the zero Result holds no score (results come from Compiled.Score)"}
	if !slices.Equal(got, want) {
		t.Errorf("Rank problems %q, want %q", got, want)
	}
	if _, err := maturity.Rank([]maturity.Entry{{Name: "only", Result: &maturity.Result{}}}); err == nil {
		t.Error("ranked a zero result alone")
	}
	for _, tc := range []struct {
		before, after *maturity.Result
		want          []string
	}{
		{nil, r, []string{"before: no result (nil)"}},
		{r, &maturity.Result{}, []string{"after: the zero Result holds no score (results come from Compiled.Score)"}},
		{nil, nil, []string{"before: no result (nil)", "after: no result (nil)"}},
	} {
		_, err := maturity.Compare(tc.before, tc.after)
		if !errors.As(err, &ve) || !slices.Equal(problemTexts(err), tc.want) {
			t.Errorf("Compare: %v, want %q", err, tc.want)
		}
	}
}
