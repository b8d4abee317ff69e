package questionnaire

import (
	"cmp"
	"fmt"
	"maps"
	"math/big"
	"slices"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/exact"
	"github.com/digitaldistrict/egovkit/internal/strictjson"
	"github.com/digitaldistrict/egovkit/internal/suggest"
)

// SharePlaces is how many decimal places a share answered as a part and a
// whole is rounded to, half up, when the profile holds it as one measure
// and part ÷ whole cannot be written exactly in the thirty digits a number
// may have: 1 of 3 is stored as 0.333333, whereas 1,200 of 4,000 is stored
// as 0.3 and 5 of 10,000,000 as 0.0000005. Six is the places of every
// indicator value (maturity.MaxValuePlaces), so that a model reading the
// share against a target of 1, as the default model does, reads part ÷
// whole rounded once; and a share the profile records, pre-filled as a
// part of a power of ten, is stored again as it was.
const SharePlaces = 6

// maxHints is how many unknown question IDs Apply looks up a suggestion
// for; the rest are reported without one, so that the work stays small.
const maxHints = 10

// Applied is what answers make of a profile: the new profile, and the
// facts it recorded before that the answers changed.
type Applied struct {
	// Profile is the profile with the answers: a new profile, dated with
	// the answers.
	Profile egov.Profile
	// Updates are the facts the earlier profile recorded that the answers
	// changed, in the order of the questions.
	Updates []Update
}

// An Update is a fact the profile recorded that an answer changed: a
// service's stage (Service is set) or a measure (Measure is set). An
// answer that gives what the profile records is no update.
//
// An answer that changes a pre-filled fact is taken as news, as plan's
// re-planning takes a later profile: a measure may go up or down (staff
// leave, counts are corrected), and a service may move on. A service that
// moves back to an earlier stage is refused unless its answer confirms it
// (Answer.MovedBack), as plan.Replan refuses a regression the caller has
// not confirmed; the update then says so (MovedBack).
//
// The zero Update is no update.
type Update struct {
	// Question is the ID of the question whose answer made the change.
	Question string
	// Name names the service or measure.
	Name egov.Text
	// Service is the service whose stage changed, from StageWas to
	// StageNow.
	Service            egov.ServiceKey
	StageWas, StageNow egov.AdoptionStage
	// Measure is the measure whose value changed, from ValueWas to
	// ValueNow.
	Measure            egov.Measure
	ValueWas, ValueNow decimal.Decimal
}

// MovedBack reports whether the update moved a service back to an
// earlier stage.
func (u Update) MovedBack() bool { return u.Service != "" && u.StageNow < u.StageWas }

// Text describes the update in language l: "Online service counter:
// stage changed from Piloting to Partly in use", "Запослени: вредност
// промењена са 40 на 42"; "no update" for the zero Update.
func (u Update) Text(l egov.Language) string {
	name := u.Name.In(l)
	switch {
	case u.Service != "":
		if name == "" {
			name = string(u.Service)
		}
		was, now := u.StageWas.Label(l), u.StageNow.Label(l)
		if u.MovedBack() {
			return name + text(": stage moved back from “"+was+"” to “"+now+"”, as confirmed",
				": фаза враћена уназад из „"+was+"“ у „"+now+"“, што је потврђено").In(l)
		}
		return name + text(": stage changed from “"+was+"” to “"+now+"”", ": фаза промењена из „"+was+"“ у „"+now+"“").In(l)
	case u.Measure != "":
		if name == "" {
			name = u.Measure.Label(l)
		}
		was, now := l.FormatDecimal(u.ValueWas, exact.Places(u.ValueWas)), l.FormatDecimal(u.ValueNow, exact.Places(u.ValueNow))
		return name + text(": changed from "+was+" to "+now, ": вредност промењена са "+was+" на "+now).In(l)
	}
	return text("no update", "нема измене").In(l)
}

// String describes the update in English (see Text).
func (u Update) String() string { return u.Text(egov.English) }

