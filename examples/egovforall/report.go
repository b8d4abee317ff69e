package main

import (
	"slices"
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/maturity"
	"github.com/digitaldistrict/egovkit/plan"
)

// report writes the whole report to d in w's language.
func (a *analysis) report(d document, w *words) error {
	d.heading(1, w.Title)
	a.answersNote(d, w)
	a.municipalities(d, w)
	a.visits(d, w)
	a.maturity(d, w)
	a.planSection(d, w)
	a.portfolioSection(d, w)
	return d.err()
}

func (a *analysis) municipalities(d document, w *words) {
	d.heading(2, w.PilotsHeading(len(a.in.Municipalities)))
	var rows [][]string
	for _, m := range a.sorted(w.Lang) {
		rows = append(rows, []string{m.Name.Label(w.Lang), m.Status.Label(w.Lang), m.DistrictName(w.Lang), m.Population.Label(w.Lang)})
	}
	d.table([]string{w.ColName, w.ColStatus, w.ColDistrict, w.ColPopulation}, rows)
}

func (a *analysis) visits(d document, w *words) {
	d.heading(2, w.VisitsHeading(len(a.in.Visits)))
	for _, v := range a.in.Visits {
		date := w.Date(v.Date)
		if v.DateIllustrative {
			date += " (" + w.IllustrativeDate + ")"
		}
		d.heading(3, a.nameIn(v.Municipality, w.Lang)+", "+date)
		var facts []string
		if len(v.Team) > 0 {
			facts = append(facts, w.Team+": "+strings.Join(v.Team, "; "))
		}
		if v.Source != "" {
			facts = append(facts, w.Source+": "+v.Source)
		}
		if len(facts) > 0 {
			d.bullets(facts)
		}
		if len(v.Findings) > 0 {
			var items []string
			for _, f := range v.Findings {
				subject := a.serviceName(f.Service, w.Lang)
				if f.Service == "" {
					subject = f.Area.Label(w.Lang)
				}
				items = append(items, subject+": "+f.Observation)
			}
			d.para(w.Findings)
			d.bullets(items)
		}
		var rows [][]string
		for _, p := range v.PrioritiesByRank() {
			rows = append(rows, []string{w.Int(p.Rank), p.Goal.Label(w.Lang), a.serviceName(p.Service, w.Lang), p.Description})
		}
		d.para(w.Priorities)
		d.table([]string{w.ColRank, w.ColGoal, w.ColService, w.ColAsAgreed}, rows)
		a.profile(d, w, v)
	}
}

// profile writes the profile of the visited municipality on the visit's date.
func (a *analysis) profile(d document, w *words, v egov.Visit) {
	pr, ok := planProfile(a.in.Profiles, v)
	if !ok {
		d.para(w.ProfileNone)
		return
	}
	var rows [][]string
	known := 0
	for _, key := range a.cat.Order() {
		if st := pr.Stage(key); st.IsKnown() {
			rows = append(rows, []string{a.serviceName(key, w.Lang), st.Label(w.Lang)})
			known++
		}
	}
	for _, m := range egov.Measures() {
		if val, ok := pr.Measure(m); ok {
			rows = append(rows, []string{m.Label(w.Lang), w.Num(val)})
		}
	}
	if a.answeredProfile(pr) {
		d.para(w.ProfileAnswered(pr.Date))
	} else {
		d.para(w.ProfileOn(pr.Date))
	}
	if len(rows) > 0 {
		d.table([]string{w.ColServiceOrMeasure, w.ColStageOrValue}, rows)
	}
	d.para(w.ProfileUnknown(max(a.cat.Len()-known, 0), a.cat.Len()))
}

