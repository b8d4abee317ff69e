package maturity_test

import (
	"fmt"
	"math"
	"runtime"
	"sync"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/maturity"
)

// benchProfile is a municipality with every indicator of the default model
// known, so that each benchmark does the full work.
func benchProfile() egov.Profile {
	p := egov.Profile{Municipality: "bench", Date: egov.MustDate(2025, 11, 20)}
	stages := egov.AdoptionStages()
	for i, k := range egov.SerbianCatalog().Keys() {
		p = p.WithStage(k, stages[1+i%5])
	}
	for i, m := range egov.Measures() {
		p = p.WithMeasure(m, d([]string{"260", "130", "3", "7", "4", "0.35", "5200"}[i]))
	}
	return p
}

func BenchmarkScore(b *testing.B) {
	c := maturity.Default()
	a := c.Assess(benchProfile())
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.Score(a); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkScoreReference(b *testing.B) {
	m := maturity.LSGModel()
	c := maturity.MustCompile(m)
	values := c.Assess(benchProfile()).Values()
	b.ReportAllocs()
	for b.Loop() {
		if r := refScore(m, values); !r.ok {
			b.Fatal("no score")
		}
	}
}

// floatModel is the default model flattened for float64 scoring: the speed
// limit, with values already in a []float64 and no explanation.
type floatModel struct {
	dimStart []int
	w, dw    []float64
	sum      []float64 // each dimension's weight sum
	wsum     float64   // the dimensions' weight sum
	bandFrom []float64 // each band's start on the scale
	min, rng float64   // the scale's minimum and range
	unit     float64   // 10^places
	halfEven bool
}

func newFloatModel(m maturity.Model) floatModel {
	f := floatModel{unit: math.Pow10(int(m.Rounding.Places)), halfEven: m.Rounding.Mode == maturity.HalfEven}
	f.min, _ = m.Scale.Min.Float64()
	max, _ := m.Scale.Max.Float64()
	f.rng = max - f.min
	for _, band := range m.Bands {
		from, _ := band.From.Float64()
		f.bandFrom = append(f.bandFrom, from)
	}
	for _, dim := range m.Dimensions {
		f.dimStart = append(f.dimStart, len(f.w))
		dw, _ := dim.Weight.Float64()
		f.dw = append(f.dw, dw)
		f.wsum += dw
		var sum float64
		for _, ind := range dim.Indicators {
			w, _ := ind.Weight.Float64()
			f.w = append(f.w, w)
			sum += w
		}
		f.sum = append(f.sum, sum)
	}
	f.dimStart = append(f.dimStart, len(f.w))
	return f
}

// score is the weighted mean of the dimensions' weighted means, on the
// scale, for values that are all known (the weight sums are precomputed).
func (f floatModel) score(values []float64) float64 {
	var num float64
	for d := range f.dw {
		var n float64
		for i := f.dimStart[d]; i < f.dimStart[d+1]; i++ {
			n += f.w[i] * values[i]
		}
		num += f.dw[d] * n / f.sum[d]
	}
	return f.min + f.rng*num/f.wsum
}

// floatValues returns a's values as float64s, in the model's order.
func floatValues(c *maturity.Compiled, a maturity.Assessment) []float64 {
	values := make([]float64, 0, len(c.Indicators()))
	for _, k := range c.Indicators() {
		v, _ := a.Value(k)
		dv, _ := v.Decimal()
		x, _ := dv.Float64()
		values = append(values, x)
	}
	return values
}

func BenchmarkScoreFloat64(b *testing.B) {
	m := maturity.LSGModel()
	c := maturity.MustCompile(m)
	f := newFloatModel(m)
	values := floatValues(c, c.Assess(benchProfile()))
	b.ReportAllocs()
	var sink float64
	for b.Loop() {
		sink += f.score(values)
	}
	if sink < 0 {
		b.Fatal(sink)
	}
}

const batchSize = 10_000

func batchAssessments(b *testing.B, c *maturity.Compiled) []maturity.Assessment {
	base := c.Assess(benchProfile())
	keys := c.Indicators()
	as := make([]maturity.Assessment, batchSize)
	for i := range as {
		// Vary one value so that the assessments are not all alike.
		v, _ := maturity.ValueFromMicro(int64(i * 97 % 1_000_001))
		a, err := base.With(keys[i%len(keys)], v)
		if err != nil {
			b.Fatal(err)
		}
		as[i] = a
	}
	return as
}

func BenchmarkScoreBatch(b *testing.B) {
	c := maturity.Default()
	as := batchAssessments(b, c)
	out := make([]maturity.Totals, len(as))
	b.ReportAllocs() // per batch of 10,000 assessments
	for b.Loop() {
		if err := c.TotalsBatch(as, out); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*batchSize), "ns/assessment")
}

