package plan

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/enumtext"
	"github.com/digitaldistrict/egovkit/internal/exact"
)

// StepID identifies a step of a plan. It is derived from the visit and the
// action ("step:<visit ID>:<action key>"), so the same visit and playbook
// always give the same IDs.
type StepID = egov.ID[Step]

// A Plan is an operational plan for one municipality after one visit:
// ordered, scheduled steps, each saying why it is there and what it buys;
// the score the municipality reaches when they are done; and what became of
// every agreed priority.
type Plan struct {
	Municipality    string
	Visit           egov.VisitID
	Model           string // maturity model ID and version the gains are measured with
	ModelVersion    string
	Playbook        string
	PlaybookVersion string
	Options         Options
	// Assumptions the plan starts from, beyond the recorded profile.
	Assumptions []Assumption
	// Steps in plan order: dependencies first, then the agreed priority
	// rank, then expected gain per person-day, then the step ID.
	Steps []Step
	// Deferred are the steps that were needed but do not fit in the
	// horizon (or need one that does not), in plan order.
	Deferred []Step
	// Priorities says, for every agreed priority in rank order, whether the
	// plan serves it and, if not, why.
	Priorities []PriorityStatus
	// Recorded is the model's score of the profile as recorded. Current is
	// its score of the profile the plan starts from (the recorded profile
	// with the Assumptions), and Projected its score when every scheduled
	// step is done: Projected is never below Current, and each step's gain
	// is measured from Current. Any of them is nil when nothing the model
	// reads is known.
	Recorded, Current, Projected *Score
	// Done lists steps of an earlier plan found done when re-planning.
	Done []StepID
	// Load is each week's scheduled work per owner, in person-days, for the
	// weeks and owners with any work.
	Load []WeekLoad
	// baseline is the recorded profile plus the assumptions.
	baseline egov.Profile
}

// A Step is one scheduled action of a plan.
type Step struct {
	ID      StepID
	Action  string
	Name    string
	Service egov.ServiceKey
	Kind    ActionKind
	// Audience is whom a training step trains.
	Audience Trainees
	Owner    Owner
	// Effort is in person-days.
	Effort decimal.Decimal
	// DependsOn lists the steps that must end before this one starts.
	DependsOn []StepID
	// StartWeek and EndWeek count weeks from the plan's start (week 1
	// starts on Options.Start); Start and End are the first and last day.
	StartWeek, EndWeek int
	Start, End         egov.Date
	// Gain is the expected score gain of this step alone: the model's
	// score of the starting profile with the step's effect applied, minus
	// the current score, rounded once from the exact GainExact (nil when
	// the profile cannot be scored).
	Gain      decimal.Decimal
	GainExact *big.Rat
	Effect    Effect
	// Position is the step's place in the plan order (from 0), counting
	// deferred steps too.
	Position int
	// Class is the priority class: the best (lowest) rank of the agreed
	// priorities the step serves, directly or as a prerequisite; findings
	// come one after the largest rank and indicator gaps two after (both
	// stop at the largest int, so a rank of math.MaxInt shares its class).
	Class     int
	Rationale Rationale
}

// A Score is a summary of a scored profile.
type Score struct {
	Score decimal.Decimal // rounded as the model says
	Exact *big.Rat
	Band  string
	Level int // ladder rungs reached
}

// An Assumption is something the plan takes as known that the profile
// does not record: a service it works on whose stage is unknown is taken as
// not started, and a measure it raises whose value is unknown as 0, so that
// the plan starts from a definite point and its gains never come from
// merely making something known.
type Assumption struct {
	Service egov.ServiceKey
	Stage   egov.AdoptionStage
	Measure egov.Measure
	Value   decimal.Decimal
}

// String describes the assumption: "ddc taken as not-started: its stage
// is not recorded", "staff-trained taken as 0: its value is not recorded";
// "no assumption" for the zero Assumption.
func (a Assumption) String() string {
	switch {
	case a.Service != "" && a.Stage.IsKnown():
		return fmt.Sprintf("%s taken as %s: its stage is not recorded", a.Service, a.Stage)
	case a.Service != "":
		return fmt.Sprintf("no stage assumed for %s", a.Service)
	case a.Measure != "":
		return fmt.Sprintf("%s taken as %s: its value is not recorded", a.Measure, exact.FormatDecimal(a.Value))
	}
	return "no assumption"
}

// A Rationale says why a step is in a plan: one or more reasons, each
// pointing at what asked for it.
type Rationale struct {
	Reasons []Reason
}

// A Reason is one thing a step serves.
type Reason struct {
	Kind ReasonKind
	// Priority: the agreed priority (ID, rank and goal).
	Priority     egov.PriorityID
	PriorityRank int
	Goal         egov.GoalKind
	// Finding: the finding (ID and position in the visit, from 0).
	Finding      egov.FindingID
	FindingIndex int
	// Indicator: the maturity indicator whose gap the step closes.
	Indicator string
	// Step: for a prerequisite, the step that needs this one.
	Step       StepID
	StepAction string
}

