package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/maturity"
	"github.com/digitaldistrict/egovkit/plan"
	"github.com/digitaldistrict/egovkit/questionnaire"
)

// sampleAnswers is the illustrative answers file for Čačak.
var sampleAnswers = filepath.Join("testdata", "answers-cacak.illustrative.json")

// answersFiles are the answers files in testdata, all to Čačak's current
// questionnaire.
var answersFiles = []string{sampleAnswers, filepath.Join("testdata", "answers-invalid.json")}

// cacakQuestionnaire is Čačak's current questionnaire: from its built-in
// profile and the default model.
func cacakQuestionnaire(t *testing.T) *questionnaire.Questionnaire {
	t.Helper()
	q, _, _, err := pilotQuestionnaire(pilotData(egov.English), egov.SerbianCatalog(), "cacak")
	if err != nil {
		t.Fatal(err)
	}
	return q
}

// The answers files answer Čačak's current questionnaire. Its ID changes
// with the default model's version and content, or Čačak's profile; then
// -update writes the new ID into the files, whose questions are named by
// what they fill and so stay the same.
func TestAnswersFilesAnswerTheCurrentQuestionnaire(t *testing.T) {
	want := cacakQuestionnaire(t).ID()
	for _, name := range answersFiles {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		a, err := questionnaire.DecodeAnswers(data)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if a.Questionnaire == want {
			continue
		}
		if !*update {
			t.Errorf("%s answers questionnaire %s, not Čačak's current one, %s (the model or the profile changed): "+
				"rerun with -update to write the new ID into it", name, a.Questionnaire, want)
			continue
		}
		data = bytes.Replace(data, []byte(`"`+a.Questionnaire.String()+`"`), []byte(`"`+want.String()+`"`), 1)
		if err := os.WriteFile(name, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// -questionnaire writes the questionnaire of a pilot, named by its key or
// its name in either script, from its latest profile and the default
// model: the document decodes as the questionnaire New makes, and carries
// its texts in every language, whatever -lang says.
func TestQuestionnaireOfAPilot(t *testing.T) {
	want := cacakQuestionnaire(t)
	out, errOut, code := runMain(t, "-questionnaire", "cacak")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	q, err := questionnaire.Decode([]byte(out))
	if err != nil {
		t.Fatal(err)
	}
	if q.ID() != want.ID() || q.Municipality() != "cacak" || q.Date() != egov.MustDate(2025, 11, 20) || q.Len() != want.Len() {
		t.Errorf("questionnaire %s for %s on %s with %d questions, want %s for cacak on 2025-11-20 with %d",
			q.ID(), q.Municipality(), q.Date(), q.Len(), want.ID(), want.Len())
	}
	if !strings.HasSuffix(out, "}\n") || !strings.Contains(out, "\n  \"questions\": [") {
		t.Error("the document is not indented, or does not end in a newline")
	}
	for _, qu := range q.Questions() {
		for _, l := range []egov.Language{egov.English, egov.SerbianLatin, egov.SerbianCyrillic} {
			if qu.Text.In(l) == "" {
				t.Errorf("%s: no text in %s", qu.ID, l)
			}
		}
	}
	for _, args := range [][]string{
		{"-questionnaire", "Čačak"}, {"-questionnaire", "Чачак"}, {"-questionnaire", "CACAK"},
		{"-questionnaire", "cacak", "-lang", "sr-Cyrl"}, {"-questionnaire", "cacak", "-in", filepath.Join("testdata", "pilot.json")},
	} {
		got, errOut, code := runMain(t, args...)
		if code != 0 || got != out {
			t.Errorf("%q: exit %d (%s), or another document", args, code, errOut)
		}
	}
}

// A municipality that is not in the data, or has no profile to make a
// questionnaire from, and a flag for the report beside -questionnaire,
// are refused as bad flags are: exit 2, a message, nothing on stdout.
func TestQuestionnaireRefused(t *testing.T) {
	for _, c := range []struct {
		args []string
		says string
	}{
		{[]string{"-questionnaire", "atlantis"}, `no municipality "atlantis"`},
		{[]string{"-questionnaire", ""}, `no municipality ""`},
		{[]string{"-questionnaire", "nis"}, "Niš has no profile"},
		{[]string{"-questionnaire", "cacak", "-format", "markdown"}, "-format is for the report"},
		{[]string{"-questionnaire", "cacak", "-format", "json"}, "-format is for the report"},
		{[]string{"-questionnaire", "cacak", "-dump"}, "-dump is for the report"},
		{[]string{"-questionnaire", "cacak", "-answers", sampleAnswers}, "-answers is for the report"},
	} {
		out, errOut, code := runMain(t, c.args...)
		if code != 2 || out != "" || !strings.HasPrefix(errOut, "egovforall: -questionnaire: ") || !strings.Contains(errOut, c.says) {
			t.Errorf("%q: exit %d, stdout %q, stderr %q (want it to say %q)", c.args, code, out, errOut, c.says)
		}
	}
}

// The text report with the sample answers, in English and in Serbian:
// which answers were applied, Čačak's profile with them, its score, range
// and plan.
func TestAnswersReport(t *testing.T) {
	for _, lang := range []string{"en", "sr-Cyrl"} {
		out, errOut, code := runMain(t, "-answers", sampleAnswers, "-lang", lang)
		if code != 0 || errOut != "" {
			t.Fatalf("%s: exit %d, stderr %q", lang, code, errOut)
		}
		name := "egovforall.answers.golden"
		if lang != "en" {
			name = "egovforall." + lang + ".answers.golden"
		}
		golden(t, name, []byte(out))
		for i, line := range strings.Split(out, "\n") {
			if n := utf8.RuneCountInString(line); n > 80 {
				t.Errorf("%s: line %d is %d columns wide: %q", lang, i+1, n, line)
			}
		}
	}
	en, _, _ := runMain(t, "-answers", sampleAnswers)
	for _, want := range []string{"Answers applied (answers-cacak.illustrative.json). Čačak: 7 of the 22 questions",
		"Profile on 27 November 2025 (what the source says or clearly implies, and the"} {
		if !strings.Contains(en, want) {
			t.Errorf("report lacks %q", want)
		}
	}
}

// Every format works with answers: each writes the analysis of the data
// with the answers, and those that have room say which were applied.
func TestAnswersInEveryFormat(t *testing.T) {
	for _, lang := range languages {
		w := wordsFor(mustLanguage(t, lang))
		for _, format := range formats() {
			out, errOut, code := runMain(t, "-answers", sampleAnswers, "-format", format, "-lang", lang)
			if code != 0 || errOut != "" || out == "" {
				t.Fatalf("%s %s: exit %d, stderr %q", format, lang, code, errOut)
			}
			plain, _, _ := runMain(t, "-format", format, "-lang", lang)
			if out == plain {
				t.Errorf("%s %s: the answers change nothing", format, lang)
			}
			says := strings.Contains(out, "answers-cacak.illustrative.json")
			if want := format != "csv" && format != "spreadsheet"; says != want {
				t.Errorf("%s %s: names the answers file: %v, want %v", format, lang, says, want)
			}
			if format == "markdown" && !strings.Contains(out, w.say("Answers applied", "Примењени одговори")) {
				t.Errorf("%s %s: does not say that answers were applied", format, lang)
			}
		}
	}
	out, _, _ := runMain(t, "-answers", sampleAnswers, "-format", "json")
	for _, want := range []string{`"answers": {`, `"file": "answers-cacak.illustrative.json"`, `"date": "2025-11-27"`,
		`"replaces": "2025-11-20"`, `"answered": 7`, `"questions": 22`, `"updates": []`} {
		if !strings.Contains(out, want) {
			t.Errorf("JSON lacks %s", want)
		}
	}
	if plain, _, _ := runMain(t, "-format", "json"); strings.Contains(plain, `"answers"`) {
		t.Error("JSON without answers has an answers field")
	}
}

func mustLanguage(t *testing.T, tag string) egov.Language {
	t.Helper()
	l, err := egov.ParseLanguage(tag)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// analysed is the analysis of the built-in data with the answers in a
// file.
func analysed(t *testing.T, name string) (*analysis, *answered) {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	cat := egov.SerbianCatalog()
	in, ans, err := applyAnswers(pilotData(egov.English), cat, name, data)
	if err != nil {
		t.Fatal(err)
	}
	a, err := analyse(in, cat, ans)
	if err != nil {
		t.Fatal(err)
	}
	return a, ans
}

// The sample answers narrow Čačak's range, which stays inside the one
// before, and change its plan; the other municipalities' ranges and plans
// alone stay as they were.
func TestSampleAnswersNarrowTheRangeAndChangeThePlan(t *testing.T) {
	before, _ := theAnalysis(t, "en")
	after, ans := analysed(t, sampleAnswers)
	if len(ans.applied.Updates) != 0 {
		t.Errorf("the sample answers change what the profile recorded: %v", ans.applied.Updates)
	}
	rb, ra := before.ranges["cacak"], after.ranges["cacak"]
	span := func(r maturity.Range) string {
		return r.Low.Exact().FloatString(4) + "-" + r.High.Exact().FloatString(4)
	}
	if ra.Low.Cmp(rb.Low) < 0 || ra.High.Cmp(rb.High) > 0 {
		t.Errorf("range %s is not inside %s", span(ra), span(rb))
	}
	if ra.Width().Cmp(rb.Width()) >= 0 {
		t.Errorf("range %s is no narrower than %s", span(ra), span(rb))
	}
	pb, pa := before.planOf("cacak"), after.planOf("cacak")
	diff, err := plan.Diff(pb, pa)
	if err != nil {
		t.Fatal(err)
	}
	if diff.IsZero() || len(diff.Removed) == 0 || len(diff.Figures) == 0 || len(pa.Steps) >= len(pb.Steps) {
		t.Errorf("the plan did not change as the answers say: %d steps before, %d after; %+v", len(pb.Steps), len(pa.Steps), diff)
	}
	if pa.Current.Exact.Cmp(pb.Current.Exact) <= 0 {
		t.Errorf("the lower end the plan counts on now is %s, before %s", pa.Current.Exact, pb.Current.Exact)
	}
	for _, key := range []string{"kragujevac", "bela-palanka"} {
		if r, s := before.ranges[key], after.ranges[key]; r.Low.Cmp(s.Low) != 0 || r.High.Cmp(s.High) != 0 {
			t.Errorf("%s: range changed from %s to %s", key, span(r), span(s))
		}
		if d, err := plan.Diff(before.planOf(key), after.planOf(key)); err != nil || !d.IsZero() {
			t.Errorf("%s: plan changed: %+v, %v", key, d, err)
		}
	}
}

// writeAnswers writes an answers document to Čačak's current
// questionnaire, with the date and answers given, to a file of its own.
func writeAnswers(t *testing.T, id questionnaire.ID, date, answers string) string {
	t.Helper()
	name := filepath.Join(t.TempDir(), "answers.json")
	doc := `{"format": "egovkit.answers/1", "questionnaire": "` + id.String() + `", "municipality": "cacak", "date": "` +
		date + `", "answers": {` + answers + `}}`
	if err := os.WriteFile(name, []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	return name
}

// Answers that change what the profile recorded are listed as updates, in
// the report's language.
func TestAnswersUpdates(t *testing.T) {
	name := writeAnswers(t, cacakQuestionnaire(t).ID(), "2025-11-27",
		`"stage.epecat": {"stage": "piloting"}, "stage.pisarnica": {"stage": "planned", "moved_back": true}`)
	for lang, want := range map[string][]string{
		"en": {"The answers change what the profile recorded:",
			"  - Cloud-based electronic seal: stage changed from “Planned” to “Piloting”",
			"  - Records Management System: stage moved back from “Partly in use” to\n    “Planned”, as confirmed"},
		"sr-Latn": {"Odgovori menjaju ono što je profil beležio:",
			"  - ePečat u klaudu: faza promenjena iz „Planirano“ u „Probna upotreba“",
			"  - Pisarnica: faza vraćena unazad iz „Delimično u upotrebi“ u „Planirano“, što\n    je potvrđeno"},
	} {
		out, errOut, code := runMain(t, "-answers", name, "-lang", lang)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", lang, code, errOut)
		}
		for _, w := range want {
			if !strings.Contains(out, w) {
				t.Errorf("%s: report lacks %q", lang, w)
			}
		}
	}
	for _, l := range egov.Languages() {
		out, _, _ := runMain(t, "-answers", name, "-format", "html", "-lang", l.String())
		checkPage(t, out, l)
		if l == egov.English && !strings.Contains(out, "<li>Cloud-based electronic seal: stage changed from “Planned” to “Piloting”</li>") {
			t.Error("the HTML report does not list the updates")
		}
	}
}

// Bad answers are refused as bad input is: every problem with its path,
// exit 1, nothing on stdout.
func TestInvalidAnswersListEveryProblem(t *testing.T) {
	out, errOut, code := runMain(t, "-answers", filepath.Join("testdata", "answers-invalid.json"))
	if code != 1 || out != "" {
		t.Fatalf("exit %d, stdout %q", code, out)
	}
	golden(t, "answers-invalid.golden", []byte(errOut))

	id := cacakQuestionnaire(t).ID()
	for _, c := range []struct {
		name, doc string
		says      []string
	}{
		{"a document that does not decode",
			`{"format": "egovkit.answers/2", "questionnaire": "` + id.String() + `", "municipality": "Čačak", "date": "2025-11-31",
			"answers": {"share.staff-trained": {"part": "400", "whole": "310"}, "stage.ezup": {"stage": "soon"}}}`,
			[]string{"format:", "municipality:", "date:", `answers["share.staff-trained"].part:`, `answers["stage.ezup"].stage:`}},
		{"a municipality the data do not have",
			`{"format": "egovkit.answers/1", "questionnaire": "` + id.String() + `", "municipality": "atlantis", "date": "2025-11-27", "answers": {}}`,
			[]string{`municipality: answers of "atlantis", a municipality the data do not have`}},
		{"a municipality with no profile",
			`{"format": "egovkit.answers/1", "questionnaire": "` + id.String() + `", "municipality": "nis", "date": "2025-11-27", "answers": {}}`,
			[]string{`municipality: answers of "nis", which has no profile for them to update`}},
		{"answers dated before the profile",
			`{"format": "egovkit.answers/1", "questionnaire": "` + id.String() + `", "municipality": "cacak", "date": "2025-11-19", "answers": {}}`,
			[]string{"date: answers of 2025-11-19, before the profile"}},
		{"an unknown field",
			`{"format": "egovkit.answers/1", "note": "illustrative", "questionnaire": "` + id.String() + `", "municipality": "cacak", "date": "2025-11-27", "answers": {}}`,
			[]string{"note"}},
	} {
		name := filepath.Join(t.TempDir(), "answers.json")
		if err := os.WriteFile(name, []byte(c.doc), 0o644); err != nil {
			t.Fatal(err)
		}
		out, errOut, code := runMain(t, "-answers", name)
		if code != 1 || out != "" || !strings.HasPrefix(errOut, "egovforall: "+name+": ") {
			t.Errorf("%s: exit %d, stdout %q, stderr %q", c.name, code, out, errOut)
		}
		for _, want := range c.says {
			if !strings.Contains(errOut, want) {
				t.Errorf("%s: stderr lacks %q:\n%s", c.name, want, errOut)
			}
		}
	}
	if _, errOut, code := runMain(t, "-answers", filepath.Join("testdata", "missing.json")); code != 1 || errOut == "" {
		t.Errorf("missing file: exit %d, %q", code, errOut)
	}
}

// Answers to a questionnaire other than the municipality's current one
// (an older profile or model) are refused with one clear message that
// names both questionnaires and says how to get the current one.
func TestStaleAnswers(t *testing.T) {
	current := cacakQuestionnaire(t).ID()
	stale := egov.DeriveID[questionnaire.Questionnaire]("questionnaire:cacak:2025-11-20:an older model")
	name := writeAnswers(t, stale, "2025-11-27", `"stage.ezup": {"stage": "planned"}`)
	out, errOut, code := runMain(t, "-answers", name)
	if code != 1 || out != "" {
		t.Fatalf("exit %d, stdout %q", code, out)
	}
	for _, want := range []string{stale.String(), current.String(), "not to Čačak's current one", "profile of 2025-11-20",
		"write the current one with -questionnaire cacak"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q: %s", want, errOut)
		}
	}
	if strings.Count(strings.TrimSpace(errOut), "\n") != 0 {
		t.Errorf("more than one line: %s", errOut)
	}
}

// Answers dated after the plans' start move it to the first Monday from
// their day on: a plan cannot start before what it starts from is known.
func TestLateAnswersMoveThePlansStart(t *testing.T) {
	name := writeAnswers(t, cacakQuestionnaire(t).ID(), "2026-01-14", `"stage.ezup": {"stage": "planned"}`)
	out, errOut, code := runMain(t, "-answers", name)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if text := strings.Join(strings.Fields(out), " "); !strings.Contains(text, "Each plan starts on 19 January 2026") {
		t.Error("the plans do not start on the Monday after the answers")
	}
	on := writeAnswers(t, cacakQuestionnaire(t).ID(), "2025-12-01", `"stage.ezup": {"stage": "planned"}`)
	out, _, _ = runMain(t, "-answers", on)
	if text := strings.Join(strings.Fields(out), " "); !strings.Contains(text, "Each plan starts on 1 December 2025") {
		t.Error("answers of the plans' start day move it")
	}
}

// -dump with -answers writes the data with the profile the answers made,
// which -in reads back to the same analysis.
func TestDumpWithAnswers(t *testing.T) {
	out, errOut, code := runMain(t, "-answers", sampleAnswers, "-dump")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	name := filepath.Join(t.TempDir(), "data.json")
	if err := os.WriteFile(name, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	fromDump, errOut, code := runMain(t, "-in", name, "-format", "csv", "-table", "scores")
	if code != 0 {
		t.Fatalf("-in: exit %d: %s", code, errOut)
	}
	withAnswers, _, _ := runMain(t, "-answers", sampleAnswers, "-format", "csv", "-table", "scores")
	if fromDump != withAnswers {
		t.Errorf("the dumped data score otherwise:\n%s\n%s", fromDump, withAnswers)
	}
	// The dumped profile is the current one now: the answers answer an
	// older questionnaire.
	if _, errOut, code := runMain(t, "-in", name, "-answers", sampleAnswers); code != 1 || !strings.Contains(errOut, "not to Čačak's current one") {
		t.Errorf("answers applied twice: exit %d, %s", code, errOut)
	}
}