func (a *analysis) maturity(d document, w *words) {
	model := a.model.Model()
	d.heading(2, w.MaturityHeading(a.model.ID(), a.model.Version()))
	d.para(w.MaturityIntro)
	var rows [][]string
	for _, m := range a.sorted(w.Lang) {
		rg, ok := a.ranges[m.Key]
		if !ok {
			continue
		}
		span := w.Span(w.Fixed(rg.Low.Score(), 2), w.Fixed(rg.High.Score(), 2))
		if rg.OuterBound {
			span += " (" + w.AtMost + ")"
		}
		r, scored := a.results[m.Key]
		if !scored {
			rows = append(rows, []string{m.Name.Label(w.Lang), "-", span, "-", "-", w.Fixed(decimal.Zero, 4), w.NothingKnown})
			continue
		}
		band, _ := r.Band()
		_, level := r.Level()
		rows = append(rows, []string{m.Name.Label(w.Lang), w.Fixed(r.Score(), 2), span, band.Label(w.Lang),
			w.Int(level) + "/" + w.Int(len(model.Levels)), w.Fixed(r.Coverage(), 4), a.weakest(r, w)})
	}
	d.table([]string{w.ColMunicipality, w.ColScore, w.ColRange, w.ColBand, w.ColLevel, w.ColCoverage, w.ColWeakest}, rows)
	var ranked, unranked [][]string
	for _, row := range a.ranking.Rows {
		name := a.rankedName(row.Name, w.Lang)
		places := row.Places
		score, coverage := w.Fixed(row.Score, places), w.Fixed(row.Coverage, places+2)
		if row.BelowMinCoverage {
			unranked = append(unranked, []string{name, score, coverage})
			continue
		}
		uncertain := ""
		if row.Uncertain {
			uncertain = w.Yes
		}
		ranked = append(ranked, []string{w.Int(row.Rank), name, score,
			w.Span(w.Fixed(row.Low, places), w.Fixed(row.High, places)), coverage, row.BandLabel(w.Lang), uncertain})
	}
	if len(ranked) > 0 {
		d.para(w.RankingIntro)
		d.table([]string{w.ColRank, w.ColMunicipality, w.ColScore, w.ColRange, w.ColCoverage, w.ColBand, w.ColUncertain}, ranked)
	}
	if len(unranked) > 0 {
		d.para(w.NotRanked(w.Fixed(minCoverage, 2)))
		d.table([]string{w.ColMunicipality, w.ColScore, w.ColCoverage}, unranked)
	}
	a.askSection(d, w)
	var waiting []string
	for _, m := range a.sorted(w.Lang) {
		if _, scored := a.results[m.Key]; !scored && !a.unscored[m.Key] {
			waiting = append(waiting, m.Name.Label(w.Lang))
		}
	}
	if len(waiting) > 0 {
		d.para(w.ListLine(w.NotAssessed, waiting))
	}
}

// askSection lists, for each assessed municipality, the facts to ask first
// at the next visit.
func (a *analysis) askSection(d document, w *words) {
	model := a.model.Model()
	d.heading(3, w.AskHeading(askFirst))
	d.para(w.AskIntro)
	for _, m := range a.sorted(w.Lang) {
		facts, ok := a.ask[m.Key]
		if !ok {
			continue
		}
		var rows [][]string
		for _, f := range facts {
			what := ""
			if f.Service != "" {
				what = w.StageOf(a.serviceName(f.Service, w.Lang))
			} else {
				var ms []string
				for _, x := range f.Measures {
					ms = append(ms, lowerFirst(x.Label(w.Lang)))
				}
				what = w.Figures(ms)
			}
			var settles []string
			for _, key := range f.Settles {
				name := key
				if ind, ok := model.Indicator(key); ok {
					name = ind.Label(w.Lang)
				}
				settles = append(settles, name)
			}
			rows = append(rows, []string{what, w.Fixed(f.NarrowsRounded, 2), strings.Join(settles, "; ")})
		}
		d.para(m.Name.Label(w.Lang) + ":")
		d.table([]string{w.ColAsk, w.ColNarrows, w.ColSettles}, rows)
	}
}

