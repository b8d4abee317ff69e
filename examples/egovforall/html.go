package main

import (
	"bytes"
	"html/template"
	"io"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/examples/egovforall/internal/chart"
	"github.com/digitaldistrict/egovkit/maturity"
	"github.com/digitaldistrict/egovkit/plan"
)

// The HTML report: one page, with its style and its charts inline and no
// script, that reads on a screen and prints on A4. Everything on it comes
// from the analysis, written in the report's language; html/template
// escapes every word for where it stands, and the charts (package chart)
// are SVG written through html/template too.

// htmlPage is what the page template shows.
type htmlPage struct {
	Lang           string // the lang attribute: en, sr-Latn, sr-Cyrl
	Style          template.CSS
	W              *words
	H              htmlWords
	Intro          string
	Answers        string   // which answers were applied (-answers), or ""
	Updates        []string // the facts the answers changed
	Pilots         []htmlPilot
	Municipalities []htmlMunicipality
	Portfolio      htmlPortfolio
	AwaitingVisit  string
	Illustrative   string // the footnote of illustrative dates in the overview
}

// htmlPilot is one row of the overview of the pilots.
type htmlPilot struct {
	Key, Name, Status, District, Population string
	Visited                                 string // the visit's date, or "not yet"
	HasSection                              bool   // the page has a section on it
	Score, Band, Range                      string
}

// htmlMunicipality is the section on one visited municipality.
type htmlMunicipality struct {
	Key, Name  string
	VisitLine  string
	Team       string
	Source     string
	Findings   []string
	Priorities []htmlPriority
	Gauge      template.HTML
	Radar      template.HTML
	Ladder     template.HTML
	Figures    []string // the plan's figures: recorded, range, lower ends
	ScoreRows  htmlTable
	Dimensions htmlTable
	Levels     htmlTable
	StepsFit   string
	Gantt      template.HTML
	Steps      htmlTable
	Deferred   []string
	Gains      template.HTML
	GainRows   htmlTable
	Actions    htmlTable
}

// htmlTable is a table: its caption, header and rows, and each column's
// class: "num" for numbers (set right, in figures of one width), "keep"
// for what must not break across lines (dates), "" for words.
type htmlTable struct {
	Caption string
	Header  []string
	Rows    [][]string
	Class   []string
}

// numeric returns the classes of n columns, those given holding numbers.
func numeric(n int, cols ...int) []string {
	out := make([]string, n)
	for _, c := range cols {
		out[c] = "num"
	}
	return out
}

// keep marks the columns given as not to break across lines.
func keep(classes []string, cols ...int) []string {
	for _, c := range cols {
		classes[c] = "keep"
	}
	return classes
}

// htmlPriority is one agreed priority and what the plan does about it.
type htmlPriority struct {
	Line  string   // "1. Adopt fully (Pisarnica): served"
	Asked string   // the priority as agreed
	Steps []string // the steps that serve it
}

// htmlPortfolio is the section on the team's portfolio.
type htmlPortfolio struct {
	Intro string
	Load  template.HTML
	Table htmlTable
}

// writeHTML writes the report as one HTML page in w's language.
func (a *analysis) writeHTML(out io.Writer, w *words) error {
	page, err := a.htmlPage(w)
	if err != nil {
		return err
	}
	var b bytes.Buffer
	if err := htmlTemplate.Execute(&b, page); err != nil {
		return err
	}
	_, err = out.Write(b.Bytes())
	return err
}

