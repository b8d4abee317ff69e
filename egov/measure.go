package egov

import "github.com/digitaldistrict/egovkit/internal/enumtext"

// A Measure names a quantity recorded in a Profile. The set of measures is
// closed: a profile with a measure not listed here is invalid, so a typo
// ("staf") is caught rather than silently ignored.
type Measure string

// The measures a profile may record.
const (
	// MeasureStaff is the number of people the LSG administration employs.
	MeasureStaff Measure = "staff"
	// MeasureStaffTrained is how many of them have been trained to work
	// with the national platforms. Part of MeasureStaff.
	MeasureStaffTrained Measure = "staff-trained"
	// MeasureEIDOfficers is how many staff are authorised to register
	// citizens for ConsentID. Part of MeasureStaff.
	MeasureEIDOfficers Measure = "eid-registration-officers"
	// MeasureCitizenEServices is the number of the LSG's procedures that
	// citizens can complete online.
	MeasureCitizenEServices Measure = "eservices-for-citizens"
	// MeasureBusinessEServices is the number of the LSG's procedures that
	// businesses can complete online.
	MeasureBusinessEServices Measure = "eservices-for-businesses"
	// MeasureElectronicCaseShare is the share of cases handled
	// electronically, from 0 to 1.
	MeasureElectronicCaseShare Measure = "cases-handled-electronically"
	// MeasureRegisteredECitizens is the number of residents with an eGrađanin
	// (eID) account.
	MeasureRegisteredECitizens Measure = "registered-ecitizens"
)

// MeasureKind says what values a measure takes. Its zero value,
// MeasureKindUndefined, belongs to names that are not measures; JSON
// refuses its name "undefined".
type MeasureKind uint8

// The kinds of measure.
const (
	MeasureKindUndefined MeasureKind = iota
	MeasureKindCount                 // a whole number, zero or more
	MeasureKindShare                 // a number from 0 to 1
	numMeasureKinds
)

// String returns "undefined", "count" or "share".
func (k MeasureKind) String() string {
	return enumtext.Name(k, "MeasureKind", "undefined", "count", "share")
}

// MarshalText implements encoding.TextMarshaler.
func (k MeasureKind) MarshalText() ([]byte, error) {
	return enumtext.Marshal(k, numMeasureKinds, "measure kind")
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *MeasureKind) UnmarshalText(b []byte) error {
	return enumtext.UnmarshalNonZero(k, numMeasureKinds, "measure kind", b)
}

// Measures returns every defined measure, in a fixed order.
func Measures() []Measure {
	return []Measure{
		MeasureStaff, MeasureStaffTrained, MeasureEIDOfficers,
		MeasureCitizenEServices, MeasureBusinessEServices,
		MeasureElectronicCaseShare, MeasureRegisteredECitizens,
	}
}

// Kind returns the kind of m, or MeasureKindUndefined if m is not a measure.
func (m Measure) Kind() MeasureKind {
	switch m {
	case MeasureStaff, MeasureStaffTrained, MeasureEIDOfficers,
		MeasureCitizenEServices, MeasureBusinessEServices, MeasureRegisteredECitizens:
		return MeasureKindCount
	case MeasureElectronicCaseShare:
		return MeasureKindShare
	}
	return MeasureKindUndefined
}

// IsDefined reports whether m is one of the defined measures.
func (m Measure) IsDefined() bool { return m.Kind() != MeasureKindUndefined }

// Whole returns the measure m is a part of, if any: staff trained and eID
// registration officers are part of staff, so neither may exceed it.
func (m Measure) Whole() (Measure, bool) {
	switch m {
	case MeasureStaffTrained, MeasureEIDOfficers:
		return MeasureStaff, true
	}
	return "", false
}
