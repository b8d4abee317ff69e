package plan

import (
	"slices"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/exact"
)

// A Difference is what changed from one plan of a municipality to a later
// one, such as a plan and its re-plan: what a programme manager reads after
// re-planning. Steps are matched by ID. The zero Difference says that
// nothing changed.
type Difference struct {
	// Added are the steps of the later plan the earlier one does not have,
	// in the later plan's order.
	Added []StepChange
	// Done are the steps of the earlier plan the later one lists as done
	// (Plan.Done), and Removed those it neither has nor lists as done, in
	// the earlier plan's order.
	Done, Removed []StepChange
	// Moved are the steps of both whose dates changed, or that the later
	// plan defers and the earlier one scheduled or the other way round, in
	// the earlier plan's order. Dates are compared, not weeks: weeks count
	// from each plan's own start, so a step that keeps its dates in a
	// re-plan from a later day has other weeks and has not moved.
	Moved []StepChange
	// Resized are the steps of both whose remaining effort changed: part
	// done, or changed by hand; in the earlier plan's order.
	Resized []StepChange
	// Figures are the plan figures that changed: "recorded", "current",
	// "projected", "range high" and "projected range high", in that order
	// (the lower ends of the ranges are "current" and "projected"). A
	// figure changes when its exact value, its coverage or whether there
	// is one changes.
	Figures []FigureChange
	// Priorities are the agreed priorities whose outcome changed, in the
	// earlier plan's order, then those only the later plan has.
	Priorities []PriorityChange
	// Regressions are the services the later plan says moved back
	// (Plan.Regressions), which its re-planning confirmed.
	Regressions []Regression
}

// A StepChange is one step in two plans: Before points into the earlier
// plan's Steps or Deferred, After into the later plan's, each nil where the
// step is not. A deferred step has no weeks (StartWeek 0).
type StepChange struct {
	ID            StepID
	Action        string
	Before, After *Step
}

// A FigureChange is one figure of two plans, nil where a plan has none.
type FigureChange struct {
	Figure        string
	Before, After *Score
}

// A PriorityChange is one agreed priority whose outcome changed;
// OutcomeUnspecified where a plan does not have it.
type PriorityChange struct {
	ID            egov.PriorityID
	Rank          int
	Before, After Outcome
}

// IsZero reports whether nothing changed.
func (d Difference) IsZero() bool {
	return len(d.Added)+len(d.Done)+len(d.Removed)+len(d.Moved)+len(d.Resized)+len(d.Figures)+len(d.Priorities)+
		len(d.Regressions) == 0
}

