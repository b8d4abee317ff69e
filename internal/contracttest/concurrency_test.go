package contracttest_test

import (
	"encoding/json"
	"sync"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/maturity"
	"github.com/digitaldistrict/egovkit/plan"
)

// TestSharedValuesAcrossGoroutines uses one catalogue, one compiled model
// and one compiled playbook from many goroutines at once; under -race any
// hidden write shows.
func TestSharedValuesAcrossGoroutines(t *testing.T) {
	cat := egov.SerbianCatalog()
	model := maturity.Default()
	book, err := plan.CompilePlaybook(plan.DefaultPlaybook(), cat)
	if err != nil {
		t.Fatal(err)
	}
	day := egov.MustDate(2025, 11, 20)
	const workers = 16
	results := make([][]byte, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = cat.Order()
			_, _ = cat.Prerequisites(egov.ServiceEPisarnica)
			_, _ = cat.Service(egov.ServiceEZUP)
			_, _ = json.Marshal(cat)
			profile := egov.Profile{Municipality: "cacak", Date: day, Stages: map[egov.ServiceKey]egov.AdoptionStage{
				egov.ServicePisarnica: egov.StagePartlyInUse, egov.ServiceEPecat: egov.AdoptionStage(w % 6)}}
			a := model.Assess(profile)
			r, err := model.Score(a)
			if err != nil {
				t.Error(err)
				return
			}
			_ = r.Dimensions()
			_ = r.Indicators()
			_, _ = model.GainsIfMet(a)
			out := make([]maturity.Totals, 300)
			as := make([]maturity.Assessment, 300)
			for i := range as {
				as[i] = a
			}
			_ = model.TotalsBatch(as, out)
			_ = model.Model()
			_ = book.Playbook()
			p, err := plan.Generate(plan.Request{Playbook: book, Model: model, Profile: profile,
				Visit: egov.Visit{Municipality: "cacak", Date: day, Priorities: []egov.Priority{
					{Rank: 1, Goal: egov.GoalAdoptFully, Service: egov.ServicePisarnica}}},
				Options: plan.Options{Start: day, Horizon: 20, TeamCapacity: decimal.NewFromInt(2),
					MunicipalityCapacity: decimal.NewFromInt(2)}})
			if err != nil {
				t.Error(err)
				return
			}
			results[w], _ = json.Marshal(p)
		}()
	}
	wg.Wait()
	for w := 1; w < workers; w++ {
		if (w%6 == 0) && string(results[w]) != string(results[0]) {
			t.Errorf("worker %d got a different plan from the same input", w)
		}
	}
}
