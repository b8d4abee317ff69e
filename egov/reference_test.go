package egov_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/digitaldistrict/egovkit/egov"
)

func TestPilotVisits(t *testing.T) {
	c := egov.SerbianCatalog()
	english := egov.PilotVisits(egov.English)
	if len(english) != 3 {
		t.Fatalf("%d visits, want 3", len(english))
	}
	var keys []string
	for _, v := range english {
		keys = append(keys, v.Municipality)
		if _, ok := egov.FindPilot(v.Municipality); !ok {
			t.Errorf("%s is not a pilot", v.Municipality)
		}
		if !v.DateIllustrative || !strings.HasPrefix(v.Source, "https://naled.rs/") {
			t.Errorf("%s: illustrative %v, source %q", v.Municipality, v.DateIllustrative, v.Source)
		}
	}
	if !slices.Equal(keys, []string{"kragujevac", "cacak", "bela-palanka"}) {
		t.Errorf("visits to %v", keys)
	}
	// The English is the text the example carried before the visits moved
	// here.
	if got := english[1].Priorities[1].Description; got != "Promote ePisarnica as an online service counter." {
		t.Errorf("Čačak's second priority: %q", got)
	}
	if got := english[2].Findings[0].Observation; !strings.HasPrefix(got, "Some employees already register citizens") {
		t.Errorf("Bela Palanka's finding: %q", got)
	}
	for _, l := range egov.Languages() {
		vs := egov.PilotVisits(l)
		for i, v := range vs {
			if err := v.Validate(c); err != nil {
				t.Errorf("%v %s: %v", l, v.Municipality, err)
			}
			e := english[i]
			if v.ResolvedID() != e.ResolvedID() || v.Date != e.Date || len(v.Priorities) != len(e.Priorities) {
				t.Errorf("%v %s differs from the English visit beyond its words", l, v.Municipality)
				continue
			}
			for j, p := range v.Priorities {
				q := e.Priorities[j]
				if p.Rank != q.Rank || p.Goal != q.Goal || p.Service != q.Service {
					t.Errorf("%v %s priority %d differs beyond its words", l, v.Municipality, j)
				}
				texts := []string{p.Description, v.Findings[0].Observation, v.Team[0]}
				for _, s := range texts {
					hasCyrillic := strings.IndexFunc(s, isCyrillic) >= 0
					if hasCyrillic != (l == egov.SerbianCyrillic) || s == "" {
						t.Errorf("%v %s: %q is not in the language's script", l, v.Municipality, s)
					}
				}
				if l == egov.SerbianLatin && p.Description != egov.ToLatin(egov.PilotVisits(egov.SerbianCyrillic)[i].Priorities[j].Description) {
					t.Errorf("%s priority %d: the Latin is not the Cyrillic transliterated", v.Municipality, j)
				}
			}
		}
	}
	if got := egov.PilotVisits(egov.SerbianLatin)[1].Priorities[3].Description; got != "Pristup registrima preko eZUP-a." {
		t.Errorf("Čačak's eZUP priority in Latin: %q", got)
	}
	english[0].Team[0] = "changed"
	if egov.PilotVisits(egov.English)[0].Team[0] == "changed" {
		t.Error("PilotVisits returns shared data")
	}
}

func TestPilotProfiles(t *testing.T) {
	c := egov.SerbianCatalog()
	ps := egov.PilotProfiles()
	vs := egov.PilotVisits(egov.English)
	if len(ps) != len(vs) {
		t.Fatalf("%d profiles for %d visits", len(ps), len(vs))
	}
	for i, p := range ps {
		if err := p.Validate(c); err != nil {
			t.Errorf("%s: %v", p.Municipality, err)
		}
		if p.Municipality != vs[i].Municipality || p.Date != vs[i].Date {
			t.Errorf("profile %d is of %s on %s, the visit of %s on %s", i, p.Municipality, p.Date, vs[i].Municipality, vs[i].Date)
		}
		if len(p.Measures) != 0 {
			t.Errorf("%s: the source gives no figures, the profile has %v", p.Municipality, p.Measures)
		}
	}
	if got := ps[1].Stage(egov.ServicePisarnica); got != egov.StagePartlyInUse {
		t.Errorf("Čačak's Pisarnica: %v", got)
	}
	if got := ps[0].Stage(egov.ServicePisarnica); got != egov.StageUnknown {
		t.Errorf("Kragujevac's Pisarnica: %v, want unknown", got)
	}
	ps[1].Stages[egov.ServicePisarnica] = egov.StageFullyInUse
	if egov.PilotProfiles()[1].Stage(egov.ServicePisarnica) != egov.StagePartlyInUse {
		t.Error("PilotProfiles returns shared data")
	}
}
