package questionnaire_test

import (
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/questionnaire"
)

// sampleDoc returns the sample questionnaire's document as a tree of maps
// and slices, for tests to break.
func sampleDoc(t *testing.T) map[string]any {
	t.Helper()
	q, err := questionnaire.New(egov.SerbianCatalog(), sampleProfile(), sampleModel())
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal([]byte(jsonOf(t, q)), &doc); err != nil {
		t.Fatal(err)
	}
	return doc
}

// The sample of ExampleDecode is what New makes: its ID and the sample
// model's fingerprint are those the example's document gives.
func TestTheExampleDocumentIsWhatNewMakes(t *testing.T) {
	if fp := sampleModel().Fingerprint(); fp != "698b0029f881990a5e9e6f7b4c61e595f80aba5b994eea88aa2caba1b7e404e0" {
		t.Errorf("the sample model's fingerprint is %s: update ExampleDecode", fp)
	}
	q, err := questionnaire.New(egov.SerbianCatalog(), sampleProfile(), sampleModel())
	if err != nil {
		t.Fatal(err)
	}
	if id := q.ID().String(); id != "97c868a3-4c26-5613-a72c-e94e9592a28b" {
		t.Errorf("the sample questionnaire's ID is %s: update ExampleDecode and ExampleDecodeAnswers", id)
	}
}