// Diff compares two plans of one municipality, usually a plan and its
// re-plan, and returns what changed from before to after. The plans are
// not changed; the Difference points into them.
//
// Both plans must be given and be for the same municipality, and each
// step of each plan, scheduled or deferred, must have an ID no other step
// of its plan has; every problem comes in one *egov.ValidationError, at
// paths such as "after.steps[2].id".
func Diff(before, after *Plan) (Difference, error) {
	var ps egov.ProblemList
	if before == nil {
		ps.Add("before", "", "missing plan")
	}
	if after == nil {
		ps.Add("after", "", "missing plan")
	}
	if before != nil && after != nil && before.Municipality != after.Municipality {
		ps.Add("after.municipality", after.Municipality, "the later plan is for %q, the earlier one for %q",
			after.Municipality, before.Municipality)
	}
	var beforeSteps, afterSteps map[StepID]stepRef
	if before != nil {
		beforeSteps = stepsByID(&ps, "before", before)
	}
	if after != nil {
		afterSteps = stepsByID(&ps, "after", after)
	}
	if err := ps.Err("plan difference"); err != nil {
		return Difference{}, err
	}

	d := Difference{Regressions: slices.Clone(after.Regressions)}
	done := make(map[StepID]bool, len(after.Done))
	for _, id := range after.Done {
		done[id] = true
	}
	for _, r := range planOrder(before) {
		b := r.of(before)
		ar, ok := afterSteps[b.ID]
		change := StepChange{ID: b.ID, Action: b.Action, Before: b}
		switch {
		case !ok && done[b.ID]:
			d.Done = append(d.Done, change)
		case !ok:
			d.Removed = append(d.Removed, change)
		default:
			a := ar.of(after)
			change.After = a
			if a.Start != b.Start || a.End != b.End || ar.deferred != r.deferred {
				d.Moved = append(d.Moved, change)
			}
			if !sameDecimal(a.Effort, b.Effort) {
				d.Resized = append(d.Resized, change)
			}
		}
	}
	for _, r := range planOrder(after) {
		if a := r.of(after); !hasStep(beforeSteps, a.ID) {
			d.Added = append(d.Added, StepChange{ID: a.ID, Action: a.Action, After: a})
		}
	}
	for _, f := range []struct {
		name          string
		before, after *Score
	}{
		{"recorded", before.Recorded, after.Recorded},
		{"current", before.Current, after.Current},
		{"projected", before.Projected, after.Projected},
		{"range high", high(before.Range), high(after.Range)},
		{"projected range high", high(before.ProjectedRange), high(after.ProjectedRange)},
	} {
		if !sameScore(f.before, f.after) {
			d.Figures = append(d.Figures, FigureChange{Figure: f.name, Before: f.before, After: f.after})
		}
	}
	outcome := make(map[egov.PriorityID]Outcome, len(after.Priorities))
	for _, st := range after.Priorities {
		outcome[st.ID] = st.Outcome
	}
	seen := make(map[egov.PriorityID]bool, len(before.Priorities))
	for _, st := range before.Priorities {
		seen[st.ID] = true
		if now := outcome[st.ID]; now != st.Outcome {
			d.Priorities = append(d.Priorities, PriorityChange{ID: st.ID, Rank: st.Rank, Before: st.Outcome, After: now})
		}
	}
	for _, st := range after.Priorities {
		if !seen[st.ID] {
			d.Priorities = append(d.Priorities, PriorityChange{ID: st.ID, Rank: st.Rank, After: st.Outcome})
		}
	}
	return d, nil
}

// stepsByID indexes a plan's steps by ID, adding a problem for each step
// with no ID or the ID of another.
func stepsByID(ps *egov.ProblemList, prefix string, p *Plan) map[StepID]stepRef {
	out := make(map[StepID]stepRef, len(p.Steps)+len(p.Deferred))
	for _, r := range planOrder(p) {
		s := r.of(p)
		switch first, dup := out[s.ID]; {
		case s.ID.IsZero():
			ps.Add(r.path(prefix)+".id", "", "missing step ID")
		case dup:
			ps.Add(r.path(prefix)+".id", s.ID.String(), "step %s given more than once, first at %s", s.ID, first.path(prefix))
		default:
			out[s.ID] = r
		}
	}
	return out
}

func hasStep(steps map[StepID]stepRef, id StepID) bool {
	_, ok := steps[id]
	return ok
}

func high(r *Range) *Score {
	if r == nil {
		return nil
	}
	return &r.High
}

// sameDecimal compares two decimals by value; numbers beyond what egovkit
// reads, which only a plan changed by hand holds, by their coefficient and
// exponent rather than at any cost.
func sameDecimal(a, b decimal.Decimal) bool {
	if exact.CheckDecimal(a) != nil || exact.CheckDecimal(b) != nil {
		return a.Exponent() == b.Exponent() && a.Coefficient().Cmp(b.Coefficient()) == 0
	}
	return a.Cmp(b) == 0
}

// sameScore reports whether two figures agree: both absent, or the same
// exact value (the rounded one when either has none) and coverage.
func sameScore(a, b *Score) bool {
	switch {
	case a == nil || b == nil:
		return a == nil && b == nil
	case a.Exact != nil && b.Exact != nil:
		if a.Exact.Cmp(b.Exact) != 0 {
			return false
		}
	case !sameDecimal(a.Score, b.Score):
		return false
	}
	return sameDecimal(a.Coverage, b.Coverage)
}

// String describes the difference in English, in lines a programme
// manager reads: "pisarnica moved back from partly-in-use to piloting",
// "done: ezup-materials, epecat-materials", "moved: pisarnica-rollout
// 2026-01-05…2026-02-08 → 2026-03-02…2026-03-15", "current: 10.10 →
// 16.10"; "no change" for the zero Difference.
func (d Difference) String() string { return d.Text(egov.English) }