// Apply applies answers to profile p and returns the new profile, dated
// with the answers, and the facts the answers changed. Neither p nor the
// answers are changed.
//
// Each answer fills the facts of its question: a stage, a count, or a
// share's part and whole, stored as the two measures when the question has
// a whole (staff trained, of staff) and otherwise as the share part ÷
// whole, exactly or rounded as SharePlaces says. "Don't know", or a
// question left out, leaves the fact as p records it: unknown, or as it
// was. An answer that changes what p records is an update (see Update).
//
// Apply refuses, in one *egov.ValidationError whose every problem has the
// path of the answer it concerns (answers["stage.episarnica"].stage) or of
// the field of the answers or of p: answers to another questionnaire (of
// other models, another municipality or another date), answers of another
// municipality or dated before the questionnaire's profile or before p, an
// invalid p or one of another municipality, more answers than
// MaxQuestions, an unknown question, an answer of the wrong type, a stage
// that is not one, a count or part or whole that is not a whole number from
// 0 to thirty digits, a part above its whole, a share of a whole of 0, a
// part above its whole or a whole below its part elsewhere in the answers
// or in p (staff trained above staff), and a service moved back without
// moved_back (or moved_back on one that did not move back). A nil or zero
// *Questionnaire is an error too.
func (q *Questionnaire) Apply(p egov.Profile, a Answers) (Applied, error) {
	var ps egov.ProblemList
	if !q.IsValid() {
		ps.Add("", "", "no questionnaire: a nil or zero *Questionnaire (make one with New or Decode)")
		return Applied{}, ps.Err("answers")
	}
	q.checkHeader(&ps, p, a)
	if len(a.Answers) > MaxQuestions {
		ps.Append(egov.LimitProblem("answers", "answers", MaxQuestions, int64(len(a.Answers))))
		return Applied{}, ps.Err("answers")
	}
	out := p.Clone() // with maps of its own, which the answers fill in place
	out.Date = a.Date
	if out.Stages == nil {
		out.Stages = map[egov.ServiceKey]egov.AdoptionStage{}
	}
	if out.Measures == nil {
		out.Measures = map[egov.Measure]decimal.Decimal{}
	}
	ap := applier{q: q, p: p, out: &out, ps: &ps, answered: map[fact]answered{}}
	hints := 0
	for _, id := range slices.Sorted(maps.Keys(a.Answers)) {
		path := strictjson.JoinKey("answers", id)
		i, ok := q.index[id]
		if !ok {
			hint := ""
			if hints < maxHints {
				hints++
				if near, found := suggest.Nearest(id, q.questionIDs()); found {
					hint = fmt.Sprintf("; did you mean %q?", near)
				}
			}
			ps.Add(path, id, "unknown question %q%s", id, hint)
			continue
		}
		ap.apply(path, q.questions[i], a.Answers[id])
	}
	ap.checkWholes()
	if ps.Len() == 0 {
		// The checks above keep the profile valid; were one to miss a case,
		// the profile would be refused here rather than returned invalid.
		if err := out.Validate(nil); err != nil {
			ps.AppendErr("profile", err)
		}
	}
	if err := ps.Err("answers"); err != nil {
		return Applied{}, err
	}
	if len(out.Stages) == 0 {
		out.Stages = nil // as p had none, and the answers gave none
	}
	if len(out.Measures) == 0 {
		out.Measures = nil
	}
	slices.SortStableFunc(ap.updates, func(x, y Update) int {
		return cmp.Compare(q.index[x.Question], q.index[y.Question])
	})
	return Applied{Profile: out, Updates: ap.updates}, nil
}

// checkHeader checks what the answers say of themselves against the
// questionnaire, and p.
func (q *Questionnaire) checkHeader(ps *egov.ProblemList, p egov.Profile, a Answers) {
	switch {
	case a.Questionnaire.IsZero():
		ps.Add("questionnaire", "", "missing questionnaire ID")
	case a.Questionnaire != q.id:
		ps.Add("questionnaire", a.Questionnaire.String(),
			"answers to questionnaire %s, not to this one (%s, for %s on %s with %s)",
			a.Questionnaire, q.id, q.municipality, q.date, q.modelNames())
	}
	if a.Municipality != q.municipality {
		ps.Add("municipality", a.Municipality, "answers of %q; the questionnaire is for %q", a.Municipality, q.municipality)
	}
	switch {
	case a.Date.IsZero():
		ps.Add("date", "", "missing date")
	case a.Date.Before(q.date):
		ps.Add("date", a.Date.String(), "answers of %s, before the profile the questionnaire was made from (%s)", a.Date, q.date)
	case !p.Date.IsZero() && a.Date.Before(p.Date):
		ps.Add("date", a.Date.String(), "answers of %s, before the profile they update (%s)", a.Date, p.Date)
	}
	if err := p.Validate(nil); err != nil {
		ps.AppendErr("profile", err)
	} else if p.Municipality != q.municipality {
		ps.Add("profile.municipality", p.Municipality, "a profile of %q; the questionnaire is for %q", p.Municipality, q.municipality)
	}
}

// modelNames names the questionnaire's models: "lsg-dmi 1.0.0 and own 2".
func (q *Questionnaire) modelNames() string {
	s := ""
	for i, m := range q.models {
		switch {
		case i == 0:
		case i == len(q.models)-1:
			s += " and "
		default:
			s += ", "
		}
		s += m.ID + " " + m.Version
	}
	return s
}

// questionIDs returns the questions' IDs, in order.
func (q *Questionnaire) questionIDs() []string {
	out := make([]string, len(q.questions))
	for i, qu := range q.questions {
		out[i] = qu.ID
	}
	return out
}

// answered is where an answer put a fact: the question and the path of the
// value.
type answered struct{ question, path string }

