package egov

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// A Problem is one thing wrong with an input: the path of the field it
// concerns ("priorities[2].service"), the offending value as written (empty
// when a value is missing), and a reason that reads well after the path.
type Problem struct {
	Path   string
	Value  string
	Reason string
	// Err, when set, is the typed error behind the problem, such as a
	// *LimitError; errors.As finds it through the *ValidationError.
	Err error
}

// Unwrap returns the typed error behind the problem, if any.
func (p Problem) Unwrap() error { return p.Err }

// A LimitError reports an input beyond one of egovkit's documented limits:
// the largest JSON document, the deepest nesting, the most services,
// indicators or actions. It comes inside a *ValidationError, at the path of
// the problem; use errors.As to find it.
type LimitError struct {
	// What names the limit: "document size", "nesting depth", "services",
	// "indicators", "dimensions", "actions", "horizon", ...
	What  string
	Limit int64
	// Found is how many there were, or 0 when the input was not read to
	// the end to count them.
	Found int64
}

// Error says which limit was exceeded, by how much when known: "services:
// 10001, more than the limit of 10000". A LimitError without What speaks of
// the "input", and a nil *LimitError reads "<nil>".
func (e *LimitError) Error() string {
	if e == nil {
		return "<nil>"
	}
	what := e.What
	if what == "" {
		what = "input"
	}
	if e.Found > 0 {
		return fmt.Sprintf("%s: %d, more than the limit of %d", what, e.Found, e.Limit)
	}
	return fmt.Sprintf("%s: more than the limit of %d", what, e.Limit)
}

// LimitProblem returns a problem about an exceeded limit, carrying a
// *LimitError.
func LimitProblem(path, what string, limit, found int64) Problem {
	e := &LimitError{What: what, Limit: limit, Found: found}
	return Problem{Path: path, Value: fmt.Sprint(found), Reason: e.Error(), Err: e}
}

// Error returns "path: reason", or the reason alone for a problem with the
// document as a whole.
func (p Problem) Error() string {
	if p.Path == "" {
		return p.Reason
	}
	return p.Path + ": " + p.Reason
}

// A ValidationError holds every problem found in one input: a catalogue, a
// profile, a visit, a JSON document. It is the error type of every validating
// and decoding function of egovkit; use errors.As to get at the problems.
// A nil *ValidationError has no problems.
type ValidationError struct {
	// Subject names what was validated: "catalogue", "profile", "visit", …
	Subject  string
	Problems []Problem
}

// Error lists every problem, one per line after the first: "invalid visit:
// 2 problems:\n\t…". Without a Subject it speaks of the "input"; a nil
// *ValidationError reads "<nil>".
func (e *ValidationError) Error() string {
	if e == nil {
		return "<nil>"
	}
	subject := e.Subject
	if subject == "" {
		subject = "input"
	}
	switch len(e.Problems) {
	case 0:
		return "invalid " + subject
	case 1:
		return "invalid " + subject + ": " + e.Problems[0].Error()
	}
	var b strings.Builder
	fmt.Fprintf(&b, "invalid %s: %d problems:", subject, len(e.Problems))
	for _, p := range e.Problems {
		b.WriteString("\n\t")
		b.WriteString(p.Error())
	}
	return b.String()
}

// Unwrap returns the problems as errors, so errors.As finds a Problem.
func (e *ValidationError) Unwrap() []error {
	if e == nil {
		return nil
	}
	errs := make([]error, len(e.Problems))
	for i, p := range e.Problems {
		errs[i] = p
	}
	return errs
}

// Prefixed returns a copy of e whose paths start with prefix, for an input
// that is part of a larger one: a visit at "visits[3]" of a document. The
// prefix of a nil *ValidationError is nil.
func (e *ValidationError) Prefixed(prefix string) *ValidationError {
	if e == nil {
		return nil
	}
	out := &ValidationError{Subject: e.Subject, Problems: make([]Problem, len(e.Problems))}
	for i, p := range e.Problems {
		switch {
		case prefix == "":
		case p.Path == "":
			p.Path = prefix
		case strings.HasPrefix(p.Path, "["):
			p.Path = prefix + p.Path
		default:
			p.Path = prefix + "." + p.Path
		}
		out.Problems[i] = p
	}
	return out
}

