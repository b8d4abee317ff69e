package maturity_test

import (
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"pgregory.net/rapid"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/gen"
	"github.com/digitaldistrict/egovkit/maturity"
)

// The default model is flat: groups changed neither its content's
// fingerprint nor its JSON. The fingerprint is the one lsg-dmi 1.1.0 had
// before groups existed.
func TestFlatModelsKeepTheirFingerprint(t *testing.T) {
	const lsg110 = "5f472528a3cefd7f90700a73bf359f7c7cd7e5c9dcd7e2d89d6fc87a2c4c2805"
	if fp := maturity.Default().Fingerprint(); fp != lsg110 {
		t.Errorf("lsg-dmi 1.1.0's fingerprint moved: %s, was %s", fp, lsg110)
	}
	doc, err := maturity.LSGModel().MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	for _, field := range []string{`"groups"`, `"empty"`, `"unknown":"inherit"`} {
		if strings.Contains(string(doc), field) {
			t.Errorf("a flat model's JSON has %s", field)
		}
	}
	// Setting a dimension's rule to the model's own makes another model:
	// its content differs, though it scores the same.
	m := maturity.LSGModel()
	m.Dimensions[0].Unknown = maturity.LeaveOutUnknown
	if maturity.MustCompile(m).Fingerprint() == lsg110 {
		t.Error("a dimension's own rule kept the fingerprint")
	}
}

// smallTree draws a model of one to three dimensions, each a tree of depth
// up to three with whole weights from 1 to 3 and every rule.
func smallTree(t *rapid.T) maturity.Model {
	m := maturity.Model{ID: "tree", Version: "1", Scale: maturity.Scale{Min: d("0"), Max: d("100")},
		Bands: []maturity.Band{{Key: "all", From: d("0"), To: d("100")}}, Rounding: maturity.Rounding{Places: 2},
		Unknown: maturity.UnknownPolicy(rapid.IntRange(0, 1).Draw(t, "model unknown"))}
	n := 0
	leaf := func() maturity.Indicator {
		n++
		return maturity.Indicator{Key: fmt.Sprintf("i%d", n), Weight: decimal.NewFromInt(rapid.Int64Range(1, 3).Draw(t, "w"))}
	}
	var node func(depth int) ([]maturity.Indicator, []maturity.Group)
	node = func(depth int) ([]maturity.Indicator, []maturity.Group) {
		var inds []maturity.Indicator
		for range rapid.IntRange(0, 2).Draw(t, "leaves") {
			inds = append(inds, leaf())
		}
		var groups []maturity.Group
		if depth < 3 {
			for k := range rapid.IntRange(0, 2).Draw(t, "groups") {
				g := maturity.Group{Key: fmt.Sprintf("g%d-%d-%d", depth, n, k), Weight: decimal.NewFromInt(rapid.Int64Range(1, 3).Draw(t, "gw")),
					Unknown: maturity.GroupUnknown(rapid.IntRange(0, 2).Draw(t, "unknown")),
					Empty:   maturity.EmptyPolicy(rapid.IntRange(0, 1).Draw(t, "empty"))}
				g.Indicators, g.Groups = node(depth + 1)
				groups = append(groups, g)
			}
		}
		if len(inds)+len(groups) == 0 {
			inds = append(inds, leaf())
		}
		return inds, groups
	}
	for k := range rapid.IntRange(1, 3).Draw(t, "dimensions") {
		dim := maturity.Dimension{Key: fmt.Sprintf("d%d", k), Weight: decimal.NewFromInt(rapid.Int64Range(1, 3).Draw(t, "dw")),
			Unknown: maturity.GroupUnknown(rapid.IntRange(0, 2).Draw(t, "unknown")),
			Empty:   maturity.EmptyPolicy(rapid.IntRange(0, 1).Draw(t, "empty"))}
		dim.Indicators, dim.Groups = node(1)
		m.Dimensions = append(m.Dimensions, dim)
	}
	return m
}

