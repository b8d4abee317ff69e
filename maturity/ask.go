package maturity

import (
	"cmp"
	"maps"
	"math/big"
	"slices"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/exact"
)

// A Fact is something a profile does not record that the model reads: a
// service's adoption stage, a measure, or the two measures of a ratio,
// asked together because neither settles the ratio alone. AskFirst lists
// them with how much knowing each narrows the profile's range.
type Fact struct {
	// Service is the service whose stage is unknown, or "".
	Service egov.ServiceKey
	// Measures are the unknown measures: one, or a ratio's part and whole.
	Measures []egov.Measure
	// Settles are the keys of the indicators whose value the fact decides
	// once known, in the model's order.
	Settles []string
	// Narrows is how much knowing the fact narrows the range, whatever the
	// answer: the range's width now less its widest width once the fact is
	// known, exactly, on the model's scale. NarrowsRounded is that figure
	// rounded once as the model says.
	Narrows        *big.Rat
	NarrowsRounded decimal.Decimal
}

// AskFirst returns the facts the profile lacks that the model reads, the
// ones whose answer narrows the score's range most first (ties by service,
// then by measure), so that a visit asks what matters. Indicators whose
// values are given rather than read from a profile are not facts of it.
//
// How much a fact narrows the range is measured on the answer that narrows
// it least. For a service every adoption stage is weighed. A measure can
// take more values than can be tried, so the answers weighed are those at
// which an indicator it settles reaches an end of what it can be or
// changes course: the ends of what the measure can take (0, or its largest
// known part; its known whole, or the most its kind allows), 1, the
// targets of the count rules that read it and the whole numbers above
// them, and, in a ratio, the bounds of the other half. Between those
// answers an indicator's value moves one way only, so when no indicator it
// settles may turn out not applicable, the width the worst answer leaves
// is among them. It returns the errors of Range.
func (c *Compiled) AskFirst(p egov.Profile) ([]Fact, error) {
	now, err := c.Range(p)
	if err != nil {
		return nil, err
	}
	width := now.Width()
	var facts []Fact
	services := map[egov.ServiceKey][]string{}
	measures := map[egov.Measure][]string{}
	pairs := map[[2]egov.Measure][]string{}
	for i := range c.rules {
		r := &c.rules[i]
		key := c.keys[i]
		switch r.kind {
		case RuleGiven:
			// given elsewhere: not a fact of the profile
		case RuleStage, RuleYesNo:
			if !p.Stage(r.service).IsKnown() {
				services[r.service] = append(services[r.service], key)
			}
		case RuleCount:
			if _, ok := measure(p, r.measure); !ok {
				measures[r.measure] = append(measures[r.measure], key)
			}
		case RuleRatio:
			_, nok := measure(p, r.numerator)
			_, dok := measure(p, r.denominator)
			switch {
			case !nok && !dok && r.numerator != r.denominator:
				pr := [2]egov.Measure{r.numerator, r.denominator}
				pairs[pr] = append(pairs[pr], key)
			case !nok:
				measures[r.numerator] = append(measures[r.numerator], key)
			case !dok:
				measures[r.denominator] = append(measures[r.denominator], key)
			}
		}
	}
	// Each fact's answers are weighed on one copy of p, changed in place
	// from answer to answer, rather than on a copy per answer.
	var wc widthCmp
	for _, s := range slices.Sorted(maps.Keys(services)) {
		q := p.Clone()
		if q.Stages == nil {
			q.Stages = map[egov.ServiceKey]egov.AdoptionStage{}
		}
		facts = append(facts, c.fact(width, &wc, Fact{Service: s, Settles: services[s]}, func(try func(egov.Profile)) {
			for _, st := range egov.AdoptionStages() {
				if st.IsKnown() {
					q.Stages[s] = st
					try(q)
				}
			}
		}))
	}
	for _, m := range slices.Sorted(maps.Keys(measures)) {
		q := withMeasures(p)
		facts = append(facts, c.fact(width, &wc, Fact{Measures: []egov.Measure{m}, Settles: measures[m]}, func(try func(egov.Profile)) {
			for _, v := range c.answers(p, m) {
				q.Measures[m] = v
				try(q)
			}
		}))
	}
	for _, pr := range slices.SortedFunc(maps.Keys(pairs), func(a, b [2]egov.Measure) int {
		return cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1]))
	}) {
		settles := pairs[pr]
		for _, m := range pr { // the counts that read either half
			settles = append(settles, measures[m]...)
		}
		slices.SortFunc(settles, func(a, b string) int { return cmp.Compare(c.index[a], c.index[b]) })
		q := withMeasures(p)
		facts = append(facts, c.fact(width, &wc, Fact{Measures: pr[:], Settles: slices.Compact(settles)}, func(try func(egov.Profile)) {
			for _, n := range c.answers(p, pr[0]) {
				delete(q.Measures, pr[1]) // the whole's answers depend on the part's, not on the last whole tried
				q.Measures[pr[0]] = n
				for _, d := range c.answers(q, pr[1]) {
					q.Measures[pr[1]] = d
					try(q)
				}
			}
		}))
	}
	slices.SortStableFunc(facts, func(a, b Fact) int { return b.Narrows.Cmp(a.Narrows) })
	return facts, nil
}

