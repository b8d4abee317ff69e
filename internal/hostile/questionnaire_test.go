package hostile_test

import (
	"encoding/json"
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/maturity"
	"github.com/digitaldistrict/egovkit/questionnaire"
)

func TestQuestionnaireDecodersNeverPanic(t *testing.T) {
	decoders := map[string]func([]byte) error{
		"Decode":        func(b []byte) error { _, err := questionnaire.Decode(b); return err },
		"DecodeAnswers": func(b []byte) error { _, err := questionnaire.DecodeAnswers(b); return err },
		"json.Unmarshal Answers": func(b []byte) error {
			var a questionnaire.Answers
			return json.Unmarshal(b, &a)
		},
	}
	for dname, doc := range hostileDocuments() {
		for name, decode := range decoders {
			calm(t, name+"("+dname+")", func() {
				if err := decode(doc); err == nil {
					t.Errorf("%s accepted %s", name, dname)
				}
			})
		}
	}
	var le *egov.LimitError
	deep := []byte(`{"format":"egovkit.answers/1","answers":{"x":` + strings.Repeat("[", 40) + strings.Repeat("]", 40) + `}}`)
	if _, err := questionnaire.DecodeAnswers(deep); !errors.As(err, &le) || le.What != "nesting depth" {
		t.Errorf("nesting depth: %v", err)
	}
	big := []byte(`{"format":"egovkit.questionnaire/1","x":"` + strings.Repeat("x", egov.MaxDocumentBytes) + `"}`)
	if _, err := questionnaire.Decode(big); !errors.As(err, &le) || le.What != "document size" {
		t.Errorf("document size: %v", err)
	}
}

// TestQuestionnaireEntryPointsNeverPanic gives New and Apply what a
// careless or hostile caller might: nil and zero values, numbers beyond
// every limit, a decimal with an exponent of MaxInt32, answers of types
// that do not exist, a questionnaire of zero value.
func TestQuestionnaireEntryPointsNeverPanic(t *testing.T) {
	cat := egov.SerbianCatalog()
	p := egov.Profile{Municipality: "x", Date: egov.MustDate(2025, 1, 1)}
	calm(t, "New(nil…)", func() {
		if _, err := questionnaire.New(nil, egov.Profile{}, nil); err == nil {
			t.Error("New accepted nothing")
		}
	})
	q, err := questionnaire.New(cat, p, maturity.Default())
	if err != nil {
		t.Fatal(err)
	}
	huge := decimal.New(1, math.MaxInt32)
	tiny := decimal.New(1, math.MinInt32)
	odd := map[string]questionnaire.Answer{
		"count.staff":                        questionnaire.Count(huge),
		"count.eservices-for-citizens":       questionnaire.Count(tiny),
		"share.staff-trained":                questionnaire.Share(huge, tiny),
		"share.cases-handled-electronically": questionnaire.Share(decimal.New(1, 0), tiny),
		"stage.ezup":                         {Type: questionnaire.AnswerType(200), Stage: egov.AdoptionStage(200)},
		"stage.eid":                          {Type: questionnaire.AnswerStage, Stage: egov.AdoptionStage(255), MovedBack: true},
		strings.Repeat("x", 1<<16):           questionnaire.DontKnow(),
		"":                                   questionnaire.Count(decimal.Decimal{}),
	}
	bad := p.WithMeasure(egov.MeasureStaff, huge).WithStage("", egov.AdoptionStage(99))
	for name, args := range map[string]struct {
		q *questionnaire.Questionnaire
		p egov.Profile
		a questionnaire.Answers
	}{
		"odd answers":        {q, p, questionnaire.Answers{Questionnaire: q.ID(), Municipality: "x", Date: p.Date, Answers: odd}},
		"odd profile":        {q, bad, questionnaire.Answers{Questionnaire: q.ID(), Municipality: "x", Date: p.Date}},
		"zero answers":       {q, egov.Profile{}, questionnaire.Answers{}},
		"zero questionnaire": {&questionnaire.Questionnaire{}, p, questionnaire.Answers{Answers: odd}},
	} {
		calm(t, "Apply("+name+")", func() {
			if _, err := args.q.Apply(args.p, args.a); err == nil {
				t.Errorf("Apply accepted %s", name)
			}
		})
	}
	calm(t, "MarshalJSON(odd answers)", func() {
		if _, err := json.Marshal(questionnaire.Answers{Answers: odd}); err == nil {
			t.Error("answers beyond every limit written")
		}
	})
}
