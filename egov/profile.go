package egov

import (
	"maps"
	"slices"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/internal/exact"
)

// A Profile records where one municipality stands on one date: each
// service's adoption stage and a few exact measures.
//
// Anything not recorded is unknown: a service missing from Stages has stage
// StageUnknown, and a measure missing from Measures has no value (Measure
// returns false). Unknown is never read as zero or "not started".
//
// Profile's methods never change the receiver; WithStage and WithMeasure
// return changed copies.
type Profile struct {
	// Municipality is the key of the municipality ("cacak").
	Municipality string
	// Date is the day the profile describes.
	Date Date
	// Stages maps services to their adoption stage.
	Stages map[ServiceKey]AdoptionStage
	// Measures maps measures to exact values.
	Measures map[Measure]decimal.Decimal
}

// Stage returns the adoption stage of a service, StageUnknown when the
// profile does not record it.
func (p Profile) Stage(key ServiceKey) AdoptionStage { return p.Stages[key] }

// Measure returns the value of a measure and whether it is known.
func (p Profile) Measure(m Measure) (decimal.Decimal, bool) {
	v, ok := p.Measures[m]
	return v, ok
}

// Clone returns a deep copy of p.
func (p Profile) Clone() Profile {
	p.Stages = maps.Clone(p.Stages)
	p.Measures = maps.Clone(p.Measures)
	return p
}

// WithStage returns a copy of p with the service at the stage.
func (p Profile) WithStage(key ServiceKey, s AdoptionStage) Profile {
	q := p.Clone()
	if q.Stages == nil {
		q.Stages = make(map[ServiceKey]AdoptionStage, 1)
	}
	q.Stages[key] = s
	return q
}

// WithMeasure returns a copy of p with the measure set to v.
func (p Profile) WithMeasure(m Measure, v decimal.Decimal) Profile {
	q := p.Clone()
	if q.Measures == nil {
		q.Measures = make(map[Measure]decimal.Decimal, 1)
	}
	q.Measures[m] = v
	return q
}

// Validate reports every problem of p at once in a *ValidationError: a
// missing or malformed municipality key, a missing date, services the
// catalogue does not hold, stages out of range, measures that are not
// defined, negative or fractional counts, shares outside 0…1, numbers with
// more digits than exact.MaxDigits, and parts larger than their whole
// (staff trained > staff). With a nil catalogue, service keys are checked
// for form only.
func (p Profile) Validate(c *Catalog) error {
	var ps ProblemList
	p.validate(&ps, c)
	return ps.Err("profile")
}

func (p Profile) validate(ps *ProblemList, c *Catalog) {
	validateMunicipalityRef(ps, "municipality", p.Municipality)
	if p.Date.IsZero() {
		ps.Add("date", "", "missing date")
	}
	for _, key := range slices.Sorted(maps.Keys(p.Stages)) {
		path := keyPath("stages", string(key))
		validateServiceRef(ps, path, key, c)
		if s := p.Stages[key]; !s.IsValid() {
			ps.Add(path, s.String(), "stage %s out of range", s)
		}
	}
	for _, m := range slices.Sorted(maps.Keys(p.Measures)) {
		path := keyPath("measures", string(m))
		v := p.Measures[m]
		if !m.IsDefined() {
			ps.Add(path, string(m), "unknown measure %q%s", m, measureHint(m))
			continue
		}
		if err := exact.CheckDecimal(v); err != nil {
			ps.Add(path, "", "%v", err)
			continue
		}
		text := exact.FormatDecimal(v)
		switch {
		case v.Sign() < 0:
			ps.Add(path, text, "%s is negative", text)
		case m.Kind() == MeasureKindCount && !v.IsInteger():
			ps.Add(path, text, "%s is not a whole number", text)
		case m.Kind() == MeasureKindShare && v.GreaterThan(decimal.NewFromInt(1)):
			ps.Add(path, text, "share %s is more than 1", text)
		}
		if whole, ok := m.Whole(); ok {
			if w, known := p.Measures[whole]; known && exact.CheckDecimal(w) == nil && v.GreaterThan(w) {
				ps.Add(path, text, "%s %s is more than %s %s", m, text, whole, exact.FormatDecimal(w))
			}
		}
	}
}

func validateMunicipalityRef(ps *ProblemList, path, key string) {
	switch {
	case key == "":
		ps.Add(path, "", "missing municipality")
	case !IsKey(key):
		ps.Add(path, key, "municipality key %q is not lower-case ASCII words joined by hyphens%s", key, keyHint(key))
	}
}

func validateServiceRef(ps *ProblemList, path string, key ServiceKey, c *Catalog) {
	switch {
	case key == "":
		ps.Add(path, "", "missing service")
	case c != nil && !c.Has(key):
		ps.Add(path, string(key), "unknown service %q%s", key, ps.catalogHint(key, c))
	case c == nil && !IsKey(string(key)):
		ps.Add(path, string(key), "service key %q is not lower-case ASCII words joined by hyphens%s",
			key, keyHint(string(key)))
	}
}

// keyPath appends a map key to a path: "stages.pisarnica", or
// `stages["Odd Key"]` for a key that is not a plain word.
func keyPath(path, key string) string {
	if IsKey(key) {
		return field(path, key)
	}
	return path + "[" + strconv.Quote(key) + "]"
}