// fact fills in how much f narrows a range of the given width: by the
// least, over the answers answers tries, of the width each leaves.
func (c *Compiled) fact(width *big.Rat, wc *widthCmp, f Fact, answers func(try func(egov.Profile))) Fact {
	var widest Range
	answers(func(q egov.Profile) {
		if r, err := c.Range(q); err == nil && (!widest.IsValid() || wc.cmp(r, widest) > 0) {
			widest = r
		}
	})
	f.Narrows = new(big.Rat).Sub(width, widest.Width())
	if f.Narrows.Sign() < 0 { // an answer can only narrow; keep 0 at worst
		f.Narrows.SetInt64(0)
	}
	f.NarrowsRounded = exact.Round(f.Narrows, c.places, c.halfEven)
	return f
}

// withMeasures returns a copy of p whose measures can be set.
func withMeasures(p egov.Profile) egov.Profile {
	q := p.Clone()
	if q.Measures == nil {
		q.Measures = map[egov.Measure]decimal.Decimal{}
	}
	return q
}

// A widthCmp compares the widths of two ranges of one model exactly, in
// machine words and big integers it keeps from one comparison to the
// next, so that weighing a fact's answers allocates nothing per answer.
type widthCmp struct{ x, y, t, u big.Int }

// cmp returns -1, 0 or +1 as a's width is less than, equal to or more than
// b's. The ends share the model's scale, so the widths compare as the ends'
// fractions of its range do: a.High − a.Low against b.High − b.Low, that
// is a.High + b.Low against b.High + a.Low.
func (w *widthCmp) cmp(a, b Range) int {
	fs := [4]fraction{a.High.frac, b.Low.frac, b.High.frac, a.Low.frac}
	for _, f := range fs {
		if f.rat != nil {
			return a.Width().Cmp(b.Width())
		}
	}
	// (n1/d1 + n2/d2) against (n3/d3 + n4/d4): (n1·d2 + n2·d1)·d3·d4
	// against (n3·d4 + n4·d3)·d1·d2.
	w.sum(&w.x, fs[0], fs[1])
	w.t.SetUint64(fs[2].den)
	w.x.Mul(&w.x, &w.t)
	w.t.SetUint64(fs[3].den)
	w.x.Mul(&w.x, &w.t)
	w.sum(&w.y, fs[2], fs[3])
	w.t.SetUint64(fs[0].den)
	w.y.Mul(&w.y, &w.t)
	w.t.SetUint64(fs[1].den)
	w.y.Mul(&w.y, &w.t)
	return w.x.Cmp(&w.y)
}

// sum sets z to the numerator of f + g over the denominator f.den·g.den.
func (w *widthCmp) sum(z *big.Int, f, g fraction) {
	z.SetUint64(f.num)
	w.t.SetUint64(g.den)
	z.Mul(z, &w.t)
	w.u.SetUint64(g.num)
	w.t.SetUint64(f.den)
	w.u.Mul(&w.u, &w.t)
	z.Add(z, &w.u)
}

// answers returns the values weighed for an unknown measure of p (see
// AskFirst), each one p can take: within the measure's bounds and, for a
// count, whole.
func (c *Compiled) answers(p egov.Profile, m egov.Measure) []decimal.Decimal {
	lo, hi := bounds(p, m)
	vs := []decimal.Decimal{lo, hi, decimal.New(1, 0)}
	for i := range c.rules {
		r := &c.rules[i]
		switch {
		case r.kind == RuleCount && r.measure == m:
			vs = append(vs, r.target, r.target.Ceil())
		case r.kind == RuleRatio && r.numerator == m:
			// Where the quotient reaches 1 against the least whole, and
			// against the greatest.
			dlo, dhi := bounds(p, r.denominator)
			vs = append(vs, dhi)
			if least, ok := leastWhole(r.denominator, dlo); ok {
				vs = append(vs, least)
			}
		case r.kind == RuleRatio && r.denominator == m:
			nlo, nhi := bounds(p, r.numerator)
			vs = append(vs, nlo, nlo.Ceil(), nhi, nhi.Ceil())
		}
	}
	var out []decimal.Decimal
	for _, v := range vs {
		if v.LessThan(lo) || v.GreaterThan(hi) || (m.Kind() == egov.MeasureKindCount && !v.IsInteger()) {
			continue
		}
		if !slices.ContainsFunc(out, v.Equal) {
			out = append(out, v)
		}
	}
	return out
}
