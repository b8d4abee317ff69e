package egov_test

import (
	"encoding"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/digitaldistrict/egovkit/egov"
)

// enumCase describes one enum of the package for the table below: its
// values 0..255 as text marshalers and unmarshalers, and whether a value is
// valid wherever the type is used (nil for enums with no IsValid).
type enumCase struct {
	name      string
	value     func(i int) fmt.Stringer
	unmarshal func(text string) error
	valid     func(i int) bool
}

func enumCases() []enumCase {
	return []enumCase{
		{"AdoptionStage", func(i int) fmt.Stringer { return egov.AdoptionStage(i) },
			func(s string) error { return new(egov.AdoptionStage).UnmarshalText([]byte(s)) },
			func(i int) bool { return egov.AdoptionStage(i).IsValid() }},
		{"Status", func(i int) fmt.Stringer { return egov.Status(i) },
			func(s string) error { return new(egov.Status).UnmarshalText([]byte(s)) },
			func(i int) bool { return egov.Status(i).IsValid() }},
		{"ServiceKind", func(i int) fmt.Stringer { return egov.ServiceKind(i) },
			func(s string) error { return new(egov.ServiceKind).UnmarshalText([]byte(s)) },
			func(i int) bool { return egov.ServiceKind(i).IsValid() }},
		{"Audience", func(i int) fmt.Stringer { return egov.Audience(i) },
			func(s string) error { return new(egov.Audience).UnmarshalText([]byte(s)) },
			func(i int) bool { return egov.Audience(i).IsValid() }},
		{"Severity", func(i int) fmt.Stringer { return egov.Severity(i) },
			func(s string) error { return new(egov.Severity).UnmarshalText([]byte(s)) },
			func(i int) bool { return egov.Severity(i).IsValid() }},
		{"Area", func(i int) fmt.Stringer { return egov.Area(i) },
			func(s string) error { return new(egov.Area).UnmarshalText([]byte(s)) },
			func(i int) bool { return egov.Area(i).IsValid() }},
		{"GoalKind", func(i int) fmt.Stringer { return egov.GoalKind(i) },
			func(s string) error { return new(egov.GoalKind).UnmarshalText([]byte(s)) },
			func(i int) bool { return egov.GoalKind(i).IsValid() }},
		{"MeasureKind", func(i int) fmt.Stringer { return egov.MeasureKind(i) },
			func(s string) error { return new(egov.MeasureKind).UnmarshalText([]byte(s)) },
			func(i int) bool { return i == int(egov.MeasureKindCount) || i == int(egov.MeasureKindShare) }},
		{"HolidayKind", func(i int) fmt.Stringer { return egov.HolidayKind(i) },
			func(s string) error { return new(egov.HolidayKind).UnmarshalText([]byte(s)) },
			func(i int) bool { return egov.HolidayKind(i).IsValid() }},
		{"Script", func(i int) fmt.Stringer { return egov.Script(i) },
			func(s string) error { return new(egov.Script).UnmarshalText([]byte(s)) },
			func(i int) bool { return i == int(egov.Latin) || i == int(egov.Cyrillic) }},
	}
}

var wantOneOf = regexp.MustCompile(`\(want one of ([^)]*)\)$`)

// TestEnumErrorsListOnlyAcceptedNames checks, for every enum, that JSON
// accepts exactly the names of the values that are valid, and that the
// "want one of" list of an error names exactly those: no list offers a
// name that is then refused ("unspecified" for a goal).
func TestEnumErrorsListOnlyAcceptedNames(t *testing.T) {
	for _, c := range enumCases() {
		var accepted []string
		for i := range 256 {
			name := c.value(i).String()
			if strings.Contains(name, "(") {
				continue // no name: "GoalKind(10)"
			}
			if err := c.unmarshal(name); (err == nil) != c.valid(i) {
				t.Errorf("%s %q: valid %v, but UnmarshalText says %v", c.name, name, c.valid(i), err)
			}
			if c.valid(i) {
				accepted = append(accepted, name)
			}
		}
		for _, text := range []string{"no-such-name", c.value(0).String()} {
			err := c.unmarshal(text)
			if err == nil {
				continue
			}
			m := wantOneOf.FindStringSubmatch(err.Error())
			if m == nil {
				t.Errorf("%s %q: error %q lists no choices", c.name, text, err)
				continue
			}
			if listed := strings.Split(m[1], ", "); !slices.Equal(listed, accepted) {
				t.Errorf("%s: error lists %q, but %q are accepted", c.name, listed, accepted)
			}
		}
	}
}

// TestEnumZeroNames pins down, enum by enum, whether the zero value's name
// is accepted in input; the type's doc comment says the same.
func TestEnumZeroNames(t *testing.T) {
	cases := []struct {
		zero     encoding.TextMarshaler
		unmarsh  encoding.TextUnmarshaler
		accepted bool
	}{
		{egov.StageUnknown, new(egov.AdoptionStage), true},
		{egov.StatusUnknown, new(egov.Status), true},
		{egov.AudienceUnspecified, new(egov.Audience), true},
		{egov.SeverityUnrated, new(egov.Severity), true},
		{egov.AreaUnspecified, new(egov.Area), true},
		{egov.Latin, new(egov.Script), true},
		{egov.ServiceKindUnspecified, new(egov.ServiceKind), false},
		{egov.GoalUnspecified, new(egov.GoalKind), false},
		{egov.MeasureKindUndefined, new(egov.MeasureKind), false},
		{egov.HolidayKindUnspecified, new(egov.HolidayKind), false},
	}
	for _, c := range cases {
		name, err := c.zero.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		err = c.unmarsh.UnmarshalText(name)
		if (err == nil) != c.accepted {
			t.Errorf("%T %q: accepted %v, want %v", c.zero, name, err == nil, c.accepted)
		}
		if err != nil && !strings.Contains(err.Error(), "stands for none given") {
			t.Errorf("%T %q: %v does not say why", c.zero, name, err)
		}
	}
}
