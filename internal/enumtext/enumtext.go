package enumtext

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/digitaldistrict/egovkit/internal/suggest"
)

// Enum is the shape of an egovkit enum: a small unsigned integer whose
// String method returns its lower-kebab name.
type Enum interface {
	~uint8
	String() string
}

// Name returns names[v], or "Type(v)" for a value with no name.
func Name[E ~uint8](v E, typeName string, names ...string) string {
	if int(v) < len(names) {
		return names[v]
	}
	return typeName + "(" + strconv.Itoa(int(v)) + ")"
}

// Marshal returns v's name, or an error for a value outside 0..count-1. It
// writes the zero value's name too, even for an enum read with
// UnmarshalNonZero: an invalid value then comes back as an error, never as
// a different valid one.
func Marshal[E Enum](v, count E, what string) ([]byte, error) {
	if v >= count {
		return nil, fmt.Errorf("invalid %s %d", what, uint8(v))
	}
	return []byte(v.String()), nil
}

// Unmarshal sets *p to the value named text, for an enum whose every value,
// the zero value included, is accepted in input ("unknown" for a stage not
// observed). An unknown name leaves *p alone and returns an error that
// names the nearest name, if one is close, and lists every name. A nil p
// is an error too.
func Unmarshal[E Enum](p *E, count E, what string, text []byte) error {
	return unmarshal(p, 0, count, what, text)
}

// UnmarshalNonZero sets *p to the value named text, for an enum whose zero
// value stands for "not given" and is valid nowhere (a goal, a service's
// kind): the zero's name is refused, and the error lists only the names
// that are accepted. A field left out of a document keeps the zero value,
// and the validation that follows reports it as missing.
func UnmarshalNonZero[E Enum](p *E, count E, what string, text []byte) error {
	if len(text) > 0 && string(text) == E(0).String() {
		return fmt.Errorf("%s %q stands for none given and is not accepted (want one of %s)",
			what, text, strings.Join(names(E(1), count), ", "))
	}
	return unmarshal(p, 1, count, what, text)
}

func unmarshal[E Enum](p *E, first, count E, what string, text []byte) error {
	if p == nil {
		return fmt.Errorf("cannot decode %s %q into a nil pointer", what, text)
	}
	for v := first; v < count; v++ {
		if v.String() == string(text) {
			*p = v
			return nil
		}
	}
	accepted := names(first, count)
	hint := ""
	if near, ok := suggest.Nearest(string(text), accepted); ok {
		hint = fmt.Sprintf("; did you mean %q?", near)
	}
	return fmt.Errorf("unknown %s %q%s (want one of %s)", what, text, hint, strings.Join(accepted, ", "))
}

// names returns the names of first..count-1.
func names[E Enum](first, count E) []string {
	out := make([]string, 0, int(count))
	for v := first; v < count; v++ {
		out = append(out, v.String())
	}
	return out
}
