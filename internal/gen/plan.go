package gen

import (
	"time"

	"fmt"

	"github.com/shopspring/decimal"
	"pgregory.net/rapid"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/exact"
	"github.com/digitaldistrict/egovkit/plan"
)

// effortUnits is the precision of efforts and capacities: hundredths of a
// person-day.
const effortUnits = 100

// Effort generates a valid effort in person-days: positive, at most two
// places, at most plan.MaxEffort; often a few days, often exactly 0.01,
// 0.02, 9,999.99 or 10,000, otherwise anywhere in between.
func Effort() *rapid.Generator[decimal.Decimal] {
	return rapid.Custom(func(t *rapid.T) decimal.Decimal { return effort(t, "effort") })
}

func effort(t *rapid.T, label string) decimal.Decimal {
	return reexpress(t, label, decimal.New(intEdge(t, label+" hundredths", 1, plan.MaxEffort*effortUnits, 600, often), -2))
}

// An actionShape is what Playbook draws for one service: which actions it
// gets and how they look.
type actionShape struct {
	materials, training, onboarding, rollout, promotion bool
	owners                                              [5]plan.Owner
	efforts                                             [5]decimal.Decimal
	audience                                            plan.Trainees
	neededBelow                                         egov.AdoptionStage
	trainingMeasure                                     bool // training also raises staff trained
	trainingShare                                       bool // … as a share of the staff
	promotionMeasure                                    bool // promotion raises registered eCitizens
	trained, ecitizens, share                           decimal.Decimal
	extra                                               bool // an extra prerequisite on an earlier action
}

func drawShape(t *rapid.T) actionShape {
	owners := []plan.Owner{plan.OwnerTeam, plan.OwnerTeam, plan.OwnerMunicipality, plan.OwnerPartner}
	s := actionShape{
		materials:        rapid.Bool().Draw(t, "materials"),
		training:         rapid.Bool().Draw(t, "training"),
		onboarding:       rapid.Bool().Draw(t, "onboarding"),
		rollout:          rapid.Bool().Draw(t, "rollout"),
		promotion:        rapid.Bool().Draw(t, "promotion"),
		audience:         rapid.SampledFrom([]plan.Trainees{plan.TraineesStaff, plan.TraineesEIDOfficers, plan.TraineesManagers}).Draw(t, "audience"),
		neededBelow:      rapid.SampledFrom(egov.AdoptionStages()).Draw(t, "needed below"),
		trainingMeasure:  rapid.IntRange(0, 3).Draw(t, "training measure") == 3,
		promotionMeasure: rapid.IntRange(0, 2).Draw(t, "promotion measure") == 2,
		extra:            rapid.Bool().Draw(t, "extra prerequisite"),
	}
	for i := range s.owners {
		s.owners[i] = rapid.SampledFrom(owners).Draw(t, "owner")
		s.efforts[i] = effort(t, "effort")
	}
	if s.trainingMeasure {
		if s.trainingShare = rapid.Bool().Draw(t, "share of staff"); s.trainingShare {
			s.share = positiveShare(t, "share")
		} else {
			s.trained = Count().Draw(t, "staff trained")
		}
	}
	if s.promotionMeasure {
		s.ecitizens = Count().Draw(t, "registered ecitizens")
	}
	return s
}

// Playbook generates a valid playbook for the catalogue, filled up to
// DefaultActions actions at most: see PlaybookUpTo.
func Playbook(cat *egov.Catalog) *rapid.Generator[plan.Playbook] {
	return PlaybookUpTo(cat, DefaultActions)
}

