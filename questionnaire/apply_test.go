package questionnaire_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/exact"
	"github.com/digitaldistrict/egovkit/maturity"
	"github.com/digitaldistrict/egovkit/questionnaire"
)

var dec = exact.MustDecimal

// defaultCase returns the default model's questionnaire for a made-up
// municipality whose profile records ePisarnica piloting, 40 staff of whom
// 10 trained, and 3 procedures online for citizens.
func defaultCase(t *testing.T) (*questionnaire.Questionnaire, egov.Profile) {
	t.Helper()
	p := egov.Profile{Municipality: "primer", Date: egov.MustDate(2025, 10, 1),
		Stages: map[egov.ServiceKey]egov.AdoptionStage{egov.ServiceEPisarnica: egov.StagePiloting},
		Measures: map[egov.Measure]decimal.Decimal{egov.MeasureStaff: dec("40"), egov.MeasureStaffTrained: dec("10"),
			egov.MeasureCitizenEServices: dec("3")}}
	q, err := questionnaire.New(egov.SerbianCatalog(), p, maturity.Default())
	if err != nil {
		t.Fatal(err)
	}
	return q, p
}

// answers returns answers to q dated 2025-11-20.
func answers(q *questionnaire.Questionnaire, given map[string]questionnaire.Answer) questionnaire.Answers {
	return questionnaire.Answers{Questionnaire: q.ID(), Municipality: q.Municipality(), Date: egov.MustDate(2025, 11, 20), Answers: given}
}

// problems returns the problems of err as "path: reason" lines.
func problems(t *testing.T, err error) []string {
	t.Helper()
	var ve *egov.ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("error %v (%T) is not a *egov.ValidationError", err, err)
	}
	var out []string
	for _, p := range ve.Problems {
		out = append(out, p.Error())
	}
	return out
}

// wantProblems checks that err holds exactly one problem for each want,
// each at the path and with the words given ("path: words").
func wantProblems(t *testing.T, err error, want ...string) {
	t.Helper()
	if err == nil {
		t.Fatalf("no error; want %q", want)
	}
	got := problems(t, err)
	if len(got) != len(want) {
		t.Fatalf("%d problems, want %d:\n\t%s", len(got), len(want), strings.Join(got, "\n\t"))
	}
	for _, w := range want {
		path, words, _ := strings.Cut(w, ": ")
		found := false
		for _, g := range got {
			if strings.HasPrefix(g, path+": ") && strings.Contains(g, words) {
				found = true
			}
		}
		if !found {
			t.Errorf("no problem at %s saying %q among:\n\t%s", path, words, strings.Join(got, "\n\t"))
		}
	}
}

