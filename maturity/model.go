package maturity

import (
	"slices"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/internal/enumtext"
)

// A Model is a maturity methodology written as data: what is measured
// (indicators grouped in weighted dimensions), how each indicator is read
// from a profile, the scale scores are reported on, the bands and the ladder
// of levels a score falls into, and how unknown values and rounding are
// treated. A Model is a plain value: build it in Go or decode it from JSON
// (DecodeModel), then Compile it once to score with it.
type Model struct {
	// ID names the methodology ("lsg-dmi") and Version its version
	// ("1.0.0"); results carry both, and comparisons refuse to mix them
	// silently.
	ID      string `json:"id"`
	Version string `json:"version"`
	// Name and Description say what the methodology is, in English, and
	// the fields beside them in Serbian; read them with Label and
	// DescriptionIn.
	Name                string `json:"name,omitempty"`
	NameCyrillic        string `json:"name_sr_cyrl,omitempty"`
	NameLatin           string `json:"name_sr_latn,omitempty"`
	Description         string `json:"description,omitempty"`
	DescriptionCyrillic string `json:"description_sr_cyrl,omitempty"`
	DescriptionLatin    string `json:"description_sr_latn,omitempty"`
	// Scale is the range scores are reported on, such as 0–1 or 0–100.
	Scale Scale `json:"scale"`
	// Dimensions group the indicators. A dimension's score is the weighted
	// mean of its indicators; the overall score is the weighted mean of the
	// dimensions, mapped onto the scale.
	Dimensions []Dimension `json:"dimensions"`
	// Bands split the scale into named half-open ranges [From, To); the top
	// band also holds the scale's maximum. They must cover the scale with
	// no gap and no overlap.
	Bands []Band `json:"bands"`
	// Levels is an optional ladder: level n is reached when its
	// requirements and those of every level below it hold.
	Levels []Level `json:"levels,omitempty"`
	// Unknown says how unknown indicator values count.
	Unknown UnknownPolicy `json:"unknown"`
	// Rounding says how reported figures are rounded.
	Rounding Rounding `json:"rounding"`
}

// A Scale is the closed range [Min, Max] scores are reported on.
type Scale struct {
	Min decimal.Decimal `json:"min"`
	Max decimal.Decimal `json:"max"`
}

// A Dimension is a weighted group of indicators and, in a tree, of groups
// (see Group): its score is the weighted mean of its indicators and groups
// that count.
type Dimension struct {
	Key string `json:"key"`
	// Name and Description in English and Serbian: see Label.
	Name                string          `json:"name,omitempty"`
	NameCyrillic        string          `json:"name_sr_cyrl,omitempty"`
	NameLatin           string          `json:"name_sr_latn,omitempty"`
	Description         string          `json:"description,omitempty"`
	DescriptionCyrillic string          `json:"description_sr_cyrl,omitempty"`
	DescriptionLatin    string          `json:"description_sr_latn,omitempty"`
	Weight              decimal.Decimal `json:"weight"`
	Indicators          []Indicator     `json:"indicators"`
	// Unknown, Empty and Groups make the dimension a tree (see Group):
	// how the dimension's own unknown indicators count, whether it counts
	// as 0 when nothing in it does, and its weighted groups. Left zero, the
	// dimension is the flat weighted mean of its indicators it always was,
	// with the model's rule for unknown values; a model whose dimensions
	// all leave them zero has the content, the fingerprint and the JSON of
	// a model written before groups existed.
	Unknown GroupUnknown `json:"unknown,omitzero" canon:"tail"`
	Empty   EmptyPolicy  `json:"empty,omitzero" canon:"tail"`
	Groups  []Group      `json:"groups,omitempty" canon:"tail"`
}

// An Indicator is one thing measured, with a value from 0 to 1.
type Indicator struct {
	// Key identifies the indicator within the model; keys are unique across
	// all dimensions.
	Key string `json:"key"`
	// Name and Description in English and Serbian: see Label.
	Name                string          `json:"name,omitempty"`
	NameCyrillic        string          `json:"name_sr_cyrl,omitempty"`
	NameLatin           string          `json:"name_sr_latn,omitempty"`
	Description         string          `json:"description,omitempty"`
	DescriptionCyrillic string          `json:"description_sr_cyrl,omitempty"`
	DescriptionLatin    string          `json:"description_sr_latn,omitempty"`
	Weight              decimal.Decimal `json:"weight"`
	// Rule says how to read the indicator from a profile. The zero Rule
	// (RuleGiven) reads nothing: the value must be given in the assessment.
	Rule Rule `json:"rule"`
}

