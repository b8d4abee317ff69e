package main

import "github.com/digitaldistrict/egovkit/plan"

// htmlActions returns a plan's action plan as Serbian administrations
// write one, one row an activity: its number, the activity, who is
// responsible (nosilac), the deadline (rok), the indicator of success and
// the resources; the rows of the CSV's action table (actionRows) for the
// plan's municipality.
func (a *analysis) htmlActions(q *plan.Plan, w *words) [][]string {
	name := a.nameIn(q.Municipality, w.Lang)
	var rows [][]string
	for _, r := range a.actionRows(w) {
		if r.Municipality == name {
			rows = append(rows, []string{w.Int(r.Position), r.Activity, r.Responsible, w.Date(r.Deadline), r.Success, r.Resources})
		}
	}
	return rows
}
