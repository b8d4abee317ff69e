package plan_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/shopspring/decimal"
	"pgregory.net/rapid"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/maturity"
	"github.com/digitaldistrict/egovkit/plan"
)

func hasCyrillic(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.Is(unicode.Cyrillic, r) }) >= 0
}

// brands are the names Serbian writes in Latin letters inside Cyrillic
// text, as egov's catalogue decided (see egov/labels.go for the sources).
var brands = regexp.MustCompile(`ConsentID|eID|eZUP`)

// checkWords checks one name in the three languages: none empty, English
// without Cyrillic, the Cyrillic in Cyrillic but for the brands, and the
// Latin its transliteration.
func checkWords(t *testing.T, what string, label func(egov.Language) string) {
	t.Helper()
	en, lat, cyr := label(egov.English), label(egov.SerbianLatin), label(egov.SerbianCyrillic)
	switch {
	case en == "" || lat == "" || cyr == "":
		t.Errorf("%s: an empty name: %q / %q / %q", what, en, lat, cyr)
	case hasCyrillic(en) || hasCyrillic(lat) || !hasCyrillic(cyr):
		t.Errorf("%s: a name in the wrong script: %q / %q / %q", what, en, lat, cyr)
	case lat != egov.ToLatin(cyr):
		t.Errorf("%s: Latin %q is not the Cyrillic %q transliterated", what, lat, cyr)
	case strings.ContainsFunc(brands.ReplaceAllString(cyr, ""), func(r rune) bool { return r < unicode.MaxASCII && unicode.IsLetter(r) }):
		t.Errorf("%s: Cyrillic %q has Latin letters that are no brand", what, cyr)
	}
}

type labelled interface {
	fmt.Stringer
	Label(egov.Language) string
}

// TestEveryLabelInThreeLanguages fails when a value of one of the
// package's enums has no name in a language, or two share one: add them
// to words.go. A value that is not one is labelled by its key.
func TestEveryLabelInThreeLanguages(t *testing.T) {
	enums := map[string]func(i int) labelled{
		"ActionKind":         func(i int) labelled { return plan.ActionKind(i) },
		"Owner":              func(i int) labelled { return plan.Owner(i) },
		"Trainees":           func(i int) labelled { return plan.Trainees(i) },
		"ReasonKind":         func(i int) labelled { return plan.ReasonKind(i) },
		"Outcome":            func(i int) labelled { return plan.Outcome(i) },
		"Implementation":     func(i int) labelled { return plan.Implementation(i) },
		"PriorityReasonKind": func(i int) labelled { return plan.PriorityReasonKind(i) },
		"UnfitKind":          func(i int) labelled { return plan.UnfitKind(i) },
	}
	for name, value := range enums {
		seen := map[string]string{}
		values := 0
		for i := range 256 {
			v := value(i)
			if strings.Contains(v.String(), "(") {
				for _, l := range append(egov.Languages(), egov.Language(9)) {
					if v.Label(l) != v.String() {
						t.Errorf("%s: the label of %s is %q, not its key", name, v, v.Label(l))
					}
				}
				continue
			}
			values++
			checkWords(t, name+" "+v.String(), v.Label)
			for _, l := range egov.Languages() {
				text := v.Label(l)
				if other, dup := seen[l.String()+text]; dup {
					t.Errorf("%s: %s and %s are both %q", name, other, v, text)
				}
				seen[l.String()+text] = v.String()
			}
			if v.Label(egov.Language(9)) != v.Label(egov.English) {
				t.Errorf("%s %s: a value that is not a language does not read as English", name, v)
			}
		}
		if values < 3 {
			t.Errorf("%s: only %d values", name, values)
		}
	}
}

