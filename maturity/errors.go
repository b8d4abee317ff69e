package maturity

import (
	"fmt"
)

// A NoScoreError reports an assessment with nothing to score: every
// indicator is not applicable, or unknown under the LeaveOut policy.
type NoScoreError struct {
	ModelID, ModelVersion string
}

func (e *NoScoreError) Error() string {
	if e == nil {
		return "maturity: nothing to score"
	}
	return fmt.Sprintf("maturity: nothing to score with %s %s: no indicator is both applicable and known",
		e.ModelID, e.ModelVersion)
}

// nilTarget returns the error of decoding into a nil pointer.
func nilTarget(typ string) error {
	return fmt.Errorf("maturity: cannot decode into a nil *%s", typ)
}

// A MismatchError reports an assessment or a result used with a model other
// than the one it was made for. Two compilations of models with the same
// content are one model (see Compile), so a MismatchError between two
// models of one ID and version says which field of their content differs.
type MismatchError struct {
	// Subject names what was used: "assessment", "result",
	// "entries[3].result", "after".
	Subject string
	// Got is the model the subject was made for and Want the model it was
	// used with, each as "id version". Got is empty for the zero
	// Assessment, which belongs to no model.
	Want, Got string
	// Path is, when Want and Got are the same ID and version, the first
	// field in which the two models' content differs, as a validation
	// problem names it ("dimensions[1].weight"); GotValue and WantValue are
	// its value in each model ("15" and "25").
	Path, GotValue, WantValue string
}

func (e *MismatchError) Error() string {
	if e == nil {
		return "maturity: model mismatch"
	}
	subject := e.Subject
	if subject == "" {
		subject = "value"
	}
	if e.Got == "" {
		return fmt.Sprintf("maturity: %s belongs to no model, used with %s", subject, e.Want)
	}
	return fmt.Sprintf("maturity: %s made for model %s, used with %s", subject, e.Got, e.Want) + e.detail()
}

// detail says what differs between two models of one ID and version.
func (e *MismatchError) detail() string {
	switch {
	case e.Path != "":
		return fmt.Sprintf(": same ID and version, different content: %s is %s in the model it was made for and %s in the one given",
			e.Path, e.GotValue, e.WantValue)
	case e.Got == e.Want:
		return ": same ID and version, different content"
	}
	return ""
}

// mismatch returns the error for a subject made with model got and used
// with model want (got may be nil: no model).
func mismatch(subject string, got, want *Compiled) *MismatchError {
	e := &MismatchError{Subject: subject, Want: want.name()}
	if !got.valid() {
		return e
	}
	e.Got = got.name()
	if want.valid() && got.model.ID == want.model.ID && got.model.Version == want.model.Version {
		e.Path, e.GotValue, e.WantValue, _ = diffModels(got.model, want.model)
	}
	return e
}
