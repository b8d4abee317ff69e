package plan_test

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/maturity"
	"github.com/digitaldistrict/egovkit/plan"
)

// badText says what is wrong with a sentence a plan renders: an empty
// slot shows as a double space, a space at an end, empty brackets; a value
// nobody gave shows as "unknown" or "unspecified"; a formatting slip as
// "%!" or "<nil>"; a value out of range as "Type(n)".
func badText(s string) string {
	switch {
	case s == "":
		return "empty"
	case strings.TrimSpace(s) != s:
		return "space at an end"
	}
	for _, bad := range []string{"  ", "()", "( ", " )", " ;", " ,", ";;", "%!", "<nil>", "unknown", "unspecified",
		"Kind(", "Outcome(", "Stage(", "Owner(", "Trainees("} {
		if strings.Contains(s, bad) {
			return fmt.Sprintf("contains %q", bad)
		}
	}
	return ""
}

// checkSerbian checks a sentence in Serbian as badText does, for the
// Serbian words of a value nobody gave, and for the script.
func checkSerbian(t *testing.T, where string, l egov.Language, text string) {
	t.Helper()
	why := badText(strings.ReplaceAll(text, "unknown", "")) // a key may say it
	for _, bad := range []string{"непознато", "nepoznato", "није наведено", "nije navedeno"} {
		if strings.Contains(text, bad) {
			why = fmt.Sprintf("contains %q", bad)
		}
	}
	if latin := l == egov.SerbianLatin; latin == hasCyrillic(text) {
		why = "in the wrong script"
	}
	if why != "" {
		t.Errorf("%s in %s: %q: %s", where, l, text, why)
	}
}

// Every sentence a plan renders (what became of each priority, each
// step's reasons, each assumption) reads whole, with every goal kind, with
// and without a service, for every outcome.
func TestRenderedSentencesHaveNoEmptySlots(t *testing.T) {
	full, err := plan.CompileDefaultPlaybook()
	if err != nil {
		t.Fatal(err)
	}
	// A playbook of materials only: most goals find no action in it.
	lean := plan.DefaultPlaybook()
	lean.Actions = slices.DeleteFunc(lean.Actions, func(a plan.Action) bool {
		return a.Kind != plan.KindMaterials || a.Service == ""
	})
	for i := range lean.Actions {
		lean.Actions[i].Prerequisites = nil
	}
	leanBook, err := plan.CompilePlaybook(lean, egov.SerbianCatalog())
	if err != nil {
		t.Fatal(err)
	}
	cat := egov.SerbianCatalog()
	day := egov.MustDate(2025, 11, 20)
	profiles := map[string]egov.Profile{"nothing recorded": {Municipality: "x", Date: day}}
	for _, stage := range []egov.AdoptionStage{egov.StagePartlyInUse, egov.StageFullyInUse} {
		p := egov.Profile{Municipality: "x", Date: day}
		for _, k := range cat.Keys() {
			p = p.WithStage(k, stage)
		}
		p = p.WithMeasure(egov.MeasureStaff, decimal.NewFromInt(50)).WithMeasure(egov.MeasureEIDOfficers, decimal.NewFromInt(3))
		profiles[stage.String()] = p
	}
	services := append([]egov.ServiceKey{""}, cat.Keys()...)
	seen := map[plan.Outcome]bool{}
	reasons := map[plan.ReasonKind]bool{}
	check := func(where, text string) {
		t.Helper()
		if why := badText(text); why != "" {
			t.Errorf("%s: %q: %s", where, text, why)
		}
	}
	for _, goal := range egov.GoalKinds() {
		for _, service := range services {
			for pname, profile := range profiles {
				for _, c := range []struct {
					name    string
					book    *plan.CompiledPlaybook
					horizon int
				}{{"full", full, 52}, {"full, short horizon", full, 1}, {"lean", leanBook, 52}} {
					where := fmt.Sprintf("%s %s, %s, %s", goal, service, pname, c.name)
					visit := egov.Visit{Municipality: "x", Date: day,
						Priorities: []egov.Priority{{Rank: 1, Goal: goal, Service: service}},
						Findings:   []egov.Finding{{Observation: "seen", Service: egov.ServiceEZUP}}}
					p, err := plan.Generate(plan.Request{Playbook: c.book, Model: maturity.Default(), Profile: profile,
						Visit: visit, Options: plan.Options{Start: day, Horizon: c.horizon, TeamCapacity: pd("1"),
							MunicipalityCapacity: pd("1")}})
					if err != nil {
						if ps := egov.Problems(err); len(ps) == 1 && ps[0].Path == "visit.priorities[0].service" {
							continue // the goal needs a service, or one of another kind
						}
						t.Fatalf("%s: %v", where, err)
					}
					for _, st := range p.Priorities {
						seen[st.Outcome] = true
						check(where+": outcome", st.Outcome.String())
						if st.Outcome != plan.OutcomeServed {
							check(where+": "+st.Outcome.String(), st.Reason)
							if st.Why.IsZero() {
								t.Errorf("%s: %s has no reason as data", where, st.Outcome)
							}
							for _, l := range []egov.Language{egov.SerbianLatin, egov.SerbianCyrillic} {
								checkSerbian(t, where+": "+st.Outcome.String(), l, st.ReasonText(l))
							}
						}
					}
					for _, s := range append(slices.Clone(p.Steps), p.Deferred...) {
						check(where+": "+s.Action, s.Rationale.String())
						for _, l := range []egov.Language{egov.SerbianLatin, egov.SerbianCyrillic} {
							checkSerbian(t, where+": "+s.Action, l, s.Rationale.Text(l))
						}
						for _, r := range s.Rationale.Reasons {
							reasons[r.Kind] = true
						}
					}
					for _, a := range p.Assumptions {
						check(where+": assumption", a.String())
					}
				}
			}
		}
	}
	for o := plan.OutcomeServed; o <= plan.OutcomeBeyondHorizon; o++ {
		if !seen[o] {
			t.Errorf("no plan had a priority %s", o)
		}
	}
	for r := plan.ReasonPriority; r <= plan.ReasonPrerequisite; r++ {
		if !reasons[r] {
			t.Errorf("no step had a reason %s", r)
		}
	}
}