// TestDefaultPlaybookInThreeLanguages: the default playbook and each of
// its actions are named in every language, the Serbian kept in Cyrillic
// (the Latin derived), and no two actions share a name.
func TestDefaultPlaybookInThreeLanguages(t *testing.T) {
	pb := plan.DefaultPlaybook()
	if pb.NameLatin != "" {
		t.Errorf("the playbook's Latin name is given (%q), not derived", pb.NameLatin)
	}
	checkWords(t, "playbook", pb.Label)
	seen := map[string]string{}
	for _, a := range pb.Actions {
		if a.NameLatin != "" || a.NameCyrillic == "" || a.Name == "" {
			t.Errorf("action %s: names %q / %q / %q", a.Key, a.Name, a.NameLatin, a.NameCyrillic)
		}
		checkWords(t, "action "+a.Key, a.Label)
		for _, l := range egov.Languages() {
			if other, dup := seen[l.String()+a.Label(l)]; dup {
				t.Errorf("actions %s and %s are both %q", other, a.Key, a.Label(l))
			}
			seen[l.String()+a.Label(l)] = a.Key
		}
	}
	// Hand-written Latin against the derived.
	byKey := map[string]plan.Action{}
	for _, a := range pb.Actions {
		byKey[a.Key] = a
	}
	for key, want := range map[string]string{
		"pisarnica-training":         "Pisarnica: obuka zaposlenih",
		"epecat-onboarding":          "ePečat u klaudu: uvođenje i podešavanje",
		"consentid-officer-training": "Obuka i ovlašćivanje službenika za eID registraciju",
		"ezup-materials":             "eZUP: vodiči, priručnici i prezentacije",
		"eservices-expansion":        "Izrada novih elektronskih usluga u Generatoru usluga",
	} {
		if got := byKey[key].Label(egov.SerbianLatin); got != want {
			t.Errorf("%s in Latin: %q, want %q", key, got, want)
		}
	}
	if got := pb.Label(egov.SerbianLatin); got != "eUprava za sve: podrška lokalnim samoupravama" {
		t.Errorf("the playbook in Latin: %q", got)
	}
}

// A name missing in a language falls back as egov.Text.In does, then to
// the key.
func TestNameFallbacks(t *testing.T) {
	cases := []struct {
		a    plan.Action
		l    egov.Language
		want string
	}{
		{plan.Action{Key: "k", Name: "Training"}, egov.SerbianCyrillic, "Training"},
		{plan.Action{Key: "k", Name: "Training"}, egov.SerbianLatin, "Training"},
		{plan.Action{Key: "k", NameCyrillic: "Обука"}, egov.SerbianLatin, "Obuka"},
		{plan.Action{Key: "k", NameCyrillic: "Обука"}, egov.English, "Obuka"},
		{plan.Action{Key: "k", Name: "Training", NameLatin: "Trening"}, egov.SerbianLatin, "Trening"},
		{plan.Action{Key: "k", Name: "Training", NameLatin: "Trening"}, egov.SerbianCyrillic, "Training"},
		{plan.Action{Key: "k"}, egov.SerbianCyrillic, "k"},
	}
	for _, c := range cases {
		if got := c.a.Label(c.l); got != c.want {
			t.Errorf("%+v.Label(%v) = %q, want %q", c.a, c.l, got, c.want)
		}
	}
	if got := (plan.Playbook{ID: "pb"}).Label(egov.SerbianLatin); got != "pb" {
		t.Errorf("a playbook without a name labels as %q", got)
	}
	id := egov.ID[plan.Step]{}
	steps := []struct {
		s    *plan.Step
		want string
	}{
		{nil, ""},
		{&plan.Step{}, id.String()},
		{&plan.Step{Action: "a"}, "a"},
		{&plan.Step{Action: "a", NameCyrillic: "Обука"}, "Obuka"},
	}
	for _, c := range steps {
		if got := c.s.Label(egov.SerbianLatin); got != c.want {
			t.Errorf("%+v.Label = %q, want %q", c.s, got, c.want)
		}
	}
}

