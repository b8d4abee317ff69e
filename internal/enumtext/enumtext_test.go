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
	if err == nil || back != green || !strings.Contains(err.Error(), "want one of red, green") {
		t.Errorf("Unmarshal(blue): %v, left %v", err, back)
	}
}