func TestApplyRefusesEachBadAnswerAtItsPath(t *testing.T) {
	q, p := defaultCase(t)
	tooLong := decimal.New(1, 31)
	fraction := questionnaire.Count(dec("2.5"))
	cases := []struct {
		name  string
		given map[string]questionnaire.Answer
		want  []string
	}{
		{"unknown question", map[string]questionnaire.Answer{"stage.epsarnica": questionnaire.Stage(egov.StagePlanned)},
			[]string{`answers["stage.epsarnica"]: unknown question "stage.epsarnica"; did you mean "stage.episarnica"?`}},
		{"wrong type", map[string]questionnaire.Answer{"stage.ezup": questionnaire.Count(dec("3"))},
			[]string{`answers["stage.ezup"]: takes a stage answer, not a count`}},
		{"negative count", map[string]questionnaire.Answer{"count.eservices-for-businesses": questionnaire.Count(dec("-1"))},
			[]string{`answers["count.eservices-for-businesses"].count: -1 is negative`}},
		{"fractional count", map[string]questionnaire.Answer{"count.eservices-for-businesses": fraction},
			[]string{`answers["count.eservices-for-businesses"].count: 2.5 is not a whole number`}},
		{"thirty-one digits", map[string]questionnaire.Answer{"count.registered-ecitizens": questionnaire.Count(tooLong)},
			[]string{`answers["count.registered-ecitizens"].count: number has 32 digits, more than 30`}},
		{"part above whole", map[string]questionnaire.Answer{"share.staff-trained": questionnaire.Share(dec("41"), dec("40"))},
			[]string{`answers["share.staff-trained"].part: part 41 is more than the whole 40`}},
		{"share of nothing", map[string]questionnaire.Answer{"share.cases-handled-electronically": questionnaire.Share(dec("0"), dec("0"))},
			[]string{`answers["share.cases-handled-electronically"].whole: a whole of 0 gives no share`}},
		{"unknown stage", map[string]questionnaire.Answer{"stage.ezup": questionnaire.Stage(egov.StageUnknown)},
			[]string{`answers["stage.ezup"].stage: stage "unknown" is not an answer: answer dont_know`}},
		{"stage out of range", map[string]questionnaire.Answer{"stage.ezup": questionnaire.Stage(egov.AdoptionStage(9))},
			[]string{`answers["stage.ezup"].stage: stage AdoptionStage(9) out of range`}},
		{"moved back unconfirmed", map[string]questionnaire.Answer{"stage.episarnica": questionnaire.Stage(egov.StagePlanned)},
			[]string{`answers["stage.episarnica"].stage: episarnica was piloting in the profile and the answer moves it back to planned`}},
		{"moved back not moving back", map[string]questionnaire.Answer{
			"stage.episarnica": {Type: questionnaire.AnswerStage, Stage: egov.StageFullyInUse, MovedBack: true}},
			[]string{`answers["stage.episarnica"].moved_back: episarnica did not move back: piloting in the profile, fully-in-use in the answer`}},
		{"moved back on a count", map[string]questionnaire.Answer{
			"count.eservices-for-businesses": {Type: questionnaire.AnswerCount, Count: dec("3"), MovedBack: true}},
			[]string{`answers["count.eservices-for-businesses"].moved_back: moved_back confirms a stage`}},
		{"part above a whole answered elsewhere", map[string]questionnaire.Answer{
			"share.staff-trained":             questionnaire.Share(dec("10"), dec("30")),
			"count.eid-registration-officers": questionnaire.Count(dec("31"))},
			[]string{`answers["count.eid-registration-officers"].count: eid-registration-officers 31 is more than staff 30, answered at share.staff-trained`}},
		{"part above the profile's whole", map[string]questionnaire.Answer{
			"count.eid-registration-officers": questionnaire.Count(dec("41"))},
			[]string{`answers["count.eid-registration-officers"].count: eid-registration-officers 41 is more than staff 40 recorded in the profile`}},
		{"all at once", map[string]questionnaire.Answer{
			"stage.ezup":                     questionnaire.Count(dec("3")),
			"count.eservices-for-businesses": fraction,
			"share.staff-trained":            questionnaire.Share(dec("41"), dec("40")),
			"nonsense":                       questionnaire.DontKnow()},
			[]string{`answers["stage.ezup"]: not a count`, `answers["count.eservices-for-businesses"].count: not a whole number`,
				`answers["share.staff-trained"].part: more than the whole`, `answers.nonsense: unknown question "nonsense"`}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			applied, err := q.Apply(p, answers(q, c.given))
			wantProblems(t, err, c.want...)
			if applied.Profile.Municipality != "" || applied.Updates != nil {
				t.Errorf("refused answers returned %+v", applied)
			}
		})
	}
}

