package maturity

import (
	"slices"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/enumtext"
)

// A Rule says how an indicator's value is read from an egov.Profile.
//
// Every rule gives a value from 0 to 1 with at most six decimal places
// (values with more are rounded once to six, the precision of every
// indicator value, with the model's rounding mode), unknown when what it
// reads is unknown, and not applicable where the rule says so.
type Rule struct {
	Kind RuleKind `json:"kind,omitzero"`
	// Service is the service a stage or yes-no rule reads.
	Service egov.ServiceKey `json:"service,omitempty"`
	// Credits gives a stage rule's value for each known adoption stage
	// (not started, planned, piloting, partly in use, fully in use). All
	// five are required, each from 0 to 1, never lower for a later stage.
	Credits []StageCredit `json:"credits,omitempty"`
	// MinStage is the stage a yes-no rule asks for: the value is 1 when the
	// service is at MinStage or later, 0 when it is known to be earlier.
	MinStage egov.AdoptionStage `json:"min_stage,omitzero"`
	// Numerator and Denominator are the measures a ratio rule divides,
	// capped at 1. A zero denominator makes the indicator not applicable.
	Numerator   egov.Measure `json:"numerator,omitempty"`
	Denominator egov.Measure `json:"denominator,omitempty"`
	// Measure and Target are what a count rule compares: the value is
	// Measure ÷ Target, capped at 1.
	Measure egov.Measure    `json:"measure,omitempty"`
	Target  decimal.Decimal `json:"target,omitzero"`
}

// A StageCredit is the value a stage rule gives for one adoption stage.
type StageCredit struct {
	Stage  egov.AdoptionStage `json:"stage"`
	Credit decimal.Decimal    `json:"credit"`
}

func (r Rule) clone() Rule {
	r.Credits = slices.Clone(r.Credits)
	return r
}

// RuleKind is the kind of a Rule. Its zero value, RuleGiven, reads nothing
// from a profile: the value comes in the assessment, as for published
// indices whose components are measured elsewhere.
type RuleKind uint8

// The kinds of rule.
const (
	RuleGiven RuleKind = iota // the value is given directly
	RuleStage                 // a credit per adoption stage of a service
	RuleYesNo                 // 1 if a service has reached a stage, else 0
	RuleRatio                 // one measure divided by another, capped at 1
	RuleCount                 // a measure against a target, capped at 1
	numRuleKinds
)

// String returns the kind's lower-kebab name.
func (k RuleKind) String() string {
	return enumtext.Name(k, "RuleKind", "given", "stage", "yes-no", "ratio", "count")
}

// MarshalText implements encoding.TextMarshaler.
func (k RuleKind) MarshalText() ([]byte, error) {
	return enumtext.Marshal(k, numRuleKinds, "rule kind")
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *RuleKind) UnmarshalText(b []byte) error {
	if k == nil {
		return nilTarget("RuleKind")
	}
	return enumtext.Unmarshal(k, numRuleKinds, "rule kind", b)
}

// StageRule returns a rule that reads a service's adoption stage with the
// given credits for not started, planned, piloting, partly in use and fully
// in use, in that order. Fewer credits leave the later stages without one
// (which Validate reports); more are ignored.
func StageRule(service egov.ServiceKey, credits ...decimal.Decimal) Rule {
	stages := []egov.AdoptionStage{egov.StageNotStarted, egov.StagePlanned, egov.StagePiloting,
		egov.StagePartlyInUse, egov.StageFullyInUse}
	r := Rule{Kind: RuleStage, Service: service}
	for i, c := range credits {
		if i < len(stages) {
			r.Credits = append(r.Credits, StageCredit{Stage: stages[i], Credit: c})
		}
	}
	return r
}
