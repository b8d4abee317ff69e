package maturity

import (
	"maps"
	"math"
	"math/bits"
	"slices"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/exact"
)

// An Assessment holds a value for each indicator of one compiled model:
// known (0 to 1), unknown or not applicable. Make one from a profile with
// Compiled.Assess, or from given values with Compiled.NewAssessment (as for
// published indices whose components are measured elsewhere). Assessments
// are values: With returns a changed copy and never changes the original.
// The zero Assessment belongs to no model: IsValid reports false, Model
// returns "", Value finds nothing, Values is empty, and With, WithValues,
// MarshalJSON and every scoring method return an error.
type Assessment struct {
	model  *Compiled
	values []Value // in the model's indicator order
}

// IsValid reports whether a belongs to a model: false for the zero
// Assessment, true for every assessment the package makes.
func (a Assessment) IsValid() bool { return a.model.valid() }

// NewAssessment returns an assessment with the given values; indicators not
// in values are unknown. Keys that are not indicators of the model, and
// values out of range, are reported together in an *egov.ValidationError.
func (c *Compiled) NewAssessment(values map[string]Value) (Assessment, error) {
	if !c.valid() {
		return Assessment{}, noModel()
	}
	a := Assessment{model: c, values: make([]Value, len(c.keys))}
	var ps egov.ProblemList
	c.setValues(&ps, a.values, values)
	if err := ps.Err("assessment"); err != nil {
		return Assessment{}, err
	}
	return a, nil
}

// AssessValues returns an assessment with values given in the order of
// Indicators, for programs that build many assessments at once. values is
// copied. It returns an error if the count is wrong or a value is invalid.
func (c *Compiled) AssessValues(values []Value) (Assessment, error) {
	if !c.valid() {
		return Assessment{}, noModel()
	}
	var ps egov.ProblemList
	if len(values) != len(c.keys) {
		ps.Add("values", strconv.Itoa(len(values)), "%d values for model %s, which has %d indicators", len(values), c.name(), len(c.keys))
		return Assessment{}, ps.Err("assessment")
	}
	for i, v := range values {
		if !v.valid() {
			ps.Add(index("values", i), v.String(), "invalid value")
		}
	}
	if err := ps.Err("assessment"); err != nil {
		return Assessment{}, err
	}
	return Assessment{model: c, values: slices.Clone(values)}, nil
}

func (v Value) valid() bool {
	return v.state < numStates && v.micro >= 0 && v.micro <= valueUnit && (v.state == StateKnown || v.micro == 0)
}

// Assess reads every indicator of the model from the profile through its
// rule. Indicators whose rule is RuleGiven are unknown; so is any indicator
// whose rule reads something the profile does not record. A ratio or count
// rule whose quotient reaches 1 gives 1, however large the measure; a value
// that a rule computes with more than six decimal places (a ratio of 1 to 3)
// is rounded once to six with the model's rounding mode, so that a tie
// (0.0000025) goes to 0.000003 under HalfUp and to 0.000002 under HalfEven.
// A nil or zero *Compiled returns the zero Assessment.
func (c *Compiled) Assess(p egov.Profile) Assessment {
	if !c.valid() {
		return Assessment{}
	}
	a := Assessment{model: c, values: make([]Value, len(c.keys))}
	for i := range c.rules {
		a.values[i] = c.rules[i].read(p, c.halfEven)
	}
	return a
}

func (r *compiledRule) read(p egov.Profile, halfEven bool) Value {
	switch r.kind {
	case RuleGiven:
		return Unknown() // given in the assessment, not read from a profile
	case RuleStage:
		st := p.Stage(r.service)
		if !st.IsKnown() {
			return Unknown()
		}
		return Value{micro: r.credits[st], state: StateKnown}
	case RuleYesNo:
		st := p.Stage(r.service)
		if !st.IsKnown() {
			return Unknown()
		}
		if st >= r.minStage {
			return Value{micro: valueUnit, state: StateKnown}
		}
		return Value{state: StateKnown}
	case RuleRatio:
		num, ok1 := p.Measure(r.numerator)
		den, ok2 := p.Measure(r.denominator)
		if !ok1 || !ok2 || num.Sign() < 0 || den.Sign() < 0 || exact.CheckDecimal(num) != nil || exact.CheckDecimal(den) != nil {
			return Unknown()
		}
		if den.Sign() == 0 {
			return NotApplicable()
		}
		return quotient(num, den, halfEven)
	case RuleCount:
		m, ok := p.Measure(r.measure)
		if !ok || m.Sign() < 0 || exact.CheckDecimal(m) != nil {
			return Unknown()
		}
		return quotient(m, r.target, halfEven)
	}
	return Unknown()
}

