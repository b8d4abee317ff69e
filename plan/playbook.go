package plan

import (
	"slices"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/exact"
	"github.com/digitaldistrict/egovkit/internal/graph"
)

// A Playbook says, as data, which actions close which gaps: for each
// service, the materials, training, technical support and promotion that
// move a municipality from one adoption stage to the next, and general
// actions for goals that name no service. Compile it with a catalogue
// (CompilePlaybook) before planning with it.
//
// Name is the playbook's name in English; NameCyrillic and NameLatin are
// its name in Serbian, each optional (see the package documentation,
// "Words in three languages", and Label).
type Playbook struct {
	ID           string   `json:"id"`
	Version      string   `json:"version"`
	Name         string   `json:"name,omitempty"`
	NameCyrillic string   `json:"name_sr_cyrl,omitempty"`
	NameLatin    string   `json:"name_sr_latn,omitempty"`
	Actions      []Action `json:"actions"`
}

// An Action is one piece of work a plan can schedule.
type Action struct {
	// Key identifies the action in the playbook ("pisarnica-training").
	Key string `json:"key"`
	// Name is the action's name in English; NameCyrillic and NameLatin are
	// its name in Serbian, each optional (see Label). Steps carry them.
	Name         string `json:"name,omitempty"`
	NameCyrillic string `json:"name_sr_cyrl,omitempty"`
	NameLatin    string `json:"name_sr_latn,omitempty"`
	// Service is the service the action works on; empty for general
	// actions, which then name the Goals they serve.
	Service egov.ServiceKey `json:"service,omitempty"`
	// Goals are the priority goals a general action serves
	// (improve-communication, expand-services, …).
	Goals []egov.GoalKind `json:"goals,omitempty"`
	Kind  ActionKind      `json:"kind"`
	// Audience is whom a training action trains; TraineesNone for other
	// kinds.
	Audience Trainees `json:"audience,omitzero"`
	Owner    Owner    `json:"owner"`
	// Effort is the work in person-days: positive, at most two places.
	Effort decimal.Decimal `json:"effort"`
	// Prerequisites are the keys of actions that must end before this one
	// starts. Within a service they must follow the order materials →
	// training → technical support → promotion. CompilePlaybook adds the
	// edges the catalogue implies (see there).
	Prerequisites []string `json:"prerequisites,omitempty"`
	// Effect is what the action changes in a profile once done. Materials
	// and promotion usually leave no trace.
	Effect Effect `json:"effect,omitzero"`
	// NeededBelow, for an action without a stage effect, is the stage of
	// its service from which it is no longer needed: materials for a
	// service already being piloted are not prepared again. Below that
	// stage the action is needed whatever its measure effect shows: a
	// service's training is still given before its onboarding when the
	// staff trained in other work already reach its share. Zero means
	// needed until the profile shows the action's effect.
	NeededBelow egov.AdoptionStage `json:"needed_below,omitzero"`
}

// An Effect is a change to a profile: the action's service reaches at least
// Stage, and/or Measure reaches at least AtLeast, or at least ShareOfWhole of
// its whole. Effects never lower anything, and they are changes to the
// profile, not to a maturity model's indicators, so one playbook serves any
// model.
//
// An effect never raises a measure that is the whole of others (staff, of
// which staff trained and eID registration officers are parts):
// CompilePlaybook refuses it, because a score that reads a part as a share
// of its whole falls when the whole grows. For the same reason Generate
// refuses a playbook with an effect on a measure its model divides by.
// A part never rises above its whole where the profile records the whole:
// training "at least 40" staff of an administration of 30 trains 30.
type Effect struct {
	Stage   egov.AdoptionStage `json:"stage,omitzero"`
	Measure egov.Measure       `json:"measure,omitempty"`
	AtLeast decimal.Decimal    `json:"at_least,omitzero"`
	// ShareOfWhole, for a Measure that is part of another (see
	// egov.Measure.Whole), raises the Measure to at least this share of its
	// whole, rounded up to a whole number: 0.25 on staff trained trains at
	// least a quarter of the staff. It is more than 0 and at most 1, and
	// given instead of AtLeast. It is a planning assumption about how many
	// people an action reaches, stated as a share because the number of
	// staff differs from one municipality to another; where the profile does
	// not record the whole, a plan cannot say what the effect gains until
	// it is known, and says so (Step.GainAwaits).
	ShareOfWhole decimal.Decimal `json:"share_of_whole,omitzero"`
}

