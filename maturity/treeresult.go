package maturity

import (
	"math/big"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/internal/exact"
)

// A GroupScore explains one group of a Result, as a DimensionScore
// explains a dimension.
type GroupScore struct {
	Key       string
	Name      string
	Dimension string // the key of the dimension the group is in
	Parent    string // the key of the dimension or group it is directly in
	Depth     int    // 2 for a dimension's group, 3 for a group's group, ...
	Weight    decimal.Decimal
	// Scored is false when nothing in the group counts (it is empty); it
	// then leaves its parent's mean, or counts there as 0 when its Empty
	// policy says so, and its figures are zero.
	Scored bool
	// Score is the group's weighted mean on the model's scale.
	Score decimal.Decimal
	Exact *big.Rat
	// Contribution is the part of the overall score above the scale's
	// minimum that the group brings: the sum of its indicators'.
	Contribution      decimal.Decimal
	ContributionExact *big.Rat
	// Coverage is the share of the group's applicable weight that is
	// known, weighted through its own groups.
	Coverage decimal.Decimal
}

// Groups explains each group of the model, depth first in the model's
// order (a group before its own groups); none for a flat model.
func (r *Result) Groups() []GroupScore {
	if !r.IsValid() || r.c.tree == nil {
		return nil
	}
	ev := r.c.eval(r.values)
	groups := r.c.groupList()
	out := make([]GroupScore, 0, len(groups))
	for _, gi := range groups {
		nd := &r.c.tree.nodes[gi.node]
		gs := GroupScore{Key: nd.key, Name: gi.g.Name, Dimension: r.c.dimKeys[nd.dim], Parent: r.c.tree.nodes[nd.parent].key,
			Depth: nd.depth, Weight: gi.g.Weight}
		gs.Scored, gs.Exact, gs.ContributionExact, gs.Coverage = r.nodeFigures(&ev, gi.node)
		gs.Score = exact.Round(gs.Exact, r.c.places, r.c.halfEven)
		gs.Contribution = exact.Round(gs.ContributionExact, r.c.places, r.c.halfEven)
		out = append(out, gs)
	}
	return out
}

// nodeFigures returns a node's figures: whether it is scored, its mean on
// the scale, its contribution and its coverage.
func (r *Result) nodeFigures(ev *evaluation, n int) (scored bool, score, contribution *big.Rat, coverage decimal.Decimal) {
	score, contribution = new(big.Rat), new(big.Rat)
	if ev.app[n] {
		coverage = exact.Round(ev.cov[n], r.c.places+2, r.c.halfEven)
	}
	if ev.filled[n] {
		scored = true
		score = r.c.scaled(ev.mean[n])
		contribution.Mul(ev.node[n], ev.mean[n])
		contribution.Mul(contribution, new(big.Rat).SetFrac(u(r.c.scaleRange), big.NewInt(valueUnit)))
	}
	return scored, score, contribution, coverage
}

// treeDimensions is Dimensions for a tree.
func (r *Result) treeDimensions() []DimensionScore {
	ev := r.c.eval(r.values)
	out := make([]DimensionScore, len(r.c.dw))
	for d, dim := range r.c.model.Dimensions {
		ds := DimensionScore{Key: dim.Key, Name: dim.Name, Weight: dim.Weight}
		ds.Scored, ds.Exact, ds.ContributionExact, ds.Coverage = r.nodeFigures(&ev, d)
		ds.Score = exact.Round(ds.Exact, r.c.places, r.c.halfEven)
		ds.Contribution = exact.Round(ds.ContributionExact, r.c.places, r.c.halfEven)
		out[d] = ds
	}
	return out
}

// treeIndicators is Indicators for a tree.
func (r *Result) treeIndicators() []IndicatorScore {
	ev := r.c.eval(r.values)
	rng := new(big.Rat).SetFrac(u(r.c.scaleRange), big.NewInt(valueUnit*valueUnit))
	out := make([]IndicatorScore, 0, len(r.values))
	for d, dim := range r.c.model.Dimensions {
		for j, ind := range dim.AllIndicators() {
			i := r.c.dimStart[d] + j
			v := r.values[i]
			nd := &r.c.tree.nodes[r.c.tree.leaf[i]]
			is := IndicatorScore{Key: ind.Key, Name: ind.Name, Dimension: dim.Key, Value: v, Weight: ind.Weight,
				Counted: r.c.counted(i, v), ContributionExact: new(big.Rat)}
			if nd.parent >= 0 {
				is.Group = nd.key
			}
			if v.state == StateKnown {
				is.ContributionExact.Mul(ev.share[i], new(big.Rat).SetInt64(int64(v.micro)))
				is.ContributionExact.Mul(is.ContributionExact, rng)
			}
			is.Contribution = exact.Round(is.ContributionExact, r.c.places, r.c.halfEven)
			out = append(out, is)
		}
	}
	return out
}

// groupRef is a group of the model with its node.
type groupRef struct {
	g    Group
	node int
}

// groupList returns the model's groups in node order: depth first, in
// the model's order.
func (c *Compiled) groupList() []groupRef {
	var out []groupRef
	var walk func(gs []Group)
	walk = func(gs []Group) {
		for _, g := range gs {
			out = append(out, groupRef{g: g, node: len(c.model.Dimensions) + len(out)})
			walk(g.Groups)
		}
	}
	for _, d := range c.model.Dimensions {
		walk(d.Groups)
	}
	return out
}