func (a *analysis) htmlPage(w *words) (*htmlPage, error) {
	l := w.Lang
	h := htmlWordsFor(w)
	opts := a.opts
	page := &htmlPage{Lang: l.String(), Style: template.CSS(htmlStyle), W: w, H: h, //nolint:gosec // G203: the example's own style sheet

		Intro: w.PlansIntro(opts.Start, opts.Horizon, w.Num(opts.TeamCapacity), w.Num(opts.MunicipalityCapacity))}
	if a.answered != nil {
		page.Answers, page.Updates = a.answersLine(w), a.updateLines(l)
	}
	visits := map[string]egov.Visit{}
	for _, v := range a.in.Visits {
		visits[v.Municipality] = v
	}
	for _, m := range a.sorted(l) {
		p := htmlPilot{Key: m.Key, Name: m.Name.Label(l), Status: m.Status.Label(l), District: m.DistrictName(l),
			Population: m.Population.Label(l), Visited: h.NotVisited, Score: h.NotAssessed}
		if v, ok := visits[m.Key]; ok {
			p.Visited, p.HasSection = w.Date(v.Date), true
			if v.DateIllustrative {
				p.Visited += "*"
				page.Illustrative = "* " + w.IllustrativeDate
			}
		}
		if rg, ok := a.ranges[m.Key]; ok {
			p.Score, p.Range = h.NoScore, a.span(rg, w)
		}
		if r, ok := a.results[m.Key]; ok {
			band, _ := r.Band()
			p.Score, p.Band = w.Fixed(r.Score(), 2), band.Label(l)
		}
		page.Pilots = append(page.Pilots, p)
	}
	for _, v := range a.in.Visits {
		sec, err := a.htmlMunicipality(v, w, h)
		if err != nil {
			return nil, err
		}
		page.Municipalities = append(page.Municipalities, sec)
	}
	var err error
	if page.Portfolio, err = a.htmlPortfolio(w, h); err != nil {
		return nil, err
	}
	if waiting := a.notVisited(l); len(waiting) > 0 {
		page.AwaitingVisit = w.ListLine(w.AwaitingVisit, waiting)
	}
	return page, nil
}

// visitDate writes a visit's date, saying when it is illustrative.
func (a *analysis) visitDate(v egov.Visit, w *words) string {
	date := w.Date(v.Date)
	if v.DateIllustrative {
		date += " (" + w.IllustrativeDate + ")"
	}
	return date
}

// span writes a range of scores: "5.60-89.60".
func (a *analysis) span(rg maturity.Range, w *words) string {
	s := w.Span(w.Fixed(rg.Low.Score(), 2), w.Fixed(rg.High.Score(), 2))
	if rg.OuterBound {
		s += " (" + w.AtMost + ")"
	}
	return s
}

// portfolioPlan returns the municipality's plan as the portfolio schedules
// it, or its plan alone if the portfolio has none.
func (a *analysis) portfolioPlan(key string) *plan.Plan {
	for _, q := range a.portfolio.Plans {
		if q.Municipality == key {
			return q
		}
	}
	return a.planOf(key)
}

func (a *analysis) htmlMunicipality(v egov.Visit, w *words, h htmlWords) (htmlMunicipality, error) {
	l := w.Lang
	key := v.Municipality
	sec := htmlMunicipality{Key: key, Name: a.nameIn(key, l), VisitLine: a.visitDate(v, w),
		Team: strings.Join(v.Team, "; "), Source: v.Source}
	for _, f := range v.Findings {
		subject := a.serviceName(f.Service, l)
		if f.Service == "" {
			subject = f.Area.Label(l)
		}
		sec.Findings = append(sec.Findings, subject+": "+f.Observation)
	}
	var err error
	if err = a.htmlScores(&sec, w, h); err != nil {
		return sec, err
	}
	q := a.portfolioPlan(key)
	alone := a.planOf(key)
	sec.Figures = a.planFigures(q, w)
	sec.StepsFit = w.StepsFit(len(q.Steps), len(q.Steps)+len(q.Deferred), q.Weeks(), len(alone.Steps), alone.Weeks())
	if err = a.htmlPlan(&sec, q, w, h); err != nil {
		return sec, err
	}
	return sec, nil
}

