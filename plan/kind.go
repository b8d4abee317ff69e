package plan

import "github.com/digitaldistrict/egovkit/internal/enumtext"

// ActionKind is the kind of an action. The kinds are ordered as work on a
// service proceeds: materials, then training, then technical support, then
// promotion. The zero value, ActionKindUnspecified, is not valid in a
// playbook or a plan.
type ActionKind uint8

// The kinds of action.
const (
	ActionKindUnspecified ActionKind = iota
	KindMaterials                    // guides, manuals, presentations for internal training
	KindTraining                     // training staff, registration officers or managers
	KindTechnicalSupport             // onboarding, integration, configuration: the go-live
	KindPromotion                    // info days, campaigns, promotional materials
	numKinds
)

// KindUnspecified is the zero ActionKind.
//
// Deprecated: use ActionKindUnspecified, which cannot be mistaken for
// egov.KindUnspecified, the zero service kind.
const KindUnspecified = ActionKindUnspecified

// String returns the kind's lower-kebab name, such as "technical-support".
func (k ActionKind) String() string {
	return enumtext.Name(k, "ActionKind", "unspecified", "materials", "training", "technical-support", "promotion")
}

// IsValid reports whether k is a defined kind other than
// ActionKindUnspecified.
func (k ActionKind) IsValid() bool { return k > KindUnspecified && k < numKinds }

// MarshalText implements encoding.TextMarshaler.
func (k ActionKind) MarshalText() ([]byte, error) {
	return enumtext.Marshal(k, numKinds, "action kind")
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *ActionKind) UnmarshalText(b []byte) error {
	return enumtext.Unmarshal(k, numKinds, "action kind", b)
}

// ActionKinds returns the valid kinds in their working order.
func ActionKinds() []ActionKind {
	return []ActionKind{KindMaterials, KindTraining, KindTechnicalSupport, KindPromotion}
}

// Owner says who carries out an action, and so whose weekly capacity it
// uses. The zero value, OwnerUnspecified, is not valid in a playbook.
type Owner uint8

// The owners.
const (
	OwnerUnspecified  Owner = iota
	OwnerTeam               // the programme team (Digital District), shared by all municipalities
	OwnerMunicipality       // the municipality's own staff
	OwnerPartner            // a partner such as the Office for IT and eGovernment
	numOwners
)

// String returns "unspecified", "programme-team", "municipality" or "partner".
func (o Owner) String() string {
	return enumtext.Name(o, "Owner", "unspecified", "programme-team", "municipality", "partner")
}

// IsValid reports whether o is a defined owner other than OwnerUnspecified.
func (o Owner) IsValid() bool { return o > OwnerUnspecified && o < numOwners }

// MarshalText implements encoding.TextMarshaler.
func (o Owner) MarshalText() ([]byte, error) { return enumtext.Marshal(o, numOwners, "owner") }

// UnmarshalText implements encoding.TextUnmarshaler.
func (o *Owner) UnmarshalText(b []byte) error { return enumtext.Unmarshal(o, numOwners, "owner", b) }

// Trainees says whom a training action trains. The zero value, TraineesNone,
// belongs to actions that are not training. (egov.Audience, a different
// type, says whom a service serves.) In JSON the field is "audience".
type Trainees uint8

// The trainees of training.
const (
	TraineesNone        Trainees = iota
	TraineesStaff                // administration staff who use the system
	TraineesEIDOfficers          // staff who register citizens for ConsentID
	TraineesManagers             // heads of departments and the mayor's office
	numTrainees
)

// String returns the trainees' lower-kebab name: "none", "staff",
// "eid-registration-officers" or "managers".
func (t Trainees) String() string {
	return enumtext.Name(t, "Trainees", "none", "staff", "eid-registration-officers", "managers")
}

// MarshalText implements encoding.TextMarshaler.
func (t Trainees) MarshalText() ([]byte, error) {
	return enumtext.Marshal(t, numTrainees, "audience")
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (t *Trainees) UnmarshalText(b []byte) error {
	return enumtext.Unmarshal(t, numTrainees, "audience", b)
}

// Audience is the old name of Trainees.
//
// Deprecated: use Trainees; egov.Audience is another type, whom a service
// serves.
type Audience = Trainees

// The old names of the Trainees values.
const (
	// AudienceNone is the old name of TraineesNone.
	//
	// Deprecated: use TraineesNone.
	AudienceNone = TraineesNone
	// AudienceStaff is the old name of TraineesStaff.
	//
	// Deprecated: use TraineesStaff.
	AudienceStaff = TraineesStaff
	// AudienceEIDOfficers is the old name of TraineesEIDOfficers.
	//
	// Deprecated: use TraineesEIDOfficers.
	AudienceEIDOfficers = TraineesEIDOfficers
	// AudienceManagers is the old name of TraineesManagers.
	//
	// Deprecated: use TraineesManagers.
	AudienceManagers = TraineesManagers
)

// ReasonKind says why a step is in a plan. Its zero value,
// ReasonUnspecified, says nothing: Generate and Replan never give it, so an
// empty reason never reads as an agreed priority.
type ReasonKind uint8

// The reasons.
const (
	ReasonUnspecified  ReasonKind = iota // no reason given
	ReasonPriority                       // an agreed priority asks for it
	ReasonFinding                        // a finding of the visit calls for it
	ReasonIndicatorGap                   // the maturity model shows a gap it closes
	ReasonPrerequisite                   // another step of the plan needs it first
	numReasons
)

// String returns the reason's lower-kebab name: "unspecified", "priority",
// "finding", "indicator-gap" or "prerequisite".
func (r ReasonKind) String() string {
	return enumtext.Name(r, "ReasonKind", "unspecified", "priority", "finding", "indicator-gap", "prerequisite")
}

// IsValid reports whether r is a defined reason other than
// ReasonUnspecified.
func (r ReasonKind) IsValid() bool { return r > ReasonUnspecified && r < numReasons }

// MarshalText implements encoding.TextMarshaler.
func (r ReasonKind) MarshalText() ([]byte, error) {
	return enumtext.Marshal(r, numReasons, "reason")
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (r *ReasonKind) UnmarshalText(b []byte) error {
	return enumtext.Unmarshal(r, numReasons, "reason", b)
}