// quotient returns the known value a ÷ b, capped at 1, for a ≥ 0 and b > 0.
// The cap comes first: a measure of up to thirty digits over a small target
// is far beyond what a machine integer holds, and only a quotient below 1
// is ever converted. Measures and targets that fit in 64 bits as
// millionths, as nearly all do, are divided in machine words.
func quotient(a, b decimal.Decimal, halfEven bool) Value {
	if x, ok := micros(a); ok {
		if y, ok := micros(b); ok && y > 0 {
			return quotientMicros(x, y, halfEven)
		}
	}
	if a.Cmp(b) >= 0 {
		return Value{micro: valueUnit, state: StateKnown}
	}
	n := exact.QuoUnits(a, b, MaxValuePlaces, halfEven) // below 10^6 + 1: a < b
	if !n.IsInt64() || n.Int64() > valueUnit {
		return Value{micro: valueUnit, state: StateKnown}
	}
	return Value{micro: int32(n.Int64()), state: StateKnown}
}

// quotientMicros is quotient for a ≥ 0 and b > 0 in millionths: a·10^6/b
// rounded once to a whole number of millionths.
func quotientMicros(a, b uint64, halfEven bool) Value {
	if a >= b {
		return Value{micro: valueUnit, state: StateKnown}
	}
	hi, lo := bits.Mul64(a, valueUnit)
	q, r := bits.Div64(hi, lo, b)                                           // q < 10^6 as a < b, so hi < b
	if twice := 2 * r; twice > b || twice == b && (!halfEven || q%2 == 1) { // r < b < 2^63
		q++
	}
	return Value{micro: int32(q), state: StateKnown}
}

// micros returns d ≥ 0 in millionths, and false when d is negative, has
// more than six places or does not fit in 63 bits. It allocates nothing for
// a d whose coefficient fits in 64 bits.
func micros(d decimal.Decimal) (uint64, bool) {
	exp := d.Exponent()
	if d.Sign() < 0 || exp < -MaxValuePlaces || exp > 12 || d.NumDigits() > 18 {
		if n, ok := exact.CheckedUnits(d, MaxValuePlaces); ok && n >= 0 {
			return uint64(n), true
		}
		return 0, false
	}
	hi, lo := bits.Mul64(uint64(d.CoefficientInt64()), pow10(MaxValuePlaces+exp)) // 10^18 at most
	if hi != 0 || lo > math.MaxInt64 {
		return 0, false
	}
	return lo, true
}

// Model returns the ID and version of the model the assessment is for, and
// two empty strings for the zero Assessment.
func (a Assessment) Model() (id, version string) {
	if !a.IsValid() {
		return "", ""
	}
	return a.model.model.ID, a.model.model.Version
}

// Value returns the value of an indicator, and false for a key that is not
// an indicator of the model.
func (a Assessment) Value(key string) (Value, bool) {
	if !a.IsValid() {
		return Value{}, false
	}
	i, ok := a.model.index[key]
	if !ok {
		return Value{}, false
	}
	return a.values[i], true
}

// Values returns the values of all indicators by key (an empty map for the
// zero Assessment).
func (a Assessment) Values() map[string]Value {
	if !a.IsValid() {
		return map[string]Value{}
	}
	out := make(map[string]Value, len(a.values))
	for i, v := range a.values {
		out[a.model.keys[i]] = v
	}
	return out
}

// With returns a copy of a with the indicator set to v.
func (a Assessment) With(key string, v Value) (Assessment, error) {
	return a.WithValues(map[string]Value{key: v})
}

// WithValues returns a copy of a with the given indicators changed. Unknown
// keys and invalid values are reported together.
func (a Assessment) WithValues(changes map[string]Value) (Assessment, error) {
	var ps egov.ProblemList
	if !a.IsValid() {
		ps.Add("", "", "the zero Assessment belongs to no model")
		return Assessment{}, ps.Err("assessment")
	}
	out := Assessment{model: a.model, values: slices.Clone(a.values)}
	a.model.setValues(&ps, out.values, changes)
	if err := ps.Err("assessment"); err != nil {
		return Assessment{}, err
	}
	return out, nil
}

// setValues sets the values in out of the indicators named in values,
// reporting at values["key"] every key that is not an indicator of c and
// every invalid value.
func (c *Compiled) setValues(ps *egov.ProblemList, out []Value, values map[string]Value) {
	for _, k := range slices.Sorted(maps.Keys(values)) {
		i, ok := c.index[k]
		v := values[k]
		switch {
		case !ok:
			ps.Add(keyPath("values", k), k, "model %s has no indicator %q%s", c.name(), k, suggest(k, c.keys))
		case !v.valid():
			ps.Add(keyPath("values", k), v.String(), "invalid value")
		default:
			out[i] = v
		}
	}
}
