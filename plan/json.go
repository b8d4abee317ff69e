package plan

import (
	"encoding/json"
	"math/big"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/exact"
)

// Format versions of the package's JSON documents.
const (
	FormatPlan      = "egovkit.plan/1"
	FormatPortfolio = "egovkit.portfolio/1"
)

// asWritten writes a decimal with the places its exponent gives it ("35.00"
// stays "35.00"), never in scientific notation, whatever decimal's package
// variables say.
func asWritten(d decimal.Decimal) string {
	if exact.CheckDecimal(d) != nil {
		return exact.FormatDecimal(d)
	}
	if exp := d.Exponent(); exp < 0 {
		return d.StringFixed(-exp)
	}
	return exact.FormatDecimal(d)
}

func ratString(r *big.Rat) string {
	if r == nil {
		return ""
	}
	return r.RatString()
}

type optionsJSON struct {
	Start                egov.Date `json:"start"`
	Horizon              int       `json:"horizon"`
	TeamCapacity         string    `json:"team_capacity"`
	MunicipalityCapacity string    `json:"municipality_capacity,omitempty"`
	PartnerCapacity      string    `json:"partner_capacity"`
	// Calendar is the working calendar, when not Serbia's.
	Calendar *calendarJSON `json:"calendar,omitempty"`
}

type scoreJSON struct {
	Score     string     `json:"score"`
	Exact     string     `json:"exact"`
	Band      string     `json:"band"`
	BandName  *egov.Text `json:"band_name,omitempty"`
	Level     int        `json:"level"`
	LevelKey  string     `json:"level_key,omitempty"`
	LevelName *egov.Text `json:"level_name,omitempty"`
	Coverage  string     `json:"coverage"`
}

// textOf returns t for JSON, nil when it is empty.
func textOf(t egov.Text) *egov.Text {
	if t.IsZero() {
		return nil
	}
	return &t
}

// fixed writes a figure with at least places places ("35.00" for 35 at
// two), never fewer than its exponent gives it.
func fixed(d decimal.Decimal, places int32) string {
	if exact.CheckDecimal(d) == nil && places > 0 && places <= exact.MaxDigits && -d.Exponent() < places {
		return d.StringFixed(places)
	}
	return asWritten(d)
}

type rangeJSON struct {
	Low        scoreJSON `json:"low"`
	High       scoreJSON `json:"high"`
	OuterBound bool      `json:"outer_bound,omitempty"`
}

type effectJSON struct {
	Stage        egov.AdoptionStage `json:"stage,omitzero"`
	Measure      egov.Measure       `json:"measure,omitempty"`
	AtLeast      string             `json:"at_least,omitempty"`
	ShareOfWhole string             `json:"share_of_whole,omitempty"`
}

// effectOf writes an effect: its stage, and its measure with either the
// value it reaches at least or the share of its whole.
func effectOf(e Effect) *effectJSON {
	out := &effectJSON{Stage: e.Stage, Measure: e.Measure}
	switch {
	case !e.ShareOfWhole.IsZero() || exact.CheckDecimal(e.ShareOfWhole) != nil:
		out.ShareOfWhole = exact.FormatDecimal(e.ShareOfWhole)
		if !e.AtLeast.IsZero() {
			out.AtLeast = exact.FormatDecimal(e.AtLeast)
		}
	case e.Measure != "":
		out.AtLeast = exact.FormatDecimal(e.AtLeast)
	}
	return out
}

type reasonJSON struct {
	Kind         ReasonKind      `json:"kind"`
	Priority     egov.PriorityID `json:"priority,omitzero"`
	PriorityRank int             `json:"priority_rank,omitempty"`
	Goal         egov.GoalKind   `json:"goal,omitzero"`
	Finding      egov.FindingID  `json:"finding,omitzero"`
	FindingIndex int             `json:"finding_index,omitempty"`
	Indicator    string          `json:"indicator,omitempty"`
	Step         StepID          `json:"step,omitzero"`
	StepAction   string          `json:"step_action,omitempty"`
}