// Playbook documents carry the names in the fields maturity's models use,
// and documents without them still decode.
func TestPlaybookNamesInJSON(t *testing.T) {
	data, err := json.Marshal(plan.DefaultPlaybook())
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), `"name_sr_cyrl":"Писарница: обука запослених"`) {
		t.Fatalf("no Serbian name in %.300s", data)
	}
	back, err := plan.DecodePlaybook(data)
	if err != nil {
		t.Fatal(err)
	}
	want := plan.DefaultPlaybook()
	if back.NameCyrillic != want.NameCyrillic || back.Actions[3].NameCyrillic != want.Actions[3].NameCyrillic {
		t.Error("the Serbian names do not read back")
	}
	withLatin := plan.Playbook{ID: "p", Version: "1", NameLatin: "Priručnik",
		Actions: []plan.Action{{Key: "a", NameLatin: "Obuka", Kind: plan.KindTraining}}}
	data, _ = json.Marshal(withLatin)
	if !strings.Contains(string(data), `"name_sr_latn":"Priručnik"`) || !strings.Contains(string(data), `"name_sr_latn":"Obuka"`) {
		t.Errorf("the Latin names are not written: %s", data)
	}
	old := regexp.MustCompile(`,"name_sr_(cyrl|latn)":"[^"]*"`).ReplaceAll(data, nil)
	if pb, err := plan.DecodePlaybook(old); err != nil || pb.Actions[0].Label(egov.SerbianCyrillic) != "a" {
		t.Errorf("a document without Serbian names: %v", err)
	}
}

