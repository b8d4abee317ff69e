package contracttest_test

import (
	"encoding/json"
	"sync"
	"testing"

	"pgregory.net/rapid"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/gen"
	"github.com/digitaldistrict/egovkit/maturity"
	"github.com/digitaldistrict/egovkit/questionnaire"
)

// TestSharedQuestionnaireAcrossGoroutines reads one questionnaire, and
// applies answers to it, from many goroutines at once; under -race any
// hidden write shows, and every goroutine gets the same profile.
func TestSharedQuestionnaireAcrossGoroutines(t *testing.T) {
	p := egov.PilotProfiles()[1]
	q, err := questionnaire.New(egov.SerbianCatalog(), p, maturity.Default())
	if err != nil {
		t.Fatal(err)
	}
	a := questionnaire.Answers{Questionnaire: q.ID(), Municipality: p.Municipality, Date: p.Date,
		Answers: map[string]questionnaire.Answer{"stage.ezup": questionnaire.Stage(egov.StagePlanned)}}
	const workers = 16
	out := make([][]byte, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = q.Questions()
			_ = q.Groups()
			_, _ = json.Marshal(q)
			applied, err := q.Apply(p, a)
			if err != nil {
				t.Error(err)
				return
			}
			out[w], _ = json.Marshal(applied)
		}()
	}
	wg.Wait()
	for w := range out {
		if string(out[w]) != string(out[0]) {
			t.Fatalf("goroutine %d got %s, goroutine 0 %s", w, out[w], out[0])
		}
	}
}

// TestNewChangesNotItsInput makes questionnaires of drawn models and
// profiles and checks that neither changed.
func TestNewChangesNotItsInput(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		m := gen.ModelUpTo(8).Draw(t, "model")
		gen.EachIndicator(&m, func(ind *maturity.Indicator) {
			if r := &ind.Rule; r.Service != "" {
				r.Service = egov.ServiceEZUP // a service the catalogue holds
			}
		})
		c := maturity.MustCompile(m)
		p := gen.ProfileFor(m).Draw(t, "profile")
		cat := egov.SerbianCatalog()
		before := snaps(t, p, m, cat)
		if _, err := questionnaire.New(cat, p, c); err != nil {
			t.Fatal(err)
		}
		unchanged(t, "questionnaire.New", before, p, c.Model(), cat)
	})
}
