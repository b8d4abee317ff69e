package main

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/maturity"
	"github.com/digitaldistrict/egovkit/plan"
)

// report writes the whole report to d.
func (a *analysis) report(d document) error {
	d.heading(1, "eGovernment for All: the pilot, end to end")
	a.municipalities(d)
	a.visits(d)
	a.maturity(d)
	a.planSection(d)
	a.portfolioSection(d)
	return d.err()
}

func (a *analysis) municipalities(d document) {
	d.heading(2, fmt.Sprintf("Pilot local self-governments (%d)", len(a.in.Municipalities)))
	var rows [][]string
	for _, m := range egov.SortedByName(a.in.Municipalities, egov.Latin) {
		rows = append(rows, []string{m.Name.Latin, m.Status.String(), m.District, m.Population.String()})
	}
	d.table([]string{"Name", "Status", "District", "Population"}, rows)
}

func (a *analysis) visits(d document) {
	d.heading(2, fmt.Sprintf("Visits of the Digital District team (%d)", len(a.in.Visits)))
	for _, v := range a.in.Visits {
		date := v.Date.String()
		if v.DateIllustrative {
			date += " (illustrative date: the source gives none)"
		}
		d.heading(3, a.name(v.Municipality)+", "+date)
		var facts []string
		if len(v.Team) > 0 {
			facts = append(facts, "Team: "+strings.Join(v.Team, "; "))
		}
		if v.Source != "" {
			facts = append(facts, "Source: "+v.Source)
		}
		if len(facts) > 0 {
			d.bullets(facts)
		}
		if len(v.Findings) > 0 {
			var items []string
			for _, f := range v.Findings {
				subject := string(f.Service)
				if subject == "" {
					subject = f.Area.String()
				}
				items = append(items, subject+": "+f.Observation)
			}
			d.para("Findings:")
			d.bullets(items)
		}
		var rows [][]string
		for _, p := range v.PrioritiesByRank() {
			rows = append(rows, []string{fmt.Sprint(p.Rank), p.Goal.String(), string(p.Service), p.Description})
		}
		d.para("Agreed priorities:")
		d.table([]string{"#", "Goal", "Service", "As agreed"}, rows)
		a.profile(d, v)
	}
}

// profile writes the profile of the visited municipality on the visit's date.
func (a *analysis) profile(d document, v egov.Visit) {
	pr, ok := profileOn(a.in.Profiles, v.Municipality, v.Date)
	if !ok {
		d.para("Profile: none recorded.")
		return
	}
	var rows [][]string
	for _, key := range a.cat.Order() {
		if st := pr.Stage(key); st.IsKnown() {
			s, _ := a.cat.Service(key)
			rows = append(rows, []string{s.Name.Latin, st.String()})
		}
	}
	for _, m := range egov.Measures() {
		if val, ok := pr.Measure(m); ok {
			rows = append(rows, []string{string(m), num(val)})
		}
	}
	unknown := a.cat.Len() - len(rows)
	d.para(fmt.Sprintf("Profile on %s (what the source says or clearly implies):", pr.Date))
	if len(rows) > 0 {
		d.table([]string{"Service or measure", "Stage or value"}, rows)
	}
	d.para(fmt.Sprintf("Unknown: the stage of %d of the %d services, and every measure not listed (unknown, not zero).",
		max(unknown, 0), a.cat.Len()))
}