// A whole answered below a part the profile records and no question asks
// for is refused at the whole; so is a count above the whole the profile
// records and no question asks for, which the question's bounds show.
func TestApplyRefusesAWholeBelowTheProfilesPart(t *testing.T) {
	d := exact.MustDecimal
	m := maturity.MustCompile(maturity.Model{ID: "staff-only", Version: "1", Scale: maturity.Scale{Min: d("0"), Max: d("1")},
		Dimensions: []maturity.Dimension{{Key: "people", Weight: d("1"), Indicators: []maturity.Indicator{
			{Key: "staff", Weight: d("1"), Rule: maturity.Rule{Kind: maturity.RuleCount, Measure: egov.MeasureStaff, Target: d("100")}},
			{Key: "officers", Weight: d("1"), Rule: maturity.Rule{Kind: maturity.RuleCount, Measure: egov.MeasureEIDOfficers, Target: d("2")}},
		}}},
		Bands: []maturity.Band{{Key: "all", From: d("0"), To: d("1")}}})
	p := egov.Profile{Municipality: "primer", Date: egov.MustDate(2025, 10, 1),
		Measures: map[egov.Measure]decimal.Decimal{egov.MeasureStaffTrained: d("30")}}
	q, err := questionnaire.New(egov.SerbianCatalog(), p, m)
	if err != nil {
		t.Fatal(err)
	}
	staff, _ := q.Question("count.staff")
	officers, _ := q.Question("count.eid-registration-officers")
	if !staff.Min.Equal(d("30")) || officers.PartOf != "count.staff" {
		t.Errorf("count.staff from %s, officers part of %q; want from 30 (the staff trained recorded), part of count.staff", staff.Min, officers.PartOf)
	}
	_, err = q.Apply(p, answers(q, map[string]questionnaire.Answer{"count.staff": questionnaire.Count(d("20"))}))
	wantProblems(t, err, `answers["count.staff"].count: staff 20 is less than staff-trained 30 recorded in the profile`)
	_, err = q.Apply(p, answers(q, map[string]questionnaire.Answer{"count.staff": questionnaire.Count(d("30")),
		"count.eid-registration-officers": questionnaire.Count(d("31"))}))
	wantProblems(t, err, `answers["count.eid-registration-officers"].count: eid-registration-officers 31 is more than staff 30, answered at count.staff`)
}

func TestApplyRefusesAnswersThatAreNotThisQuestionnaires(t *testing.T) {
	q, p := defaultCase(t)
	other, err := questionnaire.New(egov.SerbianCatalog(), p, sampleModel())
	if err != nil {
		t.Fatal(err)
	}
	a := answers(other, nil)
	_, err = q.Apply(p, a)
	wantProblems(t, err, "questionnaire: answers to questionnaire "+other.ID().String()+", not to this one ("+q.ID().String()+
		", for primer on 2025-10-01 with lsg-dmi "+maturity.Default().Version()+")")

	a = answers(q, nil)
	a.Municipality = "cacak"
	a.Date = egov.MustDate(2025, 9, 30)
	_, err = q.Apply(p, a)
	wantProblems(t, err, `municipality: answers of "cacak"; the questionnaire is for "primer"`,
		"date: answers of 2025-09-30, before the profile the questionnaire was made from (2025-10-01)")

	later := p.Clone()
	later.Date = egov.MustDate(2025, 12, 1)
	later.Municipality = "cacak"
	_, err = q.Apply(later, answers(q, nil))
	wantProblems(t, err, "date: answers of 2025-11-20, before the profile they update (2025-12-01)",
		`profile.municipality: a profile of "cacak"; the questionnaire is for "primer"`)

	bad := p.WithMeasure(egov.MeasureStaffTrained, dec("50"))
	_, err = q.Apply(bad, answers(q, nil))
	wantProblems(t, err, "profile.measures.staff-trained: staff-trained 50 is more than staff 40")

	_, err = q.Apply(p, questionnaire.Answers{})
	wantProblems(t, err, "questionnaire: missing questionnaire ID", `municipality: answers of ""`, "date: missing date")

	many := map[string]questionnaire.Answer{}
	for i := range questionnaire.MaxQuestions + 1 {
		many[fmt.Sprint("q", i)] = questionnaire.DontKnow()
	}
	_, err = q.Apply(p, answers(q, many))
	var le *egov.LimitError
	if !errors.As(err, &le) || le.Limit != questionnaire.MaxQuestions {
		t.Errorf("%d answers: error %v, want a *egov.LimitError of %d", len(many), err, questionnaire.MaxQuestions)
	}

	var none *questionnaire.Questionnaire
	if _, err := none.Apply(p, answers(q, nil)); err == nil {
		t.Error("a nil questionnaire applied answers")
	}
}

