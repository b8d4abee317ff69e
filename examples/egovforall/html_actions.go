package main

import (
	"github.com/digitaldistrict/egovkit/plan"
)

// htmlActions returns a plan's action plan as Serbian administrations
// write one, one row an activity: the activity, who is responsible
// (nosilac), the deadline (rok), the indicator of success and the
// resources.
func (a *analysis) htmlActions(q *plan.Plan, w *words) [][]string {
	l := w.Lang
	var rows [][]string
	for k, s := range q.Steps {
		success := w.say("done", "спроведено")
		if s.Effect.Stage.IsKnown() && s.Service != "" {
			success = a.serviceName(s.Service, l) + ": " + lowerFirst(s.Effect.Stage.Label(l))
		}
		rows = append(rows, []string{w.Int(k + 1), actionName(s, l), ownerName(s.Owner, l), w.Date(s.End), success,
			w.Num(s.Effort) + " " + w.say("person-days", "човек-дана")})
	}
	return rows
}
