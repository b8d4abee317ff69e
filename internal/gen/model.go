package gen

import (
	"fmt"
	"maps"
	"slices"

	"github.com/shopspring/decimal"
	"pgregory.net/rapid"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/exact"
	"github.com/digitaldistrict/egovkit/maturity"
)

// Limits of a model that package maturity states in its errors rather than
// as exported constants.
const (
	maxWeight      = 10_000        // the largest weight
	maxScaleUnits  = 1_000_000_000 // the largest scale maximum
	weightUnits    = 10_000        // a weight has at most four places
	valueUnits     = 1_000_000     // values, credits, thresholds, bands and the scale have at most six
	patternLength  = 16            // large models repeat this many drawn indicators
	drawEachUpTo   = 64            // sizes up to this are drawn one element at a time
	maxRequirement = 3             // requirements of one level
)

// Weight generates a valid weight: from 0.0001 to 10,000 with at most four
// places, often exactly 10,000, 9,999.9999, 0.0001 or 0.0002, often
// whole and small, and otherwise anywhere in between (log-uniformly, so
// that 0.0173 is as likely as 1,730).
func Weight() *rapid.Generator[decimal.Decimal] {
	return rapid.Custom(func(t *rapid.T) decimal.Decimal { return weight(t, "weight") })
}

func weight(t *rapid.T, label string) decimal.Decimal {
	if rapid.IntRange(0, 3).Draw(t, label+" whole") == 0 {
		return decimal.NewFromInt(rapid.Int64Range(1, 10).Draw(t, label))
	}
	return reexpress(t, label, decimal.New(intEdge(t, label+" units", 1, maxWeight*weightUnits, weightUnits, often), -4))
}

// Model generates a valid model of up to DefaultIndicators indicators: see
// ModelUpTo.
func Model() *rapid.Generator[maturity.Model] { return ModelUpTo(DefaultIndicators) }

// ModelUpTo generates a valid model of up to limit indicators (sometimes
// exactly limit; maturity.MaxIndicators is the most a model may have). It
// reaches every other limit of a model (100 dimensions, 100 bands, 100
// levels, weights of 10,000, a scale up to 1,000,000,000 or only one
// millionth wide, 0 and 6 reported places) and every kind: indicators given directly or read from
// a profile by stage, yes-no, ratio and count rules (count targets from one
// millionth to 30 digits), both unknown policies and both rounding modes.
// Half of the models of up to 64 indicators are trees: each dimension with
// its own rules for unknown values and for being empty, and groups nested
// to maturity.MaxDepth, each with rules of its own (see branch).
// Large models repeat a pattern of drawn indicators, so that drawing them
// stays cheap; ProfileFor generates profiles for the services and measures
// a model reads.
func ModelUpTo(limit int) *rapid.Generator[maturity.Model] {
	return rapid.Custom(func(t *rapid.T) maturity.Model {
		m := maturity.Model{ID: "gen", Version: "1"}
		minUnits, rangeUnits := scale(t)
		m.Scale.Min = decimal.New(minUnits, -6)
		m.Scale.Max = decimal.New(minUnits+rangeUnits, -6)

		services := rapid.SliceOfNDistinct(ServiceKey(), 1, 4, rapid.ID[egov.ServiceKey]).Draw(t, "services")
		nd := size(t, "dimensions", 1, maturity.MaxDimensions, 3, rare)
		total := size(t, "indicators", min(nd, limit), limit, 8, rateFor(limit))
		nd = min(nd, total)
		perDim := make([]int, nd)
		if total <= drawEachUpTo {
			for d := range perDim {
				perDim[d] = 1
			}
			for range total - nd {
				perDim[rapid.IntRange(0, nd-1).Draw(t, "dimension of indicator")]++
			}
		} else {
			for d := range perDim {
				perDim[d] = total / nd
				if d < total%nd {
					perDim[d]++
				}
			}
		}
		// The largest sums: every weight the same, often the largest.
		var same decimal.Decimal
		if rapid.IntRange(0, 7).Draw(t, "same weights") == 7 {
			same = weight(t, "every weight")
		}
		w := func(label string) decimal.Decimal {
			if !same.IsZero() {
				return same
			}
			return weight(t, label)
		}
		var pattern []maturity.Indicator
		if total > drawEachUpTo {
			for range patternLength {
				pattern = append(pattern, maturity.Indicator{Weight: w("indicator weight"), Rule: rule(t, services)})
			}
		}
		n := 0
		for d := range nd {
			dim := maturity.Dimension{Key: fmt.Sprintf("d%d", d), Weight: w("dimension weight")}
			dim.Indicators = make([]maturity.Indicator, 0, perDim[d])
			for range perDim[d] {
				var ind maturity.Indicator
				if pattern != nil {
					ind = pattern[n%patternLength]
					ind.Rule.Credits = slices.Clone(ind.Rule.Credits)
				} else {
					ind = maturity.Indicator{Weight: w("indicator weight"), Rule: rule(t, services)}
				}
				ind.Key = fmt.Sprintf("i%d", n)
				dim.Indicators = append(dim.Indicators, ind)
				n++
			}
			m.Dimensions = append(m.Dimensions, dim)
		}
		if n <= drawEachUpTo && rapid.IntRange(0, 1).Draw(t, "tree") == 1 {
			for d := range m.Dimensions {
				dim := &m.Dimensions[d]
				dim.Unknown, dim.Empty = groupRules(t)
				dim.Indicators, dim.Groups = branch(t, dim.Indicators, 1, w)
			}
		}
		m.Bands = bands(t, m.Scale.Min, minUnits, rangeUnits)
		m.Levels = levels(t, m.Dimensions, n)
		m.Unknown = maturity.UnknownPolicy(rapid.IntRange(0, 1).Draw(t, "policy"))
		m.Rounding = maturity.Rounding{Places: int32(rapid.IntRange(0, maturity.MaxPlaces).Draw(t, "places")),
			Mode: maturity.RoundingMode(rapid.IntRange(0, 1).Draw(t, "mode"))}
		return m
	})
}