// sentenceCases are a reason of every kind, with its parts given and left
// out, for the golden table.
func sentenceCases() []struct {
	name string
	text func(plan.Words) string
} {
	type c = struct {
		name string
		text func(plan.Words) string
	}
	step := egov.DeriveID[plan.Step]("s")
	reasons := []struct {
		name string
		r    plan.Reason
	}{
		{"reason unspecified", plan.Reason{}},
		{"reason priority", plan.Reason{Kind: plan.ReasonPriority, PriorityRank: 2, Goal: egov.GoalIntroduce}},
		{"reason priority without rank", plan.Reason{Kind: plan.ReasonPriority, Goal: egov.GoalExchangeData}},
		{"reason priority without goal", plan.Reason{Kind: plan.ReasonPriority, PriorityRank: 12}},
		{"reason finding", plan.Reason{Kind: plan.ReasonFinding, FindingIndex: 0}},
		{"reason finding without index", plan.Reason{Kind: plan.ReasonFinding, FindingIndex: -1}},
		{"reason indicator gap", plan.Reason{Kind: plan.ReasonIndicatorGap, Indicator: "epecat"}},
		{"reason indicator gap without indicator", plan.Reason{Kind: plan.ReasonIndicatorGap}},
		{"reason prerequisite", plan.Reason{Kind: plan.ReasonPrerequisite, StepAction: "pisarnica-training"}},
		{"reason prerequisite by step ID", plan.Reason{Kind: plan.ReasonPrerequisite, Step: step}},
		{"reason prerequisite without step", plan.Reason{Kind: plan.ReasonPrerequisite}},
		{"reason out of range", plan.Reason{Kind: 9}},
	}
	var out []c
	for _, r := range reasons {
		out = append(out, c{r.name, func(w plan.Words) string { return w.Reason(r.r) }})
	}
	out = append(out, c{"rationale", func(w plan.Words) string {
		return w.Rationale(plan.Rationale{Reasons: []plan.Reason{reasons[1].r, reasons[8].r}})
	}})
	day := egov.MustDate(2026, 7, 26)
	priorities := []struct {
		name string
		r    plan.PriorityReason
	}{
		{"priority no action on a service", plan.PriorityReason{Kind: plan.PriorityNoAction, Goal: egov.GoalPromote,
			Service: egov.ServiceEZUP}},
		{"priority no action for a goal", plan.PriorityReason{Kind: plan.PriorityNoAction, Goal: egov.GoalImproveCommunication}},
		{"priority already shown", plan.PriorityReason{Kind: plan.PriorityAlreadyShown, Shown: []plan.Shown{
			{Service: egov.ServicePisarnica, Stage: egov.StagePartlyInUse},
			{Measure: egov.MeasureStaffTrained, Value: decimal.New(125, -1)}}}},
		{"priority steps done", plan.PriorityReason{Kind: plan.PriorityStepsDone}},
		{"priority beyond the horizon", plan.PriorityReason{Kind: plan.PriorityBeyondHorizon, Step: "ezup-onboarding", Weeks: 12}},
		{"priority beyond a horizon of 21 weeks", plan.PriorityReason{Kind: plan.PriorityBeyondHorizon, Step: "ezup-onboarding", Weeks: 21}},
		{"priority beyond the portfolio", plan.PriorityReason{Kind: plan.PriorityBeyondPortfolio, Step: "ezup-onboarding",
			Unfit: plan.Unfit{Kind: plan.UnfitCannotEnd, By: day, Weeks: 26, Owner: plan.OwnerTeam}}},
	}
	for _, p := range priorities {
		out = append(out, c{p.name, func(w plan.Words) string {
			return w.PriorityReason(plan.PriorityStatus{Outcome: plan.OutcomeBeyondHorizon, Why: p.r})
		}})
	}
	out = append(out, c{"priority with text only", func(w plan.Words) string {
		return w.PriorityReason(plan.PriorityStatus{Outcome: plan.OutcomeNoAction, Reason: "as a document gave it"})
	}})
	unfits := []struct {
		name string
		u    plan.Unfit
	}{
		{"unfit no room", plan.Unfit{Kind: plan.UnfitNoRoom, By: day, Weeks: 26, Owner: plan.OwnerMunicipality}},
		{"unfit cannot end, plan's horizon", plan.Unfit{Kind: plan.UnfitCannotEnd, By: day, Weeks: 1, OfPlan: true,
			Owner: plan.OwnerPartner}},
		{"unfit starts late", plan.Unfit{Kind: plan.UnfitStartsLate, By: day, Weeks: 3, OfPlan: true}},
		{"unfit needs a step", plan.Unfit{Kind: plan.UnfitNoRoom, Needs: "pisarnica-training", Root: "pisarnica-training",
			By: day, Weeks: 26, Owner: plan.OwnerTeam}},
		{"unfit needs a chain", plan.Unfit{Kind: plan.UnfitCannotEnd, Needs: "pisarnica-training", Root: "pisarnica-materials",
			By: day, Weeks: 22, Owner: plan.OwnerTeam}},
	}
	for _, u := range unfits {
		out = append(out, c{u.name, func(w plan.Words) string { return w.Unfit(u.u) }})
	}
	out = append(out,
		c{"regression", func(w plan.Words) string {
			return w.Regression(plan.Regression{Service: egov.ServiceDDC, Was: egov.StagePiloting, Now: egov.StageNotStarted})
		}},
		c{"no regression", func(w plan.Words) string { return w.Regression(plan.Regression{}) }},
		c{"assumption of a stage", func(w plan.Words) string { //nolint:staticcheck // the deprecated type is still written
			return w.Assumption(plan.Assumption{Service: egov.ServiceDDC, Stage: egov.StageNotStarted})
		}},
		c{"assumption without a stage", func(w plan.Words) string { //nolint:staticcheck // as above
			return w.Assumption(plan.Assumption{Service: egov.ServiceDDC})
		}},
		c{"assumption of a measure", func(w plan.Words) string { //nolint:staticcheck // as above
			return w.Assumption(plan.Assumption{Measure: egov.MeasureStaffTrained, Value: decimal.New(25, -1)})
		}},
		c{"no assumption", func(w plan.Words) string { return w.Assumption(plan.Assumption{}) }}, //nolint:staticcheck // as above
		c{"no difference", func(w plan.Words) string { return w.Difference(plan.Difference{}) }},
		c{"difference", func(w plan.Words) string { return w.Difference(sampleDifference()) }},
	)
	return out
}