// IsZero reports whether the effect is the zero Effect, which changes
// nothing. (An effect with a share of a whole but no measure changes nothing
// either, but is not zero: it is refused.)
func (e Effect) IsZero() bool {
	return e.Stage == egov.StageUnknown && e.Measure == "" && e.ShareOfWhole.IsZero() && exact.CheckDecimal(e.ShareOfWhole) == nil
}

// parts returns the measures m is the whole of (staff → staff trained and
// eID registration officers), in the order of egov.Measures.
func parts(m egov.Measure) []egov.Measure {
	var out []egov.Measure
	for _, part := range egov.Measures() {
		if w, ok := part.Whole(); ok && w == m {
			out = append(out, part)
		}
	}
	return out
}

// Clone returns a deep copy of p.
func (p Playbook) Clone() Playbook {
	p.Actions = slices.Clone(p.Actions)
	for i := range p.Actions {
		p.Actions[i].Goals = slices.Clone(p.Actions[i].Goals)
		p.Actions[i].Prerequisites = slices.Clone(p.Actions[i].Prerequisites)
	}
	return p
}

// Limits of a playbook and of effort figures.
const (
	MaxActions   = 100_000
	MaxEffort    = 10_000 // person-days of one action
	effortPlaces = 2      // efforts and capacities are held in hundredths
)

// A CompiledPlaybook is a validated playbook bound to a catalogue, with its
// action graph indexed. It is immutable and safe for concurrent use. Only
// CompilePlaybook makes one: the zero CompiledPlaybook has no actions and
// no catalogue, and Generate and DecodeRequest refuse it.
type CompiledPlaybook struct {
	pb        Playbook
	cat       *egov.Catalog
	index     map[string]int
	prereqs   [][]int // explicit and catalogue-derived, sorted
	implied   [][]int // the catalogue-derived part, for explanations
	effort    []int64 // hundredths of a person-day
	measured  []int   // the actions with a measure effect, in order
	byService map[egov.ServiceKey][]int
	byGoal    map[egov.GoalKind][]int
	// Per service, computed once so that planning never scans a service's
	// actions per priority or finding: the action that takes it live (see
	// goLive), the one with the highest stage effect, and its actions by
	// kind.
	live    map[egov.ServiceKey]int
	highest map[egov.ServiceKey]int
	ofKind  map[egov.ServiceKey]*[numKinds][]int
}

// CompilePlaybook validates the playbook against the catalogue and compiles
// it. It reports every problem at once in an *egov.ValidationError: missing
// or repeated keys, unknown services, kinds, owners and audiences out of
// range, efforts that are not positive or have more than two places,
// unknown or self prerequisites, prerequisites against the order materials →
// training → technical support → promotion, effects that name no service or
// an unknown measure, and a cycle, named with its whole path.
//
// The catalogue's prerequisites become action prerequisites: an action that
// takes a service live (a stage effect of partly in use or more) requires,
// for each service the catalogue says that service needs, the action that
// takes that one live (its lowest stage effect of partly in use or more).
func CompilePlaybook(pb Playbook, cat *egov.Catalog) (*CompiledPlaybook, error) {
	var ps egov.ProblemList
	if cat == nil {
		// The rest of the playbook is still checked, but for its services.
		ps.Add("", "", "no catalogue to compile the playbook with")
	}
	pb = pb.Clone()
	c := &CompiledPlaybook{pb: pb, cat: cat, index: map[string]int{},
		byService: map[egov.ServiceKey][]int{}, byGoal: map[egov.GoalKind][]int{}}
	if pb.ID == "" || !egov.IsKey(pb.ID) {
		notAKey(&ps, "id", "playbook ID", pb.ID)
	}
	if strings.TrimSpace(pb.Version) == "" {
		ps.Add("version", pb.Version, "missing version")
	}
	if len(pb.Actions) > MaxActions {
		ps.Append(egov.LimitProblem("actions", "actions", MaxActions, int64(len(pb.Actions))))
		return nil, ps.Err("playbook")
	}
	for i, a := range pb.Actions {
		path := index("actions", i)
		switch {
		case a.Key == "":
			ps.Add(path+".key", "", "missing key")
		case !egov.IsKey(a.Key):
			notAKey(&ps, path+".key", "key", a.Key)
		default:
			if j, dup := c.index[a.Key]; dup {
				ps.Add(path+".key", a.Key, "duplicate key %q, first at actions[%d]", a.Key, j)
			} else {
				c.index[a.Key] = i
			}
		}
	}
	c.effort = make([]int64, len(pb.Actions))
	c.prereqs = make([][]int, len(pb.Actions))
	c.implied = make([][]int, len(pb.Actions))
	// mark[k] == i+1 once action k is a prerequisite of action i, so that a
	// repeat is found without scanning the list (which is as long as the
	// document allows).
	mark := make([]int32, len(pb.Actions))
	for i, a := range pb.Actions {
		c.validateAction(&ps, i, a, mark)
	}
	c.indexServices()
	if cat != nil {
		c.addCatalogEdges()
	}
	if ps.Len() == 0 {
		if _, cycle := graph.Order(len(pb.Actions), c.prereqs); cycle != nil {
			// Name the cycle from its smallest key, as for catalogues.
			low := 0
			for k, i := range cycle {
				if pb.Actions[i].Key < pb.Actions[cycle[low]].Key {
					low = k
				}
			}
			cycle = slices.Concat(cycle[low:], cycle[:low])
			names := make([]string, 0, len(cycle)+1)
			for _, i := range cycle {
				names = append(names, pb.Actions[i].Key)
			}
			names = append(names, names[0])
			text := strings.Join(names, " → ")
			ps.Add(index("actions", cycle[0])+".prerequisites", text, "prerequisites form a cycle: %s", text)
		}
	}
	if err := ps.Err("playbook"); err != nil {
		return nil, err
	}
	return c, nil
}

