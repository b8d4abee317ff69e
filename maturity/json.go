package maturity

import (
	"bytes"
	"encoding/json"
	"errors"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/exact"
)

// Format versions of the package's JSON documents.
const (
	FormatModel      = "egovkit.model/1"
	FormatAssessment = "egovkit.assessment/1"
	FormatResult     = "egovkit.result/1"
)

// The wire forms write every decimal as a plain string, so that documents
// are exact and do not depend on decimal's package variables.

type modelJSON struct {
	Format  string `json:"format"`
	ID      string `json:"id"`
	Version string `json:"version"`
	wordsJSON
	Scale      scaleJSON       `json:"scale"`
	Dimensions []dimensionJSON `json:"dimensions"`
	Bands      []bandJSON      `json:"bands"`
	Levels     []levelJSON     `json:"levels,omitempty"`
	Unknown    UnknownPolicy   `json:"unknown"`
	Rounding   Rounding        `json:"rounding"`
}

type scaleJSON struct {
	Min string `json:"min"`
	Max string `json:"max"`
}

type dimensionJSON struct {
	Key string `json:"key"`
	wordsJSON
	Weight     string          `json:"weight"`
	Indicators []indicatorJSON `json:"indicators"`
	Unknown    GroupUnknown    `json:"unknown,omitzero"`
	Empty      EmptyPolicy     `json:"empty,omitzero"`
	Groups     []groupJSON     `json:"groups,omitempty"`
}

// groupJSON is a Group in the wire form; a dimension's groups are the
// model format's one addition since its first documents, which still
// decode as they did.
type groupJSON struct {
	Key string `json:"key"`
	wordsJSON
	Weight     string          `json:"weight"`
	Unknown    GroupUnknown    `json:"unknown,omitzero"`
	Empty      EmptyPolicy     `json:"empty,omitzero"`
	Indicators []indicatorJSON `json:"indicators,omitempty"`
	Groups     []groupJSON     `json:"groups,omitempty"`
}

type indicatorJSON struct {
	Key string `json:"key"`
	wordsJSON
	Weight string   `json:"weight"`
	Rule   ruleJSON `json:"rule"`
}

type ruleJSON struct {
	Kind        RuleKind           `json:"kind"`
	Service     egov.ServiceKey    `json:"service,omitempty"`
	Credits     []creditJSON       `json:"credits,omitempty"`
	MinStage    egov.AdoptionStage `json:"min_stage,omitzero"`
	Numerator   egov.Measure       `json:"numerator,omitempty"`
	Denominator egov.Measure       `json:"denominator,omitempty"`
	Measure     egov.Measure       `json:"measure,omitempty"`
	Target      string             `json:"target,omitempty"`
}

type creditJSON struct {
	Stage  egov.AdoptionStage `json:"stage"`
	Credit string             `json:"credit"`
}

type bandJSON struct {
	Key          string `json:"key"`
	Name         string `json:"name,omitempty"`
	NameCyrillic string `json:"name_sr_cyrl,omitempty"`
	NameLatin    string `json:"name_sr_latn,omitempty"`
	From         string `json:"from"`
	To           string `json:"to"`
}

type levelJSON struct {
	Key string `json:"key"`
	wordsJSON
	Requires []requirementJSON `json:"requires"`
}

// wordsJSON are the names and descriptions of an element in the wire form, in
// the order of the Go fields.
type wordsJSON struct {
	Name                string `json:"name,omitempty"`
	NameCyrillic        string `json:"name_sr_cyrl,omitempty"`
	NameLatin           string `json:"name_sr_latn,omitempty"`
	Description         string `json:"description,omitempty"`
	DescriptionCyrillic string `json:"description_sr_cyrl,omitempty"`
	DescriptionLatin    string `json:"description_sr_latn,omitempty"`
}

type requirementJSON struct {
	Indicator string `json:"indicator,omitempty"`
	Dimension string `json:"dimension,omitempty"`
	AtLeast   string `json:"at_least"`
}

