package egov

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/digitaldistrict/egovkit/internal/enumtext"
)

// A Municipality is a local self-government unit (LSG): a city (grad) or a
// municipality (opština).
type Municipality struct {
	// ID identifies the municipality. Zero means "derive it from Key"
	// (see ResolvedID).
	ID MunicipalityID
	// Key is the Latin name folded to lower-case ASCII (see Fold): "cacak",
	// "veliko-gradiste". It is the municipality's natural key.
	Key string
	// Name is the official name in both scripts.
	Name Name
	// Status says whether the LSG is a city or a municipality.
	Status Status
	// District is the administrative district (okrug) in English
	// ("Moravica"), DistrictSerbian its Serbian Latin name ("Moravički")
	// and DistrictCyrillic its Serbian Cyrillic name ("Моравички"); see
	// DistrictName.
	District         string
	DistrictSerbian  string
	DistrictCyrillic string
	// Population is the census population, which may be unknown.
	Population Population
	// RegistrationNumber and StatisticalCode are official codes; empty
	// means unknown.
	RegistrationNumber string
	StatisticalCode    string
}

// A Name is a name in Serbian Latin and Serbian Cyrillic.
type Name struct {
	Latin    string
	Cyrillic string
}

// In returns the name in the given script: the Cyrillic name for Cyrillic,
// the Latin one for Latin and for any value that is not a script.
func (n Name) In(s Script) string {
	if s == Cyrillic {
		return n.Cyrillic
	}
	return n.Latin
}

// Label returns the name in language l: Cyrillic for SerbianCyrillic, and
// Latin otherwise, English included, as municipalities have no English
// names.
func (n Name) Label(l Language) string { return n.In(l.Script()) }

// DistrictName returns the municipality's district in language l, with
// the fallbacks of Text.In: the Latin name, or the Cyrillic transliterated,
// for Serbian Latin; the English name where a Serbian one is missing.
func (m Municipality) DistrictName(l Language) string {
	return Text{English: m.District, Latin: m.DistrictSerbian, Cyrillic: m.DistrictCyrillic}.In(l)
}

// ResolvedID returns m.ID, or the ID derived from m.Key when m.ID is zero
// (the zero ID when both are empty).
func (m Municipality) ResolvedID() MunicipalityID {
	if !m.ID.IsZero() {
		return m.ID
	}
	return MunicipalityIDOf(m.Key)
}

// Validate reports every problem of m at once in a *ValidationError: a
// missing or malformed key, a key that is not the folded Latin name, missing
// names, an invalid status, a negative population, a census year outside
// the years a Date may hold.
func (m Municipality) Validate() error {
	var ps ProblemList
	m.validate(&ps, "")
	return ps.Err("municipality")
}

func (m Municipality) validate(ps *ProblemList, path string) {
	switch {
	case m.Key == "":
		ps.Add(field(path, "key"), "", "missing key")
	case !IsKey(m.Key):
		hint := keyHint(m.Key)
		if f := Fold(m.Name.Latin); IsKey(f) {
			hint = didYouMean(f)
		}
		ps.Add(field(path, "key"), m.Key, "key %q is not lower-case ASCII words joined by hyphens%s", m.Key, hint)
	case m.Name.Latin != "" && Fold(m.Name.Latin) != m.Key:
		ps.Add(field(path, "key"), m.Key, "key %q is not the folded Latin name %q", m.Key, Fold(m.Name.Latin))
	}
	if m.Name.Latin == "" {
		ps.Add(field(path, "name.sr_latn"), "", "missing Latin name")
	}
	if m.Name.Cyrillic == "" {
		ps.Add(field(path, "name.sr_cyrl"), "", "missing Cyrillic name")
	}
	if !m.Status.IsValid() {
		ps.Add(field(path, "status"), m.Status.String(), "invalid status %s", m.Status)
	}
	if n, ok := m.Population.Count(); ok && n < 0 {
		ps.Add(field(path, "population.count"), fmt.Sprint(n), "population %d is negative", n)
	}
	if y := m.Population.Year(); y != 0 && (y < MinYear || y > MaxYear) {
		ps.Add(field(path, "population.census_year"), fmt.Sprint(y), "census year %d outside %d…%d", y, MinYear, MaxYear)
	}
}

// Status says whether a local self-government is a city or a municipality.
// Its zero value, StatusUnknown, is valid (the status is not stated), and
// JSON accepts "unknown".
type Status uint8

// The statuses.
const (
	StatusUnknown      Status = iota // not stated
	StatusMunicipality               // opština
	StatusCity                       // grad
	numStatuses
)

// String returns "unknown", "municipality" or "city".
func (s Status) String() string {
	return enumtext.Name(s, "Status", "unknown", "municipality", "city")
}

// IsValid reports whether s is one of the defined statuses.
func (s Status) IsValid() bool { return s < numStatuses }

// MarshalText implements encoding.TextMarshaler.
func (s Status) MarshalText() ([]byte, error) { return enumtext.Marshal(s, numStatuses, "status") }

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *Status) UnmarshalText(b []byte) error {
	return enumtext.Unmarshal(s, numStatuses, "status", b)
}

// A Population is a census count that may be unknown. The zero value is
// unknown: an unknown population is never zero people.
type Population struct {
	count int
	year  int
	known bool
}

// CensusPopulation returns a known population counted in a census year.
func CensusPopulation(count, year int) Population {
	return Population{count: count, year: year, known: true}
}

// Count returns the population and whether it is known.
func (p Population) Count() (int, bool) { return p.count, p.known }

// Year returns the census year, 0 when unknown (for an unknown population,
// or a count whose year was not given).
func (p Population) Year() int { return p.year }

// IsKnown reports whether the population is known.
func (p Population) IsKnown() bool { return p.known }

// String returns the count with thousands separators and its census year,
// "105,612 (2022 census)", or "unknown"; Label says the same in a
// language.
func (p Population) String() string {
	if !p.known {
		return "unknown"
	}
	s := groupThousands(p.count)
	if p.year != 0 {
		s += fmt.Sprintf(" (%d census)", p.year)
	}
	return s
}

// Label returns the population as String does, in language l: "105,612
// (2022 census)", "105.612 (popis 2022)", "105.612 (попис 2022)"; "unknown",
// "nepoznato" or "непознато" when it is not known.
func (p Population) Label(l Language) string {
	if !p.known {
		return phrase{"unknown", "непознато"}.in(l)
	}
	s := l.FormatInt(int64(p.count))
	if p.year != 0 {
		s += " (" + strings.ReplaceAll(phrase{"% census", "попис %"}.in(l), "%", strconv.Itoa(p.year)) + ")"
	}
	return s
}

func groupThousands(n int) string {
	neg := n < 0
	u := uint64(n)
	if neg {
		u = uint64(-(n + 1)) + 1
	}
	s := fmt.Sprint(u)
	out := make([]byte, 0, len(s)+len(s)/3+1)
	if neg {
		out = append(out, '-')
	}
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, s[i])
	}
	return string(out)
}