// weakest lists up to three scored dimensions, lowest exact score first,
// and counts the dimensions that could not be scored.
func (a *analysis) weakest(r *maturity.Result, w *words) string {
	model := a.model.Model()
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
		name := d.Name
		if dim, ok := model.Dimension(d.Key); ok {
			name = dim.Label(w.Lang)
		}
		parts = append(parts, name+" "+w.Fixed(d.Score, 2))
	}
	text := w.NumList(parts)
	if unscored > 0 {
		text += "; " + w.Unknown(unscored)
	}
	return text
}

// scoreText writes a plan's score with its band and level: "31.43
// (middle, level 0)".
func (a *analysis) scoreText(s *plan.Score, w *words) string {
	if s == nil {
		return w.say("none (nothing known)", "нема је (ништа није познато)")
	}
	return w.ScoreLevel(s.ScoreText(w.Lang), s.BandLabel(w.Lang), s.Level)
}

// rangeText writes a range as "5.60 (low) to 89.60 (very high)".
func (a *analysis) rangeText(r *plan.Range, w *words) string {
	return w.RangeText(r.Low.ScoreText(w.Lang), r.Low.BandLabel(w.Lang), r.High.ScoreText(w.Lang), r.High.BandLabel(w.Lang))
}

// planFigures are the bullets that head a plan: the score as recorded,
// the range, and the lower end the plan counts on, now and when every step
// is done.
func (a *analysis) planFigures(p *plan.Plan, w *words) []string {
	recorded := w.RecordedNone()
	if p.Recorded != nil {
		recorded = w.Recorded(a.scoreText(p.Recorded, w), w.Fixed(p.Recorded.Coverage, 4))
		if p.Recorded.Coverage.LessThan(minCoverage) {
			// The same minimum as the ranking's: flag what rests on too little.
			recorded += w.BelowMinimum(w.Fixed(minCoverage, 2))
		}
	}
	if p.Range == nil {
		return []string{recorded, w.NoRange}
	}
	return []string{recorded, w.RangeLine(a.rangeText(p.Range, w), p.Recorded != nil),
		w.CountsOn(a.scoreText(p.Current, w), a.scoreText(p.Projected, w), len(p.Steps), p.Weeks(),
			a.rangeText(p.ProjectedRange, w), w.Fixed(p.ProjectedRange.Low.Coverage, 4))}
}

// stepWhy says what kind of step s is, who carries it out and why it is
// in the plan.
func (a *analysis) stepWhy(s plan.Step, w *words) string {
	l := w.Lang
	why := w.KindBy(kindName(s.Kind, l), lowerFirst(ownerName(s.Owner, l)))
	if s.GainAwaits != "" {
		why += "; " + w.GainAwaits(lowerFirst(s.GainAwaits.Label(l)), s.GainExact != nil)
	}
	noGain := s.GainExact != nil && s.GainExact.Sign() == 0 && s.GainAwaits == ""
	return why + w.Because(a.rationaleText(s.Rationale, l), noGain)
}

