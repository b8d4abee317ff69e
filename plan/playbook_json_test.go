package plan_test

import (
	"encoding/json"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/digitaldistrict/egovkit/egov"
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

func FuzzDecodePlaybook(f *testing.F) {
	seed, _ := json.Marshal(plan.DefaultPlaybook())
	f.Add(seed)
	f.Fuzz(func(t *testing.T, data []byte) {
		pb, err := plan.DecodePlaybook(data)
		if err != nil {
			return
		}
		if _, err := plan.CompilePlaybook(pb, egov.SerbianCatalog()); err != nil {
			return
		}
		if _, err := json.Marshal(pb); err != nil {
			t.Fatal(err)
		}
	})
}

// FuzzGenerate drives Generate with fuzzed visits and profiles (as JSON) on
// the default playbook and model: it must return a plan or an error, never
// panic.
func FuzzGenerate(f *testing.F) {
	f.Add([]byte(`{"format":"egovkit.visit/1","municipality":"cacak","date":"2025-11-20","priorities":[{"rank":1,"goal":"adopt-fully","service":"pisarnica"}]}`),
		[]byte(`{"format":"egovkit.profile/1","municipality":"cacak","date":"2025-11-20","stages":{"pisarnica":"partly-in-use"}}`), 10)
	req := cacakRequest(f)
	f.Fuzz(func(t *testing.T, visit, profile []byte, horizon int) {
		v, err := egov.DecodeVisit(visit, nil)
		if err != nil {
			return
		}
		p, err := egov.DecodeProfile(profile, nil)
		if err != nil {
			return
		}
		r := req
		r.Visit, r.Profile = v, p
		r.Options.Horizon = horizon
		if pl, err := plan.Generate(r); err == nil {
			if _, err := json.Marshal(pl); err != nil {
				t.Fatal(err)
			}
		}
	})
}