// flatten returns the flat model whose dimensions hold every indicator of
// m's, each weighted by the product, along its path, of each weight over
// its siblings' sum, times one common multiple: the weights a tree gives
// its indicators when all of them count. ok is false when a weight would
// exceed the limit.
func flatten(m maturity.Model) (maturity.Model, bool) {
	flat := m.Clone()
	for di, dim := range m.Dimensions {
		shares := map[string]*big.Rat{}
		var walk func(share *big.Rat, inds []maturity.Indicator, groups []maturity.Group)
		walk = func(share *big.Rat, inds []maturity.Indicator, groups []maturity.Group) {
			sum := new(big.Rat)
			for _, ind := range inds {
				sum.Add(sum, rat(ind.Weight))
			}
			for _, g := range groups {
				sum.Add(sum, rat(g.Weight))
			}
			for _, ind := range inds {
				shares[ind.Key] = new(big.Rat).Mul(share, new(big.Rat).Quo(rat(ind.Weight), sum))
			}
			for _, g := range groups {
				walk(new(big.Rat).Mul(share, new(big.Rat).Quo(rat(g.Weight), sum)), g.Indicators, g.Groups)
			}
		}
		walk(big.NewRat(1, 1), dim.Indicators, dim.Groups)
		lcm := big.NewInt(1)
		for _, s := range shares {
			g := new(big.Int).GCD(nil, nil, lcm, s.Denom())
			lcm.Mul(lcm, new(big.Int).Quo(s.Denom(), g))
		}
		inds := dim.AllIndicators()
		for i := range inds {
			w := new(big.Rat).Mul(shares[inds[i].Key], new(big.Rat).SetInt(lcm))
			if !w.IsInt() || w.Num().Cmp(big.NewInt(10_000)) > 0 {
				return maturity.Model{}, false
			}
			inds[i].Weight = decimal.NewFromBigInt(w.Num(), 0)
		}
		flat.Dimensions[di] = maturity.Dimension{Key: dim.Key, Weight: dim.Weight, Indicators: inds}
	}
	return flat, true
}

// When every value is known and applicable, a tree scores as the flat
// model with product weights does, whatever its rules for unknown values
// and empty groups, which then have nothing to decide.
func TestTreeScoresLikeItsFlattening(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		m := smallTree(t)
		flat, ok := flatten(m)
		if !ok {
			t.Skip("a product weight above the limit")
		}
		values := map[string]maturity.Value{}
		for _, ind := range allIndicators(m) {
			values[ind.Key] = microValue(rapid.Int64Range(0, 1_000_000).Draw(t, "micro"))
		}
		tree, fl := mustScore(t, m, values), mustScore(t, flat, values)
		if tree.Exact().Cmp(fl.Exact()) != 0 {
			t.Fatalf("tree %s, flattened %s", tree.Exact().RatString(), fl.Exact().RatString())
		}
		if tree.CoverageExact().Cmp(big.NewRat(1, 1)) != 0 {
			t.Fatalf("coverage %s with every value known", tree.CoverageExact().RatString())
		}
	})
}

// Every figure of a tree's result adds up: the indicators' exact
// contributions to the score, each group's to the sum of its own
// indicators' and groups', each dimension's to the sum of what is in it;
// and each node's score is its mean against the reference scorer.
func TestTreeContributionsAddUp(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		m := smallTree(t)
		values := gen.Values(m).Draw(t, "values")
		ref := refScore(m, values)
		c := maturity.MustCompile(m)
		a, err := c.NewAssessment(values)
		if err != nil {
			t.Fatal(err)
		}
		r, err := c.Score(a)
		if !ref.ok {
			var none *maturity.NoScoreError
			if !errors.As(err, &none) {
				t.Fatalf("reference has no score, Score: %v", err)
			}
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		if r.Exact().Cmp(ref.score) != 0 || r.CoverageExact().Cmp(ref.coverage) != 0 {
			t.Fatalf("score %s coverage %s, reference %s and %s", r.Exact().RatString(), r.CoverageExact().RatString(),
				ref.score.RatString(), ref.coverage.RatString())
		}
		byNode := map[string]*big.Rat{} // each group's and dimension's sum of its indicators' contributions
		parent := map[string]string{}
		for _, g := range r.Groups() {
			parent[g.Key] = g.Parent
		}
		total := new(big.Rat)
		for _, is := range r.Indicators() {
			total.Add(total, is.ContributionExact)
			for k := is.Group; ; k = parent[k] {
				if k == "" {
					k = is.Dimension
				}
				if byNode[k] == nil {
					byNode[k] = new(big.Rat)
				}
				byNode[k].Add(byNode[k], is.ContributionExact)
				if k == is.Dimension {
					break
				}
			}
		}
		if total.Cmp(r.Exact()) != 0 { // the scale starts at 0
			t.Fatalf("contributions add up to %s, score %s", total.RatString(), r.Exact().RatString())
		}
		dims := new(big.Rat)
		for _, ds := range r.Dimensions() {
			dims.Add(dims, ds.ContributionExact)
			if want := byNode[ds.Key]; want != nil && want.Cmp(ds.ContributionExact) != 0 {
				t.Fatalf("dimension %s brings %s, its indicators %s", ds.Key, ds.ContributionExact.RatString(), want.RatString())
			}
		}
		if dims.Cmp(r.Exact()) != 0 {
			t.Fatalf("dimensions add up to %s, score %s", dims.RatString(), r.Exact().RatString())
		}
		for _, g := range r.Groups() {
			if want := byNode[g.Key]; want != nil && want.Cmp(g.ContributionExact) != 0 {
				t.Fatalf("group %s brings %s, its indicators %s", g.Key, g.ContributionExact.RatString(), want.RatString())
			}
		}
	})
}

