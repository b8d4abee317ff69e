package main

import (
	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/plan"
)

// Package plan's words in a language, in one place: its labels for kinds,
// owners, outcomes and actions, and its Words, made by Portfolio.Words with
// the model and the catalogue so that reasons name steps, indicators and
// services by their names rather than their keys.

// actionName names a step's action.
func actionName(s plan.Step, l egov.Language) string { return s.Label(l) }

// kindName names a kind of action: "training".
func kindName(k plan.ActionKind, l egov.Language) string { return k.Label(l) }

// ownerName names who carries out an action: "programme team".
func ownerName(o plan.Owner, l egov.Language) string { return o.Label(l) }

// outcomeName names what a plan does about an agreed priority: "served".
func outcomeName(o plan.Outcome, l egov.Language) string { return o.Label(l) }

// planWords returns plan's words in language l, naming the steps of every
// plan of the portfolio and the model's indicators.
func (a *analysis) planWords(l egov.Language) plan.Words {
	if a.pwords == nil {
		a.pwords = map[egov.Language]plan.Words{}
	}
	w, ok := a.pwords[l]
	if !ok {
		w = a.portfolio.Words(l, a.model, a.cat)
		a.pwords[l] = w
	}
	return w
}

// rationaleText says why a step is in a plan.
func (a *analysis) rationaleText(r plan.Rationale, l egov.Language) string {
	return a.planWords(l).Rationale(r)
}

// priorityReason says why a plan does not serve an agreed priority.
func (a *analysis) priorityReason(st plan.PriorityStatus, l egov.Language) string {
	return a.planWords(l).PriorityReason(st)
}

// unfitText says why the portfolio could not fit a step, naming the steps
// it points at as the report does.
func (a *analysis) unfitText(as plan.Assignment, l egov.Language) string {
	if as.Unfit.IsZero() {
		return as.Reason
	}
	return a.planWords(l).Unfit(as.Unfit)
}

// assignmentAction names the action of a step as the portfolio places it:
// its key, as an assignment holds no name (find the step in its plan and
// use actionName for the name).
func assignmentAction(as plan.Assignment, l egov.Language) string {
	_ = l
	return as.Action
}
