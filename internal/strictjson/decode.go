package strictjson

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/digitaldistrict/egovkit/internal/suggest"
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
	jsonUnmarshalerType = reflect.TypeFor[json.Unmarshaler]()
	rawMessageType      = reflect.TypeFor[json.RawMessage]()
)

// A Result is what Read found in a document.
type Result struct {
	// Problems are the problems found, in the order of the document, at
	// most Limits.MaxProblems of them and then a summary of the rest.
	Problems []Problem
	// Lost are the paths of the values that were in the document but could
	// not be stored (a wrong type, a malformed value, an unknown name): each
	// stays at its zero value in the target. It holds every such path, also
	// those of problems left out of Problems, and the paths of fields left
	// out whose names an unknown field nearly matches ("servce" for
	// "service"): those were given, under a misspelt name.
	Lost []string
	// Readable is false when the document could not be read through: not
	// valid UTF-8, not well-formed JSON, empty, or beyond a limit. The
	// target is then left alone.
	Readable bool
}

// Decode checks data against the type of *v and, if it fits exactly, decodes
// it into v, which must be a non-nil pointer. It returns the problems found;
// v is changed only when there are none, and then replaced whole, as
// encoding/json would fill a zero value.
func Decode(data []byte, v any, lim Limits) []Problem {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return []Problem{{Reason: "decode target is not a non-nil pointer"}}
	}
	fresh := reflect.New(rv.Type().Elem())
	r := read(data, fresh, lim)
	if len(r.Problems) == 0 {
		rv.Elem().Set(fresh.Elem())
		return nil
	}
	return r.Problems
}

// Read decodes data into v, a non-nil pointer, as far as it fits the type
// of *v: every value that fits is stored, every one that does not is
// reported and left at its zero value (see Result.Lost), so that checks of
// the document's content can run on the rest. Unknown and repeated fields
// are reported and skipped. v is replaced whole, unless the document could
// not be read through (Result.Readable is false).
func Read(data []byte, v any, lim Limits) Result {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return Result{Problems: []Problem{{Reason: "decode target is not a non-nil pointer"}}}
	}
	fresh := reflect.New(rv.Type().Elem())
	r := read(data, fresh, lim)
	if r.Readable {
		rv.Elem().Set(fresh.Elem())
	}
	return r
}

// read decodes data into the fresh value that ptr points to.
func read(data []byte, ptr reflect.Value, lim Limits) Result {
	lim = lim.withDefaults()
	if len(data) > lim.MaxBytes {
		return Result{Problems: []Problem{{
			Reason: fmt.Sprintf("document is %d bytes, more than the limit of %d", len(data), lim.MaxBytes),
			Err:    lim.limitErr("document size", int64(lim.MaxBytes), int64(len(data)))}}}
	}
	if !utf8.Valid(data) {
		return Result{Problems: []Problem{{Reason: "document is not valid UTF-8"}}}
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return Result{Problems: []Problem{{Reason: "document is empty"}}}
	}
	c := checker{data: data, dec: json.NewDecoder(bytes.NewReader(data)), lim: lim}
	c.dec.UseNumber()
	c.value(ptr.Type().Elem(), ptr.Elem(), "", 0)
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
	return Result{Problems: c.problems, Lost: c.lost, Readable: c.fatal == nil}
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
	data     []byte
	dec      *json.Decoder
	lim      Limits
	fields   map[reflect.Type]map[string]field // jsonFields, per type, once a document
	problems []Problem
	lost     []string
	dropped  int
	fatal    *Problem // a syntax error or an exceeded limit: reading stops
}

// A field is where a JSON field of a struct is stored.
type field struct {
	index []int
	typ   reflect.Type
}

func (c *checker) add(path, value, reason string) {
	if len(c.problems) >= c.lim.MaxProblems {
		c.dropped++
		return
	}
	c.problems = append(c.problems, Problem{Path: path, Value: shorten(value), Reason: reason})
}