func TestDecodeRefusesEachProblemAtItsPath(t *testing.T) {
	question := func(doc map[string]any, i int) map[string]any { return doc["questions"].([]any)[i].(map[string]any) }
	cases := []struct {
		name  string
		spoil func(doc map[string]any)
		want  []string
	}{
		{"format", func(d map[string]any) { d["format"] = "egovkit.questionnaire/2" }, []string{`format: unsupported format`}},
		{"unknown field", func(d map[string]any) { d["note"] = "x" }, []string{`note: unknown field`}},
		{"ID of other content", func(d map[string]any) { d["municipality"] = "cacak" }, []string{`id: ID 97c868a3-4c26-5613-a72c-e94e9592a28b is not the one`}},
		{"missing ID", func(d map[string]any) { delete(d, "id") }, []string{`id: missing ID`}},
		{"fingerprint", func(d map[string]any) { d["models"].([]any)[0].(map[string]any)["fingerprint"] = "ABC" },
			[]string{`models[0].fingerprint: fingerprint "ABC" is not 64 lower-case hexadecimal digits`}},
		{"no model", func(d map[string]any) { d["models"] = []any{} },
			[]string{`models: no model`, `groups[0].path: model "sample" is not among`, `questions[0].narrows[0].model: model "sample" is not among`,
				`questions[0].indicators[0]: model "sample" is not among`, `questions[1].narrows[0].model`, `questions[1].indicators[0]`,
				`questions[2].narrows[0].model`, `questions[2].indicators[0]`}},
		{"places", func(d map[string]any) { d["models"].([]any)[0].(map[string]any)["places"] = 7 }, []string{`models[0].places: places 7 outside 0…6`}},
		{"missing Cyrillic", func(d map[string]any) { delete(d["dont_know"].(map[string]any), "sr_cyrl") }, []string{`dont_know.sr_cyrl: missing Serbian Cyrillic text`}},
		{"group path", func(d map[string]any) { d["groups"].([]any)[0].(map[string]any)["path"] = "sample" },
			[]string{`groups[0].path: group path "sample" is not <model>/<dimension>`, `questions[0].group: group "sample/services" is not among`,
				`questions[1].group`, `questions[2].group`}},
		{"question ID", func(d map[string]any) { question(d, 2)["id"] = "stage.ezup" },
			[]string{`questions[2].id: question ID "stage.ezup" is not the one of what it asks for ("stage.episarnica")`}},
		{"no type", func(d map[string]any) { delete(question(d, 0), "type") }, []string{`questions[0].type: missing type`}},
		{"type none", func(d map[string]any) { question(d, 0)["type"] = "none" }, []string{`questions[0].type: answer type "none" stands for none given`}},
		{"options", func(d map[string]any) {
			q := question(d, 2)
			q["options"] = q["options"].([]any)[1:]
		}, []string{`questions[2].options: 4 options; a stage question offers the 5 known stages`}},
		{"asked twice", func(d map[string]any) {
			q := question(d, 1)
			q["type"], q["id"] = "count", "count.staff-trained"
			delete(q, "whole")
			delete(q, "part_label")
			delete(q, "whole_label")
			d["questions"] = append(d["questions"].([]any), map[string]any{"id": "count.staff", "group": "sample/services", "type": "count",
				"text": q["text"], "name": q["name"], "measure": "staff", "min": "0", "max": "10", "unit": q["unit"], "part_of": "share.staff-trained",
				"narrows": []any{}, "indicators": []any{"sample/services/trained"}})
			d["questions"] = append(d["questions"].([]any), question(d, 1))
		}, []string{`questions[3].part_of: staff is part of no other measure`,
			`questions[4].id: question "count.staff-trained" given twice, first at questions[1]`,
			`questions[4]: question "count.staff-trained" asks for what questions[1]`}},
		{"part of", func(d map[string]any) {
			q := question(d, 1)
			q["type"], q["id"], q["part_of"] = "count", "count.staff-trained", "share.cases-handled-electronically"
			delete(q, "whole")
			delete(q, "part_label")
			delete(q, "whole_label")
		}, []string{`questions[1].part_of: question "share.cases-handled-electronically" does not ask for staff`}},
		{"a stage's unit", func(d map[string]any) { question(d, 2)["unit"] = question(d, 0)["unit"] }, []string{`questions[2].unit: a stage question has no unit`}},
		{"min above max", func(d map[string]any) { question(d, 1)["min"] = "11"; question(d, 1)["max"] = "10" }, []string{`questions[1].min: min 11 is above max 10`}},
		{"share of nothing", func(d map[string]any) { question(d, 0)["min"] = "0" }, []string{`questions[0].min: a share of a whole of 0 is no share`}},
		{"bad number", func(d map[string]any) { question(d, 0)["max"] = "1e3" }, []string{`questions[0].max: "1e3" is not a plain decimal number`}},
		{"whole of another", func(d map[string]any) { question(d, 1)["whole"] = "registered-ecitizens" }, []string{`questions[1].whole: staff-trained is not part of registered-ecitizens`}},
		{"prefilled of another type", func(d map[string]any) { question(d, 2)["prefilled"] = map[string]any{"count": "3"} },
			[]string{`questions[2].prefilled: a stage question is pre-filled with a count`}},
		{"prefilled unknown", func(d map[string]any) { question(d, 2)["prefilled"] = map[string]any{"stage": "unknown"} },
			[]string{`questions[2].prefilled.stage: stage "unknown" is not an answer`}},
		{"prefilled don't know", func(d map[string]any) { question(d, 2)["prefilled"] = map[string]any{"dont_know": true} },
			[]string{`questions[2].prefilled: a pre-filled answer gives a value`}},
		{"prefilled out of bounds", func(d map[string]any) {
			question(d, 1)["max"] = "10"
			question(d, 1)["prefilled"] = map[string]any{"part": "3", "whole": "11"}
		}, []string{`questions[1].prefilled.whole: 11 is outside the question's bounds, 0 to 10`}},
		{"narrowing places", func(d map[string]any) { question(d, 0)["narrows"].([]any)[0].(map[string]any)["by"] = "25.05" },
			[]string{`questions[0].narrows[0].by: 25.05 has more places than model sample reports (1)`}},
		{"indicator path", func(d map[string]any) { question(d, 0)["indicators"] = []any{"sample/cases"} },
			[]string{`questions[0].indicators[0]: indicator path "sample/cases" is not <model>/<dimension>/<indicator>`}},
		{"no indicators", func(d map[string]any) { question(d, 0)["indicators"] = []any{} }, []string{`questions[0].indicators: no indicator reads`}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := sampleDoc(t)
			c.spoil(doc)
			b, err := json.Marshal(doc)
			if err != nil {
				t.Fatal(err)
			}
			q, err := questionnaire.Decode(b)
			wantProblems(t, err, c.want...)
			if q != nil {
				t.Error("a refused document gave a questionnaire")
			}
		})
	}
}

