package questionnaire

import (
	"slices"
	"strconv"
	"strings"

	"github.com/digitaldistrict/egovkit/egov"
)

// Limits of a questionnaire.
const (
	// MaxModels is the most models one questionnaire serves.
	MaxModels = 10
	// MaxQuestions is the most questions a questionnaire may have, and the
	// most answers one set of answers may give: one per service a
	// catalogue can hold (egov.MaxServices), and room for the measures.
	MaxQuestions = egov.MaxServices + 100
)

// A Questionnaire is what to ask at a visit so that a profile becomes
// complete for one or several maturity models: the questions, each tied to
// the profile fact it fills, grouped by the models' dimensions and ordered
// by how much their answers narrow the range of scores, with what the
// profile already records pre-filled. Make one with New or read one with
// Decode; Apply turns answers to it into a new profile.
//
// A *Questionnaire is immutable and safe for concurrent use; its methods
// return copies. A nil or zero *Questionnaire holds no questionnaire:
// IsValid reports false, its accessors return zero values, and Apply and
// MarshalJSON return errors.
type Questionnaire struct {
	id           ID
	municipality string
	date         egov.Date
	models       []ModelRef
	groups       []Group
	questions    []Question
	index        map[string]int // question ID → position
	dontKnow     egov.Text
}

// IsValid reports whether q holds a questionnaire: false for a nil or zero
// *Questionnaire, true for every one New and Decode return.
func (q *Questionnaire) IsValid() bool { return q != nil && !q.id.IsZero() }

// ID returns the questionnaire's ID (the zero ID for no questionnaire).
func (q *Questionnaire) ID() ID {
	if !q.IsValid() {
		return ID{}
	}
	return q.id
}

// Municipality returns the key of the municipality the questionnaire is
// for.
func (q *Questionnaire) Municipality() string {
	if !q.IsValid() {
		return ""
	}
	return q.municipality
}

// Date returns the date of the profile the questionnaire was made from.
func (q *Questionnaire) Date() egov.Date {
	if !q.IsValid() {
		return egov.Date{}
	}
	return q.date
}

// Models returns the models the questionnaire serves, in the order given
// to New.
func (q *Questionnaire) Models() []ModelRef {
	if !q.IsValid() {
		return nil
	}
	return slices.Clone(q.models)
}

// Groups returns the groups of questions, model by model and dimension by
// dimension in the models' order; each holds at least one question.
func (q *Questionnaire) Groups() []Group {
	if !q.IsValid() {
		return nil
	}
	return slices.Clone(q.groups)
}

// Questions returns the questions, those whose answers narrow the ranges
// most first (see New).
func (q *Questionnaire) Questions() []Question {
	if !q.IsValid() {
		return nil
	}
	out := make([]Question, len(q.questions))
	for i, qu := range q.questions {
		out[i] = qu.clone()
	}
	return out
}

// Question returns the question with the ID, and false when there is none.
func (q *Questionnaire) Question(id string) (Question, bool) {
	if !q.IsValid() {
		return Question{}, false
	}
	i, ok := q.index[id]
	if !ok {
		return Question{}, false
	}
	return q.questions[i].clone(), true
}

// Len returns the number of questions.
func (q *Questionnaire) Len() int {
	if !q.IsValid() {
		return 0
	}
	return len(q.questions)
}

// DontKnowLabel returns the label of the answer "don't know", for a form
// to offer beside every question.
func (q *Questionnaire) DontKnowLabel() egov.Text {
	if !q.IsValid() {
		return egov.Text{}
	}
	return q.dontKnow
}

// deriveID returns the ID of a questionnaire: see ID.
func deriveID(municipality string, d egov.Date, models []ModelRef) ID {
	sorted := slices.Clone(models)
	slices.SortFunc(sorted, func(a, b ModelRef) int { return strings.Compare(a.ID, b.ID) })
	var b strings.Builder
	b.WriteString("questionnaire:" + municipality + ":" + d.String() + ":")
	for i, m := range sorted {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(m.ID + "@" + strconv.Quote(m.Version) + "#" + m.Fingerprint)
	}
	return egov.DeriveID[Questionnaire](b.String())
}

// questionID returns the ID of the question of type t filling the service
// or the measure.
func questionID(t AnswerType, service egov.ServiceKey, m egov.Measure) string {
	switch t {
	case AnswerStage:
		return "stage." + string(service)
	case AnswerCount:
		return "count." + string(m)
	case AnswerShare:
		return "share." + string(m)
	case AnswerNone:
	}
	return ""
}
