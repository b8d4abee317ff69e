package maturity

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"hash"
	"reflect"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
)

// A model's identity is its content, not the compilation that made it:
// Compile fingerprints the model (SHA-256 of a canonical encoding of every
// field), and an assessment or a result made with one compilation is
// accepted by any other whose fingerprint is the same. Decimals are
// compared by value (1.50 is 1.5); everything else, names and descriptions
// included, as written. When two models share ID and version but not
// content, diffModels finds the first field that differs, so that the error
// can say what it is.

// fingerprint returns the SHA-256 of m's canonical encoding.
func fingerprint(m Model) [sha256.Size]byte {
	h := sha256.New()
	canon(h, reflect.ValueOf(m))
	var out [sha256.Size]byte
	h.Sum(out[:0])
	return out
}

var decimalType = reflect.TypeFor[decimal.Decimal]()

// canon writes v to h so that two values write the same bytes exactly when
// diff finds no difference between them: slices with their length, leaves
// as length-prefixed text (see leaf).
func canon(h hash.Hash, v reflect.Value) {
	switch {
	case v.Type() == decimalType:
		writeText(h, leaf(v))
	case v.Kind() == reflect.Struct:
		tail := false
		for i := range v.NumField() {
			if v.Type().Field(i).Tag.Get("canon") == "tail" {
				tail = tail || !v.Field(i).IsZero()
				continue
			}
			canon(h, v.Field(i))
		}
		if !tail {
			return
		}
		// Fields added after a model's first format (a dimension's groups
		// and rules) are written only when one of them is set, so that a
		// model that sets none keeps the fingerprint it had before they
		// existed. They follow a length no text or list can have, so that
		// the encoding stays unambiguous.
		writeLen(h, tailMark)
		for i := range v.NumField() {
			if v.Type().Field(i).Tag.Get("canon") == "tail" {
				canon(h, v.Field(i))
			}
		}
	case v.Kind() == reflect.Slice:
		writeLen(h, v.Len())
		for i := range v.Len() {
			canon(h, v.Index(i))
		}
	default:
		writeText(h, leaf(v))
	}
}

// tailMark precedes the fields tagged canon:"tail" in a canonical
// encoding; no length written by writeLen reaches it.
const tailMark = 1<<63 - 1

func writeLen(h hash.Hash, n int) {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], uint64(n)) // a length is never negative
	h.Write(b[:])
}

func writeText(h hash.Hash, s string) {
	writeLen(h, len(s))
	h.Write([]byte(s))
}

// leaf renders a field that holds no other field: a decimal by value, a
// string quoted, an enum by name, a number in decimal.
func leaf(v reflect.Value) string {
	switch {
	case v.Type() == decimalType:
		return fmtDec(v.Interface().(decimal.Decimal))
	case v.Kind() == reflect.String:
		return strconv.Quote(v.String())
	case v.Type().Implements(stringerType):
		return v.Interface().(fmt.Stringer).String()
	case v.CanInt():
		return strconv.FormatInt(v.Int(), 10)
	case v.CanUint():
		return strconv.FormatUint(v.Uint(), 10)
	case v.Kind() == reflect.Bool:
		return strconv.FormatBool(v.Bool())
	}
	return fmt.Sprintf("%#v", v.Interface())
}

var stringerType = reflect.TypeFor[fmt.Stringer]()

// diffModels returns the path of the first field in which a and b differ,
// in the order of the model's fields, and the field's value in each; ok is
// false when they have the same content.
func diffModels(a, b Model) (path, av, bv string, ok bool) {
	return diff(reflect.ValueOf(a), reflect.ValueOf(b), "")
}

func diff(a, b reflect.Value, path string) (string, string, string, bool) {
	switch {
	case a.Type() == decimalType:
	case a.Kind() == reflect.Struct:
		for i := range a.NumField() {
			if p, x, y, ok := diff(a.Field(i), b.Field(i), fieldPath(path, a.Type().Field(i))); ok {
				return p, x, y, true
			}
		}
		return "", "", "", false
	case a.Kind() == reflect.Slice:
		for i := range min(a.Len(), b.Len()) {
			if p, x, y, ok := diff(a.Index(i), b.Index(i), index(path, i)); ok {
				return p, x, y, true
			}
		}
		if a.Len() != b.Len() {
			return path, items(a.Len()), items(b.Len()), true
		}
		return "", "", "", false
	}
	if x, y := leaf(a), leaf(b); x != y {
		return path, x, y, true
	}
	return "", "", "", false
}

// fieldPath names a field as the model's JSON form and its validation
// problems do ("rule.min_stage").
func fieldPath(path string, f reflect.StructField) string {
	name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
	if name == "" {
		name = f.Name
	}
	if path == "" {
		return name
	}
	return path + "." + name
}

func items(n int) string {
	if n == 1 {
		return "1 item"
	}
	return strconv.Itoa(n) + " items"
}
