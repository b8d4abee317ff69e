package maturity

import (
	"strconv"
	"strings"

	"github.com/digitaldistrict/egovkit/internal/strictjson"
)

// keyPath names the entry of a map in a problem's path. Every path in the
// package writes a key one way, the strict JSON decoder's: joined with a
// dot when it is lower-case ASCII words joined by hyphens
// (values.episarnica), and quoted in brackets otherwise (values["ePisarnica"],
// values["odd key"]), so that a key reads the same whether decoding or
// validation found the problem, and a path never hides what was passed.
func keyPath(path, key string) string { return strictjson.JoinKey(path, key) }

// suggest returns `; did you mean "k"?` for the key among keys closest to
// an unknown one (the same but for case, or at most two edits away), and ""
// when none is close.
func suggest(unknown string, keys []string) string {
	lower := strings.ToLower(unknown)
	best, bestDist := "", 3
	for _, k := range keys {
		if d := editDistance(lower, k, bestDist); d < bestDist {
			best, bestDist = k, d
		}
	}
	if best == "" {
		return ""
	}
	return "; did you mean " + strconv.Quote(best) + "?"
}

// editDistance returns the Levenshtein distance between a and b in bytes,
// or limit when it is limit or more (keys are ASCII).
func editDistance(a, b string, limit int) int {
	if d := len(a) - len(b); d >= limit || -d >= limit {
		return limit
	}
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
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			rowMin = min(rowMin, cur[j])
		}
		if rowMin >= limit {
			return limit
		}
		prev, cur = cur, prev
	}
	return min(prev[len(b)], limit)
}