// RangeOf over a tree is exact: its ends are the least and the greatest
// score over every completion of the unknown values at 0 and at 1, where
// the extremes lie, and it holds every score with values in between.
func TestTreeRangeOfMatchesEnumeration(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		m := smallTree(t)
		values := gen.Values(m).Draw(t, "values")
		var unknown []string
		for _, ind := range allIndicators(m) {
			if values[ind.Key].State() == maturity.StateUnknown {
				unknown = append(unknown, ind.Key)
			}
		}
		if len(unknown) > 8 {
			t.Skip("too many completions")
		}
		c := maturity.MustCompile(m)
		a, _ := c.NewAssessment(values)
		r, err := c.RangeOf(a)
		var lo, hi *big.Rat
		for mask := range 1 << len(unknown) {
			filled := map[string]maturity.Value{}
			for k, v := range values {
				filled[k] = v
			}
			for b, k := range unknown {
				filled[k] = microValue(int64(mask>>b&1) * 1_000_000)
			}
			ref := refScore(m, filled)
			if !ref.ok {
				continue
			}
			if lo == nil || ref.score.Cmp(lo) < 0 {
				lo = ref.score
			}
			if hi == nil || ref.score.Cmp(hi) > 0 {
				hi = ref.score
			}
		}
		if lo == nil {
			var none *maturity.NoScoreError
			if !errors.As(err, &none) {
				t.Fatalf("no completion scores, RangeOf: %v", err)
			}
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		if r.OuterBound || r.Low.Exact().Cmp(lo) != 0 || r.High.Exact().Cmp(hi) != 0 {
			t.Fatalf("range %s…%s (outer %v), completions %s…%s", r.Low.Exact().RatString(), r.High.Exact().RatString(),
				r.OuterBound, lo.RatString(), hi.RatString())
		}
		// One completion between the ends.
		mid := map[string]maturity.Value{}
		for k, v := range values {
			mid[k] = v
		}
		for _, k := range unknown {
			mid[k] = microValue(rapid.Int64Range(0, 1_000_000).Draw(t, "between"))
		}
		if ref := refScore(m, mid); ref.ok && (ref.score.Cmp(lo) < 0 || ref.score.Cmp(hi) > 0) {
			t.Fatalf("a completion scores %s outside %s…%s", ref.score.RatString(), lo.RatString(), hi.RatString())
		}
	})
}