// MarshalJSON writes the model as an egovkit.model/1 document. A number with
// more digits than the package accepts is an error.
func (m Model) MarshalJSON() ([]byte, error) {
	var ps egov.ProblemList
	enc := func(path string, d decimal.Decimal) string {
		if err := exact.CheckDecimal(d); err != nil {
			ps.Add(path, "", "%v", err)
			return ""
		}
		return exact.FormatDecimal(d)
	}
	doc := modelJSON{Format: FormatModel, ID: m.ID, Version: m.Version,
		wordsJSON: wordsJSON{m.Name, m.NameCyrillic, m.NameLatin, m.Description, m.DescriptionCyrillic, m.DescriptionLatin},
		Scale:     scaleJSON{Min: enc("scale.min", m.Scale.Min), Max: enc("scale.max", m.Scale.Max)},
		Unknown:   m.Unknown, Rounding: m.Rounding}
	for i, d := range m.Dimensions {
		path := index("dimensions", i)
		dj := dimensionJSON{Key: d.Key, Weight: enc(path+".weight", d.Weight),
			wordsJSON:  wordsJSON{d.Name, d.NameCyrillic, d.NameLatin, d.Description, d.DescriptionCyrillic, d.DescriptionLatin},
			Indicators: encIndicators(enc, path, d.Indicators), Unknown: d.Unknown, Empty: d.Empty,
			Groups: encGroups(enc, path, d.Groups)}
		doc.Dimensions = append(doc.Dimensions, dj)
	}
	for i, b := range m.Bands {
		path := index("bands", i)
		doc.Bands = append(doc.Bands, bandJSON{Key: b.Key, Name: b.Name, NameCyrillic: b.NameCyrillic, NameLatin: b.NameLatin,
			From: enc(path+".from", b.From), To: enc(path+".to", b.To)})
	}
	for i, l := range m.Levels {
		lj := levelJSON{Key: l.Key,
			wordsJSON: wordsJSON{l.Name, l.NameCyrillic, l.NameLatin, l.Description, l.DescriptionCyrillic, l.DescriptionLatin}}
		for j, r := range l.Requires {
			lj.Requires = append(lj.Requires, requirementJSON{Indicator: r.Indicator, Dimension: r.Dimension,
				AtLeast: enc(index(index("levels", i)+".requires", j)+".at_least", r.AtLeast)})
		}
		doc.Levels = append(doc.Levels, lj)
	}
	if err := ps.Err("model"); err != nil {
		return nil, err
	}
	return json.Marshal(doc)
}

func encIndicators(enc func(string, decimal.Decimal) string, path string, inds []Indicator) []indicatorJSON {
	var out []indicatorJSON
	for j, ind := range inds {
		ipath := index(path+".indicators", j)
		r := ind.Rule
		rj := ruleJSON{Kind: r.Kind, Service: r.Service, MinStage: r.MinStage,
			Numerator: r.Numerator, Denominator: r.Denominator, Measure: r.Measure}
		if r.Kind == RuleCount || !r.Target.IsZero() {
			rj.Target = enc(ipath+".rule.target", r.Target)
		}
		for k, c := range r.Credits {
			rj.Credits = append(rj.Credits, creditJSON{Stage: c.Stage, Credit: enc(index(ipath+".rule.credits", k)+".credit", c.Credit)})
		}
		out = append(out, indicatorJSON{Key: ind.Key,
			wordsJSON: wordsJSON{ind.Name, ind.NameCyrillic, ind.NameLatin, ind.Description, ind.DescriptionCyrillic, ind.DescriptionLatin},
			Weight:    enc(ipath+".weight", ind.Weight), Rule: rj})
	}
	return out
}

func encGroups(enc func(string, decimal.Decimal) string, path string, groups []Group) []groupJSON {
	var out []groupJSON
	for k, g := range groups {
		gpath := index(path+".groups", k)
		out = append(out, groupJSON{Key: g.Key,
			wordsJSON: wordsJSON{g.Name, g.NameCyrillic, g.NameLatin, g.Description, g.DescriptionCyrillic, g.DescriptionLatin},
			Weight:    enc(gpath+".weight", g.Weight), Unknown: g.Unknown, Empty: g.Empty,
			Indicators: encIndicators(enc, gpath, g.Indicators), Groups: encGroups(enc, gpath, g.Groups)})
	}
	return out
}

