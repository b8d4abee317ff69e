package enumtext_test

import (
	"strings"
	"testing"

	"github.com/digitaldistrict/egovkit/internal/enumtext"
)

type color uint8

const (
	red color = iota
	green
	numColors
)

func (c color) String() string { return enumtext.Name(c, "color", "red", "green") }

func TestRoundTrip(t *testing.T) {
	for c := color(0); c < numColors; c++ {
		b, err := enumtext.Marshal(c, numColors, "color")
		if err != nil {
			t.Fatal(err)
		}
		var back color
		if err := enumtext.Unmarshal(&back, numColors, "color", b); err != nil || back != c {
			t.Errorf("%s: got %v, %v", c, back, err)
		}
	}
	if _, err := enumtext.Marshal(color(7), numColors, "color"); err == nil {
		t.Error("out-of-range value marshals")
	}
	if s := color(7).String(); s != "color(7)" {
		t.Errorf("String of an unnamed value: %q", s)
	}
	back := green
	err := enumtext.Unmarshal(&back, numColors, "color", []byte("blue"))
	if err == nil || back != green || !strings.Contains(err.Error(), "want one of red, green") {
		t.Errorf("Unmarshal(blue): %v, left %v", err, back)
	}
	if !enumtext.Valid(green, numColors) || enumtext.Valid(color(2), numColors) {
		t.Error("Valid")
	}
}
