package gen_test

import (
	"fmt"
	"math/big"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"pgregory.net/rapid"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/exact"
	"github.com/digitaldistrict/egovkit/internal/gen"
	"github.com/digitaldistrict/egovkit/maturity"
	"github.com/digitaldistrict/egovkit/plan"
)

// The generators promise to reach every documented limit and every kind
// (see the package documentation). These tests hold them to it: each draws
// a fixed number of deterministic examples (rapid's Example with seeds
// 0, 1, …) and fails naming every limit or kind that none of them reached,
// so a generator that stops reaching one is caught, not silently narrowed.
// Each example is also checked to be valid.

// reach draws examples 0…draws−1 of g, lets see record what each reaches,
// and fails on what no example reached.
func reach[V any](t *testing.T, g *rapid.Generator[V], draws int, want []string, see func(t *testing.T, v V, reached func(string))) {
	t.Helper()
	got := map[string]int{}
	for i := range draws {
		see(t, g.Example(i), func(what string) { got[what]++ })
		if t.Failed() {
			t.Fatalf("example %d", i)
		}
	}
	var missing []string
	for _, w := range want {
		if got[w] == 0 {
			missing = append(missing, w)
		}
	}
	if len(missing) > 0 {
		t.Errorf("in %d draws, never reached:\n\t%s", draws, strings.Join(missing, "\n\t"))
	}
	for w := range got {
		if !slices.Contains(want, w) {
			t.Errorf("reached %q, which the test does not expect: add it to the list", w)
		}
	}
}

func dec(s string) decimal.Decimal { return exact.MustDecimal(s) }

// digits returns how many digits d has, as egovkit counts them.
func digits(d decimal.Decimal) int { return exact.Digits(d) }

var maxInt64 = new(big.Int).SetInt64(1<<63 - 1)

func TestModelReachesEveryLimitAndKind(t *testing.T) {
	want := []string{
		"100 dimensions", "10000 indicators", "100 bands", "100 levels", "no levels",
		"weight 10000", "weight 9999.9999", "weight 0.0001", "every weight 10000", "weight written with zeros beyond four places",
		"scale max 1000000000", "scale one millionth wide", "scale min 999999999.999999",
		"band one millionth wide",
		"places 0", "places 6", "mode half-up", "mode half-even", "policy leave-out", "policy count-as-zero",
		"group unknown inherit", "group unknown leave-out", "group unknown count-as-zero", "group empty leave-out",
		"group empty count-as-zero", "groups at the deepest level",
		"rule given", "rule stage", "rule yes-no", "rule ratio", "rule count",
		"credit 0", "credit 1", "credit 0.999999", "at least 0", "at least 1", "at least 0.000001",
		"target 0.000001", "target of 30 digits", "target of 30 digits with 6 places", "target 1",
	}
	for s := egov.StageNotStarted; s <= egov.StageFullyInUse; s++ {
		want = append(want, "yes-no from "+s.String())
	}
	for _, m := range egov.Measures() {
		want = append(want, "ratio of "+string(m), "ratio to "+string(m), "count of "+string(m))
	}
	reach(t, gen.ModelUpTo(maturity.MaxIndicators), 600, want, func(t *testing.T, m maturity.Model, reached func(string)) {
		if _, err := maturity.Compile(m); err != nil {
			t.Fatalf("invalid model: %v", err)
		}
		if p := m.Rounding.Places; p == 0 || p == maturity.MaxPlaces {
			reached(fmt.Sprint("places ", p))
		}
		reached("mode " + m.Rounding.Mode.String())
		reached("policy " + m.Unknown.String())
		if len(m.Dimensions) == maturity.MaxDimensions {
			reached("100 dimensions")
		}
		if len(m.Bands) == maturity.MaxBands {
			reached("100 bands")
		}
		switch len(m.Levels) {
		case maturity.MaxLevels:
			reached("100 levels")
		case 0:
			reached("no levels")
		}
		if m.Scale.Max.Equal(dec("1000000000")) {
			reached("scale max 1000000000")
		}
		if m.Scale.Min.Equal(dec("999999999.999999")) {
			reached("scale min 999999999.999999")
		}
		if m.Scale.Max.Sub(m.Scale.Min).Equal(dec("0.000001")) {
			reached("scale one millionth wide")
		}
		for _, b := range m.Bands {
			if b.To.Sub(b.From).Equal(dec("0.000001")) && len(m.Bands) > 1 {
				reached("band one millionth wide")
			}
		}
		weights := func(w decimal.Decimal) {
			if w.Exponent() < -maturity.MaxWeightPlaces {
				reached("weight written with zeros beyond four places")
			}
			for _, s := range []string{"10000", "9999.9999", "0.0001"} {
				if w.Equal(dec(s)) {
					reached("weight " + s)
				}
			}
		}
		n, at10000 := 0, 0
		var walk func(depth int, u maturity.GroupUnknown, e maturity.EmptyPolicy, groups []maturity.Group)
		walk = func(depth int, u maturity.GroupUnknown, e maturity.EmptyPolicy, groups []maturity.Group) {
			reached("group unknown " + u.String())
			reached("group empty " + e.String())
			if depth == maturity.MaxDepth {
				reached("groups at the deepest level")
			}
			for _, g := range groups {
				walk(depth+1, g.Unknown, g.Empty, g.Groups)
			}
		}
		for _, d := range m.Dimensions {
			weights(d.Weight)
			walk(1, d.Unknown, d.Empty, d.Groups)
			for _, ind := range d.AllIndicators() {
				n++
				weights(ind.Weight)
				if ind.Weight.Equal(dec("10000")) && d.Weight.Equal(dec("10000")) {
					at10000++
				}
				r := ind.Rule
				reached("rule " + r.Kind.String())
				switch r.Kind {
				case maturity.RuleYesNo:
					reached("yes-no from " + r.MinStage.String())
				case maturity.RuleRatio:
					reached("ratio of " + string(r.Numerator))
					reached("ratio to " + string(r.Denominator))
				case maturity.RuleCount:
					reached("count of " + string(r.Measure))
					switch {
					case r.Target.Equal(dec("0.000001")):
						reached("target 0.000001")
					case r.Target.Equal(dec("1")):
						reached("target 1")
					case digits(r.Target) == exact.MaxDigits && exact.Places(r.Target) == 6:
						reached("target of 30 digits with 6 places")
					case digits(r.Target) == exact.MaxDigits:
						reached("target of 30 digits")
					}
				case maturity.RuleStage:
					for _, c := range r.Credits {
						for _, s := range []string{"0", "1", "0.999999"} {
							if c.Credit.Equal(dec(s)) {
								reached("credit " + s)
							}
						}
					}
				case maturity.RuleGiven:
				}
			}
		}
		if n == maturity.MaxIndicators {
			reached("10000 indicators")
		}
		if at10000 == n && n > 1 {
			reached("every weight 10000")
		}
		for _, l := range m.Levels {
			for _, r := range l.Requires {
				for _, s := range []string{"0", "1", "0.000001"} {
					if r.AtLeast.Equal(dec(s)) {
						reached("at least " + s)
					}
				}
			}
		}
	})
}