// Problems returns the problems of err if it is or wraps a *ValidationError,
// or a single problem holding err's text otherwise, and nil for a nil err
// or a nil *ValidationError.
func Problems(err error) []Problem {
	if err == nil {
		return nil
	}
	var ve *ValidationError
	if errors.As(err, &ve) {
		if ve == nil {
			return nil
		}
		return ve.Problems
	}
	return []Problem{{Reason: err.Error()}}
}

// A ProblemList collects the problems of one input, for code that
// validates its inputs into a *ValidationError as egovkit does. The zero
// value is an empty list ready to use.
//
// After Decode has read a document into a list, the list knows which parts
// of the document could not be read, and drops problems added later at or
// under those parts: a date that was malformed is not reported again as
// missing. Readable tells checks that look at several parts at once
// whether they can trust them.
type ProblemList struct {
	list []Problem
	// lost holds the paths of the parts Decode could not read, and within
	// the ancestors of those paths.
	lost   map[string]bool
	within map[string]bool
	// hints counts the suggestions made by searching a catalogue.
	hints int
}

// Add adds a problem at path about value, its reason formatted as by
// fmt.Sprintf.
func (l *ProblemList) Add(path, value, format string, args ...any) {
	l.add(Problem{Path: path, Value: value, Reason: fmt.Sprintf(format, args...)})
}

func (l *ProblemList) add(p Problem) {
	if !l.lostAt(p.Path) {
		l.list = append(l.list, p)
	}
}

// Append adds problems as they are.
func (l *ProblemList) Append(ps ...Problem) {
	for _, p := range ps {
		l.add(p)
	}
}

// AppendErr adds the problems of err (see Problems) with their paths under
// prefix: the problems of a visit at "visit" become "visit.date", ….
func (l *ProblemList) AppendErr(prefix string, err error) {
	var ve *ValidationError
	if prefix != "" && errors.As(err, &ve) {
		err = ve.Prefixed(prefix)
	}
	l.Append(Problems(err)...)
}

// keyProblems runs check on an empty list sharing l's budget of hints, and
// adds its problems to l even at parts Decode could not read: they concern
// the key of a map entry, which was read even where its value was not.
func (l *ProblemList) keyProblems(check func(*ProblemList)) {
	kp := ProblemList{hints: l.hints}
	check(&kp)
	l.list = append(l.list, kp.list...)
	l.hints = kp.hints
}

// markLost records that the part at path could not be read.
func (l *ProblemList) markLost(path string) {
	if l.lost == nil {
		l.lost, l.within = map[string]bool{}, map[string]bool{}
	}
	l.lost[path] = true
	for _, a := range ancestors(path) {
		l.within[a] = true
	}
}

// lostAt reports whether the part at path, or one holding it, could not be
// read.
func (l *ProblemList) lostAt(path string) bool {
	if len(l.lost) == 0 {
		return false
	}
	if l.lost[path] {
		return true
	}
	for _, a := range ancestors(path) {
		if l.lost[a] {
			return true
		}
	}
	return false
}

// Readable reports whether the part of a decoded document at path was read
// whole: false when Decode could not read it, a part holding it, or a part
// within it. Without Decode every part is readable.
func (l *ProblemList) Readable(path string) bool {
	return !l.lostAt(path) && !l.within[path]
}

// ancestors returns the paths that hold the part at path, longest first:
// "a.b[2].c" is held by "a.b[2]", "a.b" and "a", and every path by "".
func ancestors(path string) []string {
	if path == "" {
		return nil
	}
	var out []string
	for i := len(path) - 1; i > 0; i-- {
		if path[i] == '.' || path[i] == '[' {
			out = append(out, path[:i])
		}
	}
	return append(out, "")
}

// CheckFormat adds a problem at "format" unless a document's format is the
// one wanted.
func (l *ProblemList) CheckFormat(got, want string) {
	switch got {
	case want:
	case "":
		l.Add("format", "", "missing format (want %q)", want)
	default:
		l.Add("format", got, "unsupported format %q (want %q)", got, want)
	}
}

// Len returns the number of problems.
func (l *ProblemList) Len() int { return len(l.list) }

// Err returns a *ValidationError about subject with the problems, or nil
// when there are none.
func (l *ProblemList) Err(subject string) error {
	if len(l.list) == 0 {
		return nil
	}
	return &ValidationError{Subject: subject, Problems: l.list}
}

// index appends "[i]" to a path.
func index(path string, i int) string { return path + "[" + strconv.Itoa(i) + "]" }

// field appends ".name" to a path.
func field(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}
