package egov

import (
	"fmt"

	"github.com/google/uuid"
)

// namespace is the UUID namespace of egovkit's derived IDs, itself derived
// from the project's address, so that it is egovkit's own and the same
// everywhere (see "Identity" in docs/design.md).
func namespace() uuid.UUID {
	return uuid.NewSHA1(uuid.NameSpaceURL, []byte("https://github.com/digitaldistrict/egovkit"))
}

// Namespace returns the UUID namespace of egovkit's derived IDs:
// uuid.NewSHA1(uuid.NameSpaceURL, "https://github.com/digitaldistrict/egovkit").
func Namespace() uuid.UUID { return namespace() }

// An ID identifies one entity of kind T (a Municipality, a Service, a
// Visit, …). The type parameter only keeps IDs of different kinds apart at
// compile time; the value is a UUID. IDs are comparable with == and usable
// as map keys. The zero ID is the nil UUID and means "no ID given".
type ID[T any] struct {
	u uuid.UUID
}

// Typed IDs of the domain's entities.
type (
	// MunicipalityID identifies a Municipality.
	MunicipalityID = ID[Municipality]
	// ServiceID identifies a Service.
	ServiceID = ID[Service]
	// VisitID identifies a Visit.
	VisitID = ID[Visit]
	// FindingID identifies a Finding of a visit.
	FindingID = ID[Finding]
	// PriorityID identifies a Priority agreed at a visit.
	PriorityID = ID[Priority]
)

// DeriveID returns the name-based (version 5) UUID of a natural key in
// egovkit's namespace. Natural keys are "<kind>:<key>", such as
// "municipality:cacak", "service:episarnica" or "visit:cacak:2025-11-20";
// MunicipalityIDOf, ServiceIDOf and VisitIDOf build them for you.
func DeriveID[T any](naturalKey string) ID[T] {
	return ID[T]{u: uuid.NewSHA1(namespace(), []byte(naturalKey))}
}

// IDFromUUID wraps a UUID the caller assigned (from its own database, say).
func IDFromUUID[T any](u uuid.UUID) ID[T] { return ID[T]{u: u} }

// ParseID parses the canonical text form of a UUID
// ("xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx").
func ParseID[T any](s string) (ID[T], error) {
	var id ID[T]
	err := id.UnmarshalText([]byte(s))
	return id, err
}

// MunicipalityIDOf returns the derived ID of the municipality with the given
// key ("cacak" → the ID of "municipality:cacak"), or the zero ID for an
// empty key: nothing identifies a municipality without one.
func MunicipalityIDOf(key string) MunicipalityID {
	if key == "" {
		return MunicipalityID{}
	}
	return DeriveID[Municipality]("municipality:" + key)
}

// ServiceIDOf returns the derived ID of a service ("service:episarnica"),
// or the zero ID for an empty key.
func ServiceIDOf(key ServiceKey) ServiceID {
	if key == "" {
		return ServiceID{}
	}
	return DeriveID[Service]("service:" + string(key))
}

// VisitIDOf returns the derived ID of the visit to a municipality on a date
// ("visit:cacak:2025-11-20"), or the zero ID when the municipality's key is
// empty or the date is the zero Date.
func VisitIDOf(municipality string, d Date) VisitID {
	if municipality == "" || d.IsZero() {
		return VisitID{}
	}
	return DeriveID[Visit]("visit:" + municipality + ":" + d.String())
}

// UUID returns the ID as a UUID.
func (id ID[T]) UUID() uuid.UUID { return id.u }

// IsZero reports whether id is the zero ID (the nil UUID).
func (id ID[T]) IsZero() bool { return id.u == uuid.Nil }

// String returns the canonical text form of the UUID.
func (id ID[T]) String() string { return id.u.String() }

// MarshalText implements encoding.TextMarshaler.
func (id ID[T]) MarshalText() ([]byte, error) { return []byte(id.u.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler. It accepts only the
// canonical form, 36 characters with lower-case hexadecimal digits, so
// that one ID has one spelling.
func (id *ID[T]) UnmarshalText(b []byte) error {
	if id == nil {
		return errNilTarget("ID")
	}
	if len(b) != 36 {
		return fmt.Errorf("invalid ID %q: want a UUID in the form xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx", b)
	}
	u, err := uuid.ParseBytes(b)
	if err != nil {
		return fmt.Errorf("invalid ID %q: %w", b, err)
	}
	if s := u.String(); s != string(b) {
		return fmt.Errorf("invalid ID %q: want lower-case hexadecimal digits%s", b, didYouMean(s))
	}
	id.u = u
	return nil
}