type stepJSON struct {
	ID           StepID          `json:"id"`
	Action       string          `json:"action"`
	Name         string          `json:"name,omitempty"`
	NameCyrillic string          `json:"name_sr_cyrl,omitempty"`
	NameLatin    string          `json:"name_sr_latn,omitempty"`
	Service      egov.ServiceKey `json:"service,omitempty"`
	Kind         ActionKind      `json:"kind"`
	Audience     Trainees        `json:"audience,omitzero"`
	Owner        Owner           `json:"owner"`
	Effort       string          `json:"effort"`
	Spent        string          `json:"spent,omitempty"`
	DependsOn    []StepID        `json:"depends_on,omitempty"`
	StartWeek    int             `json:"start_week,omitempty"`
	EndWeek      int             `json:"end_week,omitempty"`
	Start        egov.Date       `json:"start,omitzero"`
	End          egov.Date       `json:"end,omitzero"`
	// Weeks is the step's work in each week of its run.
	Weeks     []weekEffortJSON `json:"weeks,omitempty"`
	Gain      string           `json:"gain,omitempty"`
	GainExact string           `json:"gain_exact,omitempty"`
	// GainAwaits names the measure the gain waits for.
	GainAwaits   egov.Measure `json:"gain_awaits,omitempty"`
	Running      string       `json:"running,omitempty"`
	RunningExact string       `json:"running_exact,omitempty"`
	Effect       *effectJSON  `json:"effect,omitempty"`
	// NeededBelow is the stage from which the step is no longer needed.
	NeededBelow egov.AdoptionStage `json:"needed_below,omitzero"`
	Position    int                `json:"position"`
	Class       int                `json:"class"`
	Rationale   []reasonJSON       `json:"rationale"`
	Why         string             `json:"why"`
}

type priorityJSON struct {
	ID          egov.PriorityID `json:"id"`
	Rank        int             `json:"rank"`
	Goal        egov.GoalKind   `json:"goal"`
	Service     egov.ServiceKey `json:"service,omitempty"`
	Description string          `json:"description,omitempty"`
	Outcome     Outcome         `json:"outcome"`
	Reason      string          `json:"reason,omitempty"`
	// Why is the reason as data.
	Why   *priorityReasonJSON `json:"why,omitempty"`
	Steps []StepID            `json:"steps,omitempty"`
}

type priorityReasonJSON struct {
	Kind    PriorityReasonKind `json:"kind"`
	Goal    egov.GoalKind      `json:"goal,omitzero"`
	Service egov.ServiceKey    `json:"service,omitempty"`
	Shown   []shownJSON        `json:"shown,omitempty"`
	Step    string             `json:"step,omitempty"`
	Weeks   int                `json:"weeks,omitempty"`
	Unfit   *unfitJSON         `json:"unfit,omitempty"`
}

type shownJSON struct {
	Service egov.ServiceKey    `json:"service,omitempty"`
	Stage   egov.AdoptionStage `json:"stage,omitzero"`
	Measure egov.Measure       `json:"measure,omitempty"`
	Value   string             `json:"value,omitempty"`
}

type unfitJSON struct {
	Kind   UnfitKind `json:"kind"`
	Needs  string    `json:"needs,omitempty"`
	Root   string    `json:"root,omitempty"`
	By     egov.Date `json:"by,omitzero"`
	Weeks  int       `json:"weeks,omitempty"`
	OfPlan bool      `json:"of_plan,omitempty"`
	Owner  Owner     `json:"owner,omitzero"`
}

func unfitOf(u Unfit) *unfitJSON {
	if u.IsZero() {
		return nil
	}
	out := unfitJSON(u)
	return &out
}

