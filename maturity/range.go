package maturity

import (
	"math/big"

	"github.com/digitaldistrict/egovkit/egov"
)

// A Range is how far a score can still move once everything unknown becomes
// known: the lowest and the highest score over every completion of what is
// known, each end with its exact value, its score rounded once as the model
// says, its band and its level.
//
// A completion gives every unknown fact a value it can still take: an
// unknown service any adoption stage, an unknown measure any value its kind
// allows that keeps parts within their wholes (staff trained ≤ staff), so
// that a ratio whose whole is unknown may turn out not applicable (a whole
// of 0). Every indicator of a completion is then known or not applicable,
// so the unknown policy does not enter into it; the recorded score does:
// under LeaveOut it leaves unknown indicators out, which no completion
// does, so the recorded score is not itself a completion and may lie
// outside the range. (Čačak after its visit, with two services of sixteen
// known, is recorded at 35.00 and ranges from 5.60 to 89.60; see
// ExampleCompiled_Range.)
//
// When nothing is unknown, both ends are the score. When nothing is known,
// the range is as wide as the model allows: 0 to 100 for the default model.
// Learning a fact never widens a range.
//
// The ends are found indicator by indicator. Where two indicators read one
// unknown fact, the ends may ask it for two things at once; Range checks
// that one completion reaches each end, and when none does, OuterBound is
// set: the range then holds every completion's score but an end may not be
// reached. The zero Range is no range: IsValid reports false.
type Range struct {
	Low, High Totals
	// OuterBound is set when an end may not be the score of any
	// completion, because indicators that read one unknown fact ask it for
	// different values; the range still holds every completion's score.
	OuterBound bool
}

// IsValid reports whether r holds a range: false for the zero Range.
func (r Range) IsValid() bool { return r.Low.IsValid() && r.High.IsValid() }

// Width returns High − Low, exactly (0 for the zero Range).
func (r Range) Width() *big.Rat {
	if !r.IsValid() {
		return new(big.Rat)
	}
	// Both ends are Min + Range·fraction on one scale: the minimum cancels.
	w := new(big.Rat).Sub(r.High.frac.exact(), r.Low.frac.exact())
	return w.Mul(w, new(big.Rat).SetFrac(new(big.Int).SetUint64(r.High.rng), big.NewInt(valueUnit)))
}

// Settled reports whether the range is a single score: nothing unknown
// can move it.
func (r Range) Settled() bool { return r.IsValid() && r.Low.Cmp(r.High) == 0 }

// Contains reports whether the exact score t lies within the range, ends
// included.
func (r Range) Contains(t Totals) bool {
	return r.IsValid() && t.IsValid() && r.Low.Cmp(t) <= 0 && t.Cmp(r.High) <= 0
}

// Overlaps reports whether two ranges share a score: when they do, which
// of the two municipalities scores higher is not settled by what is known.
func (r Range) Overlaps(o Range) bool {
	return r.IsValid() && o.IsValid() && r.Low.Cmp(o.High) <= 0 && o.Low.Cmp(r.High) <= 0
}

// Range returns the range of scores the profile can still reach once every
// fact it lacks becomes known, as the model reads the profile (see
// Assess): a stage rule between its credits for the lowest and the highest
// stage the service can still reach, a yes-no rule 0 or 1 (always 1 when
// its threshold is "not started"), a ratio or count rule over the
// quotients the measures' bounds allow, a given value anywhere from 0 to
// 1. Measures the profile holds with an invalid value (negative, or with
// more digits than allowed) count as unknown, as Assess reads them.
//
// It returns a *NoScoreError when no completion has anything to score
// (every indicator is known not to apply), and an error for a nil or zero
// *Compiled.
func (c *Compiled) Range(p egov.Profile) (Range, error) {
	if !c.valid() {
		return Range{}, noModel()
	}
	f, fast := measureFacts(p)
	var w work
	spans := w.spans(len(c.rules))
	for i := range c.rules {
		r := &c.rules[i]
		if fast && (r.kind == RuleRatio || r.kind == RuleCount) {
			var ok bool
			if spans[i], ok = r.spanFast(&f, c.halfEven); ok {
				continue
			}
			fast = false
		}
		spans[i] = r.spanOf(p, c.halfEven)
	}
	var fp *mfacts
	if fast {
		fp = &f
	}
	return c.rangeOf(p, fp, spans, true, &w)
}

