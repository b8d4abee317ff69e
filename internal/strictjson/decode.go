package strictjson

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Problem is one thing wrong with a document: where, the offending value as
// written (possibly shortened), and why.
type Problem struct {
	Path   string
	Value  string
	Reason string
	// Err is the typed error behind a problem with an exceeded limit, made
	// by Limits.LimitError; nil for other problems.
	Err error
}

// Limits bounds the documents Decode accepts. A zero field takes the default.
type Limits struct {
	MaxBytes    int // default DefaultMaxBytes
	MaxDepth    int // default DefaultMaxDepth
	MaxProblems int // default DefaultMaxProblems; further problems are summarised
	// LimitError, when set, makes the typed error of a problem with an
	// exceeded limit: what is "document size" or "nesting depth", found is
	// 0 when not counted.
	LimitError func(what string, limit, found int64) error
}

func (l Limits) limitErr(what string, limit, found int64) error {
	if l.LimitError == nil {
		return fmt.Errorf("%s: more than the limit of %d", what, limit)
	}
	return l.LimitError(what, limit, found)
}

// Defaults for Limits.
const (
	DefaultMaxBytes    = 16 << 20
	DefaultMaxDepth    = 32
	DefaultMaxProblems = 100
)

// maxValueLen is how much of an offending value a problem quotes.
const maxValueLen = 64

var (
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
	rawMessageType      = reflect.TypeFor[json.RawMessage]()
)

// Decode checks data against the type of *v and, if it fits exactly, decodes
// it into v, which must be a non-nil pointer. It returns the problems found;
// v is changed only when there are none.
func Decode(data []byte, v any, lim Limits) []Problem {
	lim = lim.withDefaults()
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return []Problem{{Reason: "decode target is not a non-nil pointer"}}
	}
	if len(data) > lim.MaxBytes {
		return []Problem{{Reason: fmt.Sprintf("document is %d bytes, more than the limit of %d", len(data), lim.MaxBytes),
			Err: lim.limitErr("document size", int64(lim.MaxBytes), int64(len(data)))}}
	}
	if !utf8.Valid(data) {
		return []Problem{{Reason: "document is not valid UTF-8"}}
	}
	c := checker{dec: json.NewDecoder(bytes.NewReader(data)), lim: lim}
	c.dec.UseNumber()
	if len(bytes.TrimSpace(data)) == 0 {
		return []Problem{{Reason: "document is empty"}}
	}
	c.value(rv.Type().Elem(), "", 0)
	if c.fatal == nil {
		if _, err := c.dec.Token(); !errors.Is(err, io.EOF) {
			c.add("", "", "trailing data after the document")
		}
	}
	if c.fatal != nil {
		c.problems = append(c.problems, *c.fatal)
	}
	if c.dropped > 0 {
		c.problems = append(c.problems, Problem{Reason: fmt.Sprintf("and %d more problems", c.dropped)})
	}
	if len(c.problems) > 0 {
		return c.problems
	}
	if err := json.Unmarshal(data, v); err != nil {
		return []Problem{{Reason: err.Error()}}
	}
	return nil
}

func (l Limits) withDefaults() Limits {
	if l.MaxBytes <= 0 {
		l.MaxBytes = DefaultMaxBytes
	}
	if l.MaxDepth <= 0 {
		l.MaxDepth = DefaultMaxDepth
	}
	if l.MaxProblems <= 0 {
		l.MaxProblems = DefaultMaxProblems
	}
	return l
}

type checker struct {
	dec      *json.Decoder
	lim      Limits
	fields   map[reflect.Type]map[string]reflect.Type // jsonFields, per type, once a document
	problems []Problem
	dropped  int
	fatal    *Problem // a syntax error or an exceeded limit: reading stops
}

func (c *checker) add(path, value, reason string) {
	if len(c.problems) >= c.lim.MaxProblems {
		c.dropped++
		return
	}
	c.problems = append(c.problems, Problem{Path: path, Value: shorten(value), Reason: reason})
}

func (c *checker) token() (json.Token, bool) {
	if c.fatal != nil {
		return nil, false
	}
	tok, err := c.dec.Token()
	if err != nil {
		reason := err.Error()
		var se *json.SyntaxError
		if errors.As(err, &se) {
			reason = fmt.Sprintf("malformed JSON at byte %d: %s", se.Offset, se.Error())
		} else if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			reason = "malformed JSON: unexpected end of document"
		}
		c.fatal = &Problem{Reason: reason}
		return nil, false
	}
	return tok, true
}

// value reads one JSON value and checks it against t.
func (c *checker) value(t reflect.Type, path string, depth int) {
	tok, ok := c.token()
	if !ok {
		return
	}
	c.valueFrom(tok, t, path, depth)
}

