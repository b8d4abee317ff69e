package questionnaire

import (
	"encoding/json"
	"errors"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/exact"
)

// Format versions of the package's JSON documents.
const (
	FormatQuestionnaire = "egovkit.questionnaire/1"
	FormatAnswers       = "egovkit.answers/1"
)

// The wire forms write every number as a plain decimal string, so that
// documents are exact and do not depend on decimal's package variables,
// and every text in all three languages, so that a form shows them
// without falling back.

type questionnaireJSON struct {
	Format       string         `json:"format"`
	ID           ID             `json:"id"`
	Municipality string         `json:"municipality"`
	Date         egov.Date      `json:"date"`
	Models       []modelJSON    `json:"models"`
	Groups       []Group        `json:"groups"`
	DontKnow     egov.Text      `json:"dont_know"`
	Questions    []questionJSON `json:"questions"`
}

type modelJSON struct {
	ID          string    `json:"id"`
	Version     string    `json:"version"`
	Fingerprint string    `json:"fingerprint"`
	Places      int32     `json:"places"`
	Name        egov.Text `json:"name"`
}

type questionJSON struct {
	ID         string          `json:"id"`
	Group      string          `json:"group"`
	Type       AnswerType      `json:"type"`
	Text       egov.Text       `json:"text"`
	Name       egov.Text       `json:"name"`
	Service    egov.ServiceKey `json:"service,omitempty"`
	Options    []Option        `json:"options,omitempty"`
	Measure    egov.Measure    `json:"measure,omitempty"`
	Whole      egov.Measure    `json:"whole,omitempty"`
	Min        string          `json:"min,omitempty"`
	Max        string          `json:"max,omitempty"`
	Unit       egov.Text       `json:"unit,omitzero"`
	PartLabel  egov.Text       `json:"part_label,omitzero"`
	WholeLabel egov.Text       `json:"whole_label,omitzero"`
	PartOf     string          `json:"part_of,omitempty"`
	Prefilled  *answerJSON     `json:"prefilled,omitempty"`
	Narrows    []narrowingJSON `json:"narrows"`
	Indicators []string        `json:"indicators"`
}

type narrowingJSON struct {
	Model string `json:"model"`
	By    string `json:"by"`
}

// answerJSON is an answer on the wire: exactly one of a stage, a count, a
// part and a whole, or dont_know.
type answerJSON struct {
	Stage     string `json:"stage,omitempty"`
	Count     string `json:"count,omitempty"`
	Part      string `json:"part,omitempty"`
	Whole     string `json:"whole,omitempty"`
	DontKnow  bool   `json:"dont_know,omitempty"`
	MovedBack bool   `json:"moved_back,omitempty"`
}