func TestDecodeAnswersRefusesEachProblemAtItsPath(t *testing.T) {
	head := `"format": "egovkit.answers/1", "questionnaire": "97c868a3-4c26-5613-a72c-e94e9592a28b", "municipality": "primer", "date": "2025-11-20"`
	cases := []struct{ doc, want string }{
		{`{` + head + `, "answers": {"stage.ezup": {}}}`, `answers["stage.ezup"]: missing answer: give a stage, a count, a part and a whole, or dont_know: true`},
		{`{` + head + `, "answers": {"stage.ezup": {"dont_know": false}}}`, `answers["stage.ezup"]: missing answer`},
		{`{` + head + `, "answers": {"x": {"stage": "piloting", "count": "3"}}}`, `answers.x: an answer gives one of a stage, a count, a part and a whole, or dont_know; this one gives stage and count`},
		{`{` + head + `, "answers": {"x": {"count": "3", "dont_know": true}}}`, `answers.x: this one gives count and dont_know`},
		{`{` + head + `, "answers": {"x": {"stage": "pilotting"}}}`, `answers.x.stage: unknown adoption stage "pilotting"; did you mean "piloting"?`},
		{`{` + head + `, "answers": {"x": {"stage": "unknown"}}}`, `answers.x.stage: stage "unknown" is not an answer`},
		{`{` + head + `, "answers": {"x": {"count": 3}}}`, `answers.x.count: `},
		{`{` + head + `, "answers": {"x": {"count": "3.5"}}}`, `answers.x.count: 3.5 is not a whole number`},
		{`{` + head + `, "answers": {"x": {"part": "3"}}}`, `answers.x.whole: missing number`},
		{`{` + head + `, "answers": {"x": {"part": "4", "whole": "3"}}}`, `answers.x.part: part 4 is more than the whole 3`},
		{`{` + head + `, "answers": {"x": {"count": "3", "moved_back": true}}}`, `answers.x.moved_back: moved_back confirms a stage`},
		{`{` + head + `, "answers": {"x": {"count": "3", "note": "y"}}}`, `answers.x.note: unknown field`},
		{`{"format": "egovkit.answers/1", "questionnaire": "97C868A3-4c26-5613-a72c-e94e9592a28b", "municipality": "primer", "date": "2025-11-20"}`,
			`questionnaire: invalid ID`},
		{`{"format": "egovkit.answers/1", "municipality": "Primer", "date": "2025-11-20"}`, `questionnaire: missing questionnaire ID`},
		{`{"questionnaire": "97c868a3-4c26-5613-a72c-e94e9592a28b", "municipality": "primer", "date": "2025-11-20"}`, `format: missing format`},
		{`{"format": "egovkit.answers/1", "questionnaire": "97c868a3-4c26-5613-a72c-e94e9592a28b", "municipality": "primer"}`, `date: missing date`},
	}
	for _, c := range cases {
		a, err := questionnaire.DecodeAnswers([]byte(c.doc))
		if err == nil {
			t.Errorf("%s decoded as %+v; want %s", c.doc, a, c.want)
			continue
		}
		path, words, _ := strings.Cut(c.want, ": ")
		found := false
		for _, p := range problems(t, err) {
			found = found || strings.HasPrefix(p, path+": ") && strings.Contains(p, words)
		}
		if !found {
			t.Errorf("%s: %v; want a problem %q", c.doc, err, c.want)
		}
	}
	_, err := questionnaire.DecodeAnswers([]byte(`{"format": "egovkit.answers/1", "municipality": "Primer", "date": "2025-11-20"}`))
	wantProblems(t, err, "questionnaire: missing questionnaire ID", `municipality: municipality key "Primer" is not`)

	var many strings.Builder
	many.WriteString(`{` + head + `, "answers": {`)
	for i := range questionnaire.MaxQuestions + 1 {
		if i > 0 {
			many.WriteString(",")
		}
		many.WriteString(`"q` + strconv.Itoa(i) + `": {"dont_know": true}`)
	}
	many.WriteString(`}}`)
	_, err = questionnaire.DecodeAnswers([]byte(many.String()))
	var le *egov.LimitError
	if !errors.As(err, &le) || le.Limit != questionnaire.MaxQuestions {
		t.Errorf("%d answers: %v, want a *egov.LimitError", questionnaire.MaxQuestions+1, err)
	}
}

// A document with more than MaxQuestions questions is refused with a
// *egov.LimitError, whatever the questions hold.
func TestDecodeRefusesMoreThanMaxQuestions(t *testing.T) {
	doc := sampleDoc(t)
	many := make([]any, questionnaire.MaxQuestions+1)
	for i := range many {
		many[i] = map[string]any{"id": "stage.eid"}
	}
	doc["questions"] = many
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	_, err = questionnaire.Decode(b)
	var le *egov.LimitError
	if !errors.As(err, &le) || le.Limit != questionnaire.MaxQuestions || le.Found != int64(len(many)) {
		t.Errorf("%d questions: %v, want a *egov.LimitError", len(many), err)
	}
}