func (a *analysis) planSection(d document, w *words) {
	opts := a.opts
	l := w.Lang
	d.heading(2, w.PlansHeading)
	d.para(w.PlansIntro(opts.Start, opts.Horizon, w.Num(opts.TeamCapacity), w.Num(opts.MunicipalityCapacity)))
	d.para(w.PlansAlone)
	d.para(w.PlansLowerEnds)
	for _, p := range a.plans {
		d.heading(3, w.PlanFor(a.nameIn(p.Municipality, l)))
		d.bullets(a.planFigures(p, w))
		var rows [][]string
		for k, s := range p.Steps {
			gain, running := "-", "-"
			switch {
			case s.GainExact != nil:
				gain = "+" + w.Fixed(s.Gain, 2)
			case s.GainAwaits != "":
				gain = "?"
			}
			if s.RunningExact != nil {
				running = w.Fixed(s.Running, 2)
			}
			rows = append(rows, []string{w.Int(k + 1), w.WeekSpan(s.StartWeek, s.EndWeek), actionName(s, l), w.Num(s.Effort),
				gain, running, a.stepWhy(s, w)})
		}
		if len(rows) > 0 {
			d.table([]string{w.ColRank, w.ColWeeks, w.ColAction, w.ColDays, w.ColGain, w.ColAtLeast, w.ColWhy}, rows)
		}
		var items []string
		for _, st := range p.Priorities {
			items = append(items, a.priorityLine(st, w))
		}
		d.para(w.Priorities)
		d.bullets(items)
		if len(p.Deferred) > 0 {
			var names []string
			for _, s := range p.Deferred {
				names = append(names, actionName(s, l))
			}
			d.para(w.ListLine(w.Deferred, names))
		}
		var totals []string
		for _, t := range p.EffortByKind() {
			totals = append(totals, lowerFirst(kindName(t.Kind, l))+" "+w.Num(t.Effort))
		}
		var owners []string
		for _, t := range p.EffortByOwner() {
			owners = append(owners, lowerFirst(ownerName(t.Owner, l))+" "+w.Num(t.Effort))
		}
		d.para(w.EffortTotals(w.NumList(totals), w.NumList(owners)))
	}
}

// priorityLine says what a plan does about one agreed priority: "1.
// Offer more e-services: served by 2 step(s)".
func (a *analysis) priorityLine(st plan.PriorityStatus, w *words) string {
	l := w.Lang
	text := w.Int(st.Rank) + ". " + st.Goal.Label(l)
	if st.Service != "" {
		text += " (" + a.serviceName(st.Service, l) + ")"
	}
	if st.Outcome == plan.OutcomeServed {
		return text + ": " + w.ServedBy(len(st.Steps))
	}
	text += ": " + outcomeName(st.Outcome, l) + " (" + a.priorityReason(st, l) + ")"
	return text
}

func (a *analysis) portfolioSection(d document, w *words) {
	pf := a.portfolio
	l := w.Lang
	d.heading(2, w.PortfolioHeading)
	d.para(w.PortfolioIntro(w.Num(pf.Options.TeamCapacity)))
	names := make([]string, len(pf.Municipalities))
	for i, m := range pf.Municipalities {
		names[i] = a.nameIn(m, l)
	}
	header := append([]string{w.ColWeek, w.ColStarts, w.ColDays}, names...)
	header = append(header, w.ColTeam, w.ColHolidays)
	var rows [][]string
	for _, wk := range a.teamWeeks() {
		row := []string{w.Int(wk.week), w.Date(wk.start), w.Int(wk.days)}
		for _, m := range pf.Municipalities {
			cell := ""
			if d, ok := wk.load[m]; ok {
				cell = w.Num(d)
			}
			row = append(row, cell)
		}
		row = append(row, w.Num(wk.team), holidayText(wk.holidays, l))
		rows = append(rows, row)
	}
	d.para(w.PortfolioLoadIntro)
	d.table(header, rows)
	for _, q := range pf.Plans {
		a.scheduledPlan(d, w, q)
	}
	if waiting := a.notVisited(l); len(waiting) > 0 {
		d.para(w.ListLine(w.AwaitingVisit, waiting))
	}
}

// notVisited names the municipalities no visit went to, in the order of
// l's alphabet.
func (a *analysis) notVisited(l egov.Language) []string {
	visited := map[string]bool{}
	for _, v := range a.in.Visits {
		visited[v.Municipality] = true
	}
	var waiting []string
	for _, m := range a.sorted(l) {
		if !visited[m.Key] {
			waiting = append(waiting, m.Name.Label(l))
		}
	}
	return waiting
}