// Text describes the difference in language l, in the lines String writes
// ("завршено: ezup-materials", "померено: pisarnica-rollout 5. 1.
// 2026.…8. 2. 2026. → …", "најмања оцена сада: 10,10 → 16,10"); see Words,
// which can also name the steps.
func (d Difference) Text(l egov.Language) string { return Words{Language: l}.Difference(d) }

// figureName names a figure of FigureChange in Serbian, in Cyrillic;
// false for a name Diff does not give.
func figureName(figure string) (string, bool) {
	switch figure {
	case "recorded":
		return "оцена према забележеном", true
	case "current":
		return "најмања оцена сада", true
	case "projected":
		return "најмања оцена по завршетку", true
	case "range high":
		return "највиша оцена сада", true
	case "projected range high":
		return "највиша оцена по завршетку", true
	}
	return "", false
}

// Difference writes what changed between two plans (see
// Difference.Text).
func (w Words) Difference(d Difference) string {
	if d.IsZero() {
		return w.pick("no change", "нема промена")
	}
	var b strings.Builder
	line := func(parts ...string) {
		for _, p := range parts {
			b.WriteString(p)
		}
		b.WriteByte('\n')
	}
	for _, r := range d.Regressions {
		line(w.Regression(r))
	}
	list := func(label string, cs []StepChange) {
		if len(cs) == 0 {
			return
		}
		names := make([]string, len(cs))
		for i, c := range cs {
			names[i] = w.step(changeName(c))
		}
		line(label, ": ", strings.Join(names, ", "))
	}
	list(w.pick("done", "завршено"), d.Done)
	list(w.pick("removed", "уклоњено"), d.Removed)
	list(w.pick("added", "додато"), d.Added)
	for _, c := range d.Moved {
		line(w.pick("moved", "померено"), ": ", w.step(changeName(c)), " ", w.when(c.Before), " → ", w.when(c.After))
	}
	for _, c := range d.Resized {
		line(w.pick("effort", "обим рада"), ": ", w.step(changeName(c)), " ", w.plain(c.Before.Effort), " → ",
			w.plain(c.After.Effort), " ", w.pick("person-days", personDays(w.Language, c.After.Effort)))
	}
	for _, f := range d.Figures {
		name := f.Figure
		if sr, ok := figureName(name); ok && w.serbian() {
			name = w.pick("", sr)
		}
		line(name, ": ", w.figure(f.Before), " → ", w.figure(f.After))
	}
	for _, p := range d.Priorities {
		line(w.pick("priority ", "приоритет "), strconv.Itoa(p.Rank), ": ", w.outcomeOrNone(p.Before), " → ",
			w.outcomeOrNone(p.After))
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// personDays returns the Serbian word for person-days after the amount d
// as written: "човек-дан", "човек-дана".
func personDays(l egov.Language, d decimal.Decimal) string {
	noun := egov.Noun{English: [2]string{"person-day", "person-days"}, Cyrillic: [3]string{"човек-дан", "човек-дана", "човек-дана"}}
	c := egov.PluralOther
	if exact.CheckDecimal(d) == nil {
		c = l.PluralDecimal(d.Round(exact.Places(d)))
	}
	return noun.Form(egov.SerbianCyrillic, c)
}

// when says when a step runs: its first and last day, or "deferred".
func (w Words) when(s *Step) string {
	if s.StartWeek == 0 || s.Start.IsZero() {
		return w.pick("deferred", "одложено")
	}
	return w.date(s.Start) + "…" + w.date(s.End)
}

func (w Words) figure(s *Score) string {
	if s == nil {
		return w.pick("none", "нема")
	}
	return w.written(s.Score)
}

func (w Words) outcomeOrNone(o Outcome) string {
	if o == OutcomeUnspecified {
		return w.pick("none", "нема")
	}
	return w.outcome(o)
}

func changeName(c StepChange) string {
	if c.Action != "" {
		return c.Action
	}
	return c.ID.String()
}
