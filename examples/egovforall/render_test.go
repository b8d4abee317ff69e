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

// TestWrapKeepsDatesWhole checks that a Serbian date is never split across
// lines, wherever the width falls, and that no word is lost.
func TestWrapKeepsDatesWhole(t *testing.T) {
	text := "odgovori od 27. 11. 2025. zamenjuju profil od (20. 11. 2025.) i 3. sedmicu"
	for w := 16; w <= 80; w++ { // from the widest date, "(20. 11. 2025.)"
		lines := wrap(text, w)
		joined := strings.Join(lines, " ")
		if joined != text {
			t.Fatalf("width %d: wrap lost or changed words: %q", w, joined)
		}
		for _, l := range lines {
			if strings.HasSuffix(l, " 27.") || strings.HasSuffix(l, " 27. 11.") || strings.HasSuffix(l, "(20.") ||
				strings.HasSuffix(l, "(20. 11.") {
				t.Errorf("width %d: a date or ordinal is split after %q", w, l)
			}
			if n := utf8.RuneCountInString(l); n > w {
				t.Errorf("width %d: line %q is %d wide", w, l, n)
			}
		}
	}
}
