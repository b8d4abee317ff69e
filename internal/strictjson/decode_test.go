package strictjson_test

import (
	"strings"
	"testing"

	"github.com/digitaldistrict/egovkit/internal/strictjson"
)

type level string

func (l *level) UnmarshalText(b []byte) error {
	switch string(b) {
	case "low", "high":
		*l = level(b)
		return nil
	}
	return &levelError{string(b)}
}

type levelError struct{ s string }

func (e *levelError) Error() string { return "unknown level " + e.s }

type inner struct {
	Name  string `json:"name"`
	Level level  `json:"level,omitempty"`
}

type embedded struct {
	Extra string `json:"extra"`
}

type doc struct {
	Format string            `json:"format"`
	Count  int               `json:"count"`
	Items  []inner           `json:"items"`
	Tags   map[string]string `json:"tags"`
	Ptr    *inner            `json:"ptr"`
	OK     bool              `json:"ok"`
	embedded
}

func TestDecodeAcceptsWellFormed(t *testing.T) {
	var d doc
	in := `{"format":"x","count":3,"items":[{"name":"a","level":"low"}],"tags":{"k":"v"},"ptr":null,"ok":true,"extra":"e"}`
	if ps := strictjson.Decode([]byte(in), &d, strictjson.Limits{}); ps != nil {
		t.Fatalf("problems: %+v", ps)
	}
	if d.Count != 3 || d.Items[0].Level != "low" || d.Tags["k"] != "v" || d.Extra != "e" {
		t.Fatalf("decoded %+v", d)
	}
}

func TestDecodeReportsEveryProblemWithItsPath(t *testing.T) {
	in := `{"format":1,"Count":2,"items":[{"name":"a","level":"mid"},{"nam":"b"}],"tags":{"k":"v","k":"w"},"ok":"yes","format":"again"}`
	var d doc
	ps := strictjson.Decode([]byte(in), &d, strictjson.Limits{})
	want := []string{
		"format|want a string, got a number",
		`Count|unknown field "Count" (field names are case-sensitive: did you mean "count"?)`,
		"items[0].level|unknown level mid",
		`items[1].nam|unknown field "nam"; did you mean "name"?`,
		"tags.k|key given more than once",
		"ok|want true or false, got a string",
		"format|field given more than once",
	}
	var got []string
	for _, p := range ps {
		got = append(got, p.Path+"|"+p.Reason)
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if d.Count != 0 {
		t.Fatalf("target changed despite problems: %+v", d)
	}
}

func TestDecodeRefusesWholeDocumentProblems(t *testing.T) {
	cases := map[string]string{
		"":                            "document is empty",
		"   ":                         "document is empty",
		`{"format":"x"} {}`:           "trailing data after the document",
		`{"format":"x"`:               "unexpected end",
		`{"format":"x",}`:             "malformed JSON",
		"{\"format\":\"\xff\"}":       "not valid UTF-8",
		`[1]`:                         "want an object, got an array",
		strings.Repeat(`{"ptr":`, 40): "nested deeper",
		`{"items":` + strings.Repeat("[", 50) + strings.Repeat("]", 50) + `}`: "nested deeper",
	}
	for in, want := range cases {
		var d doc
		ps := strictjson.Decode([]byte(in), &d, strictjson.Limits{})
		if len(ps) == 0 || !strings.Contains(ps[len(ps)-1].Reason, want) && !strings.Contains(ps[0].Reason, want) {
			t.Errorf("Decode(%.40q) = %+v, want a problem containing %q", in, ps, want)
		}
	}
}

func TestDecodeLimits(t *testing.T) {
	var d doc
	ps := strictjson.Decode([]byte(`{"format":"abcdefgh"}`), &d, strictjson.Limits{MaxBytes: 5})
	if len(ps) != 1 || !strings.Contains(ps[0].Reason, "more than the limit") {
		t.Fatalf("got %+v", ps)
	}
	many := `{"items":[` + strings.Repeat(`{"x":1},`, 10) + `{"x":1}]}`
	ps = strictjson.Decode([]byte(many), &d, strictjson.Limits{MaxProblems: 3})
	if len(ps) != 4 || ps[3].Reason != "and 8 more problems" {
		t.Fatalf("got %+v", ps)
	}
}

func TestDecodeNeedsAPointer(t *testing.T) {
	if ps := strictjson.Decode([]byte(`{}`), doc{}, strictjson.Limits{}); len(ps) != 1 {
		t.Fatalf("got %+v", ps)
	}
}
