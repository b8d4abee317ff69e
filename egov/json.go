package egov

import (
	"encoding/json"
	"fmt"
	"maps"
	"slices"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/internal/exact"
	"github.com/digitaldistrict/egovkit/internal/strictjson"
)

// Format versions of egovkit's top-level JSON documents. Every document
// carries its format in a "format" field; decoders refuse other versions.
const (
	FormatCatalog = "egovkit.catalog/1"
	FormatProfile = "egovkit.profile/1"
	FormatVisit   = "egovkit.visit/1"
)

// MaxDocumentBytes is the largest JSON document the decoders of egovkit
// accept (16 MiB), and MaxDocumentDepth the deepest nesting of objects and
// arrays (32). Beyond them a decoder reports a *LimitError.
const (
	MaxDocumentBytes = strictjson.DefaultMaxBytes
	MaxDocumentDepth = strictjson.DefaultMaxDepth
)

// decodeLimits returns the limits of the strict decoder: the defaults, with
// *LimitError as the typed error.
func decodeLimits() strictjson.Limits {
	return strictjson.Limits{LimitError: func(what string, limit, found int64) error {
		return &LimitError{What: what, Limit: limit, Found: found}
	}}
}

// DecodeStrict decodes the JSON document data into v, a non-nil pointer,
// as egovkit's own decoders do: against the shape of v's type (fields by
// their json tags, exact case), refusing unknown and repeated fields,
// wrong types, null for a non-pointer, invalid UTF-8, trailing data, and
// documents beyond MaxDocumentBytes or MaxDocumentDepth (a *LimitError).
// Every problem comes in one *ValidationError about subject, each with its
// path; v is changed only when there is none, and then replaced whole, as
// if decoded into a zero value. A field whose type decodes itself
// (json.Unmarshaler, such as egov.Visit) is handed its JSON
// text. Use it for documents of your own that embed egovkit's; see
// ProblemList.Decode to check their content even when their shape is
// wrong.
func DecodeStrict(subject string, data []byte, v any) error {
	var l ProblemList
	for _, p := range strictjson.Decode(data, v, decodeLimits()) {
		l.Append(Problem(p))
	}
	return l.Err(subject)
}

// Decode decodes the JSON document data into v, a non-nil pointer, as
// DecodeStrict does, but keeps going where DecodeStrict gives up: every
// part that fits v's type is stored, every one that does not is added to
// l as a problem and left at its zero value, and v is replaced whole. It
// returns false, leaving v alone, when the document cannot be read at all
// (not JSON, invalid UTF-8, beyond a limit); otherwise the checks of v's
// content can run, so that one error reports problems of shape and of
// content together, and problems they add about the parts that could not be
// read are dropped (see ProblemList).
func (l *ProblemList) Decode(data []byte, v any) bool {
	r := strictjson.Read(data, v, decodeLimits())
	for _, p := range r.Problems {
		l.list = append(l.list, Problem(p))
	}
	for _, path := range r.Lost {
		l.markLost(path)
	}
	return r.Readable
}

// errNilTarget is the error of an Unmarshal method called through a nil
// pointer, which has nowhere to put what it decodes.
func errNilTarget(what string) error {
	return fmt.Errorf("egov: cannot decode a %s into a nil pointer", what)
}

// --- Catalog ---

type catalogJSON struct {
	Format   string    `json:"format"`
	Services []Service `json:"services"`
}

// MarshalJSON writes the catalogue as an egovkit.catalog/1 document with the
// services in key order.
func (c *Catalog) MarshalJSON() ([]byte, error) {
	services := c.Services()
	if services == nil {
		services = []Service{}
	}
	return json.Marshal(catalogJSON{Format: FormatCatalog, Services: services})
}

// UnmarshalJSON decodes as DecodeCatalog does. It replaces *c whole; use it
// only on a Catalog no other goroutine can see (prefer DecodeCatalog).
func (c *Catalog) UnmarshalJSON(data []byte) error {
	if c == nil {
		return errNilTarget("catalogue")
	}
	built, err := DecodeCatalog(data)
	if err != nil {
		return err
	}
	*c = *built
	return nil
}

