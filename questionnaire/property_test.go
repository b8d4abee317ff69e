package questionnaire_test

import (
	"encoding/json"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"pgregory.net/rapid"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/exact"
	"github.com/digitaldistrict/egovkit/internal/gen"
	"github.com/digitaldistrict/egovkit/maturity"
	"github.com/digitaldistrict/egovkit/questionnaire"
)

// A drawn case: models, a catalogue holding the services they read, and a
// profile of services and measures.
type drawnCase struct {
	models []*maturity.Compiled
	cat    *egov.Catalog
	p      egov.Profile
}

// servicePool is the services drawn models read, few so that several
// models share them.
var servicePool = []egov.ServiceKey{"eid", "episarnica", "ezup", "s-x1", "s-x2"}

// drawCase draws one to three models of up to eight indicators each, and
// sometimes MaxModels of them, reading services of servicePool (so that
// models share facts), a catalogue of those services of every kind, and a
// profile: any stage or none for each, and measures from gen.Measures
// (counts up to thirty digits, shares up to 29 places).
func drawCase(t *rapid.T) drawnCase {
	n := 1 + rapid.IntRange(0, 2).Draw(t, "more models")
	if rapid.IntRange(0, 15).Draw(t, "at the limit") == 0 {
		n = questionnaire.MaxModels
	}
	var c drawnCase
	services := map[egov.ServiceKey]bool{}
	for i := range n {
		m := gen.ModelUpTo(8).Draw(t, "model")
		m.ID = fmt.Sprintf("m%d", i)
		rename := map[egov.ServiceKey]egov.ServiceKey{}
		gen.EachIndicator(&m, func(ind *maturity.Indicator) {
			r := &ind.Rule
			if r.Service == "" {
				return
			}
			if _, ok := rename[r.Service]; !ok {
				rename[r.Service] = rapid.SampledFrom(servicePool).Draw(t, "service")
			}
			r.Service = rename[r.Service]
			services[r.Service] = true
		})
		c.models = append(c.models, maturity.MustCompile(m))
	}
	var list []egov.Service
	for _, k := range servicePool {
		if services[k] {
			list = append(list, egov.Service{Key: k, Kind: egov.ServiceKind(rapid.IntRange(1, 5).Draw(t, "kind")),
				Name: egov.Text{English: "Service " + string(k), Latin: "Usluga " + string(k)}})
		}
	}
	c.cat = egov.MustNewCatalog(list)
	c.p = egov.Profile{Municipality: gen.Key().Draw(t, "municipality"), Date: gen.Date().Draw(t, "date")}
	for _, k := range servicePool {
		if s := rapid.SampledFrom(egov.AdoptionStages()).Draw(t, "stage"); rapid.Bool().Draw(t, "recorded") {
			c.p = c.p.WithStage(k, s)
		}
	}
	c.p.Measures = gen.Measures().Draw(t, "measures")
	if c.p.Validate(c.cat) != nil { // a stage of a service no model reads
		for k := range c.p.Stages {
			if !c.cat.Has(k) {
				delete(c.p.Stages, k)
			}
		}
	}
	return c
}

func (c drawnCase) questionnaire(t *rapid.T) *questionnaire.Questionnaire {
	q, err := questionnaire.New(c.cat, c.p, c.models...)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return q
}

// The measures a profile records as a part of another.
var parts = []egov.Measure{egov.MeasureStaffTrained, egov.MeasureEIDOfficers}