// RangeOf returns the range of scores an assessment can still reach when
// each unknown value becomes known, anywhere from 0 to 1; known and
// not-applicable values stay as they are. It is the range of given values,
// as for published indices; for an assessment read from a profile, Range
// on the profile knows more (a ratio whose whole is unknown may turn out
// not applicable; two indicators may read one fact). It returns a
// *MismatchError for an assessment of another model and a *NoScoreError
// when every indicator is not applicable.
func (c *Compiled) RangeOf(a Assessment) (Range, error) {
	if err := c.owns(a); err != nil {
		return Range{}, err
	}
	var w work
	spans := w.spans(len(a.values))
	for i, v := range a.values {
		spans[i] = fixedSpan(v)
	}
	return c.rangeOf(egov.Profile{}, nil, spans, false, &w)
}

// rangeOf computes the two ends over the spans; fromProfile says whether
// the spans come from p, whose shared facts must then be checked, in
// machine words when f is not nil.
func (c *Compiled) rangeOf(p egov.Profile, f *mfacts, spans []span, fromProfile bool, w *work) (Range, error) {
	values := w.values(2 * len(spans))
	lo, hi := values[:len(spans)], values[len(spans):]
	if c.tree != nil {
		if !c.treeExtreme(spans, false, lo) {
			return Range{}, &NoScoreError{ModelID: c.model.ID, ModelVersion: c.model.Version}
		}
		c.treeExtreme(spans, true, hi)
	} else {
		sc := w.scratch(len(c.rules), len(c.dw))
		if !c.extreme(spans, false, lo, &sc) {
			return Range{}, &NoScoreError{ModelID: c.model.ID, ModelVersion: c.model.Version}
		}
		c.extreme(spans, true, hi, &sc)
	}
	t := w.tally(len(c.dw))
	var r Range
	var err error
	if r.Low, err = c.totals(lo, &t, nil); err != nil {
		return Range{}, err
	}
	if r.High, err = c.totals(hi, &t, nil); err != nil {
		return Range{}, err
	}
	if fromProfile && c.shared(p, f, spans) {
		r.OuterBound = !c.reached(p, f, spans, lo, false) || !c.reached(p, f, spans, hi, true)
	}
	return r, nil
}

// reached reports whether one completion of p reaches the end chosen in
// values: in machine words when f allows, else exactly.
func (c *Compiled) reached(p egov.Profile, f *mfacts, spans []span, values []Value, high bool) bool {
	if f != nil {
		if ok, fits := c.attainableFast(f, spans, values, high); fits {
			return ok
		}
	}
	return c.attainable(p, spans, values, high)
}

// work is the memory of one Range: in fixed arrays, which stay on the
// stack, for models of up to smallIndicators indicators and smallDims
// dimensions (the default model has 22 and 6), and allocated otherwise.
type work struct {
	spanBuf  [smallIndicators]span
	valueBuf [2 * smallIndicators]Value
	intBuf   [smallIndicators + smallDims]int
	dimBuf   [smallDims]dimPart
	tallyBuf [4 * smallDims]uint64
}

const (
	smallIndicators = 32
	smallDims       = 8
)

func (w *work) spans(n int) []span {
	if n <= smallIndicators {
		return w.spanBuf[:n]
	}
	return make([]span, n)
}

func (w *work) values(n int) []Value {
	if n <= len(w.valueBuf) {
		return w.valueBuf[:n]
	}
	return make([]Value, n)
}

func (w *work) scratch(indicators, dims int) scratch {
	ints := w.intBuf[:]
	if indicators+dims > len(ints) {
		ints = make([]int, indicators+dims)
	}
	sc := scratch{opt: ints[:0:indicators], order: ints[indicators:indicators]}
	if dims > smallDims {
		sc.dims = make([]dimPart, dims)
	} else {
		sc.dims = w.dimBuf[:dims]
	}
	return sc
}

func (w *work) tally(dims int) tally {
	if dims > smallDims {
		return newTally(dims)
	}
	buf := w.tallyBuf[:4*dims]
	return tally{n: buf[:dims:dims], scored: buf[dims : 2*dims : 2*dims], app: buf[2*dims : 3*dims : 3*dims], known: buf[3*dims:]}
}
