package plan

import (
	"math/big"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/exact"
)

// maxRatText is the longest exact figure DecodePlan reads, in characters:
// far more than any model's exact scores take, and few enough that reading
// one costs nothing.
const maxRatText = 10_000

// DecodePlan decodes an egovkit.plan/1 document as Plan.MarshalJSON writes
// it, so that a plan stored today can be re-planned months later: decode it
// and give it to Replan with the model it was made with. What MarshalJSON
// writes comes back: the steps, their work week by week and their figures,
// the options, the priorities, the profile the plan was made from, the
// steps found done and the regressions, the load with each week's working
// days and holidays. The effort totals and each step's "why" are written
// for readers and derived from the rest: DecodePlan reads them and
// lets them be, as Replan computes a plan's schedule and figures again.
//
// The document is decoded strictly (unknown or repeated fields, wrong
// types, malformed numbers, dates and exact figures, and trailing data are
// refused) and the plan is checked as Replan checks a plan: the municipality
// and the model it was made with, the profile, the options, the
// priorities, the (deprecated) assumptions and every step (its ID, kind,
// owner, effort and spent effort, effect, the stage it is needed below, and
// dependencies, which must name steps of the plan and form no cycle). Every
// problem comes in one *egov.ValidationError, at paths into the document
// such as "steps[2].owner". ExampleDecodePlan shows a complete document
// with the JSON type of each field.
func DecodePlan(data []byte) (*Plan, error) {
	var ps egov.ProblemList
	var doc planJSON
	if !ps.Decode(data, &doc) {
		return nil, ps.Err("plan")
	}
	ps.CheckFormat(doc.Format, FormatPlan)
	d := planDecoder{ps: &ps}
	p := &Plan{Municipality: doc.Municipality, Visit: doc.Visit, Model: doc.Model, ModelVersion: doc.ModelVersion,
		Playbook: doc.Playbook, PlaybookVersion: doc.PlaybookVersion, Done: doc.Done}
	p.Options = d.options("options", doc.Options)
	for i, aj := range doc.Assumptions {
		a := Assumption{Service: aj.Service, Stage: aj.Stage, Measure: aj.Measure}
		if aj.Value != "" {
			a.Value = d.number(index("assumptions", i)+".value", aj.Value)
		}
		p.Assumptions = append(p.Assumptions, a)
	}
	p.Recorded = d.score("recorded", doc.Recorded)
	p.Range = d.scoreRange("range", doc.Range)
	p.Current = d.score("current", doc.Current)
	p.Projected = d.score("projected", doc.Projected)
	p.ProjectedRange = d.scoreRange("projected_range", doc.ProjectedRange)
	for i, sj := range doc.Steps {
		p.Steps = append(p.Steps, d.step(index("steps", i), sj))
	}
	for i, sj := range doc.Deferred {
		p.Deferred = append(p.Deferred, d.step(index("deferred", i), sj))
	}
	for i, pj := range doc.Priorities {
		p.Priorities = append(p.Priorities, d.priority(index("priorities", i), pj))
	}
	if len(doc.Profile) > 0 {
		profile, err := egov.DecodeProfile(doc.Profile, nil)
		if err != nil {
			ps.AppendErr("profile", err)
		}
		p.Profile = profile
	}
	for i, rj := range doc.Regressions {
		r := Regression(rj)
		d.regression(index("regressions", i), r)
		p.Regressions = append(p.Regressions, r)
	}
	for i, lj := range doc.Load {
		p.Load = append(p.Load, WeekLoad{Week: lj.Week, Start: lj.Start, Municipality: lj.Municipality, Owner: lj.Owner,
			PersonDays: d.number(index("load", i)+".person_days", lj.PersonDays), WorkingDays: lj.WorkingDays,
			Holidays: lj.Holidays})
	}

	// The plan's content, as Replan checks it.
	checkMunicipality(&ps, "municipality", p.Municipality)
	if p.Model == "" {
		ps.Add("model", "", "missing model ID")
	}
	if p.ModelVersion == "" {
		ps.Add("model_version", "", "missing model version")
	}
	if m := p.Profile.Municipality; m != "" && p.Municipality != "" && m != p.Municipality {
		ps.Add("profile.municipality", m, "profile of %q, but the plan is for %q", m, p.Municipality)
	}
	for i, a := range p.Assumptions {
		checkAssumption(&ps, index("assumptions", i), a)
	}
	for i, st := range p.Priorities {
		checkPriorityStatus(&ps, index("priorities", i), st)
	}
	for i, id := range p.Done {
		if id.IsZero() {
			ps.Add(index("done", i), "", "missing step ID")
		}
	}
	addSteps(&ps, "", p, 0, &[numOwners]int32{OwnerMunicipality: 1, OwnerPartner: 2}, &jobs{depStart: []int32{0}})
	if err := ps.Err("plan"); err != nil {
		return nil, err
	}
	return p, nil
}