// PlaybookUpTo generates a valid playbook for the catalogue: for each service,
// in the catalogue's order, some of materials, training (→ piloting,
// sometimes also raising staff trained, to a count or to a share of the
// staff), technical support (→ partly or fully in use) and promotion
// (sometimes raising registered eCitizens), chained in that order, with a
// few extra prerequisites on earlier actions; and general actions for goals
// with no service, some raising a measure other than staff (a whole, which
// no effect may raise), to a value or, for a part, to a share of its whole. So every effect kind comes up: none, a stage, a measure, both.
// Every owner, action kind and training audience comes up, efforts up to
// plan.MaxEffort, and sometimes exactly limit actions (general ones fill
// the playbook up; plan.MaxActions is the most a playbook may have), as
// long as the catalogue's actions leave room. Actions only ever require actions generated
// before them, and the catalogue's edges run the same way, so the playbook
// is acyclic. Large catalogues repeat a pattern of drawn shapes.
func PlaybookUpTo(cat *egov.Catalog, limit int) *rapid.Generator[plan.Playbook] {
	return rapid.Custom(func(t *rapid.T) plan.Playbook {
		pb := plan.Playbook{ID: "gen", Version: "1"}
		order := cat.Order()
		var pattern []actionShape
		if len(order) > drawEachUpTo {
			for range patternLength {
				pattern = append(pattern, drawShape(t))
			}
		}
		for si, s := range order {
			var shape actionShape
			if pattern != nil {
				shape = pattern[si%patternLength]
			} else {
				shape = drawShape(t)
			}
			var chain []string
			add := func(kind plan.ActionKind, effect plan.Effect, below egov.AdoptionStage) {
				n := len(chain)
				a := plan.Action{
					Key: fmt.Sprintf("%s-%d", s, n), Service: s, Kind: kind,
					Owner: shape.owners[n], Effort: shape.efforts[n],
					Effect: effect, NeededBelow: below,
				}
				if kind == plan.KindTraining {
					a.Audience = shape.audience
				}
				if n > 0 {
					a.Prerequisites = []string{chain[n-1]}
				}
				if shape.extra && len(pb.Actions) > 0 {
					other := pb.Actions[(si*7+n)%len(pb.Actions)]
					if other.Service != s {
						a.Prerequisites = append(a.Prerequisites, other.Key)
					}
				}
				chain = append(chain, a.Key)
				pb.Actions = append(pb.Actions, a)
			}
			if shape.materials {
				add(plan.KindMaterials, plan.Effect{}, shape.neededBelow)
			}
			if shape.training {
				e := plan.Effect{Stage: egov.StagePiloting}
				switch {
				case shape.trainingShare:
					e.Measure, e.ShareOfWhole = egov.MeasureStaffTrained, shape.share
				case shape.trainingMeasure:
					e.Measure, e.AtLeast = egov.MeasureStaffTrained, shape.trained
				}
				add(plan.KindTraining, e, 0)
			}
			if shape.onboarding {
				add(plan.KindTechnicalSupport, plan.Effect{Stage: egov.StagePartlyInUse}, 0)
			}
			if shape.rollout {
				add(plan.KindTechnicalSupport, plan.Effect{Stage: egov.StageFullyInUse}, 0)
			}
			if shape.promotion {
				var e plan.Effect
				if shape.promotionMeasure {
					e = plan.Effect{Measure: egov.MeasureRegisteredECitizens, AtLeast: shape.ecitizens}
				}
				add(plan.KindPromotion, e, 0)
			}
		}
		general := func(i int) plan.Action {
			a := plan.Action{
				Key: fmt.Sprintf("general-%d", i), Goals: []egov.GoalKind{rapid.SampledFrom(egov.GoalKinds()).Draw(t, "goal")},
				Kind:   rapid.SampledFrom(plan.ActionKinds()).Draw(t, "kind"),
				Owner:  rapid.SampledFrom([]plan.Owner{plan.OwnerTeam, plan.OwnerMunicipality, plan.OwnerPartner}).Draw(t, "owner"),
				Effort: effort(t, "effort"),
			}
			if a.Kind == plan.KindTraining && rapid.Bool().Draw(t, "audience") {
				a.Audience = rapid.SampledFrom([]plan.Trainees{plan.TraineesStaff, plan.TraineesEIDOfficers, plan.TraineesManagers}).Draw(t, "audience")
			}
			if rapid.IntRange(0, 2).Draw(t, "general effect") == 2 {
				m := rapid.SampledFrom(raisable()).Draw(t, "measure")
				v := Count()
				if m.Kind() == egov.MeasureKindShare {
					v = Share()
				}
				a.Effect = plan.Effect{Measure: m, AtLeast: v.Draw(t, "at least")}
				if _, part := m.Whole(); part && rapid.Bool().Draw(t, "share of whole") {
					a.Effect = plan.Effect{Measure: m, ShareOfWhole: positiveShare(t, "share of whole")}
				}
			}
			return a
		}
		for i := range rapid.IntRange(0, 3).Draw(t, "general") {
			pb.Actions = append(pb.Actions, general(i))
		}
		// Sometimes fill the playbook up to its limit with one general action
		// repeated.
		if rapid.IntRange(0, 255).Draw(t, "fill") >= 256-2*rare && len(pb.Actions) < limit {
			filler := general(len(pb.Actions))
			for i := len(pb.Actions); i < limit; i++ {
				a := filler
				a.Key = fmt.Sprintf("general-%d", i)
				pb.Actions = append(pb.Actions, a)
			}
		}
		return pb
	})
}

// raisable returns the measures an effect may raise: every measure but
// those that are the whole of others (staff), whose growth lowers the share
// their parts make of them.
func raisable() []egov.Measure {
	var out []egov.Measure
	for _, m := range egov.Measures() {
		whole := false
		for _, part := range egov.Measures() {
			if w, ok := part.Whole(); ok && w == m {
				whole = true
			}
		}
		if !whole {
			out = append(out, m)
		}
	}
	return out
}

// positiveShare draws a share of a whole more than 0 and at most 1:
// anything Share draws but 0, or exactly 1, or the least share a number
// below 1 can hold.
func positiveShare(t *rapid.T, label string) decimal.Decimal {
	if s := share(t); s.Sign() > 0 {
		return reexpress(t, label, s)
	}
	if rapid.Bool().Draw(t, label+" is 1") {
		return decimal.New(1, 0)
	}
	return decimal.New(1, -(exact.MaxDigits - 1))
}

// PlanOptions generates schedule options: capacities from 0.01 to
// plan.MaxEffort person-days a week (partners sometimes unlimited), a
// horizon of 1 to plan.MaxHorizon weeks, each often at either end; a start
// so late that the horizon would run past 9999-12-31 is moved back to end
// on that day.
func PlanOptions() *rapid.Generator[plan.Options] {
	return rapid.Custom(func(t *rapid.T) plan.Options {
		capacity := func(label string) decimal.Decimal {
			return reexpress(t, label, decimal.New(intEdge(t, label, 1, plan.MaxEffort*effortUnits, 500, often), -2))
		}
		o := plan.Options{Start: Date().Draw(t, "start"),
			Horizon:      int(intEdge(t, "horizon", 1, plan.MaxHorizon, 40, often)),
			TeamCapacity: capacity("team"), MunicipalityCapacity: capacity("municipality")}
		// A plan's last week must end by the last day a Date can hold: a
		// start too late for the horizon moves back so that it ends on it.
		last := egov.MustDate(egov.MaxYear, time.December, 31)
		if days := 7 * o.Horizon; last.DaysSince(o.Start) < days-1 {
			o.Start = last.AddDays(-(days - 1))
		}
		if rapid.Bool().Draw(t, "partner capacity") {
			o.PartnerCapacity = capacity("partner")
		}
		return o
	})
}
