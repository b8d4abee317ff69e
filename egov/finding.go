package egov

import "github.com/digitaldistrict/egovkit/internal/enumtext"

// A Finding is one observation made at a visit, tied to a service, an area
// or both.
type Finding struct {
	// Observation says what was seen or heard. It is required.
	Observation string `json:"observation"`
	// Service is the service the finding is about, if any.
	Service ServiceKey `json:"service,omitempty"`
	// Area is the area the finding is about, if any.
	Area Area `json:"area,omitzero"`
	// Severity says how much the finding matters.
	Severity Severity `json:"severity,omitzero"`
	// Evidence says what backs the observation: a document, a count, a
	// source address.
	Evidence string `json:"evidence,omitempty"`
}

// Severity says how much a finding matters. Its zero value, SeverityUnrated,
// means nobody rated it; it is valid, and JSON accepts "unrated" as the
// same as leaving the severity out.
type Severity uint8

// The severities, from least to most serious.
const (
	SeverityUnrated Severity = iota
	SeverityLow
	SeverityMedium
	SeverityHigh
	numSeverities
)

// String returns "unrated", "low", "medium" or "high".
func (s Severity) String() string {
	return enumtext.Name(s, "Severity", "unrated", "low", "medium", "high")
}

// IsValid reports whether s is one of the defined severities.
func (s Severity) IsValid() bool { return s < numSeverities }

// MarshalText implements encoding.TextMarshaler.
func (s Severity) MarshalText() ([]byte, error) {
	return enumtext.Marshal(s, numSeverities, "severity")
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *Severity) UnmarshalText(b []byte) error {
	return enumtext.Unmarshal(s, numSeverities, "severity", b)
}

// Area is a part of a municipality's digital work that a finding can
// concern without naming one service. The areas follow the components of
// NALED's Local eGovernment Index plus the back office and data exchange the
// programme pushes. Its zero value, AreaUnspecified, means no area; it is
// valid, and JSON accepts "unspecified" as the same as leaving the area out.
type Area uint8

// The areas.
const (
	AreaUnspecified        Area = iota
	AreaInfrastructure          // equipment, networks, hosting, registers
	AreaPeopleAndSkills         // staff, training, readiness
	AreaEServices               // presence and quality of e-services
	AreaCitizenInvolvement      // informing, communication, feedback
	AreaBackOffice              // records management, e-seals, internal work
	AreaDataExchange            // registries and data exchange (eZUP)
	numAreas
)

// String returns the area's lower-kebab name, such as "people-and-skills".
func (a Area) String() string {
	return enumtext.Name(a, "Area", "unspecified", "infrastructure", "people-and-skills",
		"e-services", "citizen-involvement", "back-office", "data-exchange")
}

// IsValid reports whether a is one of the defined areas.
func (a Area) IsValid() bool { return a < numAreas }

// MarshalText implements encoding.TextMarshaler.
func (a Area) MarshalText() ([]byte, error) { return enumtext.Marshal(a, numAreas, "area") }

// UnmarshalText implements encoding.TextUnmarshaler.
func (a *Area) UnmarshalText(b []byte) error {
	return enumtext.Unmarshal(a, numAreas, "area", b)
}