// A hand-computed tree: each rule for unknown values and for empty groups
// at work.
//
//	d1 (weight 1): own a = 0.8 (weight 1); group g1 (weight 1, unknown
//	  counted as 0): b = 0.6 (1), c unknown (1) → g1 = (0.6 + 0)/2 = 0.3;
//	  group g2 (weight 2, empty counts as 0): e not applicable → g2 = 0,
//	  counted; d1 = (0.8 + 0.3 + 2·0)/4 = 0.275.
//	d2 (weight 3): group g3 (weight 1): f unknown, left out (the model's
//	  rule) → g3 empty, left out; own h = 0.5 (weight 1) → d2 = 0.5.
//	overall = (1·0.275 + 3·0.5)/4 = 1.775/4 = 0.44375 → 44.38 on 0–100.
//
// Coverage: d1: a known (1), g1 half known (1/2), g2 nothing applicable →
// (1·1 + 1·½)/2 = 3/4; d2: g3 unknown (0), h known (1) → 1/2; overall
// (1·¾ + 3·½)/4 = 9/16 = 0.5625.
func TestTreeRulesByHand(t *testing.T) {
	m := maturity.Model{ID: "hand", Version: "1", Scale: maturity.Scale{Min: d("0"), Max: d("100")},
		Bands:    []maturity.Band{{Key: "all", From: d("0"), To: d("100")}},
		Rounding: maturity.Rounding{Places: 2},
		Dimensions: []maturity.Dimension{
			{Key: "d1", Weight: d("1"), Indicators: []maturity.Indicator{{Key: "a", Weight: d("1")}},
				Groups: []maturity.Group{
					{Key: "g1", Weight: d("1"), Unknown: maturity.ZeroUnknown,
						Indicators: []maturity.Indicator{{Key: "b", Weight: d("1")}, {Key: "c", Weight: d("1")}}},
					{Key: "g2", Weight: d("2"), Empty: maturity.ZeroEmpty, Indicators: []maturity.Indicator{{Key: "e", Weight: d("1")}}},
				}},
			{Key: "d2", Weight: d("3"),
				Indicators: []maturity.Indicator{{Key: "h", Weight: d("1")}},
				Groups:     []maturity.Group{{Key: "g3", Weight: d("1"), Indicators: []maturity.Indicator{{Key: "f", Weight: d("1")}}}}},
		}}
	c := maturity.MustCompile(m)
	a, err := c.NewAssessment(map[string]maturity.Value{"a": maturity.MustValue("0.8"), "b": maturity.MustValue("0.6"),
		"c": maturity.Unknown(), "e": maturity.NotApplicable(), "f": maturity.Unknown(), "h": maturity.MustValue("0.5")})
	if err != nil {
		t.Fatal(err)
	}
	r, err := c.Score(a)
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Exact(); got.Cmp(big.NewRat(44375, 1000)) != 0 || r.Score().StringFixed(2) != "44.38" {
		t.Errorf("score %s (%s), want 44.375 (44.38)", got.RatString(), r.Score().StringFixed(2))
	}
	if got := r.CoverageExact(); got.Cmp(big.NewRat(9, 16)) != 0 {
		t.Errorf("coverage %s, want 9/16", got.RatString())
	}
	want := map[string]string{"g1": "30.00 true", "g2": "0.00 false", "g3": "0.00 false"}
	for _, g := range r.Groups() {
		if got := g.Score.StringFixed(2) + " " + fmt.Sprint(g.Scored); got != want[g.Key] {
			t.Errorf("group %s: %s, want %s", g.Key, got, want[g.Key])
		}
	}
	if ds := r.Dimensions(); ds[0].Score.StringFixed(2) != "27.50" || ds[1].Score.StringFixed(2) != "50.00" {
		t.Errorf("dimensions %s and %s, want 27.50 and 50.00", ds[0].Score.StringFixed(2), ds[1].Score.StringFixed(2))
	}
	// Learning f: g3 now counts, and the range of what could still be
	// learnt holds the score of every answer.
	rng, err := c.RangeOf(a)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"0", "0.5", "1"} {
		for _, cv := range []string{"0", "1"} {
			b, _ := a.WithValues(map[string]maturity.Value{"f": maturity.MustValue(f), "c": maturity.MustValue(cv)})
			tot, err := c.Totals(b)
			if err != nil || !rng.Contains(tot) {
				t.Errorf("f = %s, c = %s: %v outside the range %s…%s (%v)", f, cv, tot.Exact().RatString(),
					rng.Low.Exact().RatString(), rng.High.Exact().RatString(), err)
			}
		}
	}
}

// A tree's JSON names its groups and their rules, decodes to the same
// model, and every problem of a tree is reported at once with its path.
func TestTreeJSON(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		m := smallTree(t)
		doc, err := m.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		back, err := maturity.DecodeModel(doc)
		if err != nil {
			t.Fatal(err)
		}
		c := maturity.MustCompile(m)
		if maturity.MustCompile(back).Fingerprint() != c.Fingerprint() {
			t.Fatalf("round trip changed the model:\n%s", doc)
		}
		// A tree's result names its groups, reads back, and refuses an
		// edited group score.
		a, err := c.NewAssessment(gen.Values(m).Draw(t, "values"))
		if err != nil {
			t.Fatal(err)
		}
		r, err := c.Score(a)
		if err != nil {
			return
		}
		out, err := r.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		if _, err := c.DecodeResult(out); err != nil {
			t.Fatalf("a tree's result does not read back: %v\n%s", err, out)
		}
		for _, g := range r.Groups() {
			if _, ok := m.Group(g.Key); !ok {
				t.Fatalf("Model.Group does not find %s", g.Key)
			}
			field := `"key":"` + g.Key + `","parent":"` + g.Parent + `","scored":` + fmt.Sprint(g.Scored) + `,"score":"`
			if !strings.Contains(string(out), field) {
				t.Fatalf("the result lacks %s:\n%s", field, out)
			}
			edited := strings.Replace(string(out), field, field+"1", 1)
			if _, err := c.DecodeResult([]byte(edited)); err == nil {
				t.Fatalf("an edited group score reads back:\n%s", edited)
			}
		}
	})
	bad := `{"format":"egovkit.model/1","id":"x","version":"1","scale":{"min":"0","max":"1"},
	"dimensions":[{"key":"d","weight":"1","indicators":[],"groups":[
		{"key":"d","weight":"0","empty":"count-as-zero"},
		{"key":"g","weight":"1","unknown":"count-as-zero","groups":[{"key":"h","weight":"1","indicators":[{"key":"i","weight":"1","rule":{"kind":"given"}}]}]}]}],
	"bands":[{"key":"b","from":"0","to":"1"}],"unknown":"leave-out","rounding":{"places":2}}`
	_, err := maturity.DecodeModel([]byte(bad))
	var ve *egov.ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("want a *egov.ValidationError, got %v", err)
	}
	for _, want := range []string{`dimensions[0].groups[0].key: duplicate group key "d"`,
		"dimensions[0].groups[0].weight: weight 0 is not positive",
		`dimensions[0].groups[0].indicators: group "d" has no indicators and no groups`} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q:\n%v", want, err)
		}
	}
	unknownField := strings.Replace(bad, `"empty":"count-as-zero"`, `"empty":"count-as-zero","weights":"1"`, 1)
	if _, err := maturity.DecodeModel([]byte(unknownField)); err == nil || !strings.Contains(err.Error(), "weights") {
		t.Errorf("an unknown field in a group: %v", err)
	}
	badRule := strings.Replace(bad, `"unknown":"count-as-zero"`, `"unknown":"as-zero"`, 1)
	if _, err := maturity.DecodeModel([]byte(badRule)); err == nil || !strings.Contains(err.Error(), "as-zero") {
		t.Errorf("an unknown rule name: %v", err)
	}
}