// drawAnswers draws valid answers to q for profile p: every question
// answered when all is set, else each or not; when agree is set, a fact p
// records is answered as p records it (or not at all), so that the
// answers only add to p. Values come from gen's generators, up to thirty
// digits, and are then made to keep every part within its whole, as a
// team's answers would: a whole drawn is raised to its parts, a part drawn
// lowered to its whole. A stage before the one p records is confirmed as a
// move back.
func drawAnswers(t *rapid.T, q *questionnaire.Questionnaire, p egov.Profile, all, agree bool) questionnaire.Answers {
	a := questionnaire.Answers{Questionnaire: q.ID(), Municipality: q.Municipality(), Answers: map[string]questionnaire.Answer{}}
	a.Date = p.Date
	if rapid.Bool().Draw(t, "later") {
		a.Date = gen.Date().Draw(t, "answers date")
		if a.Date.Before(p.Date) {
			a.Date = p.Date
		}
	}
	vals := map[egov.Measure]decimal.Decimal{}
	for m, v := range p.Measures {
		vals[m] = v
	}
	free := map[egov.Measure]bool{}
	draw := func(m egov.Measure) {
		if _, known := vals[m]; known && agree {
			return
		}
		vals[m] = gen.Count().Draw(t, "count")
		free[m] = true
	}
	var answered []questionnaire.Question
	for _, qu := range q.Questions() {
		if !all && !rapid.Bool().Draw(t, "answered") {
			if rapid.Bool().Draw(t, "said so") {
				a.Answers[qu.ID] = questionnaire.DontKnow()
			}
			continue
		}
		switch qu.Type {
		case questionnaire.AnswerStage:
			s := rapid.SampledFrom(egov.AdoptionStages()[1:]).Draw(t, "stage")
			was := p.Stage(qu.Service)
			if agree && was.IsKnown() {
				s = was
			}
			ans := questionnaire.Stage(s)
			ans.MovedBack = was.IsKnown() && s < was
			a.Answers[qu.ID] = ans
		case questionnaire.AnswerCount:
			draw(qu.Measure)
			answered = append(answered, qu)
		case questionnaire.AnswerShare:
			if qu.Whole != "" {
				draw(qu.Measure)
				draw(qu.Whole)
				answered = append(answered, qu)
				continue
			}
			if agree && qu.Prefilled.Type != questionnaire.AnswerNone {
				a.Answers[qu.ID] = qu.Prefilled
				continue
			}
			whole := gen.Count().Draw(t, "whole")
			if whole.Sign() == 0 {
				whole = decimal.New(1, 0)
			}
			part := decimal.NewFromBigInt(new(big.Int).Div(new(big.Int).Mul(whole.BigInt(),
				big.NewInt(rapid.Int64Range(0, 1000).Draw(t, "permille"))), big.NewInt(1000)), 0)
			a.Answers[qu.ID] = questionnaire.Share(part, whole)
		case questionnaire.AnswerNone: // no question takes none
		}
	}
	for _, part := range parts {
		whole, _ := part.Whole()
		pv, pok := vals[part]
		wv, wok := vals[whole]
		switch {
		case !pok || !wok || !pv.GreaterThan(wv):
		case free[whole]:
			vals[whole] = pv
		case free[part]:
			vals[part] = wv
		}
	}
	for _, qu := range answered {
		if qu.Type == questionnaire.AnswerCount {
			a.Answers[qu.ID] = questionnaire.Count(vals[qu.Measure])
		} else {
			a.Answers[qu.ID] = questionnaire.Share(vals[qu.Measure], vals[qu.Whole])
		}
	}
	return a
}

// jsonOf returns v's JSON, failing the test when it has none.
func jsonOf(t interface{ Fatalf(string, ...any) }, v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("marshal %T: %v", v, err)
	}
	return string(b)
}

// TestAnsweringEveryQuestionCompletesTheProfile answers every question of
// drawn questionnaires with drawn valid answers, and checks that Apply
// takes them, dates the new profile with them, changes neither its inputs
// nor the questionnaire, and leaves every indicator a model reads from a
// profile known or not applicable: coverage 1 over those indicators.
func TestAnsweringEveryQuestionCompletesTheProfile(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := drawCase(t)
		q := c.questionnaire(t)
		a := drawAnswers(t, q, c.p, true, rapid.Bool().Draw(t, "agree"))
		profileBefore, answersBefore, qBefore := jsonOf(t, c.p), jsonOf(t, a), jsonOf(t, q)
		applied, err := q.Apply(c.p, a)
		if err != nil {
			t.Fatalf("valid answers refused: %v", err)
		}
		if jsonOf(t, c.p) != profileBefore || jsonOf(t, a) != answersBefore || jsonOf(t, q) != qBefore {
			t.Fatal("Apply changed its inputs")
		}
		if applied.Profile.Date != a.Date || applied.Profile.Municipality != c.p.Municipality {
			t.Fatalf("new profile of %s on %s, want %s on %s", applied.Profile.Municipality, applied.Profile.Date, c.p.Municipality, a.Date)
		}
		for _, m := range c.models {
			model := m.Model()
			as := m.Assess(applied.Profile)
			for _, d := range model.Dimensions {
				for _, ind := range d.AllIndicators() {
					if ind.Rule.Kind == maturity.RuleGiven {
						continue
					}
					if v, _ := as.Value(ind.Key); v.State() == maturity.StateUnknown {
						t.Fatalf("%s/%s still unknown after every question was answered", m.ID(), ind.Key)
					}
				}
			}
		}
	})
}

