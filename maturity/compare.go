package maturity

import (
	"math/big"
	"slices"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/exact"
)

// A Delta is a change of one figure between two results: exact, and rounded
// once from the exact change. The zero Delta, with a nil Exact, is the
// delta of figures that cannot be compared (see Comparable).
type Delta struct {
	Exact   *big.Rat
	Rounded decimal.Decimal
}

// A Comparison sets two results of the same methodology side by side, as
// progress between two visits. The zero Comparison, which Compare returns
// with an error, compares nothing.
type Comparison struct {
	ModelID       string
	BeforeVersion string
	AfterVersion  string
	// MethodologyChanged is set when the two results were scored with
	// different versions of the model, or with two models of one ID and
	// version whose content differs. The deltas are then computed only
	// for the dimensions and indicators both versions have, and they mix two
	// methodologies: read them as such, not as progress.
	MethodologyChanged bool
	Score              Delta
	// Improved and Learned split the score's change in two that add up to
	// it exactly: Improved is what the indicators known at both visits
	// moved it by (their values changed), Learned what the rest did
	// (values that became known, or stopped being known or applicable),
	// which is a change in what is known, not in the municipality. Both
	// are the zero Delta when the methodology changed.
	Improved, Learned Delta
	BandBefore        string
	BandAfter         string
	LevelBefore       int
	LevelAfter        int
	Dimensions        []DimensionDelta
	Indicators        []IndicatorDelta
}

// A DimensionDelta is the change of one dimension's score. A dimension not
// scored in one of the results has no delta (Comparable is false).
type DimensionDelta struct {
	Key        string
	Comparable bool
	Delta      Delta
}

// An IndicatorDelta is the change of one indicator's value. Comparable is
// false unless the value is known in both results.
type IndicatorDelta struct {
	Key        string
	Before     Value
	After      Value
	Comparable bool
	Delta      Delta
}

// Compare compares two results. A nil or zero *Result is refused with an
// *egov.ValidationError naming it ("before", "after"); results of different
// models with a *MismatchError; results of different versions of one model
// are compared with MethodologyChanged set, never silently.
func Compare(before, after *Result) (Comparison, error) {
	var ps egov.ProblemList
	checkResult(&ps, "before", before)
	checkResult(&ps, "after", after)
	if err := ps.Err("comparison"); err != nil {
		return Comparison{}, err
	}
	if before.ModelID() != after.ModelID() {
		return Comparison{}, mismatch("after", after.c, before.c)
	}
	c := after.c
	cmp := Comparison{
		ModelID: before.ModelID(), BeforeVersion: before.ModelVersion(), AfterVersion: after.ModelVersion(),
		MethodologyChanged: !before.c.same(after.c),
		Score:              delta(before.Exact(), after.Exact(), c),
		LevelBefore:        before.level, LevelAfter: after.level,
	}
	if !cmp.MethodologyChanged {
		cmp.Improved, cmp.Learned = split(c, before, after)
	}
	bb, _ := before.Band()
	ab, _ := after.Band()
	cmp.BandBefore, cmp.BandAfter = bb.Key, ab.Key
	beforeDims := map[string]DimensionScore{}
	for _, d := range before.Dimensions() {
		beforeDims[d.Key] = d
	}
	for _, d := range after.Dimensions() {
		b, ok := beforeDims[d.Key]
		if !ok {
			continue
		}
		dd := DimensionDelta{Key: d.Key, Comparable: b.Scored && d.Scored}
		if dd.Comparable {
			dd.Delta = delta(b.Exact, d.Exact, c)
		}
		cmp.Dimensions = append(cmp.Dimensions, dd)
	}
	for i, key := range after.c.keys {
		bv, ok := before.Assessment().Value(key)
		if !ok {
			continue
		}
		av := after.values[i]
		id := IndicatorDelta{Key: key, Before: bv, After: av,
			Comparable: bv.state == StateKnown && av.state == StateKnown}
		if id.Comparable {
			id.Delta = delta(big.NewRat(int64(bv.micro), valueUnit), big.NewRat(int64(av.micro), valueUnit), c)
			id.Delta.Rounded = exact.Round(id.Delta.Exact, MaxValuePlaces, c.halfEven)
		}
		cmp.Indicators = append(cmp.Indicators, id)
	}
	return cmp, nil
}

// checkResult reports a result the package did not make: nil, or the zero
// Result.
func checkResult(ps *egov.ProblemList, path string, r *Result) {
	switch {
	case r == nil:
		ps.Add(path, "", "no result (nil)")
	case !r.IsValid():
		ps.Add(path, "", "the zero Result holds no score (results come from Compiled.Score)")
	}
}

func delta(before, after *big.Rat, c *Compiled) Delta {
	d := new(big.Rat).Sub(after, before)
	return Delta{Exact: d, Rounded: exact.Round(d, c.places, c.halfEven)}
}

// split returns the parts of the change from before to after due to
// values known in both, and due to the rest: before with the values known
// in both set as after has them is scored in between.
func split(c *Compiled, before, after *Result) (improved, learned Delta) {
	mid := slices.Clone(before.values)
	for i, v := range after.values {
		if v.state == StateKnown && mid[i].state == StateKnown {
			mid[i] = v
		}
	}
	t := newTally(len(c.dw))
	m, err := c.totals(mid, &t, nil)
	if err != nil { // unreachable: mid counts what before counts
		return Delta{}, Delta{}
	}
	return delta(before.Exact(), m.Exact(), c), delta(m.Exact(), after.Exact(), c)
}