// sampleDifference has one change of every sort.
func sampleDifference() plan.Difference {
	before := &plan.Step{Action: "pisarnica-rollout", StartWeek: 1, EndWeek: 2, Start: egov.MustDate(2026, 1, 5),
		End: egov.MustDate(2026, 2, 8), Effort: decimal.NewFromInt(10)}
	after := &plan.Step{Action: "pisarnica-rollout", StartWeek: 3, EndWeek: 4, Start: egov.MustDate(2026, 3, 2),
		End: egov.MustDate(2026, 3, 15), Effort: decimal.New(15, -1)}
	deferred := &plan.Step{Action: "ezup-onboarding"}
	return plan.Difference{
		Added:       []plan.StepChange{{Action: "ezup-training", After: after}},
		Done:        []plan.StepChange{{Action: "ezup-materials", Before: before}, {Action: "epecat-materials", Before: before}},
		Removed:     []plan.StepChange{{Action: "ddc-promotion", Before: before}},
		Moved:       []plan.StepChange{{Action: "pisarnica-rollout", Before: before, After: after}, {Action: "ezup-onboarding", Before: before, After: deferred}},
		Resized:     []plan.StepChange{{Action: "pisarnica-rollout", Before: before, After: after}},
		Figures:     []plan.FigureChange{{Figure: "current", Before: &plan.Score{Score: decimal.New(1010, -2)}, After: &plan.Score{Score: decimal.New(1610, -2)}}, {Figure: "recorded", After: &plan.Score{Score: decimal.New(3500, -2)}}},
		Priorities:  []plan.PriorityChange{{Rank: 2, Before: plan.OutcomeServed, After: plan.OutcomeBeyondHorizon}, {Rank: 3, After: plan.OutcomeAlreadyMet}},
		Regressions: []plan.Regression{{Service: egov.ServicePisarnica, Was: egov.StagePartlyInUse, Now: egov.StagePiloting}},
	}
}

