package plan

import (
	"math/big"

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
// the score the municipality can count on when they are done; and what
// became of every agreed priority.
//
// Its figures rest on one basis, the lower end of the range of scores the
// profile can still reach: the least the municipality can score given what
// is known (Current), which the steps raise one by one (each Step's Gain
// and Running) to the least it can score once they are all done
// (Projected). The gains add up exactly to Projected − Current.
type Plan struct {
	Municipality    string
	Visit           egov.VisitID
	Model           string // maturity model ID and version the gains are measured with
	ModelVersion    string
	Playbook        string
	PlaybookVersion string
	Options         Options
	// Assumptions was what earlier plans took as known beyond the profile.
	//
	// Deprecated: plans make no assumptions: their figures rest on the
	// lower end of the profile's range, which needs none. Generate and
	// Replan leave Assumptions empty; Replan still checks a plan's
	// Assumptions, as any input, and drops them.
	Assumptions []Assumption
	// Steps in plan order: dependencies first, then the agreed priority
	// rank, then each action's own gain per person-day, then the step ID.
	Steps []Step
	// Deferred are the steps that were needed but do not fit in the
	// horizon (or need one that does not), in plan order.
	Deferred []Step
	// Priorities says, for every agreed priority in rank order, whether the
	// plan serves it and, if not, why.
	Priorities []PriorityStatus
	// Recorded is the model's score of the profile as recorded, with its
	// coverage, under the model's policy for unknown values (the default
	// model leaves them out): nil when nothing the model reads is known.
	Recorded *Score
	// Range is the range of scores the recorded profile can still reach
	// once every unknown fact becomes known; ProjectedRange is the range
	// once every scheduled step is done. Recorded is not itself one of
	// those scores and may lie outside Range: leaving out what is unknown
	// is not the same as any value it can turn out to have. Both are nil
	// when no completion of the profile has anything to score.
	Range, ProjectedRange *Range
	// Current is Range's lower end: the figure every gain is measured
	// from. Projected is ProjectedRange's lower end: Current plus the gains
	// of the scheduled steps, exactly, and never below Current.
	Current, Projected *Score
	// Profile is the profile the plan's figures were measured from: the
	// request's for Generate, the later one for Replan. Replan compares a
	// later profile with it to find a stage that moved back;
	// SchedulePortfolio measures a plan's figures again from it, for the
	// steps the portfolio fits. A plan written before plans kept their
	// profile has the zero Profile.
	Profile egov.Profile
	// Done lists steps of an earlier plan found done when re-planning.
	Done []StepID
	// Regressions lists the services the later profile shows at a lower
	// stage than the earlier plan's profile did, which the caller confirmed
	// (Progress.Regressed) when re-planning: a service switched off or
	// scaled back. Re-planning schedules what remains of the plan; it adds
	// no steps to take such a service back up (a new visit and Generate
	// do).
	Regressions []Regression
	// Load is each week's scheduled work per owner, in person-days, for the
	// weeks and owners with any work.
	Load []WeekLoad
}

// A Step is one scheduled action of a plan.
type Step struct {
	ID     StepID
	Action string
	// Name, NameCyrillic and NameLatin are the action's names in English
	// and Serbian (see Action and Label).
	Name         string
	NameCyrillic string
	NameLatin    string
	Service      egov.ServiceKey
	Kind         ActionKind
	// Audience is whom a training step trains.
	Audience Trainees
	Owner    Owner
	// Effort is in person-days: what the step still takes. Spent is what
	// was spent on it before the plan's start, as reported when
	// re-planning (zero for a step not begun), so that the step's whole
	// effort is Effort + Spent. A step with Spent is under way: it is
	// scheduled before any step that has not begun.
	Effort decimal.Decimal
	Spent  decimal.Decimal
	// DependsOn lists the steps that must end before this one starts.
	DependsOn []StepID
	// StartWeek and EndWeek count weeks from the plan's start (week 1
	// starts on Options.Start); Start and End are the first and last day.
	// A step runs over the consecutive weeks from StartWeek to EndWeek.
	StartWeek, EndWeek int
	Start, End         egov.Date
	// Weeks is the step's work in each week of its run, from StartWeek to
	// EndWeek; nil for a deferred step.
	Weeks []WeekEffort
	// Gain is what the step adds to the plan's lower end: Running minus
	// the Running of the step before it in plan order (Current for the
	// first), rounded once from the exact GainExact. A scheduled step
	// follows the scheduled steps before it; a deferred step follows every
	// scheduled step and the deferred ones before it. GainExact is nil
	// when the gain cannot be told: GainAwaits then names the fact it
	// waits for, or the model has nothing to score.
	Gain      decimal.Decimal
	GainExact *big.Rat
	// GainAwaits names the measure the step's gain waits for: the whole of
	// a share the step raises ("a quarter of the staff trained") when the
	// profile does not record it. That part of the effect adds nothing to
	// Running until the measure is known; with nothing else to measure,
	// GainExact is nil rather than 0.
	GainAwaits egov.Measure
	// Running is the plan's lower end once this step and every step before
	// it are done, rounded once from the exact RunningExact (nil when the
	// model has nothing to score). The last scheduled step's is Projected.
	Running      decimal.Decimal
	RunningExact *big.Rat
	Effect       Effect
	// NeededBelow is the action's: the stage of the step's service from
	// which the step is no longer needed, StageUnknown for a step needed
	// until the profile shows its effect. Replan finds such a step done
	// once the service reaches that stage, unless an agreed priority asks
	// for it directly: a training the visit agreed on is given whatever
	// the stage, but the materials and training that lead to a go-live are
	// not given again after it.
	NeededBelow egov.AdoptionStage
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

// A Regression is a service that moved back to a lower stage between two
// profiles: Was is its stage in the earlier plan's profile, Now in the
// later one.
type Regression struct {
	Service  egov.ServiceKey
	Was, Now egov.AdoptionStage
}

// String describes the regression in English: "ddc moved back from
// piloting to not-started"; "no regression" for the zero Regression.
func (r Regression) String() string { return r.Text(egov.English) }

// Text describes the regression in language l: "ddc moved back from
// piloting to not-started", "usluga ddc vraćena je iz faze „probna
// upotreba“ u fazu „nije započeto“" (see Words).
func (r Regression) Text(l egov.Language) string { return Words{Language: l}.Regression(r) }

// A Score is a summary of a scored profile, or of one end of its range,
// with the names of its band and level, so that a report names them
// without the model.
type Score struct {
	// Score is rounded as the model says, to Places places, which it
	// carries; ScoreText writes it with them.
	Score decimal.Decimal
	Exact *big.Rat
	// Band is the key of the band, decided on Score as reported, and
	// BandName its names (maturity.Band.Names).
	Band     string
	BandName egov.Text
	// Level is the number of ladder rungs reached; LevelKey and LevelName
	// are the key and names of the highest ("" and no names below the
	// first rung).
	Level     int
	LevelKey  string
	LevelName egov.Text
	// Places is the model's places: Score has that many digits after the
	// point, Coverage two more. A plan decoded from a document takes it
	// from the score as written.
	Places int32
	// Coverage is the share of the model's applicable weight that the
	// profile knows, from 0 to 1, rounded to the model's places plus two:
	// how much of what the figure rests on is known rather than left out
	// or bounded. Both ends of a range carry the coverage of the profile
	// they are the range of.
	Coverage decimal.Decimal
}

// BandLabel returns the name of the score's band in language l, or its key
// when it has no name ("" for the zero Score).
func (s Score) BandLabel(l egov.Language) string { return orKey(s.BandName.In(l), s.Band) }

// LevelLabel returns the name of the highest rung reached in language l,
// or its key when it has no name; "" below the first rung.
func (s Score) LevelLabel(l egov.Language) string { return orKey(s.LevelName.In(l), s.LevelKey) }

// ScoreText writes the score as language l writes numbers, with the
// model's places: "35.00", "35,00". A score with more places than Places
// (one built by hand) keeps them.
func (s Score) ScoreText(l egov.Language) string {
	return l.FormatDecimal(s.Score, max(s.Places, exact.Places(s.Score)))
}

// CoverageText writes the coverage as language l writes numbers, with the
// model's places plus two: "0.1600", "0,1600".
func (s Score) CoverageText(l egov.Language) string {
	return l.FormatDecimal(s.Coverage, max(s.Places+2, exact.Places(s.Coverage)))
}

// A Range is how far a score can still move once every unknown fact of a
// profile becomes known: Low is the least the municipality can score, High
// the most. When nothing is unknown, both are the score. OuterBound says
// that an end may not be reached by any one completion of the profile (see
// maturity.Range); every completion still scores within the range.
type Range struct {
	Low, High  Score
	OuterBound bool
}

// An Assumption is something earlier plans took as known that the profile
// did not record: a service's stage or a measure's value.
//
// Deprecated: plans make no assumptions (see Plan.Assumptions).
type Assumption struct {
	Service egov.ServiceKey
	Stage   egov.AdoptionStage
	Measure egov.Measure
	Value   decimal.Decimal
}

// String describes the assumption in English: "ddc taken as not-started:
// its stage is not recorded", "staff-trained taken as 0: its value is not
// recorded"; "no assumption" for the zero Assumption.
func (a Assumption) String() string { return a.Text(egov.English) }

// Text describes the assumption in language l (see Words).
func (a Assumption) Text(l egov.Language) string { return Words{Language: l}.Assumption(a) }

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

// String renders the reason in English: "agreed priority 2 (introduce)",
// "finding 1 of the visit", "gap in indicator eid-registration", "needed
// before pisarnica-training". A part the reason leaves out is said in
// general words ("an agreed priority", "a finding of the visit", "needed
// before another step"), and the zero Reason reads "no reason given".
func (r Reason) String() string { return r.Text(egov.English) }

// Text renders the reason in language l: "dogovoreni prioritet 2 (uvođenje
// usluge)", "налаз 1 са посете" (see Words, which can also name the steps
// and indicators a reason points at).
func (r Reason) Text(l egov.Language) string { return Words{Language: l}.Reason(r) }

// String renders the rationale in English: its reasons joined by "; ",
// empty for a rationale with no reasons.
func (r Rationale) String() string { return r.Text(egov.English) }

// Text renders the rationale in language l: its reasons joined by "; ".
// It names the steps and indicators the reasons point at by their keys
// ("needed before pisarnica-training"); Plan.Words(l, model, catalogue)
// gives a Words whose Rationale names them as people read them.
func (r Rationale) Text(l egov.Language) string { return Words{Language: l}.Rationale(r) }

// PriorityStatus says what became of one agreed priority.
type PriorityStatus struct {
	ID          egov.PriorityID
	Rank        int
	Goal        egov.GoalKind
	Service     egov.ServiceKey
	Description string
	Outcome     Outcome
	// Reason explains an outcome other than OutcomeServed, in English, and
	// Why says the same as data, so that ReasonText can write it in every
	// language. A plan decoded from a document written before reasons were
	// kept as data has the text alone.
	Reason string
	Why    PriorityReason
	// Steps are the scheduled steps that serve the priority directly.
	Steps []StepID
}

// ReasonText explains the priority's outcome in language l, "" for a
// served priority: from Why when it holds a reason, else Reason as it is
// (see Words).
func (s PriorityStatus) ReasonText(l egov.Language) string {
	return Words{Language: l}.PriorityReason(s)
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
