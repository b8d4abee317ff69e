package maturity_test

import (
	"encoding/json"
	"flag"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/shopspring/decimal"
	"pgregory.net/rapid"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/exact"
	"github.com/digitaldistrict/egovkit/internal/gen"
	"github.com/digitaldistrict/egovkit/maturity"
)

// Fuzz targets. Each runs thousands of inputs a second on one core: the
// decoders' seeds are small documents, and FuzzScore draws models of at most
// fuzzIndicators indicators, on which the big.Rat references are quick.
// Their seeds include inputs at the limits: numbers of 30 digits, weights
// of 10,000, the widest scale, a model at its limits of dimensions, bands
// and levels and one beyond them.

// searchSeeds makes TestFuzzScoreSeedsReachTheEdges print new seeds for
// FuzzScore instead of checking the committed ones.
var searchSeeds = flag.Bool("fuzzseeds", false, "search seeds for the rapid fuzz targets that reach the limits, and print them")

// edgeModel is a small model at the limits of its numbers: weights of 10,000,
// 9,999.9999 and 0.0001, the widest scale, every rule kind, a count target
// of 30 digits and one of one millionth, six reported places, half even,
// unknown counted as zero.
func edgeModel() maturity.Model {
	d := exact.MustDecimal
	credits := []decimal.Decimal{d("0"), d("0.000001"), d("0.5"), d("0.999999"), d("1")}
	return maturity.Model{ID: "edge", Version: "1", Scale: maturity.Scale{Min: d("0"), Max: d("1000000000")},
		Dimensions: []maturity.Dimension{
			{Key: "a", Weight: d("10000"), Indicators: []maturity.Indicator{
				{Key: "given", Weight: d("10000")},
				{Key: "stage", Weight: d("0.0001"), Rule: maturity.StageRule("eid", credits...)},
				{Key: "yes-no", Weight: d("9999.9999"), Rule: maturity.Rule{Kind: maturity.RuleYesNo, Service: "eid", MinStage: egov.StageFullyInUse}},
			}},
			{Key: "b", Weight: d("0.0001"), Indicators: []maturity.Indicator{
				{Key: "ratio", Weight: d("1"), Rule: maturity.Rule{Kind: maturity.RuleRatio,
					Numerator: egov.MeasureRegisteredECitizens, Denominator: egov.MeasureStaff}},
				{Key: "count", Weight: d("10000"), Rule: maturity.Rule{Kind: maturity.RuleCount,
					Measure: egov.MeasureRegisteredECitizens, Target: d("999999999999999999999999.999999")}},
				{Key: "tiny", Weight: d("10000"), Rule: maturity.Rule{Kind: maturity.RuleCount,
					Measure: egov.MeasureStaffTrained, Target: d("0.000001")}},
			}},
		},
		Bands: []maturity.Band{{Key: "low", From: d("0"), To: d("0.000001")}, {Key: "mid", From: d("0.000001"), To: d("999999999.999999")},
			{Key: "top", From: d("999999999.999999"), To: d("1000000000")}},
		Levels:   []maturity.Level{{Key: "l", Requires: []maturity.Requirement{{Dimension: "a", AtLeast: d("1")}, {Indicator: "tiny", AtLeast: d("0.000001")}}}},
		Unknown:  maturity.CountAsZero,
		Rounding: maturity.Rounding{Places: maturity.MaxPlaces, Mode: maturity.HalfEven},
	}
}

// wideModel is a model with n dimensions, bands and levels: at the limits
// for n = 100, beyond them for 101.
func wideModel(n int) maturity.Model {
	d := exact.MustDecimal
	m := maturity.Model{ID: "wide", Version: "1", Scale: maturity.Scale{Min: d("0"), Max: d("100")}}
	for i := range n {
		m.Dimensions = append(m.Dimensions, maturity.Dimension{Key: fmt.Sprintf("d%d", i), Weight: d("1"),
			Indicators: []maturity.Indicator{{Key: fmt.Sprintf("i%d", i), Weight: d("1")}}})
		m.Bands = append(m.Bands, maturity.Band{Key: fmt.Sprintf("b%d", i), From: decimal.New(int64(i)*100, 0).Div(decimal.NewFromInt(int64(n))),
			To: decimal.New(int64(i+1)*100, 0).Div(decimal.NewFromInt(int64(n)))})
		m.Levels = append(m.Levels, maturity.Level{Key: fmt.Sprintf("l%d", i), Requires: []maturity.Requirement{{Indicator: fmt.Sprintf("i%d", i), AtLeast: d("0.5")}}})
	}
	return m
}