// teamWeek is one week of the portfolio with work for the programme team:
// its working days and holidays, the team's person-days for each
// municipality and in all.
type teamWeek struct {
	week     int
	start    egov.Date
	days     int
	holidays []egov.Holiday
	load     map[string]decimal.Decimal // by municipality key
	team     decimal.Decimal
}

// teamWeeks returns the portfolio's weeks with work for the programme
// team, in order, from its load.
func (a *analysis) teamWeeks() []teamWeek {
	pf := a.portfolio
	byWeek := map[int]*teamWeek{}
	for _, ld := range pf.Load {
		if ld.Owner != plan.OwnerTeam {
			continue
		}
		wk, ok := byWeek[ld.Week]
		if !ok {
			wk = &teamWeek{week: ld.Week, start: pf.Options.Start.AddDays(7 * (ld.Week - 1)),
				days: ld.WorkingDays, holidays: ld.Holidays, load: map[string]decimal.Decimal{}}
			byWeek[ld.Week] = wk
		}
		wk.load[ld.Municipality] = ld.PersonDays
	}
	teamLoad := pf.TeamLoad()
	var out []teamWeek
	for w := 1; w <= pf.Options.Horizon; w++ {
		if wk, ok := byWeek[w]; ok {
			if w-1 < len(teamLoad) {
				wk.team = teamLoad[w-1]
			}
			out = append(out, *wk)
		}
	}
	return out
}

// holidayText names the holidays of a week that fall on weekdays, each
// once: "New Year", "Good Friday".
func holidayText(hs []egov.Holiday, l egov.Language) string {
	var names []string
	for _, h := range hs {
		if wd := h.Date.Weekday(); wd == time.Saturday || wd == time.Sunday {
			continue
		}
		if n := h.Name.In(l); !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	return strings.Join(names, ", ")
}

// scheduledPlan writes one municipality's plan as the portfolio schedules
// it: its steps in plan order with their weeks and work by week, what does
// not fit and why, and what becomes of its agreed priorities.
func (a *analysis) scheduledPlan(d document, w *words, q *plan.Plan) {
	l := w.Lang
	alone := a.planOf(q.Municipality)
	d.heading(3, w.AsTeamCanKeep(a.nameIn(q.Municipality, l)))
	items := []string{w.StepsFit(len(q.Steps), len(q.Steps)+len(q.Deferred), q.Weeks(), len(alone.Steps), alone.Weeks())}
	if q.Projected != nil {
		items = append(items, w.AtLeastWhenDone(a.scoreText(q.Projected, w), a.scoreText(alone.Projected, w)))
	}
	d.bullets(items)
	var rows [][]string
	for k, s := range q.Steps {
		var work []string
		for _, wk := range s.Weeks {
			work = append(work, w.Num(wk.PersonDays))
		}
		rows = append(rows, []string{w.Int(k + 1), w.WeekSpan(s.StartWeek, s.EndWeek), actionName(s, l), w.Num(s.Effort),
			strings.Join(work, "+")})
	}
	if len(rows) > 0 {
		d.table([]string{w.ColRank, w.ColWeeks, w.ColAction, w.ColDays, w.ColWeekByWeek}, rows)
	}
	for _, f := range a.portfolio.Shortfalls() {
		if f.Municipality != q.Municipality {
			continue
		}
		var lines []string
		for _, as := range f.Steps {
			name := assignmentAction(as, l)
			for _, s := range q.Deferred {
				if s.ID == as.Step {
					name = actionName(s, l)
				}
			}
			lines = append(lines, name+": "+a.unfitText(as, l))
		}
		d.para(w.NotInPortfolio)
		d.bullets(lines)
		lines = nil
		for _, st := range f.Priorities {
			lines = append(lines, w.Int(st.Rank)+". "+st.Goal.Label(l)+": "+a.priorityReason(st, l))
		}
		if len(lines) > 0 {
			d.para(w.UnservedPriorities)
			d.bullets(lines)
		}
	}
}