func (c *CompiledPlaybook) validateAction(ps *egov.ProblemList, i int, a Action, mark []int32) {
	path := index("actions", i)
	if a.Service != "" {
		switch {
		case c.cat == nil:
			if !egov.IsKey(string(a.Service)) {
				notAKey(ps, path+".service", "service key", string(a.Service))
			}
		case !c.cat.Has(a.Service):
			ps.Add(path+".service", string(a.Service), "unknown service %q", a.Service)
		default:
			c.byService[a.Service] = append(c.byService[a.Service], i)
		}
	} else if len(a.Goals) == 0 {
		ps.Add(path+".goals", "", "an action with no service needs the goals it serves")
	}
	for j, g := range a.Goals {
		if !g.IsValid() {
			ps.Add(index(path+".goals", j), g.String(), "goal %s out of range", g)
		} else if list := c.byGoal[g]; a.Service == "" && (len(list) == 0 || list[len(list)-1] != i) {
			// Actions come in order, so a repeat of a goal can only be the last entry.
			c.byGoal[g] = append(list, i)
		}
	}
	checkKind(ps, path+".kind", a.Kind)
	checkOwner(ps, path+".owner", a.Owner)
	checkTrainees(ps, path+".audience", a.Kind, a.Audience)
	if units, ok := checkEffort(ps, path+".effort", a.Effort); ok {
		c.effort[i] = units
	}
	for j, key := range a.Prerequisites {
		ppath := index(path+".prerequisites", j)
		k, known := c.index[key]
		switch {
		case !known:
			ps.Add(ppath, key, "unknown action %q", key)
		case k == i:
			ps.Add(ppath, key, "action %q requires itself", key)
		case mark[k] == int32(i+1):
			ps.Add(ppath, key, "prerequisite %q given more than once", key)
		default:
			b := c.pb.Actions[k]
			if b.Service != "" && b.Service == a.Service && b.Kind > a.Kind {
				ps.Add(ppath, key, "%s action %q cannot require the later %s action %q of the same service",
					a.Kind, a.Key, b.Kind, b.Key)
			}
			c.prereqs[i] = append(c.prereqs[i], k)
			mark[k] = int32(i + 1)
		}
	}
	checkEffect(ps, path+".effect", "action", a.Service, a.Effect)
	if a.Effect.Measure != "" {
		c.measured = append(c.measured, i)
	}
	if !a.NeededBelow.IsValid() {
		ps.Add(path+".needed_below", a.NeededBelow.String(), "stage %s out of range", a.NeededBelow)
	}
}

// checkEffort validates a positive amount of person-days with at most two
// places and returns it in hundredths.
func checkEffort(ps *egov.ProblemList, path string, d decimal.Decimal) (int64, bool) {
	if units, ok := exact.SmallUnits(d, effortPlaces); ok && units > 0 && units <= MaxEffort*100 {
		return units, true // the common case, without allocating
	}
	if err := exact.CheckDecimal(d); err != nil {
		ps.Add(path, "", "%v", err)
		return 0, false
	}
	text := exact.FormatDecimal(d)
	switch {
	case exact.Places(d) > effortPlaces:
		ps.Add(path, text, "%s has more than %d decimal places", text, effortPlaces)
	case d.Sign() <= 0:
		ps.Add(path, text, "effort %s is not positive", text)
	case d.GreaterThan(decimal.NewFromInt(MaxEffort)):
		ps.Add(path, text, "effort %s is above %d person-days", text, MaxEffort)
	default:
		return exact.Units(d, effortPlaces), true
	}
	return 0, false
}