// lose adds a problem with a value that is not stored.
func (c *checker) lose(path, value, reason string) {
	c.add(path, value, reason)
	c.lost = append(c.lost, path)
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

// value reads one JSON value, checks it against t and stores it in dst, a
// settable value of type t.
func (c *checker) value(t reflect.Type, dst reflect.Value, path string, depth int) {
	start := c.dec.InputOffset()
	tok, ok := c.token()
	if !ok {
		return
	}
	c.valueFrom(tok, start, t, dst, path, depth)
}

// valueFrom reads the rest of a value whose first token, tok, began after
// the input offset start.
func (c *checker) valueFrom(tok json.Token, start int64, t reflect.Type, dst reflect.Value, path string, depth int) {
	if d, isDelim := tok.(json.Delim); isDelim && (d == '{' || d == '[') && depth+1 > c.lim.MaxDepth {
		c.fatal = &Problem{Path: path, Reason: fmt.Sprintf("nested deeper than the limit of %d", c.lim.MaxDepth),
			Err: c.lim.limitErr("nesting depth", int64(c.lim.MaxDepth), 0)}
		return
	}
	if t == rawMessageType {
		// Any well-formed value: whoever decodes it later checks its shape.
		if raw, ok := c.raw(tok, start, depth); ok {
			dst.SetBytes(raw)
		}
		return
	}
	if reflect.PointerTo(t).Implements(textUnmarshalerType) {
		s, isString := tok.(string)
		if !isString {
			c.mismatch(tok, path, depth, "a string")
			return
		}
		nv := reflect.New(t)
		if err := nv.Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(s)); err != nil {
			c.lose(path, s, err.Error())
			return
		}
		dst.Set(nv.Elem())
		return
	}
	if t.Kind() != reflect.Pointer && t.Kind() != reflect.Interface && reflect.PointerTo(t).Implements(jsonUnmarshalerType) {
		// A type that decodes itself, as encoding/json would let it.
		raw, ok := c.raw(tok, start, depth)
		if !ok {
			return
		}
		nv := reflect.New(t)
		if err := nv.Interface().(json.Unmarshaler).UnmarshalJSON(raw); err != nil {
			c.lose(path, "", err.Error())
			return
		}
		dst.Set(nv.Elem())
		return
	}
	switch t.Kind() {
	case reflect.Pointer:
		if tok == nil {
			return
		}
		nv := reflect.New(t.Elem())
		c.valueFrom(tok, start, t.Elem(), nv.Elem(), path, depth)
		dst.Set(nv)
	case reflect.Struct:
		if !isDelim(tok, '{') {
			c.mismatch(tok, path, depth, "an object")
			return
		}
		c.object(t, dst, path, depth+1)
	case reflect.Map:
		if tok == nil {
			return
		}
		if !isDelim(tok, '{') {
			c.mismatch(tok, path, depth, "an object")
			return
		}
		c.mapEntries(t, dst, path, depth+1)
	case reflect.Slice:
		if tok == nil {
			return
		}
		if !isDelim(tok, '[') {
			c.mismatch(tok, path, depth, "an array")
			return
		}
		c.array(t, dst, path, depth+1)
	case reflect.String:
		s, isString := tok.(string)
		if !isString {
			c.mismatch(tok, path, depth, "a string")
			return
		}
		dst.SetString(s)
	case reflect.Bool:
		b, isBool := tok.(bool)
		if !isBool {
			c.mismatch(tok, path, depth, "true or false")
			return
		}
		dst.SetBool(b)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, isNumber := tok.(json.Number)
		if !isNumber {
			c.mismatch(tok, path, depth, "a whole number")
			return
		}
		i, err := strconv.ParseInt(string(n), 10, t.Bits())
		if err != nil {
			c.lose(path, string(n), fmt.Sprintf("not a whole number within %d bits", t.Bits()))
			return
		}
		dst.SetInt(i)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		n, isNumber := tok.(json.Number)
		if !isNumber {
			c.mismatch(tok, path, depth, "a whole number")
			return
		}
		u, err := strconv.ParseUint(string(n), 10, t.Bits())
		if err != nil {
			c.lose(path, string(n), fmt.Sprintf("not a non-negative whole number within %d bits", t.Bits()))
			return
		}
		dst.SetUint(u)
	case reflect.Interface:
		raw, ok := c.raw(tok, start, depth)
		if !ok {
			return
		}
		if err := json.Unmarshal(raw, dst.Addr().Interface()); err != nil {
			c.lose(path, "", err.Error())
		}
	default:
		c.lose(path, "", fmt.Sprintf("internal: cannot check values of type %s", t))
		c.skipFrom(tok, depth)
	}
}

// raw reads the rest of a value whose first token, tok, began after the
// input offset start, and returns a copy of its text.
func (c *checker) raw(tok json.Token, start int64, depth int) ([]byte, bool) {
	c.skipFrom(tok, depth)
	if c.fatal != nil {
		return nil, false
	}
	// Between start and the value lie only white space and the separator
	// (":" after a key, "," between elements); no value begins with either.
	text := bytes.TrimLeft(c.data[start:c.dec.InputOffset()], " \t\r\n:,")
	return bytes.Clone(text), true
}

