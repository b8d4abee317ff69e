package plan_test

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/maturity"
	"github.com/digitaldistrict/egovkit/plan"
)

// The plan for Bela Palanka after its visit: more staff registering
// citizens for ConsentID, and the cloud e-seal. Only two services' stages
// are known (coverage 0.11), so the recorded score, which leaves the rest
// out, says little: the score can be anything from 2.60 to 91.60 once the
// rest is known. The plan counts on the lower end, the least Bela Palanka
// can score, and each step's gain is what it adds to it; a training that
// trains a share of the staff has no gain to show until the number of staff
// is known.
func ExampleGenerate() {
	playbook, _ := plan.CompileDefaultPlaybook()
	day := egov.MustDate(2025, 11, 25)
	p, err := plan.Generate(plan.Request{
		Playbook: playbook,
		Model:    maturity.Default(),
		Profile: egov.Profile{Municipality: "bela-palanka", Date: day, Stages: map[egov.ServiceKey]egov.AdoptionStage{
			egov.ServiceConsentID: egov.StagePartlyInUse, egov.ServiceEPecat: egov.StagePlanned}},
		Visit: egov.Visit{Municipality: "bela-palanka", Date: day, Priorities: []egov.Priority{
			{Rank: 1, Goal: egov.GoalExpandUse, Service: egov.ServiceConsentID},
			{Rank: 2, Goal: egov.GoalIntroduce, Service: egov.ServiceEPecat},
		}},
		Options: plan.Options{Start: egov.MustDate(2025, 12, 1), Horizon: 12,
			TeamCapacity: decimal.NewFromInt(2), MunicipalityCapacity: decimal.NewFromInt(2)},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("recorded %s on coverage %s; range %s to %s\n", p.Recorded.Score.StringFixed(2),
		p.Recorded.Coverage.StringFixed(4), p.Range.Low.Score.StringFixed(2), p.Range.High.Score.StringFixed(2))
	fmt.Println("at least", p.Current.Score.StringFixed(2), "now")
	for _, s := range p.Steps {
		gain := "+" + s.Gain.StringFixed(2)
		if s.GainExact == nil {
			gain = "? until " + string(s.GainAwaits) + " is known"
		}
		fmt.Printf("weeks %d-%d %-26s at least %5s  %s\n", s.StartWeek, s.EndWeek, s.Action, s.Running.StringFixed(2), gain)
	}
	fmt.Println("at least", p.Projected.Score.StringFixed(2), "when done; range", p.ProjectedRange.Low.Score.StringFixed(2),
		"to", p.ProjectedRange.High.Score.StringFixed(2))
	// Output:
	// recorded 31.43 on coverage 0.1100; range 2.60 to 91.60
	// at least 2.60 now
	// weeks 1-1 consentid-officer-training at least  7.60  +5.00
	// weeks 2-2 consentid-training         at least  7.60  ? until staff is known
	// weeks 3-3 ddc-materials              at least  7.60  +0.00
	// weeks 4-4 ddc-training               at least  7.60  ? until staff is known
	// weeks 5-7 ddc-onboarding             at least 12.10  +4.50
	// weeks 3-3 epecat-materials           at least 12.10  +0.00
	// weeks 7-8 epecat-training            at least 12.10  ? until staff is known
	// weeks 9-10 epecat-onboarding          at least 16.10  +4.00
	// at least 16.10 when done; range 16.10 to 92.60
}

// One programme team of two person-days a week serves two municipalities
// whose plans each counted on the whole team. Scheduled together on the
// Serbian working calendar, each plan comes back as the team can keep it:
// the weeks its steps take and the person-days in each (the week of New
// Year has three working days, so 1.2 of a municipality's 2), what no
// longer fits and why, and the score each can count on by the horizon.
func ExampleSchedulePortfolio() {
	playbook, _ := plan.CompileDefaultPlaybook()
	model := maturity.Default()
	opts := plan.Options{Start: egov.MustDate(2025, 12, 1), Horizon: 6,
		TeamCapacity: decimal.NewFromInt(2), MunicipalityCapacity: decimal.NewFromInt(2)}
	day := egov.MustDate(2025, 11, 20)
	var plans []*plan.Plan
	for _, m := range []string{"pirot", "vranje"} {
		p, err := plan.Generate(plan.Request{Playbook: playbook, Model: model,
			Profile: egov.Profile{Municipality: m, Date: day, Stages: map[egov.ServiceKey]egov.AdoptionStage{
				egov.ServicePisarnica: egov.StagePartlyInUse, egov.ServiceEPecat: egov.StagePlanned,
				egov.ServiceDDC: egov.StagePartlyInUse}},
			Visit: egov.Visit{Municipality: m, Date: day, Priorities: []egov.Priority{
				{Rank: 1, Goal: egov.GoalAdoptFully, Service: egov.ServicePisarnica},
				{Rank: 2, Goal: egov.GoalIntroduce, Service: egov.ServiceEPecat}}},
			Options: opts})
		if err != nil {
			fmt.Println(err)
			return
		}
		plans = append(plans, p)
	}
	pf, err := plan.SchedulePortfolio(plans, plan.PortfolioOptions{Start: opts.Start, Horizon: opts.Horizon,
		TeamCapacity: decimal.NewFromInt(2), Model: model})
	if err != nil {
		fmt.Println(err)
		return
	}
	for g, q := range pf.Plans {
		fmt.Printf("%s: alone %d steps, at least %s; shared %d steps, at least %s\n", q.Municipality,
			len(plans[g].Steps), plans[g].Projected.Score.StringFixed(2), len(q.Steps), q.Projected.Score.StringFixed(2))
		for _, s := range q.Steps {
			var days []string
			for _, w := range s.Weeks {
				days = append(days, w.PersonDays.String())
			}
			fmt.Printf("  weeks %d-%d %-18s %s\n", s.StartWeek, s.EndWeek, s.Action, strings.Join(days, "+"))
		}
	}
	for _, l := range pf.Load {
		if l.Week == 5 && l.Owner == plan.OwnerTeam {
			fmt.Printf("week 5 from %s, %d working days (%s off): %s for %s\n", l.Start, l.WorkingDays,
				l.Holidays[0].Name.English, l.PersonDays, l.Municipality)
		}
	}
	for _, f := range pf.Shortfalls() {
		for _, st := range f.Priorities {
			fmt.Printf("%s, priority %d: %s\n", f.Municipality, st.Rank, st.Reason)
		}
	}
	// Output:
	// pirot: alone 4 steps, at least 17.30; shared 4 steps, at least 17.30
	//   weeks 1-6 pisarnica-rollout  2+2+2+2+1.2+0.8
	//   weeks 1-1 epecat-materials   1
	//   weeks 2-2 epecat-training    2
	//   weeks 4-5 epecat-onboarding  2+1
	// vranje: alone 4 steps, at least 17.30; shared 3 steps, at least 13.30
	//   weeks 1-6 pisarnica-rollout  2+2+2+2+1.2+0.8
	//   weeks 1-1 epecat-materials   1
	//   weeks 3-3 epecat-training    2
	// week 5 from 2025-12-29, 3 working days (New Year off): 1 for pirot
	// vranje, priority 2: epecat-onboarding does not fit in the portfolio: it cannot end by 2026-01-11, the end of the portfolio's 6 weeks, on the programme team's capacity left
}

// After a follow-up visit: Pisarnica is fully in use and the team says the
// e-seal materials are done; the rest is planned again from that day.
func ExampleReplan() {
	playbook, _ := plan.CompileDefaultPlaybook()
	model := maturity.Default()
	day := egov.MustDate(2025, 11, 20)
	profile := egov.Profile{Municipality: "cacak", Date: day, Stages: map[egov.ServiceKey]egov.AdoptionStage{
		egov.ServicePisarnica: egov.StagePartlyInUse, egov.ServiceEPecat: egov.StagePlanned}}
	p, _ := plan.Generate(plan.Request{Playbook: playbook, Model: model, Profile: profile,
		Visit: egov.Visit{Municipality: "cacak", Date: day, Priorities: []egov.Priority{
			{Rank: 1, Goal: egov.GoalAdoptFully, Service: egov.ServicePisarnica},
			{Rank: 2, Goal: egov.GoalIntroduce, Service: egov.ServiceEPecat}}},
		Options: plan.Options{Start: egov.MustDate(2025, 12, 1), Horizon: 20,
			TeamCapacity: decimal.NewFromInt(2), MunicipalityCapacity: decimal.NewFromInt(2)}})
	var materials plan.StepID
	for _, s := range p.Steps {
		if s.Action == "epecat-materials" {
			materials = s.ID
		}
	}
	later := profile.WithStage(egov.ServicePisarnica, egov.StageFullyInUse)
	q, err := plan.Replan(p, model, plan.Progress{Profile: later, Done: []plan.StepID{materials},
		From: egov.MustDate(2026, 2, 2)})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(len(p.Steps), "steps before,", len(q.Done), "done,", len(q.Steps), "re-planned")
	for _, s := range q.Steps {
		fmt.Println(s.Start, s.Action)
	}
	// Output:
	// 7 steps before, 2 done, 5 re-planned
	// 2026-02-02 ddc-materials
	// 2026-02-02 epecat-training
	// 2026-02-09 ddc-training
	// 2026-02-23 ddc-onboarding
	// 2026-03-09 epecat-onboarding
}

// Six weeks into Čačak's plan, the State Data Centre is live, and the
// municipality reports on the rest as Serbian administrations report on
// their action plans: the e-seal materials implemented fully, the e-seal
// training substantially, the pisarnica's rollout to a lesser extent, with
// 4 of its 10 person-days spent. The re-plan finds the State Data Centre's
// steps done, keeps what remains of each step under way and runs it first.
// It reads week by week, and the difference from the plan is what a
// programme manager reads after re-planning.
func ExampleReplan_partialProgress() {
	playbook, _ := plan.CompileDefaultPlaybook()
	model := maturity.Default()
	day := egov.MustDate(2025, 11, 20)
	profile := egov.Profile{Municipality: "cacak", Date: day, Stages: map[egov.ServiceKey]egov.AdoptionStage{
		egov.ServicePisarnica: egov.StagePartlyInUse, egov.ServiceEPecat: egov.StagePlanned}}
	p, err := plan.Generate(plan.Request{Playbook: playbook, Model: model, Profile: profile,
		Visit: egov.Visit{Municipality: "cacak", Date: day, Priorities: []egov.Priority{
			{Rank: 1, Goal: egov.GoalAdoptFully, Service: egov.ServicePisarnica},
			{Rank: 2, Goal: egov.GoalIntroduce, Service: egov.ServiceEPecat}}},
		Options: plan.Options{Start: egov.MustDate(2025, 12, 1), Horizon: 20,
			TeamCapacity: decimal.NewFromInt(2), MunicipalityCapacity: decimal.NewFromInt(1)}})
	if err != nil {
		fmt.Println(err)
		return
	}
	step := map[string]plan.StepID{}
	for _, s := range p.Steps {
		step[s.Action] = s.ID
	}
	later := profile.WithStage(egov.ServiceDDC, egov.StagePartlyInUse)
	later.Date = egov.MustDate(2026, 1, 12)
	q, err := plan.Replan(p, model, plan.Progress{Profile: later, From: later.Date, Steps: []plan.StepProgress{
		{Step: step["epecat-materials"], State: plan.ImplementedFully},
		{Step: step["epecat-training"], State: plan.ImplementedSubstantially}, // three quarters of 2 days taken as spent
		{Step: step["pisarnica-rollout"], State: plan.ImplementedToALesserExtent, Spent: decimal.NewFromInt(4)},
	}})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, w := range q.StepsByWeek() {
		var names []string
		for _, s := range w.Starting {
			name := s.Action
			if !s.Spent.IsZero() {
				name += fmt.Sprintf(" (%s days left of %s)", s.Effort, s.Effort.Add(s.Spent))
			}
			names = append(names, name)
		}
		for _, s := range w.Continuing {
			names = append(names, s.Action+" (continued)")
		}
		fmt.Printf("week %d, %s: %s\n", w.Week, w.Start, strings.Join(names, ", "))
	}
	d, _ := plan.Diff(p, q)
	fmt.Println(d)
	// Output:
	// week 1, 2026-01-12: pisarnica-rollout (6 days left of 10), epecat-training (0.5 days left of 2)
	// week 2, 2026-01-19: epecat-onboarding, pisarnica-rollout (continued)
	// week 3, 2026-01-26: pisarnica-rollout (continued), epecat-onboarding (continued)
	// week 4, 2026-02-02: pisarnica-rollout (continued)
	// week 5, 2026-02-09: pisarnica-rollout (continued)
	// week 6, 2026-02-16: pisarnica-rollout (continued)
	// week 7, 2026-02-23: pisarnica-rollout (continued)
	// done: ddc-materials, epecat-materials, ddc-training, ddc-onboarding
	// moved: pisarnica-rollout 2025-12-01…2026-02-15 → 2026-01-12…2026-03-01
	// moved: epecat-training 2025-12-08…2025-12-14 → 2026-01-12…2026-01-18
	// moved: epecat-onboarding 2026-01-05…2026-01-18 → 2026-01-19…2026-02-01
	// effort: pisarnica-rollout 10 → 6 person-days
	// effort: epecat-training 2 → 0.5 person-days
	// recorded: 35.00 → 45.71
	// current: 5.60 → 10.10
	// range high: 89.60 → 86.60
}