// TestAnswersNarrowTheRange applies drawn answers that agree with what the
// profile records, any question answered or not, and checks that each
// model's range for the new profile lies within its range for the old one,
// and that nothing is reported as updated.
func TestAnswersNarrowTheRange(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := drawCase(t)
		q := c.questionnaire(t)
		a := drawAnswers(t, q, c.p, false, true)
		applied, err := q.Apply(c.p, a)
		if err != nil {
			t.Fatalf("valid answers refused: %v", err)
		}
		if len(applied.Updates) > 0 {
			t.Fatalf("answers agreeing with the profile updated %v", applied.Updates)
		}
		for _, m := range c.models {
			before, err := m.Range(c.p)
			if err != nil {
				continue
			}
			after, err := m.Range(applied.Profile)
			if err != nil {
				continue // the answers left nothing to score (a whole of 0)
			}
			if after.Low.Cmp(before.Low) < 0 || after.High.Cmp(before.High) > 0 {
				t.Fatalf("%s: range %s…%s after the answers, outside %s…%s before", m.ID(),
					after.Low.Exact().RatString(), after.High.Exact().RatString(),
					before.Low.Exact().RatString(), before.High.Exact().RatString())
			}
		}
	})
}

// factsOf returns the facts a question fills, as "service:<key>" and
// "measure:<name>".
func factsOf(qu questionnaire.Question) []string {
	switch qu.Type {
	case questionnaire.AnswerStage:
		return []string{"service:" + string(qu.Service)}
	case questionnaire.AnswerShare:
		if qu.Whole != "" {
			return []string{"measure:" + string(qu.Measure), "measure:" + string(qu.Whole)}
		}
	case questionnaire.AnswerCount, questionnaire.AnswerNone:
	}
	return []string{"measure:" + string(qu.Measure)}
}

// factsOfFact returns the facts an AskFirst fact names.
func factsOfFact(f maturity.Fact) []string {
	var out []string
	if f.Service != "" {
		out = append(out, "service:"+string(f.Service))
	}
	for _, m := range f.Measures {
		out = append(out, "measure:"+string(m))
	}
	return out
}