func (a *analysis) maturity(d document) {
	model := a.model.Model()
	d.heading(2, fmt.Sprintf("Digital maturity (%s %s, scale 0-100)", a.model.ID(), a.model.Version()))
	d.para("Scored from each profile, which holds only what the source says or clearly implies. " +
		"Coverage is the share of the model's weight that is known. The range is every score the " +
		"municipality could turn out to have once everything unknown is known; the recorded score " +
		"leaves the unknown indicators out, so it is not one of those outcomes and may lie outside the range.")
	var rows [][]string
	for _, m := range egov.SortedByName(a.in.Municipalities, egov.Latin) {
		rg, ok := a.ranges[m.Key]
		if !ok {
			continue
		}
		span := rg.Low.Score().StringFixed(2) + "-" + rg.High.Score().StringFixed(2)
		if rg.OuterBound {
			span += " (at most)"
		}
		r, scored := a.results[m.Key]
		if !scored {
			rows = append(rows, []string{m.Name.Latin, "-", span, "-", "-", "0.0000", "nothing the model reads is known"})
			continue
		}
		band, _ := r.Band()
		_, level := r.Level()
		rows = append(rows, []string{m.Name.Latin, r.Score().StringFixed(2), span, band.Name,
			fmt.Sprintf("%d/%d", level, len(model.Levels)), r.Coverage().StringFixed(4), weakest(r)})
	}
	d.table([]string{"Municipality", "Score", "Range", "Band", "Level", "Coverage", "Weakest dimensions"}, rows)
	bandName := map[string]string{}
	for _, b := range model.Bands {
		bandName[b.Key] = b.Name
	}
	var ranked, unranked [][]string
	for _, row := range a.ranking.Rows {
		if row.BelowMinCoverage {
			unranked = append(unranked, []string{row.Name, row.Score.StringFixed(2), row.Coverage.StringFixed(4)})
			continue
		}
		uncertain := ""
		if row.Uncertain {
			uncertain = "yes"
		}
		ranked = append(ranked, []string{fmt.Sprint(row.Rank), row.Name, row.Score.StringFixed(2), bandName[row.Band], uncertain})
	}
	if len(ranked) > 0 {
		d.para("Ranking of the assessed municipalities (ties share a rank; \"uncertain\" where the ranges overlap, " +
			"so what is unknown could change the order):")
		d.table([]string{"Rank", "Municipality", "Score", "Band", "Uncertain"}, ranked)
	}
	if len(unranked) > 0 {
		d.para(fmt.Sprintf("Not ranked, as their coverage is below %s: a ranking would compare what is missing.",
			minCoverage.StringFixed(2)))
		d.table([]string{"Municipality", "Score", "Coverage"}, unranked)
	}
	a.askSection(d)
	var waiting []string
	for _, m := range egov.SortedByName(a.in.Municipalities, egov.Latin) {
		if _, scored := a.results[m.Key]; !scored && !a.unscored[m.Key] {
			waiting = append(waiting, m.Name.Latin)
		}
	}
	if len(waiting) > 0 {
		d.para("Not yet assessed: " + strings.Join(waiting, ", ") + ".")
	}
}

// askSection lists, for each assessed municipality, the facts to ask first
// at the next visit.
func (a *analysis) askSection(d document) {
	d.heading(3, fmt.Sprintf("What to ask first at the next visit (%d facts each)", askFirst))
	d.para("The facts whose answers narrow the range most, whatever the answer, and the indicators they settle.")
	for _, m := range egov.SortedByName(a.in.Municipalities, egov.Latin) {
		facts, ok := a.ask[m.Key]
		if !ok {
			continue
		}
		var rows [][]string
		for _, f := range facts {
			what := ""
			if f.Service != "" {
				s, _ := a.cat.Service(f.Service)
				what = "stage of " + s.Name.Latin
			} else {
				var ms []string
				for _, x := range f.Measures {
					ms = append(ms, string(x))
				}
				what = strings.Join(ms, " and ")
			}
			rows = append(rows, []string{what, f.NarrowsRounded.StringFixed(2), strings.Join(f.Settles, ", ")})
		}
		d.para(m.Name.Latin + ":")
		d.table([]string{"Ask", "Narrows the range by at least", "Settles"}, rows)
	}
}