// The sentences of every reason kind in the three languages, with keys and
// with names, against testdata/sentences.golden (rerun with -update after
// a change, and read the diff).
func TestSentencesGolden(t *testing.T) {
	names := plan.Words{
		Steps:      map[string]string{"pisarnica-training": "Training of staff in Pisarnica", "ezup-onboarding": "Onboarding of eZUP"},
		Indicators: map[string]string{"epecat": "Cloud e-seal"},
		Services:   map[egov.ServiceKey]string{egov.ServiceDDC: "State Data Centre"},
	}
	namesSr := plan.Words{
		Steps:      map[string]string{"pisarnica-training": "Писарница: обука запослених", "ezup-onboarding": "eZUP: увођење и подешавање"},
		Indicators: map[string]string{"epecat": "Електронски печат у клауду"},
		Services:   map[egov.ServiceKey]string{egov.ServiceDDC: "Државни дата центар"},
	}
	var b strings.Builder
	for _, c := range sentenceCases() {
		fmt.Fprintf(&b, "== %s\n", c.name)
		for _, l := range egov.Languages() {
			w := plan.Words{Language: l}
			fmt.Fprintf(&b, "%s: %s\n", l, c.text(w))
			named := names
			switch l {
			case egov.English:
			case egov.SerbianCyrillic:
				named = namesSr
			case egov.SerbianLatin:
				named = plan.Words{Steps: map[string]string{}, Indicators: map[string]string{}, Services: map[egov.ServiceKey]string{}}
				for k, v := range namesSr.Steps {
					named.Steps[k] = egov.ToLatin(v)
				}
				for k, v := range namesSr.Indicators {
					named.Indicators[k] = egov.ToLatin(v)
				}
				for k, v := range namesSr.Services {
					named.Services[k] = egov.ToLatin(v)
				}
			}
			named.Language = l
			if with := c.text(named); with != c.text(w) {
				fmt.Fprintf(&b, "%s, named: %s\n", l, with)
			}
		}
	}
	golden := filepath.Join("testdata", "sentences.golden")
	if *updateGolden {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if b.String() != string(want) {
		t.Errorf("the sentences differ from %s (rerun with -update if the change is intended):\n%s", golden, b.String())
	}
}

// The String methods write what Words writes in English without names.
func TestStringIsEnglishText(t *testing.T) {
	r := plan.Reason{Kind: plan.ReasonPriority, PriorityRank: 1, Goal: egov.GoalTrain}
	g := plan.Regression{Service: egov.ServiceEZUP, Was: egov.StageFullyInUse, Now: egov.StagePiloting}
	d := sampleDifference()
	a := plan.Assumption{Measure: egov.MeasureStaff, Value: decimal.NewFromInt(3)} //nolint:staticcheck // the deprecated type still has String
	for _, c := range [][2]string{
		{r.String(), r.Text(egov.English)}, {r.String(), "agreed priority 1 (train)"},
		{plan.Rationale{Reasons: []plan.Reason{r, r}}.String(), "agreed priority 1 (train); agreed priority 1 (train)"},
		{g.String(), g.Text(egov.English)}, {g.String(), "ezup moved back from fully-in-use to piloting"},
		{d.String(), d.Text(egov.English)}, {a.String(), a.Text(egov.English)},
		{a.String(), "staff taken as 3: its value is not recorded"},
	} {
		if c[0] != c[1] {
			t.Errorf("%q != %q", c[0], c[1])
		}
	}
}

// A drawn reason, of any kind or none, with any parts, reads as a
// sentence in every language: never empty, never a panic, in the
// language's script.
func TestSentencesOfDrawnReasons(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		l := rapid.SampledFrom(append(egov.Languages(), egov.Language(7))).Draw(t, "language")
		w := plan.Words{Language: l}
		if rapid.Bool().Draw(t, "named") {
			w.Steps = map[string]string{"a": rapid.String().Draw(t, "step name")}
			w.Indicators = map[string]string{"i": rapid.String().Draw(t, "indicator name")}
			w.Services = map[egov.ServiceKey]string{"s": rapid.String().Draw(t, "service name")}
		}
		r := plan.Reason{
			Kind:         plan.ReasonKind(rapid.IntRange(0, 6).Draw(t, "kind")),
			PriorityRank: rapid.IntRange(-2, 1<<40).Draw(t, "rank"),
			Goal:         egov.GoalKind(rapid.IntRange(0, 12).Draw(t, "goal")),
			FindingIndex: rapid.IntRange(-3, 1<<62).Draw(t, "finding"),
			Indicator:    rapid.SampledFrom([]string{"", "i", "ezup"}).Draw(t, "indicator"),
			StepAction:   rapid.SampledFrom([]string{"", "a", "ezup-training"}).Draw(t, "action"),
		}
		if text := w.Reason(r); text == "" {
			t.Fatalf("%+v reads as nothing", r)
		} else if l == egov.SerbianLatin && hasCyrillic(text) && !hasCyrillic(w.Steps["a"]+w.Indicators["i"]) {
			t.Fatalf("%+v in Latin: %q", r, text)
		}
		day := egov.MustDate(2026, 1, 1).AddDays(rapid.IntRange(0, 4000).Draw(t, "day"))
		u := plan.Unfit{Kind: plan.UnfitKind(rapid.IntRange(0, 5).Draw(t, "unfit")),
			Needs: rapid.SampledFrom([]string{"", "a", "b"}).Draw(t, "needs"),
			Root:  rapid.SampledFrom([]string{"", "a", "c"}).Draw(t, "root"), By: day,
			Weeks: rapid.IntRange(0, 1000).Draw(t, "weeks"), OfPlan: rapid.Bool().Draw(t, "of plan"),
			Owner: plan.Owner(rapid.IntRange(0, 5).Draw(t, "owner"))}
		st := plan.PriorityStatus{Outcome: plan.OutcomeBeyondHorizon, Reason: "given",
			Why: plan.PriorityReason{Kind: plan.PriorityReasonKind(rapid.IntRange(0, 8).Draw(t, "priority reason")),
				Goal: r.Goal, Service: rapid.SampledFrom([]egov.ServiceKey{"", "s", "ezup"}).Draw(t, "service"),
				Step: r.StepAction, Weeks: u.Weeks, Unfit: u}}
		if rapid.Bool().Draw(t, "shown") {
			st.Why.Shown = []plan.Shown{{Service: "s", Stage: egov.AdoptionStage(rapid.IntRange(0, 8).Draw(t, "stage"))},
				{Measure: egov.MeasureStaff, Value: decimal.New(rapid.Int64().Draw(t, "value"), -rapid.Int32Range(0, 40).Draw(t, "places"))}}
		}
		if w.PriorityReason(st) == "" || st.ReasonText(l) == "" {
			t.Fatalf("%+v reads as nothing", st)
		}
		if !u.IsZero() && (w.Unfit(u) == "" || (plan.Assignment{Unfit: u}).ReasonText(l) == "") {
			t.Fatalf("%+v reads as nothing", u)
		}
		g := plan.Regression{Service: st.Why.Service, Was: egov.AdoptionStage(rapid.IntRange(0, 8).Draw(t, "was")),
			Now: egov.AdoptionStage(rapid.IntRange(0, 8).Draw(t, "now"))}
		if w.Regression(g) == "" || g.Text(l) == "" || (plan.Rationale{Reasons: []plan.Reason{r}}).Text(l) == "" {
			t.Fatalf("%+v reads as nothing", g)
		}
	})
}

