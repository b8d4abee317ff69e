package plan_test

import (
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/maturity"
	"github.com/digitaldistrict/egovkit/plan"
)

// Bela Palanka's plan in Serbian, in the Latin script: each step by its
// name, with when it runs, what it adds and why it is there, and what
// became of each agreed priority. The plan's Words name the steps its
// reasons point at; the numbers and dates are written as Serbian writes
// them.
func ExampleWords() {
	playbook, _ := plan.CompileDefaultPlaybook()
	model := maturity.Default()
	day := egov.MustDate(2025, 11, 25)
	p, err := plan.Generate(plan.Request{
		Playbook: playbook,
		Model:    model,
		Profile: egov.Profile{Municipality: "bela-palanka", Date: day, Stages: map[egov.ServiceKey]egov.AdoptionStage{
			egov.ServiceConsentID: egov.StagePartlyInUse, egov.ServiceEPecat: egov.StagePlanned}},
		Visit: egov.Visit{Municipality: "bela-palanka", Date: day, Priorities: []egov.Priority{
			{Rank: 1, Goal: egov.GoalExpandUse, Service: egov.ServiceConsentID},
			{Rank: 2, Goal: egov.GoalIntroduce, Service: egov.ServiceEPecat},
		}},
		Options: plan.Options{Start: egov.MustDate(2025, 12, 1), Horizon: 6,
			TeamCapacity: decimal.NewFromInt(2), MunicipalityCapacity: decimal.NewFromInt(2)},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	sr := egov.SerbianLatin
	w := p.Words(sr, model, egov.SerbianCatalog())
	for _, s := range p.Steps {
		gain := "+" + sr.FormatDecimal(s.Gain, 2)
		if s.GainExact == nil {
			gain = "?"
		}
		fmt.Printf("%s–%s %s (%s) %s: %s\n", sr.FormatDayMonth(s.Start, false), sr.FormatDayMonth(s.End, false),
			s.Label(sr), s.Kind.Label(sr), gain, w.Rationale(s.Rationale))
	}
	for _, st := range p.Priorities {
		text := fmt.Sprintf("prioritet %d: %s", st.Rank, st.Outcome.Label(sr))
		if why := w.PriorityReason(st); why != "" {
			text += ": " + why
		}
		fmt.Println(text)
	}
	// Output:
	// 1. 12.–7. 12. Obuka i ovlašćivanje službenika za eID registraciju (Obuka) +5,00: dogovoreni prioritet 1 (šira upotreba usluge)
	// 8. 12.–14. 12. ConsentID: obuka zaposlenih (Obuka) ?: dogovoreni prioritet 1 (šira upotreba usluge)
	// 15. 12.–21. 12. Državni data centar: vodiči, priručnici i prezentacije (Materijali) +0,00: potrebno pre koraka „Državni data centar: obuka zaposlenih“
	// 22. 12.–28. 12. Državni data centar: obuka zaposlenih (Obuka) ?: potrebno pre koraka „Državni data centar: uvođenje i podešavanje“
	// 15. 12.–21. 12. ePečat u klaudu: vodiči, priručnici i prezentacije (Materijali) +0,00: potrebno pre koraka „ePečat u klaudu: obuka zaposlenih“
	// 29. 12.–11. 1. ePečat u klaudu: obuka zaposlenih (Obuka) ?: potrebno pre koraka „ePečat u klaudu: uvođenje i podešavanje“
	// prioritet 1: Obuhvaćen planom
	// prioritet 2: Van perioda plana: „ePečat u klaudu: uvođenje i podešavanje“ (ili korak koji mu je potreban) ne staje u period plana (6 sedmica)
}