// indexServices fills live, highest and ofKind from byService.
func (c *CompiledPlaybook) indexServices() {
	c.live = map[egov.ServiceKey]int{}
	c.highest = map[egov.ServiceKey]int{}
	c.ofKind = map[egov.ServiceKey]*[numKinds][]int{}
	for s, list := range c.byService {
		live, highest := -1, -1
		kinds := new([numKinds][]int)
		for _, i := range list {
			a := &c.pb.Actions[i]
			if st := a.Effect.Stage; st.IsValid() && st > egov.StageUnknown {
				if st >= egov.StagePartlyInUse && (live < 0 || st < c.pb.Actions[live].Effect.Stage) {
					live = i
				}
				if highest < 0 || st > c.pb.Actions[highest].Effect.Stage {
					highest = i
				}
			}
			if a.Kind.IsValid() {
				kinds[a.Kind] = append(kinds[a.Kind], i)
			}
		}
		if live >= 0 {
			c.live[s] = live
		}
		if highest >= 0 {
			c.highest[s] = highest
		}
		c.ofKind[s] = kinds
	}
}

// goLive returns the action that takes a service live: its lowest stage
// effect of partly in use or more (the first in playbook order on a tie);
// -1 if it has none.
func (c *CompiledPlaybook) goLive(s egov.ServiceKey) int {
	if i, ok := c.live[s]; ok {
		return i
	}
	return -1
}

// highestStage returns the action of a service with the highest stage
// effect (the first in playbook order on a tie); -1 if it has none.
func (c *CompiledPlaybook) highestStage(s egov.ServiceKey) int {
	if i, ok := c.highest[s]; ok {
		return i
	}
	return -1
}

// actionsOfKind returns the service's actions of one kind, in playbook
// order.
func (c *CompiledPlaybook) actionsOfKind(s egov.ServiceKey, k ActionKind) []int {
	if kinds := c.ofKind[s]; kinds != nil && k.IsValid() {
		return kinds[k]
	}
	return nil
}

func (c *CompiledPlaybook) addCatalogEdges() {
	// mark[j] == i+1 once action j is a prerequisite of action i.
	mark := make([]int32, len(c.pb.Actions))
	for i, a := range c.pb.Actions {
		if a.Service == "" || a.Effect.Stage < egov.StagePartlyInUse || !a.Effect.Stage.IsValid() {
			continue
		}
		for _, j := range c.prereqs[i] {
			mark[j] = int32(i + 1)
		}
		deps, _ := c.cat.DirectPrerequisites(a.Service)
		for _, p := range deps {
			if j := c.goLive(p); j >= 0 && j != i && mark[j] != int32(i+1) {
				mark[j] = int32(i + 1)
				c.prereqs[i] = append(c.prereqs[i], j)
				c.implied[i] = append(c.implied[i], j)
			}
		}
	}
	for i := range c.prereqs {
		slices.Sort(c.prereqs[i])
	}
}

// Playbook returns a copy of the playbook: the zero Playbook for a nil or
// zero CompiledPlaybook.
func (c *CompiledPlaybook) Playbook() Playbook {
	if c == nil {
		return Playbook{}
	}
	return c.pb.Clone()
}

// Catalog returns the catalogue the playbook was compiled with: nil for a
// nil or zero CompiledPlaybook, which was never compiled.
func (c *CompiledPlaybook) Catalog() *egov.Catalog {
	if c == nil {
		return nil
	}
	return c.cat
}

// Prerequisites returns the keys of every action the keyed one requires
// directly, including the edges the catalogue implies, in key order; false
// for a key the playbook does not have (any key, for a nil or zero
// CompiledPlaybook).
func (c *CompiledPlaybook) Prerequisites(key string) ([]string, bool) {
	if c == nil {
		return nil, false
	}
	i, ok := c.index[key]
	if !ok {
		return nil, false
	}
	var out []string
	for _, j := range c.prereqs[i] {
		out = append(out, c.pb.Actions[j].Key)
	}
	slices.Sort(out)
	return out, true
}
