package plan

import (
	"fmt"
	"strconv"

	"github.com/digitaldistrict/egovkit/egov"
)

// index appends "[i]" to a path.
func index(path string, i int) string { return path + "[" + strconv.Itoa(i) + "]" }

// notAKey adds a problem about a key that is not lower-case ASCII words
// joined by hyphens, offering its folded form when that is a key
// ("Vranje" → "vranje").
func notAKey(ps *egov.ProblemList, path, what, key string) {
	hint := ""
	if f := egov.Fold(key); egov.IsKey(f) {
		hint = fmt.Sprintf(" (did you mean %q?)", f)
	}
	ps.Add(path, key, "%s %q is not lower-case ASCII words joined by hyphens%s", what, key, hint)
}