func mustJSON(f *testing.F, v any) []byte {
	data, err := json.Marshal(v)
	if err != nil {
		f.Fatal(err)
	}
	return data
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
	f.Add(mustJSON(f, edgeModel()))
	if _, err := maturity.Compile(wideModel(maturity.MaxDimensions)); err != nil {
		f.Fatal(err)
	}
	f.Add(mustJSON(f, wideModel(maturity.MaxDimensions)))
	f.Add(mustJSON(f, wideModel(maturity.MaxDimensions+1)))
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

// edgeAssessment is an assessment of the default model with values at the
// ends of the range and of every state.
func edgeAssessment(f *testing.F, c *maturity.Compiled) maturity.Assessment {
	values := map[string]maturity.Value{}
	edges := []maturity.Value{maturity.MustValue("0"), maturity.MustValue("0.000001"), maturity.MustValue("0.999999"),
		maturity.MustValue("1"), maturity.Unknown(), maturity.NotApplicable()}
	for i, k := range c.Indicators() {
		values[k] = edges[i%len(edges)]
	}
	a, err := c.NewAssessment(values)
	if err != nil {
		f.Fatal(err)
	}
	return a
}

func FuzzDecodeAssessment(f *testing.F) {
	c := maturity.Default()
	f.Add(mustJSON(f, c.Assess(egov.Profile{Stages: map[egov.ServiceKey]egov.AdoptionStage{"ezup": egov.StagePiloting}})))
	f.Add(mustJSON(f, edgeAssessment(f, c)))
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
	for _, a := range []maturity.Assessment{
		c.Assess(egov.Profile{Stages: map[egov.ServiceKey]egov.AdoptionStage{"ezup": egov.StagePiloting}}),
		edgeAssessment(f, c),
	} {
		r, err := c.Score(a)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(mustJSON(f, r))
	}
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

// fuzzIndicators bounds FuzzScore's models, so that the references stay
// quick; every other limit of a model is reached (see gen.ModelUpTo).
const fuzzIndicators = 16

// A scoreInput is what FuzzScore draws: a model and either given values or
// a profile to assess.
type scoreInput struct {
	m       maturity.Model
	values  map[string]maturity.Value
	profile *egov.Profile
}

// GoString is what rapid logs for every input it draws: a summary, because
// formatting whole models took a third of FuzzScore's time. A failing input
// is kept by go test and can be drawn again with gen.DrawFrom.
func (in scoreInput) GoString() string {
	n := 0
	for _, d := range in.m.Dimensions {
		n += len(d.AllIndicators())
	}
	s := fmt.Sprintf("model %s %s: %d dimensions, %d indicators, %d bands, %d levels; ",
		in.m.ID, in.m.Version, len(in.m.Dimensions), n, len(in.m.Bands), len(in.m.Levels))
	if in.profile == nil {
		return s + fmt.Sprintf("%d given values", len(in.values))
	}
	return s + fmt.Sprintf("a profile of %d services and %d measures", len(in.profile.Stages), len(in.profile.Measures))
}

func scoreInputs() *rapid.Generator[scoreInput] {
	return rapid.Custom(func(t *rapid.T) scoreInput {
		m := gen.ModelUpTo(fuzzIndicators).Draw(t, "model")
		if rapid.Bool().Draw(t, "from a profile") {
			p := gen.ProfileFor(m).Draw(t, "profile")
			return scoreInput{m: m, profile: &p}
		}
		return scoreInput{m: m, values: gen.Values(m).Draw(t, "values")}
	})
}

// scoreSeeds are the seeds of gen.SeedBytes from which scoreInputs draws
// inputs at the limits (see TestFuzzScoreSeedsReachTheEdges).
var scoreSeeds = []uint64{30, 129, 108, 1}

const scoreSeedBytes = 8192

// FuzzScore assesses generated profiles and scores generated values with
// generated models, against the references.
func FuzzScore(f *testing.F) {
	for _, s := range scoreSeeds {
		f.Add(gen.SeedBytes(s, scoreSeedBytes))
	}
	f.Fuzz(rapid.MakeFuzz(scoreOne))
}

// scoreOne is FuzzScore's body: it draws one input and checks the
// engine against the references on it.
func scoreOne(t *rapid.T) {
	in := scoreInputs().Draw(t, "input")
	c, err := maturity.Compile(in.m)
	if err != nil {
		t.Fatalf("generated model invalid: %v", err)
	}
	if in.profile == nil {
		a, err := c.NewAssessment(in.values)
		if err != nil {
			t.Fatal(err)
		}
		checkAgainstReference(t, in.m, c, a, in.values)
		return
	}
	a := c.Assess(*in.profile)
	checkRange(t, c, *in.profile, a)
	want := map[string]maturity.Value{}
	for _, d := range in.m.Dimensions {
		for _, ind := range d.AllIndicators() {
			want[ind.Key] = refRead(ind.Rule, *in.profile, in.m.Rounding.Mode)
			if got, _ := a.Value(ind.Key); got != want[ind.Key] {
				t.Fatalf("indicator %s (%s rule): Assess read %v, the definition gives %v", ind.Key, ind.Rule.Kind, got, want[ind.Key])
			}
		}
	}
	checkAgainstReference(t, in.m, c, a, want)
}

// checkRange checks Range on a drawn profile: the machine-word path gives
// what the exact one gives, the ends are in order, and a profile whose every
// indicator is read has a settled range at its score.
func checkRange(t *rapid.T, c *maturity.Compiled, p egov.Profile, a maturity.Assessment) {
	got, err1 := c.Range(p)
	want, err2 := maturity.RangeExact(c, p)
	if (err1 == nil) != (err2 == nil) {
		t.Fatalf("Range errors differ: %v and %v", err1, err2)
	}
	if err1 != nil {
		return
	}
	if got.Low.Cmp(want.Low) != 0 || got.High.Cmp(want.High) != 0 || got.OuterBound != want.OuterBound {
		t.Fatalf("Range in machine words %s…%s, exactly %s…%s", got.Low.Exact().RatString(), got.High.Exact().RatString(),
			want.Low.Exact().RatString(), want.High.Exact().RatString())
	}
	if got.Low.Cmp(got.High) > 0 {
		t.Fatalf("Range %s…%s is upside down", got.Low.Exact().RatString(), got.High.Exact().RatString())
	}
	for _, v := range a.Values() {
		if v.State() == maturity.StateUnknown {
			return
		}
	}
	if tot, err := c.Totals(a); err == nil && (got.Low.Cmp(tot) != 0 || got.High.Cmp(tot) != 0) {
		t.Fatalf("nothing is unknown, yet the range %s…%s is not the score %s", got.Low.Exact().RatString(),
			got.High.Exact().RatString(), tot.Exact().RatString())
	}
}

// scoreEdges names the limits FuzzScore's seeds must reach.
func scoreEdges(in scoreInput, reached func(string)) {
	m := in.m
	if in.profile == nil {
		reached("given values")
	} else {
		reached("assessed from a profile")
	}
	if m.Scale.Max.Equal(exact.MustDecimal("1000000000")) {
		reached("scale up to 10^9")
	}
	if m.Rounding.Places == maturity.MaxPlaces {
		reached("six places")
	}
	if len(m.Bands) == maturity.MaxBands {
		reached("100 bands")
	}
	if len(m.Levels) == maturity.MaxLevels {
		reached("100 levels")
	}
	limit := new(big.Rat).SetInt64(1 << 63 / 1_000_000)
	for _, d := range m.Dimensions {
		if d.Weight.Equal(exact.MustDecimal("10000")) {
			reached("dimension weight 10000")
		}
		for _, ind := range d.AllIndicators() {
			r := ind.Rule
			reached("rule " + r.Kind.String())
			if ind.Weight.Equal(exact.MustDecimal("10000")) {
				reached("indicator weight 10000")
			}
			if in.profile == nil {
				continue
			}
			// Quotients whose millionths do not fit in 64 bits.
			var num, den decimal.Decimal
			var ok1, ok2 bool
			switch r.Kind {
			case maturity.RuleRatio:
				num, ok1 = in.profile.Measure(r.Numerator)
				den, ok2 = in.profile.Measure(r.Denominator)
			case maturity.RuleCount:
				num, ok1 = in.profile.Measure(r.Measure)
				den, ok2 = r.Target, true
			default:
				continue
			}
			if ok1 && ok2 && den.Sign() > 0 && new(big.Rat).Quo(rat(num), rat(den)).Cmp(limit) > 0 {
				reached(r.Kind.String() + " beyond 64 bits")
			}
		}
	}
}

var scoreEdgeList = []string{"given values", "assessed from a profile", "scale up to 10^9", "six places", "100 bands", "100 levels",
	"dimension weight 10000", "indicator weight 10000", "rule given", "rule stage", "rule yes-no", "rule ratio", "rule count",
	"ratio beyond 64 bits", "count beyond 64 bits"}

// TestFuzzScoreSeedsReachTheEdges checks that FuzzScore's seeds draw inputs
// at the limits. When the generators change, the seeds draw other inputs:
// run this test with -fuzzseeds to find new ones.
func TestFuzzScoreSeedsReachTheEdges(t *testing.T) {
	if *searchSeeds {
		seeds, missing := gen.SeedsReaching(t, scoreInputs(), scoreSeedBytes, 400, scoreEdgeList, scoreEdges)
		t.Logf("scoreSeeds = %v (reaching all but %q)", seeds, missing)
		return
	}
	got := map[string]bool{}
	for _, s := range scoreSeeds {
		in, ok := gen.DrawFrom(t, scoreInputs(), gen.SeedBytes(s, scoreSeedBytes))
		if !ok {
			t.Errorf("seed %d runs out of bytes", s)
			continue
		}
		scoreEdges(in, func(l string) { got[l] = true })
	}
	for _, l := range scoreEdgeList {
		if !got[l] {
			t.Errorf("no seed of FuzzScore reaches %q: run this test with -fuzzseeds and update scoreSeeds", l)
		}
	}
}