// htmlScores draws a municipality's gauge, radar and ladder, with their
// tables.
func (a *analysis) htmlScores(sec *htmlMunicipality, w *words, h htmlWords) error {
	l := w.Lang
	model := a.model.Model()
	key := sec.Key
	r, scored := a.results[key]
	rg, ranged := a.ranges[key]
	var bands []chart.Band
	var bandNames []string
	for _, b := range model.Bands {
		bands = append(bands, chart.Band{Name: b.Label(l), From: b.From, To: b.To})
		bandNames = append(bandNames, b.Label(l)+" "+w.Span(w.Fixed(b.From, 2), w.Fixed(b.To, 2)))
	}
	g := chart.Gauge{ID: "gauge-" + key, Min: model.Scale.Min, Max: model.Scale.Max, Bands: bands,
		ScoreLabel: h.NoScore, RangeLegend: h.RangeLegend, Format: func(d decimal.Decimal) string { return w.Num(d) }}
	score, band, span := h.NoScore, "-", "-"
	if scored {
		bd, i := r.Band()
		g.HasScore, g.Score, g.Reached = true, r.Score(), i+1
		score, band = w.Fixed(r.Score(), 2), bd.Label(l)
		g.ScoreLabel, g.BandLabel = score, w.ColBand+": "+band
	}
	if ranged {
		g.HasRange, g.Low, g.High = true, rg.Low.Score(), rg.High.Score()
		span = a.span(rg, w)
		g.RangeLabel = w.ColRange + ": " + span
	}
	g.Title = w.GaugeTitle(sec.Name, score, scored)
	g.Desc = w.GaugeDesc(score, band, scored, span, strings.Join(bandNames, "; "))
	var err error
	if sec.Gauge, err = g.SVG(); err != nil {
		return err
	}
	coverage := "-"
	if scored {
		coverage = w.Fixed(r.Coverage(), 4)
	}
	sec.ScoreRows = htmlTable{Caption: g.Title, Header: []string{w.ColScore, w.ColBand, w.ColRange, w.ColCoverage},
		Rows: [][]string{{score, band, span, coverage}}, Class: numeric(4, 0, 2, 3)}

	rd := chart.Radar{ID: "radar-" + key, Min: model.Scale.Min, Max: model.Scale.Max, Known: h.KnownScore, Unknown: h.Unknown,
		Title: w.RadarTitle(sec.Name)}
	scores := map[string]maturity.DimensionScore{}
	if scored {
		for _, d := range r.Dimensions() {
			scores[d.Key] = d
		}
	}
	var each []string
	known := 0
	for _, dim := range model.Dimensions {
		ax := chart.Axis{Name: dim.Label(l), ValueLabel: h.Unknown}
		row := []string{dim.Label(l), w.Num(dim.Weight), h.Unknown, "-"}
		if d, ok := scores[dim.Key]; ok && d.Scored {
			ax.Known, ax.Value, ax.ValueLabel = true, d.Score, w.Fixed(d.Score, 2)
			row[2], row[3] = w.Fixed(d.Score, 2), w.Fixed(d.Coverage, 4)
			known++
		} else if ok {
			row[3] = w.Fixed(d.Coverage, 4)
		}
		rd.Axes = append(rd.Axes, ax)
		each = append(each, ax.Name+" "+ax.ValueLabel)
		sec.Dimensions.Rows = append(sec.Dimensions.Rows, row)
	}
	sec.Dimensions.Caption, sec.Dimensions.Class = rd.Title, numeric(4, 1, 2, 3)
	sec.Dimensions.Header = []string{h.ColDimension, h.ColWeight, w.ColScore, w.ColCoverage}
	rd.Desc = w.RadarDesc(known, len(model.Dimensions), strings.Join(each, "; "))
	if sec.Radar, err = rd.SVG(); err != nil {
		return err
	}

	ld := chart.Ladder{ID: "ladder-" + key, Title: w.LadderTitle(sec.Name), Unknown: !scored, ReachedLabel: h.LevelUnknown}
	var levelNames []string
	reachedText := h.LevelUnknown
	reached := 0
	if scored {
		lv, n := r.Level()
		reached = n
		ld.Reached = n
		ld.ReachedLabel, reachedText = h.NoLevel, h.NoLevel
		if n > 0 {
			ld.ReachedLabel = h.Reached
			reachedText = w.LevelReached(n, len(model.Levels), lv.Label(l))
		}
	}
	for i, lv := range model.Levels {
		ld.Levels = append(ld.Levels, lv.Label(l))
		levelNames = append(levelNames, lv.Label(l))
		mark := ""
		if scored && i < reached {
			mark = w.Yes
		}
		sec.Levels.Rows = append(sec.Levels.Rows, []string{w.Int(i + 1), lv.Label(l), mark})
	}
	sec.Levels.Caption, sec.Levels.Class = ld.Title, numeric(3, 0)
	sec.Levels.Header = []string{w.ColLevel, w.ColName, h.ColReached}
	ld.Desc = w.LadderDesc(reachedText, len(model.Levels), strings.Join(levelNames, ", "))
	sec.Ladder, err = ld.SVG()
	return err
}

