package main

import (
	"bytes"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"pgregory.net/rapid"
)

// A text table keeps to the width whatever its cells, as long as its
// columns can: up to six columns of words of up to ten letters (Serbian
// ones among them), and it loses no word.
func TestTextTableKeepsToTheWidth(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		word := rapid.StringOfN(rapid.RuneFrom([]rune("abcčćdđšžАБВЏЉЊ0123456789,.–")), 1, 10, -1)
		cell := rapid.Custom(func(t *rapid.T) string {
			return strings.Join(rapid.SliceOfN(word, 0, 12).Draw(t, "words"), " ")
		})
		n := rapid.IntRange(1, 6).Draw(t, "columns")
		header := rapid.SliceOfN(cell, n, n).Draw(t, "header")
		rows := rapid.SliceOfN(rapid.SliceOfN(cell, n, n), 0, 8).Draw(t, "rows")
		var out bytes.Buffer
		d := &textDoc{w: &out}
		d.table(header, rows)
		if d.err() != nil {
			t.Fatal(d.err())
		}
		for _, line := range strings.Split(out.String(), "\n") {
			if utf8.RuneCountInString(line) > width {
				t.Fatalf("%d columns: %q", utf8.RuneCountInString(line), line)
			}
		}
		// Every word, but that of the header's last cell, which is left out
		// when the last column goes below the rows.
		var want []string
		for _, r := range append([][]string{header[:n-1]}, rows...) {
			for _, c := range r {
				want = append(want, strings.Fields(c)...)
			}
		}
		got := strings.Fields(out.String())
		slices.Sort(got)
		sorted := func(ws []string) []string { ws = slices.Clone(ws); slices.Sort(ws); return ws }
		if !slices.Equal(got, sorted(want)) && !slices.Equal(got, sorted(append(want, strings.Fields(header[n-1])...))) {
			t.Fatalf("words lost or added:\n%s", out.String())
		}
	})
}
