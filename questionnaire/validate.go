package questionnaire

import (
	"slices"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/exact"
	"github.com/digitaldistrict/egovkit/maturity"
)

// checkText adds a problem for each language a text a form shows lacks.
func checkText(ps *egov.ProblemList, path string, t egov.Text) {
	if strings.TrimSpace(t.English) == "" {
		ps.Add(path+".en", t.English, "missing English text")
	}
	if strings.TrimSpace(t.Latin) == "" {
		ps.Add(path+".sr_latn", t.Latin, "missing Serbian Latin text")
	}
	if strings.TrimSpace(t.Cyrillic) == "" {
		ps.Add(path+".sr_cyrl", t.Cyrillic, "missing Serbian Cyrillic text")
	}
}

// checkCount adds a problem unless d is a count a profile can hold: a
// whole number, zero or more, of at most thirty digits. It reports
// whether d is one.
func checkCount(ps *egov.ProblemList, path string, d decimal.Decimal) bool {
	if err := exact.CheckDecimal(d); err != nil {
		ps.Add(path, "", "%v", err)
		return false
	}
	text := exact.FormatDecimal(d)
	switch {
	case d.Sign() < 0:
		ps.Add(path, text, "%s is negative", text)
	case !d.IsInteger():
		ps.Add(path, text, "%s is not a whole number", text)
	default:
		return true
	}
	return false
}

// checkAnswer adds the problems an answer has whatever question it
// answers: a stage that is not one, a count or a part and a whole that are
// not counts, a part larger than its whole, and moved_back on an answer
// that is not a stage.
func checkAnswer(ps *egov.ProblemList, path string, a Answer) {
	switch a.Type {
	case AnswerNone:
	case AnswerStage:
		switch {
		case !a.Stage.IsValid():
			ps.Add(path+".stage", a.Stage.String(), "stage %s out of range", a.Stage)
		case !a.Stage.IsKnown():
			ps.Add(path+".stage", a.Stage.String(),
				"stage %q is not an answer: answer dont_know for a stage the team could not learn", a.Stage)
		}
	case AnswerCount:
		checkCount(ps, path+".count", a.Count)
	case AnswerShare:
		if checkCount(ps, path+".part", a.Part) && checkCount(ps, path+".whole", a.Whole) && a.Part.GreaterThan(a.Whole) {
			ps.Add(path+".part", exact.FormatDecimal(a.Part), "part %s is more than the whole %s",
				exact.FormatDecimal(a.Part), exact.FormatDecimal(a.Whole))
		}
	default:
		ps.Add(path, a.Type.String(), "answer type %s out of range", a.Type)
	}
	if a.MovedBack && a.Type != AnswerStage {
		ps.Add(path+".moved_back", "true", "moved_back confirms a stage that moved back; this answer gives no stage")
	}
}