// htmlPlan draws a municipality's plan as the shared team can keep it: the
// Gantt chart, the gains, the priorities and the action plan.
func (a *analysis) htmlPlan(sec *htmlMunicipality, q *plan.Plan, w *words, h htmlWords) error {
	l := w.Lang
	kinds := plan.ActionKinds()
	kindIndex := map[plan.ActionKind]int{}
	var chartKinds []chart.Kind
	var kindWords []string
	for i, k := range kinds {
		kindIndex[k] = i
		chartKinds = append(chartKinds, chart.Kind{Name: kindName(k, l), Letter: kindLetter(k, w)})
		kindWords = append(kindWords, kindLetter(k, w)+" "+lowerFirst(kindName(k, l)))
	}
	owners := []plan.Owner{plan.OwnerTeam, plan.OwnerMunicipality, plan.OwnerPartner}
	ownerIndex := map[plan.Owner]int{}
	var ownerNames, ownerWords []string
	shapes := []string{w.say("circle", "круг"), w.say("square", "квадрат"), w.say("triangle", "троугао")}
	for i, o := range owners {
		ownerIndex[o] = i
		ownerNames = append(ownerNames, ownerName(o, l))
		ownerWords = append(ownerWords, shapes[i]+" "+lowerFirst(ownerName(o, l)))
	}
	row := map[plan.StepID]int{}
	for i, s := range q.Steps {
		row[s.ID] = i
	}
	weeks := max(q.Weeks(), 1)
	g := chart.Gantt{ID: "gantt-" + sec.Key, Title: w.GanttTitle(sec.Name), Kinds: chartKinds, Owners: ownerNames}
	for k := 1; k <= weeks; k++ {
		g.Weeks = append(g.Weeks, chart.WeekMark{Number: w.Int(k), Date: l.FormatDayMonth(q.Options.Start.AddDays(7*(k-1)), false)})
	}
	bars := chart.Bars{ID: "gains-" + sec.Key, Title: w.GainsTitle(sec.Name), Known: h.GainKnown, Unknown: h.GainUnknown,
		Format: func(d decimal.Decimal) string { return w.Num(d) }}
	known, unknown := 0, 0
	for i, s := range q.Steps {
		label := w.Int(i+1) + ". " + actionName(s, l)
		var after []string
		gr := chart.GanttRow{Label: label, Kind: kindIndex[s.Kind], Owner: -1, Start: s.StartWeek, End: s.EndWeek,
			Tip: label + ": " + w.WeekSpan(s.StartWeek, s.EndWeek)}
		if k, ok := ownerIndex[s.Owner]; ok {
			gr.Owner = k
		}
		for _, d := range s.DependsOn {
			if k, ok := row[d]; ok {
				gr.DependsOn = append(gr.DependsOn, k)
				after = append(after, w.Int(k+1))
			}
		}
		g.Rows = append(g.Rows, gr)
		sec.Steps.Rows = append(sec.Steps.Rows, []string{w.Int(i + 1), w.WeekSpan(s.StartWeek, s.EndWeek),
			w.Span(l.FormatDayMonth(s.Start, false), l.FormatDayMonth(s.End, false)), actionName(s, l), kindName(s.Kind, l),
			ownerName(s.Owner, l), w.Num(s.Effort), strings.Join(after, ", ")})
		b := chart.Bar{Label: label, ValueLabel: "?"}
		atLeast := "-"
		if s.GainExact != nil {
			b.Known, b.Value = true, s.Gain
			b.ValueLabel = "+" + w.Fixed(s.Gain, 2)
			known++
		} else {
			unknown++
		}
		if s.GainAwaits != "" {
			b.ValueLabel += " (" + w.GainAwaits(lowerFirst(s.GainAwaits.Label(l)), s.GainExact != nil) + ")"
		}
		if s.RunningExact != nil {
			atLeast = w.Fixed(s.Running, 2)
		}
		bars.Rows = append(bars.Rows, b)
		sec.GainRows.Rows = append(sec.GainRows.Rows, []string{w.Int(i + 1), actionName(s, l), b.ValueLabel, atLeast})
	}
	sec.Steps.Caption, sec.Steps.Class = g.Title, keep(numeric(8, 0, 1, 6), 2)
	sec.Steps.Header = []string{w.ColRank, w.ColWeeks, h.ColDates, w.ColAction, w.ColKind, w.ColOwner, w.ColDays, h.ColAfter}
	sec.GainRows.Caption, sec.GainRows.Class = bars.Title, numeric(4, 0, 3)
	sec.GainRows.Header = []string{w.ColRank, w.ColAction, w.ColGain, w.ColAtLeast}
	g.Desc = w.GanttDesc(len(q.Steps), q.Weeks(), w.Date(q.Options.Start),
		w.GanttLegend(strings.Join(kindWords, ", "), strings.Join(ownerWords, ", ")))
	from, to := "-", "-"
	if q.Current != nil {
		from = w.Fixed(q.Current.Score, 2)
	}
	if q.Projected != nil {
		to = w.Fixed(q.Projected.Score, 2)
	}
	bars.Desc = w.GainsDesc(known, unknown, from, to)
	var err error
	if sec.Gantt, err = g.SVG(); err != nil {
		return err
	}
	if sec.Gains, err = bars.SVG(); err != nil {
		return err
	}
	for _, f := range a.portfolio.Shortfalls() {
		if f.Municipality != sec.Key {
			continue
		}
		for _, as := range f.Steps {
			name := assignmentAction(as, l)
			for _, s := range q.Deferred {
				if s.ID == as.Step {
					name = actionName(s, l)
				}
			}
			sec.Deferred = append(sec.Deferred, name+": "+a.unfitText(as, l))
		}
	}
	names := map[plan.StepID]string{}
	for i, s := range q.Steps {
		names[s.ID] = w.Int(i+1) + ". " + actionName(s, l)
	}
	for _, st := range q.Priorities {
		p := htmlPriority{Line: a.priorityLine(st, w), Asked: st.Description}
		for _, id := range st.Steps {
			if n, ok := names[id]; ok {
				p.Steps = append(p.Steps, n)
			}
		}
		sec.Priorities = append(sec.Priorities, p)
	}
	sec.Actions = htmlTable{Caption: h.ActionPlan + ": " + sec.Name, Rows: a.htmlActions(q, w), Class: keep(numeric(6, 0), 3),
		Header: []string{w.ColRank, w.ColActivity, w.ColResponsible, w.ColDeadline, w.ColSuccess, w.ColResources}}
	return nil
}

