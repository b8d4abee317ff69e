package questionnaire

import (
	"cmp"
	"math/big"
	"slices"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/exact"
	"github.com/digitaldistrict/egovkit/maturity"
)

// New returns the questionnaire that makes profile p complete for the
// models: one question for each fact their rules read from a profile (a
// service's adoption stage, a measure), each fact asked once however many
// models read it. Indicators whose values are given rather than read from
// a profile ask nothing. The questionnaire is for p's municipality, on p's
// date; what p records pre-fills the questions, so that the team asks only
// what is missing, and an empty profile (with its municipality and date)
// asks everything.
//
// The questions are these:
//
//   - a stage question for each service a stage or yes-no rule reads;
//   - a share question, answered as a part and a whole, for a measure and
//     its whole (staff trained, of staff) that a ratio rule divides, whose
//     answer is stored as the two measures; where two ratios share a whole,
//     the first read gets the share question and the other part a count
//     question;
//   - a share question for each measure that holds a share (the share of
//     cases handled electronically), answered as a part and a whole too
//     and stored as part ÷ whole (see Apply);
//   - a count question for every other measure.
//
// Each question is shown under the group of the first dimension that reads
// its facts, in the order of the models given. The questions come in the
// order of what to ask first: those p does not pre-fill before those it
// does, and among them the one whose answer narrows the ranges most first
// (ties in the order the models read them). How much an answer narrows one
// model's range is what maturity.Compiled.AskFirst says of the facts the
// question fills, the most of them (a ratio whose two measures are asked by
// two questions narrows by its pair's figure through each); over several
// models, it is the sum of the shares of each model's scale it narrows, so
// that a model on 0–100 does not outweigh one on 0–1, and a question that
// serves two models counts for both. Question.Narrows gives each model's
// figure.
//
// New refuses, in one *egov.ValidationError: a missing catalogue, an
// invalid profile (see egov.Profile.Validate; its municipality and date
// are needed), no model or more than MaxModels, a nil or zero model, two
// models with one ID (two versions of a model are compared, not asked
// together), and models reading services the catalogue does not hold. The
// inputs are not changed.
func New(cat *egov.Catalog, p egov.Profile, models ...*maturity.Compiled) (*Questionnaire, error) {
	var ps egov.ProblemList
	if cat == nil {
		ps.Add("catalogue", "", "missing catalogue")
	}
	if err := p.Validate(cat); err != nil {
		ps.AppendErr("profile", err)
	}
	switch {
	case len(models) == 0:
		ps.Add("models", "", "no model: a questionnaire serves at least one")
	case len(models) > MaxModels:
		ps.Append(egov.LimitProblem("models", "models", MaxModels, int64(len(models))))
		return nil, ps.Err("questionnaire")
	}
	first := map[string]int{}
	for i, c := range models {
		path := index("models", i)
		if c.ID() == "" {
			ps.Add(path, "", "no model: a nil or zero *maturity.Compiled")
			continue
		}
		if j, dup := first[c.ID()]; dup {
			ps.Add(path+".id", c.ID(), "model %q given twice (version %s at models[%d], version %s here)",
				c.ID(), models[j].Version(), j, c.Version())
			continue
		}
		first[c.ID()] = i
		if cat != nil {
			if err := c.CheckCatalog(cat); err != nil {
				ps.AppendErr(path, err)
			}
		}
	}
	if err := ps.Err("questionnaire"); err != nil {
		return nil, err
	}
	b := builder{cat: cat, p: p, models: models, questionOf: map[fact]int{}}
	b.read()
	b.partition()
	b.narrow()
	return b.finish(), nil
}

// A fact is what a question fills: a service's stage or a measure.
type fact struct {
	service egov.ServiceKey
	measure egov.Measure
}

// A reading is an indicator that reads a fact.
type reading struct {
	pos   int    // the indicator's place among all the models' indicators
	group int    // the group of its dimension
	path  string // "<model>/<dimension>/<indicator>"
	model int
}

// A draft is a question being built.
type draft struct {
	q        Question
	facts    []fact
	readings []reading
	narrow   []*big.Rat // by model; nil for a model that does not read it
	rounded  []decimal.Decimal
}

type builder struct {
	cat    *egov.Catalog
	p      egov.Profile
	models []*maturity.Compiled

	groups     []Group
	facts      []fact // in the order they are first read
	readings   map[fact][]reading
	ratios     [][2]egov.Measure // part and whole divided by a ratio rule, in reading order
	drafts     []draft
	questionOf map[fact]int // fact → its draft
}