// BenchmarkScoreBatchUnknown is BenchmarkScoreBatch with one value of each
// assessment unknown, so that every assessment takes TotalsBatch's general
// path rather than the fast path of assessments whose values are all known.
func BenchmarkScoreBatchUnknown(b *testing.B) {
	c := maturity.Default()
	as := batchAssessments(b, c)
	keys := c.Indicators()
	for i := range as {
		a, err := as[i].With(keys[(i+1)%len(keys)], maturity.Unknown())
		if err != nil {
			b.Fatal(err)
		}
		as[i] = a
	}
	out := make([]maturity.Totals, len(as))
	b.ReportAllocs()
	for b.Loop() {
		if err := c.TotalsBatch(as, out); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*batchSize), "ns/assessment")
}

// floatTotals is what BenchmarkScoreBatchFloat64 computes per assessment:
// the score rounded to the model's places and its band.
type floatTotals struct {
	score float64
	band  int
}

// floatBatch is the float64 counterpart of TotalsBatch: the same split of
// the work into goroutines, and per assessment the straightforward float64
// score, rounded as the model says, and its band decided as the exact path
// decides it (on the score before rounding).
func (f *floatModel) batch(values [][]float64, out []floatTotals) {
	workers := min(runtime.GOMAXPROCS(0), (len(values)+255)/256)
	if workers <= 1 {
		f.batchRange(values, out)
		return
	}
	var wg sync.WaitGroup
	chunk := (len(values) + workers - 1) / workers
	for w := range workers {
		lo, hi := w*chunk, min((w+1)*chunk, len(values))
		wg.Add(1)
		go func() {
			defer wg.Done()
			f.batchRange(values[lo:hi], out[lo:hi])
		}()
	}
	wg.Wait()
}

func (f floatModel) batchRange(values [][]float64, out []floatTotals) {
	for i, v := range values {
		s := f.score(v)
		band := 0
		for k := 1; k < len(f.bandFrom) && s >= f.bandFrom[k]; k++ {
			band = k
		}
		var rounded float64
		if f.halfEven {
			rounded = math.RoundToEven(s*f.unit) / f.unit
		} else {
			rounded = math.Round(s*f.unit) / f.unit
		}
		out[i] = floatTotals{score: rounded, band: band}
	}
}

// BenchmarkScoreBatchFloat64 is the speed limit for BenchmarkScoreBatch:
// the same 10,000 assessments, as float64 values (one slice per
// assessment, as each assessment holds its own), on the same processors,
// scored, rounded and banded in float64.
func BenchmarkScoreBatchFloat64(b *testing.B) {
	m := maturity.LSGModel()
	c := maturity.Default()
	f := newFloatModel(m)
	as := batchAssessments(b, c)
	values := make([][]float64, len(as))
	for i, a := range as {
		values[i] = floatValues(c, a)
	}
	out := make([]floatTotals, len(as))
	b.ReportAllocs()
	for b.Loop() {
		f.batch(values, out)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*batchSize), "ns/assessment")
	if out[0].score < 0 {
		b.Fatal(out[0])
	}
}

