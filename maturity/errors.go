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
	return fmt.Sprintf("maturity: nothing to score with %s %s: no indicator is both applicable and known",
		e.ModelID, e.ModelVersion)
}

// A MismatchError reports an assessment or a result used with a model other
// than the one it was made for.
type MismatchError struct {
	Want, Got string // "id version"
}

func (e *MismatchError) Error() string {
	return fmt.Sprintf("maturity: made for model %s, used with %s", e.Got, e.Want)
}
