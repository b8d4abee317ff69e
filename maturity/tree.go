package maturity

import (
	"math/big"
)

// A model whose dimensions have groups, or rules of their own for unknown
// values or for being empty, is scored as a tree. Every node (a dimension
// or a group) has the weighted mean of the children that count: its own
// indicators that are known (or unknown and counted as zero) and its
// groups that are not empty (or empty and counted as zero). A node in
// which nothing counts is empty. The overall score is the weighted mean of
// the dimensions that count, as for a flat model, which is a tree of depth
// one with the model's rules: a flat model is scored by the flat engine
// (score.go), so that its speed and its figures stay what they were.
//
// Each counted indicator's share of the overall fraction is the product,
// along its path, of each node's weight over the weight of the siblings
// that count with it: the fraction is Σ share_i·v_i, so that the
// indicators' contributions add up to it exactly. When every indicator
// counts, the shares are the model's and Compile keeps them as integers
// over one denominator (coef, den), so that a score costs one dot product,
// as a flat model's does; otherwise the shares are computed for the
// assessment, exactly, in rationals.

// tnode is a compiled dimension (nodes 0 to D-1) or group (the rest, depth
// first, so that a group's index is above its parent's).
type tnode struct {
	parent    int    // -1 for a dimension
	w         uint64 // weight, in ten-thousandths
	key       string
	dim       int  // the dimension the node is in
	depth     int  // 1 for a dimension
	zero      bool // its own unknown indicators count as 0
	emptyZero bool // counts as 0 when empty
	own       [2]int
	lo, hi    int // every indicator of the subtree: [lo, hi)
	groups    []int
}

type tree struct {
	nodes    []tnode
	leaf     []int  // each indicator's node
	zero     []bool // each indicator's node counts unknown values as 0
	coef     []uint64
	den      uint64
	fullOK   bool
	dimLevel bool // a level requires a dimension's score
}

// walk compiles the indicators and groups of node n, depth first.
func (t *tree) walk(c *Compiled, n int, path string, inds []Indicator, groups []Group, add func(string, Indicator), fx *fixed) {
	node := &t.nodes[n]
	node.lo = len(c.keys)
	node.own[0] = len(c.keys)
	for j, ind := range inds {
		add(index(path+".indicators", j), ind)
		t.leaf = append(t.leaf, n)
		t.zero = append(t.zero, node.zero)
	}
	t.nodes[n].own[1] = len(c.keys)
	for k, g := range groups {
		gpath := index(path+".groups", k)
		p := t.nodes[n]
		t.nodes = append(t.nodes, tnode{parent: n, key: g.Key, dim: p.dim, depth: p.depth + 1,
			w:    fx.units(gpath+".weight", g.Weight, MaxWeightPlaces, maxWeight),
			zero: g.Unknown.resolve(p.zero), emptyZero: g.Empty == ZeroEmpty})
		h := len(t.nodes) - 1
		t.nodes[n].groups = append(t.nodes[n].groups, h)
		t.walk(c, h, gpath, g.Indicators, g.Groups, add, fx)
	}
	t.nodes[n].hi = len(c.keys)
}

// prepare computes the shares of a full assessment, every indicator
// counted, as integers over one denominator when they fit in 64 bits.
func (t *tree) prepare(c *Compiled) {
	for _, reqs := range c.levels {
		for _, r := range reqs {
			t.dimLevel = t.dimLevel || r.dimension >= 0
		}
	}
	values := make([]Value, len(c.keys))
	for i := range values {
		values[i] = Value{micro: valueUnit, state: StateKnown}
	}
	ev := c.eval(values)
	lcm := big.NewInt(1)
	g := new(big.Int)
	for _, s := range ev.share {
		g.GCD(nil, nil, lcm, s.Denom())
		lcm.Mul(lcm.Quo(lcm, g), s.Denom())
	}
	den := new(big.Int).Mul(lcm, big.NewInt(valueUnit))
	if !den.IsUint64() {
		return
	}
	t.coef = make([]uint64, len(ev.share))
	for i, s := range ev.share {
		k := new(big.Int).Quo(lcm, s.Denom())
		k.Mul(k, s.Num()) // ≤ lcm: the shares add up to 1
		t.coef[i] = k.Uint64()
	}
	t.den, t.fullOK = den.Uint64(), true
}

// counted reports whether an indicator's value counts in its node's mean.
func (c *Compiled) counted(i int, v Value) bool {
	return v.state == StateKnown || (v.state == StateUnknown && c.tree.zero[i])
}

// evaluation is the exact reading of an assessment through the tree.
type evaluation struct {
	ok      bool       // some dimension counts
	frac    *big.Rat   // the overall fraction of the scale's range
	present []bool     // by node: counts in its parent's mean
	filled  []bool     // by node: something in it counts (not empty)
	mean    []*big.Rat // by node: its mean from 0 to 1 (0 when empty)
	node    []*big.Rat // by node: its share of the overall fraction (0 when not present)
	share   []*big.Rat // by indicator: its share (0 when not counted)
	app     []bool     // by node: some indicator in it applies
	cov     []*big.Rat // by node: the share of its applicable weight known
}

