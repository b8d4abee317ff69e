package main

import (
	"strings"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/plan"
)

// The report's tables as data, for the CSV files (and any other format
// that lays them out): each row holds the analysis's figures as they are,
// with the names and sentences in one language already, and the numbers
// and dates left for the format to write.

// stepRow is one step of a municipality's plan as the shared team can keep
// it (the portfolio's plan): a scheduled step with its weeks and dates, or
// a step that does not fit, with no weeks and the reason in Note.
type stepRow struct {
	Municipality string // name, in the language's script
	Position     int    // from 1, in plan order, the steps that do not fit last
	Action       string
	Kind         string
	Owner        string
	// FirstWeek and LastWeek count weeks from the portfolio's start; both
	// are 0, and Start and End zero, for a step that does not fit.
	FirstWeek, LastWeek int
	Start, End          egov.Date
	Effort              decimal.Decimal // person-days
	// Gain and AtLeast are the step's gain and the plan's lower end once it
	// is done; HasGain and HasAtLeast are false where they cannot be told.
	Gain, AtLeast       decimal.Decimal
	HasGain, HasAtLeast bool
	Why                 string // the reasons the step is in the plan
	Note                string // what its gain waits for; why it does not fit
}

// stepRows returns every step of every plan in the portfolio, each once,
// in the order of the plans.
func (a *analysis) stepRows(w *words) []stepRow {
	l := w.Lang
	unfit := map[plan.StepID]plan.Assignment{}
	for _, as := range a.portfolio.Deferred {
		unfit[as.Step] = as
	}
	var rows []stepRow
	for _, q := range a.portfolio.Plans {
		name := a.nameIn(q.Municipality, l)
		add := func(s plan.Step, scheduled bool) {
			r := stepRow{Municipality: name, Position: len(rows) + 1, Action: actionName(s, l),
				Kind: kindName(s.Kind, l), Owner: ownerName(s.Owner, l), Effort: s.Effort,
				Gain: s.Gain, HasGain: s.GainExact != nil, AtLeast: s.Running, HasAtLeast: s.RunningExact != nil,
				Why: a.rationaleText(s.Rationale, l)}
			if scheduled {
				r.FirstWeek, r.LastWeek, r.Start, r.End = s.StartWeek, s.EndWeek, s.Start, s.End
			}
			var notes []string
			if s.GainAwaits != "" {
				notes = append(notes, w.GainAwaits(lowerFirst(s.GainAwaits.Label(l)), s.GainExact != nil))
			}
			if as, ok := unfit[s.ID]; ok && !scheduled {
				notes = append(notes, w.NotInPortfolioBecause(a.unfitText(as, l)))
			}
			r.Note = strings.Join(notes, "; ")
			rows = append(rows, r)
		}
		first := len(rows)
		for _, s := range q.Steps {
			add(s, true)
		}
		for _, s := range q.Deferred {
			add(s, false)
		}
		for i := first; i < len(rows); i++ {
			rows[i].Position = i - first + 1
		}
	}
	return rows
}

// scoreRow is one municipality's digital-maturity score: every pilot has
// one, those not assessed with Assessed false and nothing else.
type scoreRow struct {
	Municipality string
	Assessed     bool // a profile is recorded, so the range is known
	Scored       bool // the model reads something of it, so it has a score
	Score        decimal.Decimal
	Low, High    decimal.Decimal // the range
	OuterBound   bool
	Coverage     decimal.Decimal
	Band         string // the band's name; "" when not scored
	Level        int    // rungs of the ladder reached
	Levels       int    // rungs of the ladder
	LevelName    string // the name of the rung reached; "" below the first
}

// scoreRows returns one row for each pilot municipality, in the order of
// the alphabet of the language's script.
func (a *analysis) scoreRows(w *words) []scoreRow {
	l := w.Lang
	levels := len(a.model.Model().Levels)
	var rows []scoreRow
	for _, m := range a.sorted(l) {
		r := scoreRow{Municipality: m.Name.Label(l), Levels: levels}
		if rg, ok := a.ranges[m.Key]; ok {
			r.Assessed = true
			r.Low, r.High, r.OuterBound = rg.Low.Score(), rg.High.Score(), rg.OuterBound
			r.Coverage = decimal.Zero
		}
		if res, ok := a.results[m.Key]; ok {
			r.Scored = true
			r.Score, r.Coverage = res.Score(), res.Coverage()
			band, _ := res.Band()
			r.Band = band.Label(l)
			lv, n := res.Level()
			r.Level = n
			if n > 0 {
				r.LevelName = lv.Label(l)
			}
		}
		rows = append(rows, r)
	}
	return rows
}

// actionRow is one activity of a municipality's action plan, as Serbian
// administrations write one: the activity, who is responsible for it
// (nosilac), when it starts and its deadline (rok), the indicator of its
// success (pokazatelj uspeha) and the resources it takes (resursi).
type actionRow struct {
	Municipality    string
	Position        int // from 1, in plan order
	Activity        string
	Responsible     string
	Start, Deadline egov.Date
	Success         string
	Resources       string
}

// actionRows returns the activities of every plan as the shared team can
// keep it (the steps that do not fit are not in an action plan), in the
// order of the plans.
func (a *analysis) actionRows(w *words) []actionRow {
	l := w.Lang
	var rows []actionRow
	for _, q := range a.portfolio.Plans {
		name := a.nameIn(q.Municipality, l)
		for k, s := range q.Steps {
			owner := ownerName(s.Owner, l)
			rows = append(rows, actionRow{Municipality: name, Position: k + 1, Activity: actionName(s, l),
				Responsible: owner, Start: s.Start, Deadline: s.End, Success: a.successIndicator(s, w),
				Resources: w.Resources(owner, s.Effort)})
		}
	}
	return rows
}

// successIndicator says how to tell that a step succeeded: the stage its
// service reaches or the figure its measure reaches, or, for a step with
// no such effect, that it was carried out; and, where the step raises the
// plan's lower end, the score the municipality can then count on.
func (a *analysis) successIndicator(s plan.Step, w *words) string {
	l := w.Lang
	e := s.Effect
	var text string
	switch {
	case e.Stage.IsKnown() && s.Service != "":
		text = a.serviceName(s.Service, l) + ": " + lowerFirst(e.Stage.Label(l))
	case e.Measure != "" && e.ShareOfWhole.Sign() > 0:
		text = w.ShareAtLeast(e.Measure.Label(l), e.ShareOfWhole)
	case e.Measure != "":
		text = w.MeasureAtLeast(e.Measure.Label(l), e.AtLeast)
	default:
		text = w.Done(s.Kind)
	}
	if s.GainExact != nil && s.GainExact.Sign() > 0 && s.RunningExact != nil {
		text += "; " + w.ScoreAtLeast(w.Fixed(s.Running, 2))
	}
	return text
}
