// Package strictjson decodes JSON strictly against the shape of a Go type and
// reports every problem it finds, each with the path of the field it concerns.
//
// encoding/json accepts a great deal silently: unknown fields (unless told),
// keys that match a field only when case is ignored, a key given twice (the
// last wins), trailing data after a value (with a Decoder), null for a
// string, invalid UTF-8 (replaced by U+FFFD). Decode refuses all of these,
// walks the whole document to collect every problem at once, and only when
// there are none hands the bytes to encoding/json.
//
// The shapes it understands are the ones egovkit's wire types use: structs
// with json tags, slices, maps with string keys, strings, booleans, integers,
// pointers, and types that implement encoding.TextUnmarshaler (read from
// JSON strings). It does no I/O and holds no state.
package strictjson
