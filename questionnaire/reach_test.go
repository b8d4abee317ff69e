package questionnaire_test

import (
	"testing"

	"pgregory.net/rapid"

	"github.com/digitaldistrict/egovkit/internal/exact"
	"github.com/digitaldistrict/egovkit/questionnaire"
)

// TestDrawnCasesReachWhatThePropertiesNeed draws the properties' cases and
// answers and checks that they reach the limits and every kind of
// question and answer: MaxModels models, facts two models read, shares of
// two measures and of one, a count that is part of another question, what
// a profile pre-fills in full and in part, answers of thirty digits,
// confirmed moves back and other updates.
func TestDrawnCasesReachWhatThePropertiesNeed(t *testing.T) {
	want := []string{"MaxModels models", "a fact two models read", "share of two measures", "share of one measure",
		"part of another question", "pre-filled", "share pre-filled in part", "answer of thirty digits", "moved back",
		"update", "nothing asked", "don't know"}
	g := rapid.Custom(func(t *rapid.T) []string {
		c := drawCase(t)
		q := c.questionnaire(t)
		a := drawAnswers(t, q, c.p, rapid.Bool().Draw(t, "all"), rapid.Bool().Draw(t, "agree"))
		var seen []string
		if len(c.models) == questionnaire.MaxModels {
			seen = append(seen, "MaxModels models")
		}
		if q.Len() == 0 {
			seen = append(seen, "nothing asked")
		}
		for _, qu := range q.Questions() {
			if len(qu.Narrows) > 1 {
				seen = append(seen, "a fact two models read")
			}
			switch {
			case qu.Type == questionnaire.AnswerShare && qu.Whole != "":
				seen = append(seen, "share of two measures")
				_, pk := c.p.Measure(qu.Measure)
				_, wk := c.p.Measure(qu.Whole)
				if pk != wk {
					seen = append(seen, "share pre-filled in part")
				}
			case qu.Type == questionnaire.AnswerShare:
				seen = append(seen, "share of one measure")
			}
			if qu.PartOf != "" {
				seen = append(seen, "part of another question")
			}
			if qu.Prefilled.Type != questionnaire.AnswerNone {
				seen = append(seen, "pre-filled")
			}
		}
		for _, ans := range a.Answers {
			if exact.Digits(ans.Count) == exact.MaxDigits || exact.Digits(ans.Whole) == exact.MaxDigits {
				seen = append(seen, "answer of thirty digits")
			}
			if ans.MovedBack {
				seen = append(seen, "moved back")
			}
			if ans.IsDontKnow() {
				seen = append(seen, "don't know")
			}
		}
		if applied, err := q.Apply(c.p, a); err == nil && len(applied.Updates) > 0 {
			seen = append(seen, "update")
		}
		return seen
	})
	reached := map[string]bool{}
	for i := 0; i < 400 && len(reached) < len(want); i++ {
		for _, s := range g.Example(i) {
			reached[s] = true
		}
	}
	for _, w := range want {
		if !reached[w] {
			t.Errorf("never drawn: %s", w)
		}
	}
}
