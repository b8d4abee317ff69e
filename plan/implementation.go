package plan

import "github.com/digitaldistrict/egovkit/internal/enumtext"

// Implementation is how far a step has been carried out, in the four
// states Serbian administrations report the measures of their action
// plans in: implemented fully, substantially, to a lesser extent, or not
// implemented. Replan maps them onto what a schedule needs: a step
// implemented fully is done, one not implemented has not started, and one
// implemented substantially or to a lesser extent is part done, with the
// person-days already spent on it (see StepProgress). The zero value,
// ImplementationUnspecified, says nothing and Replan refuses it.
type Implementation uint8

// The states of implementation, from none to full.
const (
	ImplementationUnspecified  Implementation = iota // not given; not valid in progress
	NotImplemented                                   // not started: the whole effort remains
	ImplementedToALesserExtent                       // part done, at most half of it
	ImplementedSubstantially                         // part done, at least half of it
	ImplementedFully                                 // done
	numImplementations
)

// String returns the state's lower-kebab name: "unspecified",
// "not-implemented", "to-a-lesser-extent", "substantially" or "fully".
func (s Implementation) String() string {
	return enumtext.Name(s, "Implementation", "unspecified", "not-implemented", "to-a-lesser-extent", "substantially", "fully")
}

// IsValid reports whether s is a defined state other than
// ImplementationUnspecified.
func (s Implementation) IsValid() bool {
	return s > ImplementationUnspecified && s < numImplementations
}

// partDone reports whether s is a state of a step under way.
func (s Implementation) partDone() bool {
	return s == ImplementedToALesserExtent || s == ImplementedSubstantially
}

// MarshalText implements encoding.TextMarshaler.
func (s Implementation) MarshalText() ([]byte, error) {
	return enumtext.Marshal(s, numImplementations, "implementation")
}

// UnmarshalText implements encoding.TextUnmarshaler. The zero value's name
// is refused: a state of progress is always given.
func (s *Implementation) UnmarshalText(b []byte) error {
	return enumtext.UnmarshalNonZero(s, numImplementations, "implementation", b)
}
