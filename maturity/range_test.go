package maturity_test

import (
	"errors"
	"maps"
	"math/big"
	"slices"
	"testing"

	"github.com/shopspring/decimal"
	"pgregory.net/rapid"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/gen"
	"github.com/digitaldistrict/egovkit/maturity"
)

// A completion is one way the facts a profile lacks could turn out.
type completion struct {
	p     egov.Profile
	given map[string]maturity.Value
}

// completions enumerates completions of p for model m, slowly and
// obviously: every unknown service its rules read at each of the five
// stages, every unknown measure its rules read (and the whole of each) at
// each of a few values — 0, 1, 2, the targets and their next whole
// numbers, every value the profile holds, and the largest count — skipping
// those that break the profile's rules (a part above its whole), and
// every given indicator at 0 and at 1. It gives up (false) beyond limit
// completions.
func completions(m maturity.Model, p egov.Profile, limit int) ([]completion, bool) {
	services := map[egov.ServiceKey]bool{}
	measures := map[egov.Measure]bool{}
	var given []string
	var targets []decimal.Decimal
	for _, d := range m.Dimensions {
		for _, ind := range d.AllIndicators() {
			r := ind.Rule
			switch r.Kind {
			case maturity.RuleGiven:
				given = append(given, ind.Key)
			case maturity.RuleStage, maturity.RuleYesNo:
				if !p.Stage(r.Service).IsKnown() {
					services[r.Service] = true
				}
			case maturity.RuleRatio:
				measures[r.Numerator], measures[r.Denominator] = true, true
			case maturity.RuleCount:
				measures[r.Measure] = true
				targets = append(targets, r.Target, r.Target.Ceil())
			}
		}
	}
	for ms := range maps.Keys(measures) {
		if w, ok := ms.Whole(); ok {
			measures[w] = true
		}
	}
	for ms := range measures {
		if _, ok := p.Measure(ms); ok {
			delete(measures, ms)
		}
	}
	candidates := []decimal.Decimal{decimal.Zero, decimal.New(1, 0), decimal.New(2, 0),
		decimal.RequireFromString("999999999999999999999999999999")}
	candidates = append(candidates, targets...)
	for _, v := range p.Measures {
		candidates = append(candidates, v)
	}
	type fact struct {
		service egov.ServiceKey
		measure egov.Measure
		key     string // a given indicator
	}
	var facts []fact
	var choices [][]any
	for _, s := range slices.Sorted(maps.Keys(services)) {
		facts = append(facts, fact{service: s})
		var cs []any
		for _, st := range egov.AdoptionStages() {
			if st.IsKnown() {
				cs = append(cs, st)
			}
		}
		choices = append(choices, cs)
	}
	for _, ms := range slices.Sorted(maps.Keys(measures)) {
		facts = append(facts, fact{measure: ms})
		var cs []any
		for _, v := range candidates {
			ok := v.Sign() >= 0 && (ms.Kind() != egov.MeasureKindShare || v.LessThanOrEqual(decimal.New(1, 0))) &&
				(ms.Kind() != egov.MeasureKindCount || v.IsInteger())
			if ok && !slices.ContainsFunc(cs, func(c any) bool { return c.(decimal.Decimal).Equal(v) }) {
				cs = append(cs, v)
			}
		}
		choices = append(choices, cs)
	}
	for _, k := range given {
		facts = append(facts, fact{key: k})
		choices = append(choices, []any{maturity.MustValue("0"), maturity.MustValue("1")})
	}
	total := 1
	for _, cs := range choices {
		total *= len(cs)
		if total > limit {
			return nil, false
		}
	}
	var out []completion
	pick := make([]int, len(facts))
	for {
		q := p.Clone()
		given := map[string]maturity.Value{}
		for f, k := range pick {
			switch c := choices[f][k].(type) {
			case egov.AdoptionStage:
				q = q.WithStage(facts[f].service, c)
			case decimal.Decimal:
				q = q.WithMeasure(facts[f].measure, c)
			case maturity.Value:
				given[facts[f].key] = c
			}
		}
		if q.Validate(nil) == nil {
			out = append(out, completion{p: q, given: given})
		}
		f := 0
		for ; f < len(pick); f++ {
			if pick[f]++; pick[f] < len(choices[f]) {
				break
			}
			pick[f] = 0
		}
		if f == len(pick) {
			return out, true
		}
	}
}