// A plan's words name its steps, its model's indicators and its
// catalogue's services.
func TestPlanWords(t *testing.T) {
	p := belaPalanka(t)
	w := p.Words(egov.SerbianLatin, maturity.Default(), egov.SerbianCatalog())
	if w.Steps["pisarnica-training"] != "Pisarnica: obuka zaposlenih" || w.Indicators["epecat"] != "Elektronski pečat u klaudu" ||
		w.Services[egov.ServiceEPecat] != "ePečat u klaudu" {
		t.Errorf("names: %v %v %v", w.Steps["pisarnica-training"], w.Indicators["epecat"], w.Services[egov.ServiceEPecat])
	}
	var nilPlan *plan.Plan
	if got := nilPlan.Words(egov.SerbianCyrillic, nil, nil); got.Language != egov.SerbianCyrillic || got.Steps != nil {
		t.Errorf("a nil plan's words: %+v", got)
	}
	var nilPortfolio *plan.Portfolio
	if got := nilPortfolio.Words(egov.English, nil, nil); got.Steps != nil || got.Indicators != nil || got.Services != nil {
		t.Errorf("a nil portfolio's words: %+v", got)
	}
	for _, s := range p.Steps {
		for _, r := range s.Rationale.Reasons {
			if r.Kind == plan.ReasonPrerequisite && !strings.Contains(w.Reason(r), "„") {
				t.Errorf("%s: the step it is needed before is not named: %s", s.Action, w.Reason(r))
			}
		}
	}
}

// belaPalanka returns the plan of ExampleGenerate's request, with a priority
// the default playbook has no action for.
func belaPalanka(t *testing.T) *plan.Plan {
	t.Helper()
	playbook, err := plan.CompileDefaultPlaybook()
	if err != nil {
		t.Fatal(err)
	}
	day := egov.MustDate(2025, 11, 25)
	p, err := plan.Generate(plan.Request{Playbook: playbook, Model: maturity.Default(),
		Profile: egov.Profile{Municipality: "bela-palanka", Date: day, Stages: map[egov.ServiceKey]egov.AdoptionStage{
			egov.ServiceConsentID: egov.StagePartlyInUse, egov.ServiceEPecat: egov.StagePlanned}},
		Visit: egov.Visit{Municipality: "bela-palanka", Date: day, Priorities: []egov.Priority{
			{Rank: 1, Goal: egov.GoalExpandUse, Service: egov.ServiceConsentID},
			{Rank: 2, Goal: egov.GoalIntroduce, Service: egov.ServiceEPecat},
			{Rank: 3, Goal: egov.GoalIntroduce, Service: egov.ServicePisarnica},
		}},
		Options: plan.Options{Start: egov.MustDate(2025, 12, 1), Horizon: 8,
			TeamCapacity: decimal.NewFromInt(2), MunicipalityCapacity: decimal.NewFromInt(2)}})
	if err != nil {
		t.Fatal(err)
	}
	return p
}
