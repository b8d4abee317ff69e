package maturity

import (
	"math/bits"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/exact"
)

// Fixed-point scales of the engine: values and thresholds are held in
// millionths, weights in ten-thousandths.
const (
	valueUnit  = 1_000_000
	weightUnit = 10_000
)

// A Compiled is a validated model made ready for scoring, as
// regexp.Compile makes a pattern ready for matching: weights are scaled to
// integers, rules and bands are resolved to indices, and the common case's
// normalisation is precomputed. A *Compiled is immutable and safe for
// concurrent use.
type Compiled struct {
	model    Model
	keys     []string       // indicator keys, dimension by dimension
	index    map[string]int // indicator key → position
	dimKeys  []string
	dimIndex map[string]int
	dimStart []int    // indicators of dimension d are [dimStart[d], dimStart[d+1])
	dimOf    []int    // indicator → dimension
	w        []uint64 // indicator weights, in ten-thousandths
	dw       []uint64 // dimension weights, in ten-thousandths
	full     []uint64 // each dimension's sum of indicator weights
	rules    []compiledRule
	bandFrom []uint64 // each band's start, as millionths of the scale above its minimum
	levels   [][]compiledRequirement

	scaleMin, scaleRange uint64 // in millionths
	places               int32
	halfEven             bool
	countZero            bool

	// When every indicator is scored, dimension d's share of the overall
	// fraction is mult[d]·N_d / den, with N_d its weighted sum of values.
	fullMult []uint64
	fullDen  uint64
	fullOK   bool

	batch batchPlan // TotalsBatch's fast path; see batchplan.go
}

type compiledRule struct {
	kind        RuleKind
	service     egov.ServiceKey
	credits     [6]int32 // by adoption stage
	minStage    egov.AdoptionStage
	numerator   egov.Measure
	denominator egov.Measure
	measure     egov.Measure
	target      decimal.Decimal
}

type compiledRequirement struct {
	indicator int // -1 when the requirement is on a dimension
	dimension int
	atLeast   uint64 // millionths
}

// Compile validates m and compiles it. The model is copied: changing m
// afterwards does not change the compiled model. Every problem of m comes in
// one *egov.ValidationError.
func Compile(m Model) (*Compiled, error) {
	if err := m.Validate(); err != nil {
		return nil, err
	}
	m = m.Clone()
	c := &Compiled{
		model:     m,
		index:     map[string]int{},
		dimIndex:  map[string]int{},
		places:    m.Rounding.Places,
		halfEven:  m.Rounding.Mode == HalfEven,
		countZero: m.Unknown == CountAsZero,
	}
	c.scaleMin = uint64(exact.Units(m.Scale.Min, MaxValuePlaces))
	c.scaleRange = uint64(exact.Units(m.Scale.Max, MaxValuePlaces)) - c.scaleMin
	for d, dim := range m.Dimensions {
		c.dimKeys = append(c.dimKeys, dim.Key)
		c.dimIndex[dim.Key] = d
		c.dimStart = append(c.dimStart, len(c.keys))
		c.dw = append(c.dw, uint64(exact.Units(dim.Weight, MaxWeightPlace)))
		var sum uint64
		for _, ind := range dim.Indicators {
			c.index[ind.Key] = len(c.keys)
			c.keys = append(c.keys, ind.Key)
			c.dimOf = append(c.dimOf, d)
			w := uint64(exact.Units(ind.Weight, MaxWeightPlace))
			c.w = append(c.w, w)
			sum += w
			c.rules = append(c.rules, compileRule(ind.Rule))
		}
		c.full = append(c.full, sum)
	}
	c.dimStart = append(c.dimStart, len(c.keys))
	for _, b := range m.Bands {
		c.bandFrom = append(c.bandFrom, uint64(exact.Units(b.From, MaxValuePlaces))-c.scaleMin)
	}
	for _, l := range m.Levels {
		var reqs []compiledRequirement
		for _, r := range l.Requires {
			cr := compiledRequirement{indicator: -1, dimension: -1, atLeast: uint64(exact.Units(r.AtLeast, MaxValuePlaces))}
			if r.Indicator != "" {
				cr.indicator = c.index[r.Indicator]
			} else {
				cr.dimension = c.dimIndex[r.Dimension]
			}
			reqs = append(reqs, cr)
		}
		c.levels = append(c.levels, reqs)
	}
	c.fullMult = make([]uint64, len(c.dw))
	c.fullDen, c.fullOK = combine(c.dw, c.full, nil, c.fullMult)
	c.batch = c.planBatch()
	return c, nil
}

