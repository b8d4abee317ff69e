package plan_test

import (
	"encoding/json"
	"flag"
	"fmt"
	"reflect"
	"testing"

	"github.com/shopspring/decimal"
	"pgregory.net/rapid"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/gen"
	"github.com/digitaldistrict/egovkit/plan"
)

// Fuzz targets. Each runs thousands of inputs a second on one core: the
// decoders' seeds are small documents, and FuzzSchedule plans with small
// catalogues and playbooks, checking against the slow reference scheduler
// only when there are few steps. Their seeds include inputs at the limits:
// efforts and capacities of 10,000 and 0.01 person-days, horizons of 1 and
// 520 weeks and one beyond, counts of 30 digits, the last day a Date holds.

// searchSeeds makes TestFuzzScheduleSeedsReachTheEdges print new seeds for
// FuzzSchedule instead of checking the committed ones.
var searchSeeds = flag.Bool("fuzzseeds", false, "search seeds for the rapid fuzz targets that reach the limits, and print them")

// edgePlaybook is a small playbook at the limits of its numbers, with every
// kind, owner, audience and effect kind.
const edgePlaybook = `{"format":"egovkit.playbook/1","id":"p","version":"1","actions":[` +
	`{"key":"m","service":"eid","kind":"materials","owner":"programme-team","effort":"0.01","needed_below":"piloting"},` +
	`{"key":"t","service":"eid","kind":"training","audience":"eid-registration-officers","owner":"municipality","effort":"10000",` +
	`"prerequisites":["m"],"effect":{"stage":"piloting","measure":"eid-registration-officers","at_least":"999999999999999999999999999999"}},` +
	`{"key":"s","service":"eid","kind":"technical-support","owner":"partner","effort":"9999.99","prerequisites":["t"],"effect":{"stage":"fully-in-use"}},` +
	`{"key":"p","service":"eid","kind":"promotion","owner":"programme-team","effort":"0.01","prerequisites":["s"],` +
	`"effect":{"measure":"registered-ecitizens","at_least":"2305843009213693951"}},` +
	`{"key":"g","goals":["train","expand-services"],"kind":"training","audience":"managers","owner":"municipality","effort":"1",` +
	`"effect":{"measure":"cases-handled-electronically","at_least":"0.00000000000000000000000000001"}}]}`

func FuzzDecodePlaybook(f *testing.F) {
	// Small playbooks: the default one is large and slow to mutate.
	f.Add([]byte(`{"format":"egovkit.playbook/1","id":"p","version":"1","actions":[` +
		`{"key":"m","service":"eid","kind":"materials","owner":"programme-team","effort":"1","needed_below":"piloting"},` +
		`{"key":"t","service":"eid","kind":"training","audience":"staff","owner":"programme-team","effort":"2.5",` +
		`"prerequisites":["m"],"effect":{"stage":"piloting"}},` +
		`{"key":"g","goals":["train"],"kind":"training","owner":"municipality","effort":"1",` +
		`"effect":{"measure":"staff-trained","at_least":"3"}}]}`))
	f.Add([]byte(edgePlaybook))
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
	// At the limits: a visit so late that the longest horizon from it ends
	// a few days before the last day a Date holds, counts of 30 digits,
	// every measure, the longest horizon and one beyond.
	edgeVisit := []byte(`{"format":"egovkit.visit/1","municipality":"cacak","date":"9989-12-31","priorities":[` +
		`{"rank":1,"goal":"introduce","service":"eid"},{"rank":2,"goal":"train"},{"rank":3,"goal":"expand-services"}]}`)
	edgeProfile := []byte(`{"format":"egovkit.profile/1","municipality":"cacak","date":"9989-12-31","stages":{"eid":"not-started"},` +
		`"measures":{"staff":"999999999999999999999999999999","staff-trained":"999999999999999999999999999999",` +
		`"eid-registration-officers":"0","eservices-for-citizens":"9223372036854775808","eservices-for-businesses":"2305843009213693951",` +
		`"cases-handled-electronically":"0.00000000000000000000000000001","registered-ecitizens":"9223372036855"}}`)
	f.Add(edgeVisit, edgeProfile, plan.MaxHorizon)
	f.Add(edgeVisit, edgeProfile, plan.MaxHorizon+1)
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
		// A plan starts on or after its visit and profile: from the later
		// of their dates when the request's start is earlier, so that
		// fuzzed dates reach the planning rather than that refusal.
		for _, d := range []egov.Date{v.Date, p.Date} {
			if r.Options.Start.Before(d) {
				r.Options.Start = d
			}
		}
		if pl, err := plan.Generate(r); err == nil {
			if _, err := json.Marshal(pl); err != nil {
				t.Fatal(err)
			}
		}
	})
}