// planDecoder reads the numbers of a plan document, adding a problem at
// its path for each that does not read.
type planDecoder struct {
	ps *egov.ProblemList
}

// number reads a plain decimal; a malformed one reads as 0 once reported.
func (d planDecoder) number(path, text string) decimal.Decimal {
	v, err := exact.ParseDecimal(text)
	if err != nil {
		d.ps.Add(path, text, "%v", err)
		return decimal.Decimal{}
	}
	return v
}

// optional reads a decimal that may be left out ("" reads as 0).
func (d planDecoder) optional(path, text string) decimal.Decimal {
	if text == "" {
		return decimal.Decimal{}
	}
	return d.number(path, text)
}

// rat reads an exact figure as big.Rat.RatString writes it: an optional
// minus sign, digits, and optionally "/" and a denominator that is not 0.
// Other forms big.Rat reads (exponents, decimal points) are refused: an
// exponent costs in proportion to its size.
func (d planDecoder) rat(path, text string) *big.Rat {
	if len(text) > maxRatText {
		d.ps.Add(path, "", "exact figure of %d characters, more than %d", len(text), maxRatText)
		return nil
	}
	num, den, fraction := strings.Cut(strings.TrimPrefix(text, "-"), "/")
	if !digits(num) || fraction && !digits(den) {
		d.ps.Add(path, text, "%q is not an exact figure (digits, or digits/digits)", text)
		return nil
	}
	if fraction && strings.Trim(den, "0") == "" {
		d.ps.Add(path, text, "exact figure %s divides by 0", text)
		return nil
	}
	r, ok := new(big.Rat).SetString(text)
	if !ok {
		d.ps.Add(path, text, "%q is not an exact figure (digits, or digits/digits)", text)
		return nil
	}
	return r
}

// digits reports whether s is one or more decimal digits.
func digits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// options reads a plan's options; Replan and the checks of the steps read
// them as any plan's, and DecodePlan checks them as Generate does.
func (d planDecoder) options(path string, o optionsJSON) Options {
	out := Options{Start: o.Start, Horizon: o.Horizon}
	// A capacity that does not read is reported here and given a valid
	// stand-in, so that the checks below do not report it again.
	capacity := func(field, text string, optional bool) decimal.Decimal {
		if text == "" && optional {
			return decimal.Decimal{}
		}
		v, err := exact.ParseDecimal(text)
		if err != nil {
			d.ps.Add(path+"."+field, text, "%v", err)
			return decimal.NewFromInt(1)
		}
		return v
	}
	out.TeamCapacity = capacity("team_capacity", o.TeamCapacity, false)
	out.MunicipalityCapacity = capacity("municipality_capacity", o.MunicipalityCapacity, false)
	out.PartnerCapacity = capacity("partner_capacity", o.PartnerCapacity, true)
	out.Calendar = decodeCalendar(d.ps, path+".calendar", o.Calendar)
	out.validate(d.ps, path)
	return out
}

// priority reads what became of a priority, with its reason as data when
// the document has it.
func (d planDecoder) priority(path string, pj priorityJSON) PriorityStatus {
	st := PriorityStatus{ID: pj.ID, Rank: pj.Rank, Goal: pj.Goal, Service: pj.Service, Description: pj.Description,
		Outcome: pj.Outcome, Reason: pj.Reason, Steps: pj.Steps}
	if rj := pj.Why; rj != nil {
		st.Why = PriorityReason{Kind: rj.Kind, Goal: rj.Goal, Service: rj.Service, Step: rj.Step, Weeks: rj.Weeks}
		if rj.Unfit != nil {
			st.Why.Unfit = Unfit(*rj.Unfit)
		}
		for i, fj := range rj.Shown {
			f := Shown{Service: fj.Service, Stage: fj.Stage, Measure: fj.Measure}
			if fj.Value != "" {
				f.Value = d.number(index(path+".why.shown", i)+".value", fj.Value)
			}
			st.Why.Shown = append(st.Why.Shown, f)
		}
	}
	return st
}

// score reads a score, nil when the document has none.
func (d planDecoder) score(path string, sj *scoreJSON) *Score {
	if sj == nil {
		return nil
	}
	s := d.scoreOf(path, *sj)
	return &s
}

