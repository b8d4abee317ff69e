package gen

import (
	"fmt"

	"github.com/shopspring/decimal"
	"pgregory.net/rapid"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/plan"
)

// Effort generates a positive effort in person-days with up to two places.
func Effort() *rapid.Generator[decimal.Decimal] {
	return rapid.Custom(func(t *rapid.T) decimal.Decimal {
		return decimal.New(rapid.Int64Range(1, 600).Draw(t, "effort hundredths"), -2)
	})
}

// Playbook generates a valid playbook for the catalogue: for each service,
// in the catalogue's order, some of materials, training (→ piloting),
// technical support (→ partly or fully in use) and promotion, chained in
// that order, with a few extra prerequisites on earlier actions; and a few
// general actions for goals with no service. Actions only ever require
// actions generated before them, and the catalogue's edges run the same
// way, so the playbook is acyclic.
func Playbook(cat *egov.Catalog) *rapid.Generator[plan.Playbook] {
	return rapid.Custom(func(t *rapid.T) plan.Playbook {
		pb := plan.Playbook{ID: "gen", Version: "1"}
		owners := []plan.Owner{plan.OwnerTeam, plan.OwnerTeam, plan.OwnerMunicipality, plan.OwnerPartner}
		for _, s := range cat.Order() {
			var chain []string
			add := func(kind plan.ActionKind, effect plan.Effect, below egov.AdoptionStage) {
				a := plan.Action{
					Key: fmt.Sprintf("%s-%d", s, len(chain)), Service: s, Kind: kind,
					Owner: rapid.SampledFrom(owners).Draw(t, "owner"), Effort: Effort().Draw(t, "effort"),
					Effect: effect, NeededBelow: below,
				}
				if kind == plan.KindTraining {
					a.Audience = plan.AudienceStaff
				}
				if len(chain) > 0 {
					a.Prerequisites = []string{chain[len(chain)-1]}
				}
				if len(pb.Actions) > 0 && rapid.Bool().Draw(t, "extra prerequisite") {
					other := rapid.SampledFrom(pb.Actions).Draw(t, "other")
					if other.Service != s && (len(chain) == 0 || other.Key != chain[len(chain)-1]) {
						a.Prerequisites = append(a.Prerequisites, other.Key)
					}
				}
				chain = append(chain, a.Key)
				pb.Actions = append(pb.Actions, a)
			}
			if rapid.Bool().Draw(t, "materials") {
				add(plan.KindMaterials, plan.Effect{}, egov.StagePiloting)
			}
			if rapid.Bool().Draw(t, "training") {
				add(plan.KindTraining, plan.Effect{Stage: egov.StagePiloting}, 0)
			}
			if rapid.Bool().Draw(t, "onboarding") {
				add(plan.KindTechnicalSupport, plan.Effect{Stage: egov.StagePartlyInUse}, 0)
			}
			if rapid.Bool().Draw(t, "rollout") {
				add(plan.KindTechnicalSupport, plan.Effect{Stage: egov.StageFullyInUse}, 0)
			}
			if rapid.Bool().Draw(t, "promotion") {
				add(plan.KindPromotion, plan.Effect{}, 0)
			}
		}
		for i, n := 0, rapid.IntRange(0, 3).Draw(t, "general"); i < n; i++ {
			pb.Actions = append(pb.Actions, plan.Action{
				Key: fmt.Sprintf("general-%d", i), Goals: []egov.GoalKind{rapid.SampledFrom(egov.GoalKinds()).Draw(t, "goal")},
				Kind: rapid.SampledFrom(plan.ActionKinds()).Draw(t, "kind"), Owner: rapid.SampledFrom(owners).Draw(t, "owner"),
				Effort: Effort().Draw(t, "effort"),
			})
		}
		return pb
	})
}

// PlanOptions generates schedule options: capacities from a quarter day to
// five days a week (partners sometimes unlimited) and a horizon of 1 to 40
// weeks.
func PlanOptions() *rapid.Generator[plan.Options] {
	return rapid.Custom(func(t *rapid.T) plan.Options {
		capacity := func(label string) decimal.Decimal {
			return decimal.New(rapid.Int64Range(25, 500).Draw(t, label), -2)
		}
		o := plan.Options{Start: Date().Draw(t, "start"), Horizon: rapid.IntRange(1, 40).Draw(t, "horizon"),
			TeamCapacity: capacity("team"), MunicipalityCapacity: capacity("municipality")}
		if rapid.Bool().Draw(t, "partner capacity") {
			o.PartnerCapacity = capacity("partner")
		}
		return o
	})
}