func (c *checker) object(t reflect.Type, dst reflect.Value, path string, depth int) {
	fields, ok := c.fields[t]
	if !ok {
		if c.fields == nil {
			c.fields = map[reflect.Type]map[string]field{}
		}
		fields = jsonFields(t, nil)
		c.fields[t] = fields
	}
	seen := make(map[string]bool, len(fields))
	var meant []string // fields that unknown ones were probably meant to be
	for {
		tok, ok := c.token()
		if !ok {
			return
		}
		if isDelim(tok, '}') {
			break
		}
		key, _ := tok.(string)
		fpath := join(path, key)
		f, known := fields[key]
		switch {
		case !known:
			reason, near := unknownFieldReason(key, fields)
			c.add(fpath, "", reason)
			if near != "" {
				meant = append(meant, near)
			}
			c.skip(depth)
			continue
		case seen[key]:
			c.add(fpath, "", "field given more than once")
			c.skip(depth)
			continue
		}
		seen[key] = true
		c.value(f.typ, dst.FieldByIndex(f.index), fpath, depth)
	}
	// A field given under a misspelt name was given, but not read: its
	// absence is not a further problem.
	for _, name := range meant {
		if !seen[name] {
			c.lost = append(c.lost, join(path, name))
		}
	}
}

// unknownFieldReason says why key is not a field, and names the field it
// was probably meant to be, if any.
func unknownFieldReason(key string, fields map[string]field) (reason, near string) {
	names := slices.Sorted(maps.Keys(fields))
	for _, name := range names {
		if strings.EqualFold(name, key) {
			return fmt.Sprintf("unknown field %q (field names are case-sensitive: did you mean %q?)", key, name), name
		}
	}
	if near, ok := suggest.Nearest(key, names); ok {
		return fmt.Sprintf("unknown field %q; did you mean %q?", key, near), near
	}
	return fmt.Sprintf("unknown field %q", key), ""
}

func (c *checker) mapEntries(t reflect.Type, dst reflect.Value, path string, depth int) {
	kt := t.Key()
	keyIsText := reflect.PointerTo(kt).Implements(textUnmarshalerType)
	if kt.Kind() != reflect.String && !keyIsText {
		c.lose(path, "", fmt.Sprintf("internal: cannot check maps keyed by %s", kt))
		c.skipFrom(json.Delim('{'), depth-1)
		return
	}
	m := reflect.MakeMap(t)
	dst.Set(m)
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
		kv := reflect.New(kt).Elem()
		if keyIsText {
			if err := kv.Addr().Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(key)); err != nil {
				c.lose(kpath, key, err.Error())
				c.skip(depth)
				continue
			}
		} else {
			kv.SetString(key)
		}
		ev := reflect.New(t.Elem()).Elem()
		c.value(t.Elem(), ev, kpath, depth)
		m.SetMapIndex(kv, ev)
	}
}

func (c *checker) array(t reflect.Type, dst reflect.Value, path string, depth int) {
	s := reflect.MakeSlice(t, 0, 0)
	for i := 0; ; i++ {
		start := c.dec.InputOffset()
		tok, ok := c.token()
		if !ok {
			break
		}
		if isDelim(tok, ']') {
			break
		}
		s = reflect.Append(s, reflect.Zero(t.Elem()))
		c.valueFrom(tok, start, t.Elem(), s.Index(i), path+"["+strconv.Itoa(i)+"]", depth)
	}
	dst.Set(s)
}

func (c *checker) mismatch(tok json.Token, path string, depth int, want string) {
	c.lose(path, describe(tok), "want "+want+", got "+kindOf(tok))
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

// jsonFields maps the JSON names of t's exported fields to where they are
// stored, index being the path of t within the outermost struct.
func jsonFields(t reflect.Type, index []int) map[string]field {
	fields := make(map[string]field, t.NumField())
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() && !f.Anonymous {
			continue
		}
		at := append(slices.Clip(index), i)
		tag, hasTag := f.Tag.Lookup("json")
		if f.Anonymous && !hasTag && f.Type.Kind() == reflect.Struct {
			// encoding/json promotes the fields of an untagged embedded struct.
			for name, ef := range jsonFields(f.Type, at) {
				if _, shadowed := fields[name]; !shadowed {
					fields[name] = ef
				}
			}
			continue
		}
		if !f.IsExported() {
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
		fields[name] = field{index: at, typ: f.Type}
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
// "values.episarnica" for a key of lower-case ASCII words joined by
// hyphens, as egovkit's keys are, and `values["Odd Key"]` (quoted) for any
// other. Packages that report problems about map entries after decoding use
// it, so that one key is written one way whichever step found the problem.
func JoinKey(path, key string) string { return joinKey(path, key) }

// joinKey is JoinKey.
func joinKey(path, key string) string {
	if isKey(key) {
		return join(path, key)
	}
	return path + "[" + strconv.Quote(key) + "]"
}

// isKey reports whether s is lower-case ASCII letters and digits in words
// joined by single hyphens (egov.IsKey).
func isKey(s string) bool {
	if s == "" || s[0] == '-' || s[len(s)-1] == '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case c == '-' && s[i-1] != '-':
		default:
			return false
		}
	}
	return true
}
