package maturity

import (
	"math/big"
	"slices"
)

// treeExtreme is extreme for a tree: the completion with the lowest (or,
// when high is set, the highest) score over the spans, into out; ok is
// false when no completion has anything to score.
//
// The argument of extreme carries over node by node. For a fixed choice
// of which children count, a node's mean rises with each child's mean, and
// the children share no indicator, so each child is at its own extreme,
// conditional on counting: a leaf at the end of its span, a group at its
// least (greatest) mean among the completions in which it counts. Which
// children count is then a least (greatest) weighted mean over the subsets
// that hold the children that always count (an indicator that must apply,
// a group that must count, or a group that counts as 0 when empty), solved
// exactly by taking the others in order of value while they lower (raise)
// the mean; a node with no child that always counts may itself be left
// out, and counts, when it does, with its best mean, taking its best child
// first. A group that counts as 0 when empty and may be empty offers its
// parent 0 at the low end (its least mean is never below 0) and its
// greatest mean at the high end. So the extremes over trees are exact for
// independent values (RangeOf), as they are for flat models; for a
// profile, Range checks as before that one set of facts gives them.
func (c *Compiled) treeExtreme(spans []span, high bool, out []Value) (ok bool) {
	t := c.tree
	n := len(t.nodes)
	kind := make([]uint8, n) // dimMandatory, dimOptional or dimAbsent
	mean := make([]*big.Rat, n)
	in := make([]bool, n)              // counts in its parent when the parent counts
	empty := make([]bool, n)           // chosen empty though it counts (as 0)
	leafIn := make([]bool, len(spans)) // applies when its node counts
	type item struct {
		leaf, node int // one of them is -1
		w          uint64
		v          *big.Rat
	}
	some := false // the root has a child that can count
	for g := n - 1; g >= -1; g-- {
		var mand, opt []item
		add := func(it item, optional bool) {
			if optional {
				opt = append(opt, it)
			} else {
				mand = append(mand, it)
			}
		}
		if g >= 0 {
			nd := &t.nodes[g]
			for i := nd.own[0]; i < nd.own[1]; i++ {
				s := spans[i]
				if s.naOnly {
					continue
				}
				v := s.lo
				if high {
					v = s.hi
				}
				add(item{leaf: i, node: -1, w: c.w[i], v: big.NewRat(int64(v), valueUnit)}, s.na)
			}
			for _, h := range nd.groups {
				c.offer(h, high, kind, mean, empty, func(it *big.Rat, optional bool) {
					add(item{leaf: -1, node: h, w: t.nodes[h].w, v: it}, optional)
				})
			}
		} else {
			for d := range c.dw {
				c.offer(d, high, kind, mean, empty, func(it *big.Rat, optional bool) {
					add(item{leaf: -1, node: d, w: c.dw[d], v: it}, optional)
				})
			}
		}
		// Optional children in order of value, lowest first for the least
		// mean, highest first for the greatest; ties in model order.
		slices.SortStableFunc(opt, func(a, b item) int {
			if high {
				return b.v.Cmp(a.v)
			}
			return a.v.Cmp(b.v)
		})
		sum, weight := new(big.Rat), new(big.Rat)
		take := func(it item) {
			sum.Add(sum, new(big.Rat).Mul(it.v, new(big.Rat).SetInt(u(it.w))))
			weight.Add(weight, new(big.Rat).SetInt(u(it.w)))
			if it.leaf >= 0 {
				leafIn[it.leaf] = true
			} else {
				in[it.node] = true
			}
		}
		for _, it := range mand {
			take(it)
		}
		k := 0
		if len(mand) == 0 && len(opt) > 0 { // the best one first
			take(opt[0])
			k = 1
		}
		for ; k < len(opt); k++ {
			m := new(big.Rat).Quo(sum, weight)
			if cmp := opt[k].v.Cmp(m); (high && cmp < 0) || (!high && cmp > 0) {
				break
			}
			take(opt[k])
		}
		if g < 0 {
			some = len(mand)+len(opt) > 0
			break
		}
		switch {
		case len(mand) > 0:
			kind[g] = dimMandatory
		case len(opt) > 0:
			kind[g] = dimOptional
		default:
			kind[g] = dimAbsent
		}
		mean[g] = new(big.Rat)
		if weight.Sign() > 0 {
			mean[g].Quo(sum, weight)
		}
	}
	if !some {
		return false
	}
	// Top down: a node counts when its parent does and it was taken in;
	// a leaf applies when its node counts, is not chosen empty, and it
	// was taken in.
	present := make([]bool, n)
	for g := range n {
		nd := &t.nodes[g]
		parent := true
		if nd.parent >= 0 {
			parent = present[nd.parent] && !empty[nd.parent]
		}
		present[g] = parent && in[g]
	}
	for i := range spans {
		g := t.leaf[i]
		s := spans[i]
		if s.naOnly || !present[g] || empty[g] || !leafIn[i] {
			out[i] = NotApplicable()
			continue
		}
		v := s.lo
		if high {
			v = s.hi
		}
		out[i] = Value{micro: v, state: StateKnown}
	}
	return true
}

// offer gives node h's parent what h can bring to it at an end: a value
// and whether it is optional (may be left out), through add, or nothing
// when it can only be left out. A group that counts as 0 when empty is
// never left out: at the low end it brings 0, chosen empty, whenever it
// can be empty; at the high end its greatest mean when it can count.
func (c *Compiled) offer(h int, high bool, kind []uint8, mean []*big.Rat, empty []bool, add func(*big.Rat, bool)) {
	nd := &c.tree.nodes[h]
	switch {
	case kind[h] == dimMandatory:
		add(mean[h], false)
	case !nd.emptyZero && kind[h] == dimOptional:
		add(mean[h], true)
	case !nd.emptyZero: // absent
	case kind[h] == dimOptional && high:
		add(mean[h], false)
	default: // empty, counted as 0
		empty[h] = true
		add(new(big.Rat), false)
	}
}
