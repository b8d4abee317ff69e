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
	type scored struct {
		Municipality string           `json:"municipality"`
		Result       *maturity.Result `json:"result,omitempty"`
		NoScore      bool             `json:"no_score,omitempty"`
	}
	type ranked struct {
		Rank  int    `json:"rank"`
		Name  string `json:"name"`
		Score string `json:"score"`
		Band  string `json:"band"`
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
		if r, ok := a.results[m.Key]; ok {
			doc.Scores = append(doc.Scores, scored{Municipality: m.Key, Result: r})
		} else if a.unscored[m.Key] {
			doc.Scores = append(doc.Scores, scored{Municipality: m.Key, NoScore: true})
		}
	}
	for _, row := range a.ranking.Rows {
		doc.Ranking = append(doc.Ranking, ranked{Rank: row.Rank, Name: row.Name, Score: row.Score.StringFixed(2), Band: row.Band})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(doc)
}