// A Band is a named range of the scale, [From, To).
type Band struct {
	Key string `json:"key"`
	// Name in English and Serbian: see Label.
	Name         string          `json:"name,omitempty"`
	NameCyrillic string          `json:"name_sr_cyrl,omitempty"`
	NameLatin    string          `json:"name_sr_latn,omitempty"`
	From         decimal.Decimal `json:"from"`
	To           decimal.Decimal `json:"to"`
}

// A Level is one rung of a maturity ladder.
type Level struct {
	Key string `json:"key"`
	// Name and Description in English and Serbian: see Label.
	Name                string        `json:"name,omitempty"`
	NameCyrillic        string        `json:"name_sr_cyrl,omitempty"`
	NameLatin           string        `json:"name_sr_latn,omitempty"`
	Description         string        `json:"description,omitempty"`
	DescriptionCyrillic string        `json:"description_sr_cyrl,omitempty"`
	DescriptionLatin    string        `json:"description_sr_latn,omitempty"`
	Requires            []Requirement `json:"requires"`
}

// A Requirement asks that an indicator's value, or a dimension's score (from
// 0 to 1; in a tree, the dimension's mean through its groups), be at least
// AtLeast. Exactly one of Indicator and Dimension is set. A requirement
// fails on an unknown value and passes on a not-applicable one (or a
// dimension with no applicable indicator); a dimension in which nothing
// counts fails it, even one that counts as 0 in the overall mean.
type Requirement struct {
	Indicator string          `json:"indicator,omitempty"`
	Dimension string          `json:"dimension,omitempty"`
	AtLeast   decimal.Decimal `json:"at_least"`
}

// Rounding says how reported figures are rounded: to Places decimal places
// with Mode. Every figure is rounded once, from its exact value.
type Rounding struct {
	Places int32        `json:"places"`
	Mode   RoundingMode `json:"mode,omitzero"`
}

// RoundingMode says how a figure halfway between two reportable values is
// rounded. Its zero value is HalfUp.
type RoundingMode uint8

// The rounding modes.
const (
	HalfUp   RoundingMode = iota // away from zero: 0.125 → 0.13
	HalfEven                     // to the even neighbour: 0.125 → 0.12
	numModes
)

// String returns "half-up" or "half-even".
func (m RoundingMode) String() string {
	return enumtext.Name(m, "RoundingMode", "half-up", "half-even")
}

// MarshalText implements encoding.TextMarshaler.
func (m RoundingMode) MarshalText() ([]byte, error) {
	return enumtext.Marshal(m, numModes, "rounding mode")
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (m *RoundingMode) UnmarshalText(b []byte) error {
	if m == nil {
		return nilTarget("RoundingMode")
	}
	return enumtext.Unmarshal(m, numModes, "rounding mode", b)
}

// UnknownPolicy says how an unknown indicator value counts. Its zero value
// is LeaveOut: unknown is never silently zero.
type UnknownPolicy uint8

// The policies for unknown values.
const (
	// LeaveOut drops unknown indicators from the weighted means, like
	// not-applicable ones, and lowers the reported coverage instead.
	LeaveOut UnknownPolicy = iota
	// CountAsZero scores unknown indicators as 0 (and still lowers the
	// coverage), as indices do that treat missing evidence as absent.
	CountAsZero
	numPolicies
)

// String returns "leave-out" or "count-as-zero".
func (p UnknownPolicy) String() string {
	return enumtext.Name(p, "UnknownPolicy", "leave-out", "count-as-zero")
}

// MarshalText implements encoding.TextMarshaler.
func (p UnknownPolicy) MarshalText() ([]byte, error) {
	return enumtext.Marshal(p, numPolicies, "unknown policy")
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (p *UnknownPolicy) UnmarshalText(b []byte) error {
	if p == nil {
		return nilTarget("UnknownPolicy")
	}
	return enumtext.Unmarshal(p, numPolicies, "unknown policy", b)
}

// Clone returns a deep copy of m.
func (m Model) Clone() Model {
	m.Dimensions = slices.Clone(m.Dimensions)
	for i := range m.Dimensions {
		d := &m.Dimensions[i]
		d.Indicators = cloneIndicators(d.Indicators)
		d.Groups = cloneGroups(d.Groups)
	}
	m.Bands = slices.Clone(m.Bands)
	m.Levels = slices.Clone(m.Levels)
	for i := range m.Levels {
		m.Levels[i].Requires = slices.Clone(m.Levels[i].Requires)
	}
	return m
}