func (d planDecoder) scoreOf(path string, sj scoreJSON) Score {
	s := Score{Score: d.number(path+".score", sj.Score), Exact: d.rat(path+".exact", sj.Exact), Band: sj.Band, Level: sj.Level,
		LevelKey: sj.LevelKey, Coverage: d.number(path+".coverage", sj.Coverage)}
	s.Places = exact.Places(s.Score)
	if _, frac, ok := strings.Cut(sj.Score, "."); ok && digits(frac) {
		s.Places = int32(len(frac)) // as written: "35.00" has two
	}
	if sj.BandName != nil {
		s.BandName = *sj.BandName
	}
	if sj.LevelName != nil {
		s.LevelName = *sj.LevelName
	}
	if s.Coverage.Sign() < 0 || s.Coverage.GreaterThan(decimal.NewFromInt(1)) {
		d.ps.Add(path+".coverage", sj.Coverage, "coverage %s is not from 0 to 1", sj.Coverage)
	}
	return s
}

// scoreRange reads a range, nil when the document has none.
func (d planDecoder) scoreRange(path string, rj *rangeJSON) *Range {
	if rj == nil {
		return nil
	}
	r := &Range{Low: d.scoreOf(path+".low", rj.Low), High: d.scoreOf(path+".high", rj.High), OuterBound: rj.OuterBound}
	if r.Low.Exact != nil && r.High.Exact != nil && r.Low.Exact.Cmp(r.High.Exact) > 0 {
		d.ps.Add(path, rj.Low.Exact+" > "+rj.High.Exact, "the range's low end is above its high end")
	}
	return r
}

// step reads a step. Its gain and running figure are given both as
// rounded and exact, or neither.
func (d planDecoder) step(path string, sj stepJSON) Step {
	s := Step{ID: sj.ID, Action: sj.Action, Name: sj.Name, NameCyrillic: sj.NameCyrillic, NameLatin: sj.NameLatin, Service: sj.Service, Kind: sj.Kind, Audience: sj.Audience,
		Owner: sj.Owner, DependsOn: sj.DependsOn, StartWeek: sj.StartWeek, EndWeek: sj.EndWeek, Start: sj.Start, End: sj.End,
		GainAwaits: sj.GainAwaits, NeededBelow: sj.NeededBelow, Position: sj.Position, Class: sj.Class}
	if sj.Effort != "" {
		s.Effort = d.number(path+".effort", sj.Effort)
	} // else the checks of the steps report the missing effort
	s.Spent = d.optional(path+".spent", sj.Spent)
	s.Gain, s.GainExact = d.figure(path, "gain", sj.Gain, sj.GainExact)
	s.Running, s.RunningExact = d.figure(path, "running", sj.Running, sj.RunningExact)
	s.Effect = decodeEffect(d.ps, path+".effect", sj.Effect)
	for i, wj := range sj.Weeks {
		s.Weeks = append(s.Weeks, WeekEffort{Week: wj.Week, Start: wj.Start,
			PersonDays: d.number(index(path+".weeks", i)+".person_days", wj.PersonDays)})
	}
	if s.GainAwaits != "" && !s.GainAwaits.IsDefined() {
		d.ps.Add(path+".gain_awaits", string(s.GainAwaits), "unknown measure %q", s.GainAwaits)
	}
	if len(sj.Rationale) > 0 {
		s.Rationale.Reasons = make([]Reason, len(sj.Rationale))
		for i, rj := range sj.Rationale {
			s.Rationale.Reasons[i] = Reason(rj)
		}
	}
	return s
}

// figure reads a step's figure given rounded (name) and exact
// (name_exact).
func (d planDecoder) figure(path, name, rounded, exactText string) (decimal.Decimal, *big.Rat) {
	switch {
	case rounded == "" && exactText == "":
		return decimal.Decimal{}, nil
	case exactText == "":
		d.ps.Add(path+"."+name+"_exact", "", "missing exact %s (the rounded one is %s)", name, rounded)
		return decimal.Decimal{}, nil
	case rounded == "":
		d.ps.Add(path+"."+name, "", "missing rounded %s (the exact one is %s)", name, exactText)
		return decimal.Decimal{}, nil
	}
	return d.number(path+"."+name, rounded), d.rat(path+"."+name+"_exact", exactText)
}

// regression checks a regression a plan lists: a service, and a stage that
// moved back.
func (d planDecoder) regression(path string, r Regression) {
	switch {
	case r.Service == "":
		d.ps.Add(path+".service", "", "missing service")
	case !egov.IsKey(string(r.Service)):
		notAKey(d.ps, path+".service", "service key", string(r.Service))
	}
	switch {
	case !r.Was.IsValid():
		d.ps.Add(path+".was", r.Was.String(), "stage %s out of range", r.Was)
	case !r.Now.IsValid():
		d.ps.Add(path+".now", r.Now.String(), "stage %s out of range", r.Now)
	case !r.Was.IsKnown() || !r.Now.IsKnown() || r.Now >= r.Was:
		d.ps.Add(path+".now", r.Now.String(), "%s to %s is not a move back", r.Was, r.Now)
	}
}