// read collects the facts the models read, with the indicators reading
// them, and the groups.
func (b *builder) read() {
	b.readings = map[fact][]reading{}
	pos := 0
	for k, c := range b.models {
		m := c.Model()
		for _, dim := range m.Dimensions {
			group := len(b.groups)
			b.groups = append(b.groups, Group{Path: m.ID + "/" + dim.Key, Title: dimensionTitle(dim)})
			for _, ind := range dim.AllIndicators() {
				r := reading{pos: pos, group: group, path: m.ID + "/" + dim.Key + "/" + ind.Key, model: k}
				pos++
				switch rule := ind.Rule; rule.Kind {
				case maturity.RuleStage, maturity.RuleYesNo:
					b.note(fact{service: rule.Service}, r)
				case maturity.RuleCount:
					b.note(fact{measure: rule.Measure}, r)
				case maturity.RuleRatio:
					b.note(fact{measure: rule.Numerator}, r)
					b.note(fact{measure: rule.Denominator}, r)
					if w, ok := rule.Numerator.Whole(); ok && w == rule.Denominator {
						b.ratios = append(b.ratios, [2]egov.Measure{rule.Numerator, rule.Denominator})
					}
				case maturity.RuleGiven:
					// given in the assessment: nothing to ask
				}
			}
		}
	}
}

// note records that an indicator reads a fact.
func (b *builder) note(f fact, r reading) {
	rs := b.readings[f]
	if len(rs) == 0 {
		b.facts = append(b.facts, f)
	}
	if len(rs) > 0 && rs[len(rs)-1].pos == r.pos {
		return // a ratio of a measure over itself
	}
	b.readings[f] = append(rs, r)
}

// partition makes the questions: shares of two measures first, so that
// their measures are not asked again, then a question for every other
// fact.
func (b *builder) partition() {
	for _, pr := range b.ratios {
		part, whole := fact{measure: pr[0]}, fact{measure: pr[1]}
		if _, taken := b.questionOf[part]; taken {
			continue
		}
		if _, taken := b.questionOf[whole]; taken {
			continue
		}
		w := shareText(pr[0], pr[1])
		b.add(Question{Type: AnswerShare, Measure: pr[0], Whole: pr[1], Text: w.question, Name: measureName(pr[0]), Unit: w.unit,
			PartLabel: w.part, WholeLabel: w.whole}, part, whole)
	}
	for _, f := range b.facts {
		if _, taken := b.questionOf[f]; taken {
			continue
		}
		switch {
		case f.service != "":
			svc, _ := b.cat.Service(f.service) // New checked that the catalogue holds it
			b.add(Question{Type: AnswerStage, Service: f.service, Text: stageText(stageTemplate(svc.Kind), svc),
				Name: serviceName(svc), Options: stageOptions()}, f) // shared: the questionnaire's accessors copy them
		case f.measure.Kind() == egov.MeasureKindShare:
			w := shareText(f.measure, "")
			b.add(Question{Type: AnswerShare, Measure: f.measure, Text: w.question, Name: measureName(f.measure), Unit: w.unit,
				PartLabel: w.part, WholeLabel: w.whole}, f)
		default:
			w := countText(f.measure)
			b.add(Question{Type: AnswerCount, Measure: f.measure, Text: w.question, Name: measureName(f.measure), Unit: w.unit}, f)
		}
	}
	for i := range b.drafts {
		b.bound(&b.drafts[i].q)
	}
}

// add adds a question filling the facts.
func (b *builder) add(q Question, facts ...fact) {
	q.ID = questionID(q.Type, q.Service, q.Measure)
	d := draft{q: q, facts: facts, narrow: make([]*big.Rat, len(b.models)), rounded: make([]decimal.Decimal, len(b.models))}
	for _, f := range facts {
		b.questionOf[f] = len(b.drafts)
		d.readings = append(d.readings, b.readings[f]...)
	}
	slices.SortFunc(d.readings, func(x, y reading) int { return cmp.Compare(x.pos, y.pos) })
	d.readings = slices.CompactFunc(d.readings, func(x, y reading) bool { return x.pos == y.pos })
	for _, r := range d.readings {
		d.q.Indicators = append(d.q.Indicators, r.path)
	}
	d.q.Group = b.groups[d.readings[0].group].Path
	b.drafts = append(b.drafts, d)
}

// asked reports whether a question fills the measure.
func (b *builder) asked(m egov.Measure) bool {
	_, ok := b.questionOf[fact{measure: m}]
	return ok
}

// bound sets a question's bounds, the part it is of, and what the profile
// pre-fills.
func (b *builder) bound(q *Question) {
	switch q.Type {
	case AnswerStage:
		if st := b.p.Stage(q.Service); st.IsKnown() {
			q.Prefilled = Stage(st)
		}
	case AnswerCount:
		q.Min, q.Max = b.countBounds(q.Measure)
		if w, ok := q.Measure.Whole(); ok && b.asked(w) {
			q.PartOf = b.drafts[b.questionOf[fact{measure: w}]].q.ID
		}
		if v, ok := b.p.Measure(q.Measure); ok {
			q.Prefilled = Count(v)
		}
	case AnswerShare:
		if q.Whole != "" {
			q.Min, q.Max = b.countBounds(q.Whole)
			pv, pok := b.p.Measure(q.Measure)
			wv, wok := b.p.Measure(q.Whole)
			if pok && wok {
				q.Prefilled = Share(pv, wv)
			}
			return
		}
		q.Min, q.Max = decimal.New(1, 0), maxCount()
		if v, ok := b.p.Measure(q.Measure); ok {
			q.Prefilled = shareOfPowerOfTen(v)
		}
	case AnswerNone:
	}
}