// Groups nest to MaxDepth and no deeper: the first group too deep is a
// *egov.LimitError with its path.
func TestTreeDepthLimit(t *testing.T) {
	deep := func(levels int) maturity.Model {
		g := maturity.Group{Key: "g1", Weight: d("1"), Indicators: []maturity.Indicator{{Key: "i", Weight: d("1")}}}
		for k := 2; k < levels; k++ {
			g = maturity.Group{Key: fmt.Sprintf("g%d", k), Weight: d("1"), Groups: []maturity.Group{g}}
		}
		return maturity.Model{ID: "deep", Version: "1", Scale: maturity.Scale{Min: d("0"), Max: d("1")},
			Bands:      []maturity.Band{{Key: "all", From: d("0"), To: d("1")}},
			Dimensions: []maturity.Dimension{{Key: "d", Weight: d("1"), Groups: []maturity.Group{g}}}}
	}
	if err := deep(maturity.MaxDepth).Validate(); err != nil {
		t.Errorf("groups %d deep: %v", maturity.MaxDepth, err)
	}
	err := deep(maturity.MaxDepth + 1).Validate()
	var limit *egov.LimitError
	if !errors.As(err, &limit) || limit.Limit != maturity.MaxDepth {
		t.Fatalf("groups %d deep: %v", maturity.MaxDepth+1, err)
	}
	if path := egov.Problems(err)[0].Path; !strings.HasPrefix(path, "dimensions[0].groups[0].groups[0]") {
		t.Errorf("path %q", path)
	}
	// More groups than MaxGroups: a *egov.LimitError too.
	many := deep(2)
	for k := range maturity.MaxGroups {
		many.Dimensions[0].Groups = append(many.Dimensions[0].Groups, maturity.Group{Key: fmt.Sprintf("m%d", k), Weight: d("1"),
			Indicators: []maturity.Indicator{{Key: fmt.Sprintf("j%d", k), Weight: d("1")}}})
	}
	if err := many.Validate(); !errors.As(err, &limit) || limit.Limit != maturity.MaxGroups {
		t.Errorf("%d groups: %v", maturity.MaxGroups+1, err)
	}
	// A tree's result explains its groups; a flat model's has none.
	c := maturity.MustCompile(deep(3))
	a, _ := c.NewAssessment(map[string]maturity.Value{"i": maturity.MustValue("0.25")})
	r, err := c.Score(a)
	if err != nil {
		t.Fatal(err)
	}
	if gs := r.Groups(); len(gs) != 2 || gs[0].Parent != "d" || gs[1].Parent != gs[0].Key || gs[1].Depth != 3 {
		t.Errorf("groups %+v", gs)
	}
	if flat, _ := maturity.Default().Score(maturity.Default().Assess(egov.Profile{})); flat.Groups() != nil {
		t.Error("a flat model's result has groups")
	}
}

func microValue(n int64) maturity.Value {
	v, err := maturity.ValueFromMicro(n)
	if err != nil {
		panic(err)
	}
	return v
}