// MustCompile is Compile for models known to be valid, such as package-level
// literals; it panics on an invalid model.
func MustCompile(m Model) *Compiled {
	c, err := Compile(m)
	if err != nil {
		panic(err)
	}
	return c
}

func compileRule(r Rule) compiledRule {
	cr := compiledRule{kind: r.Kind, service: r.Service, minStage: r.MinStage,
		numerator: r.Numerator, denominator: r.Denominator, measure: r.Measure, target: r.Target}
	for _, sc := range r.Credits {
		cr.credits[sc.Stage] = int32(exact.Units(sc.Credit, MaxValuePlaces))
	}
	return cr
}

// combine computes, for dimensions with weights dw and weight sums s (a zero
// sum leaves the dimension out), the common denominator of the overall
// fraction and each dimension's multiplier: the overall fraction is
// Σ mult[d]·N_d / den, where N_d is the dimension's weighted sum of values in
// millionths. include, when not nil, says which dimensions count. It reports
// false when den does not fit in 64 bits.
func combine(dw, s []uint64, include []bool, mult []uint64) (den uint64, ok bool) {
	var lcm, wsum uint64 = 1, 0
	for d := range dw {
		if s[d] == 0 || (include != nil && !include[d]) {
			continue
		}
		g := gcd(lcm, s[d])
		hi, lo := bits.Mul64(lcm/g, s[d])
		if hi != 0 {
			return 0, false
		}
		lcm = lo
		wsum += dw[d]
	}
	if wsum == 0 {
		return 0, false
	}
	hi, lo := bits.Mul64(wsum, lcm)
	if hi != 0 {
		return 0, false
	}
	hi, den = bits.Mul64(lo, valueUnit)
	if hi != 0 {
		return 0, false
	}
	for d := range dw {
		mult[d] = 0
		if s[d] == 0 || (include != nil && !include[d]) {
			continue
		}
		mult[d] = dw[d] * (lcm / s[d]) // ≤ wsum·lcm, which fits
	}
	return den, true
}

func gcd(a, b uint64) uint64 {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

// Model returns a copy of the model c was compiled from.
func (c *Compiled) Model() Model { return c.model.Clone() }

// ID returns the model's ID.
func (c *Compiled) ID() string { return c.model.ID }

// Version returns the model's version.
func (c *Compiled) Version() string { return c.model.Version }

// Indicators returns the keys of the model's indicators, dimension by
// dimension, in the model's order.
func (c *Compiled) Indicators() []string { return append([]string(nil), c.keys...) }

// CheckCatalog reports, in one *egov.ValidationError, every indicator whose
// rule reads a service the catalogue does not hold. Compile cannot check
// this, as a model is written for whichever catalogue its users have.
func (c *Compiled) CheckCatalog(cat *egov.Catalog) error {
	var ps egov.ProblemList
	for d, dim := range c.model.Dimensions {
		for i, ind := range dim.Indicators {
			if s := ind.Rule.Service; (ind.Rule.Kind == RuleStage || ind.Rule.Kind == RuleYesNo) && !cat.Has(s) {
				ps.Add(index(index("dimensions", d)+".indicators", i)+".rule.service", string(s), "unknown service %q", s)
			}
		}
	}
	return ps.Err("model")
}