func priorityOf(st PriorityStatus) priorityJSON {
	out := priorityJSON{ID: st.ID, Rank: st.Rank, Goal: st.Goal, Service: st.Service, Description: st.Description,
		Outcome: st.Outcome, Reason: st.Reason, Steps: st.Steps}
	if r := st.Why; !r.IsZero() {
		out.Why = &priorityReasonJSON{Kind: r.Kind, Goal: r.Goal, Service: r.Service, Step: r.Step, Weeks: r.Weeks,
			Unfit: unfitOf(r.Unfit)}
		for _, f := range r.Shown {
			fj := shownJSON{Service: f.Service, Stage: f.Stage, Measure: f.Measure}
			if f.Measure != "" {
				fj.Value = exact.FormatDecimal(f.Value)
			}
			out.Why.Shown = append(out.Why.Shown, fj)
		}
	}
	return out
}

type loadJSON struct {
	Week         int            `json:"week"`
	Start        egov.Date      `json:"start"`
	Municipality string         `json:"municipality,omitempty"`
	Owner        Owner          `json:"owner"`
	PersonDays   string         `json:"person_days"`
	WorkingDays  int            `json:"working_days"`
	Holidays     []egov.Holiday `json:"holidays,omitempty"`
}

type weekEffortJSON struct {
	Week       int       `json:"week"`
	Start      egov.Date `json:"start"`
	PersonDays string    `json:"person_days"`
}

type totalJSON struct {
	Kind   ActionKind `json:"kind,omitzero"`
	Owner  Owner      `json:"owner,omitzero"`
	Effort string     `json:"effort"`
}

type assumptionJSON struct {
	Service egov.ServiceKey    `json:"service,omitempty"`
	Stage   egov.AdoptionStage `json:"stage,omitzero"`
	Measure egov.Measure       `json:"measure,omitempty"`
	Value   string             `json:"value,omitempty"`
}

type regressionJSON struct {
	Service egov.ServiceKey    `json:"service"`
	Was     egov.AdoptionStage `json:"was"`
	Now     egov.AdoptionStage `json:"now"`
}

type planJSON struct {
	Format          string           `json:"format"`
	Municipality    string           `json:"municipality"`
	Visit           egov.VisitID     `json:"visit"`
	Model           string           `json:"model"`
	ModelVersion    string           `json:"model_version"`
	Playbook        string           `json:"playbook"`
	PlaybookVersion string           `json:"playbook_version"`
	Options         optionsJSON      `json:"options"`
	Assumptions     []assumptionJSON `json:"assumptions,omitempty"`
	Recorded        *scoreJSON       `json:"recorded,omitempty"`
	Range           *rangeJSON       `json:"range,omitempty"`
	Current         *scoreJSON       `json:"current,omitempty"`
	Projected       *scoreJSON       `json:"projected,omitempty"`
	ProjectedRange  *rangeJSON       `json:"projected_range,omitempty"`
	Steps           []stepJSON       `json:"steps"`
	Deferred        []stepJSON       `json:"deferred,omitempty"`
	Priorities      []priorityJSON   `json:"priorities"`
	Profile         json.RawMessage  `json:"profile,omitempty"`
	Done            []StepID         `json:"done,omitempty"`
	Regressions     []regressionJSON `json:"regressions,omitempty"`
	EffortByKind    []totalJSON      `json:"effort_by_kind"`
	EffortByOwner   []totalJSON      `json:"effort_by_owner"`
	Load            []loadJSON       `json:"load"`
}

func options(o Options) optionsJSON {
	return optionsJSON{Start: o.Start, Horizon: o.Horizon, TeamCapacity: exact.FormatDecimal(o.TeamCapacity),
		MunicipalityCapacity: exact.FormatDecimal(o.MunicipalityCapacity), PartnerCapacity: exact.FormatDecimal(o.PartnerCapacity),
		Calendar: calendarDoc(o.Calendar)}
}

func scoreOf(s *Score) *scoreJSON {
	if s == nil {
		return nil
	}
	return &scoreJSON{Score: fixed(s.Score, s.Places), Exact: ratString(s.Exact), Band: s.Band, BandName: textOf(s.BandName),
		Level: s.Level, LevelKey: s.LevelKey, LevelName: textOf(s.LevelName), Coverage: fixed(s.Coverage, s.Places+2)}
}