func decIndicators(dec func(string, string) decimal.Decimal, path string, in []indicatorJSON) []Indicator {
	var out []Indicator
	for j, ij := range in {
		ipath := index(path+".indicators", j)
		rj := ij.Rule
		r := Rule{Kind: rj.Kind, Service: rj.Service, MinStage: rj.MinStage,
			Numerator: rj.Numerator, Denominator: rj.Denominator, Measure: rj.Measure}
		if rj.Target != "" {
			r.Target = dec(ipath+".rule.target", rj.Target)
		}
		for k, cj := range rj.Credits {
			r.Credits = append(r.Credits, StageCredit{Stage: cj.Stage, Credit: dec(index(ipath+".rule.credits", k)+".credit", cj.Credit)})
		}
		out = append(out, Indicator{Key: ij.Key, Name: ij.Name, NameCyrillic: ij.NameCyrillic,
			NameLatin: ij.NameLatin, Description: ij.Description, DescriptionCyrillic: ij.DescriptionCyrillic,
			DescriptionLatin: ij.DescriptionLatin, Weight: dec(ipath+".weight", ij.Weight), Rule: r})
	}
	return out
}

func decGroups(dec func(string, string) decimal.Decimal, path string, in []groupJSON) []Group {
	var out []Group
	for k, gj := range in {
		gpath := index(path+".groups", k)
		out = append(out, Group{Key: gj.Key, Name: gj.Name, NameCyrillic: gj.NameCyrillic, NameLatin: gj.NameLatin,
			Description: gj.Description, DescriptionCyrillic: gj.DescriptionCyrillic, DescriptionLatin: gj.DescriptionLatin,
			Weight: dec(gpath+".weight", gj.Weight), Unknown: gj.Unknown, Empty: gj.Empty,
			Indicators: decIndicators(dec, gpath, gj.Indicators), Groups: decGroups(dec, gpath, gj.Groups)})
	}
	return out
}

// UnmarshalJSON decodes as DecodeModel does.
func (m *Model) UnmarshalJSON(data []byte) error {
	if m == nil {
		return nilTarget("Model")
	}
	decoded, err := DecodeModel(data)
	if err != nil {
		return err
	}
	*m = decoded
	return nil
}

// DecodeModel decodes an egovkit.model/1 document strictly (unknown or
// repeated fields, wrong types, malformed numbers and trailing data are
// refused) and validates the model. Every problem comes in one
// *egov.ValidationError; problems with the document's shape are reported
// before, and instead of, those of the model.
func DecodeModel(data []byte) (Model, error) {
	var doc modelJSON
	if err := egov.DecodeStrict("model", data, &doc); err != nil {
		return Model{}, err
	}
	var ps egov.ProblemList
	ps.CheckFormat(doc.Format, FormatModel)
	dec := func(path, s string) decimal.Decimal {
		d, err := exact.ParseDecimal(s)
		if err != nil {
			ps.Add(path, s, "%v", err)
		}
		return d
	}
	m := Model{ID: doc.ID, Version: doc.Version, Name: doc.Name, NameCyrillic: doc.NameCyrillic, NameLatin: doc.NameLatin,
		Description: doc.Description, DescriptionCyrillic: doc.DescriptionCyrillic, DescriptionLatin: doc.DescriptionLatin,
		Scale:   Scale{Min: dec("scale.min", doc.Scale.Min), Max: dec("scale.max", doc.Scale.Max)},
		Unknown: doc.Unknown, Rounding: doc.Rounding}
	for i, dj := range doc.Dimensions {
		path := index("dimensions", i)
		d := Dimension{Key: dj.Key, Name: dj.Name, NameCyrillic: dj.NameCyrillic, NameLatin: dj.NameLatin,
			Description: dj.Description, DescriptionCyrillic: dj.DescriptionCyrillic, DescriptionLatin: dj.DescriptionLatin,
			Weight: dec(path+".weight", dj.Weight), Indicators: decIndicators(dec, path, dj.Indicators),
			Unknown: dj.Unknown, Empty: dj.Empty, Groups: decGroups(dec, path, dj.Groups)}
		m.Dimensions = append(m.Dimensions, d)
	}
	for i, bj := range doc.Bands {
		path := index("bands", i)
		m.Bands = append(m.Bands, Band{Key: bj.Key, Name: bj.Name, NameCyrillic: bj.NameCyrillic, NameLatin: bj.NameLatin,
			From: dec(path+".from", bj.From), To: dec(path+".to", bj.To)})
	}
	for i, lj := range doc.Levels {
		l := Level{Key: lj.Key, Name: lj.Name, NameCyrillic: lj.NameCyrillic, NameLatin: lj.NameLatin,
			Description: lj.Description, DescriptionCyrillic: lj.DescriptionCyrillic, DescriptionLatin: lj.DescriptionLatin}
		for j, rj := range lj.Requires {
			l.Requires = append(l.Requires, Requirement{Indicator: rj.Indicator, Dimension: rj.Dimension,
				AtLeast: dec(index(index("levels", i)+".requires", j)+".at_least", rj.AtLeast)})
		}
		m.Levels = append(m.Levels, l)
	}
	if ps.Len() == 0 {
		m.validate(&ps)
	}
	if err := ps.Err("model"); err != nil {
		return Model{}, err
	}
	return m, nil
}

