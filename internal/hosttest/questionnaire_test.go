package hosttest_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/maturity"
	"github.com/digitaldistrict/egovkit/questionnaire"
)

// questionnaireOutputs makes the default model's questionnaire for a
// profile with measures written with trailing zeros, applies answers that
// give a share to be divided (1 of 3) and counts with trailing zeros, and
// reads answers back: every document and figure, as bytes.
func questionnaireOutputs(t *testing.T) []string {
	t.Helper()
	p := egov.Profile{Municipality: "cacak", Date: egov.MustDate(2025, 11, 20),
		Stages: map[egov.ServiceKey]egov.AdoptionStage{"pisarnica": egov.StagePartlyInUse},
		Measures: map[egov.Measure]decimal.Decimal{egov.MeasureStaff: decimal.New(1500, 0),
			egov.MeasureStaffTrained: decimal.New(12000, -2), egov.MeasureRegisteredECitizens: decimal.New(5, 3)}}
	q, err := questionnaire.New(egov.SerbianCatalog(), p, maturity.Default())
	if err != nil {
		t.Fatal(err)
	}
	a := questionnaire.Answers{Questionnaire: q.ID(), Municipality: "cacak", Date: egov.MustDate(2025, 12, 1),
		Answers: map[string]questionnaire.Answer{
			"share.cases-handled-electronically": questionnaire.Share(decimal.New(1, 0), decimal.New(3, 0)),
			"count.eservices-for-citizens":       questionnaire.Count(decimal.New(4000, -3)),
			"share.staff-trained":                questionnaire.Share(decimal.New(130, 0), decimal.New(15, 2)),
		}}
	applied, err := q.Apply(p, a)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, v := range []any{q, a, applied.Profile} {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, string(b))
	}
	for _, u := range applied.Updates {
		out = append(out, u.Text(egov.SerbianLatin))
	}
	for _, doc := range []string{out[0], out[1]} {
		if _, err := questionnaire.Decode([]byte(doc)); err != nil {
			out = append(out, "questionnaire: "+err.Error())
		}
		back, err := questionnaire.DecodeAnswers([]byte(doc))
		if err != nil {
			out = append(out, "answers: "+err.Error())
			continue
		}
		b, _ := json.Marshal(back)
		out = append(out, string(b))
	}
	return out
}

func TestQuestionnaireDoesNotDependOnDecimalGlobals(t *testing.T) {
	want := questionnaireOutputs(t)
	restore := hostSettings()
	defer restore()
	got := questionnaireOutputs(t)
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("output %d changed with the host's settings:\n%s\n%s", i, want[i], got[i])
		}
	}
	if !strings.Contains(want[2], `"cases-handled-electronically":"0.333333"`) || !strings.Contains(want[2], `"staff-trained":"130"`) {
		t.Errorf("the answers are not stored as plain decimals, the share rounded to six places: %s", want[2])
	}
}
