package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/maturity"
	"github.com/digitaldistrict/egovkit/questionnaire"
)

// The questionnaire of a visit and the answers brought back: -questionnaire
// writes what to ask a municipality, made from its latest profile in the
// data and the default model; -answers applies the answers to that profile
// before the analysis, so that the report shows what the visit learnt.

// A usageError is a command line asking for what the data do not have,
// such as a municipality: exit code 2.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

// pilotQuestionnaire returns the questionnaire for the municipality that
// query names (its key, or its name as egov.FindMunicipality reads it),
// made from its latest profile in the data and the default model, with
// the municipality and that profile.
func pilotQuestionnaire(in input, cat *egov.Catalog, query string) (*questionnaire.Questionnaire, egov.Municipality, egov.Profile, error) {
	m, ok := egov.FindMunicipality(in.Municipalities, query)
	if !ok {
		return nil, m, egov.Profile{}, &usageError{fmt.Sprintf("no municipality %q in the data (want a key or a name: %s)",
			query, strings.Join(municipalityKeys(in.Municipalities), ", "))}
	}
	prof, ok := latestProfile(in.Profiles, m.Key)
	if !ok {
		return nil, m, prof, &usageError{fmt.Sprintf("%s has no profile to make a questionnaire from (those with one: %s)",
			m.Name.Latin, strings.Join(profiledKeys(in), ", "))}
	}
	q, err := questionnaire.New(cat, prof, maturity.Default())
	return q, m, prof, err
}

// municipalityKeys returns the municipalities' keys, in the data's order.
func municipalityKeys(ms []egov.Municipality) []string {
	keys := make([]string, len(ms))
	for i, m := range ms {
		keys[i] = m.Key
	}
	return keys
}

// profiledKeys returns the keys of the municipalities with a profile, in
// the data's order.
func profiledKeys(in input) []string {
	var keys []string
	for _, m := range in.Municipalities {
		if _, ok := latestProfile(in.Profiles, m.Key); ok {
			keys = append(keys, m.Key)
		}
	}
	return keys
}

// writeQuestionnaire writes the questionnaire as an indented
// egovkit.questionnaire/1 document. Its texts are in all three languages,
// as the format has them, so that a form can show any of them.
func writeQuestionnaire(out *bytes.Buffer, q *questionnaire.Questionnaire) error {
	doc, err := q.MarshalJSON()
	if err != nil {
		return err
	}
	if err := json.Indent(out, doc, "", "  "); err != nil {
		return err
	}
	out.WriteByte('\n')
	return nil
}

// answered is a set of answers applied to the data: the file they came
// from, the questionnaire they answer, and what they made of the profile.
type answered struct {
	file      string // the file's name, without its directory
	q         *questionnaire.Questionnaire
	answers   questionnaire.Answers
	applied   questionnaire.Applied
	was       egov.Profile // the profile the answers replace
	questions int          // the questions answered, "don't know" left out
}

// staleAnswersError says that answers answer another questionnaire than
// the municipality's current one: the profile or the model changed since
// it was written, or the answers are of another municipality's.
type staleAnswersError struct {
	file   string
	got    questionnaire.ID
	q      *questionnaire.Questionnaire
	name   string
	models string
}

func (e *staleAnswersError) Error() string {
	return fmt.Sprintf("%s: the answers are to questionnaire %s, not to %s's current one, %s (made from its profile of %s with %s): "+
		"write the current one with -questionnaire %s and answer it",
		e.file, e.got, e.name, e.q.ID(), e.q.Date(), e.models, e.q.Municipality())
}

// applyAnswers reads an egovkit.answers/1 document and applies it to the
// latest profile of the municipality it answers for, which it replaces in
// the data: the new profile is dated with the answers. Every problem of
// the document or of its answers is reported together, each with its
// path, in one *egov.ValidationError; answers to another questionnaire
// than the municipality's current one are a *staleAnswersError.
func applyAnswers(in input, cat *egov.Catalog, path string, data []byte) (input, *answered, error) {
	a, err := questionnaire.DecodeAnswers(data)
	if err != nil {
		return in, nil, err
	}
	problem := func(value, reason string) error {
		return &egov.ValidationError{Subject: "answers", Problems: []egov.Problem{{Path: "municipality", Value: value, Reason: reason}}}
	}
	i := slices.IndexFunc(in.Municipalities, func(m egov.Municipality) bool { return m.Key == a.Municipality })
	if i < 0 {
		return in, nil, problem(a.Municipality, fmt.Sprintf("answers of %q, a municipality the data do not have (%s)",
			a.Municipality, strings.Join(municipalityKeys(in.Municipalities), ", ")))
	}
	q, m, was, err := pilotQuestionnaire(in, cat, a.Municipality)
	var usage *usageError
	switch {
	case errors.As(err, &usage):
		return in, nil, problem(a.Municipality, fmt.Sprintf("answers of %q, which has no profile for them to update", m.Key))
	case err != nil:
		return in, nil, err
	}
	if a.Questionnaire != q.ID() {
		var models []string
		for _, ref := range q.Models() {
			models = append(models, ref.ID+" "+ref.Version)
		}
		return in, nil, &staleAnswersError{file: path, got: a.Questionnaire, q: q, name: m.Name.Latin, models: strings.Join(models, ", ")}
	}
	applied, err := q.Apply(was, a)
	if err != nil {
		return in, nil, err
	}
	out := in
	out.Profiles = slices.Clone(in.Profiles)
	for k, p := range out.Profiles {
		if p.Municipality == was.Municipality && p.Date == was.Date {
			out.Profiles[k] = applied.Profile
			break
		}
	}
	n := 0
	for _, ans := range a.Answers {
		if !ans.IsDontKnow() {
			n++
		}
	}
	return out, &answered{file: filepath.Base(path), q: q, answers: a, applied: applied, was: was, questions: n}, nil
}

// answersNote says, under the report's title, which answers were applied,
// and lists the facts they changed: nothing without answers.
func (a *analysis) answersNote(d document, w *words) {
	if a.answered == nil {
		return
	}
	d.para(a.answersLine(w))
	if updates := a.updateLines(w.Lang); len(updates) > 0 {
		d.para(w.Updates)
		d.bullets(updates)
	}
}

// answersLine is the sentence that says which answers were applied.
func (a *analysis) answersLine(w *words) string {
	an := a.answered
	return w.AnswersApplied(an.file, a.nameIn(an.q.Municipality(), w.Lang), an.questions, an.q.Len(), an.answers.Date, an.was.Date)
}

// updateLines describes the facts the answers changed, in language l.
func (a *analysis) updateLines(l egov.Language) []string {
	if a.answered == nil {
		return nil
	}
	var lines []string
	for _, u := range a.answered.applied.Updates {
		lines = append(lines, u.Text(l))
	}
	return lines
}

// answeredProfile reports whether p is the profile the answers made.
func (a *analysis) answeredProfile(p egov.Profile) bool {
	if a.answered == nil {
		return false
	}
	made := a.answered.applied.Profile
	return p.Municipality == made.Municipality && p.Date == made.Date
}