// htmlPortfolio draws the team's load by week against its capacity.
func (a *analysis) htmlPortfolio(w *words, h htmlWords) (htmlPortfolio, error) {
	l := w.Lang
	pf := a.portfolio
	out := htmlPortfolio{Intro: w.PortfolioIntro(w.Num(pf.Options.TeamCapacity))}
	ld := chart.Load{ID: "load", Title: w.LoadTitle(), Capacity: h.Capacity, Unit: h.PersonDays,
		Format: func(d decimal.Decimal) string { return w.Num(d) }}
	var names []string
	for _, m := range pf.Municipalities {
		names = append(names, a.nameIn(m, l))
	}
	ld.Series = names
	out.Table = htmlTable{Caption: ld.Title,
		Header: append(append([]string{w.ColWeek, w.ColStarts, w.ColDays}, names...), w.ColTeam, h.ColCapacity, w.ColHolidays)}
	out.Table.Class = keep(numeric(len(out.Table.Header), 0), 1)
	for i := 2; i < len(out.Table.Header)-1; i++ {
		out.Table.Class[i] = "num"
	}
	teamWeeks := a.teamWeeks()
	byWeek := map[int]teamWeek{}
	last := 0
	for _, wk := range teamWeeks {
		byWeek[wk.week] = wk
		last = wk.week
	}
	peak := decimal.Zero
	for k := 1; k <= last; k++ {
		wk, ok := byWeek[k]
		lw := chart.LoadWeek{WeekMark: chart.WeekMark{Number: w.Int(k),
			Date: l.FormatDayMonth(pf.Options.Start.AddDays(7*(k-1)), false)}}
		if ok {
			capacity := weekCapacity(pf.Options.TeamCapacity, wk.days)
			lw.HasCapacity, lw.Capacity = true, capacity
			row := []string{w.Int(k), w.Date(wk.start), w.Int(wk.days)}
			for _, m := range pf.Municipalities {
				lw.Values = append(lw.Values, wk.load[m])
				cell := ""
				if d, ok := wk.load[m]; ok {
					cell = w.Num(d)
				}
				row = append(row, cell)
			}
			peak = decimal.Max(peak, wk.team)
			out.Table.Rows = append(out.Table.Rows, append(row, w.Num(wk.team), w.Num(capacity), holidayText(wk.holidays, l)))
		}
		ld.Weeks = append(ld.Weeks, lw)
	}
	ld.Desc = w.LoadDesc(last, strings.Join(names, ", "), w.Num(peak), w.Num(pf.Options.TeamCapacity))
	var err error
	out.Load, err = ld.SVG()
	return out, err
}

// weekCapacity is the programme team's capacity in a week with the given
// working days, as package plan schedules it (see its documentation,
// "Scheduling"): the capacity of a week of five working days times the
// working days over five, rounded down to the hundredth of a person-day.
// The chart draws it as the capacity line, and the chart's table lists it
// beside the load; package plan does not report it.
func weekCapacity(week decimal.Decimal, days int) decimal.Decimal {
	return week.Mul(decimal.NewFromInt(int64(days))).Div(decimal.NewFromInt(5)).RoundFloor(2)
}
