package enumtext

import (
	"fmt"
	"strconv"
	"strings"
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

// Marshal returns v's name, or an error for a value outside 0..count-1.
func Marshal[E Enum](v, count E, what string) ([]byte, error) {
	if v >= count {
		return nil, fmt.Errorf("invalid %s %d", what, uint8(v))
	}
	return []byte(v.String()), nil
}

// Unmarshal sets *p to the value named text. An unknown name leaves *p alone
// and returns an error that lists the names there are.
func Unmarshal[E Enum](p *E, count E, what string, text []byte) error {
	for v := E(0); v < count; v++ {
		if v.String() == string(text) {
			*p = v
			return nil
		}
	}
	names := make([]string, 0, int(count))
	for v := E(0); v < count; v++ {
		names = append(names, v.String())
	}
	return fmt.Errorf("unknown %s %q (want one of %s)", what, text, strings.Join(names, ", "))
}
