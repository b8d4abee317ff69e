package enumtext_test

import (
	"strings"
	"testing"

	"github.com/digitaldistrict/egovkit/internal/enumtext"
)

type colour uint8

const (
	red colour = iota
	green
	numColours
)

func (c colour) String() string { return enumtext.Name(c, "colour", "red", "green") }

// goal is an enum whose zero value means "none given".
type goal uint8

const (
	goalNone goal = iota
	goalTrain
	goalPromote
	numGoals
)

func (g goal) String() string { return enumtext.Name(g, "goal", "unspecified", "train", "promote") }

func TestRoundTrip(t *testing.T) {
	for c := colour(0); c < numColours; c++ {
		b, err := enumtext.Marshal(c, numColours, "colour")
		if err != nil {
			t.Fatal(err)
		}
		var back colour
		if err := enumtext.Unmarshal(&back, numColours, "colour", b); err != nil || back != c {
			t.Errorf("%s: got %v, %v", c, back, err)
		}
	}
	if _, err := enumtext.Marshal(colour(7), numColours, "colour"); err == nil {
		t.Error("out-of-range value marshals")
	}
	if s := colour(7).String(); s != "colour(7)" {
		t.Errorf("String of an unnamed value: %q", s)
	}
	back := green
	err := enumtext.Unmarshal(&back, numColours, "colour", []byte("blue"))
	if err == nil || back != green || err.Error() != `unknown colour "blue" (want one of red, green)` {
		t.Errorf("Unmarshal(blue): %v, left %v", err, back)
	}
}

func TestErrorsListOnlyAcceptedNames(t *testing.T) {
	cases := []struct {
		text string
		want string // the error, or "" for success
	}{
		{"train", ""},
		{"promote", ""},
		{"unspecified", `goal "unspecified" stands for none given and is not accepted (want one of train, promote)`},
		{"trian", `unknown goal "trian"; did you mean "train"? (want one of train, promote)`},
		{"Promote", `unknown goal "Promote"; did you mean "promote"? (want one of train, promote)`},
		{"", `unknown goal "" (want one of train, promote)`},
		{"unspecifie", `unknown goal "unspecifie" (want one of train, promote)`},
	}
	for _, c := range cases {
		g := goalPromote
		err := enumtext.UnmarshalNonZero(&g, numGoals, "goal", []byte(c.text))
		switch {
		case c.want == "" && (err != nil || g.String() != c.text):
			t.Errorf("UnmarshalNonZero(%q) = %v, %v", c.text, g, err)
		case c.want != "" && (err == nil || err.Error() != c.want || g != goalPromote):
			t.Errorf("UnmarshalNonZero(%q) = %v, left %v; want %s", c.text, err, g, c.want)
		}
	}
	// Marshal still names the zero value, so an invalid value read back is
	// an error rather than a different valid value.
	b, err := enumtext.Marshal(goalNone, numGoals, "goal")
	if err != nil || string(b) != "unspecified" {
		t.Errorf("Marshal(zero) = %q, %v", b, err)
	}
	if err := enumtext.UnmarshalNonZero(new(goal), numGoals, "goal", b); err == nil {
		t.Error("the zero's name was accepted")
	}
	// Unmarshal accepts the zero's name where the zero is a value.
	c := green
	if err := enumtext.Unmarshal(&c, numColours, "colour", []byte("red")); err != nil || c != red {
		t.Errorf("Unmarshal(red) = %v, %v", c, err)
	}
	if !strings.Contains(enumtext.Unmarshal(&c, numColours, "colour", []byte("gren")).Error(), `did you mean "green"?`) {
		t.Error("no suggestion for gren")
	}
}