// countBounds returns the bounds of a count: from the largest of its parts
// the profile records and no question asks for, to its whole the profile
// records and no question asks for, within 0 and thirty digits.
func (b *builder) countBounds(m egov.Measure) (lo, hi decimal.Decimal) {
	lo, hi = decimal.Zero, maxCount()
	for _, part := range egov.Measures() {
		if w, ok := part.Whole(); ok && w == m && !b.asked(part) {
			if v, known := b.p.Measure(part); known && v.GreaterThan(lo) {
				lo = v
			}
		}
	}
	if w, ok := m.Whole(); ok && !b.asked(w) {
		if v, known := b.p.Measure(w); known && v.LessThan(hi) {
			hi = v
		}
	}
	return lo, hi
}

// maxCount returns the largest count a profile can hold: thirty nines, the
// most digits a number may have.
func maxCount() decimal.Decimal { return decimal.New(1, exact.MaxDigits).Sub(decimal.New(1, 0)) }

// shareOfPowerOfTen writes a share as a part of a power of ten: 0.35 as 35
// of 100, 1 as 1 of 1.
func shareOfPowerOfTen(v decimal.Decimal) Answer {
	places := exact.Places(v)
	whole := decimal.New(1, places)
	return Share(v.Mul(whole).Truncate(0), whole)
}

// narrow asks each model what its facts narrow, and gives each question
// the most of the facts it fills.
func (b *builder) narrow() {
	for k, c := range b.models {
		facts, err := c.AskFirst(b.p)
		if err != nil {
			continue // nothing to score whatever the answers: nothing narrows
		}
		for _, f := range facts {
			targets := []fact{{service: f.Service}}
			for _, m := range f.Measures {
				targets = append(targets, fact{measure: m})
			}
			for _, tf := range targets {
				t, ok := b.questionOf[tf]
				if !ok {
					continue // no service, or a fact no rule reads
				}
				d := &b.drafts[t]
				if d.narrow[k] == nil || f.Narrows.Cmp(d.narrow[k]) > 0 {
					d.narrow[k], d.rounded[k] = f.Narrows, f.NarrowsRounded
				}
			}
		}
	}
}

// finish orders the questions and makes the questionnaire.
func (b *builder) finish() *Questionnaire {
	refs := make([]ModelRef, len(b.models))
	widths := make([]*big.Rat, len(b.models))
	for k, c := range b.models {
		m := c.Model()
		refs[k] = ModelRef{ID: m.ID, Version: m.Version, Fingerprint: c.Fingerprint(), Places: m.Rounding.Places, Name: modelName(m)}
		widths[k] = new(big.Rat).Sub(exact.Rat(m.Scale.Max), exact.Rat(m.Scale.Min)) // above 0 in a valid model
	}
	shares := make([]*big.Rat, len(b.drafts))
	for i := range b.drafts {
		d := &b.drafts[i]
		shares[i] = new(big.Rat)
		seen := make([]bool, len(b.models))
		for _, r := range d.readings {
			if seen[r.model] {
				continue
			}
			seen[r.model] = true
			n := Narrowing{Model: refs[r.model].ID, By: decimal.Zero}
			if d.narrow[r.model] != nil {
				n.By = d.rounded[r.model]
				shares[i].Add(shares[i], new(big.Rat).Quo(d.narrow[r.model], widths[r.model]))
			}
			d.q.Narrows = append(d.q.Narrows, n)
		}
	}
	order := make([]int, len(b.drafts))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(x, y int) int {
		px, py := b.drafts[x].q.Prefilled.Type != AnswerNone, b.drafts[y].q.Prefilled.Type != AnswerNone
		if px != py {
			if px {
				return 1
			}
			return -1
		}
		if c := shares[y].Cmp(shares[x]); c != 0 {
			return c
		}
		return cmp.Compare(b.drafts[x].readings[0].pos, b.drafts[y].readings[0].pos)
	})
	q := &Questionnaire{municipality: b.p.Municipality, date: b.p.Date, models: refs,
		index: make(map[string]int, len(order)), dontKnow: dontKnow()}
	used := make([]bool, len(b.groups))
	for _, i := range order {
		q.index[b.drafts[i].q.ID] = len(q.questions)
		q.questions = append(q.questions, b.drafts[i].q)
		used[b.drafts[i].readings[0].group] = true
	}
	for g, ok := range used {
		if ok {
			q.groups = append(q.groups, b.groups[g])
		}
	}
	q.id = deriveID(q.municipality, q.date, refs)
	return q
}

// index appends "[i]" to a path.
func index(path string, i int) string { return path + "[" + strconv.Itoa(i) + "]" }
