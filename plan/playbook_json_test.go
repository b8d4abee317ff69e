package plan_test

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/digitaldistrict/egovkit/internal/gen"
	"github.com/digitaldistrict/egovkit/plan"
)

func TestPlaybookJSONRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		cat := gen.Catalog().Draw(t, "catalogue")
		pb := gen.Playbook(cat).Draw(t, "playbook")
		data, err := json.Marshal(pb)
		if err != nil {
			t.Fatal(err)
		}
		back, err := plan.DecodePlaybook(data)
		if err != nil {
			t.Fatalf("%v\n%s", err, data)
		}
		again, _ := json.Marshal(back)
		if string(again) != string(data) {
			t.Fatalf("round trip changed the document:\n%s\n%s", data, again)
		}
		if _, err := plan.CompilePlaybook(back, cat); err != nil {
			t.Fatal(err)
		}
	})
	data, _ := json.Marshal(plan.DefaultPlaybook())
	if _, err := plan.DecodePlaybook(data); err != nil {
		t.Fatal(err)
	}
}

func TestDecodePlaybookIsStrict(t *testing.T) {
	data, _ := json.Marshal(plan.DefaultPlaybook())
	bad := strings.Replace(string(data), `"effort":"1"`, `"effort":"1e0"`, 1)
	bad = strings.Replace(bad, `"kind":"training"`, `"Kind":"training"`, 1)
	got := problemTexts(decodePlaybook(bad))
	if len(got) != 1 || !strings.Contains(got[0], `unknown field "Kind"`) {
		t.Errorf("got %q", got)
	}
	got = problemTexts(decodePlaybook(strings.Replace(string(data), `"effort":"1"`, `"effort":"1e0"`, 1)))
	if len(got) != 1 || !strings.Contains(got[0], `actions[0].effort: "1e0" is not a plain decimal number`) {
		t.Errorf("got %q", got)
	}
	if _, err := plan.DecodePlaybook([]byte(`{"format":"egovkit.playbook/2","id":"x","version":"1","actions":[]}`)); err == nil {
		t.Error("wrong format accepted")
	}
}

func decodePlaybook(s string) error {
	_, err := plan.DecodePlaybook([]byte(s))
	return err
}

func TestRequestJSONRoundTrip(t *testing.T) {
	req := cacakRequest(t)
	data, err := json.Marshal(req)
	if err != nil {
		t.Fatal(err)
	}
	back, err := plan.DecodeRequest(data, req.Playbook, req.Model)
	if err != nil {
		t.Fatalf("%v\n%s", err, data)
	}
	a, _ := plan.Generate(req)
	b, err := plan.Generate(back)
	if err != nil {
		t.Fatal(err)
	}
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	if string(ja) != string(jb) {
		t.Fatal("the decoded request plans differently")
	}
	bad := strings.Replace(string(data), `"horizon":40`, `"horizon":0`, 1)
	bad = strings.Replace(bad, `"rank":1`, `"rank":-1`, 1)
	got := problemTexts(decodeRequest(bad, req))
	want := []string{"visit.priorities[0].rank: rank -1 is not positive", "options.horizon: horizon 0 weeks is not positive"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q", got)
	}
	bad = strings.Replace(string(data), `"horizon":40`, `"horizon":0`, 1)
	if got := problemTexts(decodeRequest(bad, req)); len(got) != 1 || !strings.Contains(got[0], "options.horizon") {
		t.Errorf("got %q", got)
	}
}

func decodeRequest(s string, req plan.Request) error {
	_, err := plan.DecodeRequest([]byte(s), req.Playbook, req.Model)
	return err
}