// MarshalJSON writes the questionnaire as an egovkit.questionnaire/1
// document, which a web form can render without knowing the models: the
// ID, municipality and date; the models (ID, version, fingerprint, places,
// name); the groups (path and title); the label of "don't know"; and the
// questions in the order to ask them, each with its ID, group, answer type
// ("stage", "count" or "share"), text, name, and what the type needs: a stage
// question's service and options; a count's measure, bounds ("min",
// "max"), unit and the question it is a part of ("part_of"); a share's
// measure, its whole when stored as two measures, the whole's bounds, unit
// and labels of the part and the whole. Each question also carries what
// the profile pre-fills ("prefilled", an answer), by how much it narrows
// each model's range ("narrows", at the model's places) and the
// indicators that read it. Texts are objects of "en", "sr_latn" and
// "sr_cyrl"; numbers are decimal strings. See ExampleDecode for a complete
// document. A nil or zero *Questionnaire is an error.
func (q *Questionnaire) MarshalJSON() ([]byte, error) {
	if !q.IsValid() {
		return nil, errors.New("questionnaire: no questionnaire to write (a nil or zero *Questionnaire)")
	}
	places := map[string]int32{}
	doc := questionnaireJSON{Format: FormatQuestionnaire, ID: q.id, Municipality: q.municipality, Date: q.date,
		Groups: q.groups, DontKnow: q.dontKnow, Models: make([]modelJSON, len(q.models)), Questions: make([]questionJSON, len(q.questions))}
	for i, m := range q.models {
		doc.Models[i] = modelJSON(m)
		places[m.ID] = m.Places
	}
	for i, qu := range q.questions {
		qj := questionJSON{ID: qu.ID, Group: qu.Group, Type: qu.Type, Text: qu.Text, Name: qu.Name, Service: qu.Service, Options: qu.Options,
			Measure: qu.Measure, Whole: qu.Whole, Unit: qu.Unit, PartLabel: qu.PartLabel, WholeLabel: qu.WholeLabel,
			PartOf: qu.PartOf, Indicators: qu.Indicators, Narrows: make([]narrowingJSON, len(qu.Narrows))}
		if qu.Type == AnswerCount || qu.Type == AnswerShare {
			qj.Min, qj.Max = exact.FormatDecimal(qu.Min), exact.FormatDecimal(qu.Max)
		}
		if qu.Prefilled.Type != AnswerNone {
			a := wireAnswer(qu.Prefilled)
			qj.Prefilled = &a
		}
		for k, n := range qu.Narrows {
			qj.Narrows[k] = narrowingJSON{Model: n.Model, By: n.By.StringFixed(places[n.Model])}
		}
		doc.Questions[i] = qj
	}
	return json.Marshal(doc)
}

// wireAnswer returns an answer's wire form.
func wireAnswer(a Answer) answerJSON {
	out := answerJSON{MovedBack: a.MovedBack}
	switch a.Type {
	case AnswerStage:
		out.Stage = a.Stage.String()
	case AnswerCount:
		out.Count = exact.FormatDecimal(a.Count)
	case AnswerShare:
		out.Part, out.Whole = exact.FormatDecimal(a.Part), exact.FormatDecimal(a.Whole)
	case AnswerNone:
		out.DontKnow = true
	}
	return out
}

// Decode decodes an egovkit.questionnaire/1 document strictly (unknown or
// repeated fields, wrong types, invalid UTF-8 and trailing data are
// refused) and checks it as a questionnaire New could have made: its ID is
// the one its municipality, date and models give; every text is given in
// the three languages; every question's ID, fields and bounds fit its
// type; no fact is asked twice; pre-filled answers fit their questions;
// and groups, narrowing figures and indicators name the questionnaire's
// models. It cannot check the questions against the models, which the
// document only names. Every problem comes in one *egov.ValidationError,
// those of the document's shape with those of the content that could be
// read (see egov.ProblemList.Decode).
func Decode(data []byte) (*Questionnaire, error) {
	var ps egov.ProblemList
	var doc questionnaireJSON
	if !ps.Decode(data, &doc) {
		return nil, ps.Err("questionnaire")
	}
	ps.CheckFormat(doc.Format, FormatQuestionnaire)
	q := &Questionnaire{id: doc.ID, municipality: doc.Municipality, date: doc.Date, groups: doc.Groups,
		dontKnow: doc.DontKnow, index: map[string]int{}}
	for _, m := range doc.Models {
		q.models = append(q.models, ModelRef(m))
	}
	places := map[string]int32{}
	for _, m := range q.models {
		places[m.ID] = m.Places
	}
	numbersOK := make([]bool, len(doc.Questions))
	for i, qj := range doc.Questions {
		path := index("questions", i)
		qu := Question{ID: qj.ID, Group: qj.Group, Type: qj.Type, Text: qj.Text, Name: qj.Name, Service: qj.Service, Options: qj.Options,
			Measure: qj.Measure, Whole: qj.Whole, Unit: qj.Unit, PartLabel: qj.PartLabel, WholeLabel: qj.WholeLabel,
			PartOf: qj.PartOf, Indicators: qj.Indicators}
		ok := true
		if qj.Min != "" || qj.Max != "" || qj.Type == AnswerCount || qj.Type == AnswerShare {
			qu.Min, ok = parseNumber(&ps, path+".min", qj.Min)
			var okMax bool
			qu.Max, okMax = parseNumber(&ps, path+".max", qj.Max)
			ok = ok && okMax
		}
		if qj.Prefilled != nil {
			a, aok := readAnswer(&ps, path+".prefilled", *qj.Prefilled)
			if a.Type == AnswerNone {
				ps.Add(path+".prefilled", "", "a pre-filled answer gives a value; leave prefilled out when the profile records none")
			}
			qu.Prefilled, ok = a, ok && aok
		}
		for k, nj := range qj.Narrows {
			npath := index(path+".narrows", k)
			by, nok := parseNumber(&ps, npath+".by", nj.By)
			if nok {
				if p, known := places[nj.Model]; known && exact.Places(by) > p {
					ps.Add(npath+".by", nj.By, "%s has more places than model %s reports (%d)", nj.By, nj.Model, p)
				}
				if by.Sign() < 0 {
					ps.Add(npath+".by", nj.By, "%s is negative: an answer never widens a range", nj.By)
				}
			}
			qu.Narrows = append(qu.Narrows, Narrowing{Model: nj.Model, By: by})
		}
		numbersOK[i] = ok
		q.questions = append(q.questions, qu)
	}
	q.validate(&ps, numbersOK)
	if err := ps.Err("questionnaire"); err != nil {
		return nil, err
	}
	for i, qu := range q.questions {
		q.index[qu.ID] = i
	}
	return q, nil
}

