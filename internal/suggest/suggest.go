package suggest

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// MaxLen is the longest name, in bytes, that Nearest compares: longer input
// gets no suggestion, and longer candidates are passed over, so that the
// work per call stays small.
const MaxLen = 64

// Nearest returns the name among names nearest to got, and true, when one
// is near enough to be a likely slip: the same letters in another case, one
// edit away for names of up to five letters, or two edits away for longer
// ones. It returns "", false when got is itself among names, when got has
// fewer than three letters (unless only its case differs), and when no name
// is near enough. Among equally near names the first in names wins.
func Nearest(got string, names []string) (string, bool) {
	if len(got) > MaxLen || slices.Contains(names, got) {
		return "", false
	}
	n := utf8.RuneCountInString(got)
	limit := 2
	switch {
	case n < 3:
		limit = 0
	case n <= 5:
		limit = 1
	}
	g := []rune(strings.ToLower(got))
	best, bestDist := "", limit+1
	for _, name := range names {
		if bestDist == 0 {
			break
		}
		if len(name) > MaxLen {
			continue
		}
		m := utf8.RuneCountInString(name)
		if m-n > limit || n-m > limit {
			continue
		}
		if d := distance(g, []rune(strings.ToLower(name)), bestDist-1); d < bestDist {
			best, bestDist = name, d
		}
	}
	if bestDist > limit {
		return "", false
	}
	return best, true
}

// distance returns the optimal string alignment distance between a and b
// (edits: insert, delete, replace, swap of neighbours), or a number greater
// than limit once it is sure to exceed limit.
func distance(a, b []rune, limit int) int {
	if limit < 0 {
		return 1
	}
	// Three rows of the dynamic programme: two back (for swaps), one back,
	// and the current one.
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d = min(d, prev2[j-2]+1)
			}
			cur[j] = d
			rowMin = min(rowMin, d)
		}
		if rowMin > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}
