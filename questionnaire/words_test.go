package questionnaire_test

import (
	"strings"
	"testing"
	"unicode"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/maturity"
	"github.com/digitaldistrict/egovkit/questionnaire"
)

// brands are the names Serbian writes in Latin letters inside Cyrillic
// text, as egov's catalogue does.
var brands = map[string]bool{"ConsentID": true, "eZUP": true, "eID": true}

// TestEveryTextIsWrittenInEveryLanguage reads every text of a
// questionnaire that asks about every service of the built-in catalogue
// and every measure: each is given in the three languages, the Latin is
// the Cyrillic transliterated, and the Cyrillic holds no Latin word but
// the brands.
func TestEveryTextIsWrittenInEveryLanguage(t *testing.T) {
	cat := egov.SerbianCatalog()
	d := dec
	m := maturity.LSGModel()
	extra := maturity.Dimension{Key: "every-measure", Name: "Every measure", NameCyrillic: "Сваки показатељ", Weight: d("1")}
	for _, ms := range egov.Measures() {
		extra.Indicators = append(extra.Indicators, maturity.Indicator{Key: "count-" + string(ms), Weight: d("1"),
			Rule: maturity.Rule{Kind: maturity.RuleCount, Measure: ms, Target: d("1")}})
	}
	extra.Indicators = append(extra.Indicators, maturity.Indicator{Key: "officers-share", Weight: d("1"),
		Rule: maturity.Rule{Kind: maturity.RuleRatio, Numerator: egov.MeasureEIDOfficers, Denominator: egov.MeasureStaff}})
	m.Dimensions = append([]maturity.Dimension{extra}, m.Dimensions...)
	m.ID = "every"
	q, err := questionnaire.New(cat, egov.Profile{Municipality: "primer", Date: egov.MustDate(2025, 10, 1)}, maturity.MustCompile(m))
	if err != nil {
		t.Fatal(err)
	}
	if q.Len() != cat.Len()+len(egov.Measures())-1 { // staff and its part share one question
		t.Errorf("%d questions for %d services and %d measures", q.Len(), cat.Len(), len(egov.Measures()))
	}
	seen := map[string]string{}
	check := func(where string, tx egov.Text) {
		t.Helper()
		if tx.English == "" || tx.Latin == "" || tx.Cyrillic == "" {
			t.Errorf("%s: %+v lacks a language", where, tx)
		}
		if tx.Latin != egov.ToLatin(tx.Cyrillic) {
			t.Errorf("%s: Latin %q is not the Cyrillic %q transliterated", where, tx.Latin, tx.Cyrillic)
		}
		for _, w := range strings.FieldsFunc(tx.Cyrillic, func(r rune) bool { return !unicode.IsLetter(r) }) {
			if strings.IndexFunc(w, func(r rune) bool { return r < unicode.MaxASCII }) >= 0 && !brands[w] {
				t.Errorf("%s: Latin word %q in Cyrillic text %q", where, w, tx.Cyrillic)
			}
		}
		if strings.Contains(tx.English+tx.Cyrillic, "%") {
			t.Errorf("%s: a verb left in %+v", where, tx)
		}
	}
	lsg, err := questionnaire.New(cat, egov.Profile{Municipality: "primer", Date: egov.MustDate(2025, 10, 1)}, maturity.Default())
	if err != nil {
		t.Fatal(err)
	}
	for _, qu := range append(q.Questions(), lsg.Questions()...) {
		check(qu.ID+" text", qu.Text)
		check(qu.ID+" name", qu.Name)
		if other, dup := seen[qu.Text.Cyrillic]; dup && other != qu.ID { // a question both ask is asked alike
			t.Errorf("%s and %s ask the same: %s", qu.ID, other, qu.Text.Cyrillic)
		}
		seen[qu.Text.Cyrillic] = qu.ID
		if qu.Type != questionnaire.AnswerStage {
			check(qu.ID+" unit", qu.Unit)
		}
		if qu.Type == questionnaire.AnswerShare {
			check(qu.ID+" part label", qu.PartLabel)
			check(qu.ID+" whole label", qu.WholeLabel)
		}
		for _, o := range qu.Options {
			check(qu.ID+" "+o.Stage.String(), o.Label)
		}
	}
	for _, g := range q.Groups() {
		check(g.Path, g.Title)
	}
	check("don't know", q.DontKnowLabel())
	check("model", q.Models()[0].Name)
}