// weakest lists up to three scored dimensions, lowest exact score first,
// and counts the dimensions that could not be scored.
func weakest(r *maturity.Result) string {
	var scored []maturity.DimensionScore
	unscored := 0
	for _, d := range r.Dimensions() {
		if d.Scored {
			scored = append(scored, d)
		} else {
			unscored++
		}
	}
	slices.SortStableFunc(scored, func(a, b maturity.DimensionScore) int { return a.Exact.Cmp(b.Exact) })
	var parts []string
	for _, d := range scored[:min(3, len(scored))] {
		parts = append(parts, fmt.Sprintf("%s %s", d.Name, d.Score.StringFixed(2)))
	}
	text := strings.Join(parts, ", ")
	if unscored > 0 {
		text += fmt.Sprintf("; %d unknown", unscored)
	}
	return text
}

func scoreText(s *plan.Score) string {
	if s == nil {
		return "none (nothing known)"
	}
	return s.Score.StringFixed(2) + " (" + s.Band + ", level " + fmt.Sprint(s.Level) + ")"
}

// rangeText writes a range as "5.60 (low) to 89.60 (very-high)".
func rangeText(r *plan.Range) string {
	return r.Low.Score.StringFixed(2) + " (" + r.Low.Band + ") to " + r.High.Score.StringFixed(2) + " (" + r.High.Band + ")"
}

// planFigures are the bullets that head a plan: the score as recorded,
// the range, and the lower end the plan counts on, now and when every step
// is done.
func planFigures(p *plan.Plan) []string {
	recorded := "Score as recorded: none (nothing the model reads is known)"
	if p.Recorded != nil {
		recorded = fmt.Sprintf("Score as recorded: %s on coverage %s, leaving out what is unknown",
			scoreText(p.Recorded), p.Recorded.Coverage.StringFixed(4))
		if p.Recorded.Coverage.LessThan(minCoverage) {
			// The same minimum as the ranking's: flag what rests on too little.
			recorded += fmt.Sprintf(" (below the minimum coverage of %s: read it with the range)", minCoverage.StringFixed(2))
		}
	}
	if p.Range == nil {
		return []string{recorded, "No range: the model has nothing to score"}
	}
	rng := "Range: " + rangeText(p.Range) + ", the lowest and highest score once every unknown fact is known"
	if p.Recorded != nil {
		rng += "; the recorded score leaves the unknown out, which none of these scores does, so it may lie outside"
	}
	out := []string{recorded, rng,
		fmt.Sprintf("The plan counts on the lower end: at least %s now, and at least %s when all %d steps are done "+
			"(week %d), with a range then of %s on coverage %s",
			scoreText(p.Current), scoreText(p.Projected), len(p.Steps), p.Weeks(), rangeText(p.ProjectedRange),
			p.ProjectedRange.Low.Coverage.StringFixed(4))}
	return out
}

