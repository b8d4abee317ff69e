package questionnaire_test

import (
	"testing"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/maturity"
	"github.com/digitaldistrict/egovkit/questionnaire"
)

// BenchmarkNewDefault makes the default model's questionnaire: for Čačak's
// profile (two services of sixteen known, the pilots' usual case) and for
// a profile that knows nothing. The target is 1 ms.
func BenchmarkNewDefault(b *testing.B) {
	cat := egov.SerbianCatalog()
	for _, c := range []struct {
		name string
		p    egov.Profile
	}{
		{"pilot", egov.PilotProfiles()[1]},
		{"empty", egov.Profile{Municipality: "cacak", Date: egov.MustDate(2025, 10, 1)}},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := questionnaire.New(cat, c.p, maturity.Default()); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkApply applies answers to every question of the default
// model's questionnaire.
func BenchmarkApply(b *testing.B) {
	p := egov.PilotProfiles()[1]
	q, err := questionnaire.New(egov.SerbianCatalog(), p, maturity.Default())
	if err != nil {
		b.Fatal(err)
	}
	a := questionnaire.Answers{Questionnaire: q.ID(), Municipality: q.Municipality(), Date: egov.MustDate(2025, 11, 20),
		Answers: map[string]questionnaire.Answer{}}
	for _, qu := range q.Questions() {
		switch qu.Type {
		case questionnaire.AnswerStage:
			a.Answers[qu.ID] = questionnaire.Stage(egov.StageFullyInUse)
		case questionnaire.AnswerCount:
			a.Answers[qu.ID] = questionnaire.Count(dec("2"))
		case questionnaire.AnswerShare:
			a.Answers[qu.ID] = questionnaire.Share(dec("12"), dec("40"))
		case questionnaire.AnswerNone: // no question takes none
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := q.Apply(p, a); err != nil {
			b.Fatal(err)
		}
	}
}