// DecodeCatalog decodes an egovkit.catalog/1 document strictly (unknown or
// repeated fields, wrong types, invalid UTF-8 and trailing data are refused)
// and builds the catalogue as NewCatalog does. Every problem comes in one
// *ValidationError: problems of the document's shape together with those of
// the services that could be read (see ProblemList.Decode).
func DecodeCatalog(data []byte) (*Catalog, error) {
	var ps ProblemList
	var doc catalogJSON
	if !ps.Decode(data, &doc) {
		return nil, ps.Err("catalogue")
	}
	ps.CheckFormat(doc.Format, FormatCatalog)
	c := buildCatalog(&ps, doc.Services)
	if err := ps.Err("catalogue"); err != nil {
		return nil, err
	}
	return c, nil
}

// --- Profile ---

type profileJSON struct {
	Format       string                       `json:"format"`
	Municipality string                       `json:"municipality"`
	Date         Date                         `json:"date"`
	Stages       map[ServiceKey]AdoptionStage `json:"stages,omitempty"`
	Measures     map[Measure]string           `json:"measures,omitempty"`
}

// MarshalJSON writes the profile as an egovkit.profile/1 document: measures
// as exact decimal strings ("0.35"), stages by name, keys sorted. The bytes
// do not depend on decimal's package variables.
func (p Profile) MarshalJSON() ([]byte, error) {
	doc := profileJSON{Format: FormatProfile, Municipality: p.Municipality, Date: p.Date, Stages: p.Stages}
	if len(p.Measures) > 0 {
		doc.Measures = make(map[Measure]string, len(p.Measures))
		for m, v := range p.Measures {
			if err := exact.CheckDecimal(v); err != nil {
				return nil, &ValidationError{Subject: "profile", Problems: []Problem{{
					Path: keyPath("measures", string(m)), Reason: err.Error()}}}
			}
			doc.Measures[m] = exact.FormatDecimal(v)
		}
	}
	return json.Marshal(doc)
}

// UnmarshalJSON decodes as DecodeProfile does, without a catalogue.
func (p *Profile) UnmarshalJSON(data []byte) error {
	if p == nil {
		return errNilTarget("profile")
	}
	decoded, err := DecodeProfile(data, nil)
	if err != nil {
		return err
	}
	*p = decoded
	return nil
}

// DecodeProfile decodes an egovkit.profile/1 document strictly and validates
// the profile against the catalogue (see Profile.Validate; with a nil
// catalogue, service keys are checked for form only). Every problem comes in
// one *ValidationError: problems of the document's shape (unknown fields,
// wrong types, malformed values) together with those of the content that
// could be read (see ProblemList.Decode). A stage or measure whose value
// could not be read still has its key checked.
func DecodeProfile(data []byte, c *Catalog) (Profile, error) {
	var ps ProblemList
	var doc profileJSON
	if !ps.Decode(data, &doc) {
		return Profile{}, ps.Err("profile")
	}
	ps.CheckFormat(doc.Format, FormatProfile)
	p := Profile{Municipality: doc.Municipality, Date: doc.Date, Stages: doc.Stages}
	for _, key := range slices.Sorted(maps.Keys(doc.Stages)) {
		if path := keyPath("stages", string(key)); !ps.Readable(path) {
			// Validate cannot see the key of an entry whose value was lost.
			ps.keyProblems(func(kp *ProblemList) { validateServiceRef(kp, path, key, c) })
			delete(p.Stages, key)
		}
	}
	if len(doc.Measures) > 0 {
		p.Measures = make(map[Measure]decimal.Decimal, len(doc.Measures))
		for _, m := range slices.Sorted(maps.Keys(doc.Measures)) {
			path := keyPath("measures", string(m))
			if !m.IsDefined() {
				ps.keyProblems(func(kp *ProblemList) { kp.Add(path, string(m), "unknown measure %q%s", m, measureHint(m)) })
				continue
			}
			text := doc.Measures[m]
			v, err := exact.ParseDecimal(text)
			if err != nil {
				ps.Add(path, text, "%v", err)
				continue
			}
			p.Measures[m] = v
		}
	}
	p.validate(&ps, c)
	if err := ps.Err("profile"); err != nil {
		return Profile{}, err
	}
	return p, nil
}

// --- Visit ---

// visitFields has Visit's fields and tags but not its methods, so that
// visitJSON can embed it without inheriting MarshalJSON.
type visitFields Visit

type visitJSON struct {
	Format string `json:"format"`
	visitFields
}

// MarshalJSON writes the visit as an egovkit.visit/1 document.
func (v Visit) MarshalJSON() ([]byte, error) {
	return json.Marshal(visitJSON{Format: FormatVisit, visitFields: visitFields(v)})
}

