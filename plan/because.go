package plan

import (
	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/enumtext"
)

// Why a priority has its outcome and why a step does not fit, kept as data
// so that each can be written in every language (see Words). The English
// text the plan also keeps (PriorityStatus.Reason, Assignment.Reason) is
// what Words writes in English without names.

// PriorityReasonKind says why an agreed priority has the outcome it has.
// The zero value, PriorityReasonUnspecified, gives no reason: a served
// priority needs none, and a plan decoded from a document written before
// reasons were kept as data has only the text (PriorityStatus.Reason).
type PriorityReasonKind uint8

// The reasons a priority is not served.
const (
	PriorityReasonUnspecified PriorityReasonKind = iota // no reason kept as data
	PriorityNoAction                                    // the playbook has no action for the goal
	PriorityAlreadyShown                                // the profile already shows what it asks for
	PriorityStepsDone                                   // every step that served it is done
	PriorityBeyondHorizon                               // a step it needs does not fit in the plan's horizon
	PriorityBeyondPortfolio                             // a step it needs does not fit in the portfolio
	numPriorityReasons
)

// String returns the kind's lower-kebab name: "unspecified", "no-action",
// "already-shown", "steps-done", "beyond-horizon" or "beyond-portfolio".
func (k PriorityReasonKind) String() string {
	return enumtext.Name(k, "PriorityReasonKind", "unspecified", "no-action", "already-shown", "steps-done",
		"beyond-horizon", "beyond-portfolio")
}

// IsValid reports whether k is a defined kind other than
// PriorityReasonUnspecified.
func (k PriorityReasonKind) IsValid() bool {
	return k > PriorityReasonUnspecified && k < numPriorityReasons
}

// MarshalText implements encoding.TextMarshaler.
func (k PriorityReasonKind) MarshalText() ([]byte, error) {
	return enumtext.Marshal(k, numPriorityReasons, "priority reason")
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *PriorityReasonKind) UnmarshalText(b []byte) error {
	return enumtext.Unmarshal(k, numPriorityReasons, "priority reason", b)
}

// A PriorityReason says, as data, why an agreed priority has the outcome it
// has; Words.PriorityReason and PriorityStatus.ReasonText write it. Which
// fields say something depends on Kind:
//
//   - PriorityNoAction: Goal, and Service when the priority names one;
//   - PriorityAlreadyShown: Shown, the facts of the profile that meet it;
//   - PriorityStepsDone: nothing more;
//   - PriorityBeyondHorizon: Step, the step that does not fit (its action
//     key, or its ID for a step without one), and Weeks, the horizon;
//   - PriorityBeyondPortfolio: Step, and Unfit, why it does not fit.
//
// The zero PriorityReason gives no reason.
type PriorityReason struct {
	Kind    PriorityReasonKind
	Goal    egov.GoalKind
	Service egov.ServiceKey
	Shown   []Shown
	Step    string
	Weeks   int
	Unfit   Unfit
}

// IsZero reports whether r gives no reason.
func (r PriorityReason) IsZero() bool {
	return r.Kind == PriorityReasonUnspecified && r.Goal == egov.GoalUnspecified && r.Service == "" &&
		len(r.Shown) == 0 && r.Step == "" && r.Weeks == 0 && r.Unfit.IsZero()
}

// A Shown is one fact of a profile that a reason points at: a service at a
// stage (Service and Stage), or a measure at a value (Measure and Value).
type Shown struct {
	Service egov.ServiceKey
	Stage   egov.AdoptionStage
	Measure egov.Measure
	Value   decimal.Decimal
}

// UnfitKind says why a step does not fit in a portfolio. The zero value,
// UnfitUnspecified, says nothing: a scheduled step has it.
type UnfitKind uint8

// The reasons a step does not fit.
const (
	UnfitUnspecified UnfitKind = iota // the step fits, or no reason is given
	UnfitNoRoom                       // its owner's capacity has no room for it to start in time
	UnfitCannotEnd                    // it cannot end in time on its owner's capacity left
	UnfitStartsLate                   // the steps it needs end too late for it to start in time
	numUnfits
)

// String returns the kind's lower-kebab name: "unspecified", "no-room",
// "cannot-end" or "starts-late".
func (k UnfitKind) String() string {
	return enumtext.Name(k, "UnfitKind", "unspecified", "no-room", "cannot-end", "starts-late")
}

// IsValid reports whether k is a defined kind other than UnfitUnspecified.
func (k UnfitKind) IsValid() bool { return k > UnfitUnspecified && k < numUnfits }

// MarshalText implements encoding.TextMarshaler.
func (k UnfitKind) MarshalText() ([]byte, error) {
	return enumtext.Marshal(k, numUnfits, "unfit reason")
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *UnfitKind) UnmarshalText(b []byte) error {
	return enumtext.Unmarshal(k, numUnfits, "unfit reason", b)
}

// An Unfit says, as data, why a step does not fit in a portfolio;
// Words.Unfit writes it. A step may not fit itself, or need one that does
// not: Needs then names the step it needs (its action key, or its ID), and
// Root the step at the start of the chain of steps that do not fit (Needs
// itself when that one does not fit on its own account). Kind, By, Weeks,
// OfPlan and Owner say why the step does not fit, or Root when there is
// one:
//
//   - By is the last day it could end, the end of the portfolio's horizon
//     or, when OfPlan is set, of its plan's, which is Weeks long;
//   - Owner is whose capacity it finds no room on (UnfitNoRoom) or cannot
//     end on (UnfitCannotEnd).
//
// The zero Unfit, a scheduled step's, gives no reason.
type Unfit struct {
	Kind        UnfitKind
	Needs, Root string
	By          egov.Date
	Weeks       int
	OfPlan      bool
	Owner       Owner
}

// IsZero reports whether u gives no reason.
func (u Unfit) IsZero() bool { return u == Unfit{} }
