package egov

import "github.com/digitaldistrict/egovkit/internal/enumtext"

// A Priority is one goal agreed with a municipality at a visit.
type Priority struct {
	// Rank orders the priorities of a visit: 1 is the first. Ranks are
	// positive and unique within a visit.
	Rank int `json:"rank"`
	// Goal says what kind of goal it is.
	Goal GoalKind `json:"goal"`
	// Service is the service the goal is about, if any. The goals introduce,
	// adopt-fully and expand-use need one.
	Service ServiceKey `json:"service,omitempty"`
	// Description states the priority as agreed, in the visit's words.
	Description string `json:"description,omitempty"`
}

// GoalKind is the kind of an agreed priority, from a closed list (see
// docs/design.md): a plan can serve only goals it knows how to work
// towards, so a new kind of goal is a change to the library, not to data.
// Its zero value, GoalUnspecified, stands for no goal given: it is not
// valid in a visit, JSON refuses the name "unspecified", and a priority
// without a goal is reported as missing one.
type GoalKind uint8

// The goal kinds.
const (
	GoalUnspecified          GoalKind = iota
	GoalIntroduce                     // start using a service
	GoalAdoptFully                    // move from partial to full use
	GoalExpandUse                     // more staff or citizens using a service
	GoalTrain                         // train staff
	GoalPromote                       // promote services to citizens or businesses
	GoalImproveCommunication          // better communication with citizens
	GoalHostSecurely                  // keep data and systems in secure hosting
	GoalExchangeData                  // obtain data from registries ex officio
	GoalExpandServices                // offer more e-services
	numGoals
)

// String returns the goal's lower-kebab name, such as "adopt-fully".
func (g GoalKind) String() string {
	return enumtext.Name(g, "GoalKind", "unspecified", "introduce", "adopt-fully", "expand-use",
		"train", "promote", "improve-communication", "host-securely", "exchange-data", "expand-services")
}

// IsValid reports whether g is a defined goal other than GoalUnspecified.
func (g GoalKind) IsValid() bool { return g > GoalUnspecified && g < numGoals }

// NeedsService reports whether a priority with this goal must name a
// service: one cannot introduce, adopt fully or expand the use of nothing.
func (g GoalKind) NeedsService() bool {
	return g == GoalIntroduce || g == GoalAdoptFully || g == GoalExpandUse
}

// MarshalText implements encoding.TextMarshaler.
func (g GoalKind) MarshalText() ([]byte, error) { return enumtext.Marshal(g, numGoals, "goal") }

// UnmarshalText implements encoding.TextUnmarshaler.
func (g *GoalKind) UnmarshalText(b []byte) error {
	return enumtext.UnmarshalNonZero(g, numGoals, "goal", b)
}

// GoalKinds returns every valid goal kind, in the order of the list.
func GoalKinds() []GoalKind {
	out := make([]GoalKind, 0, numGoals-1)
	for g := GoalIntroduce; g < numGoals; g++ {
		out = append(out, g)
	}
	return out
}