// groupRules draws a dimension's or a group's rules for unknown values
// and for being empty: each of their values, the defaults most often.
func groupRules(t *rapid.T) (maturity.GroupUnknown, maturity.EmptyPolicy) {
	u := maturity.GroupUnknown(rapid.IntRange(0, 2).Draw(t, "group unknown"))
	e := maturity.EmptyPolicy(rapid.IntRange(0, 1).Draw(t, "group empty"))
	return u, e
}

// branch makes a tree of a node's indicators, in their order: some stay
// the node's own, the rest go, in runs, to groups that branch in turn,
// down to maturity.MaxDepth (depth is the node's). The order of the
// indicators, depth first, is the order they came in.
func branch(t *rapid.T, inds []maturity.Indicator, depth int, w func(string) decimal.Decimal) ([]maturity.Indicator, []maturity.Group) {
	if depth >= maturity.MaxDepth || len(inds) == 0 || rapid.IntRange(0, 2).Draw(t, "branch") == 0 {
		return inds, nil
	}
	own := rapid.IntRange(0, len(inds)-1).Draw(t, "own indicators")
	rest := inds[own:]
	var groups []maturity.Group
	for len(rest) > 0 {
		k := rapid.IntRange(1, len(rest)).Draw(t, "group size")
		g := maturity.Group{Key: fmt.Sprintf("g%d-%s", depth, rest[0].Key), Weight: w("group weight")}
		g.Unknown, g.Empty = groupRules(t)
		g.Indicators, g.Groups = branch(t, rest[:k], depth+1, w)
		groups = append(groups, g)
		rest = rest[k:]
	}
	return inds[:own:own], groups
}

// scale draws the scale's minimum and range in millionths: 0–1, 0–100,
// the widest (0 to 1,000,000,000), the narrowest at either end (one
// millionth wide), or anywhere.
func scale(t *rapid.T) (minUnits, rangeUnits int64) {
	const top = maxScaleUnits * valueUnits
	switch rapid.IntRange(0, 7).Draw(t, "scale") {
	case 0, 1:
		return 0, valueUnits
	case 2:
		return 0, 100 * valueUnits
	case 3:
		return 0, top
	case 4:
		return top - 1, 1
	case 5:
		return 0, 1
	}
	lo := logUniform(t, "scale min", 0, top-1)
	return lo, logUniform(t, "scale range", 1, top-lo)
}

