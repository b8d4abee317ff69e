package strictjson_test

import (
	"strings"
	"testing"

	"github.com/digitaldistrict/egovkit/internal/strictjson"
)

func FuzzDecode(f *testing.F) {
	f.Add([]byte(`{"format":"x","count":3,"items":[{"name":"a","level":"low"}],"tags":{"k":"v"}}`))
	f.Add([]byte(`{"items":[[[[]]]]}`))
	// At the limits: nesting of exactly the default depth and one deeper,
	// and as many problems as are reported and one more.
	for _, depth := range []int{strictjson.DefaultMaxDepth, strictjson.DefaultMaxDepth + 1} {
		f.Add([]byte(`{"items":` + strings.Repeat("[", depth-1) + strings.Repeat("]", depth-1) + `}`))
	}
	for _, n := range []int{strictjson.DefaultMaxProblems, strictjson.DefaultMaxProblems + 1} {
		f.Add([]byte(`{"items":[` + strings.Repeat(`{"nam":"b"},`, n-1) + `{"nam":"b"}]}`))
	}
	f.Fuzz(func(_ *testing.T, data []byte) {
		var d doc
		_ = strictjson.Decode(data, &d, strictjson.Limits{})
	})
}
