package maturity_test

import (
	"testing"

	"github.com/shopspring/decimal"
	"pgregory.net/rapid"

	"github.com/digitaldistrict/egovkit/internal/exact"
	"github.com/digitaldistrict/egovkit/internal/gen"
	"github.com/digitaldistrict/egovkit/maturity"
)

// widened draws a generated model and, half the time each, moves it
// towards the limits that decide whether TotalsBatch's fast path fits in
// 64 bits: weights near the largest allowed (whose sums have a large least
// common multiple) and a scale up to 10^5 times wider.
func widened(t *rapid.T) maturity.Model {
	m := gen.Model().Draw(t, "model")
	if rapid.Bool().Draw(t, "large weights") {
		for d := range m.Dimensions {
			m.Dimensions[d].Weight = decimal.New(rapid.Int64Range(90_000_000, 100_000_000).Draw(t, "dimension weight"), -4)
		}
		eachIndicator(&m, func(ind *maturity.Indicator) {
			ind.Weight = decimal.New(rapid.Int64Range(1, 100_000_000).Draw(t, "indicator weight"), -4)
		})
	}
	if k := int32(rapid.IntRange(0, 5).Draw(t, "wider by 10^k")); k > 0 {
		w := m.Clone()
		f := decimal.New(1, k)
		w.Scale.Min, w.Scale.Max = w.Scale.Min.Mul(f), w.Scale.Max.Mul(f)
		for b := range w.Bands {
			w.Bands[b].From, w.Bands[b].To = w.Bands[b].From.Mul(f), w.Bands[b].To.Mul(f)
		}
		// The generator already reaches the scale's limits; a model that
		// widening would take past them stays as drawn.
		if w.Validate() == nil {
			return w
		}
	}
	return m
}

// allKnown draws a known value for every indicator of m: the case of
// TotalsBatch's fast path. A quarter of the time every value is one point,
// at or next to an edge of m (a band's start or a requirement's
// threshold), so that scores and dimension means fall on the edges.
func allKnown(t *rapid.T, m maturity.Model) map[string]maturity.Value {
	values := map[string]maturity.Value{}
	var point *rapid.Generator[int64]
	if edges := edgePoints(m); len(edges) > 0 && rapid.IntRange(0, 3).Draw(t, "one point") == 0 {
		e := rapid.SampledFrom(edges).Draw(t, "edge") + rapid.Int64Range(-1, 1).Draw(t, "next to it")
		point = rapid.Just(min(max(e, 0), 1_000_000))
	}
	for _, dim := range m.Dimensions {
		for _, ind := range dim.AllIndicators() {
			g := point
			if g == nil {
				g = rapid.OneOf(rapid.Int64Range(0, 1_000_000),
					rapid.SampledFrom([]int64{0, 1_000_000, 500_000, 125_000, 135_000}))
			}
			micro := g.Draw(t, ind.Key)
			v, err := maturity.ValueFromMicro(micro)
			if err != nil {
				t.Fatal(err)
			}
			values[ind.Key] = v
		}
	}
	return values
}

