package plan_test

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/plan"
)

func BenchmarkGenerate(b *testing.B) {
	req := cacakRequest(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := plan.Generate(req); err != nil {
			b.Fatal(err)
		}
	}
}

// syntheticPlans builds plans with n steps in all, over ten municipalities:
// each step needs about three earlier steps of its plan, drawn with a fixed
// seed; efforts are one person-day; owners alternate between the team, the
// municipality and a partner.
func syntheticPlans(n int) []*plan.Plan {
	const municipalities = 10
	rng := rand.New(rand.NewPCG(1, 2))
	plans := make([]*plan.Plan, municipalities)
	owners := []plan.Owner{plan.OwnerTeam, plan.OwnerMunicipality, plan.OwnerPartner}
	for g := range plans {
		p := &plan.Plan{Municipality: fmt.Sprintf("m%d", g),
			Options: plan.Options{MunicipalityCapacity: decimal.NewFromInt(100)}}
		size := n / municipalities
		for k := range size {
			s := plan.Step{ID: egov.DeriveID[plan.Step](fmt.Sprintf("bench:%d:%d", g, k)), Action: fmt.Sprintf("a%d", k),
				Kind: plan.KindTraining, Owner: owners[k%3], Effort: decimal.NewFromInt(1), Position: k, Class: 1 + k%5}
			for d := 0; d < 3 && k > 0; d++ {
				dep := p.Steps[rng.IntN(k)].ID
				if !contains(s.DependsOn, dep) {
					s.DependsOn = append(s.DependsOn, dep)
				}
			}
			p.Steps = append(p.Steps, s)
		}
		plans[g] = p
	}
	return plans
}

func contains(ids []plan.StepID, id plan.StepID) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

func BenchmarkPortfolio(b *testing.B) {
	for _, n := range []int{1_000, 10_000, 100_000} {
		b.Run(fmt.Sprintf("actions=%d", n), func(b *testing.B) {
			plans := syntheticPlans(n)
			opts := plan.PortfolioOptions{Start: egov.MustDate(2026, 1, 5), Horizon: plan.MaxHorizon,
				TeamCapacity: decimal.NewFromInt(int64(max(n/100, 10)))}
			b.ReportAllocs()
			for b.Loop() {
				pf, err := plan.SchedulePortfolio(plans, opts)
				if err != nil {
					b.Fatal(err)
				}
				if len(pf.Deferred) > 0 {
					b.Fatalf("%d of %d actions not scheduled", len(pf.Deferred), n)
				}
			}
		})
	}
}

// BenchmarkCompilePlaybookSize compiles playbooks of growing size, up to
// the limit of actions: memory per operation grows linearly.
func BenchmarkCompilePlaybookSize(b *testing.B) {
	cat := egov.SerbianCatalog()
	for _, n := range []int{1_000, 10_000, plan.MaxActions} {
		pb := plan.Playbook{ID: "size", Version: "1", Actions: make([]plan.Action, n)}
		for i := range pb.Actions {
			a := plan.Action{Key: fmt.Sprintf("a%d", i), Goals: []egov.GoalKind{egov.GoalTrain}, Kind: plan.KindTraining,
				Owner: plan.OwnerTeam, Effort: decimal.NewFromInt(1)}
			if i > 0 {
				a.Prerequisites = []string{fmt.Sprintf("a%d", i/2)}
			}
			pb.Actions[i] = a
		}
		b.Run(fmt.Sprintf("actions=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := plan.CompilePlaybook(pb, cat); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