// --- Assessment ---

type assessmentJSON struct {
	Format  string           `json:"format"`
	Model   string           `json:"model"`
	Version string           `json:"version"`
	Values  map[string]Value `json:"values"`
}

// MarshalJSON writes the assessment as an egovkit.assessment/1 document
// naming its model and version, with every indicator's value ("0.5",
// "unknown" or "not-applicable"). The zero Assessment, which belongs to no
// model, is an error.
func (a Assessment) MarshalJSON() ([]byte, error) {
	if !a.IsValid() {
		return nil, errors.New("maturity: the zero Assessment belongs to no model")
	}
	id, version := a.Model()
	return json.Marshal(assessmentJSON{Format: FormatAssessment, Model: id, Version: version, Values: a.Values()})
}

// DecodeAssessment decodes an egovkit.assessment/1 document for this model
// strictly. The document must name this model's ID and version; indicators
// it leaves out are unknown. Every problem comes in one
// *egov.ValidationError.
func (c *Compiled) DecodeAssessment(data []byte) (Assessment, error) {
	if !c.valid() {
		return Assessment{}, noModel()
	}
	var doc assessmentJSON
	if err := egov.DecodeStrict("assessment", data, &doc); err != nil {
		return Assessment{}, err
	}
	var ps egov.ProblemList
	ps.CheckFormat(doc.Format, FormatAssessment)
	if doc.Model != c.model.ID {
		ps.Add("model", doc.Model, "assessment for model %q, decoded with model %s", doc.Model, c.name())
	}
	if doc.Version != c.model.Version {
		ps.Add("version", doc.Version, "assessment for version %q, decoded with model %s", doc.Version, c.name())
	}
	a, err := c.NewAssessment(doc.Values)
	if err != nil {
		ps.Append(egov.Problems(err)...)
	}
	if err := ps.Err("assessment"); err != nil {
		return Assessment{}, err
	}
	return a, nil
}

// --- Result ---

type resultJSON struct {
	Format     string                `json:"format"`
	Model      string                `json:"model"`
	Version    string                `json:"version"`
	Score      string                `json:"score"`
	Exact      string                `json:"exact_score"`
	Band       string                `json:"band"`
	Level      int                   `json:"level"`
	LevelKey   string                `json:"level_key,omitempty"`
	Coverage   string                `json:"coverage"`
	Dimensions []dimensionResultJSON `json:"dimensions"`
	// Groups are a tree's (see Group), written only for a tree, so that a
	// flat model's results read as before groups existed.
	Groups     []groupResultJSON     `json:"groups,omitempty"`
	Indicators []indicatorResultJSON `json:"indicators"`
}

type groupResultJSON struct {
	Key          string `json:"key"`
	Parent       string `json:"parent"`
	Scored       bool   `json:"scored"`
	Score        string `json:"score"`
	Contribution string `json:"contribution"`
	Coverage     string `json:"coverage"`
}

