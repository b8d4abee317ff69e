package plan

import (
	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/exact"
)

// MaxPortfolioPlans is the most plans SchedulePortfolio schedules together.
// It keeps each week's load per municipality and owner, for up to
// MaxHorizon weeks, so a portfolio costs memory in proportion to its plans
// times its weeks: a thousand plans (Serbia has 145 local self-governments)
// cost about twenty megabytes.
const MaxPortfolioPlans = 1_000

// PortfolioOptions shape a portfolio schedule. Each municipality keeps its
// own weekly capacity, from its plan's options.
type PortfolioOptions struct {
	Start   egov.Date
	Horizon int
	// TeamCapacity is the programme team's capacity a week, shared by all
	// municipalities; PartnerCapacity the partners' (zero: unlimited).
	TeamCapacity    decimal.Decimal
	PartnerCapacity decimal.Decimal
}

// A Portfolio is the schedule of several municipalities' plans on one
// programme team.
type Portfolio struct {
	Options PortfolioOptions
	// Municipalities in the order of the plans given.
	Municipalities []string
	// Assignments are the scheduled steps, by start week, then
	// municipality order, then plan order.
	Assignments []Assignment
	// Deferred are the steps that do not fit in the horizon.
	Deferred []Assignment
	// Load is each week's work per municipality and owner, in person-days,
	// for the weeks and pairs with any work, by week, municipality, owner.
	Load []WeekLoad
}

// An Assignment places one step of one municipality's plan.
type Assignment struct {
	Municipality       string
	Step               StepID
	Action             string
	Kind               ActionKind
	Owner              Owner
	Effort             decimal.Decimal
	Class              int
	StartWeek, EndWeek int
	Start, End         egov.Date
}

// A WeekLoad is the work of one owner for one municipality in one week.
type WeekLoad struct {
	Week         int
	Start        egov.Date
	Municipality string
	Owner        Owner
	PersonDays   decimal.Decimal
}

