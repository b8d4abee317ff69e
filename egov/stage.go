package egov

import "github.com/digitaldistrict/egovkit/internal/enumtext"

// An AdoptionStage says how far a municipality has come with one service.
//
// The zero value is StageUnknown: the stage was not observed. A service
// missing from a Profile is unknown, never "not started". The stages after
// it are ordered: a later stage is further along.
//
// JSON accepts "unknown" wherever a stage is read, as a profile may record
// a stage as not observed. Where only a known stage makes sense (the credit
// of a maturity rule), the validation of that place refuses it and says
// why.
type AdoptionStage uint8

// The adoption stages, in order.
const (
	StageUnknown     AdoptionStage = iota // not observed
	StageNotStarted                       // known not to be in use or planned
	StagePlanned                          // decided or agreed, not yet in use
	StagePiloting                         // tried by a few staff or on a few procedures
	StagePartlyInUse                      // in regular use for part of the work
	StageFullyInUse                       // in use for all the work it serves
	numStages
)

// String returns the stage's lower-kebab name, such as "partly-in-use".
func (s AdoptionStage) String() string {
	return enumtext.Name(s, "AdoptionStage",
		"unknown", "not-started", "planned", "piloting", "partly-in-use", "fully-in-use")
}

// IsValid reports whether s is one of the defined stages.
func (s AdoptionStage) IsValid() bool { return s < numStages }

// IsKnown reports whether s is a defined stage other than StageUnknown.
func (s AdoptionStage) IsKnown() bool { return s > StageUnknown && s < numStages }

// MarshalText implements encoding.TextMarshaler.
func (s AdoptionStage) MarshalText() ([]byte, error) {
	return enumtext.Marshal(s, numStages, "adoption stage")
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *AdoptionStage) UnmarshalText(b []byte) error {
	return enumtext.Unmarshal(s, numStages, "adoption stage", b)
}

// AdoptionStages returns every stage, StageUnknown first.
func AdoptionStages() []AdoptionStage {
	out := make([]AdoptionStage, 0, numStages)
	for s := AdoptionStage(0); s < numStages; s++ {
		out = append(out, s)
	}
	return out
}
