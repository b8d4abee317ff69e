package questionnaire_test

import (
	"errors"
	"testing"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/questionnaire"
)

// Fuzz targets of the two decoders. Their seeds are small documents: the
// sample questionnaire (three questions) and one for two models, and
// answers with every kind of answer; the default model's questionnaire
// alone is 20 KB, which makes every execution slow under coverage
// instrumentation.

// sampleAnswers is a complete egovkit.answers/1 document for the sample
// questionnaire, with every kind of answer.
const sampleAnswers = `{"format":"egovkit.answers/1","questionnaire":"97c868a3-4c26-5613-a72c-e94e9592a28b",` +
	`"municipality":"primer","date":"2025-11-20","answers":{"stage.episarnica":{"stage":"planned","moved_back":true},` +
	`"share.staff-trained":{"part":"12","whole":"40"},"share.cases-handled-electronically":{"dont_know":true},` +
	`"count.staff":{"count":"999999999999999999999999999999"}}}`

// isValidationError fails the test unless err is, or wraps, a
// *egov.ValidationError.
func isValidationError(t *testing.T, err error) {
	t.Helper()
	var ve *egov.ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("error %v (%T) is not a *egov.ValidationError", err, err)
	}
}

// FuzzDecode decodes arbitrary documents: an error is always a
// *egov.ValidationError; a questionnaire accepted encodes to a document
// that decodes to the same bytes, and takes no answers without complaint.
func FuzzDecode(f *testing.F) {
	sample, err := questionnaire.New(egov.SerbianCatalog(), sampleProfile(), sampleModel())
	if err != nil {
		f.Fatal(err)
	}
	two, err := questionnaire.New(egov.SerbianCatalog(), sampleProfile().WithMeasure(egov.MeasureStaff, dec("40")),
		sampleModel(), staffModel())
	if err != nil {
		f.Fatal(err)
	}
	f.Add([]byte(jsonOf(f, sample)))
	f.Add([]byte(jsonOf(f, two)))
	f.Add([]byte(`{"format":"egovkit.questionnaire/1"}`))
	f.Add([]byte(`{"format":"egovkit.questionnaire/1","id":"97c868a3-4c26-5613-a72c-e94e9592a28b","municipality":"primer",` +
		`"date":"2025-10-01","models":[],"groups":[],"dont_know":{"en":"","sr_latn":"","sr_cyrl":""},"questions":[]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		q, err := questionnaire.Decode(data)
		if err != nil {
			isValidationError(t, err)
			return
		}
		doc := jsonOf(t, q)
		back, err := questionnaire.Decode([]byte(doc))
		if err != nil {
			t.Fatalf("accepted %q but not its encoding %s: %v", data, doc, err)
		}
		if again := jsonOf(t, back); again != doc {
			t.Fatalf("encoding changed on a round trip:\n%s\n%s", doc, again)
		}
		p := egov.Profile{Municipality: q.Municipality(), Date: q.Date()}
		applied, err := q.Apply(p, questionnaire.Answers{Questionnaire: q.ID(), Municipality: q.Municipality(), Date: q.Date()})
		if err != nil || applied.Profile.Validate(nil) != nil {
			t.Fatalf("no answers refused: %v", err)
		}
	})
}

// FuzzDecodeAnswers decodes arbitrary answers: an error is always a
// *egov.ValidationError; answers accepted encode to a document that
// decodes to the same bytes, and applied to the sample questionnaire give
// a valid profile or a *egov.ValidationError, never a panic.
func FuzzDecodeAnswers(f *testing.F) {
	q, err := questionnaire.New(egov.SerbianCatalog(), sampleProfile(), sampleModel())
	if err != nil {
		f.Fatal(err)
	}
	f.Add([]byte(sampleAnswers))
	f.Add([]byte(`{"format":"egovkit.answers/1"}`))
	f.Add([]byte(`{"format":"egovkit.answers/1","questionnaire":"97c868a3-4c26-5613-a72c-e94e9592a28b","municipality":"primer",` +
		`"date":"2025-11-20","answers":{"stage.episarnica":{"stage":"unknown"},"x":{"part":"3","whole":"2"},"y":{"count":"-1.5"}}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := questionnaire.DecodeAnswers(data)
		if err != nil {
			isValidationError(t, err)
			return
		}
		doc := jsonOf(t, a)
		back, err := questionnaire.DecodeAnswers([]byte(doc))
		if err != nil {
			t.Fatalf("accepted %q but not its encoding %s: %v", data, doc, err)
		}
		if again := jsonOf(t, back); again != doc {
			t.Fatalf("encoding changed on a round trip:\n%s\n%s", doc, again)
		}
		applied, err := q.Apply(sampleProfile(), a)
		if err != nil {
			isValidationError(t, err)
			return
		}
		if err := applied.Profile.Validate(nil); err != nil {
			t.Fatalf("answers made an invalid profile: %v", err)
		}
	})
}
