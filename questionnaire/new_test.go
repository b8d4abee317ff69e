package questionnaire_test

import (
	"errors"
	"testing"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/maturity"
	"github.com/digitaldistrict/egovkit/questionnaire"
)

func TestNewRefusesEveryProblemAtOnce(t *testing.T) {
	p := sampleProfile()
	v := maturity.Default().Version()
	_, err := questionnaire.New(nil, egov.Profile{}, nil, maturity.Default(), maturity.Default(), &maturity.Compiled{})
	wantProblems(t, err, "catalogue: missing catalogue", "profile.municipality: missing municipality", "profile.date: missing date",
		"models[0]: no model", `models[2].id: model "lsg-dmi" given twice (version `+v+` at models[1], version `+v+` here)`,
		"models[3]: no model")

	_, err = questionnaire.New(egov.SerbianCatalog(), p)
	wantProblems(t, err, "models: no model: a questionnaire serves at least one")

	few, err := egov.NewCatalog([]egov.Service{{Key: "eid", Kind: egov.KindEnabler, Name: egov.Text{English: "eID", Latin: "eID"}}})
	if err != nil {
		t.Fatal(err)
	}
	_, err = questionnaire.New(few, p.WithStage("ezup", egov.StagePlanned), maturity.Default())
	if got := problems(t, err); len(got) != 2+15 {
		t.Errorf("a catalogue of one service: %d problems, want the profile's two services and the model's 15 others:\n%v", len(got), got)
	}

	many := make([]*maturity.Compiled, questionnaire.MaxModels+1)
	for i := range many {
		many[i] = maturity.Default()
	}
	_, err = questionnaire.New(egov.SerbianCatalog(), p, many...)
	var le *egov.LimitError
	if !errors.As(err, &le) || le.Limit != questionnaire.MaxModels {
		t.Errorf("%d models: %v, want a *egov.LimitError", len(many), err)
	}
}

// A model whose indicators are all given asks nothing; its questionnaire
// still names it.
func TestNewWithNothingToAsk(t *testing.T) {
	d := dec
	m := maturity.MustCompile(maturity.Model{ID: "given", Version: "1", Scale: maturity.Scale{Min: d("0"), Max: d("1")},
		Dimensions: []maturity.Dimension{{Key: "all", Weight: d("1"), Indicators: []maturity.Indicator{{Key: "x", Weight: d("1")}}}},
		Bands:      []maturity.Band{{Key: "all", From: d("0"), To: d("1")}}})
	q, err := questionnaire.New(egov.SerbianCatalog(), sampleProfile(), m)
	if err != nil {
		t.Fatal(err)
	}
	if q.Len() != 0 || len(q.Groups()) != 0 || len(q.Models()) != 1 {
		t.Errorf("%d questions, %d groups, %d models", q.Len(), len(q.Groups()), len(q.Models()))
	}
	back, err := questionnaire.Decode([]byte(jsonOf(t, q)))
	if err != nil || back.ID() != q.ID() {
		t.Errorf("round trip: %v", err)
	}
}

// The order of the models changes the groups' order, not the ID, which
// names the same questions.
func TestIDDoesNotDependOnTheModelsOrder(t *testing.T) {
	a, err := questionnaire.New(egov.SerbianCatalog(), sampleProfile(), maturity.Default(), sampleModel())
	if err != nil {
		t.Fatal(err)
	}
	b, err := questionnaire.New(egov.SerbianCatalog(), sampleProfile(), sampleModel(), maturity.Default())
	if err != nil {
		t.Fatal(err)
	}
	c, err := questionnaire.New(egov.SerbianCatalog(), sampleProfile(), maturity.Default())
	if err != nil {
		t.Fatal(err)
	}
	if a.ID() != b.ID() || a.ID() == c.ID() {
		t.Errorf("IDs %s, %s (models swapped), %s (one model)", a.ID(), b.ID(), c.ID())
	}
	if a.Groups()[0].Path != "lsg-dmi/infrastructure" || b.Groups()[0].Path != "sample/services" {
		t.Errorf("groups begin with %s and %s", a.Groups()[0].Path, b.Groups()[0].Path)
	}
	own := maturity.LSGModel()
	own.Version += "-local" // the same model under another version is another model
	d, err := questionnaire.New(egov.SerbianCatalog(), sampleProfile(), maturity.MustCompile(own))
	if err != nil {
		t.Fatal(err)
	}
	if d.ID() == c.ID() {
		t.Error("another version, the same ID")
	}
}

func TestZeroValuesAreSafe(t *testing.T) {
	for _, q := range []*questionnaire.Questionnaire{nil, {}} {
		if q.IsValid() || !q.ID().IsZero() || q.Municipality() != "" || !q.Date().IsZero() || q.Models() != nil ||
			q.Groups() != nil || q.Questions() != nil || q.Len() != 0 || !q.DontKnowLabel().IsZero() {
			t.Errorf("%#v holds something", q)
		}
		if _, ok := q.Question("stage.eid"); ok {
			t.Error("a question in no questionnaire")
		}
		if _, err := q.MarshalJSON(); err == nil {
			t.Error("no questionnaire written")
		}
		if _, err := q.Apply(sampleProfile(), questionnaire.Answers{}); err == nil {
			t.Error("answers applied to no questionnaire")
		}
	}
	var a questionnaire.Answer
	if !a.IsDontKnow() || a != questionnaire.DontKnow() {
		t.Error("the zero Answer is not don't know")
	}
	var u questionnaire.Update
	if u.String() != "no update" || u.Text(egov.SerbianCyrillic) != "нема измене" || u.MovedBack() {
		t.Errorf("zero Update: %q", u.String())
	}
	if questionnaire.AnswerType(9).String() != "AnswerType(9)" || questionnaire.AnswerType(9).IsValid() {
		t.Error("AnswerType(9)")
	}
	if _, err := questionnaire.AnswerType(9).MarshalText(); err == nil {
		t.Error("AnswerType(9) written")
	}
	var zero questionnaire.Answers
	b, err := zero.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := questionnaire.DecodeAnswers(b); err == nil {
		t.Error("the zero Answers decoded back without a questionnaire or a date")
	}
	var nilAnswers *questionnaire.Answers
	if err := nilAnswers.UnmarshalJSON(b); err == nil {
		t.Error("answers decoded into a nil pointer")
	}
}
