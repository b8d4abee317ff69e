package suggest_test

import (
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/digitaldistrict/egovkit/internal/suggest"
)

func TestNearest(t *testing.T) {
	measures := []string{"staff", "staff-trained", "eid-registration-officers", "registered-ecitizens"}
	services := []string{"ddc", "eid", "episarnica", "ezup", "pisarnica"}
	cases := []struct {
		got   string
		names []string
		want  string // "" for no suggestion
	}{
		{"staf", measures, "staff"},
		{"Staff", measures, "staff"},
		{"staff-trianed", measures, "staff-trained"}, // a swap is one edit
		{"staff", measures, ""},                      // known: nothing to suggest
		{"budget", measures, ""},
		{"ezupp", services, "ezup"},
		{"ePisarnica", services, "episarnica"},
		{"episarnca", services, "episarnica"},
		{"pisarnca", services, "pisarnica"},
		{"ed", services, ""},     // too short to guess
		{"EID", services, "eid"}, // but case alone is always a slip
		{"edc", services, "ddc"}, // first of the equally near ddc and eid
		{"xyz", services, ""},
		{strings.Repeat("a", 65), []string{strings.Repeat("a", 64)}, ""},
		{"staf", nil, ""},
	}
	for _, c := range cases {
		got, ok := suggest.Nearest(c.got, c.names)
		if got != c.want || ok != (c.want != "") {
			t.Errorf("Nearest(%q) = %q, %v; want %q", c.got, got, ok, c.want)
		}
	}
}

// levenshteinOSA is the textbook full-table optimal string alignment
// distance, the reference for the banded, early-stopping one.
func levenshteinOSA(a, b []rune) int {
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(a)][len(b)]
}

// TestNearestAgreesWithReference checks Nearest against a search over the
// full distance table: it suggests exactly the first nearest name within
// the limit.
func TestNearestAgreesWithReference(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		word := rapid.StringMatching(`[a-dA-D-]{0,8}`)
		got := word.Draw(t, "got")
		names := rapid.SliceOfN(word, 0, 6).Draw(t, "names")
		n := len(got)
		limit := 2
		switch {
		case n < 3:
			limit = 0
		case n <= 5:
			limit = 1
		}
		want, wantOK, best := "", false, limit+1
		known := false
		for _, name := range names {
			if name == got {
				known = true
			}
			if d := levenshteinOSA([]rune(strings.ToLower(got)), []rune(strings.ToLower(name))); d < best {
				want, wantOK, best = name, true, d
			}
		}
		if known {
			want, wantOK = "", false
		}
		s, ok := suggest.Nearest(got, names)
		if s != want || ok != wantOK {
			t.Fatalf("Nearest(%q, %q) = %q, %v; want %q, %v", got, names, s, ok, want, wantOK)
		}
	})
}
