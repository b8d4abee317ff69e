package strictjson_test

import (
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/digitaldistrict/egovkit/internal/strictjson"
)

func TestReadKeepsWhatFits(t *testing.T) {
	in := `{"format":1,"count":3,"items":[{"name":"a","level":"mid"},"x",{"name":"c","nme":"d"}],` +
		`"tags":{"k":"v","bad":2,"Odd Key":"o"},"ok":"yes","extra":"e"}`
	var d doc
	r := strictjson.Read([]byte(in), &d, strictjson.Limits{})
	if !r.Readable {
		t.Fatalf("not readable: %+v", r.Problems)
	}
	want := doc{Count: 3,
		Items:    []inner{{Name: "a"}, {}, {Name: "c"}},
		Tags:     map[string]string{"k": "v", "bad": "", "Odd Key": "o"},
		embedded: embedded{Extra: "e"}}
	if !reflect.DeepEqual(d, want) {
		t.Errorf("read %+v\nwant %+v", d, want)
	}
	// An unknown field is reported but loses nothing: it has no place.
	wantLost := []string{"format", "items[0].level", "items[1]", "tags.bad", "ok"}
	if !slices.Equal(r.Lost, wantLost) {
		t.Errorf("lost %q, want %q", r.Lost, wantLost)
	}
	var got []string
	for _, p := range r.Problems {
		got = append(got, p.Path+"|"+p.Reason)
	}
	wantProblems := []string{
		"format|want a string, got a number",
		"items[0].level|unknown level mid",
		"items[1]|want an object, got a string",
		`items[2].nme|unknown field "nme"; did you mean "name"?`,
		"tags.bad|want a string, got a number",
		"ok|want true or false, got a string",
	}
	if !slices.Equal(got, wantProblems) {
		t.Errorf("problems\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(wantProblems, "\n"))
	}
}

func TestReadLeavesTargetAloneWhenUnreadable(t *testing.T) {
	for _, in := range []string{`{"count":3,"items":[`, "", "\xff", `{"count":"3"`, `{"items":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}`} {
		d := doc{Format: "kept"}
		r := strictjson.Read([]byte(in), &d, strictjson.Limits{})
		if r.Readable || d.Format != "kept" || len(r.Problems) == 0 {
			t.Errorf("Read(%q) = %+v, target %+v", in, r, d)
		}
	}
	// Trailing data is a problem, but the document before it was read.
	for _, in := range []string{`{"count":3} x`, `{"count":3}}`, `{"count":3} {}`} {
		var d doc
		r := strictjson.Read([]byte(in), &d, strictjson.Limits{})
		if !r.Readable || d.Count != 3 || len(r.Problems) != 1 || len(r.Lost) != 0 {
			t.Errorf("Read(%q) = %+v, target %+v", in, r, d)
		}
	}
}

// self decodes itself, as a document embedded in another may.
type self struct{ Got string }

func (s *self) UnmarshalJSON(b []byte) error {
	if string(b) == `"bad"` {
		return &levelError{"self"}
	}
	s.Got = string(b)
	return nil
}

// wide has a field of every shape Read handles.
type wide struct {
	S   string            `json:"s"`
	I   int8              `json:"i"`
	U   uint16            `json:"u"`
	B   bool              `json:"b"`
	L   level             `json:"l"`
	P   *inner            `json:"p"`
	PL  *level            `json:"pl"`
	Sl  []int             `json:"sl"`
	M   map[string]int    `json:"m"`
	ML  map[level]string  `json:"ml"`
	Raw json.RawMessage   `json:"raw"`
	Any any               `json:"any"`
	Own self              `json:"own"`
	N   []map[string]bool `json:"n"`
	embedded
}

// jsonText draws JSON text, mostly well-formed and of the right shape for
// wide, with wrong types, unknown names and odd spacing mixed in.
func jsonText(t *rapid.T) string {
	ws := rapid.SampledFrom([]string{"", " ", "\n\t "})
	var value func(depth int) string
	scalar := rapid.SampledFrom([]string{`"low"`, `"high"`, `"mid"`, `"x"`, `"bad"`, `0`, `-1`, `7`,
		`300`, `70000`, `1.5`, `1e2`, `true`, `false`, `null`, `"a\"b"`, `"\u00e9"`})
	value = func(depth int) string {
		switch k := rapid.IntRange(0, 5).Draw(t, "kind"); {
		case k < 3 || depth > 3:
			return scalar.Draw(t, "scalar")
		case k == 3:
			n := rapid.IntRange(0, 3).Draw(t, "len")
			parts := make([]string, n)
			for i := range parts {
				parts[i] = ws.Draw(t, "ws") + value(depth+1) + ws.Draw(t, "ws")
			}
			return "[" + strings.Join(parts, ",") + "]"
		default:
			return object(t, ws, depth+1, value)
		}
	}
	return object(t, ws, 0, value)
}

func object(t *rapid.T, ws *rapid.Generator[string], depth int, value func(int) string) string {
	names := rapid.SampledFrom([]string{"s", "i", "u", "b", "l", "p", "pl", "sl", "m", "ml", "raw", "any",
		"own", "n", "extra", "name", "level", "low", "k", "S", "zz"})
	n := rapid.IntRange(0, 5).Draw(t, "fields")
	parts := make([]string, n)
	for i := range parts {
		parts[i] = ws.Draw(t, "ws") + `"` + names.Draw(t, "name") + `"` + ws.Draw(t, "ws") + ":" +
			ws.Draw(t, "ws") + value(depth)
	}
	return "{" + strings.Join(parts, ",") + "}"
}

// TestDecodeAgreesWithEncodingJSON checks that a document Decode accepts
// decodes to exactly what encoding/json makes of it, and that Read stores
// the same when it finds no problem.
func TestDecodeAgreesWithEncodingJSON(t *testing.T) {
	accepted := 0
	rapid.Check(t, func(t *rapid.T) {
		in := []byte(jsonText(t))
		var got wide
		ps := strictjson.Decode(in, &got, strictjson.Limits{})
		var read wide
		r := strictjson.Read(in, &read, strictjson.Limits{})
		if (len(ps) == 0) != (len(r.Problems) == 0) || !r.Readable && len(r.Lost) > 0 {
			t.Fatalf("Decode and Read disagree on %s: %+v vs %+v", in, ps, r)
		}
		if len(ps) > 0 {
			if !reflect.DeepEqual(got, wide{}) {
				t.Fatalf("Decode changed the target despite problems: %+v", got)
			}
			return
		}
		accepted++
		var want wide
		if err := json.Unmarshal(in, &want); err != nil {
			t.Fatalf("Decode accepted %s, encoding/json refuses it: %v", in, err)
		}
		if !reflect.DeepEqual(got, want) || !reflect.DeepEqual(read, want) {
			t.Fatalf("decoding %s:\nstrict %#v\nread   %#v\njson   %#v", in, got, read, want)
		}
	})
	if accepted < 10 {
		t.Errorf("only %d documents were accepted: the generator misses the shape", accepted)
	}
}

// TestReadCountsMisspeltFieldsAsLost checks that a field left out but given
// under a nearly matching name is lost, not missing: checks of content must
// not report it again.
func TestReadCountsMisspeltFieldsAsLost(t *testing.T) {
	var d doc
	r := strictjson.Read([]byte(`{"Count":1,"itmes":[],"items":[{"nme":"a"}],"tags":{},"zzz":1}`), &d, strictjson.Limits{})
	want := []string{"items[0].name", "count"}
	if !r.Readable || !slices.Equal(r.Lost, want) {
		t.Errorf("lost %q, want %q (items was given as well, zzz is like nothing)", r.Lost, want)
	}
}