// String renders the reason as text: "agreed priority 2 (introduce)",
// "finding 1 of the visit", "gap in indicator eid-registration", "needed
// before pisarnica-training". A part the reason leaves out is said in
// general words ("an agreed priority", "a finding of the visit", "needed
// before another step"), and the zero Reason reads "no reason given".
func (r Reason) String() string {
	switch r.Kind {
	case ReasonUnspecified:
		return "no reason given"
	case ReasonPriority:
		text := "an agreed priority"
		if r.PriorityRank > 0 {
			text = "agreed priority " + strconv.Itoa(r.PriorityRank)
		}
		if r.Goal.IsValid() {
			text += " (" + r.Goal.String() + ")"
		}
		return text
	case ReasonFinding:
		if r.FindingIndex < 0 {
			return "a finding of the visit"
		}
		// Counted from 1 in uint64, so that the largest index does not wrap.
		return "finding " + strconv.FormatUint(uint64(r.FindingIndex)+1, 10) + " of the visit"
	case ReasonIndicatorGap:
		if r.Indicator == "" {
			return "a gap in an indicator of the model"
		}
		return "gap in indicator " + r.Indicator
	case ReasonPrerequisite:
		switch {
		case r.StepAction != "":
			return "needed before " + r.StepAction
		case !r.Step.IsZero():
			return "needed before step " + r.Step.String()
		}
		return "needed before another step"
	}
	return r.Kind.String()
}

// String renders the rationale as text: its reasons joined by "; ", empty
// for a rationale with no reasons.
func (r Rationale) String() string {
	parts := make([]string, len(r.Reasons))
	for i, reason := range r.Reasons {
		parts[i] = reason.String()
	}
	return strings.Join(parts, "; ")
}

// PriorityStatus says what became of one agreed priority.
type PriorityStatus struct {
	ID          egov.PriorityID
	Rank        int
	Goal        egov.GoalKind
	Service     egov.ServiceKey
	Description string
	Outcome     Outcome
	// Reason explains an outcome other than OutcomeServed.
	Reason string
	// Steps are the scheduled steps that serve the priority directly.
	Steps []StepID
}

// Outcome is what a plan does about a priority. Its zero value,
// OutcomeUnspecified, says nothing: a plan from Generate or Replan never
// holds it, and Replan refuses a plan that does, so an empty status never
// reads as served.
type Outcome uint8

// The outcomes.
const (
	OutcomeUnspecified   Outcome = iota // no outcome given; not valid in a plan
	OutcomeServed                       // steps serve it within the horizon
	OutcomeAlreadyMet                   // the profile shows it is done
	OutcomeNoAction                     // the playbook has no action for it
	OutcomeBeyondHorizon                // its steps do not fit in the horizon
	numOutcomes
)

// String returns the outcome's lower-kebab name: "unspecified", "served",
// "already-met", "no-action" or "beyond-horizon".
func (o Outcome) String() string {
	return enumtext.Name(o, "Outcome", "unspecified", "served", "already-met", "no-action", "beyond-horizon")
}

// IsValid reports whether o is a defined outcome other than
// OutcomeUnspecified.
func (o Outcome) IsValid() bool { return o > OutcomeUnspecified && o < numOutcomes }

// MarshalText implements encoding.TextMarshaler.
func (o Outcome) MarshalText() ([]byte, error) { return enumtext.Marshal(o, numOutcomes, "outcome") }

// UnmarshalText implements encoding.TextUnmarshaler.
func (o *Outcome) UnmarshalText(b []byte) error {
	return enumtext.Unmarshal(o, numOutcomes, "outcome", b)
}

// Unserved returns the priorities the plan does not serve within its
// horizon, with their reasons (and any whose outcome is unspecified); none
// for a nil plan.
func (p *Plan) Unserved() []PriorityStatus {
	if p == nil {
		return nil
	}
	var out []PriorityStatus
	for _, s := range p.Priorities {
		if s.Outcome != OutcomeServed {
			out = append(out, s)
		}
	}
	return out
}

// An EffortTotal is the effort of the scheduled steps of one kind or owner.
type EffortTotal struct {
	Kind   ActionKind
	Owner  Owner
	Effort decimal.Decimal
}

// steps returns the plan's scheduled steps, none for a nil plan.
func (p *Plan) steps() []Step {
	if p == nil {
		return nil
	}
	return p.Steps
}

// EffortByKind totals the scheduled effort by kind, in working order: a
// total for every kind, zero for a kind with no steps (and for every kind
// of a nil plan). An effort of more than 30 digits, which only a plan
// built by hand can hold (Replan and SchedulePortfolio refuse it), is left
// out rather than added at any cost.
func (p *Plan) EffortByKind() []EffortTotal {
	var out []EffortTotal
	for _, k := range ActionKinds() {
		out = append(out, EffortTotal{Kind: k, Effort: sumEffort(p.steps(), func(s *Step) bool { return s.Kind == k })})
	}
	return out
}

// EffortByOwner totals the scheduled effort by owner: a total for every
// owner, as EffortByKind does for kinds.
func (p *Plan) EffortByOwner() []EffortTotal {
	var out []EffortTotal
	for o := OwnerTeam; o < numOwners; o++ {
		out = append(out, EffortTotal{Owner: o, Effort: sumEffort(p.steps(), func(s *Step) bool { return s.Owner == o })})
	}
	return out
}

func sumEffort(steps []Step, counts func(*Step) bool) decimal.Decimal {
	sum := decimal.Decimal{}
	for i := range steps {
		if s := &steps[i]; counts(s) && exact.CheckDecimal(s.Effort) == nil {
			sum = sum.Add(s.Effort)
		}
	}
	return sum
}

// Weeks returns the week the last scheduled step ends, 0 for an empty or
// nil plan.
func (p *Plan) Weeks() int {
	w := 0
	for _, s := range p.steps() {
		w = max(w, s.EndWeek)
	}
	return w
}