func rangeOf(r *Range) *rangeJSON {
	if r == nil {
		return nil
	}
	return &rangeJSON{Low: *scoreOf(&r.Low), High: *scoreOf(&r.High), OuterBound: r.OuterBound}
}

func stepOf(s Step) stepJSON {
	out := stepJSON{ID: s.ID, Action: s.Action, Name: s.Name, NameCyrillic: s.NameCyrillic, NameLatin: s.NameLatin, Service: s.Service, Kind: s.Kind, Audience: s.Audience,
		Owner: s.Owner, Effort: exact.FormatDecimal(s.Effort), DependsOn: s.DependsOn,
		StartWeek: s.StartWeek, EndWeek: s.EndWeek, Start: s.Start, End: s.End, NeededBelow: s.NeededBelow,
		Position: s.Position, Class: s.Class, Why: s.Rationale.String()}
	if !s.Spent.IsZero() || exact.CheckDecimal(s.Spent) != nil {
		out.Spent = exact.FormatDecimal(s.Spent)
	}
	if s.GainExact != nil {
		out.Gain, out.GainExact = asWritten(s.Gain), ratString(s.GainExact)
	}
	out.GainAwaits = s.GainAwaits
	if s.RunningExact != nil {
		out.Running, out.RunningExact = asWritten(s.Running), ratString(s.RunningExact)
	}
	if !s.Effect.IsZero() {
		out.Effect = effectOf(s.Effect)
	}
	out.Rationale = make([]reasonJSON, len(s.Rationale.Reasons))
	for i, r := range s.Rationale.Reasons {
		out.Rationale[i] = reasonJSON(r)
	}
	for _, w := range s.Weeks {
		out.Weeks = append(out.Weeks, weekEffortJSON{Week: w.Week, Start: w.Start, PersonDays: exact.FormatDecimal(w.PersonDays)})
	}
	return out
}

func loads(ls []WeekLoad) []loadJSON {
	out := make([]loadJSON, len(ls))
	for i, l := range ls {
		out[i] = loadJSON{Week: l.Week, Start: l.Start, Municipality: l.Municipality, Owner: l.Owner,
			PersonDays: exact.FormatDecimal(l.PersonDays), WorkingDays: l.WorkingDays, Holidays: l.Holidays}
	}
	return out
}

// MarshalJSON writes the plan as an egovkit.plan/1 document ("null" for a
// nil plan). The same plan always gives the same bytes, whatever decimal's
// package variables say.
func (p *Plan) MarshalJSON() ([]byte, error) {
	if p == nil {
		return []byte("null"), nil
	}
	doc := planJSON{Format: FormatPlan, Priorities: []priorityJSON{}, Municipality: p.Municipality, Visit: p.Visit, Model: p.Model,
		ModelVersion: p.ModelVersion, Playbook: p.Playbook, PlaybookVersion: p.PlaybookVersion,
		Options: options(p.Options), Recorded: scoreOf(p.Recorded), Range: rangeOf(p.Range), Current: scoreOf(p.Current),
		Projected: scoreOf(p.Projected), ProjectedRange: rangeOf(p.ProjectedRange), Done: p.Done, Load: loads(p.Load),
		Steps: []stepJSON{}}
	if !isZeroProfile(p.Profile) {
		profile, err := json.Marshal(p.Profile)
		if err != nil {
			return nil, err
		}
		doc.Profile = profile
	}
	for _, r := range p.Regressions {
		doc.Regressions = append(doc.Regressions, regressionJSON(r))
	}
	for _, a := range p.Assumptions {
		aj := assumptionJSON{Service: a.Service, Stage: a.Stage, Measure: a.Measure}
		if a.Measure != "" {
			aj.Value = exact.FormatDecimal(a.Value)
		}
		doc.Assumptions = append(doc.Assumptions, aj)
	}
	for _, s := range p.Steps {
		doc.Steps = append(doc.Steps, stepOf(s))
	}
	for _, s := range p.Deferred {
		doc.Deferred = append(doc.Deferred, stepOf(s))
	}
	for _, s := range p.Priorities {
		doc.Priorities = append(doc.Priorities, priorityOf(s))
	}
	for _, t := range p.EffortByKind() {
		doc.EffortByKind = append(doc.EffortByKind, totalJSON{Kind: t.Kind, Effort: exact.FormatDecimal(t.Effort)})
	}
	for _, t := range p.EffortByOwner() {
		doc.EffortByOwner = append(doc.EffortByOwner, totalJSON{Owner: t.Owner, Effort: exact.FormatDecimal(t.Effort)})
	}
	return json.Marshal(doc)
}

