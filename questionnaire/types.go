package questionnaire

import (
	"slices"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/enumtext"
)

// An ID identifies a questionnaire. It is derived, as egov derives the IDs
// of municipalities and visits, from the natural key
//
//	questionnaire:<municipality>:<date>:<model>@<version>#<fingerprint>,…
//
// with the models in the order of their IDs, the version quoted as Go
// quotes strings, and the fingerprint as maturity.Compiled.Fingerprint
// gives it: "questionnaire:cacak:2025-11-20:lsg-dmi@\"1.0.0\"#9f2c…". So
// the same models, municipality and date give the same ID on every
// machine, and answers name the questionnaire they answer by it. The zero
// ID names no questionnaire.
type ID = egov.ID[Questionnaire]

// A ModelRef names one of the models a questionnaire serves.
type ModelRef struct {
	ID      string
	Version string
	// Fingerprint is the model's content fingerprint (see
	// maturity.Compiled.Fingerprint): 64 lower-case hexadecimal digits.
	Fingerprint string
	// Places is how many places the model reports its figures to; the
	// questions' narrowing figures for the model have as many.
	Places int32
	// Name is the model's name in the three languages.
	Name egov.Text
}

// A Group is a dimension of a model, under which a form shows the
// questions whose facts the dimension reads first. Its Path is the
// model's ID and the dimension's key joined by a slash,
// "lsg-dmi/e-services", so that groups nested deeper fit later as longer
// paths.
type Group struct {
	Path  string    `json:"path"`
	Title egov.Text `json:"title"`
}

// A Question asks for one fact a profile records, or for the two measures
// of a share, so that its answer fills the profile: a service's adoption
// stage (AnswerStage), a count (AnswerCount), or a share given as a part
// and a whole (AnswerShare).
//
// The zero Question asks nothing: its Type is AnswerNone.
type Question struct {
	// ID names the question within its questionnaire by what it fills:
	// "stage.<service>", "count.<measure>" or "share.<measure>" (the
	// part's measure, or the share measure itself).
	ID string
	// Group is the path of the group the question is shown under.
	Group string
	// Type is the type of answer the question takes.
	Type AnswerType
	// Text is the question in the three languages.
	Text egov.Text
	// Name names what the question asks about, for a summary of the
	// answers: the service's name, or the measure's (of a share of two
	// measures, the part's).
	Name egov.Text

	// Service is the service whose adoption stage a stage question asks
	// for, and Options are the stages it can be answered with, from not
	// started to fully in use, each with its label.
	Service egov.ServiceKey
	Options []Option

	// Measure is the measure a count question asks for; for a share
	// question, the part's measure, or the measure that holds the share
	// itself (a share such as egov.MeasureElectronicCaseShare).
	Measure egov.Measure
	// Whole is the whole of a share question that fills two measures
	// (staff trained, of staff), and "" for a share stored as one measure.
	Whole egov.Measure
	// Min and Max bound a count, or the whole of a share (whose part runs
	// from 0 to the whole), as the profile the questionnaire was made from
	// allows: from the largest part it records that no question asks for,
	// to the whole it records that no question asks for, within what a
	// count can be (thirty digits). A share stored as one measure needs a
	// whole of at least 1.
	Min, Max decimal.Decimal
	// Unit names what a count, or a share's part and whole, counts, in the
	// plural form Serbian writes after most numbers ("поступака").
	Unit egov.Text
	// PartLabel and WholeLabel label the two numbers of a share.
	PartLabel, WholeLabel egov.Text
	// PartOf is the ID of the question that asks for the whole this
	// question's count is a part of ("share.staff-trained" asks for the
	// staff, of whom the eID registration officers are a part), or "": the
	// answer may not be larger than that question's.
	PartOf string

	// Prefilled is what the profile the questionnaire was made from
	// records for the question, in the form of an answer, and the zero
	// Answer (AnswerNone) when it records nothing. A share that the
	// profile holds as one measure is pre-filled as a part of a power of
	// ten: 0.35 as 35 of 100.
	Prefilled Answer
	// Narrows says, for each model whose indicators read the question's
	// facts, by how much the answer narrows the range of scores the
	// profile can still reach, whatever the answer (see
	// maturity.Compiled.AskFirst), in the order of the models.
	Narrows []Narrowing
	// Indicators are the indicators whose rules read the question's facts,
	// each as a path "<model>/<dimension>/<indicator>", in the models'
	// order.
	Indicators []string
}

// clone returns a deep copy of q.
func (q Question) clone() Question {
	q.Options = slices.Clone(q.Options)
	q.Narrows = slices.Clone(q.Narrows)
	q.Indicators = slices.Clone(q.Indicators)
	return q
}

// An Option is one of the stages a stage question can be answered with.
type Option struct {
	Stage egov.AdoptionStage `json:"stage"`
	Label egov.Text          `json:"label"`
}

// A Narrowing is how much one model's range of scores narrows once a
// question is answered, whatever the answer: on the model's scale, rounded
// once to its places as the model rounds.
type Narrowing struct {
	Model string
	By    decimal.Decimal
}

// AnswerType is the type of answer a question takes, or an answer gives.
// Its zero value, AnswerNone, is no answer: an Answer of that type says
// "don't know", and no question takes it.
type AnswerType uint8

// The types of answer.
const (
	AnswerNone  AnswerType = iota // no answer: "don't know"
	AnswerStage                   // an adoption stage, from not started to fully in use
	AnswerCount                   // a whole number, zero or more
	AnswerShare                   // a part and a whole, whole numbers, the part no larger
	numAnswerTypes
)

// String returns "none", "stage", "count" or "share".
func (t AnswerType) String() string {
	return enumtext.Name(t, "AnswerType", "none", "stage", "count", "share")
}

// IsValid reports whether t is one of the defined types, AnswerNone
// included.
func (t AnswerType) IsValid() bool { return t < numAnswerTypes }

// asked reports whether a question can take answers of type t: any type
// but AnswerNone.
func (t AnswerType) asked() bool { return t > AnswerNone && t < numAnswerTypes }

// MarshalText implements encoding.TextMarshaler.
func (t AnswerType) MarshalText() ([]byte, error) {
	return enumtext.Marshal(t, numAnswerTypes, "answer type")
}

// UnmarshalText implements encoding.TextUnmarshaler. It refuses "none",
// which no question takes.
func (t *AnswerType) UnmarshalText(b []byte) error {
	return enumtext.UnmarshalNonZero(t, numAnswerTypes, "answer type", b)
}