// validate checks a questionnaire read from a document; numbersOK says,
// for each question, whether its numbers could be read.
func (q *Questionnaire) validate(ps *egov.ProblemList, numbersOK []bool) {
	switch {
	case q.municipality == "":
		ps.Add("municipality", "", "missing municipality")
	case !egov.IsKey(q.municipality):
		ps.Add("municipality", q.municipality, "municipality key %q is not lower-case ASCII words joined by hyphens", q.municipality)
	}
	if q.date.IsZero() {
		ps.Add("date", "", "missing date")
	}
	modelsOK := q.validateModels(ps)
	switch {
	case q.id.IsZero():
		ps.Add("id", "", "missing ID")
	case modelsOK && ps.Readable("models") && ps.Readable("municipality") && ps.Readable("date") &&
		egov.IsKey(q.municipality) && !q.date.IsZero():
		if want := deriveID(q.municipality, q.date, q.models); q.id != want {
			ps.Add("id", q.id.String(), "ID %s is not the one of the questionnaire's municipality, date and models (%s)", q.id, want)
		}
	}
	checkText(ps, "dont_know", q.dontKnow)
	groups := q.validateGroups(ps)
	if len(q.questions) > MaxQuestions {
		ps.Append(egov.LimitProblem("questions", "questions", MaxQuestions, int64(len(q.questions))))
		return
	}
	ids := map[string]int{}
	filled := map[fact]int{}
	for i, qu := range q.questions {
		path := index("questions", i)
		if j, dup := ids[qu.ID]; dup && qu.ID != "" {
			ps.Add(path+".id", qu.ID, "question %q given twice, first at questions[%d]", qu.ID, j)
		} else {
			ids[qu.ID] = i
		}
		if _, ok := groups[qu.Group]; !ok && ps.Readable("groups") {
			ps.Add(path+".group", qu.Group, "group %q is not among the questionnaire's groups", qu.Group)
		}
		checkText(ps, path+".text", qu.Text)
		checkText(ps, path+".name", qu.Name)
		q.validateQuestion(ps, path, qu, numbersOK[i])
		for _, f := range filledBy(qu) {
			if j, dup := filled[f]; dup {
				ps.Add(path, qu.ID, "question %q asks for what questions[%d] (%q) asks for", qu.ID, j, q.questions[j].ID)
				break
			}
			filled[f] = i
		}
		seen := map[string]bool{}
		for k, n := range qu.Narrows {
			npath := index(path+".narrows", k)
			switch {
			case !q.hasModel(n.Model):
				ps.Add(npath+".model", n.Model, "model %q is not among the questionnaire's models", n.Model)
			case seen[n.Model]:
				ps.Add(npath+".model", n.Model, "model %q given twice", n.Model)
			}
			seen[n.Model] = true
		}
		if len(qu.Indicators) == 0 {
			ps.Add(path+".indicators", "", "no indicator reads the question's facts")
		}
		for k, ind := range qu.Indicators {
			parts := strings.Split(ind, "/")
			switch {
			case len(parts) < 3 || !allKeys(parts):
				ps.Add(index(path+".indicators", k), ind, "indicator path %q is not <model>/<dimension>/<indicator> (keys joined by slashes)", ind)
			case !q.hasModel(parts[0]):
				ps.Add(index(path+".indicators", k), ind, "model %q is not among the questionnaire's models", parts[0])
			}
		}
	}
	// A part's whole, once every question is known.
	for i, qu := range q.questions {
		if qu.PartOf == "" || qu.Type != AnswerCount {
			continue
		}
		path := index("questions", i) + ".part_of"
		w, isPart := qu.Measure.Whole()
		j, ok := ids[qu.PartOf]
		switch {
		case !isPart:
			ps.Add(path, qu.PartOf, "%s is part of no other measure", qu.Measure)
		case !ok:
			ps.Add(path, qu.PartOf, "no question %q", qu.PartOf)
		case !slices.Contains(filledBy(q.questions[j]), fact{measure: w}):
			ps.Add(path, qu.PartOf, "question %q does not ask for %s, the whole %s is part of", qu.PartOf, w, qu.Measure)
		}
	}
}

// allKeys reports whether every part of a path is a key.
func allKeys(parts []string) bool {
	for _, p := range parts {
		if !egov.IsKey(p) {
			return false
		}
	}
	return true
}

// filledBy returns the facts a question fills.
func filledBy(qu Question) []fact {
	switch qu.Type {
	case AnswerStage:
		return []fact{{service: qu.Service}}
	case AnswerCount:
		return []fact{{measure: qu.Measure}}
	case AnswerShare:
		if qu.Whole != "" {
			return []fact{{measure: qu.Measure}, {measure: qu.Whole}}
		}
		return []fact{{measure: qu.Measure}}
	case AnswerNone:
	}
	return nil
}

// hasModel reports whether the questionnaire serves the model with the ID.
func (q *Questionnaire) hasModel(id string) bool {
	for _, m := range q.models {
		if m.ID == id {
			return true
		}
	}
	return false
}

