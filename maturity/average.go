package maturity

import (
	"errors"
	"maps"
	"math/big"
	"slices"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/exact"
)

// An Average is the mean of several assessments of one model, the
// occasions (the life events of a year, the visits of a quarter), taken
// node by node as the EU eGovernment Benchmark averages each benchmark over
// the life events that have it: each dimension's and group's average is
// the mean of its scores over the occasions in which it has one (it counts
// in its parent: something in it counts, or it is empty and counts as 0),
// and the overall average is the weighted mean, by the model's dimension
// weights, of the dimensions' averages, over the dimensions that have a
// score on some occasion. Every figure is exact and rounded once, from its
// exact value, as the model says.
//
// The zero Average averages nothing: IsValid reports false, Occasions is
// 0, the scores are 0 and there are no dimensions or groups.
type Average struct {
	c         *Compiled
	occasions int
	frac      *big.Rat
	nodes     []NodeAverage // dimensions, then groups depth first
}

// A NodeAverage is one dimension's or group's average over the occasions.
type NodeAverage struct {
	Key string
	// Occasions is the number of occasions in which the node has a score;
	// a node with none has no average (Scored is false, the figures 0).
	Occasions int
	Scored    bool
	Score     decimal.Decimal
	Exact     *big.Rat
}

// Average averages the assessments, each of this model, node by node (see
// Average). An assessment with nothing to score is an occasion on which
// no node has a score. It returns a *MismatchError for an assessment of
// another model (naming it, "assessments[2]") and a *NoScoreError when no
// occasion has anything to score.
func (c *Compiled) Average(as []Assessment) (Average, error) {
	if !c.valid() {
		return Average{}, noModel()
	}
	n := len(c.dw)
	if c.tree != nil {
		n = len(c.tree.nodes)
	}
	sums := make([]*big.Rat, n)
	counts := make([]int, n)
	for i := range sums {
		sums[i] = new(big.Rat)
	}
	for k, a := range as {
		if err := c.owns(a); err != nil {
			if me := (*MismatchError)(nil); errors.As(err, &me) {
				me.Subject = index("assessments", k)
			}
			return Average{}, err
		}
		present, mean := c.nodeMeans(a.values)
		for g := range present {
			if present[g] {
				sums[g].Add(sums[g], mean[g])
				counts[g]++
			}
		}
	}
	avg := Average{c: c, occasions: len(as), frac: new(big.Rat)}
	var wsum uint64
	for g := range n {
		na := NodeAverage{Occasions: counts[g], Exact: new(big.Rat)}
		if g < len(c.dw) {
			na.Key = c.dimKeys[g]
		} else {
			na.Key = c.tree.nodes[g].key
		}
		if counts[g] > 0 {
			na.Scored = true
			mean := new(big.Rat).Quo(sums[g], new(big.Rat).SetInt64(int64(counts[g])))
			na.Exact = c.scaled(mean)
			if g < len(c.dw) {
				avg.frac.Add(avg.frac, mean.Mul(mean, new(big.Rat).SetInt(u(c.dw[g]))))
				wsum += c.dw[g]
			}
		}
		na.Score = exact.Round(na.Exact, c.places, c.halfEven)
		avg.nodes = append(avg.nodes, na)
	}
	if wsum == 0 {
		return Average{}, &NoScoreError{ModelID: c.model.ID, ModelVersion: c.model.Version}
	}
	avg.frac.Quo(avg.frac, new(big.Rat).SetInt(u(wsum)))
	return avg, nil
}

// nodeMeans returns, for each node (each dimension of a flat model),
// whether it counts in its parent and its mean from 0 to 1.
func (c *Compiled) nodeMeans(values []Value) (present []bool, mean []*big.Rat) {
	if c.tree != nil {
		ev := c.eval(values)
		return ev.present, ev.mean
	}
	t := newTally(len(c.dw))
	c.sum(values, &t)
	present = make([]bool, len(c.dw))
	mean = make([]*big.Rat, len(c.dw))
	for d := range c.dw {
		mean[d] = new(big.Rat)
		if t.scored[d] > 0 {
			present[d] = true
			mean[d].SetFrac(u(t.n[d]), new(big.Int).Mul(u(t.scored[d]), big.NewInt(valueUnit)))
		}
	}
	return present, mean
}

// IsValid reports whether a holds an average: false for the zero Average.
func (a Average) IsValid() bool { return a.c.valid() && a.frac != nil }

// Occasions returns the number of assessments averaged.
func (a Average) Occasions() int { return a.occasions }

// Exact returns the overall average on the model's scale, exactly.
func (a Average) Exact() *big.Rat {
	if !a.IsValid() {
		return new(big.Rat)
	}
	return a.c.scaled(a.frac)
}

// Score returns the overall average rounded once to the model's places.
func (a Average) Score() decimal.Decimal {
	if !a.IsValid() {
		return decimal.Decimal{}
	}
	return exact.Round(a.Exact(), a.c.places, a.c.halfEven)
}

