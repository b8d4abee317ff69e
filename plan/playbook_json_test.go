package plan_test

import (
	"encoding/json"
	"fmt"
	"slices"
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
	// A small playbook: the default one is large and slow to mutate.
	f.Add([]byte(`{"format":"egovkit.playbook/1","id":"p","version":"1","actions":[` +
		`{"key":"m","service":"eid","kind":"materials","owner":"programme-team","effort":"1","needed_below":"piloting"},` +
		`{"key":"t","service":"eid","kind":"training","audience":"staff","owner":"programme-team","effort":"2.5",` +
		`"prerequisites":["m"],"effect":{"stage":"piloting"}},` +
		`{"key":"g","goals":["train"],"kind":"training","owner":"municipality","effort":"1",` +
		`"effect":{"measure":"staff-trained","at_least":"3"}}]}`))
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

func FuzzDecodeRequest(f *testing.F) {
	req := cacakRequest(f)
	seed, _ := json.Marshal(req)
	f.Add(seed)
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := plan.DecodeRequest(data, req.Playbook, req.Model)
		if err != nil {
			return
		}
		if _, err := plan.Generate(r); err != nil {
			t.Fatalf("a decoded request does not plan: %v", err)
		}
	})
}

// FuzzSchedule schedules portfolios of generated plans with generated
// options: never a panic, never above capacity.
func FuzzSchedule(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(func(t *rapid.T) {
		var plans []*plan.Plan
		for i, n := 0, rapid.IntRange(1, 3).Draw(t, "plans"); i < n; i++ {
			req := request(t)
			req.Visit.Municipality = fmt.Sprintf("m%d", i)
			req.Profile.Municipality = req.Visit.Municipality
			p, err := plan.Generate(req)
			if err != nil {
				t.Fatal(err)
			}
			plans = append(plans, p)
		}
		o := gen.PlanOptions().Draw(t, "options")
		pf, err := plan.SchedulePortfolio(plans, plan.PortfolioOptions{Start: o.Start, Horizon: o.Horizon,
			TeamCapacity: o.TeamCapacity, PartnerCapacity: o.PartnerCapacity})
		if err != nil {
			t.Fatal(err)
		}
		for w, v := range pf.TeamLoad() {
			if v.GreaterThan(o.TeamCapacity) {
				t.Fatalf("week %d: team load %s over %s", w+1, v, o.TeamCapacity)
			}
		}
	}))
}