// BenchmarkScoreMillion scores 1,000,000 default-model assessments per
// iteration (10,000 distinct ones, each a hundred times) with TotalsBatch.
func BenchmarkScoreMillion(b *testing.B) {
	c := maturity.Default()
	distinct := batchAssessments(b, c)
	as := make([]maturity.Assessment, 0, 100*len(distinct))
	for range 100 {
		as = append(as, distinct...)
	}
	out := make([]maturity.Totals, len(as))
	b.ReportAllocs()
	for b.Loop() {
		if err := c.TotalsBatch(as, out); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCompileSize compiles models of growing size, up to the limit of
// indicators: memory per operation grows linearly.
func BenchmarkCompileSize(b *testing.B) {
	for _, n := range []int{100, 1_000, maturity.MaxIndicators} {
		m := maturity.LSGModel()
		m.Levels = nil
		dims := make([]maturity.Dimension, 10)
		for i := range n {
			dim := &dims[i%10]
			dim.Key = fmt.Sprintf("d%d", i%10)
			dim.Weight = d("1")
			dim.Indicators = append(dim.Indicators, maturity.Indicator{Key: fmt.Sprintf("i%d", i), Weight: d("1")})
		}
		m.Dimensions = dims
		b.Run(fmt.Sprintf("indicators=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := maturity.Compile(m); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// rangeProfiles are the profiles BenchmarkRange and BenchmarkScoreProfile
// measure: everything known, a pilot after its visit (two services known),
// and nothing known.
func rangeProfiles() []struct {
	name string
	p    egov.Profile
} {
	return []struct {
		name string
		p    egov.Profile
	}{
		{"complete", benchProfile()},
		{"pilot", egov.Profile{Municipality: "cacak", Date: egov.MustDate(2025, 11, 20),
			Stages: map[egov.ServiceKey]egov.AdoptionStage{egov.ServicePisarnica: egov.StagePartlyInUse, egov.ServiceEPecat: egov.StagePlanned}}},
		{"empty", egov.Profile{Municipality: "kragujevac", Date: egov.MustDate(2025, 11, 18)}},
	}
}

// BenchmarkRange measures Range on the default model; compare with
// BenchmarkScoreProfile, which reads and scores the same profiles.
func BenchmarkRange(b *testing.B) {
	c := maturity.Default()
	for _, tc := range rangeProfiles() {
		b.Run(tc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := c.Range(tc.p); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkScoreProfile reads a profile and scores it, as a caller does to
// show one score: the baseline of BenchmarkRange.
func BenchmarkScoreProfile(b *testing.B) {
	c := maturity.Default()
	for _, tc := range rangeProfiles() {
		b.Run(tc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := c.Score(c.Assess(tc.p)); err != nil && tc.name != "empty" {
					b.Fatal(err)
				}
			}
		})
	}
}

// treeOfDefault returns the default model's indicators in a tree of depth
// 3: each dimension holds one group of two groups, the first and the
// second half of its indicators, each weighted by the sum of its
// indicators' weights, so that the tree scores exactly as the flat model
// does (TestTreeOfDefaultScoresAsDefault) while every score walks three
// levels.
func treeOfDefault() maturity.Model {
	m := maturity.LSGModel()
	m.ID = "lsg-dmi-tree"
	for i := range m.Dimensions {
		dim := &m.Dimensions[i]
		half := (len(dim.Indicators) + 1) / 2
		parts := [][]maturity.Indicator{dim.Indicators[:half], dim.Indicators[half:]}
		outer := maturity.Group{Key: dim.Key + "-all", Weight: d("1")}
		for k, inds := range parts {
			if len(inds) == 0 {
				continue
			}
			w := decimal.Zero
			for _, ind := range inds {
				w = w.Add(ind.Weight)
			}
			outer.Groups = append(outer.Groups, maturity.Group{Key: fmt.Sprintf("%s-%d", dim.Key, k+1), Weight: w, Indicators: inds})
		}
		dim.Indicators, dim.Groups = nil, []maturity.Group{outer}
	}
	return m
}

func TestTreeOfDefaultScoresAsDefault(t *testing.T) {
	tree := maturity.MustCompile(treeOfDefault())
	for _, p := range []egov.Profile{benchProfile(), {}, egov.Profile{}.WithStage(egov.ServiceEUprava, egov.StagePartlyInUse)} {
		flat, ferr := maturity.Default().Score(maturity.Default().Assess(p))
		tr, terr := tree.Score(tree.Assess(p))
		if (ferr == nil) != (terr == nil) {
			t.Fatalf("flat %v, tree %v", ferr, terr)
		}
		if ferr != nil {
			continue
		}
		_, fl := flat.Level()
		_, tl := tr.Level()
		if flat.Exact().Cmp(tr.Exact()) != 0 || fl != tl || flat.CoverageExact().Cmp(tr.CoverageExact()) != 0 {
			t.Errorf("flat %s level %d, tree %s level %d", flat.Exact().RatString(), fl, tr.Exact().RatString(), tl)
		}
	}
}

// BenchmarkScoreTree is BenchmarkScore on the same indicators in a tree of
// depth 3: the target is at most 1.5× BenchmarkScore.
func BenchmarkScoreTree(b *testing.B) {
	c := maturity.MustCompile(treeOfDefault())
	a := c.Assess(benchProfile())
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.Score(a); err != nil {
			b.Fatal(err)
		}
	}
}