func TestValuesReachEveryKind(t *testing.T) {
	want := []string{"unknown", "not-applicable", "0", "1", "0.000001", "0.999999", "10000 values"}
	g := rapid.Custom(func(t *rapid.T) map[string]maturity.Value {
		return gen.Values(gen.ModelUpTo(maturity.MaxIndicators).Draw(t, "model")).Draw(t, "values")
	})
	reach(t, g, 600, want, func(_ *testing.T, values map[string]maturity.Value, reached func(string)) {
		if len(values) == maturity.MaxIndicators {
			reached("10000 values")
		}
		for _, v := range values {
			switch v.State() {
			case maturity.StateUnknown, maturity.StateNotApplicable:
				reached(v.State().String())
			case maturity.StateKnown:
				d, _ := v.Decimal()
				for _, s := range []string{"0", "1", "0.000001", "0.999999"} {
					if d.Equal(dec(s)) {
						reached(s)
					}
				}
			}
		}
	})
}

func TestMeasuresReachEveryLimit(t *testing.T) {
	var want []string
	for _, m := range egov.Measures() {
		want = append(want, string(m)+" unknown")
		if m.Kind() == egov.MeasureKindShare {
			want = append(want, string(m)+" 0", string(m)+" 1", string(m)+" with 29 places", string(m)+" halfway between millionths")
			continue
		}
		want = append(want, string(m)+" 0", string(m)+" of 30 digits", string(m)+" beyond 64 bits", string(m)+" 2305843009213693951",
			string(m)+" written with a positive exponent", string(m)+" written with zeros after the point")
		if _, ok := m.Whole(); ok {
			want = append(want, string(m)+" all of its whole")
		}
	}
	reach(t, gen.Measures(), 3000, want, func(t *testing.T, ms map[egov.Measure]decimal.Decimal, reached func(string)) {
		p := egov.Profile{Municipality: "m", Date: egov.MustDate(2025, time.January, 1), Measures: ms}
		if err := p.Validate(nil); err != nil {
			t.Fatalf("invalid measures: %v", err)
		}
		for _, m := range egov.Measures() {
			v, ok := ms[m]
			name := string(m)
			switch {
			case !ok:
				reached(name + " unknown")
			case v.IsZero():
				reached(name + " 0")
			case m.Kind() == egov.MeasureKindShare:
				switch {
				case v.Equal(dec("1")):
					reached(name + " 1")
				case exact.Places(v) == exact.MaxDigits-1:
					reached(name + " with 29 places")
				case exact.Places(v) == 7 && v.Shift(7).BigInt().Int64()%10 == 5:
					reached(name + " halfway between millionths")
				}
			default:
				if w, isPart := m.Whole(); isPart && ms[w].Equal(v) {
					reached(name + " all of its whole")
				}
				if digits(v) == exact.MaxDigits {
					reached(name + " of 30 digits")
				}
				switch {
				case v.Exponent() > 0:
					reached(name + " written with a positive exponent")
				case v.Exponent() < 0:
					reached(name + " written with zeros after the point")
				}
				if v.BigInt().Cmp(maxInt64) > 0 {
					reached(name + " beyond 64 bits")
				}
				if v.Equal(dec("2305843009213693951")) {
					reached(name + " 2305843009213693951")
				}
			}
		}
	})
}