// Dimensions returns each dimension's average, in the model's order.
func (a Average) Dimensions() []NodeAverage {
	if !a.IsValid() {
		return nil
	}
	return cloneNodes(a.nodes[:len(a.c.dw)])
}

// Groups returns each group's average, depth first in the model's order
// (none for a flat model).
func (a Average) Groups() []NodeAverage {
	if !a.IsValid() || len(a.nodes) == len(a.c.dw) {
		return nil
	}
	return cloneNodes(a.nodes[len(a.c.dw):])
}

func cloneNodes(in []NodeAverage) []NodeAverage {
	out := slices.Clone(in)
	for i := range out {
		out[i].Exact = new(big.Rat).Set(out[i].Exact)
	}
	return out
}

// A Composite is a score composed from parts already scored: the weighted
// mean, by the model's dimension weights, of given dimension scores, as a
// published headline is composed from published parts. Parts published
// rounded carry an error of up to half a unit in their last place, and a
// weighted mean moves no further than its parts, so the headline of the
// unrounded parts lies within Slack of Exact.
//
// The zero Composite composes nothing: its Exact and Slack are nil.
type Composite struct {
	Exact   *big.Rat        // the weighted mean of the parts as given, on the scale
	Rounded decimal.Decimal // Exact rounded once to the model's places
	// Slack is half a unit in the last place of the most precise part: how
	// far the composite of the parts before rounding may lie from Exact.
	Slack *big.Rat
	// Places is the number of places Rounded carries (the model's).
	Places int32
}

// Composite composes the overall score from dimension scores on the
// model's scale, by dimension key; dimensions not given are left out and
// the weights of the others renormalised, as a dimension with nothing to
// score is. Keys that are not dimensions and scores outside the scale (by
// more than half a unit in the model's last place, as a rounded score may
// be) are reported together in an *egov.ValidationError, at parts["key"].
func (c *Compiled) Composite(parts map[string]decimal.Decimal) (Composite, error) {
	if !c.valid() {
		return Composite{}, noModel()
	}
	var ps egov.ProblemList
	if len(parts) == 0 {
		ps.Add("parts", "", "no parts to compose")
	}
	// A reported score may lie up to half a unit in the model's last place
	// beyond a scale that has more places than the model reports.
	half := new(big.Rat).SetFrac(big.NewInt(5), new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(c.places)+1), nil))
	lo := new(big.Rat).SetFrac(u(c.scaleMin), big.NewInt(valueUnit))
	hi := new(big.Rat).SetFrac(u(c.scaleMin+c.scaleRange), big.NewInt(valueUnit))
	lo.Sub(lo, half)
	hi.Add(hi, half)
	sum, wsum := new(big.Rat), new(big.Rat)
	var places int32
	for _, k := range slices.Sorted(maps.Keys(parts)) {
		v := parts[k]
		d, ok := c.dimIndex[k]
		if !ok {
			ps.Add(keyPath("parts", k), k, "model %s has no dimension %q%s", c.name(), k, suggest(k, c.dimKeys))
			continue
		}
		if err := exact.CheckDecimal(v); err != nil {
			ps.Add(keyPath("parts", k), "", "%v", err)
			continue
		}
		x := exact.Rat(v)
		if x.Cmp(lo) < 0 || x.Cmp(hi) > 0 {
			ps.Add(keyPath("parts", k), fmtDec(v), "%s is outside the scale %s…%s", fmtDec(v), fmtDec(c.model.Scale.Min), fmtDec(c.model.Scale.Max))
			continue
		}
		places = max(places, exact.Places(v))
		w := new(big.Rat).SetInt(u(c.dw[d]))
		sum.Add(sum, x.Mul(x, w))
		wsum.Add(wsum, w)
	}
	if err := ps.Err("composite"); err != nil {
		return Composite{}, err
	}
	out := Composite{Exact: sum.Quo(sum, wsum), Places: c.places,
		Slack: new(big.Rat).SetFrac(big.NewInt(5), new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(places)+1), nil))}
	out.Rounded = exact.Round(out.Exact, c.places, c.halfEven)
	return out, nil
}

// Reproduces reports whether a published headline, given to the model's
// places, can come from parts that round to those composed: whether it
// lies within Slack, plus half a unit in its own last place, of Exact.
// False for the zero Composite.
func (c Composite) Reproduces(published decimal.Decimal) bool {
	if c.Exact == nil || c.Slack == nil || exact.CheckDecimal(published) != nil {
		return false
	}
	gap := new(big.Rat).Sub(exact.Rat(published), c.Exact)
	gap.Abs(gap)
	half := new(big.Rat).SetFrac(big.NewInt(5), new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(c.Places)+1), nil))
	return gap.Cmp(new(big.Rat).Add(c.Slack, half)) <= 0
}
