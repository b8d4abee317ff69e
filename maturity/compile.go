package maturity

import (
	"crypto/sha256"
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
//
// A compiled model is known by its content: two compilations of models
// with the same content (see Compile) accept each other's assessments and
// results.
//
// Only Compile and MustCompile make a usable *Compiled. A nil *Compiled and
// the zero Compiled hold no model: their methods do not panic, but return
// the zero answer (an empty Model, "" for ID and Version, the zero
// Assessment from Assess) or an error saying that there is no model.
type Compiled struct {
	model       Model
	fingerprint [sha256.Size]byte // of the model's content; see identity.go
	keys        []string          // indicator keys, dimension by dimension
	index       map[string]int    // indicator key → position
	dimKeys     []string
	dimIndex    map[string]int
	dimStart    []int    // indicators of dimension d are [dimStart[d], dimStart[d+1])
	dimOf       []int    // indicator → dimension
	w           []uint64 // indicator weights, in ten-thousandths
	dw          []uint64 // dimension weights, in ten-thousandths
	full        []uint64 // each dimension's sum of indicator weights
	rules       []compiledRule
	bandUnits   []int64 // each band's start in units of the reported score, rounded up
	levels      [][]compiledRequirement

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

	tree   *tree    // nil for a flat model; see tree.go
	ipaths []string // each indicator's path in the model ("dimensions[1].groups[0].indicators[2]")
}

// indicatorPath returns the path of indicator i in the model, as a
// validation problem names it.
func (c *Compiled) indicatorPath(i int) string { return c.ipaths[i] }

type compiledRule struct {
	kind        RuleKind
	service     egov.ServiceKey
	credits     [6]int32 // by adoption stage
	minStage    egov.AdoptionStage
	numerator   egov.Measure
	denominator egov.Measure
	measure     egov.Measure
	target      decimal.Decimal
	// targetMicros is target in millionths when targetOK (see micros).
	targetMicros uint64
	targetOK     bool
}

type compiledRequirement struct {
	indicator int // -1 when the requirement is on a dimension
	dimension int
	atLeast   uint64 // millionths
}

// Compile validates m and compiles it. The model is copied: changing m
// afterwards does not change the compiled model. Every problem of m comes in
// one *egov.ValidationError.
//
// Compiling is deterministic, and two compilations of models with the same
// content are one model: each accepts the assessments and results the other
// made. The same content means every field equal, names and descriptions
// included, with decimals compared by value (a weight of 1.50 is a weight
// of 1.5). Models with the same ID and version but different content are
// different models, and the *MismatchError between them names the first
// field that differs.
func Compile(m Model) (*Compiled, error) {
	if err := m.Validate(); err != nil {
		return nil, err
	}
	m = m.Clone()
	c := &Compiled{
		model:       m,
		fingerprint: fingerprint(m),
		index:       map[string]int{},
		dimIndex:    map[string]int{},
		places:      m.Rounding.Places,
		halfEven:    m.Rounding.Mode == HalfEven,
		countZero:   m.Unknown == CountAsZero,
	}
	var fx fixed
	c.scaleMin = fx.units("scale.min", m.Scale.Min, MaxValuePlaces, maxScale)
	c.scaleRange = fx.units("scale.max", m.Scale.Max, MaxValuePlaces, maxScale) - c.scaleMin
	isTree := false
	for _, dim := range m.Dimensions {
		isTree = isTree || dim.IsTree()
	}
	if isTree {
		c.tree = &tree{nodes: make([]tnode, len(m.Dimensions))}
	}
	for d, dim := range m.Dimensions {
		path := index("dimensions", d)
		c.dimKeys = append(c.dimKeys, dim.Key)
		c.dimIndex[dim.Key] = d
		c.dimStart = append(c.dimStart, len(c.keys))
		c.dw = append(c.dw, fx.units(path+".weight", dim.Weight, MaxWeightPlaces, maxWeight))
		var sum uint64
		add := func(ipath string, ind Indicator) {
			c.index[ind.Key] = len(c.keys)
			c.keys = append(c.keys, ind.Key)
			c.dimOf = append(c.dimOf, d)
			w := fx.units(ipath+".weight", ind.Weight, MaxWeightPlaces, maxWeight)
			c.w = append(c.w, w)
			sum += w
			c.rules = append(c.rules, fx.rule(ipath+".rule", ind.Rule))
			c.ipaths = append(c.ipaths, ipath)
		}
		if c.tree != nil {
			c.tree.nodes[d] = tnode{parent: -1, w: c.dw[d], key: dim.Key, dim: d, depth: 1,
				zero: dim.Unknown.resolve(m.Unknown == CountAsZero), emptyZero: dim.Empty == ZeroEmpty}
			c.tree.walk(c, d, path, dim.Indicators, dim.Groups, add, &fx)
		} else {
			for j, ind := range dim.Indicators {
				add(index(path+".indicators", j), ind)
			}
		}
		c.full = append(c.full, sum)
	}
	c.dimStart = append(c.dimStart, len(c.keys))
	for i, b := range m.Bands {
		// A reported score of u units is at or above the start exactly when
		// u ≥ ⌈start in units⌉.
		from := fx.units(index("bands", i)+".from", b.From, MaxValuePlaces, maxScale)
		k := pow10(MaxValuePlaces - c.places)
		c.bandUnits = append(c.bandUnits, int64((from+k-1)/k)) // from ≤ 10^15: no overflow
	}
	for i, l := range m.Levels {
		var reqs []compiledRequirement
		for j, r := range l.Requires {
			cr := compiledRequirement{indicator: -1, dimension: -1,
				atLeast: fx.units(index(index("levels", i)+".requires", j)+".at_least", r.AtLeast, MaxValuePlaces, 1)}
			if r.Indicator != "" {
				cr.indicator = c.index[r.Indicator]
			} else {
				cr.dimension = c.dimIndex[r.Dimension]
			}
			reqs = append(reqs, cr)
		}
		c.levels = append(c.levels, reqs)
	}
	if err := fx.ps.Err("model"); err != nil {
		return nil, err
	}
	c.fullMult = make([]uint64, len(c.dw))
	if c.tree != nil {
		c.tree.prepare(c)
	} else {
		c.fullDen, c.fullOK = combine(c.dw, c.full, nil, c.fullMult)
	}
	c.batch = c.planBatch()
	return c, nil
}

// fixed converts a validated model's decimals to the engine's integers.
// Validation keeps every one of them whole in its unit, not negative and
// within its limit, so a conversion cannot fail; were it to, through a gap
// in Validate, the model is refused with the field named rather than
// scored with a wrapped integer.
type fixed struct{ ps egov.ProblemList }

// units returns d in units of 10^-places, for a d from 0 to limit.
func (fx *fixed) units(path string, d decimal.Decimal, places int32, limit int64) uint64 {
	n, ok := exact.CheckedUnits(d, places)
	if !ok || n < 0 || n > limit*pow10i(places) {
		fx.ps.Add(path, fmtDec(d), "%s does not convert to the scoring engine's integers", fmtDec(d))
		return 0
	}
	return uint64(n)
}

func pow10i(n int32) int64 { return int64(pow10(n)) }

// MustCompile is Compile for models known to be valid, such as package-level
// literals; it panics on an invalid model.
func MustCompile(m Model) *Compiled {
	c, err := Compile(m)
	if err != nil {
		panic(err)
	}
	return c
}

// rule compiles a rule. Only what the rule's kind reads is converted: a
// stage rule's credits; fields of other kinds, which Validate does not
// check, are left alone.
func (fx *fixed) rule(path string, r Rule) compiledRule {
	cr := compiledRule{kind: r.Kind, service: r.Service, minStage: r.MinStage,
		numerator: r.Numerator, denominator: r.Denominator, measure: r.Measure, target: r.Target}
	if r.Kind == RuleCount {
		cr.targetMicros, cr.targetOK = micros(r.Target)
		cr.targetOK = cr.targetOK && cr.targetMicros > 0
	}
	if r.Kind != RuleStage {
		return cr
	}
	for i, sc := range r.Credits {
		if int(sc.Stage) < len(cr.credits) {
			cr.credits[sc.Stage] = int32(fx.units(index(path+".credits", i)+".credit", sc.Credit, MaxValuePlaces, 1)) // ≤ 10^6
		}
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

// valid reports whether c was made by Compile: not nil, not the zero
// Compiled.
func (c *Compiled) valid() bool { return c != nil && c.fingerprint != [sha256.Size]byte{} }

// same reports whether c and o are one model: the same compilation, or two
// of the same content.
func (c *Compiled) same(o *Compiled) bool {
	return c.valid() && o.valid() && (c == o || c.fingerprint == o.fingerprint)
}

// name returns "id version".
func (c *Compiled) name() string {
	if !c.valid() {
		return "(no model)"
	}
	return c.model.ID + " " + c.model.Version
}

// noModel returns the error of a method called on a nil or zero *Compiled:
// an *egov.ValidationError about the model, as for any unusable input.
func noModel() error {
	var ps egov.ProblemList
	ps.Add("", "", "no model: a nil or zero *Compiled (make one with Compile)")
	return ps.Err("model")
}

// Model returns a copy of the model c was compiled from, and the zero
// Model for a nil or zero *Compiled.
func (c *Compiled) Model() Model {
	if !c.valid() {
		return Model{}
	}
	return c.model.Clone()
}

// ID returns the model's ID ("" for a nil or zero *Compiled).
func (c *Compiled) ID() string {
	if !c.valid() {
		return ""
	}
	return c.model.ID
}

// Version returns the model's version ("" for a nil or zero *Compiled).
func (c *Compiled) Version() string {
	if !c.valid() {
		return ""
	}
	return c.model.Version
}

// Places returns the number of decimal places the model reports scores to
// (0 for a nil or zero *Compiled). Every score the package reports carries
// exactly that many, coverage two more: write them with
// decimal.Decimal.StringFixed(c.Places()) or egov.Language.FormatDecimal,
// since decimal.Decimal.String drops trailing zeros ("35" for 35.00).
func (c *Compiled) Places() int32 {
	if !c.valid() {
		return 0
	}
	return c.places
}

// Indicators returns the keys of the model's indicators, dimension by
// dimension, in the model's order (none for a nil or zero *Compiled).
func (c *Compiled) Indicators() []string {
	if !c.valid() {
		return nil
	}
	return append([]string(nil), c.keys...)
}

// CheckCatalog reports, in one *egov.ValidationError, every indicator whose
// rule reads a service the catalogue does not hold (a nil catalogue holds
// none). Compile cannot check this, as a model is written for whichever
// catalogue its users have.
func (c *Compiled) CheckCatalog(cat *egov.Catalog) error {
	if !c.valid() {
		return noModel()
	}
	var ps egov.ProblemList
	for i, r := range c.rules {
		if s := r.service; (r.kind == RuleStage || r.kind == RuleYesNo) && !cat.Has(s) {
			ps.Add(c.indicatorPath(i)+".rule.service", string(s), "unknown service %q", s)
		}
	}
	return ps.Err("model")
}
