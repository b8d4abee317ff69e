package egov

import "github.com/digitaldistrict/egovkit/internal/enumtext"

// A ServiceKey is the stable key of a service: lower-case ASCII words joined
// by hyphens, such as "episarnica" or "cloud-seal". See IsKey.
type ServiceKey string

// A Service is a national platform or a local e-service that a municipality
// can adopt: eUprava, ConsentID, ePisarnica, eZUP, …
type Service struct {
	Key  ServiceKey   `json:"key"`
	Name ServiceNames `json:"name"`
	Kind ServiceKind  `json:"kind"`
	// Audience says whom the service is for.
	Audience Audience `json:"audience"`
	// Operator is the body that runs the service.
	Operator string `json:"operator,omitempty"`
	// LegalBasis names the law or regulation the service rests on.
	LegalBasis string `json:"legal_basis,omitempty"`
	// Description says in a sentence what the service does.
	Description string `json:"description,omitempty"`
	// Source is where the facts about the service come from (an address).
	Source string `json:"source,omitempty"`
	// Prerequisites are what a municipality must have in place before it can
	// adopt or offer this service. All of them are needed (AND).
	Prerequisites []Prerequisite `json:"prerequisites,omitempty"`
}

// A Prerequisite is one service that must be in place before another. An
// Assumption is an edge egovkit assumes where no source states it; Note says
// why, or names an alternative path the catalogue does not model.
type Prerequisite struct {
	Service    ServiceKey `json:"service"`
	Assumption bool       `json:"assumption,omitempty"`
	Note       string     `json:"note,omitempty"`
}

// ResolvedID returns the derived ID of the service ("service:<key>"), the
// zero ID for a service without a key.
func (s Service) ResolvedID() ServiceID { return ServiceIDOf(s.Key) }

// clone returns a deep copy of s.
func (s Service) clone() Service {
	s.Prerequisites = append([]Prerequisite(nil), s.Prerequisites...)
	return s
}

// ServiceKind says what role a service plays. Its zero value,
// ServiceKindUnspecified, stands for no kind given: every service of a
// catalogue has a kind, so JSON refuses the name "unspecified" and a
// service without a kind is reported as missing one.
type ServiceKind uint8

// The kinds of service.
const (
	ServiceKindUnspecified ServiceKind = iota
	KindEnabler                        // identification, payment, delivery: used by other services
	KindBackOffice                     // systems the administration works in
	KindCitizenService                 // services citizens use
	KindBusinessService                // services businesses use
	KindInfrastructure                 // hosting and networks
	numKinds
)

// KindUnspecified is the zero ServiceKind under its old name, which package
// plan's ActionKind shares.
//
// Deprecated: use ServiceKindUnspecified.
const KindUnspecified = ServiceKindUnspecified

// String returns the kind's lower-kebab name, such as "back-office".
func (k ServiceKind) String() string {
	return enumtext.Name(k, "ServiceKind",
		"unspecified", "enabler", "back-office", "citizen-service", "business-service", "infrastructure")
}

// IsValid reports whether k is a defined kind other than
// ServiceKindUnspecified.
func (k ServiceKind) IsValid() bool { return k > ServiceKindUnspecified && k < numKinds }

// MarshalText implements encoding.TextMarshaler.
func (k ServiceKind) MarshalText() ([]byte, error) {
	return enumtext.Marshal(k, numKinds, "service kind")
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *ServiceKind) UnmarshalText(b []byte) error {
	return enumtext.UnmarshalNonZero(k, numKinds, "service kind", b)
}

// Audience says whom a service is for. Its zero value, AudienceUnspecified,
// is valid: a catalogue need not say, and JSON accepts "unspecified".
type Audience uint8

// The audiences.
const (
	AudienceUnspecified Audience = iota
	AudienceCitizens
	AudienceBusinesses
	AudienceCitizensAndBusinesses
	AudienceAdministration // public servants
	numAudiences
)

// String returns the audience's lower-kebab name.
func (a Audience) String() string {
	return enumtext.Name(a, "Audience",
		"unspecified", "citizens", "businesses", "citizens-and-businesses", "administration")
}

// IsValid reports whether a is one of the defined audiences.
func (a Audience) IsValid() bool { return a < numAudiences }

// MarshalText implements encoding.TextMarshaler.
func (a Audience) MarshalText() ([]byte, error) {
	return enumtext.Marshal(a, numAudiences, "audience")
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (a *Audience) UnmarshalText(b []byte) error {
	return enumtext.Unmarshal(a, numAudiences, "audience", b)
}
