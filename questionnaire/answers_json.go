package questionnaire

import (
	"encoding/json"
	"errors"
	"maps"
	"slices"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/exact"
	"github.com/digitaldistrict/egovkit/internal/strictjson"
)

type answersJSON struct {
	Format        string                `json:"format"`
	Questionnaire ID                    `json:"questionnaire"`
	Municipality  string                `json:"municipality"`
	Date          egov.Date             `json:"date"`
	Answers       map[string]answerJSON `json:"answers"`
}

// MarshalJSON writes the answers as an egovkit.answers/1 document: the
// questionnaire's ID, the municipality, the date, and the answers by
// question ID, each an object with one of "stage" (a stage's name),
// "count" (a decimal string), "part" and "whole" (decimal strings), or
// "dont_know": true, and "moved_back": true where a stage answer confirms
// a move back. See ExampleDecodeAnswers for a complete document. A number
// with more digits than a profile can hold is an error.
func (a Answers) MarshalJSON() ([]byte, error) {
	doc := answersJSON{Format: FormatAnswers, Questionnaire: a.Questionnaire, Municipality: a.Municipality, Date: a.Date,
		Answers: make(map[string]answerJSON, len(a.Answers))}
	for _, id := range slices.Sorted(maps.Keys(a.Answers)) {
		ans := a.Answers[id]
		if !ans.Type.IsValid() {
			return nil, errors.New("questionnaire: answer type " + ans.Type.String() + " out of range")
		}
		for _, n := range numbers(ans) {
			if err := exact.CheckDecimal(n.value); err != nil {
				return nil, &egov.ValidationError{Subject: "answers", Problems: []egov.Problem{{
					Path: strictjson.JoinKey("answers", id) + "." + n.field, Reason: err.Error()}}}
			}
		}
		doc.Answers[id] = wireAnswer(ans)
	}
	return json.Marshal(doc)
}

// A number is one of an answer's numbers, by its field's name.
type number struct {
	field string
	value decimal.Decimal
}

// numbers returns the numbers an answer gives.
func numbers(a Answer) []number {
	switch a.Type {
	case AnswerCount:
		return []number{{"count", a.Count}}
	case AnswerShare:
		return []number{{"part", a.Part}, {"whole", a.Whole}}
	case AnswerNone, AnswerStage:
	}
	return nil
}

// UnmarshalJSON decodes as DecodeAnswers does.
func (a *Answers) UnmarshalJSON(data []byte) error {
	if a == nil {
		return errors.New("questionnaire: cannot decode answers into a nil pointer")
	}
	decoded, err := DecodeAnswers(data)
	if err != nil {
		return err
	}
	*a = decoded
	return nil
}

// DecodeAnswers decodes an egovkit.answers/1 document strictly (unknown or
// repeated fields, wrong types, invalid UTF-8 and trailing data are
// refused) and checks what it can without the questionnaire: the format,
// the questionnaire's ID, the municipality's key, the date, the number of
// answers (at most MaxQuestions), and that each answer is exactly one of a
// known stage, a count, a part and a whole (whole numbers, the part no
// larger), or "dont_know": true. Apply checks the answers against their
// questionnaire. Every problem comes in one *egov.ValidationError, with
// paths such as answers["count.staff"].count.
func DecodeAnswers(data []byte) (Answers, error) {
	var ps egov.ProblemList
	var doc answersJSON
	if !ps.Decode(data, &doc) {
		return Answers{}, ps.Err("answers")
	}
	ps.CheckFormat(doc.Format, FormatAnswers)
	if doc.Questionnaire.IsZero() {
		ps.Add("questionnaire", "", "missing questionnaire ID")
	}
	switch {
	case doc.Municipality == "":
		ps.Add("municipality", "", "missing municipality")
	case !egov.IsKey(doc.Municipality):
		ps.Add("municipality", doc.Municipality, "municipality key %q is not lower-case ASCII words joined by hyphens", doc.Municipality)
	}
	if doc.Date.IsZero() {
		ps.Add("date", "", "missing date")
	}
	if len(doc.Answers) > MaxQuestions {
		ps.Append(egov.LimitProblem("answers", "answers", MaxQuestions, int64(len(doc.Answers))))
		return Answers{}, ps.Err("answers")
	}
	a := Answers{Questionnaire: doc.Questionnaire, Municipality: doc.Municipality, Date: doc.Date}
	if len(doc.Answers) > 0 {
		a.Answers = make(map[string]Answer, len(doc.Answers))
	}
	for _, id := range slices.Sorted(maps.Keys(doc.Answers)) {
		path := strictjson.JoinKey("answers", id)
		if !ps.Readable(path) {
			continue
		}
		ans, _ := readAnswer(&ps, path, doc.Answers[id])
		a.Answers[id] = ans
	}
	if err := ps.Err("answers"); err != nil {
		return Answers{}, err
	}
	return a, nil
}