// A met host-securely priority names the service it found in use: the
// State Data Centre, which the priority leaves unnamed.
func TestAlreadyMetNamesTheService(t *testing.T) {
	book, _ := plan.CompileDefaultPlaybook()
	day := egov.MustDate(2025, 11, 20)
	p, err := plan.Generate(plan.Request{Playbook: book, Model: maturity.Default(),
		Profile: egov.Profile{Municipality: "x", Date: day, Stages: map[egov.ServiceKey]egov.AdoptionStage{
			egov.ServiceDDC: egov.StagePartlyInUse}},
		Visit:   egov.Visit{Municipality: "x", Date: day, Priorities: []egov.Priority{{Rank: 1, Goal: egov.GoalHostSecurely}}},
		Options: plan.Options{Start: day, Horizon: 10, TeamCapacity: pd("1"), MunicipalityCapacity: pd("1")}})
	if err != nil {
		t.Fatal(err)
	}
	st := p.Priorities[0]
	if st.Outcome != plan.OutcomeAlreadyMet || st.Reason != "the profile already shows ddc partly-in-use" {
		t.Errorf("got %s: %q", st.Outcome, st.Reason)
	}
}

// The zero value of each rendered type, and values with parts left out,
// read as their documentation says.
func TestRenderingOfZeroAndPartialValues(t *testing.T) {
	id := egov.DeriveID[plan.Step]("s")
	for _, c := range []struct {
		got  fmt.Stringer
		want string
	}{
		{plan.Reason{}, "no reason given"},
		{plan.Reason{Kind: plan.ReasonPriority}, "an agreed priority"},
		{plan.Reason{Kind: plan.ReasonPriority, PriorityRank: 2}, "agreed priority 2"},
		{plan.Reason{Kind: plan.ReasonPriority, Goal: egov.GoalTrain}, "an agreed priority (train)"},
		{plan.Reason{Kind: plan.ReasonPriority, PriorityRank: 2, Goal: egov.GoalTrain}, "agreed priority 2 (train)"},
		{plan.Reason{Kind: plan.ReasonPriority, PriorityRank: -1, Goal: 200}, "an agreed priority"},
		{plan.Reason{Kind: plan.ReasonFinding}, "finding 1 of the visit"},
		{plan.Reason{Kind: plan.ReasonFinding, FindingIndex: -1}, "a finding of the visit"},
		{plan.Reason{Kind: plan.ReasonFinding, FindingIndex: math.MaxInt}, "finding 9223372036854775808 of the visit"},
		{plan.Reason{Kind: plan.ReasonIndicatorGap}, "a gap in an indicator of the model"},
		{plan.Reason{Kind: plan.ReasonIndicatorGap, Indicator: "eid"}, "gap in indicator eid"},
		{plan.Reason{Kind: plan.ReasonPrerequisite}, "needed before another step"},
		{plan.Reason{Kind: plan.ReasonPrerequisite, Step: id}, "needed before step " + id.String()},
		{plan.Reason{Kind: plan.ReasonPrerequisite, Step: id, StepAction: "a"}, "needed before a"},
		{plan.Reason{Kind: 200}, "ReasonKind(200)"},
		{plan.Rationale{}, ""},
		{plan.Rationale{Reasons: []plan.Reason{{}, {Kind: plan.ReasonFinding}}}, "no reason given; finding 1 of the visit"},
		{plan.Assumption{}, "no assumption"},
		{plan.Assumption{Service: "ddc"}, "no stage assumed for ddc"},
		{plan.Assumption{Service: "ddc", Stage: egov.StageNotStarted}, "ddc taken as not-started: its stage is not recorded"},
		{plan.Assumption{Measure: egov.MeasureStaff}, "staff taken as 0: its value is not recorded"},
		{plan.Outcome(0), "unspecified"},
		{plan.ReasonKind(0), "unspecified"},
	} {
		if got := c.got.String(); got != c.want {
			t.Errorf("%#v reads %q, want %q", c.got, got, c.want)
		}
	}
}
