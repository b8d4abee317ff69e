package questionnaire

import (
	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
)

// An Answer is the answer to one question: a stage, a count, a share given
// as a part and a whole, or "don't know". Its Type says which of its
// fields hold it; the others are left zero. The zero Answer is "don't
// know".
type Answer struct {
	Type AnswerType
	// Stage answers a stage question: a known stage, never
	// egov.StageUnknown ("don't know" is the zero Answer).
	Stage egov.AdoptionStage
	// MovedBack confirms that a service really moved back to an earlier
	// stage than the profile records (one switched off or scaled back), as
	// plan.Progress.Regressed does when re-planning: without it, such an
	// answer is refused as a likely slip.
	MovedBack bool
	// Count answers a count question: a whole number, zero or more.
	Count decimal.Decimal
	// Part and Whole answer a share question: whole numbers, the part no
	// larger than the whole.
	Part, Whole decimal.Decimal
}

// DontKnow returns the answer "don't know", the zero Answer: it leaves the
// fact unknown, or as the profile records it.
func DontKnow() Answer { return Answer{} }

// Stage returns the answer that a service is at stage s.
func Stage(s egov.AdoptionStage) Answer { return Answer{Type: AnswerStage, Stage: s} }

// Count returns the answer n to a count question.
func Count(n decimal.Decimal) Answer { return Answer{Type: AnswerCount, Count: n} }

// Share returns the answer part of whole to a share question: 12 staff
// trained of 40.
func Share(part, whole decimal.Decimal) Answer {
	return Answer{Type: AnswerShare, Part: part, Whole: whole}
}

// IsDontKnow reports whether a is "don't know".
func (a Answer) IsDontKnow() bool { return a.Type == AnswerNone }

// Answers are the answers to one questionnaire, as the team gave them at a
// visit: by question ID, each question at most once. A question left out
// is not known, as if answered "don't know".
//
// The zero Answers answer no questionnaire: Apply refuses them.
type Answers struct {
	// Questionnaire is the ID of the questionnaire answered.
	Questionnaire ID
	// Municipality is the key of the municipality that answered, the
	// questionnaire's.
	Municipality string
	// Date is the day the answers were given: the profile they make is of
	// that day.
	Date egov.Date
	// Answers holds the answers by question ID.
	Answers map[string]Answer
}