// refRange scores every completion through Assess and returns the lowest
// and highest exact scores; ok is false when none scores.
func refRange(t *rapid.T, c *maturity.Compiled, cs []completion) (lo, hi *big.Rat, ok bool) {
	for _, comp := range cs {
		a, err := c.Assess(comp.p).WithValues(comp.given)
		if err != nil {
			t.Fatal(err)
		}
		tot, err := c.Totals(a)
		var none *maturity.NoScoreError
		if errors.As(err, &none) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		x := tot.Exact()
		if lo == nil || x.Cmp(lo) < 0 {
			lo = x
		}
		if hi == nil || x.Cmp(hi) > 0 {
			hi = x
		}
	}
	return lo, hi, lo != nil
}

// TestRangeMatchesEnumeration checks Range against the slow reference on
// small generated models and profiles: the range holds every completion's
// score, and when it is not an outer bound its ends are the lowest and
// highest of them.
func TestRangeMatchesEnumeration(t *testing.T) {
	exactSeen, outerSeen := 0, 0
	rapid.Check(t, func(t *rapid.T) {
		m := gen.ModelUpTo(6).Draw(t, "model")
		p := gen.ProfileFor(m).Draw(t, "profile")
		cs, ok := completions(m, p, 3000)
		if !ok {
			t.Skip("too many completions to enumerate")
		}
		c := maturity.MustCompile(m)
		r, err := c.Range(p)
		lo, hi, scores := refRange(t, c, cs)
		var none *maturity.NoScoreError
		if errors.As(err, &none) {
			if scores {
				t.Fatalf("Range: no score, but a completion scores %s", lo.FloatString(6))
			}
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		if !scores {
			t.Fatalf("Range %s…%s, but no completion scores", r.Low.Exact().FloatString(6), r.High.Exact().FloatString(6))
		}
		if r.Low.Exact().Cmp(lo) > 0 || r.High.Exact().Cmp(hi) < 0 {
			t.Fatalf("range %s…%s does not hold the completions' %s…%s", r.Low.Exact().FloatString(6), r.High.Exact().FloatString(6),
				lo.FloatString(6), hi.FloatString(6))
		}
		if r.OuterBound {
			outerSeen++
			return
		}
		exactSeen++
		if r.Low.Exact().Cmp(lo) != 0 || r.High.Exact().Cmp(hi) != 0 {
			t.Fatalf("range %s…%s, completions reach %s…%s", r.Low.Exact().RatString(), r.High.Exact().RatString(),
				lo.RatString(), hi.RatString())
		}
	})
	t.Logf("exact ranges checked: %d, outer bounds: %d", exactSeen, outerSeen)
}

// TestLearningAFactNeverWidensTheRange learns one fact at a time, a value
// the profile could still take, and checks that each range lies within the
// one before, and that the range ends at the score once nothing read is
// unknown.
func TestLearningAFactNeverWidensTheRange(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		m := gen.ModelUpTo(8).Draw(t, "model")
		p := gen.ProfileFor(m).Draw(t, "profile")
		c := maturity.MustCompile(m)
		before, err := c.Range(p)
		if err != nil {
			t.Skip("no score")
		}
		full := gen.ProfileFor(m).Draw(t, "one completion") // facts to learn from, where they fit
		for _, s := range slices.Sorted(maps.Keys(full.Stages)) {
			if p.Stage(s).IsKnown() {
				continue
			}
			p = p.WithStage(s, full.Stages[s])
			before = narrower(t, c, p, before)
		}
		for _, ms := range slices.Sorted(maps.Keys(full.Measures)) {
			if _, ok := p.Measure(ms); ok {
				continue
			}
			q := p.WithMeasure(ms, full.Measures[ms])
			if q.Validate(nil) != nil {
				continue // a part above its whole: not a value p can take
			}
			p = q
			before = narrower(t, c, p, before)
		}
	})
}

