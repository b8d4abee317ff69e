package main

import (
	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/plan"
)

// Package plan's words in a language, in one place. Until package plan
// names its kinds, owners, outcomes, actions and reasons in the three
// languages, these give the English that its String methods and text
// fields hold, whatever the language. Each says in a comment what it
// becomes then: plan's Label on the enums and steps, and its Words, made
// by Portfolio.Words with the model and the catalogue so that reasons
// name steps, indicators and services as the report does.

// actionName names a step's action. Then: return s.Label(l).
func actionName(s plan.Step, l egov.Language) string {
	_ = l
	return s.Action
}

// kindName names a kind of action: "training". Then: return k.Label(l).
func kindName(k plan.ActionKind, l egov.Language) string {
	_ = l
	return k.String()
}

// ownerName names who carries out an action: "programme-team". Then:
// return o.Label(l).
func ownerName(o plan.Owner, l egov.Language) string {
	_ = l
	return o.String()
}

// outcomeName names what a plan does about an agreed priority: "served".
// Then: return o.Label(l).
func outcomeName(o plan.Outcome, l egov.Language) string {
	_ = l
	return o.String()
}

// rationaleText says why a step is in a plan. Then:
// return a.portfolio.Words(l, a.model, a.cat).Rationale(r).
func (a *analysis) rationaleText(r plan.Rationale, l egov.Language) string {
	_ = l
	return r.String()
}

// priorityReason says why a plan does not serve an agreed priority. Then:
// return a.portfolio.Words(l, a.model, a.cat).PriorityReason(st).
func (a *analysis) priorityReason(st plan.PriorityStatus, l egov.Language) string {
	_ = l
	return st.Reason
}

// unfitText says why the portfolio could not fit a step, naming the steps
// it points at as the report does. Then:
//
//	if as.Unfit.IsZero() {
//		return as.Reason
//	}
//	return a.portfolio.Words(l, a.model, a.cat).Unfit(as.Unfit)
func (a *analysis) unfitText(as plan.Assignment, l egov.Language) string {
	return unfitReason(as, l)
}

// assignmentAction names the action of a step as the portfolio places it:
// its key, as an assignment holds no name (find the step in its plan and
// use actionName for the name). Then: unchanged.
func assignmentAction(as plan.Assignment, l egov.Language) string {
	_ = l
	return as.Action
}

// unfitReason says why the portfolio could not fit a step, naming the
// steps it points at by their keys (analysis.unfitText names them). Then:
// return as.ReasonText(l).
func unfitReason(as plan.Assignment, l egov.Language) string {
	_ = l
	return as.Reason
}