// SchedulePortfolio schedules every step of the plans (scheduled or
// deferred in its plan) on the shared team capacity, each municipality's
// own capacity and the partners', with the serial schedule-generation
// heuristic of Generate and this priority rule: among the steps whose
// prerequisites are scheduled, the lowest priority class goes first; among
// ready steps of one class, the municipality that has received the least
// programme-team capacity so far; within a municipality, its plan order
// (Step.Position). No week's load ever exceeds an owner's capacity. The
// plans are not changed.
//
// At most MaxPortfolioPlans plans are scheduled together. The plans may be
// built or changed by hand: each must name its
// municipality, and its steps are checked as Replan checks them (IDs,
// kinds, owners, efforts, effects, dependencies and their cycles). Every
// problem of the plans and the options comes in one *egov.ValidationError,
// at paths such as "plans[1].steps[2].owner".
func SchedulePortfolio(plans []*Plan, opts PortfolioOptions) (*Portfolio, error) {
	var ps egov.ProblemList
	if len(plans) > MaxPortfolioPlans {
		ps.Append(egov.LimitProblem("plans", "plans", MaxPortfolioPlans, int64(len(plans))))
		return nil, ps.Err("portfolio")
	}
	team, _, partner := Options{Start: opts.Start, Horizon: opts.Horizon, TeamCapacity: opts.TeamCapacity,
		MunicipalityCapacity: decimal.NewFromInt(1), PartnerCapacity: opts.PartnerCapacity}.validate(&ps, "options")
	caps := []int64{team}
	owners := []Owner{OwnerTeam}
	seen := map[string]int{}
	total, totalDeps := 0, 0
	for k, p := range plans {
		path := index("plans", k)
		if p == nil {
			ps.Add(path, "", "missing plan")
			caps = append(caps, 0)
			owners = append(owners, OwnerMunicipality)
			continue
		}
		checkMunicipality(&ps, path+".municipality", p.Municipality)
		if j, dup := seen[p.Municipality]; dup && p.Municipality != "" {
			ps.Add(path+".municipality", p.Municipality, "municipality %q already planned at plans[%d]", p.Municipality, j)
		} else {
			seen[p.Municipality] = k
		}
		caps = append(caps, capacity(&ps, path+".options.municipality_capacity", p.Options.MunicipalityCapacity, false))
		owners = append(owners, OwnerMunicipality)
		total += len(p.Steps) + len(p.Deferred)
		for _, st := range p.Steps {
			totalDeps += len(st.DependsOn)
		}
		for _, st := range p.Deferred {
			totalDeps += len(st.DependsOn)
		}
	}
	partnerPool := len(caps)
	caps = append(caps, partner)
	owners = append(owners, OwnerPartner)

	js := &jobs{
		pool: make([]int32, 0, total), effort: make([]int64, 0, total), class: make([]int, 0, total),
		group: make([]int32, 0, total), depStart: make([]int32, 1, total+1),
		deps: make([]int32, 0, totalDeps),
	}
	steps := make([]*Step, 0, total)
	groupOf := make([]int, 0, total)
	for g, p := range plans {
		if p == nil {
			continue
		}
		pool := [numOwners]int32{OwnerTeam: 0, OwnerMunicipality: int32(1 + g), OwnerPartner: int32(partnerPool)}
		for _, r := range addSteps(&ps, index("plans", g), p, int32(g), &pool, js) {
			steps = append(steps, r.of(p))
			groupOf = append(groupOf, g)
		}
	}
	if err := ps.Err("portfolio"); err != nil {
		return nil, err
	}
	start, end, load, stuck := schedule(js, pools{capacity: caps, owner: owners, team: 0}, len(plans), opts.Horizon)
	if stuck >= 0 { // addSteps reports cycles, so this is only a safeguard
		ps.Add("plans", stepName(steps[stuck]), "the steps' dependencies form a cycle through %s", stepName(steps[stuck]))
		return nil, ps.Err("portfolio")
	}

	out := &Portfolio{Options: opts}
	for _, p := range plans {
		if p != nil {
			out.Municipalities = append(out.Municipalities, p.Municipality)
		} else {
			out.Municipalities = append(out.Municipalities, "")
		}
	}
	// Assignments by start week, keeping municipality and plan order within
	// a week: a counting sort, linear in the number of steps.
	perWeek := make([]int, opts.Horizon+2)
	placed := 0
	for j := range steps {
		if start[j] != 0 {
			perWeek[start[j]+1]++
			placed++
		}
	}
	for w := 1; w < len(perWeek); w++ {
		perWeek[w] += perWeek[w-1]
	}
	out.Assignments = make([]Assignment, placed)
	// The first and last day of each week, computed once.
	first := make([]egov.Date, opts.Horizon+1)
	last := make([]egov.Date, opts.Horizon+1)
	for w := 1; w <= opts.Horizon; w++ {
		first[w] = opts.Start.AddDays(7 * (w - 1))
		last[w] = first[w].AddDays(6)
	}
	for j, s := range steps {
		a := Assignment{Municipality: plans[groupOf[j]].Municipality, Step: s.ID, Action: s.Action, Kind: s.Kind,
			Owner: s.Owner, Effort: s.Effort, Class: s.Class}
		if start[j] == 0 {
			out.Deferred = append(out.Deferred, a)
			continue
		}
		a.StartWeek, a.EndWeek = int(start[j]), int(end[j])
		a.Start, a.End = first[a.StartWeek], last[a.EndWeek]
		out.Assignments[perWeek[a.StartWeek]] = a
		perWeek[a.StartWeek]++
	}
	groups := len(plans)
	for w := 1; w <= opts.Horizon; w++ {
		for g := range groups {
			for o := OwnerTeam; o < numOwners; o++ {
				if v := load[((w-1)*groups+g)*int(numOwners)+int(o)]; v != 0 {
					out.Load = append(out.Load, WeekLoad{Week: w, Start: first[w],
						Municipality: plans[g].Municipality, Owner: o, PersonDays: decimal.New(v, -effortPlaces)})
				}
			}
		}
	}
	return out, nil
}

// TeamLoad returns the programme team's total load in each week from 1 to
// the horizon, in person-days: none for a nil portfolio or a horizon that
// is not positive, and at most MaxHorizon weeks. Loads outside those weeks,
// which only a portfolio changed by hand can hold, are left out.
func (p *Portfolio) TeamLoad() []decimal.Decimal {
	if p == nil {
		return nil
	}
	out := make([]decimal.Decimal, min(max(p.Options.Horizon, 0), MaxHorizon))
	for i := range out {
		out[i] = decimal.Decimal{}
	}
	for _, l := range p.Load {
		if l.Owner == OwnerTeam && l.Week >= 1 && l.Week <= len(out) && exact.CheckDecimal(l.PersonDays) == nil {
			out[l.Week-1] = out[l.Week-1].Add(l.PersonDays)
		}
	}
	return out
}