// "Don't know", or a question left out, keeps what the profile records;
// an answer that changes it is an update, in the order of the questions;
// a move back confirmed is one too.
func TestApplyKeepsWhatIsNotKnownAndListsUpdates(t *testing.T) {
	q, p := defaultCase(t)
	confirmed := questionnaire.Stage(egov.StagePlanned)
	confirmed.MovedBack = true
	applied, err := q.Apply(p, answers(q, map[string]questionnaire.Answer{
		"share.staff-trained":            questionnaire.DontKnow(),
		"count.eservices-for-citizens":   questionnaire.Count(dec("5")),
		"stage.episarnica":               confirmed,
		"stage.ezup":                     questionnaire.Stage(egov.StagePiloting),
		"count.eservices-for-businesses": questionnaire.Count(dec("3.000")),
	}))
	if err != nil {
		t.Fatal(err)
	}
	np := applied.Profile
	if np.Date != egov.MustDate(2025, 11, 20) || np.Stage(egov.ServiceEZUP) != egov.StagePiloting ||
		np.Stage(egov.ServiceEPisarnica) != egov.StagePlanned {
		t.Errorf("new profile %+v", np)
	}
	if v, _ := np.Measure(egov.MeasureStaffTrained); !v.Equal(dec("10")) {
		t.Errorf("staff trained %s after don't know, want the 10 recorded", v)
	}
	if _, ok := np.Measure(egov.MeasureRegisteredECitizens); ok {
		t.Error("a question left out became known")
	}
	if p.Stage(egov.ServiceEZUP) != egov.StageUnknown || p.Date != egov.MustDate(2025, 10, 1) {
		t.Error("Apply changed the profile it was given")
	}
	var got []string
	for _, u := range applied.Updates {
		got = append(got, u.Question+" | "+u.String()+" | "+u.Text(egov.SerbianLatin)+fmt.Sprintf(" | %v", u.MovedBack()))
	}
	want := []string{ // in the questionnaire's order
		"stage.episarnica | Online service counter: stage moved back from “Piloting” to “Planned”, as confirmed | " +
			"ePisarnica: faza vraćena unazad iz „Probna upotreba“ u „Planirano“, što je potvrđeno | true",
		"count.eservices-for-citizens | E-services for citizens: changed from 3 to 5 | " +
			"Elektronske usluge za građane: vrednost promenjena sa 3 na 5 | false",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("updates:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// A share the profile records as one measure is pre-filled as a part of a
// power of ten, and that answer stores it again as it was, however many
// places it has: no update. (Rounding it to SharePlaces once changed it.)
func TestPrefilledShareIsStoredAgainAsItWas(t *testing.T) {
	for _, v := range []string{"0.35", "0.0000005", "1", "0", "0.12345678901234567890123456789"} {
		p := sampleProfile().WithMeasure(egov.MeasureElectronicCaseShare, dec(v))
		q, err := questionnaire.New(egov.SerbianCatalog(), p, sampleModel())
		if err != nil {
			t.Fatal(err)
		}
		qu, _ := q.Question("share.cases-handled-electronically")
		applied, err := q.Apply(p, answers(q, map[string]questionnaire.Answer{qu.ID: qu.Prefilled}))
		if err != nil {
			t.Fatal(err)
		}
		if got, _ := applied.Profile.Measure(egov.MeasureElectronicCaseShare); !got.Equal(dec(v)) || len(applied.Updates) > 0 {
			t.Errorf("%s pre-filled as %s of %s, stored again as %s (updates %v)", v, qu.Prefilled.Part, qu.Prefilled.Whole, got, applied.Updates)
		}
	}
	// A share thirty digits cannot hold is rounded half up to six places.
	q, p := defaultCase(t)
	for _, c := range [][3]string{{"1", "3", "0.333333"}, {"2", "3", "0.666667"}, {"1200", "4000", "0.3"}, {"1", "8", "0.125"}} {
		applied, err := q.Apply(p, answers(q, map[string]questionnaire.Answer{
			"share.cases-handled-electronically": questionnaire.Share(dec(c[0]), dec(c[1]))}))
		if err != nil {
			t.Fatal(err)
		}
		if got, _ := applied.Profile.Measure(egov.MeasureElectronicCaseShare); !got.Equal(dec(c[2])) {
			t.Errorf("%s of %s stored as %s, want %s", c[0], c[1], got, c[2])
		}
	}
}