// validateModels checks the models and reports whether their references
// can derive the ID.
func (q *Questionnaire) validateModels(ps *egov.ProblemList) bool {
	switch {
	case len(q.models) == 0:
		ps.Add("models", "", "no model: a questionnaire serves at least one")
		return false
	case len(q.models) > MaxModels:
		ps.Append(egov.LimitProblem("models", "models", MaxModels, int64(len(q.models))))
		return false
	}
	ok := true
	first := map[string]int{}
	for i, m := range q.models {
		path := index("models", i)
		switch {
		case m.ID == "":
			ps.Add(path+".id", "", "missing model ID")
			ok = false
		case !egov.IsKey(m.ID):
			ps.Add(path+".id", m.ID, "model ID %q is not lower-case ASCII words joined by hyphens", m.ID)
			ok = false
		default:
			if j, dup := first[m.ID]; dup {
				ps.Add(path+".id", m.ID, "model %q given twice, first at models[%d]", m.ID, j)
				ok = false
			}
			first[m.ID] = i
		}
		if strings.TrimSpace(m.Version) == "" {
			ps.Add(path+".version", m.Version, "missing version")
			ok = false
		}
		if !isFingerprint(m.Fingerprint) {
			ps.Add(path+".fingerprint", m.Fingerprint, "fingerprint %q is not 64 lower-case hexadecimal digits", m.Fingerprint)
			ok = false
		}
		if m.Places < 0 || m.Places > maturity.MaxPlaces {
			ps.Add(path+".places", strconv.Itoa(int(m.Places)), "places %d outside 0…%d", m.Places, maturity.MaxPlaces)
		}
		checkText(ps, path+".name", m.Name)
	}
	return ok
}

// isFingerprint reports whether s is written as Compiled.Fingerprint
// writes one.
func isFingerprint(s string) bool {
	if len(s) != 64 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return false
		}
	}
	return true
}

// validateGroups checks the groups and returns their paths.
func (q *Questionnaire) validateGroups(ps *egov.ProblemList) map[string]int {
	paths := map[string]int{}
	if len(q.groups) > MaxModels*maturity.MaxDimensions {
		ps.Append(egov.LimitProblem("groups", "groups", MaxModels*maturity.MaxDimensions, int64(len(q.groups))))
		return paths
	}
	for i, g := range q.groups {
		path := index("groups", i)
		parts := strings.Split(g.Path, "/")
		switch {
		case len(parts) < 2 || !allKeys(parts):
			ps.Add(path+".path", g.Path, "group path %q is not <model>/<dimension> (keys joined by slashes)", g.Path)
		case !q.hasModel(parts[0]):
			ps.Add(path+".path", g.Path, "model %q is not among the questionnaire's models", parts[0])
		}
		if j, dup := paths[g.Path]; dup {
			ps.Add(path+".path", g.Path, "group %q given twice, first at groups[%d]", g.Path, j)
		} else {
			paths[g.Path] = i
		}
		checkText(ps, path+".title", g.Title)
	}
	return paths
}