func FuzzDecodeRequest(f *testing.F) {
	req := cacakRequest(f)
	seed, _ := json.Marshal(req)
	f.Add(seed)
	// At the limits of the options.
	edge := req
	edge.Options = plan.Options{Start: egov.MustDate(egov.MaxYear, 12, 31), Horizon: plan.MaxHorizon,
		TeamCapacity: decimal.New(plan.MaxEffort, 0), MunicipalityCapacity: decimal.New(1, -2), PartnerCapacity: decimal.New(999999, -2)}
	seed, _ = json.Marshal(edge)
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

// Bounds of FuzzSchedule's inputs, so that it stays fast.
const (
	fuzzServices  = 8
	fuzzActions   = 64
	fuzzPlans     = 3
	fuzzRefSteps  = 40 // compare with the reference scheduler up to this many steps
	scheduleBytes = 8192
)

// A scheduleInput is what FuzzSchedule draws: requests for a few
// municipalities and the portfolio's options.
type scheduleInput struct {
	requests []plan.Request
	options  plan.PortfolioOptions
}

// GoString is what rapid logs for every input it draws: a summary, as
// formatting every request is slow. A failing input is kept by go test and
// can be drawn again with gen.DrawFrom.
func (in scheduleInput) GoString() string {
	s := fmt.Sprintf("%d requests (", len(in.requests))
	for i, r := range in.requests {
		if i > 0 {
			s += ", "
		}
		s += fmt.Sprintf("%d actions, %d priorities", len(r.Playbook.Playbook().Actions), len(r.Visit.Priorities))
	}
	return s + fmt.Sprintf("); portfolio from %s, %d weeks, team %s", in.options.Start, in.options.Horizon, in.options.TeamCapacity)
}

func scheduleInputs() *rapid.Generator[scheduleInput] {
	return rapid.Custom(func(t *rapid.T) scheduleInput {
		var in scheduleInput
		for i := range rapid.IntRange(1, fuzzPlans).Draw(t, "plans") {
			cat := gen.CatalogUpTo(fuzzServices).Draw(t, "catalogue")
			pb, err := plan.CompilePlaybook(gen.PlaybookUpTo(cat, fuzzActions).Draw(t, "playbook"), cat)
			if err != nil {
				t.Fatalf("generated playbook invalid: %v", err)
			}
			req := plan.Request{Playbook: pb, Model: stageModel(cat), Profile: gen.Profile(cat).Draw(t, "profile"),
				Visit: gen.Visit(cat).Draw(t, "visit"), Options: gen.PlanOptions().Draw(t, "options")}
			req.Visit.Municipality = fmt.Sprintf("m%d", i)
			req.Profile.Municipality = req.Visit.Municipality
			datedBeforeStart(&req)
			in.requests = append(in.requests, req)
		}
		o := gen.PlanOptions().Draw(t, "portfolio options")
		in.options = plan.PortfolioOptions{Start: o.Start, Horizon: o.Horizon, TeamCapacity: o.TeamCapacity, PartnerCapacity: o.PartnerCapacity}
		for i := range in.requests {
			onGrid(t, &in.requests[i], in.options)
		}
		return in
	})
}

// scheduleSeeds are the seeds of gen.SeedBytes from which scheduleInputs
// draws inputs at the limits (see TestFuzzScheduleSeedsReachTheEdges).
var scheduleSeeds = []uint64{0, 306, 11}

// FuzzSchedule plans for a few municipalities and schedules the plans as a
// portfolio: never a panic, never above capacity, and on few steps the
// reference scheduler's answer, week by week.
func FuzzSchedule(f *testing.F) {
	for _, s := range scheduleSeeds {
		f.Add(gen.SeedBytes(s, scheduleBytes))
	}
	f.Fuzz(rapid.MakeFuzz(func(t *rapid.T) {
		in := scheduleInputs().Draw(t, "input")
		var plans []*plan.Plan
		steps := 0
		for _, req := range in.requests {
			p, err := plan.Generate(req)
			if err != nil {
				t.Fatal(err)
			}
			plans = append(plans, p)
			steps += len(p.Steps) + len(p.Deferred)
		}
		pf, err := plan.SchedulePortfolio(plans, in.options)
		if err != nil {
			t.Fatal(err)
		}
		for w, v := range pf.TeamLoad() {
			if v.GreaterThan(in.options.TeamCapacity) {
				t.Fatalf("week %d: team load %s over %s", w+1, v, in.options.TeamCapacity)
			}
		}
		if steps > fuzzRefSteps {
			return
		}
		if got, want := portfolioRuns(pf), refScheduleRuns(plans, in.options); !reflect.DeepEqual(got, want) {
			t.Fatalf("portfolio schedule differs from the reference:\n got %v\nwant %v", got, want)
		}
	}))
}

// scheduleEdges names the limits FuzzSchedule's seeds must reach.
func scheduleEdges(in scheduleInput, reached func(string)) {
	if len(in.requests) == fuzzPlans {
		reached("most plans")
	}
	opts := []plan.Options{{Start: in.options.Start, Horizon: in.options.Horizon, TeamCapacity: in.options.TeamCapacity}}
	for _, r := range in.requests {
		opts = append(opts, r.Options)
		for _, a := range r.Playbook.Playbook().Actions {
			switch {
			case a.Effort.Equal(decimal.New(plan.MaxEffort, 0)):
				reached("effort 10000")
			case a.Effort.Equal(decimal.New(1, -2)):
				reached("effort 0.01")
			}
		}
		if len(r.Playbook.Playbook().Actions) == fuzzActions {
			reached("most actions")
		}
	}
	for _, o := range opts {
		switch o.Horizon {
		case plan.MaxHorizon:
			reached("horizon 520")
		case 1:
			reached("horizon 1")
		}
		switch {
		case o.TeamCapacity.Equal(decimal.New(plan.MaxEffort, 0)):
			reached("capacity 10000")
		case o.TeamCapacity.Equal(decimal.New(1, -2)):
			reached("capacity 0.01")
		}
		if o.Start.Year() == egov.MaxYear {
			reached("start in year 9999")
		}
	}
}

var scheduleEdgeList = []string{"most plans", "most actions", "effort 10000", "effort 0.01", "horizon 520", "horizon 1",
	"capacity 10000", "capacity 0.01", "start in year 9999"}

// TestFuzzScheduleSeedsReachTheEdges checks that FuzzSchedule's seeds draw
// inputs at the limits. When the generators change, the seeds draw other
// inputs: run this test with -fuzzseeds to find new ones.
func TestFuzzScheduleSeedsReachTheEdges(t *testing.T) {
	if *searchSeeds {
		seeds, missing := gen.SeedsReaching(t, scheduleInputs(), scheduleBytes, 400, scheduleEdgeList, scheduleEdges)
		t.Logf("scheduleSeeds = %v (reaching all but %q)", seeds, missing)
		return
	}
	got := map[string]bool{}
	for _, s := range scheduleSeeds {
		in, ok := gen.DrawFrom(t, scheduleInputs(), gen.SeedBytes(s, scheduleBytes))
		if !ok {
			t.Errorf("seed %d runs out of bytes", s)
			continue
		}
		scheduleEdges(in, func(l string) { got[l] = true })
	}
	for _, l := range scheduleEdgeList {
		if !got[l] {
			t.Errorf("no seed of FuzzSchedule reaches %q: run this test with -fuzzseeds and update scheduleSeeds", l)
		}
	}
}