func (a *analysis) planSection(d document) {
	opts := planOptions()
	d.heading(2, "Operational plans")
	d.para(fmt.Sprintf("Each plan starts on %s and may use %d weeks; the programme team gives each "+
		"municipality up to %s person-days a week and the municipality %s of its own, in a week of five "+
		"working days on the Serbian calendar (a week with public holidays has less). These dates and "+
		"capacities are illustrative, and the playbook's efforts are egovkit's planning assumptions.",
		opts.Start, opts.Horizon, num(opts.TeamCapacity), num(opts.MunicipalityCapacity)))
	d.para("Each plan here stands alone: it counts on the whole programme team. The team is shared, so " +
		"the portfolio below shows each plan as the team can keep it, and those are the weeks to agree on.")
	d.para("A plan's figures are lower ends: the least the municipality can score given what is known, " +
		"counting each unknown fact at the least it can be. A step's gain is what it adds to that lower end " +
		"once the steps before it are done, and \"At least\" is the lower end once it is done, so the gains " +
		"add up, before rounding, to the plan's whole rise. Where a step raises something the profile does not record (how many " +
		"eID registration officers Bela Palanka has, which its finding says is more than none), part of its " +
		"gain is that fact becoming known: ask at the next visit. A training that trains a share of the staff " +
		"has no gain to show until the number of staff is known.")
	for _, p := range a.plans {
		d.heading(3, "Plan for "+a.name(p.Municipality))
		d.bullets(planFigures(p))
		var rows [][]string
		for k, s := range p.Steps {
			gain, running := "-", "-"
			why := s.Kind.String() + " by the " + s.Owner.String()
			switch {
			case s.GainExact != nil:
				gain = "+" + s.Gain.StringFixed(2)
			case s.GainAwaits != "":
				gain = "?"
				why += "; gain unknown until " + string(s.GainAwaits) + " is known"
			}
			if s.GainExact != nil && s.GainAwaits != "" {
				why += "; more once " + string(s.GainAwaits) + " is known"
			}
			if s.GainExact != nil && s.GainExact.Sign() == 0 && s.GainAwaits == "" {
				why += "; no gain by itself, planned because"
			}
			if s.RunningExact != nil {
				running = s.Running.StringFixed(2)
			}
			rows = append(rows, []string{fmt.Sprint(k + 1), weeks(s.StartWeek, s.EndWeek), s.Action, num(s.Effort),
				gain, running, why + ": " + s.Rationale.String()})
		}
		if len(rows) > 0 {
			d.table([]string{"#", "Weeks", "Action", "Days", "Gain", "At least", "Kind, owner and why"}, rows)
		}
		var items []string
		for _, st := range p.Priorities {
			text := fmt.Sprintf("%d. %s", st.Rank, st.Goal)
			if st.Service != "" {
				text += " " + string(st.Service)
			}
			text += ": " + st.Outcome.String()
			if st.Outcome == plan.OutcomeServed {
				text += fmt.Sprintf(" by %d step(s)", len(st.Steps))
			} else {
				text += " (" + st.Reason + ")"
			}
			items = append(items, text)
		}
		d.para("Agreed priorities:")
		d.bullets(items)
		if len(p.Deferred) > 0 {
			var names []string
			for _, s := range p.Deferred {
				names = append(names, s.Action)
			}
			d.para("Deferred beyond the horizon: " + strings.Join(names, ", ") + ".")
		}
		var totals []string
		for _, t := range p.EffortByKind() {
			totals = append(totals, t.Kind.String()+" "+num(t.Effort))
		}
		var owners []string
		for _, t := range p.EffortByOwner() {
			owners = append(owners, t.Owner.String()+" "+num(t.Effort))
		}
		d.para("Effort in person-days by kind: " + strings.Join(totals, ", ") + "; by owner: " + strings.Join(owners, ", ") + ".")
	}
}

func weeks(from, to int) string {
	if from == to {
		return fmt.Sprint(from)
	}
	return fmt.Sprintf("%d-%d", from, to)
}