// UnmarshalJSON decodes as DecodeVisit does, without a catalogue.
func (v *Visit) UnmarshalJSON(data []byte) error {
	if v == nil {
		return errNilTarget("visit")
	}
	decoded, err := DecodeVisit(data, nil)
	if err != nil {
		return err
	}
	*v = decoded
	return nil
}

// DecodeVisit decodes an egovkit.visit/1 document strictly and validates the
// visit against the catalogue (see Visit.Validate; with a nil catalogue,
// service keys are checked for form only). Every problem comes in one
// *ValidationError: problems of the document's shape (unknown fields,
// wrong types, malformed values) together with those of the content that
// could be read (see ProblemList.Decode).
func DecodeVisit(data []byte, c *Catalog) (Visit, error) {
	var ps ProblemList
	var doc visitJSON
	if !ps.Decode(data, &doc) {
		return Visit{}, ps.Err("visit")
	}
	ps.CheckFormat(doc.Format, FormatVisit)
	v := Visit(doc.visitFields)
	v.validate(&ps, c)
	if err := ps.Err("visit"); err != nil {
		return Visit{}, err
	}
	return v, nil
}

// --- Municipality ---

type municipalityJSON struct {
	ID                 MunicipalityID  `json:"id,omitzero"`
	Key                string          `json:"key"`
	Name               nameJSON        `json:"name"`
	Status             Status          `json:"status"`
	District           string          `json:"district,omitempty"`
	DistrictSerbian    string          `json:"district_sr,omitempty"`
	DistrictCyrillic   string          `json:"district_sr_cyrl,omitempty"`
	Population         *populationJSON `json:"population,omitempty"`
	RegistrationNumber string          `json:"registration_number,omitempty"`
	StatisticalCode    string          `json:"statistical_code,omitempty"`
}

type nameJSON struct {
	Latin    string `json:"sr_latn"`
	Cyrillic string `json:"sr_cyrl"`
}

type populationJSON struct {
	// Count is a pointer so that a population without one is told apart
	// from a population of zero.
	Count      *int `json:"count"`
	CensusYear int  `json:"census_year,omitempty"`
}

// MarshalJSON writes the municipality as a JSON object; an unknown
// population is left out, never written as 0.
func (m Municipality) MarshalJSON() ([]byte, error) {
	doc := municipalityJSON{
		ID: m.ID, Key: m.Key, Name: nameJSON(m.Name), Status: m.Status,
		District: m.District, DistrictSerbian: m.DistrictSerbian, DistrictCyrillic: m.DistrictCyrillic,
		RegistrationNumber: m.RegistrationNumber, StatisticalCode: m.StatisticalCode,
	}
	if n, ok := m.Population.Count(); ok {
		doc.Population = &populationJSON{Count: &n, CensusYear: m.Population.Year()}
	}
	return json.Marshal(doc)
}

// UnmarshalJSON decodes as DecodeMunicipality does.
func (m *Municipality) UnmarshalJSON(data []byte) error {
	if m == nil {
		return errNilTarget("municipality")
	}
	decoded, err := DecodeMunicipality(data)
	if err != nil {
		return err
	}
	*m = decoded
	return nil
}

// DecodeMunicipality decodes a municipality object strictly and validates
// it (see Municipality.Validate). Every problem comes in one
// *ValidationError: problems of the document's shape together with those of
// the content that could be read (see ProblemList.Decode).
func DecodeMunicipality(data []byte) (Municipality, error) {
	var ps ProblemList
	var doc municipalityJSON
	if !ps.Decode(data, &doc) {
		return Municipality{}, ps.Err("municipality")
	}
	m := Municipality{
		ID: doc.ID, Key: doc.Key, Name: Name(doc.Name), Status: doc.Status,
		District: doc.District, DistrictSerbian: doc.DistrictSerbian, DistrictCyrillic: doc.DistrictCyrillic,
		RegistrationNumber: doc.RegistrationNumber, StatisticalCode: doc.StatisticalCode,
	}
	switch {
	case doc.Population == nil:
	case doc.Population.Count == nil:
		// A population object is a known population: it needs its count.
		// (Leave the object out for an unknown one.)
		ps.Add("population.count", "", "missing count (leave population out when it is unknown)")
	default:
		m.Population = CensusPopulation(*doc.Population.Count, doc.Population.CensusYear)
	}
	m.validate(&ps, "")
	if err := ps.Err("municipality"); err != nil {
		return Municipality{}, err
	}
	return m, nil
}
