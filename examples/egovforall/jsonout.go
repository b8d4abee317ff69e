package main

import (
	"encoding/json"
	"io"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/maturity"
	"github.com/digitaldistrict/egovkit/plan"
)

// writeJSON writes the whole analysis as one egovforall.report/1 document,
// each part in the library's own JSON form.
func (a *analysis) writeJSON(w io.Writer) error {
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
		Score            string `json:"score"`
		Band             string `json:"band"`
		Coverage         string `json:"coverage"`
		BelowMinCoverage bool   `json:"below_min_coverage,omitempty"`
		Uncertain        bool   `json:"uncertain,omitempty"`
	}
	doc := struct {
		Format         string              `json:"format"`
		Municipalities []egov.Municipality `json:"municipalities"`
		Visits         []egov.Visit        `json:"visits"`
		Profiles       []egov.Profile      `json:"profiles"`
		Scores         []scored            `json:"scores"`
		Ranking        []ranked            `json:"ranking"`
		Plans          []*plan.Plan        `json:"plans"`
		Portfolio      *plan.Portfolio     `json:"portfolio"`
	}{Format: "egovforall.report/1", Municipalities: a.in.Municipalities, Visits: a.in.Visits,
		Profiles: a.in.Profiles, Plans: a.plans, Portfolio: a.portfolio}
	for _, m := range egov.SortedByName(a.in.Municipalities, egov.Latin) {
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
		doc.Ranking = append(doc.Ranking, ranked{Rank: row.Rank, Name: row.Name, Score: row.Score.StringFixed(2), Band: row.Band,
			Coverage: row.Coverage.StringFixed(4), BelowMinCoverage: row.BelowMinCoverage, Uncertain: row.Uncertain})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(doc)
}