type assignmentJSON struct {
	Municipality string     `json:"municipality"`
	Step         StepID     `json:"step"`
	Action       string     `json:"action"`
	Kind         ActionKind `json:"kind"`
	Owner        Owner      `json:"owner"`
	Effort       string     `json:"effort"`
	Class        int        `json:"class"`
	StartWeek    int        `json:"start_week,omitempty"`
	EndWeek      int        `json:"end_week,omitempty"`
	Start        egov.Date  `json:"start,omitzero"`
	End          egov.Date  `json:"end,omitzero"`
	Reason       string     `json:"reason,omitempty"`
	Unfit        *unfitJSON `json:"unfit,omitempty"`
}

type portfolioOptionsJSON struct {
	optionsJSON
	MaxTeamShare string `json:"max_team_share,omitempty"`
	Model        string `json:"model,omitempty"`
	ModelVersion string `json:"model_version,omitempty"`
}

type portfolioJSON struct {
	Format         string               `json:"format"`
	Options        portfolioOptionsJSON `json:"options"`
	Municipalities []string             `json:"municipalities"`
	Plans          []*Plan              `json:"plans"`
	Assignments    []assignmentJSON     `json:"assignments"`
	Deferred       []assignmentJSON     `json:"deferred,omitempty"`
	Load           []loadJSON           `json:"load"`
}

// MarshalJSON writes the portfolio as an egovkit.portfolio/1 document
// ("null" for a nil portfolio), with each plan as scheduled as an
// egovkit.plan/1 document. Its options have no municipality_capacity:
// each municipality keeps its own, from its plan; the model is named by its
// ID and version.
func (p *Portfolio) MarshalJSON() ([]byte, error) {
	if p == nil {
		return []byte("null"), nil
	}
	doc := portfolioJSON{Format: FormatPortfolio, Municipalities: append([]string{}, p.Municipalities...), Load: loads(p.Load),
		Options: portfolioOptionsJSON{optionsJSON: options(Options{Start: p.Options.Start, Horizon: p.Options.Horizon,
			TeamCapacity: p.Options.TeamCapacity, PartnerCapacity: p.Options.PartnerCapacity, Calendar: p.Options.Calendar})},
		Plans: append([]*Plan{}, p.Plans...), Assignments: []assignmentJSON{}}
	doc.Options.MunicipalityCapacity = "" // omitted
	if !p.Options.MaxTeamShare.IsZero() || exact.CheckDecimal(p.Options.MaxTeamShare) != nil {
		doc.Options.MaxTeamShare = exact.FormatDecimal(p.Options.MaxTeamShare)
	}
	if m := p.Options.Model; m != nil {
		doc.Options.Model, doc.Options.ModelVersion = m.ID(), m.Version()
	}
	conv := func(a Assignment) assignmentJSON {
		return assignmentJSON{Municipality: a.Municipality, Step: a.Step, Action: a.Action, Kind: a.Kind, Owner: a.Owner,
			Effort: exact.FormatDecimal(a.Effort), Class: a.Class, StartWeek: a.StartWeek, EndWeek: a.EndWeek, Start: a.Start,
			End: a.End, Reason: a.Reason, Unfit: unfitOf(a.Unfit)}
	}
	for _, a := range p.Assignments {
		doc.Assignments = append(doc.Assignments, conv(a))
	}
	for _, a := range p.Deferred {
		doc.Deferred = append(doc.Deferred, conv(a))
	}
	return json.Marshal(doc)
}
