package egov

import (
	"fmt"
	"slices"

	"github.com/digitaldistrict/egovkit/internal/suggest"
)

// maxCatalogHints is the most suggestions one problem list makes by
// searching a catalogue's keys, so that an input with thousands of unknown
// keys is not compared thousands of times with thousands of keys.
const maxCatalogHints = 20

// didYouMean returns `; did you mean "s"?`, to end a problem's reason.
func didYouMean(s string) string { return fmt.Sprintf("; did you mean %q?", s) }

// keyHint offers the fix for a malformed key: its fold ("Vranje" → vranje,
// "Veliko Gradište" → veliko-gradiste), when that is a key.
func keyHint(key string) string {
	if f := Fold(key); f != key && IsKey(f) {
		return didYouMean(f)
	}
	return ""
}

// nearestHint offers the known name got was probably meant to be: the one
// it folds to, or one a slip away (see suggest.Nearest); known is sorted
// or in a fixed order, so the answer is deterministic.
func nearestHint(got string, known []string) string {
	if f := Fold(got); f != got && slices.Contains(known, f) {
		return didYouMean(f)
	}
	if near, ok := suggest.Nearest(got, known); ok {
		return didYouMean(near)
	}
	return ""
}

// catalogHint is nearestHint among the keys of c, within the list's budget
// of catalogue searches.
func (l *ProblemList) catalogHint(got ServiceKey, c *Catalog) string {
	if c == nil || l.hints >= maxCatalogHints {
		return ""
	}
	l.hints++
	return nearestHint(string(got), c.names)
}

// measureHint is nearestHint among the defined measures.
func measureHint(m Measure) string {
	ms := Measures()
	names := make([]string, len(ms))
	for i, d := range ms {
		names[i] = string(d)
	}
	return nearestHint(string(m), names)
}