func (a *analysis) portfolioSection(d document) {
	pf := a.portfolio
	d.heading(2, "The team's portfolio")
	d.para(fmt.Sprintf("All visited municipalities' plans on one programme team of %s person-days a week, "+
		"shared, on the Serbian working calendar: weekends and public holidays are not working days, and a "+
		"week with fewer than five working days has the capacity in proportion. Every municipality's agreed "+
		"priorities come first, by rank, then the steps for findings, then those for indicator gaps; among "+
		"equal ranks, the municipality served least so far goes first. A step, once started, runs over "+
		"consecutive weeks.", num(pf.Options.TeamCapacity)))
	names := make([]string, len(pf.Municipalities))
	for i, m := range pf.Municipalities {
		names[i] = a.name(m)
	}
	header := append([]string{"Week", "Starts", "Days"}, names...)
	header = append(header, "Team", "Holidays")
	// The team's working days and holidays of each week, from its load.
	type week struct {
		days     int
		holidays []egov.Holiday
	}
	weeksOf := map[int]week{}
	for _, l := range pf.Load {
		if l.Owner == plan.OwnerTeam {
			weeksOf[l.Week] = week{l.WorkingDays, l.Holidays}
		}
	}
	var rows [][]string
	teamLoad := pf.TeamLoad()
	for w := 1; w <= pf.Options.Horizon; w++ {
		wk, any := weeksOf[w]
		if !any {
			continue
		}
		row := []string{fmt.Sprint(w), pf.Options.Start.AddDays(7 * (w - 1)).String(), fmt.Sprint(wk.days)}
		for _, m := range pf.Municipalities {
			cell := ""
			for _, l := range pf.Load {
				if l.Week == w && l.Municipality == m && l.Owner == plan.OwnerTeam {
					cell = num(l.PersonDays)
				}
			}
			row = append(row, cell)
		}
		row = append(row, num(teamLoad[w-1]), holidayText(wk.holidays))
		rows = append(rows, row)
	}
	d.para("Programme-team person-days by week (weeks with work), with the week's working days (Days) and " +
		"the holidays that fall on its weekdays:")
	d.table(header, rows)
	for _, q := range pf.Plans {
		a.scheduledPlan(d, q)
	}
	var waiting []string
	visited := map[string]bool{}
	for _, v := range a.in.Visits {
		visited[v.Municipality] = true
	}
	for _, m := range egov.SortedByName(a.in.Municipalities, egov.Latin) {
		if !visited[m.Key] {
			waiting = append(waiting, m.Name.Latin)
		}
	}
	if len(waiting) > 0 {
		d.para("Awaiting a visit: " + strings.Join(waiting, ", ") + ".")
	}
}

// holidayText names the holidays of a week that fall on weekdays, each
// once: "New Year", "Good Friday".
func holidayText(hs []egov.Holiday) string {
	var names []string
	for _, h := range hs {
		if wd := h.Date.Weekday(); wd == time.Saturday || wd == time.Sunday {
			continue
		}
		if n := h.Name.English; !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	return strings.Join(names, ", ")
}

// scheduledPlan writes one municipality's plan as the portfolio schedules
// it: its steps in plan order with their weeks and work by week, what does
// not fit and why, and what becomes of its agreed priorities.
func (a *analysis) scheduledPlan(d document, q *plan.Plan) {
	var alone *plan.Plan
	for _, p := range a.plans {
		if p.Municipality == q.Municipality {
			alone = p
		}
	}
	d.heading(3, a.name(q.Municipality)+" as the shared team can keep it")
	items := []string{fmt.Sprintf("%d of its %d steps fit, the last ending in week %d (alone: %d steps by week %d)",
		len(q.Steps), len(q.Steps)+len(q.Deferred), q.Weeks(), len(alone.Steps), alone.Weeks())}
	if q.Projected != nil {
		items = append(items, fmt.Sprintf("At least %s when they are done (alone: at least %s)",
			scoreText(q.Projected), scoreText(alone.Projected)))
	}
	d.bullets(items)
	var rows [][]string
	for k, s := range q.Steps {
		var work []string
		for _, w := range s.Weeks {
			work = append(work, num(w.PersonDays))
		}
		rows = append(rows, []string{fmt.Sprint(k + 1), weeks(s.StartWeek, s.EndWeek), s.Action, num(s.Effort),
			strings.Join(work, "+")})
	}
	if len(rows) > 0 {
		d.table([]string{"#", "Weeks", "Action", "Days", "Person-days week by week"}, rows)
	}
	for _, f := range a.portfolio.Shortfalls() {
		if f.Municipality != q.Municipality {
			continue
		}
		var lines []string
		for _, s := range f.Steps {
			lines = append(lines, s.Action+": "+s.Reason)
		}
		d.para("Not in the portfolio:")
		d.bullets(lines)
		lines = nil
		for _, st := range f.Priorities {
			lines = append(lines, fmt.Sprintf("%d. %s: %s", st.Rank, st.Goal, st.Reason))
		}
		if len(lines) > 0 {
			d.para("Agreed priorities it leaves unserved:")
			d.bullets(lines)
		}
	}
}