// eval reads values through the tree, exactly: children before parents
// for the means and the coverage, then parents before children for the
// shares.
func (c *Compiled) eval(values []Value) evaluation {
	t := c.tree
	n := len(t.nodes)
	ev := evaluation{present: make([]bool, n), filled: make([]bool, n), mean: make([]*big.Rat, n),
		node: make([]*big.Rat, n), share: make([]*big.Rat, len(values)), app: make([]bool, n), cov: make([]*big.Rat, n)}
	sums := make([]uint64, n) // Σ weight over the children that count
	appW := make([]uint64, n) // Σ weight over the children that apply
	for g := n - 1; g >= 0; g-- {
		nd := &t.nodes[g]
		num, cnum := new(big.Rat), new(big.Rat)
		var s, a uint64
		var leafN, leafK uint64
		for i := nd.own[0]; i < nd.own[1]; i++ {
			v := values[i]
			if v.state != StateNotApplicable {
				a += c.w[i]
				if v.state == StateKnown {
					leafK += c.w[i]
				}
			}
			if c.counted(i, v) {
				s += c.w[i]
				leafN += c.w[i] * uint64(v.micro) // ≤ 10^4·10^4·10^4·10^6 over one node's leaves
			}
		}
		num.SetFrac(u(leafN), big.NewInt(valueUnit))
		cnum.SetInt(u(leafK))
		for _, h := range nd.groups {
			if ev.present[h] {
				s += t.nodes[h].w
				num.Add(num, new(big.Rat).Mul(ev.mean[h], new(big.Rat).SetInt(u(t.nodes[h].w))))
			}
			if ev.app[h] {
				a += t.nodes[h].w
				cnum.Add(cnum, new(big.Rat).Mul(ev.cov[h], new(big.Rat).SetInt(u(t.nodes[h].w))))
			}
		}
		sums[g], appW[g] = s, a
		ev.mean[g] = new(big.Rat)
		if s > 0 {
			ev.filled[g], ev.present[g] = true, true
			ev.mean[g].Quo(num, new(big.Rat).SetInt(u(s)))
		} else {
			ev.present[g] = nd.emptyZero
		}
		ev.cov[g] = new(big.Rat)
		if a > 0 {
			ev.app[g] = true
			ev.cov[g].Quo(cnum, new(big.Rat).SetInt(u(a)))
		}
	}
	var root uint64
	for d := range c.dw {
		if ev.present[d] {
			root += c.dw[d]
		}
	}
	ev.frac = new(big.Rat)
	for g := range n {
		ev.node[g] = new(big.Rat)
	}
	for i := range ev.share {
		ev.share[i] = new(big.Rat)
	}
	if root == 0 {
		return ev
	}
	ev.ok = true
	for g := range n {
		nd := &t.nodes[g]
		if !ev.present[g] {
			continue
		}
		if nd.parent < 0 {
			ev.node[g].SetFrac(u(nd.w), u(root))
		} else {
			ev.node[g].Mul(ev.node[nd.parent], new(big.Rat).SetFrac(u(nd.w), u(sums[nd.parent])))
		}
		if !ev.filled[g] {
			continue
		}
		for i := nd.own[0]; i < nd.own[1]; i++ {
			if c.counted(i, values[i]) {
				ev.share[i].Mul(ev.node[g], new(big.Rat).SetFrac(u(c.w[i]), u(sums[g])))
			}
		}
		if nd.parent < 0 {
			ev.frac.Add(ev.frac, new(big.Rat).Mul(ev.node[g], ev.mean[g]))
		}
	}
	return ev
}

// treeFraction returns the overall fraction of values: from the
// precomputed shares when every indicator counts, else from eval.
func (c *Compiled) treeFraction(values []Value) (fraction, bool) {
	t := c.tree
	if t.fullOK {
		var num uint64
		full := true
		for i, v := range values {
			if !c.counted(i, v) {
				full = false
				break
			}
			num += t.coef[i] * uint64(v.micro) // Σ ≤ den: no term or sum wraps
		}
		if full {
			return fraction{num: num, den: t.den}, true
		}
	}
	ev := c.eval(values)
	if !ev.ok {
		return fraction{}, false
	}
	return fraction{rat: ev.frac}, true
}

// treeTotals is totals for a tree.
func (c *Compiled) treeTotals(values []Value) (Totals, error) {
	f, ok := c.treeFraction(values)
	if !ok {
		return Totals{}, &NoScoreError{ModelID: c.model.ID, ModelVersion: c.model.Version}
	}
	units := c.units(f)
	return Totals{frac: f, min: c.scaleMin, rng: c.scaleRange, units: units, places: c.places,
		band: c.band(units), level: c.treeLevel(values)}, nil
}

// treeLevel is level for a tree: a requirement on a dimension reads the
// dimension's mean through the tree, which is evaluated only when one is
// reached.
func (c *Compiled) treeLevel(values []Value) int {
	var ev *evaluation
	for l, reqs := range c.levels {
		for _, r := range reqs {
			if r.indicator >= 0 {
				if !c.meets(r, values, nil) {
					return l
				}
				continue
			}
			if ev == nil {
				e := c.eval(values)
				ev = &e
			}
			d := r.dimension
			switch {
			case !ev.app[d]:
				// nothing applies: met
			case !ev.filled[d]:
				return l // nothing known
			case ev.mean[d].Cmp(new(big.Rat).SetFrac(u(r.atLeast), big.NewInt(valueUnit))) < 0:
				return l
			}
		}
	}
	return len(c.levels)
}

// treeCoverage is the coverage of values through the tree: at each node,
// the weighted mean of its applicable children's coverage, a known
// indicator's being 1 and an unknown one's 0; for a flat model, the
// coverage of Result.CoverageExact.
func (c *Compiled) treeCoverage(values []Value) *big.Rat {
	ev := c.eval(values)
	var wsum uint64
	for d := range c.dw {
		if ev.app[d] {
			wsum += c.dw[d]
		}
	}
	cov := new(big.Rat)
	if wsum == 0 {
		return cov
	}
	for d := range c.dw {
		if ev.app[d] {
			cov.Add(cov, new(big.Rat).Mul(ev.cov[d], new(big.Rat).SetFrac(u(c.dw[d]), u(wsum))))
		}
	}
	return cov
}
