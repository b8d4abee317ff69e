package maturity

import (
	"cmp"
	"maps"
	"math/big"
	"slices"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/exact"
)

// CompareWidths compares two ranges' widths as AskFirst does, in machine
// words, for tests that check it against Range.Width.
func CompareWidths(a, b Range) int {
	var w widthCmp
	return w.cmp(a, b)
}

// AskFirstReference is AskFirst as it was first written, the slow
// reference of the one that weighs answers in place: every answer a fresh
// copy of the profile, every width a big.Rat.
func AskFirstReference(c *Compiled, p egov.Profile) ([]Fact, error) {
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
	fact := func(answers []egov.Profile, f Fact) Fact {
		widest := new(big.Rat)
		for _, q := range answers {
			if r, err := c.Range(q); err == nil && r.Width().Cmp(widest) > 0 {
				widest = r.Width()
			}
		}
		f.Narrows = new(big.Rat).Sub(width, widest)
		if f.Narrows.Sign() < 0 {
			f.Narrows.SetInt64(0)
		}
		f.NarrowsRounded = exact.Round(f.Narrows, c.places, c.halfEven)
		return f
	}
	for _, s := range slices.Sorted(maps.Keys(services)) {
		var answers []egov.Profile
		for _, st := range egov.AdoptionStages() {
			if st.IsKnown() {
				answers = append(answers, p.WithStage(s, st))
			}
		}
		facts = append(facts, fact(answers, Fact{Service: s, Settles: services[s]}))
	}
	for _, m := range slices.Sorted(maps.Keys(measures)) {
		var answers []egov.Profile
		for _, v := range c.answers(p, m) {
			answers = append(answers, p.WithMeasure(m, v))
		}
		facts = append(facts, fact(answers, Fact{Measures: []egov.Measure{m}, Settles: measures[m]}))
	}
	for _, pr := range slices.SortedFunc(maps.Keys(pairs), func(a, b [2]egov.Measure) int {
		return cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1]))
	}) {
		var answers []egov.Profile
		for _, n := range c.answers(p, pr[0]) {
			q := p.WithMeasure(pr[0], n)
			for _, d := range c.answers(q, pr[1]) {
				answers = append(answers, q.WithMeasure(pr[1], d))
			}
		}
		settles := pairs[pr]
		for _, m := range pr {
			settles = append(settles, measures[m]...)
		}
		slices.SortFunc(settles, func(a, b string) int { return cmp.Compare(c.index[a], c.index[b]) })
		facts = append(facts, fact(answers, Fact{Measures: pr[:], Settles: slices.Compact(settles)}))
	}
	slices.SortStableFunc(facts, func(a, b Fact) int { return b.Narrows.Cmp(a.Narrows) })
	return facts, nil
}