type dimensionResultJSON struct {
	Key          string `json:"key"`
	Scored       bool   `json:"scored"`
	Score        string `json:"score"`
	Contribution string `json:"contribution"`
	Coverage     string `json:"coverage"`
}

type indicatorResultJSON struct {
	Key          string `json:"key"`
	Dimension    string `json:"dimension"`
	Group        string `json:"group,omitempty"`
	Value        Value  `json:"value"`
	Weight       string `json:"weight"`
	Counted      bool   `json:"counted"`
	Contribution string `json:"contribution"`
	Exact        string `json:"exact_contribution"`
}

// MarshalJSON writes the result as an egovkit.result/1 document: every
// figure rounded as the model says and written with its places ("35.00"),
// the exact score as a fraction ("35" or "175/3"), and each indicator's
// value, so that the document can be checked and read back
// (Compiled.DecodeResult).
// The zero Result, which holds no score, is an error.
func (r *Result) MarshalJSON() ([]byte, error) {
	if !r.IsValid() {
		return nil, errors.New("maturity: the zero Result holds no score to write")
	}
	return json.Marshal(r.wire())
}

func (r *Result) wire() resultJSON {
	p := r.c.places
	band, _ := r.Band()
	level, n := r.Level()
	doc := resultJSON{Format: FormatResult, Model: r.ModelID(), Version: r.ModelVersion(),
		Score: r.Score().StringFixed(p), Exact: r.Exact().RatString(), Band: band.Key, Level: n, LevelKey: level.Key,
		Coverage: r.Coverage().StringFixed(p + 2)}
	for _, d := range r.Dimensions() {
		doc.Dimensions = append(doc.Dimensions, dimensionResultJSON{Key: d.Key, Scored: d.Scored,
			Score: d.Score.StringFixed(p), Contribution: d.Contribution.StringFixed(p), Coverage: d.Coverage.StringFixed(p + 2)})
	}
	for _, g := range r.Groups() {
		doc.Groups = append(doc.Groups, groupResultJSON{Key: g.Key, Parent: g.Parent, Scored: g.Scored,
			Score: g.Score.StringFixed(p), Contribution: g.Contribution.StringFixed(p), Coverage: g.Coverage.StringFixed(p + 2)})
	}
	for _, is := range r.Indicators() {
		doc.Indicators = append(doc.Indicators, indicatorResultJSON{Key: is.Key, Dimension: is.Dimension, Group: is.Group, Value: is.Value,
			Weight: exact.FormatDecimal(is.Weight), Counted: is.Counted,
			Contribution: is.Contribution.StringFixed(p), Exact: is.ContributionExact.RatString()})
	}
	return doc
}

// DecodeResult reads an egovkit.result/1 document made with this model: it
// rebuilds the assessment from the indicator values, scores it, and checks
// that every figure in the document is the one the model gives. A document
// whose figures were edited, or that another model made, is refused.
func (c *Compiled) DecodeResult(data []byte) (*Result, error) {
	if !c.valid() {
		return nil, noModel()
	}
	var doc resultJSON
	if err := egov.DecodeStrict("result", data, &doc); err != nil {
		return nil, err
	}
	var ps egov.ProblemList
	ps.CheckFormat(doc.Format, FormatResult)
	if doc.Model != c.model.ID || doc.Version != c.model.Version {
		ps.Add("model", doc.Model+" "+doc.Version, "result of model %s %s, decoded with model %s", doc.Model, doc.Version, c.name())
	}
	values := map[string]Value{}
	for i, is := range doc.Indicators {
		if _, dup := values[is.Key]; dup {
			ps.Add(index("indicators", i)+".key", is.Key, "indicator %q given more than once", is.Key)
		}
		values[is.Key] = is.Value
	}
	if err := ps.Err("result"); err != nil {
		return nil, err
	}
	a, err := c.NewAssessment(values)
	if err != nil {
		return nil, err
	}
	r, err := c.Score(a)
	if err != nil {
		return nil, err
	}
	want, _ := json.Marshal(r.wire())
	got, _ := json.Marshal(doc)
	if !bytes.Equal(want, got) {
		ps.Add("", "", "the document's figures are not those the model gives for its values")
		return nil, ps.Err("result")
	}
	return r, nil
}
