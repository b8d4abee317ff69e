package maturity

import (
	"slices"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/enumtext"
)

// MaxDepth is how deep groups may nest: a dimension is at depth 1, its
// groups at depth 2, and so on down to MaxDepth. Published methodologies
// need three levels at most (the EU eGovernment Benchmark's user
// centricity is a mean of a mean); the limit keeps the exact fractions of
// a score, whose denominators grow with every level, small enough to
// compute in machine words in the common case, and bounds the work a
// hostile model can cause.
const MaxDepth = 6

// A Group is a weighted part of a dimension or of another group: its score
// is the weighted mean of its indicators and its own groups that count,
// and it counts in its parent's mean with its weight, as a dimension does
// in the model's. A group thus makes of a methodology a tree, as
// published indices are written: NALED's Local eGovernment Index has two
// sub-indices of two components each, and the EU eGovernment Benchmark's
// user centricity weighs online availability against a mean of user
// support and mobile friendliness.
//
// Each group says how its own unknown indicators count (Unknown; by
// default as its parent says, and a dimension as the model says) and
// whether it counts as 0 in its parent when nothing in it counts (Empty;
// by default it is left out and its parent's weights renormalised, as a
// dimension whose indicators are all not applicable leaves the model's
// mean).
type Group struct {
	// Key identifies the group; keys are unique across the model's
	// dimensions and groups.
	Key string `json:"key"`
	// Name and Description in English and Serbian, as a Dimension's.
	Name                string          `json:"name,omitempty"`
	NameCyrillic        string          `json:"name_sr_cyrl,omitempty"`
	NameLatin           string          `json:"name_sr_latn,omitempty"`
	Description         string          `json:"description,omitempty"`
	DescriptionCyrillic string          `json:"description_sr_cyrl,omitempty"`
	DescriptionLatin    string          `json:"description_sr_latn,omitempty"`
	Weight              decimal.Decimal `json:"weight"`
	Unknown             GroupUnknown    `json:"unknown,omitzero"`
	Empty               EmptyPolicy     `json:"empty,omitzero"`
	// Indicators and Groups are the group's children; it needs at least
	// one of either.
	Indicators []Indicator `json:"indicators,omitempty"`
	Groups     []Group     `json:"groups,omitempty"`
}

// GroupUnknown says how the unknown indicators directly in a dimension or
// a group count. Its zero value, InheritUnknown, takes the rule of the
// parent: the model's UnknownPolicy for a dimension, the parent's for a
// group, so that a model that sets none scores as it did before groups.
type GroupUnknown uint8

// The rules for unknown values in a group.
const (
	InheritUnknown  GroupUnknown = iota // as the parent says
	LeaveOutUnknown                     // left out, as LeaveOut
	ZeroUnknown                         // counted as 0, as CountAsZero
	numGroupUnknown
)

// String returns "inherit", "leave-out" or "count-as-zero".
func (g GroupUnknown) String() string {
	return enumtext.Name(g, "GroupUnknown", "inherit", "leave-out", "count-as-zero")
}

// MarshalText implements encoding.TextMarshaler.
func (g GroupUnknown) MarshalText() ([]byte, error) {
	return enumtext.Marshal(g, numGroupUnknown, "group unknown rule")
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (g *GroupUnknown) UnmarshalText(b []byte) error {
	if g == nil {
		return nilTarget("GroupUnknown")
	}
	return enumtext.Unmarshal(g, numGroupUnknown, "group unknown rule", b)
}

// resolve returns whether unknown values count as zero under g, given the
// parent's answer.
func (g GroupUnknown) resolve(parentZero bool) bool {
	switch g {
	case LeaveOutUnknown:
		return false
	case ZeroUnknown:
		return true
	case InheritUnknown, numGroupUnknown:
	}
	return parentZero
}

// EmptyPolicy says what a dimension or a group in which nothing counts
// (every indicator not applicable, or unknown and left out) brings to its
// parent. Its zero value, LeaveOutEmpty, leaves it out of the parent's
// mean, whose other weights are renormalised, as a dimension with no
// applicable indicator always was.
type EmptyPolicy uint8

// The policies for an empty group.
const (
	LeaveOutEmpty EmptyPolicy = iota // left out of the parent's mean
	ZeroEmpty                        // counted as 0 with its weight
	numEmptyPolicies
)

// String returns "leave-out" or "count-as-zero".
func (p EmptyPolicy) String() string {
	return enumtext.Name(p, "EmptyPolicy", "leave-out", "count-as-zero")
}

// MarshalText implements encoding.TextMarshaler.
func (p EmptyPolicy) MarshalText() ([]byte, error) {
	return enumtext.Marshal(p, numEmptyPolicies, "empty policy")
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (p *EmptyPolicy) UnmarshalText(b []byte) error {
	if p == nil {
		return nilTarget("EmptyPolicy")
	}
	return enumtext.Unmarshal(p, numEmptyPolicies, "empty policy", b)
}

// IsTree reports whether the dimension has groups or a rule of its own
// for unknown values or for being empty: whether it is more than the flat
// weighted mean of its indicators under the model's rules.
func (d Dimension) IsTree() bool {
	return len(d.Groups) > 0 || d.Unknown != InheritUnknown || d.Empty != LeaveOutEmpty
}

// AllIndicators returns every indicator of the dimension, its own first,
// then each group's in order, depth first: the order of the model's
// indicators (Compiled.Indicators) within the dimension.
func (d Dimension) AllIndicators() []Indicator {
	out := cloneIndicators(d.Indicators)
	for _, g := range d.Groups {
		out = g.appendIndicators(out)
	}
	return out
}

// AllIndicators returns every indicator of the group, its own first, then
// each of its groups' in order, depth first.
func (g Group) AllIndicators() []Indicator { return g.appendIndicators(nil) }

func (g Group) appendIndicators(out []Indicator) []Indicator {
	out = append(out, cloneIndicators(g.Indicators)...)
	for _, h := range g.Groups {
		out = h.appendIndicators(out)
	}
	return out
}

// Label returns the group's name in language l (see the package
// documentation), or its key when it has no name.
func (g Group) Label(l egov.Language) string {
	return orKey(words(g.Name, g.NameCyrillic, g.NameLatin).In(l), g.Key)
}

// DescriptionIn returns the group's description in language l, or "".
func (g Group) DescriptionIn(l egov.Language) string {
	return words(g.Description, g.DescriptionCyrillic, g.DescriptionLatin).In(l)
}

func cloneIndicators(in []Indicator) []Indicator {
	out := slices.Clone(in)
	for i := range out {
		out[i].Rule = out[i].Rule.clone()
	}
	return out
}

func cloneGroups(in []Group) []Group {
	out := slices.Clone(in)
	for i := range out {
		out[i].Indicators = cloneIndicators(out[i].Indicators)
		out[i].Groups = cloneGroups(out[i].Groups)
	}
	return out
}