func (c *checker) valueFrom(tok json.Token, t reflect.Type, path string, depth int) {
	if d, isDelim := tok.(json.Delim); isDelim && (d == '{' || d == '[') && depth+1 > c.lim.MaxDepth {
		c.fatal = &Problem{Path: path, Reason: fmt.Sprintf("nested deeper than the limit of %d", c.lim.MaxDepth),
			Err: c.lim.limitErr("nesting depth", int64(c.lim.MaxDepth), 0)}
		return
	}
	if t == rawMessageType {
		// Any well-formed value: whoever decodes it later checks its shape.
		c.skipFrom(tok, depth)
		return
	}
	if reflect.PointerTo(t).Implements(textUnmarshalerType) {
		s, isString := tok.(string)
		if !isString {
			c.mismatch(tok, path, depth, "a string")
			return
		}
		tu := reflect.New(t).Interface().(encoding.TextUnmarshaler)
		if err := tu.UnmarshalText([]byte(s)); err != nil {
			c.add(path, s, err.Error())
		}
		return
	}
	switch t.Kind() {
	case reflect.Pointer:
		if tok == nil {
			return
		}
		c.valueFrom(tok, t.Elem(), path, depth)
	case reflect.Struct:
		if !isDelim(tok, '{') {
			c.mismatch(tok, path, depth, "an object")
			return
		}
		c.object(t, path, depth+1)
	case reflect.Map:
		if tok == nil {
			return
		}
		if !isDelim(tok, '{') {
			c.mismatch(tok, path, depth, "an object")
			return
		}
		c.mapEntries(t, path, depth+1)
	case reflect.Slice:
		if tok == nil {
			return
		}
		if !isDelim(tok, '[') {
			c.mismatch(tok, path, depth, "an array")
			return
		}
		c.array(t, path, depth+1)
	case reflect.String:
		if _, isString := tok.(string); !isString {
			c.mismatch(tok, path, depth, "a string")
		}
	case reflect.Bool:
		if _, isBool := tok.(bool); !isBool {
			c.mismatch(tok, path, depth, "true or false")
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, isNumber := tok.(json.Number)
		if !isNumber {
			c.mismatch(tok, path, depth, "a whole number")
			return
		}
		if _, err := strconv.ParseInt(string(n), 10, t.Bits()); err != nil {
			c.add(path, string(n), fmt.Sprintf("not a whole number within %d bits", t.Bits()))
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		n, isNumber := tok.(json.Number)
		if !isNumber {
			c.mismatch(tok, path, depth, "a whole number")
			return
		}
		if _, err := strconv.ParseUint(string(n), 10, t.Bits()); err != nil {
			c.add(path, string(n), fmt.Sprintf("not a non-negative whole number within %d bits", t.Bits()))
		}
	case reflect.Interface:
		c.skipFrom(tok, depth)
	default:
		c.add(path, "", fmt.Sprintf("internal: cannot check values of type %s", t))
		c.skipFrom(tok, depth)
	}
}

func (c *checker) object(t reflect.Type, path string, depth int) {
	fields, ok := c.fields[t]
	if !ok {
		if c.fields == nil {
			c.fields = map[reflect.Type]map[string]reflect.Type{}
		}
		fields = jsonFields(t)
		c.fields[t] = fields
	}
	seen := make(map[string]bool, len(fields))
	for {
		tok, ok := c.token()
		if !ok {
			return
		}
		if isDelim(tok, '}') {
			return
		}
		key, _ := tok.(string)
		fpath := join(path, key)
		f, known := fields[key]
		switch {
		case !known:
			c.add(fpath, "", unknownFieldReason(key, fields))
			c.skip(depth)
			continue
		case seen[key]:
			c.add(fpath, "", "field given more than once")
			c.skip(depth)
			continue
		}
		seen[key] = true
		c.value(f, fpath, depth)
	}
}

func unknownFieldReason(key string, fields map[string]reflect.Type) string {
	for name := range fields {
		if strings.EqualFold(name, key) {
			return fmt.Sprintf("unknown field %q (field names are case-sensitive: did you mean %q?)", key, name)
		}
	}
	return fmt.Sprintf("unknown field %q", key)
}

func (c *checker) mapEntries(t reflect.Type, path string, depth int) {
	keyIsText := reflect.PointerTo(t.Key()).Implements(textUnmarshalerType)
	if t.Key().Kind() != reflect.String && !keyIsText {
		c.add(path, "", fmt.Sprintf("internal: cannot check maps keyed by %s", t.Key()))
	}
	seen := make(map[string]bool)
	for {
		tok, ok := c.token()
		if !ok {
			return
		}
		if isDelim(tok, '}') {
			return
		}
		key, _ := tok.(string)
		kpath := joinKey(path, key)
		if seen[key] {
			c.add(kpath, key, "key given more than once")
			c.skip(depth)
			continue
		}
		seen[key] = true
		if keyIsText {
			tu := reflect.New(t.Key()).Interface().(encoding.TextUnmarshaler)
			if err := tu.UnmarshalText([]byte(key)); err != nil {
				c.add(kpath, key, err.Error())
			}
		}
		c.value(t.Elem(), kpath, depth)
	}
}

func (c *checker) array(t reflect.Type, path string, depth int) {
	for i := 0; ; i++ {
		tok, ok := c.token()
		if !ok {
			return
		}
		if isDelim(tok, ']') {
			return
		}
		c.valueFrom(tok, t.Elem(), path+"["+strconv.Itoa(i)+"]", depth)
	}
}

func (c *checker) mismatch(tok json.Token, path string, depth int, want string) {
	c.add(path, describe(tok), "want "+want+", got "+kindOf(tok))
	c.skipFrom(tok, depth)
}

// skip reads and discards one value.
func (c *checker) skip(depth int) {
	tok, ok := c.token()
	if !ok {
		return
	}
	c.skipFrom(tok, depth)
}

// skipFrom discards the rest of a value whose first token is tok.
func (c *checker) skipFrom(tok json.Token, depth int) {
	d, ok := tok.(json.Delim)
	if !ok || (d != '{' && d != '[') {
		return
	}
	for level := 1; level > 0; {
		if depth+level > c.lim.MaxDepth {
			c.fatal = &Problem{Reason: fmt.Sprintf("nested deeper than the limit of %d", c.lim.MaxDepth),
				Err: c.lim.limitErr("nesting depth", int64(c.lim.MaxDepth), 0)}
			return
		}
		t, ok := c.token()
		if !ok {
			return
		}
		if d, isDelim := t.(json.Delim); isDelim {
			switch d {
			case '{', '[':
				level++
			default:
				level--
			}
		}
	}
}

func isDelim(tok json.Token, d json.Delim) bool {
	got, ok := tok.(json.Delim)
	return ok && got == d
}

func kindOf(tok json.Token) string {
	switch v := tok.(type) {
	case nil:
		return "null"
	case bool:
		return "a boolean"
	case json.Number:
		return "a number"
	case string:
		return "a string"
	case json.Delim:
		if v == '{' {
			return "an object"
		}
		return "an array"
	}
	return "something else"
}

func describe(tok json.Token) string {
	switch v := tok.(type) {
	case string:
		return v
	case json.Number:
		return string(v)
	case bool:
		return strconv.FormatBool(v)
	}
	return ""
}

func shorten(s string) string {
	if len(s) <= maxValueLen {
		return s
	}
	cut := maxValueLen
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

// jsonFields maps the JSON names of t's exported fields to their types.
func jsonFields(t reflect.Type) map[string]reflect.Type {
	fields := make(map[string]reflect.Type, t.NumField())
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() && !f.Anonymous {
			continue
		}
		tag, hasTag := f.Tag.Lookup("json")
		if f.Anonymous && !hasTag && f.Type.Kind() == reflect.Struct {
			// encoding/json promotes the fields of an untagged embedded struct.
			for name, ft := range jsonFields(f.Type) {
				if _, shadowed := fields[name]; !shadowed {
					fields[name] = ft
				}
			}
			continue
		}
		name := f.Name
		if hasTag {
			tagName, _, _ := strings.Cut(tag, ",")
			if tagName == "-" {
				continue
			}
			if tagName != "" {
				name = tagName
			}
		}
		fields[name] = f.Type
	}
	return fields
}

// join appends a field name to a path: "visits[0]" + "date".
func join(path, field string) string {
	if path == "" {
		return field
	}
	return path + "." + field
}

// JoinKey appends a map key to a problem's path as the decoder writes it:
// "values.episarnica" for a key of ASCII letters, digits, hyphens and
// underscores, `values["odd key"]` (quoted) for any other. Packages that
// report problems about map entries after decoding use it, so that one key
// is written one way whichever step found the problem.
func JoinKey(path, key string) string { return joinKey(path, key) }

// joinKey appends a map key to a path, quoting keys that are not simple names.
func joinKey(path, key string) string {
	simple := key != ""
	for _, r := range key {
		if r != '-' && r != '_' && (r < '0' || r > '9') && (r < 'a' || r > 'z') && (r < 'A' || r > 'Z') {
			simple = false
			break
		}
	}
	if simple {
		return join(path, key)
	}
	return path + "[" + strconv.Quote(key) + "]"
}
