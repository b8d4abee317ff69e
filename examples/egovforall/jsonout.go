package main

import (
	"encoding/json"
	"io"
	"slices"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/maturity"
	"github.com/digitaldistrict/egovkit/plan"
	"github.com/digitaldistrict/egovkit/questionnaire"
)

// writeJSON writes the whole analysis as one egovforall.report/1 document,
// each part in the library's own JSON form, with the names people read in
// language l.
//
// Keys stay English in every language: they are the document's machine
// contract. What follows l is the text people read: the visits'
// observations and agreed priorities (when the built-in data is used), the
// ranking's names, and "labels", a dictionary from every key the document
// uses (municipalities, services, stages, goals, areas, measures, the
// model's dimensions, indicators, bands and levels, the plans' actions,
// kinds, owners and outcomes) to its name in l. "language" says which.
// With -answers, "answers" says which answers were applied: the file, the
// questionnaire, the municipality, the day of the answers and of the
// profile they replace, how many of the questions they answer, and the
// facts they changed, described in l.
func (a *analysis) writeJSON(w io.Writer, l egov.Language) error {
	type scoreRange struct {
		Low        string `json:"low"`
		High       string `json:"high"`
		OuterBound bool   `json:"outer_bound,omitempty"`
	}
	type fact struct {
		Service  egov.ServiceKey `json:"service,omitempty"`
		Measures []egov.Measure  `json:"measures,omitempty"`
		Narrows  string          `json:"narrows"`
		Settles  []string        `json:"settles"`
	}
	type scored struct {
		Municipality string           `json:"municipality"`
		Result       *maturity.Result `json:"result,omitempty"`
		NoScore      bool             `json:"no_score,omitempty"`
		Range        scoreRange       `json:"range"`
		AskFirst     []fact           `json:"ask_first"`
	}
	type ranked struct {
		Rank             int    `json:"rank"`
		Name             string `json:"name"`
		Municipality     string `json:"municipality,omitempty"`
		Score            string `json:"score"`
		Band             string `json:"band"`
		Coverage         string `json:"coverage"`
		BelowMinCoverage bool   `json:"below_min_coverage,omitempty"`
		Uncertain        bool   `json:"uncertain,omitempty"`
	}
	type answers struct {
		File          string           `json:"file"`
		Questionnaire questionnaire.ID `json:"questionnaire"`
		Municipality  string           `json:"municipality"`
		Date          egov.Date        `json:"date"`
		Replaces      egov.Date        `json:"replaces"`
		Answered      int              `json:"answered"`
		Questions     int              `json:"questions"`
		Updates       []string         `json:"updates"`
	}
	doc := struct {
		Format         string              `json:"format"`
		Language       egov.Language       `json:"language"`
		Labels         labels              `json:"labels"`
		Answers        *answers            `json:"answers,omitempty"`
		Municipalities []egov.Municipality `json:"municipalities"`
		Visits         []egov.Visit        `json:"visits"`
		Profiles       []egov.Profile      `json:"profiles"`
		Scores         []scored            `json:"scores"`
		Ranking        []ranked            `json:"ranking"`
		Plans          []*plan.Plan        `json:"plans"`
		Portfolio      *plan.Portfolio     `json:"portfolio"`
	}{Format: "egovforall.report/1", Language: l, Labels: a.labels(l), Municipalities: a.in.Municipalities, Visits: a.in.Visits,
		Profiles: a.in.Profiles, Plans: a.plans, Portfolio: a.portfolio}
	if an := a.answered; an != nil {
		doc.Answers = &answers{File: an.file, Questionnaire: an.q.ID(), Municipality: an.q.Municipality(), Date: an.answers.Date,
			Replaces: an.was.Date, Answered: an.questions, Questions: an.q.Len(), Updates: a.updateLines(l)}
		if doc.Answers.Updates == nil {
			doc.Answers.Updates = []string{}
		}
	}
	for _, m := range a.sorted(l) {
		rg, ok := a.ranges[m.Key]
		if !ok {
			continue
		}
		sc := scored{Municipality: m.Key, Result: a.results[m.Key], NoScore: a.unscored[m.Key],
			Range:    scoreRange{Low: rg.Low.Score().StringFixed(2), High: rg.High.Score().StringFixed(2), OuterBound: rg.OuterBound},
			AskFirst: []fact{}}
		for _, f := range a.ask[m.Key] {
			sc.AskFirst = append(sc.AskFirst, fact{Service: f.Service, Measures: f.Measures,
				Narrows: f.NarrowsRounded.StringFixed(2), Settles: f.Settles})
		}
		doc.Scores = append(doc.Scores, sc)
	}
	for _, row := range a.ranking.Rows {
		doc.Ranking = append(doc.Ranking, ranked{Rank: row.Rank, Name: a.rankedName(row.Name, l),
			Municipality: a.rankedKey(row.Name), Score: row.Score.StringFixed(2), Band: row.Band,
			Coverage: row.Coverage.StringFixed(4), BelowMinCoverage: row.BelowMinCoverage, Uncertain: row.Uncertain})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(doc)
}

// labels are the names people read of every key a report uses, in one
// language: each map goes from a key, as the document writes it, to its
// name.
type labels struct {
	Municipalities map[string]string `json:"municipalities"`
	Statuses       map[string]string `json:"statuses"`
	Services       map[string]string `json:"services"`
	Stages         map[string]string `json:"stages"`
	Areas          map[string]string `json:"areas"`
	Goals          map[string]string `json:"goals"`
	Measures       map[string]string `json:"measures"`
	Model          string            `json:"model"`
	Dimensions     map[string]string `json:"dimensions"`
	Indicators     map[string]string `json:"indicators"`
	Bands          map[string]string `json:"bands"`
	Levels         map[string]string `json:"levels"`
	Actions        map[string]string `json:"actions"`
	ActionKinds    map[string]string `json:"action_kinds"`
	Owners         map[string]string `json:"owners"`
	Outcomes       map[string]string `json:"outcomes"`
}

// labels returns the names of the report's keys in language l.
func (a *analysis) labels(l egov.Language) labels {
	model := a.model.Model()
	lb := labels{Municipalities: map[string]string{}, Statuses: map[string]string{}, Services: map[string]string{},
		Stages: map[string]string{}, Areas: map[string]string{}, Goals: map[string]string{},
		Measures: map[string]string{}, Model: model.Label(l), Dimensions: map[string]string{},
		Indicators: map[string]string{}, Bands: map[string]string{}, Levels: map[string]string{},
		Actions: map[string]string{}, ActionKinds: map[string]string{}, Owners: map[string]string{},
		Outcomes: map[string]string{}}
	for _, m := range a.in.Municipalities {
		lb.Municipalities[m.Key] = m.Name.Label(l)
	}
	for s := egov.Status(0); s.IsValid(); s++ {
		lb.Statuses[s.String()] = s.Label(l)
	}
	for _, key := range a.cat.Order() {
		lb.Services[string(key)] = a.serviceName(key, l)
	}
	for _, s := range egov.AdoptionStages() {
		lb.Stages[s.String()] = s.Label(l)
	}
	for ar := egov.Area(0); ar.IsValid(); ar++ {
		lb.Areas[ar.String()] = ar.Label(l)
	}
	for _, g := range egov.GoalKinds() {
		lb.Goals[g.String()] = g.Label(l)
	}
	for _, m := range egov.Measures() {
		lb.Measures[string(m)] = m.Label(l)
	}
	for _, d := range model.Dimensions {
		lb.Dimensions[d.Key] = d.Label(l)
		for _, ind := range d.AllIndicators() {
			lb.Indicators[ind.Key] = ind.Label(l)
		}
	}
	for _, b := range model.Bands {
		lb.Bands[b.Key] = b.Label(l)
	}
	for _, lv := range model.Levels {
		lb.Levels[lv.Key] = lv.Label(l)
	}
	for _, p := range a.plans {
		for _, s := range append(slices.Clone(p.Steps), p.Deferred...) {
			lb.Actions[s.Action] = actionName(s, l)
		}
	}
	for _, k := range plan.ActionKinds() {
		lb.ActionKinds[k.String()] = kindName(k, l)
	}
	for o := plan.OwnerTeam; o.IsValid(); o++ {
		lb.Owners[o.String()] = ownerName(o, l)
	}
	for o := plan.OutcomeServed; o.IsValid(); o++ {
		lb.Outcomes[o.String()] = outcomeName(o, l)
	}
	return lb
}
