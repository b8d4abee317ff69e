// Package strictjson decodes JSON strictly against the shape of a Go type and
// reports every problem it finds, each with the path of the field it concerns.
//
// encoding/json accepts a great deal silently: unknown fields (unless told),
// keys that match a field only when case is ignored, a key given twice (the
// last wins), trailing data after a value (with a Decoder), null for a
// string, invalid UTF-8 (replaced by U+FFFD). Decode refuses all of these
// and walks the whole document to collect every problem at once, decoding
// as it goes into the same values encoding/json would make; it changes the
// target only when there is no problem. Read keeps what fits even when
// something does not, and says which values were lost, so that the
// content of a malformed document can still be checked.
//
// The shapes it understands are the ones egovkit's wire types use: structs
// with json tags, slices, maps with string keys, strings, booleans, integers,
// pointers, json.RawMessage and interface values (any well-formed JSON),
// types that implement encoding.TextUnmarshaler (read from JSON strings),
// and types that implement json.Unmarshaler (handed their JSON text). It
// does no I/O and holds no state.
package strictjson
