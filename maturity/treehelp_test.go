package maturity_test

import (
	"fmt"

	"pgregory.net/rapid"

	"github.com/digitaldistrict/egovkit/maturity"
)

// Helpers for tests that read or change a model whatever its shape: a
// dimension's indicators may sit in groups at any depth.

// allIndicators returns every indicator of m in the model's order.
func allIndicators(m maturity.Model) []maturity.Indicator {
	var out []maturity.Indicator
	for _, d := range m.Dimensions {
		out = append(out, d.AllIndicators()...)
	}
	return out
}

// eachIndicator calls f on every indicator of m, in place.
func eachIndicator(m *maturity.Model, f func(*maturity.Indicator)) {
	eachIndicatorAt(m, func(_ string, ind *maturity.Indicator) { f(ind) })
}

// eachIndicatorAt calls f on every indicator of m, in place, with its path
// ("dimensions[0].groups[1].indicators[2]").
func eachIndicatorAt(m *maturity.Model, f func(string, *maturity.Indicator)) {
	var walk func(path string, inds []maturity.Indicator, groups []maturity.Group)
	walk = func(path string, inds []maturity.Indicator, groups []maturity.Group) {
		for i := range inds {
			f(fmt.Sprintf("%s.indicators[%d]", path, i), &inds[i])
		}
		for i := range groups {
			walk(fmt.Sprintf("%s.groups[%d]", path, i), groups[i].Indicators, groups[i].Groups)
		}
	}
	for i := range m.Dimensions {
		walk(fmt.Sprintf("dimensions[%d]", i), m.Dimensions[i].Indicators, m.Dimensions[i].Groups)
	}
}

// eachGroup calls f on every group of m, in place, a group before its own.
func eachGroup(m *maturity.Model, f func(*maturity.Group)) {
	var walk func(groups []maturity.Group)
	walk = func(groups []maturity.Group) {
		for i := range groups {
			f(&groups[i])
			walk(groups[i].Groups)
		}
	}
	for i := range m.Dimensions {
		walk(m.Dimensions[i].Groups)
	}
}

// permuteTree shuffles the indicators and the groups of every node of m.
func permuteTree(t *rapid.T, m *maturity.Model) {
	for i := range m.Dimensions {
		d := &m.Dimensions[i]
		d.Indicators = rapid.Permutation(d.Indicators).Draw(t, "indicators")
		d.Groups = rapid.Permutation(d.Groups).Draw(t, "groups")
	}
	var walk func(groups []maturity.Group)
	walk = func(groups []maturity.Group) {
		for i := range groups {
			g := &groups[i]
			g.Indicators = rapid.Permutation(g.Indicators).Draw(t, "indicators")
			g.Groups = rapid.Permutation(g.Groups).Draw(t, "groups")
			walk(g.Groups)
		}
	}
	for i := range m.Dimensions {
		walk(m.Dimensions[i].Groups)
	}
}

// prune keeps the indicators keep accepts, dropping groups left with
// nothing; ok is false when a group or dimension that would be dropped
// counts as 0 when empty, as removing it would change its parent's mean.
func prune(inds []maturity.Indicator, groups []maturity.Group, keep func(maturity.Indicator) bool) ([]maturity.Indicator, []maturity.Group, bool) {
	var ki []maturity.Indicator
	for _, ind := range inds {
		if keep(ind) {
			ki = append(ki, ind)
		}
	}
	var kg []maturity.Group
	for _, g := range groups {
		gi, gg, ok := prune(g.Indicators, g.Groups, keep)
		if !ok {
			return nil, nil, false
		}
		if len(gi)+len(gg) == 0 {
			if g.Empty == maturity.ZeroEmpty {
				return nil, nil, false
			}
			continue
		}
		g.Indicators, g.Groups = gi, gg
		kg = append(kg, g)
	}
	return ki, kg, true
}