// bands draws up to 100 bands cutting the scale at distinct points: the
// first and last often one millionth wide, many bands evenly spaced.
func bands(t *rapid.T, lowest decimal.Decimal, minUnits, rangeUnits int64) []maturity.Band {
	nb := int64(size(t, "bands", 1, maturity.MaxBands, 3, often))
	nb = min(nb, rangeUnits)
	cuts := map[int64]bool{}
	if nb-1 <= 8 {
		for range nb - 1 {
			cuts[intEdge(t, "cut", 1, rangeUnits-1, rangeUnits, often)] = true
		}
	} else {
		for i := int64(1); i < nb; i++ {
			cuts[i*rangeUnits/nb] = true
		}
	}
	starts := []decimal.Decimal{lowest}
	for _, c := range slices.Sorted(maps.Keys(cuts)) {
		starts = append(starts, decimal.New(minUnits+c, -6))
	}
	out := make([]maturity.Band, len(starts))
	for k, from := range starts {
		to := decimal.New(minUnits+rangeUnits, -6)
		if k+1 < len(starts) {
			to = starts[k+1]
		}
		out[k] = maturity.Band{Key: fmt.Sprintf("b%d", k), From: from, To: to}
	}
	return out
}

// levels draws a ladder of up to 100 levels, each with one to three
// requirements on indicators (0…n−1) or dimensions.
func levels(t *rapid.T, dims []maturity.Dimension, n int) []maturity.Level {
	nl := size(t, "levels", 0, maturity.MaxLevels, 3, often)
	var pattern []maturity.Level
	if nl > drawEachUpTo {
		for range patternLength {
			pattern = append(pattern, level(t, dims, n))
		}
	}
	out := make([]maturity.Level, nl)
	for l := range out {
		if pattern != nil {
			out[l] = pattern[l%patternLength]
			out[l].Requires = slices.Clone(out[l].Requires)
		} else {
			out[l] = level(t, dims, n)
		}
		out[l].Key = fmt.Sprintf("l%d", l)
	}
	return out
}

func level(t *rapid.T, dims []maturity.Dimension, n int) maturity.Level {
	var lvl maturity.Level
	for range rapid.IntRange(1, maxRequirement).Draw(t, "requirements") {
		req := maturity.Requirement{AtLeast: fraction(t, "at least")}
		if rapid.Bool().Draw(t, "on a dimension") {
			req.Dimension = dims[rapid.IntRange(0, len(dims)-1).Draw(t, "dimension")].Key
		} else {
			req.Indicator = fmt.Sprintf("i%d", rapid.IntRange(0, n-1).Draw(t, "indicator"))
		}
		lvl.Requires = append(lvl.Requires, req)
	}
	return lvl
}

// rule draws a rule of any kind: given (the shrinking target), a stage or
// yes-no rule on one of services, a ratio of two measures or a count.
func rule(t *rapid.T, services []egov.ServiceKey) maturity.Rule {
	service := func() egov.ServiceKey { return rapid.SampledFrom(services).Draw(t, "service") }
	switch rapid.IntRange(0, 9).Draw(t, "rule kind") {
	case 0, 1, 2:
		return maturity.Rule{}
	case 3, 4:
		return maturity.StageRule(service(), credits(t)...)
	case 5:
		return maturity.Rule{Kind: maturity.RuleYesNo, Service: service(),
			MinStage: egov.AdoptionStage(rapid.IntRange(int(egov.StageNotStarted), int(egov.StageFullyInUse)).Draw(t, "min stage"))}
	case 6, 7:
		pair := rapid.SliceOfNDistinct(rapid.SampledFrom(egov.Measures()), 2, 2, rapid.ID[egov.Measure]).Draw(t, "ratio")
		return maturity.Rule{Kind: maturity.RuleRatio, Numerator: pair[0], Denominator: pair[1]}
	}
	return maturity.Rule{Kind: maturity.RuleCount, Measure: rapid.SampledFrom(egov.Measures()).Draw(t, "measure"),
		Target: target(t)}
}

// credits draws the five credits of a stage rule, never falling: all 0,
// all 1, the usual ladder, or any.
func credits(t *rapid.T) []decimal.Decimal {
	d := exact.MustDecimal
	switch rapid.IntRange(0, 4).Draw(t, "credits") {
	case 0:
		return []decimal.Decimal{d("0"), d("0.1"), d("0.3"), d("0.6"), d("1")}
	case 1:
		return []decimal.Decimal{d("0"), d("0"), d("0"), d("0"), d("0")}
	case 2:
		return []decimal.Decimal{d("1"), d("1"), d("1"), d("1"), d("1")}
	}
	out := make([]decimal.Decimal, 5)
	for i := range out {
		out[i] = fraction(t, "credit")
	}
	slices.SortFunc(out, decimal.Decimal.Cmp)
	return out
}

