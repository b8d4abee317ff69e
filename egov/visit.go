package egov

import (
	"slices"
	"strconv"
	"strings"
)

// A Visit is one visit of the programme team to a municipality: who came,
// when, what they found and which priorities were agreed.
type Visit struct {
	// ID identifies the visit. Zero means "derive it from the municipality
	// and the date" (see ResolvedID).
	ID VisitID `json:"id,omitzero"`
	// Municipality is the key of the municipality visited ("cacak").
	Municipality string `json:"municipality"`
	// Date is the day of the visit.
	Date Date `json:"date"`
	// DateIllustrative marks a date that no source gives: an example value,
	// not a record.
	DateIllustrative bool `json:"date_illustrative,omitempty"`
	// Team lists the visiting team by role or opaque ID; the library needs
	// no personal data.
	Team []string `json:"team,omitempty"`
	// Findings are what the team observed.
	Findings []Finding `json:"findings,omitempty"`
	// Priorities are the goals agreed, each with a unique positive rank.
	Priorities []Priority `json:"priorities,omitempty"`
	// Source is where the record of the visit comes from.
	Source string `json:"source,omitempty"`
}

// ResolvedID returns v.ID, or the ID derived from the municipality and the
// date ("visit:cacak:2025-11-20") when v.ID is zero. It is the zero ID for
// a visit with neither an ID nor both a municipality and a date.
func (v Visit) ResolvedID() VisitID {
	if !v.ID.IsZero() {
		return v.ID
	}
	return VisitIDOf(v.Municipality, v.Date)
}

// FindingID returns the ID of the visit's i-th finding (counting from 0):
// derived from the visit's ID and the finding's position, so that plans can
// trace a step back to it. It is the zero ID for a negative i and for a
// visit without an ID (see ResolvedID).
func (v Visit) FindingID(i int) FindingID {
	id := v.ResolvedID()
	if i < 0 || id.IsZero() {
		return FindingID{}
	}
	return DeriveID[Finding]("finding:" + id.String() + ":" + strconv.Itoa(i+1))
}

// PriorityID returns the ID of the visit's priority with the given rank,
// derived from the visit's ID and the rank. It is the zero ID for a rank
// that is not positive and for a visit without an ID (see ResolvedID).
func (v Visit) PriorityID(rank int) PriorityID {
	id := v.ResolvedID()
	if rank <= 0 || id.IsZero() {
		return PriorityID{}
	}
	return DeriveID[Priority]("priority:" + id.String() + ":" + strconv.Itoa(rank))
}

// Clone returns a deep copy of v.
func (v Visit) Clone() Visit {
	v.Team = slices.Clone(v.Team)
	v.Findings = slices.Clone(v.Findings)
	v.Priorities = slices.Clone(v.Priorities)
	return v
}

// PrioritiesByRank returns the priorities ordered by rank (1 first), ties
// (only possible in an invalid visit) in their given order.
func (v Visit) PrioritiesByRank() []Priority {
	out := slices.Clone(v.Priorities)
	slices.SortStableFunc(out, func(a, b Priority) int { return cmpInt(a.Rank, b.Rank) })
	return out
}

// Validate reports every problem of v at once in a *ValidationError: a
// missing or malformed municipality key, a missing date, empty team
// entries, findings without an observation or without a service and an
// area, severities and areas out of range, priorities with a rank that is
// not positive or not unique, goals that are missing, out of range or need
// a service they do not name, and services the catalogue does not hold.
// With a nil catalogue, service keys are checked for form only.
func (v Visit) Validate(c *Catalog) error {
	var ps ProblemList
	v.validate(&ps, c)
	return ps.Err("visit")
}

func (v Visit) validate(ps *ProblemList, c *Catalog) {
	validateMunicipalityRef(ps, "municipality", v.Municipality)
	if v.Date.IsZero() {
		ps.Add("date", "", "missing date")
	}
	for i, member := range v.Team {
		if strings.TrimSpace(member) == "" {
			ps.Add(index("team", i), member, "empty team entry")
		}
	}
	for i, f := range v.Findings {
		path := index("findings", i)
		if strings.TrimSpace(f.Observation) == "" {
			ps.Add(field(path, "observation"), f.Observation, "finding has no observation")
		}
		if f.Service != "" {
			validateServiceRef(ps, field(path, "service"), f.Service, c)
		}
		if f.Service == "" && f.Area == AreaUnspecified && ps.Readable(path) {
			ps.Add(path, "", "finding names neither a service nor an area")
		}
		if !f.Area.IsValid() {
			ps.Add(field(path, "area"), f.Area.String(), "area %s out of range", f.Area)
		}
		if !f.Severity.IsValid() {
			ps.Add(field(path, "severity"), f.Severity.String(), "severity %s out of range", f.Severity)
		}
	}
	firstRank := make(map[int]int, len(v.Priorities))
	for i, p := range v.Priorities {
		path := index("priorities", i)
		rank := strconv.Itoa(p.Rank)
		if p.Rank <= 0 {
			ps.Add(field(path, "rank"), rank, "rank %d is not positive", p.Rank)
		} else if j, dup := firstRank[p.Rank]; dup {
			ps.Add(field(path, "rank"), rank, "rank %d already given to priorities[%d]", p.Rank, j)
		} else {
			firstRank[p.Rank] = i
		}
		switch {
		case p.Goal == GoalUnspecified:
			ps.Add(field(path, "goal"), "", "missing goal")
		case !p.Goal.IsValid():
			ps.Add(field(path, "goal"), p.Goal.String(), "goal %s out of range", p.Goal)
		case p.Goal.NeedsService() && p.Service == "":
			ps.Add(field(path, "service"), "", "goal %s needs a service", p.Goal)
		}
		if p.Service != "" {
			validateServiceRef(ps, field(path, "service"), p.Service, c)
		}
	}
}