// TestBatchAgreesWithScore checks TotalsBatch, whichever path it takes for
// an assessment, against the single-assessment paths (Score, whose Result
// is computed by the general code, and Totals) and, for a few assessments,
// against the slow reference scorer.
func TestBatchAgreesWithScore(t *testing.T) {
	var planned, unplanned, fast int
	rapid.Check(t, func(t *rapid.T) {
		m := widened(t)
		c, err := maturity.Compile(m)
		if err != nil {
			t.Fatalf("widened model invalid: %v", err)
		}
		if maturity.BatchPlanned(c) {
			planned++
		} else {
			unplanned++
		}
		n := rapid.IntRange(1, 600).Draw(t, "n")
		as := make([]maturity.Assessment, n)
		values := make([]map[string]maturity.Value, n)
		for i := range as {
			if rapid.IntRange(0, 3).Draw(t, "kind of values") > 0 {
				values[i] = allKnown(t, m)
			} else {
				values[i] = gen.Values(m).Draw(t, "values")
			}
			if as[i], err = c.NewAssessment(values[i]); err != nil {
				t.Fatal(err)
			}
		}
		out := make([]maturity.Totals, n)
		batchErr := c.TotalsBatch(as, out)
		failures := 0
		for i, a := range as {
			r, err := c.Score(a)
			if err != nil {
				failures++
				continue
			}
			want := r.Totals()
			got := out[i]
			if got.Exact().Cmp(r.Exact()) != 0 || got.Cmp(want) != 0 || got.Units() != want.Units() ||
				got.Score().Cmp(r.Score()) != 0 || got.Band() != want.Band() || got.Level() != want.Level() {
				t.Fatalf("assessment %d: batch %s (exact %s, band %d, level %d), Score %s (exact %s, band %d, level %d)",
					i, got.Score(), got.Exact().RatString(), got.Band(), got.Level(),
					r.Score(), r.Exact().RatString(), want.Band(), want.Level())
			}
			if one, err := c.Totals(a); err != nil || one.Cmp(got) != 0 || one.Units() != got.Units() ||
				one.Band() != got.Band() || one.Level() != got.Level() {
				t.Fatalf("assessment %d: batch %s, Totals %s (%v)", i, got.Score(), one.Score(), err)
			}
			if i < 3 {
				ref := refScore(m, values[i])
				wantScore := exact.Round(ref.score, m.Rounding.Places, m.Rounding.Mode == maturity.HalfEven)
				if got.Exact().Cmp(ref.score) != 0 || got.Score().Cmp(wantScore) != 0 || got.Band() != ref.band || got.Level() != ref.level {
					t.Fatalf("assessment %d: batch %s band %d level %d, reference %s band %d level %d",
						i, got.Exact().RatString(), got.Band(), got.Level(), ref.score.RatString(), ref.band, ref.level)
				}
			}
			if maturity.BatchPlanned(c) && allAreKnown(values[i]) {
				fast++
			}
		}
		if (failures > 0) != (batchErr != nil) {
			t.Fatalf("%d failures, batch error %v", failures, batchErr)
		}
	})
	t.Logf("%d models with the fast path, %d without; %d assessments on the fast path", planned, unplanned, fast)
	if planned == 0 || unplanned == 0 || fast == 0 {
		t.Fatalf("the property reached %d models with the fast path and %d without, %d assessments all known", planned, unplanned, fast)
	}
}

func allAreKnown(values map[string]maturity.Value) bool {
	for _, v := range values {
		if v.State() != maturity.StateKnown {
			return false
		}
	}
	return true
}

// edgePoints returns, in millionths, the values at which an assessment
// whose values are all equal lands on an edge of m: each band's start as a
// share of the scale (when it has at most six places) and each
// requirement's threshold.
func edgePoints(m maturity.Model) []int64 {
	var points []int64
	rng := m.Scale.Max.Sub(m.Scale.Min)
	for _, b := range m.Bands {
		share := b.From.Sub(m.Scale.Min).DivRound(rng, 12)
		if share.Mul(rng).Equal(b.From.Sub(m.Scale.Min)) && share.Shift(6).IsInteger() {
			points = append(points, share.Shift(6).IntPart())
		}
	}
	for _, l := range m.Levels {
		for _, r := range l.Requires {
			points = append(points, r.AtLeast.Shift(6).IntPart())
		}
	}
	return points
}