// target draws a count rule's target: positive, at most six places and 30
// digits: 1, one millionth, a small whole number, or anything up to 30
// digits, whole or with six places.
func target(t *rapid.T) decimal.Decimal {
	return reexpress(t, "target", anyTarget(t))
}

func anyTarget(t *rapid.T) decimal.Decimal {
	switch rapid.IntRange(0, 5).Draw(t, "target") {
	case 0:
		return decimal.NewFromInt(rapid.Int64Range(1, 1000).Draw(t, "target"))
	case 1:
		return decimal.New(1, 0)
	case 2:
		return decimal.New(1, -6)
	case 3:
		if v := bigWhole(t, "target", exact.MaxDigits); v.Sign() > 0 {
			return decimal.NewFromBigInt(v, 0)
		}
		return decimal.New(1, 0)
	}
	v := bigWhole(t, "target units", exact.MaxDigits)
	if v.Sign() == 0 {
		v.SetInt64(1)
	}
	return decimal.NewFromBigInt(v, -6)
}

// Value generates an indicator value: mostly known (often 0 or 1, one
// millionth from them or a few places), sometimes unknown or not
// applicable.
func Value() *rapid.Generator[maturity.Value] {
	return rapid.Custom(value)
}

func value(t *rapid.T) maturity.Value {
	switch rapid.IntRange(0, 9).Draw(t, "kind") {
	case 0:
		return maturity.Unknown()
	case 1:
		return maturity.NotApplicable()
	}
	micro := rapid.OneOf(rapid.Custom(func(t *rapid.T) int64 { return intEdge(t, "micro", 0, valueUnits, valueUnits, often) }),
		rapid.SampledFrom([]int64{0, 1_000_000, 500_000, 250_000, 333_333})).Draw(t, "micro")
	v, err := maturity.ValueFromMicro(micro)
	if err != nil {
		panic(err)
	}
	return v
}

// Values generates a value for each indicator of the model, by key. Large
// models repeat a pattern of drawn values.
func Values(m maturity.Model) *rapid.Generator[map[string]maturity.Value] {
	return rapid.Custom(func(t *rapid.T) map[string]maturity.Value {
		var keys []string
		for _, d := range m.Dimensions {
			for _, ind := range d.AllIndicators() {
				keys = append(keys, ind.Key)
			}
		}
		out := make(map[string]maturity.Value, len(keys))
		if len(keys) <= drawEachUpTo {
			for _, k := range keys {
				out[k] = value(t)
			}
			return out
		}
		pattern := make([]maturity.Value, patternLength)
		for i := range pattern {
			pattern[i] = value(t)
		}
		shift := rapid.IntRange(0, patternLength-1).Draw(t, "shift")
		for i, k := range keys {
			out[k] = pattern[(i+shift)%patternLength]
		}
		return out
	})
}

// ProfileFor generates a valid profile for the model: every service its
// rules read at any stage or unknown, and every measure any value or
// unknown (see Measures).
func ProfileFor(m maturity.Model) *rapid.Generator[egov.Profile] {
	services := map[egov.ServiceKey]bool{}
	for _, d := range m.Dimensions {
		for _, ind := range d.AllIndicators() {
			if ind.Rule.Service != "" {
				services[ind.Rule.Service] = true
			}
		}
	}
	keys := slices.Sorted(maps.Keys(services))
	return rapid.Custom(func(t *rapid.T) egov.Profile {
		p := egov.Profile{Municipality: Key().Draw(t, "municipality"), Date: Date().Draw(t, "date")}
		for _, k := range keys {
			if s := rapid.SampledFrom(egov.AdoptionStages()).Draw(t, "stage"); s.IsKnown() {
				if p.Stages == nil {
					p.Stages = map[egov.ServiceKey]egov.AdoptionStage{}
				}
				p.Stages[k] = s
			}
		}
		p.Measures = Measures().Draw(t, "measures")
		return p
	})
}

// EachIndicator calls f on every indicator of m, in place, depth first in
// the model's order, so that a test can change the indicators of a model
// of any shape (a dimension's groups hold indicators too).
func EachIndicator(m *maturity.Model, f func(*maturity.Indicator)) {
	var walk func(inds []maturity.Indicator, groups []maturity.Group)
	walk = func(inds []maturity.Indicator, groups []maturity.Group) {
		for i := range inds {
			f(&inds[i])
		}
		for i := range groups {
			walk(groups[i].Indicators, groups[i].Groups)
		}
	}
	for i := range m.Dimensions {
		walk(m.Dimensions[i].Indicators, m.Dimensions[i].Groups)
	}
}
