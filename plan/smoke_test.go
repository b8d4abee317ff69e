package plan_test

import (
	"fmt"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/maturity"
	"github.com/digitaldistrict/egovkit/plan"
)

func TestSmoke(t *testing.T) {
	pb, err := plan.CompileDefaultPlaybook()
	if err != nil {
		t.Fatal(err)
	}
	d := egov.MustDate(2025, 11, 20)
	v := egov.Visit{Municipality: "cacak", Date: d, Priorities: []egov.Priority{
		{Rank: 1, Goal: egov.GoalAdoptFully, Service: "pisarnica"},
		{Rank: 2, Goal: egov.GoalPromote, Service: "episarnica"},
		{Rank: 3, Goal: egov.GoalIntroduce, Service: "epecat"},
		{Rank: 4, Goal: egov.GoalExchangeData, Service: "ezup"},
		{Rank: 5, Goal: egov.GoalExpandServices},
	}}
	p := egov.Profile{Municipality: "cacak", Date: d, Stages: map[egov.ServiceKey]egov.AdoptionStage{"pisarnica": egov.StagePartlyInUse, "epecat": egov.StagePlanned}}
	pl, err := plan.Generate(plan.Request{Playbook: pb, Model: maturity.Default(), Profile: p, Visit: v,
		Options: plan.Options{Start: egov.MustDate(2025, 12, 1), Horizon: 26, TeamCapacity: decimal.NewFromInt(3), MunicipalityCapacity: decimal.NewFromInt(2)}})
	if err != nil {
		t.Fatal(err)
	}
	fmt.Println("current", pl.Current.Score, "projected", pl.Projected.Score, pl.Projected.Level, len(pl.Steps), len(pl.Deferred))
	for _, a := range pl.Assumptions {
		fmt.Println("assume", a)
	}
	for _, s := range pl.Steps {
		fmt.Printf("%2d-%2d %-28s %-5s %-6s %s\n", s.StartWeek, s.EndWeek, s.Action, s.Effort, s.Gain, s.Rationale)
	}
	for _, s := range pl.Priorities {
		fmt.Println(s.Rank, s.Goal, s.Outcome, s.Reason, len(s.Steps))
	}
}