// applier applies one set of answers.
type applier struct {
	q        *Questionnaire
	p        egov.Profile
	out      *egov.Profile
	ps       *egov.ProblemList
	answered map[fact]answered
	updates  []Update
}

// apply checks one answer against its question and, when it fits, writes
// it into the new profile.
func (ap *applier) apply(path string, qu Question, a Answer) {
	before := ap.ps.Len()
	checkAnswer(ap.ps, path, a)
	switch {
	case a.Type == AnswerNone:
		return
	case a.Type != qu.Type && a.Type.IsValid():
		ap.ps.Add(path, a.Type.String(), "question %q takes a %s answer, not a %s", qu.ID, qu.Type, a.Type)
		return
	case ap.ps.Len() > before:
		return
	}
	switch qu.Type {
	case AnswerStage:
		ap.stage(path, qu, a)
	case AnswerCount:
		ap.set(qu, qu.Measure, a.Count, path+".count")
	case AnswerShare:
		if qu.Whole != "" {
			ap.set(qu, qu.Measure, a.Part, path+".part")
			ap.set(qu, qu.Whole, a.Whole, path+".whole")
			return
		}
		if a.Whole.Sign() == 0 {
			ap.ps.Add(path+".whole", "0", "a whole of 0 gives no share: answer dont_know when there is nothing to count")
			return
		}
		ap.set(qu, qu.Measure, shareOf(a.Part, a.Whole), path)
	case AnswerNone:
	}
}

// shareOf returns part ÷ whole, exactly when it can be written in thirty
// digits, else rounded half up to SharePlaces places.
func shareOf(part, whole decimal.Decimal) decimal.Decimal {
	r := new(big.Rat).Quo(exact.Rat(part), exact.Rat(whole))
	if d := exact.Round(r, exact.MaxDigits-1, false); exact.Rat(d).Cmp(r) == 0 {
		return exact.MustDecimal(exact.FormatDecimal(d)) // without trailing zeros
	}
	return exact.Round(r, SharePlaces, false)
}

// stage writes a stage answer, refusing a move back the answer does not
// confirm.
func (ap *applier) stage(path string, qu Question, a Answer) {
	was := ap.p.Stage(qu.Service)
	back := was.IsKnown() && a.Stage < was
	switch {
	case back && !a.MovedBack:
		ap.ps.Add(path+".stage", a.Stage.String(),
			"%s was %s in the profile and the answer moves it back to %s: if it really moved back (switched off or scaled back), confirm it with moved_back",
			qu.Service, was, a.Stage)
		return
	case a.MovedBack && !back:
		ap.ps.Add(path+".moved_back", "true", "%s did not move back: %s in the profile, %s in the answer", qu.Service, was, a.Stage)
		return
	}
	ap.out.Stages[qu.Service] = a.Stage
	ap.answered[fact{service: qu.Service}] = answered{qu.ID, path + ".stage"}
	if was.IsKnown() && was != a.Stage {
		ap.updates = append(ap.updates, Update{Question: qu.ID, Name: qu.Name, Service: qu.Service, StageWas: was, StageNow: a.Stage})
	}
}

// set writes a measure's answered value.
func (ap *applier) set(qu Question, m egov.Measure, v decimal.Decimal, path string) {
	was, known := ap.p.Measure(m)
	ap.out.Measures[m] = v
	ap.answered[fact{measure: m}] = answered{qu.ID, path}
	if known && !was.Equal(v) {
		ap.updates = append(ap.updates, Update{Question: qu.ID, Name: measureName(m), Measure: m, ValueWas: was, ValueNow: v})
	}
}

// checkWholes refuses a part above its whole in the new profile, at the
// answer that made it so.
func (ap *applier) checkWholes() {
	for _, part := range egov.Measures() {
		whole, ok := part.Whole()
		if !ok {
			continue
		}
		pv, pok := ap.out.Measure(part)
		wv, wok := ap.out.Measure(whole)
		if !pok || !wok || !pv.GreaterThan(wv) {
			continue
		}
		pa, byPart := ap.answered[fact{measure: part}]
		wa, byWhole := ap.answered[fact{measure: whole}]
		ptext, wtext := exact.FormatDecimal(pv), exact.FormatDecimal(wv)
		switch {
		case byPart && byWhole && pa.question == wa.question:
			// one share answer: its part above its whole is reported with it
		case byPart && byWhole:
			ap.ps.Add(pa.path, ptext, "%s %s is more than %s %s, answered at %s", part, ptext, whole, wtext, wa.question)
		case byPart:
			ap.ps.Add(pa.path, ptext, "%s %s is more than %s %s recorded in the profile", part, ptext, whole, wtext)
		case byWhole:
			ap.ps.Add(wa.path, wtext, "%s %s is less than %s %s recorded in the profile", whole, wtext, part, ptext)
		}
	}
}