func narrower(t *rapid.T, c *maturity.Compiled, p egov.Profile, before maturity.Range) maturity.Range {
	after, err := c.Range(p)
	var none *maturity.NoScoreError
	if errors.As(err, &none) {
		t.Skip("the fact learned leaves nothing to score (a whole of 0)")
	}
	if err != nil {
		t.Fatal(err)
	}
	if after.Low.Cmp(before.Low) < 0 || after.High.Cmp(before.High) > 0 {
		t.Fatalf("learning a fact widened the range from %s…%s to %s…%s", before.Low.Exact().RatString(),
			before.High.Exact().RatString(), after.Low.Exact().RatString(), after.High.Exact().RatString())
	}
	return after
}

// TestRangeOfKnownValuesIsTheScore checks that an assessment with nothing
// unknown has a settled range at its score, and that one with unknown
// values ranges from all of them at 0 to all of them at 1.
func TestRangeOfKnownValuesIsTheScore(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		m := gen.ModelUpTo(12).Draw(t, "model")
		values := gen.Values(m).Draw(t, "values")
		c := maturity.MustCompile(m)
		a, err := c.NewAssessment(values)
		if err != nil {
			t.Fatal(err)
		}
		r, err := c.RangeOf(a)
		if err != nil {
			return // nothing applicable
		}
		low, high := map[string]maturity.Value{}, map[string]maturity.Value{}
		for k, v := range a.Values() {
			low[k], high[k] = v, v
			if v.State() == maturity.StateUnknown {
				low[k], high[k] = maturity.MustValue("0"), maturity.MustValue("1")
			}
		}
		for _, end := range []struct {
			name   string
			values map[string]maturity.Value
			got    maturity.Totals
		}{{"low", low, r.Low}, {"high", high, r.High}} {
			ea, _ := c.NewAssessment(end.values)
			want, err := c.Totals(ea)
			if err != nil {
				t.Fatal(err)
			}
			if end.got.Cmp(want) != 0 || end.got.Band() != want.Band() || end.got.Level() != want.Level() {
				t.Fatalf("%s end %s (band %d, level %d), want %s (band %d, level %d)", end.name, end.got.Score(),
					end.got.Band(), end.got.Level(), want.Score(), want.Band(), want.Level())
			}
		}
		if r.OuterBound {
			t.Fatal("given values are never an outer bound")
		}
	})
}

// TestRangeInMachineWordsMatchesExact checks the machine-word path of Range
// against the exact decimal one, on generated models and profiles whose
// measures reach thirty digits.
func TestRangeInMachineWordsMatchesExact(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		m := gen.ModelUpTo(10).Draw(t, "model")
		p := gen.ProfileFor(m).Draw(t, "profile")
		c := maturity.MustCompile(m)
		got, err1 := c.Range(p)
		want, err2 := maturity.RangeExact(c, p)
		if (err1 == nil) != (err2 == nil) {
			t.Fatalf("errors differ: %v and %v", err1, err2)
		}
		if got.Low.Cmp(want.Low) != 0 || got.High.Cmp(want.High) != 0 || got.OuterBound != want.OuterBound ||
			got.Low.Level() != want.Low.Level() || got.High.Level() != want.High.Level() {
			t.Fatalf("machine words %s…%s (outer %v), exact %s…%s (outer %v)", got.Low.Exact().RatString(), got.High.Exact().RatString(),
				got.OuterBound, want.Low.Exact().RatString(), want.High.Exact().RatString(), want.OuterBound)
		}
	})
}

// TestMeasureIndex checks that Range's table of measures is egov's list,
// in its order, so that a measure added to egov cannot be missed.
func TestMeasureIndex(t *testing.T) {
	if got, want := maturity.AllMeasures(), egov.Measures(); !slices.Equal(got, want) {
		t.Fatalf("Range's measures %v, egov's %v", got, want)
	}
	for k, m := range egov.Measures() {
		if got := maturity.MeasureIndex(m); got != k {
			t.Errorf("index of %s is %d, want %d", m, got, k)
		}
	}
	if got := maturity.MeasureIndex("staf"); got != -1 {
		t.Errorf("index of an undefined measure is %d, want -1", got)
	}
}