func TestProfileForReachesEveryStage(t *testing.T) {
	var want []string
	for _, s := range egov.AdoptionStages() {
		want = append(want, "stage "+s.String())
	}
	type pair struct {
		m maturity.Model
		p egov.Profile
	}
	g := rapid.Custom(func(t *rapid.T) pair {
		m := gen.Model().Draw(t, "model")
		return pair{m, gen.ProfileFor(m).Draw(t, "profile")}
	})
	reach(t, g, 100, want, func(t *testing.T, mp pair, reached func(string)) {
		if err := mp.p.Validate(nil); err != nil {
			t.Fatalf("invalid profile: %v", err)
		}
		for _, d := range mp.m.Dimensions {
			for _, ind := range d.AllIndicators() {
				if ind.Rule.Service != "" {
					reached("stage " + mp.p.Stage(ind.Rule.Service).String())
				}
			}
		}
	})
}

func TestDateReachesTheEdges(t *testing.T) {
	want := []string{"year 1", "year 9999", "February 29", "first of a month", "last of a month", "1990-2060"}
	reach(t, gen.Date(), 100, want, func(t *testing.T, d egov.Date, reached func(string)) {
		if _, err := egov.ParseDate(d.String()); err != nil || d.IsZero() {
			t.Fatalf("invalid date %v: %v", d, err)
		}
		switch y := d.Year(); {
		case y == egov.MinYear:
			reached("year 1")
		case y == egov.MaxYear:
			reached("year 9999")
		case y >= 1990 && y <= 2060:
			reached("1990-2060")
		}
		if d.Month() == time.February && d.Day() == 29 {
			reached("February 29")
		}
		switch {
		case d.Day() == 1:
			reached("first of a month")
		case d.AddDays(1).Day() == 1:
			reached("last of a month")
		}
	})
}

func TestServicesReachTheLimitAndEveryKind(t *testing.T) {
	want := []string{"no services", "10000 services", "assumed prerequisite", "prerequisite"}
	for k := egov.KindEnabler; k <= egov.KindInfrastructure; k++ {
		want = append(want, "kind "+k.String())
	}
	for a := egov.AudienceUnspecified; a <= egov.AudienceAdministration; a++ {
		want = append(want, "audience "+a.String())
	}
	reach(t, gen.ServicesUpTo(egov.MaxServices), 200, want, func(t *testing.T, services []egov.Service, reached func(string)) {
		if _, err := egov.NewCatalog(services); err != nil {
			t.Fatalf("invalid services: %v", err)
		}
		switch len(services) {
		case 0:
			reached("no services")
		case egov.MaxServices:
			reached("10000 services")
		}
		for _, s := range services {
			reached("kind " + s.Kind.String())
			reached("audience " + s.Audience.String())
			for _, p := range s.Prerequisites {
				if p.Assumption {
					reached("assumed prerequisite")
				} else {
					reached("prerequisite")
				}
			}
		}
	})
}

