package questionnaire_test

import (
	"encoding/json"
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/maturity"
	"github.com/digitaldistrict/egovkit/questionnaire"
)

// The questionnaire for Čačak's next visit under the default model: the
// profile records two services out of sixteen, so the questionnaire asks
// for the rest, the answers that narrow the range most first, and shows
// the two it knows pre-filled, last.
func ExampleNew() {
	var cacak egov.Profile // Čačak's profile from the built-in reference data
	for _, p := range egov.PilotProfiles() {
		if p.Municipality == "cacak" {
			cacak = p
		}
	}
	q, err := questionnaire.New(egov.SerbianCatalog(), cacak, maturity.Default())
	if err != nil {
		fmt.Println(err)
		return
	}
	questions := q.Questions()
	fmt.Println(len(questions), "questions in", len(q.Groups()), "groups")
	for _, qu := range questions[:4] {
		fmt.Printf("%s [%s] narrows by %s\n  %s\n", qu.ID, qu.Group, qu.Narrows[0].By.StringFixed(2), qu.Text.In(egov.SerbianCyrillic))
	}
	for _, qu := range questions {
		if qu.Prefilled.Type != questionnaire.AnswerNone {
			fmt.Printf("pre-filled: %s = %s\n", qu.ID, qu.Prefilled.Stage)
		}
	}
	// Output:
	// 22 questions in 6 groups
	// share.staff-trained [lsg-dmi/people-and-skills] narrows by 10.00
	//   Колико је укупно запослених у управи и колико их је обучено за рад на националним платформама?
	// stage.ezup [lsg-dmi/data-exchange] narrows by 10.00
	//   У којој је фази увођење система „eZUP“?
	// stage.ddc [lsg-dmi/infrastructure] narrows by 7.50
	//   У којој је фази увођење инфраструктуре „Државни дата центар“?
	// stage.eid [lsg-dmi/infrastructure] narrows by 7.50
	//   У којој је фази увођење платформе „eID портал, налог еГрађанин“?
	// pre-filled: stage.pisarnica = partly-in-use
	// pre-filled: stage.epecat = planned
}

// One questionnaire for the default model and a caller's own: each fact is
// asked once, and says how much it narrows each model's range.
func ExampleNew_severalModels() {
	q, err := questionnaire.New(egov.SerbianCatalog(), sampleProfile(), maturity.Default(), sampleModel())
	if err != nil {
		fmt.Println(err)
		return
	}
	places := map[string]int32{}
	for _, m := range q.Models() {
		places[m.ID] = m.Places
	}
	for _, qu := range q.Questions() {
		if len(qu.Narrows) < 2 {
			continue // read by one of the models only
		}
		fmt.Println(qu.ID)
		for _, n := range qu.Narrows {
			fmt.Printf("  %s narrows by %s\n", n.Model, n.By.StringFixed(places[n.Model]))
		}
	}
	// Output:
	// share.cases-handled-electronically
	//   lsg-dmi narrows by 4.00
	//   sample narrows by 25.0
	// share.staff-trained
	//   lsg-dmi narrows by 10.00
	//   sample narrows by 16.7
	// stage.episarnica
	//   lsg-dmi narrows by 0.00
	//   sample narrows by 0.0
}

// Answers from a visit applied to the profile the questionnaire was made
// from: a new profile, dated with the answers, whose range of scores is
// narrower; the stage the answers change is listed as an update. The
// municipality and the answers are made up.
func ExampleQuestionnaire_Apply() {
	model := sampleModel()
	before := sampleProfile()
	q, err := questionnaire.New(egov.SerbianCatalog(), before, model)
	if err != nil {
		fmt.Println(err)
		return
	}
	d := decimal.RequireFromString
	answers := questionnaire.Answers{
		Questionnaire: q.ID(), Municipality: "primer", Date: egov.MustDate(2025, 11, 20),
		Answers: map[string]questionnaire.Answer{
			"stage.episarnica":                   questionnaire.Stage(egov.StagePartlyInUse),
			"share.staff-trained":                questionnaire.Share(d("12"), d("40")),
			"share.cases-handled-electronically": questionnaire.Share(d("1200"), d("4000")),
		},
	}
	applied, err := q.Apply(before, answers)
	if err != nil {
		fmt.Println(err)
		return
	}
	doc, _ := json.Marshal(applied.Profile)
	fmt.Println(string(doc))
	for _, u := range applied.Updates {
		fmt.Println(u.Text(egov.English))
		fmt.Println(u.Text(egov.SerbianCyrillic))
	}
	for _, p := range []egov.Profile{before, applied.Profile} {
		r, _ := model.Range(p)
		fmt.Printf("%s: %s to %s\n", p.Date, r.Low.Score().StringFixed(1), r.High.Score().StringFixed(1))
	}
	// Output:
	// {"format":"egovkit.profile/1","municipality":"primer","date":"2025-11-20","stages":{"episarnica":"partly-in-use"},"measures":{"cases-handled-electronically":"0.3","staff":"40","staff-trained":"12"}}
	// Online service counter: stage changed from “Piloting” to “Partly in use”
	// еПисарница: фаза промењена из „Пробна употреба“ у „Делимично у употреби“
	// 2025-10-01: 15.0 to 65.0
	// 2025-11-20: 45.0 to 45.0
}

// Every bad answer is a problem at its path, all reported at once.
func ExampleQuestionnaire_Apply_problems() {
	before := sampleProfile()
	q, err := questionnaire.New(egov.SerbianCatalog(), before, sampleModel())
	if err != nil {
		fmt.Println(err)
		return
	}
	d := decimal.RequireFromString
	_, err = q.Apply(before, questionnaire.Answers{
		Questionnaire: q.ID(), Municipality: "primer", Date: egov.MustDate(2025, 11, 20),
		Answers: map[string]questionnaire.Answer{
			"stage.episarnica":                   questionnaire.Stage(egov.StagePlanned),
			"share.staff-trained":                questionnaire.Share(d("45"), d("40")),
			"share.cases-handled-electronically": questionnaire.Count(d("3")),
			"stage.episarnca":                    questionnaire.Stage(egov.StagePlanned),
		},
	})
	fmt.Println(err)
	// Output:
	// invalid answers: 4 problems:
	// 	answers["share.cases-handled-electronically"]: question "share.cases-handled-electronically" takes a share answer, not a count
	// 	answers["share.staff-trained"].part: part 45 is more than the whole 40
	// 	answers["stage.episarnca"]: unknown question "stage.episarnca"; did you mean "stage.episarnica"?
	// 	answers["stage.episarnica"].stage: episarnica was piloting in the profile and the answer moves it back to planned: if it really moved back (switched off or scaled back), confirm it with moved_back
}
