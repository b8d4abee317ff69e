package plan_test

import (
	"fmt"
	"testing"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/maturity"
	"github.com/digitaldistrict/egovkit/plan"
)

// BenchmarkWideDependencies measures the inputs whose handling once scanned
// a list for each of its entries: an action requiring every other one, an
// action every other one requires, many priorities served by the same
// steps, many actions, findings and priorities about one service, a step
// depending on every other one.
// Time per operation grows linearly with n (it grew as its square).
func BenchmarkWideDependencies(b *testing.B) {
	day := egov.MustDate(2025, 11, 20)
	for _, n := range []int{1_000, 10_000} {
		keys := make([]string, n)
		for i := range keys {
			keys[i] = fmt.Sprintf("a%d", i)
		}
		action := func(key string, prereqs []string) plan.Action {
			return plan.Action{Key: key, Goals: []egov.GoalKind{egov.GoalTrain}, Kind: plan.KindTraining,
				Owner: plan.OwnerTeam, Effort: pd("1"), Prerequisites: prereqs}
		}
		requiresAll := plan.Playbook{ID: "p", Version: "1"}
		requiredByAll := plan.Playbook{ID: "p", Version: "1", Actions: []plan.Action{action("base", nil)}}
		for _, k := range keys {
			requiresAll.Actions = append(requiresAll.Actions, action(k, nil))
			requiredByAll.Actions = append(requiredByAll.Actions, action(k, []string{"base"}))
		}
		requiresAll.Actions = append(requiresAll.Actions, action("last", keys))
		b.Run(fmt.Sprintf("CompilePlaybook/n=%d", n), func(b *testing.B) {
			for b.Loop() {
				if _, err := plan.CompilePlaybook(requiresAll, egov.SerbianCatalog()); err != nil {
					b.Fatal(err)
				}
			}
		})
		book, err := plan.CompilePlaybook(requiredByAll, egov.SerbianCatalog())
		if err != nil {
			b.Fatal(err)
		}
		req := plan.Request{Playbook: book, Model: maturity.Default(), Profile: egov.Profile{Municipality: "x", Date: day},
			Visit:   egov.Visit{Municipality: "x", Date: day, Priorities: []egov.Priority{{Rank: 1, Goal: egov.GoalTrain}}},
			Options: plan.Options{Start: day, Horizon: 52, TeamCapacity: pd("100"), MunicipalityCapacity: pd("1")}}
		b.Run(fmt.Sprintf("Generate/n=%d", n), func(b *testing.B) {
			for b.Loop() {
				if _, err := plan.Generate(req); err != nil {
					b.Fatal(err)
				}
			}
		})
		p := &plan.Plan{Municipality: "x", Options: plan.Options{MunicipalityCapacity: pd("1")}}
		var ids []plan.StepID
		for i := range n {
			id := egov.DeriveID[plan.Step](fmt.Sprint(i))
			p.Steps = append(p.Steps, plan.Step{ID: id, Kind: plan.KindTraining, Owner: plan.OwnerPartner, Effort: pd("1"), Position: i})
			ids = append(ids, id)
		}
		p.Steps = append(p.Steps, plan.Step{ID: egov.DeriveID[plan.Step]("last"), Kind: plan.KindTraining,
			Owner: plan.OwnerPartner, Effort: pd("1"), DependsOn: ids, Position: n})
		many := egov.Visit{Municipality: "x", Date: day}
		for i := range n {
			many.Priorities = append(many.Priorities, egov.Priority{Rank: i + 1, Goal: egov.GoalTrain})
		}
		defaultBook, err := plan.CompileDefaultPlaybook()
		if err != nil {
			b.Fatal(err)
		}
		manyReq := plan.Request{Playbook: defaultBook, Model: maturity.Default(), Profile: req.Profile, Visit: many,
			Options: req.Options}
		b.Run(fmt.Sprintf("GenerateManyPriorities/n=%d", n), func(b *testing.B) {
			for b.Loop() {
				if _, err := plan.Generate(manyReq); err != nil {
					b.Fatal(err)
				}
			}
		})
		// Many actions on two services, one requiring the other in the
		// catalogue; many findings and priorities about one of them.
		twoServices := plan.Playbook{ID: "p", Version: "1"}
		for i := range n {
			for _, s := range []egov.ServiceKey{egov.ServicePisarnica, egov.ServiceEPisarnica} {
				twoServices.Actions = append(twoServices.Actions, plan.Action{Key: fmt.Sprintf("%s-%d", s, i), Service: s,
					Kind: plan.KindTechnicalSupport, Owner: plan.OwnerTeam, Effort: pd("1"),
					Effect: plan.Effect{Stage: egov.StagePartlyInUse}})
			}
		}
		b.Run(fmt.Sprintf("CompilePlaybookOneService/n=%d", n), func(b *testing.B) {
			for b.Loop() {
				if _, err := plan.CompilePlaybook(twoServices, egov.SerbianCatalog()); err != nil {
					b.Fatal(err)
				}
			}
		})
		twoBook, err := plan.CompilePlaybook(twoServices, egov.SerbianCatalog())
		if err != nil {
			b.Fatal(err)
		}
		findings := egov.Visit{Municipality: "x", Date: day}
		for i := range n {
			findings.Priorities = append(findings.Priorities, egov.Priority{Rank: i + 1, Goal: egov.GoalAdoptFully,
				Service: egov.ServicePisarnica})
			findings.Findings = append(findings.Findings, egov.Finding{Observation: "seen", Service: egov.ServicePisarnica})
		}
		findingsReq := plan.Request{Playbook: twoBook, Model: maturity.Default(), Visit: findings, Options: req.Options,
			Profile: req.Profile.WithStage(egov.ServicePisarnica, egov.StageFullyInUse)}
		b.Run(fmt.Sprintf("GenerateOneService/n=%d", n), func(b *testing.B) {
			for b.Loop() {
				if _, err := plan.Generate(findingsReq); err != nil {
					b.Fatal(err)
				}
			}
		})
		opts := plan.PortfolioOptions{Start: day, Horizon: 52, TeamCapacity: pd("1")}
		b.Run(fmt.Sprintf("SchedulePortfolio/n=%d", n), func(b *testing.B) {
			for b.Loop() {
				if _, err := plan.SchedulePortfolio([]*plan.Plan{p}, opts); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