func TestPlaybookReachesEveryLimitAndKind(t *testing.T) {
	want := []string{"100000 actions", "effort 10000", "effort 9999.99", "effort 0.01",
		"no effect", "stage effect", "measure effect", "stage and measure effect",
		"measure effect of 30 digits", "share of the whole", "share of the whole of 1", "general action", "extra prerequisite"}
	for _, k := range plan.ActionKinds() {
		want = append(want, "kind "+k.String())
	}
	for o := plan.OwnerTeam; o <= plan.OwnerPartner; o++ {
		want = append(want, "owner "+o.String())
	}
	for a := plan.TraineesStaff; a <= plan.TraineesManagers; a++ {
		want = append(want, "audience "+a.String())
	}
	type book struct {
		cat *egov.Catalog
		pb  plan.Playbook
	}
	g := rapid.Custom(func(t *rapid.T) book {
		cat := gen.Catalog().Draw(t, "catalogue") // ServicesUpTo's test reaches the services' limit

		return book{cat, gen.PlaybookUpTo(cat, plan.MaxActions).Draw(t, "playbook")}
	})
	reach(t, g, 200, want, func(t *testing.T, b book, reached func(string)) {
		if _, err := plan.CompilePlaybook(b.pb, b.cat); err != nil {
			t.Fatalf("invalid playbook: %v", err)
		}
		if len(b.pb.Actions) == plan.MaxActions {
			reached("100000 actions")
		}
		for _, a := range b.pb.Actions {
			reached("kind " + a.Kind.String())
			reached("owner " + a.Owner.String())
			if a.Audience != plan.TraineesNone {
				reached("audience " + a.Audience.String())
			}
			if a.Service == "" {
				reached("general action")
			}
			if len(a.Prerequisites) > 1 {
				reached("extra prerequisite")
			}
			for _, s := range []string{"10000", "9999.99", "0.01"} {
				if a.Effort.Equal(dec(s)) {
					reached("effort " + s)
				}
			}
			if e := a.Effect; !e.ShareOfWhole.IsZero() {
				reached("share of the whole")
				if e.ShareOfWhole.Equal(dec("1")) {
					reached("share of the whole of 1")
				}
			}
			switch e := a.Effect; {
			case e.IsZero():
				reached("no effect")
			case e.Stage != egov.StageUnknown && e.Measure != "":
				reached("stage and measure effect")
			case e.Stage != egov.StageUnknown:
				reached("stage effect")
			default:
				reached("measure effect")
				if digits(e.AtLeast) == exact.MaxDigits {
					reached("measure effect of 30 digits")
				}
			}
		}
	})
}

func TestPlanOptionsReachTheLimits(t *testing.T) {
	want := []string{"horizon 1", "horizon 520", "team 0.01", "team 10000", "municipality 0.01", "municipality 10000",
		"partner unlimited", "partner 10000"}
	reach(t, gen.PlanOptions(), 100, want, func(t *testing.T, o plan.Options, reached func(string)) {
		switch o.Horizon {
		case 1, plan.MaxHorizon:
			reached(fmt.Sprintf("horizon %d", o.Horizon))
		}
		if o.Horizon < 1 || o.Horizon > plan.MaxHorizon {
			t.Fatalf("horizon %d", o.Horizon)
		}
		for name, c := range map[string]decimal.Decimal{"team": o.TeamCapacity, "municipality": o.MunicipalityCapacity, "partner": o.PartnerCapacity} {
			switch {
			case c.IsZero() && name == "partner":
				reached("partner unlimited")
			case c.Equal(dec("10000")):
				reached(name + " 10000")
			case c.Equal(dec("0.01")) && name != "partner":
				reached(name + " 0.01")
			}
		}
	})
}

// The default generators reach their own sizes, below the library's limits.
func TestDefaultSizesAreReached(t *testing.T) {
	reach(t, gen.Services(), 200, []string{"the default number of services"}, func(_ *testing.T, s []egov.Service, reached func(string)) {
		if len(s) == gen.DefaultServices {
			reached("the default number of services")
		}
	})
	reach(t, gen.Model(), 200, []string{"the default number of indicators"}, func(_ *testing.T, m maturity.Model, reached func(string)) {
		n := 0
		for _, d := range m.Dimensions {
			n += len(d.AllIndicators())
		}
		if n == gen.DefaultIndicators {
			reached("the default number of indicators")
		}
	})
	g := rapid.Custom(func(t *rapid.T) plan.Playbook {
		return gen.Playbook(gen.Catalog().Draw(t, "catalogue")).Draw(t, "playbook")
	})
	reach(t, g, 200, []string{"the default number of actions"}, func(_ *testing.T, pb plan.Playbook, reached func(string)) {
		if len(pb.Actions) == gen.DefaultActions {
			reached("the default number of actions")
		}
	})
}