// TestBatchAtTheEdges checks TotalsBatch's fast path against figures worked
// out by hand where a rounding, a band or a rung is decided by the last
// unit.
func TestBatchAtTheEdges(t *testing.T) {
	model := func(places int32, mode maturity.RoundingMode, max string, bands []maturity.Band, levels []maturity.Level, weights ...string) maturity.Model {
		dim := maturity.Dimension{Key: "d", Weight: d("0.0001")}
		for i, w := range weights {
			dim.Indicators = append(dim.Indicators, maturity.Indicator{Key: string(rune('a' + i)), Weight: d(w)})
		}
		return maturity.Model{ID: "edge", Version: "1", Scale: maturity.Scale{Min: d("0"), Max: d(max)},
			Dimensions: []maturity.Dimension{dim}, Bands: bands, Levels: levels,
			Rounding: maturity.Rounding{Places: places, Mode: mode}}
	}
	unit := []maturity.Band{{Key: "all", From: d("0"), To: d("1")}}
	thirds := []maturity.Band{{Key: "low", From: d("0"), To: d("1")}, {Key: "high", From: d("1"), To: d("3")}}
	half := []maturity.Level{{Key: "half", Requires: []maturity.Requirement{{Dimension: "d", AtLeast: d("0.5")}}}}
	cases := []struct {
		name   string
		m      maturity.Model
		values []string
		score  string
		band   int
		level  int
	}{
		{"half up 0.125", model(2, maturity.HalfUp, "1", unit, nil, "1"), []string{"0.125"}, "0.13", 0, 0},
		{"half even 0.125", model(2, maturity.HalfEven, "1", unit, nil, "1"), []string{"0.125"}, "0.12", 0, 0},
		{"half even 0.135", model(2, maturity.HalfEven, "1", unit, nil, "1"), []string{"0.135"}, "0.14", 0, 0},
		{"half up 0.5 to no places", model(0, maturity.HalfUp, "1", unit, nil, "1"), []string{"0.5"}, "1", 0, 0},
		{"half even 0.5 to no places", model(0, maturity.HalfEven, "1", unit, nil, "1"), []string{"0.5"}, "0", 0, 0},
		{"just below 0.5", model(0, maturity.HalfUp, "1", unit, nil, "1"), []string{"0.499999"}, "0", 0, 0},
		// 3·0.333333 = 0.999999 reads 1.00, and bands go by the score as
		// reported: it is in the band starting at 1.
		{"below a band, rounded onto it", model(2, maturity.HalfUp, "3", thirds, nil, "0.0001", "0.0001"), []string{"0.333333", "0.333333"}, "1.00", 1, 0},
		{"below a band, reported below it", model(6, maturity.HalfUp, "3", thirds, nil, "0.0001", "0.0001"), []string{"0.333333", "0.333333"}, "0.999999", 0, 0},
		{"just above a band's start", model(6, maturity.HalfUp, "3", thirds, nil, "0.0001", "0.0001"), []string{"0.333334", "0.333333"}, "1.000001", 1, 0},
		{"on a band's start", model(2, maturity.HalfUp, "3", thirds, nil, "1", "2"), []string{"0.333334", "0.333333"}, "1.00", 1, 0},
		{"a dimension exactly at its requirement", model(2, maturity.HalfUp, "1", unit, half, "1", "3"), []string{"0.5", "0.5"}, "0.50", 0, 1},
		{"a dimension a unit below", model(6, maturity.HalfUp, "1", unit, half, "1", "3"), []string{"0.5", "0.499999"}, "0.499999", 0, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := maturity.MustCompile(tc.m)
			if !maturity.BatchPlanned(c) {
				t.Fatal("the fast path does not apply")
			}
			values := map[string]maturity.Value{}
			for i, v := range tc.values {
				values[string(rune('a'+i))] = maturity.MustValue(v)
			}
			a, err := c.NewAssessment(values)
			if err != nil {
				t.Fatal(err)
			}
			out := make([]maturity.Totals, 1)
			if err := c.TotalsBatch([]maturity.Assessment{a}, out); err != nil {
				t.Fatal(err)
			}
			if got := out[0]; got.Score().StringFixed(tc.m.Rounding.Places) != tc.score || got.Band() != tc.band || got.Level() != tc.level {
				t.Fatalf("score %s band %d level %d, want %s band %d level %d", got.Score(), got.Band(), got.Level(), tc.score, tc.band, tc.level)
			}
		})
	}
}

// TestDefaultModelIsPlanned keeps the default model on TotalsBatch's fast
// path, which BENCHMARKS.md measures.
func TestDefaultModelIsPlanned(t *testing.T) {
	if !maturity.BatchPlanned(maturity.Default()) {
		t.Fatal("the default model has no batch plan")
	}
}
