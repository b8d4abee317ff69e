package egov_test

import (
	"fmt"
	"slices"

	"github.com/digitaldistrict/egovkit/egov"
)

func ExampleNewCatalog() {
	cat, err := egov.NewCatalog([]egov.Service{
		{Key: "eid", Kind: egov.KindEnabler, Name: egov.ServiceNames{English: "eID", Latin: "eID"}},
		{Key: "consentid", Kind: egov.KindEnabler, Name: egov.ServiceNames{English: "ConsentID", Latin: "ConsentID"},
			Prerequisites: []egov.Prerequisite{{Service: "eid"}}},
		{Key: "episarnica", Kind: egov.KindCitizenService, Name: egov.ServiceNames{English: "Online counter", Latin: "ePisarnica"},
			Prerequisites: []egov.Prerequisite{{Service: "consentid"}}},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(cat.Order())
	fmt.Println(cat.Prerequisites("episarnica"))
	// Output:
	// [eid consentid episarnica]
	// [eid consentid] <nil>
}

func ExampleNewCatalog_cycle() {
	_, err := egov.NewCatalog([]egov.Service{
		{Key: "a", Kind: egov.KindEnabler, Name: egov.ServiceNames{English: "A", Latin: "A"},
			Prerequisites: []egov.Prerequisite{{Service: "b"}}},
		{Key: "b", Kind: egov.KindEnabler, Name: egov.ServiceNames{English: "B", Latin: "B"},
			Prerequisites: []egov.Prerequisite{{Service: "a"}}},
	})
	fmt.Println(err)
	// Output:
	// invalid catalogue: services[0].prerequisites: prerequisites form a cycle: a → b → a
}

func ExampleSerbianCatalog() {
	cat := egov.SerbianCatalog()
	prereqs, _ := cat.Prerequisites(egov.ServiceEPisarnica)
	fmt.Println(prereqs)
	s, _ := cat.Service(egov.ServiceEPisarnica)
	for _, p := range s.Prerequisites {
		fmt.Printf("%s assumed=%v\n", p.Service, p.Assumption)
	}
	// Output:
	// [ddc eid consentid epecat esanduce pisarnica]
	// consentid assumed=false
	// esanduce assumed=false
	// pisarnica assumed=true
	// epecat assumed=true
}

func ExampleFindPilot() {
	for _, q := range []string{"Cacak", "ČAČAK", "Чачак"} {
		m, ok := egov.FindPilot(q)
		fmt.Println(q, ok, m.Name.Latin, m.Name.Cyrillic, m.Population)
	}
	m, _ := egov.FindPilot("Niš")
	fmt.Println(m.Name.Latin, m.Status, m.District, m.Population)
	// Output:
	// Cacak true Čačak Чачак 105,612 (2022 census)
	// ČAČAK true Čačak Чачак 105,612 (2022 census)
	// Чачак true Čačak Чачак 105,612 (2022 census)
	// Niš city Nišava 249,501 (2022 census)
}

func ExamplePilotMunicipalities() {
	for _, m := range egov.PilotMunicipalities()[:4] {
		fmt.Println(m.Name.Latin)
	}
	// Output:
	// Bela Palanka
	// Beočin
	// Čačak
	// Ćuprija
}

func ExampleVisit_Validate() {
	v := egov.Visit{
		Municipality: "cacak",
		Date:         egov.MustDate(2025, 11, 20),
		Findings:     []egov.Finding{{Service: egov.ServicePisarnica}},
		Priorities: []egov.Priority{
			{Rank: 1, Goal: egov.GoalAdoptFully, Service: egov.ServicePisarnica},
			{Rank: 1, Goal: egov.GoalIntroduce, Service: egov.ServiceEPecat},
			{Rank: 3, Goal: egov.GoalExchangeData, Service: "ezupp"},
		},
	}
	err := v.Validate(egov.SerbianCatalog())
	for _, p := range egov.Problems(err) {
		fmt.Println(p)
	}
	// Output:
	// findings[0].observation: finding has no observation
	// priorities[1].rank: rank 1 already given to priorities[0]
	// priorities[2].service: unknown service "ezupp"; did you mean "ezup"?
}

func ExampleDecodeVisit() {
	// Problems of the document's shape (a day that does not exist, a field
	// misspelt) and of its content (a service the catalogue does not hold)
	// come together, each with the fix where one is likely.
	_, err := egov.DecodeVisit([]byte(`{
		"format": "egovkit.visit/1",
		"municipality": "cacak",
		"date": "2025-11-31",
		"priorities": [
			{"rank": 1, "goal": "adopt-fully", "servce": "pisarnica"},
			{"rank": 2, "goal": "exchange-data", "service": "ezupp"}
		]
	}`), egov.SerbianCatalog())
	fmt.Println(err)
	// Output:
	// invalid visit: 3 problems:
	// 	date: invalid date "2025-11-31": 2025-11 has no day 31
	// 	priorities[0].servce: unknown field "servce"; did you mean "service"?
	// 	priorities[1].service: unknown service "ezupp"; did you mean "ezup"?
}

func ExampleToCyrillic() {
	fmt.Println(egov.ToCyrillic("Ljubovija, Njegoševa, Džep"))
	fmt.Println(egov.ToLatin("ЉУБОВИЈА, Његошева, Џеп"))
	fmt.Println(egov.Fold("Велико Градиште"))
	// Output:
	// Љубовија, Његошева, Џеп
	// LJUBOVIJA, Njegoševa, Džep
	// veliko-gradiste
}

func ExampleCompareNames() {
	names := []string{"Despotovac", "Ćuprija", "Čačak"}
	slices.SortFunc(names, egov.CompareNames)
	fmt.Println(names)
	// Output:
	// [Čačak Ćuprija Despotovac]
}

func ExampleVisitIDOf() {
	id := egov.VisitIDOf("cacak", egov.MustDate(2025, 11, 20))
	fmt.Println(id, id.UUID().Version())
	// Output:
	// 9977a5d5-ce99-5739-8195-ec4dbda24a8a VERSION_5
}