// validateQuestion checks a question's fields against its type.
func (q *Questionnaire) validateQuestion(ps *egov.ProblemList, path string, qu Question, numbersOK bool) {
	if want := questionID(qu.Type, qu.Service, qu.Measure); qu.Type.asked() && qu.ID != want {
		ps.Add(path+".id", qu.ID, "question ID %q is not the one of what it asks for (%q)", qu.ID, want)
	}
	none := func(field string, given bool) {
		if given {
			ps.Add(path+"."+field, "", "a %s question has no %s", qu.Type, field)
		}
	}
	switch qu.Type {
	case AnswerNone:
		ps.Add(path+".type", "", "missing type (want stage, count or share)")
		return
	case AnswerStage:
		if !egov.IsKey(string(qu.Service)) {
			ps.Add(path+".service", string(qu.Service), "service key %q is not lower-case ASCII words joined by hyphens", qu.Service)
		}
		want := stageOptions()
		if len(qu.Options) != len(want) {
			ps.Add(path+".options", strconv.Itoa(len(qu.Options)), "%d options; a stage question offers the %d known stages, in order",
				len(qu.Options), len(want))
		} else {
			for k, o := range qu.Options {
				opath := index(path+".options", k)
				if o.Stage != want[k].Stage {
					ps.Add(opath+".stage", o.Stage.String(), "option %d is %s, not %s", k, o.Stage, want[k].Stage)
				}
				checkText(ps, opath+".label", o.Label)
			}
		}
		none("measure", qu.Measure != "")
		none("whole", qu.Whole != "")
		none("unit", !qu.Unit.IsZero())
		none("part_label", !qu.PartLabel.IsZero())
		none("whole_label", !qu.WholeLabel.IsZero())
		none("part_of", qu.PartOf != "")
		none("min", numbersOK && (!qu.Min.IsZero() || !qu.Max.IsZero()))
	case AnswerCount, AnswerShare:
		none("service", qu.Service != "")
		none("options", len(qu.Options) > 0)
		checkText(ps, path+".unit", qu.Unit)
		switch {
		case !qu.Measure.IsDefined():
			ps.Add(path+".measure", string(qu.Measure), "unknown measure %q", qu.Measure)
		case qu.Type == AnswerCount:
			if qu.Measure.Kind() != egov.MeasureKindCount {
				ps.Add(path+".measure", string(qu.Measure), "%s is a %s; a share is asked as a part and a whole", qu.Measure, qu.Measure.Kind())
			}
			none("whole", qu.Whole != "")
			none("part_label", !qu.PartLabel.IsZero())
			none("whole_label", !qu.WholeLabel.IsZero())
		case qu.Whole != "":
			if w, ok := qu.Measure.Whole(); !ok || w != qu.Whole {
				ps.Add(path+".whole", string(qu.Whole), "%s is not part of %s", qu.Measure, qu.Whole)
			}
			none("part_of", qu.PartOf != "")
		default:
			if qu.Measure.Kind() != egov.MeasureKindShare {
				ps.Add(path+".measure", string(qu.Measure), "%s is not a share: give its whole", qu.Measure)
			}
			none("part_of", qu.PartOf != "")
		}
		if qu.Type == AnswerShare {
			checkText(ps, path+".part_label", qu.PartLabel)
			checkText(ps, path+".whole_label", qu.WholeLabel)
		}
		if numbersOK {
			q.validateBounds(ps, path, qu)
		}
	default:
		ps.Add(path+".type", qu.Type.String(), "answer type %s out of range", qu.Type)
		return
	}
	if numbersOK && qu.Prefilled.Type != AnswerNone {
		ppath := path + ".prefilled"
		switch {
		case qu.Prefilled.Type != qu.Type:
			ps.Add(ppath, qu.Prefilled.Type.String(), "a %s question is pre-filled with a %s", qu.Type, qu.Prefilled.Type)
		case qu.Prefilled.MovedBack:
			ps.Add(ppath+".moved_back", "true", "a pre-filled answer moves nothing back")
		case qu.Type == AnswerCount:
			outside(ps, ppath+".count", qu.Prefilled.Count, qu.Min, qu.Max)
		case qu.Type == AnswerShare:
			outside(ps, ppath+".whole", qu.Prefilled.Whole, qu.Min, qu.Max)
		}
	}
}

// validateBounds checks a count's or a share's bounds.
func (q *Questionnaire) validateBounds(ps *egov.ProblemList, path string, qu Question) {
	okMin := checkCount(ps, path+".min", qu.Min)
	okMax := checkCount(ps, path+".max", qu.Max)
	if okMin && okMax && qu.Min.GreaterThan(qu.Max) {
		ps.Add(path+".min", exact.FormatDecimal(qu.Min), "min %s is above max %s", exact.FormatDecimal(qu.Min), exact.FormatDecimal(qu.Max))
	}
	if okMin && qu.Type == AnswerShare && qu.Whole == "" && qu.Min.Sign() == 0 {
		ps.Add(path+".min", "0", "a share of a whole of 0 is no share: min is at least 1")
	}
}

// outside adds a problem when v lies outside lo…hi.
func outside(ps *egov.ProblemList, path string, v, lo, hi decimal.Decimal) {
	if v.LessThan(lo) || v.GreaterThan(hi) {
		text := exact.FormatDecimal(v)
		ps.Add(path, text, "%s is outside the question's bounds, %s to %s", text, exact.FormatDecimal(lo), exact.FormatDecimal(hi))
	}
}