// TestQuestionsAreWhatAskFirstLists compares drawn questionnaires with a
// slow reference built from maturity.Compiled.AskFirst, model by model:
// the questions fill exactly the facts AskFirst lists for a profile that
// knows nothing, each once; a question is pre-filled exactly when the
// profile records all it fills; its narrowing figure for a model is the
// most AskFirst gives a fact it fills (0 when AskFirst lists none), for
// exactly the models whose rules read it; questions still to ask come
// first, the sum of the shares of each model's scale they narrow never
// rising; and each question is in the group of the first dimension that
// reads it.
func TestQuestionsAreWhatAskFirstLists(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := drawCase(t)
		q := c.questionnaire(t)
		empty := egov.Profile{Municipality: c.p.Municipality, Date: c.p.Date}
		want := map[string]bool{}
		for _, m := range c.models {
			facts, err := m.AskFirst(empty)
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range facts {
				for _, x := range factsOfFact(f) {
					want[x] = true
				}
			}
		}
		got := map[string]string{}
		for _, qu := range q.Questions() {
			for _, x := range factsOf(qu) {
				if other, dup := got[x]; dup {
					t.Fatalf("%s asked by %s and %s", x, other, qu.ID)
				}
				got[x] = qu.ID
				if !want[x] {
					t.Fatalf("%s asks for %s, which no model's AskFirst lists", qu.ID, x)
				}
			}
		}
		if len(got) != len(want) {
			t.Fatalf("questions fill %d facts, AskFirst lists %d: %v vs %v", len(got), len(want), got, want)
		}
		// The reference's figures: per model, the most a fact touching the
		// question narrows.
		type figure struct {
			exact   *big.Rat
			rounded decimal.Decimal
		}
		narrows := make([]map[string]figure, len(c.models))
		for k, m := range c.models {
			narrows[k] = map[string]figure{}
			facts, err := m.AskFirst(c.p)
			if err != nil {
				continue
			}
			for _, f := range facts {
				for _, x := range factsOfFact(f) {
					id := got[x]
					if old, ok := narrows[k][id]; !ok || f.Narrows.Cmp(old.exact) > 0 {
						narrows[k][id] = figure{f.Narrows, f.NarrowsRounded}
					}
				}
			}
		}
		prevShare := (*big.Rat)(nil)
		prevPrefilled := false
		for _, qu := range q.Questions() {
			known := true
			for _, x := range factsOf(qu) {
				kind, key, _ := strings.Cut(x, ":")
				if kind == "service" {
					known = known && c.p.Stage(egov.ServiceKey(key)).IsKnown()
				} else {
					_, ok := c.p.Measure(egov.Measure(key))
					known = known && ok
				}
			}
			if prefilled := qu.Prefilled.Type != questionnaire.AnswerNone; prefilled != known {
				t.Fatalf("%s pre-filled %v, the profile records all it fills: %v", qu.ID, prefilled, known)
			}
			var readers []string
			firstGroup, firstPos := "", -1
			pos := 0
			for _, m := range c.models {
				model := m.Model()
				reads := false
				for _, d := range model.Dimensions {
					for _, ind := range d.AllIndicators() {
						r := ind.Rule
						var read []string
						switch r.Kind {
						case maturity.RuleStage, maturity.RuleYesNo:
							read = []string{"service:" + string(r.Service)}
						case maturity.RuleCount:
							read = []string{"measure:" + string(r.Measure)}
						case maturity.RuleRatio:
							read = []string{"measure:" + string(r.Numerator), "measure:" + string(r.Denominator)}
						case maturity.RuleGiven: // reads nothing from a profile
						}
						for _, x := range read {
							if got[x] == qu.ID {
								reads = true
								if firstPos < 0 {
									firstGroup, firstPos = model.ID+"/"+d.Key, pos
								}
							}
						}
						pos++
					}
				}
				if reads {
					readers = append(readers, m.ID())
				}
			}
			if qu.Group != firstGroup {
				t.Fatalf("%s in group %s, first read in %s", qu.ID, qu.Group, firstGroup)
			}
			var gotReaders []string
			share := new(big.Rat)
			for _, n := range qu.Narrows {
				gotReaders = append(gotReaders, n.Model)
				k := slices.IndexFunc(c.models, func(m *maturity.Compiled) bool { return m.ID() == n.Model })
				f, ok := narrows[k][qu.ID]
				if !ok {
					f = figure{new(big.Rat), decimal.Zero}
				}
				if !n.By.Equal(f.rounded) {
					t.Fatalf("%s narrows %s by %s; AskFirst says %s", qu.ID, n.Model, n.By, f.rounded)
				}
				model := c.models[k].Model()
				width := new(big.Rat).Sub(exact.Rat(model.Scale.Max), exact.Rat(model.Scale.Min))
				share.Add(share, new(big.Rat).Quo(f.exact, width))
			}
			if !slices.Equal(gotReaders, readers) {
				t.Fatalf("%s gives figures for %v; read by %v", qu.ID, gotReaders, readers)
			}
			switch {
			case prevPrefilled && !known:
				t.Fatalf("%s still to ask comes after a pre-filled question", qu.ID)
			case !known && prevShare != nil && share.Cmp(prevShare) > 0:
				t.Fatalf("%s narrows %s of the scales, more than the question before it (%s)", qu.ID, share.RatString(), prevShare.RatString())
			}
			prevShare, prevPrefilled = share, known
		}
	})
}

// TestDocumentsRoundTrip encodes drawn questionnaires and answers, decodes
// them and encodes them again: the bytes are the same, and so is what the
// decoded values hold.
func TestDocumentsRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := drawCase(t)
		q := c.questionnaire(t)
		doc := jsonOf(t, q)
		back, err := questionnaire.Decode([]byte(doc))
		if err != nil {
			t.Fatalf("Decode of New's document: %v\n%s", err, doc)
		}
		if again := jsonOf(t, back); again != doc {
			t.Fatalf("round trip changed the document:\n%s\n%s", doc, again)
		}
		if back.ID() != q.ID() || jsonOf(t, back.Questions()) != jsonOf(t, q.Questions()) ||
			jsonOf(t, back.Groups()) != jsonOf(t, q.Groups()) || jsonOf(t, back.Models()) != jsonOf(t, q.Models()) {
			t.Fatal("the decoded questionnaire holds something else")
		}
		a := drawAnswers(t, q, c.p, false, false)
		adoc := jsonOf(t, a)
		aback, err := questionnaire.DecodeAnswers([]byte(adoc))
		if err != nil {
			t.Fatalf("DecodeAnswers: %v\n%s", err, adoc)
		}
		if again := jsonOf(t, aback); again != adoc {
			t.Fatalf("round trip changed the answers:\n%s\n%s", adoc, again)
		}
		r1, err1 := q.Apply(c.p, a)
		r2, err2 := back.Apply(c.p, aback)
		if (err1 == nil) != (err2 == nil) || (err1 == nil && jsonOf(t, r1) != jsonOf(t, r2)) {
			t.Fatalf("decoded documents apply differently: %v / %v", err1, err2)
		}
	})
}
