package main

import (
	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/plan"
)

// Package plan's words in a language, in one place. Until package plan
// names its kinds, owners, outcomes, actions and reasons in the three
// languages, these give the English that its String methods and text
// fields hold, whatever the language; each will then call plan's own
// Label or Text with l.

// actionName names a step's action.
func actionName(s plan.Step, l egov.Language) string {
	_ = l
	return s.Action
}

// assignmentAction names the action of a step as the portfolio places it.
func assignmentAction(a plan.Assignment, l egov.Language) string {
	_ = l
	return a.Action
}

// kindName names a kind of action: "training".
func kindName(k plan.ActionKind, l egov.Language) string {
	_ = l
	return k.String()
}

// ownerName names who carries out an action: "programme-team".
func ownerName(o plan.Owner, l egov.Language) string {
	_ = l
	return o.String()
}

// rationaleText says why a step is in a plan.
func rationaleText(r plan.Rationale, l egov.Language) string {
	_ = l
	return r.String()
}

// outcomeName names what a plan does about an agreed priority: "served".
func outcomeName(o plan.Outcome, l egov.Language) string {
	_ = l
	return o.String()
}

// priorityReason says why a plan does not serve an agreed priority.
func priorityReason(st plan.PriorityStatus, l egov.Language) string {
	_ = l
	return st.Reason
}

// unfitReason says why the portfolio could not fit a step.
func unfitReason(a plan.Assignment, l egov.Language) string {
	_ = l
	return a.Reason
}