// parseNumber parses a decimal string, adding a problem when it is not
// one.
func parseNumber(ps *egov.ProblemList, path, s string) (decimal.Decimal, bool) {
	if s == "" {
		ps.Add(path, "", "missing number")
		return decimal.Decimal{}, false
	}
	d, err := exact.ParseDecimal(s)
	if err != nil {
		ps.Add(path, s, "%v", err)
		return decimal.Decimal{}, false
	}
	return d, true
}

// readAnswer reads an answer's wire form, adding a problem for every
// malformed value and for a form that is not exactly one answer; ok is
// false when a value could not be read.
func readAnswer(ps *egov.ProblemList, path string, aj answerJSON) (Answer, bool) {
	var given []string
	if aj.Stage != "" {
		given = append(given, "stage")
	}
	if aj.Count != "" {
		given = append(given, "count")
	}
	if aj.Part != "" || aj.Whole != "" {
		given = append(given, "part and whole")
	}
	if aj.DontKnow {
		given = append(given, "dont_know")
	}
	a := Answer{MovedBack: aj.MovedBack}
	switch {
	case len(given) == 0:
		ps.Add(path, "", "missing answer: give a stage, a count, a part and a whole, or dont_know: true")
		return a, false
	case len(given) > 1:
		ps.Add(path, "", "an answer gives one of a stage, a count, a part and a whole, or dont_know; this one gives %s and %s",
			given[0], given[1])
		return a, false
	}
	ok := true
	switch given[0] {
	case "stage":
		a.Type = AnswerStage
		if err := a.Stage.UnmarshalText([]byte(aj.Stage)); err != nil {
			ps.Add(path+".stage", aj.Stage, "%v", err)
			ok = false
		}
	case "count":
		a.Type = AnswerCount
		a.Count, ok = parseNumber(ps, path+".count", aj.Count)
	case "part and whole":
		a.Type = AnswerShare
		var okWhole bool
		a.Part, ok = parseNumber(ps, path+".part", aj.Part)
		a.Whole, okWhole = parseNumber(ps, path+".whole", aj.Whole)
		ok = ok && okWhole
	}
	if ok {
		checkAnswer(ps, path, a)
	}
	return a, ok
}
