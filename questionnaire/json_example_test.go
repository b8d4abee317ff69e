package questionnaire_test

import (
	"fmt"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/questionnaire"
)

// A complete egovkit.questionnaire/1 document, as New makes it for the
// package's sample model (one dimension reading ePisarnica's stage, the
// share of staff trained and the share of cases handled electronically)
// and a made-up municipality whose profile records ePisarnica piloting.
// Its fields and their JSON types:
//
//	format        string, always "egovkit.questionnaire/1"
//	id            string: the questionnaire's ID, a UUID derived from the
//	              municipality, the date and the models (see ID)
//	municipality  string: the municipality's key
//	date          string: the day of the profile the questionnaire was
//	              made from, "YYYY-MM-DD"
//	models        array of objects, one a model served:
//	  id, version string: the model's ID and version
//	  fingerprint string: 64 lower-case hexadecimal digits, the SHA-256 of
//	              the model's content
//	  places      number: the places the model reports figures to
//	  name        text
//	groups        array of objects, one a dimension with questions:
//	  path        string: "<model>/<dimension>"
//	  title       text
//	dont_know     text: the label of the answer "don't know"
//	questions     array of objects, in the order to ask them:
//	  id          string: "stage.<service>", "count.<measure>" or
//	              "share.<measure>"
//	  group       string: the path of its group
//	  type        string: stage, count or share
//	  text, name  text: the question, and what it asks about
//	  service     string, stage questions: the service's key
//	  options     array of objects, stage questions: the five known
//	              stages in order, each {"stage": name, "label": text}
//	  measure     string, count and share questions: the measure, or a
//	              share's part
//	  whole       string, share questions stored as two measures: the
//	              measure the part is of
//	  min, max    strings, count and share questions: decimal bounds of
//	              the count, or of the share's whole
//	  unit        text, count and share questions: what is counted
//	  part_label, whole_label
//	              text, share questions
//	  part_of     string, optional, count questions: the ID of the
//	              question asking for the whole the count is part of
//	  prefilled   object, optional: what the profile records, as an
//	              answer (see ExampleDecodeAnswers)
//	  narrows     array of objects, one a model reading the question:
//	              {"model": ID, "by": decimal string at the model's places}
//	  indicators  array of strings: "<model>/<dimension>/<indicator>"
//
// A text is an object of three strings, all required: "en", "sr_latn"
// and "sr_cyrl".
func ExampleDecode() {
	q, err := questionnaire.Decode([]byte(`{
		"format": "egovkit.questionnaire/1",
		"id": "97c868a3-4c26-5613-a72c-e94e9592a28b",
		"municipality": "primer",
		"date": "2025-10-01",
		"models": [{
			"id": "sample", "version": "1.0",
			"fingerprint": "698b0029f881990a5e9e6f7b4c61e595f80aba5b994eea88aa2caba1b7e404e0",
			"places": 1,
			"name": {"en": "Sample index", "sr_latn": "Primer indeksa", "sr_cyrl": "Пример индекса"}
		}],
		"groups": [{"path": "sample/services", "title": {"en": "Services", "sr_latn": "Usluge", "sr_cyrl": "Услуге"}}],
		"dont_know": {"en": "Don't know", "sr_latn": "Ne znam", "sr_cyrl": "Не знам"},
		"questions": [
			{
				"id": "share.cases-handled-electronically",
				"group": "sample/services",
				"type": "share",
				"text": {
					"en": "How many cases did the administration handle, and how many of them electronically? Give both figures for the same period, such as the past year.",
					"sr_latn": "Koliko je predmeta uprava obradila i koliko ih je obrađeno elektronski? Navedite oba broja za isti period, na primer za proteklu godinu.",
					"sr_cyrl": "Колико је предмета управа обрадила и колико их је обрађено електронски? Наведите оба броја за исти период, на пример за протеклу годину."
				},
				"name": {"en": "Share of cases handled electronically", "sr_latn": "Udeo predmeta obrađenih elektronski", "sr_cyrl": "Удео предмета обрађених електронски"},
				"measure": "cases-handled-electronically",
				"min": "1",
				"max": "999999999999999999999999999999",
				"unit": {"en": "cases", "sr_latn": "predmeta", "sr_cyrl": "предмета"},
				"part_label": {"en": "Cases handled electronically", "sr_latn": "Predmeti obrađeni elektronski", "sr_cyrl": "Предмети обрађени електронски"},
				"whole_label": {"en": "All cases handled", "sr_latn": "Svi obrađeni predmeti", "sr_cyrl": "Сви обрађени предмети"},
				"narrows": [{"model": "sample", "by": "25.0"}],
				"indicators": ["sample/services/cases"]
			},
			{
				"id": "share.staff-trained",
				"group": "sample/services",
				"type": "share",
				"text": {
					"en": "How many people does the administration employ, and how many of them have been trained to work with the national platforms?",
					"sr_latn": "Koliko je ukupno zaposlenih u upravi i koliko ih je obučeno za rad na nacionalnim platformama?",
					"sr_cyrl": "Колико је укупно запослених у управи и колико их је обучено за рад на националним платформама?"
				},
				"name": {"en": "Staff trained", "sr_latn": "Obučeni zaposleni", "sr_cyrl": "Обучени запослени"},
				"measure": "staff-trained",
				"whole": "staff",
				"min": "0",
				"max": "999999999999999999999999999999",
				"unit": {"en": "people", "sr_latn": "zaposlenih", "sr_cyrl": "запослених"},
				"part_label": {"en": "Staff trained", "sr_latn": "Obučeni zaposleni", "sr_cyrl": "Обучени запослени"},
				"whole_label": {"en": "Staff", "sr_latn": "Zaposleni", "sr_cyrl": "Запослени"},
				"narrows": [{"model": "sample", "by": "16.7"}],
				"indicators": ["sample/services/trained"]
			},
			{
				"id": "stage.episarnica",
				"group": "sample/services",
				"type": "stage",
				"text": {
					"en": "At what stage is the adoption of the service “Online service counter”?",
					"sr_latn": "U kojoj je fazi uvođenje usluge „ePisarnica“?",
					"sr_cyrl": "У којој је фази увођење услуге „еПисарница“?"
				},
				"name": {"en": "Online service counter", "sr_latn": "ePisarnica", "sr_cyrl": "еПисарница"},
				"service": "episarnica",
				"options": [
					{"stage": "not-started", "label": {"en": "Not started", "sr_latn": "Nije započeto", "sr_cyrl": "Није започето"}},
					{"stage": "planned", "label": {"en": "Planned", "sr_latn": "Planirano", "sr_cyrl": "Планирано"}},
					{"stage": "piloting", "label": {"en": "Piloting", "sr_latn": "Probna upotreba", "sr_cyrl": "Пробна употреба"}},
					{"stage": "partly-in-use", "label": {"en": "Partly in use", "sr_latn": "Delimično u upotrebi", "sr_cyrl": "Делимично у употреби"}},
					{"stage": "fully-in-use", "label": {"en": "Fully in use", "sr_latn": "Potpuno u upotrebi", "sr_cyrl": "Потпуно у употреби"}}
				],
				"prefilled": {"stage": "piloting"},
				"narrows": [{"model": "sample", "by": "0.0"}],
				"indicators": ["sample/services/episarnica"]
			}
		]
	}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	places := q.Models()[0].Places
	fmt.Println(q.Municipality(), q.Date(), q.Len(), "questions")
	for _, qu := range q.Questions() {
		fmt.Printf("%s (%s, narrows by %s): %s\n", qu.ID, qu.Type, qu.Narrows[0].By.StringFixed(places), qu.Text.In(egov.SerbianLatin))
		if qu.Prefilled.Type == questionnaire.AnswerStage {
			fmt.Println("  pre-filled:", qu.Prefilled.Stage.Label(egov.SerbianLatin))
		}
	}
	// Output:
	// primer 2025-10-01 3 questions
	// share.cases-handled-electronically (share, narrows by 25.0): Koliko je predmeta uprava obradila i koliko ih je obrađeno elektronski? Navedite oba broja za isti period, na primer za proteklu godinu.
	// share.staff-trained (share, narrows by 16.7): Koliko je ukupno zaposlenih u upravi i koliko ih je obučeno za rad na nacionalnim platformama?
	// stage.episarnica (stage, narrows by 0.0): U kojoj je fazi uvođenje usluge „ePisarnica“?
	//   pre-filled: Probna upotreba
}

// A complete egovkit.answers/1 document: the answers a team brought back
// from a visit to the made-up municipality of ExampleDecode. Its fields
// and their JSON types:
//
//	format         string, always "egovkit.answers/1"
//	questionnaire  string: the ID of the questionnaire answered
//	municipality   string: the municipality's key
//	date           string: the day of the answers, "YYYY-MM-DD"
//	answers        object: question ID → answer, an object with one of
//	  stage        string: not-started, planned, piloting, partly-in-use
//	               or fully-in-use, for a stage question
//	  count        string: a whole number, for a count question
//	  part, whole  strings: whole numbers, the part no larger, for a
//	               share question
//	  dont_know    boolean: true, for a question the team could not
//	               answer (the same as leaving the question out)
//	and, for a stage answer,
//	  moved_back   boolean, optional: true to confirm a stage earlier than
//	               the profile records
//
// Numbers are decimal strings ("40"), never JSON numbers, so that they
// are read exactly.
func ExampleDecodeAnswers() {
	a, err := questionnaire.DecodeAnswers([]byte(`{
		"format": "egovkit.answers/1",
		"questionnaire": "97c868a3-4c26-5613-a72c-e94e9592a28b",
		"municipality": "primer",
		"date": "2025-11-20",
		"answers": {
			"stage.episarnica": {"stage": "partly-in-use"},
			"share.staff-trained": {"part": "12", "whole": "40"},
			"share.cases-handled-electronically": {"dont_know": true}
		}
	}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Questionnaire, a.Municipality, a.Date)
	for _, id := range []string{"stage.episarnica", "share.staff-trained", "share.cases-handled-electronically"} {
		switch ans := a.Answers[id]; ans.Type {
		case questionnaire.AnswerStage:
			fmt.Println(id, "→", ans.Stage)
		case questionnaire.AnswerShare:
			fmt.Println(id, "→", ans.Part, "of", ans.Whole)
		default:
			fmt.Println(id, "→ don't know")
		}
	}
	// Output:
	// 97c868a3-4c26-5613-a72c-e94e9592a28b primer 2025-11-20
	// stage.episarnica → partly-in-use
	// share.staff-trained → 12 of 40
	// share.cases-handled-electronically → don't know
}
