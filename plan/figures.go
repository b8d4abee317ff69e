package plan

import (
	"errors"
	"math/big"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/exact"
	"github.com/digitaldistrict/egovkit/maturity"
)

// A plan's figures are measured on one basis: the lower end of the range of
// scores a profile can still reach once every unknown fact becomes known
// (maturity.Compiled.Range). It exists when nothing is known, and no effect
// a plan may have lowers it (effects only raise stages and measures, never a
// whole or a measure the model divides by), so a plan needs no assumption
// about what the profile does not record, and the lower end once every step
// is done is never below the lower end now. basis is the one place that
// computes it.
type basis struct {
	m        *maturity.Compiled
	model    maturity.Model // m's, read once
	bands    []maturity.Band
	rounding maturity.Rounding
}

func newBasis(m *maturity.Compiled) basis {
	model := m.Model()
	return basis{m: m, model: model, bands: model.Bands, rounding: model.Rounding}
}

// divisors returns, for each measure a ratio rule of the model divides by,
// the first indicator that does. Raising such a measure can lower the
// score (a larger whole, or a ratio that applies where it did not, near
// 0), so no effect of a plan may raise it.
func (b basis) divisors() map[egov.Measure]string {
	var out map[egov.Measure]string
	for _, dim := range b.model.Dimensions {
		for _, ind := range dim.AllIndicators() {
			if r := ind.Rule; r.Kind == maturity.RuleRatio && r.Denominator != "" {
				if _, seen := out[r.Denominator]; !seen {
					if out == nil {
						out = map[egov.Measure]string{}
					}
					out[r.Denominator] = ind.Key
				}
			}
		}
	}
	return out
}

// checkDivisor adds a problem when an effect raises a measure the model
// divides by (see divisors), naming the action and the indicator.
func checkDivisor(ps *egov.ProblemList, path, action string, e Effect, divisors map[egov.Measure]string, modelID string) {
	// A whole is refused already, whatever the model (see checkEffect).
	if ind, ok := divisors[e.Measure]; ok && e.Measure != "" && len(parts(e.Measure)) == 0 {
		ps.Add(path+".effect.measure", string(e.Measure),
			"%s raises %s, which indicator %q of model %s divides by: raising it could lower the score",
			action, e.Measure, ind, modelID)
	}
}

// low returns the lower end of the profile's range: false when no
// completion of the profile has anything to score (every indicator is known
// not to apply).
func (b basis) low(p egov.Profile) (maturity.Totals, bool, error) {
	low, _, _, err := b.ends(p)
	var none *maturity.NoScoreError
	if errors.As(err, &none) {
		return maturity.Totals{}, false, nil
	}
	if err != nil {
		return maturity.Totals{}, false, err
	}
	return low, true, nil
}

// ends returns the two ends of the profile's range.
func (b basis) ends(p egov.Profile) (low, high maturity.Totals, outer bool, err error) {
	r, err := b.m.Range(p)
	return r.Low, r.High, r.OuterBound, err
}

// figures returns the score of the profile as recorded (nil when nothing
// the model reads is known) and its range (nil when no completion has
// anything to score), each with the profile's coverage.
func (b basis) figures(p egov.Profile) (*Score, *Range, error) {
	coverage := decimal.Decimal{}
	var recorded *Score
	res, err := b.m.Score(b.m.Assess(p))
	var none *maturity.NoScoreError
	switch {
	case errors.As(err, &none):
	case err != nil:
		return nil, nil, err
	default:
		coverage = res.Coverage()
		recorded = b.summary(res.Totals(), coverage)
	}
	low, high, outer, err := b.ends(p)
	switch {
	case errors.As(err, &none):
		return recorded, nil, nil
	case err != nil:
		return nil, nil, err
	}
	return recorded, &Range{Low: *b.summary(low, coverage), High: *b.summary(high, coverage), OuterBound: outer}, nil
}

// summary turns totals into a Score with the coverage given.
func (b basis) summary(t maturity.Totals, coverage decimal.Decimal) *Score {
	s := &Score{Score: t.Score(), Exact: t.Exact(), Level: t.Level(), Coverage: coverage, Places: b.rounding.Places}
	if i := t.Band(); i >= 0 && i < len(b.bands) {
		s.Band, s.BandName = b.bands[i].Key, b.bands[i].Names()
	}
	if l := t.Level(); l > 0 && l <= len(b.model.Levels) {
		s.LevelKey, s.LevelName = b.model.Levels[l-1].Key, b.model.Levels[l-1].Names()
	}
	return s
}

// round rounds an exact figure once, as the model says.
func (b basis) round(r *big.Rat) decimal.Decimal {
	return exact.Round(r, b.rounding.Places, b.rounding.Mode == maturity.HalfEven)
}

// applyEffect returns p with the effect on the service: stages and measures
// only rise, and a part never above its whole where the profile records it.
// changed says whether anything rose; awaits names the whole a share
// effect needs and the profile does not record, which leaves that part of
// the effect out.
func applyEffect(p egov.Profile, service egov.ServiceKey, e Effect) (q egov.Profile, changed bool, awaits egov.Measure) {
	q = p
	if e.Stage != egov.StageUnknown && e.Stage.IsValid() && service != "" && q.Stage(service) < e.Stage {
		q, changed = q.WithStage(service, e.Stage), true
	}
	if e.Measure == "" {
		return q, changed, ""
	}
	target, ok := effectTarget(q, e)
	if !ok {
		whole, _ := e.Measure.Whole()
		return q, changed, whole
	}
	if v, known := q.Measure(e.Measure); !known || v.LessThan(target) {
		q, changed = q.WithMeasure(e.Measure, target), true
	}
	return q, changed, ""
}

// effectTarget returns the value a measure effect raises its measure to,
// given the profile: AtLeast, or the share of the measure's whole rounded
// up to a whole number for a count, never above the whole the profile
// records; false when the effect is a share of a whole the profile does
// not record.
func effectTarget(p egov.Profile, e Effect) (decimal.Decimal, bool) {
	target := e.AtLeast
	whole, hasWhole := e.Measure.Whole()
	var wv decimal.Decimal
	wholeKnown := false
	if hasWhole {
		wv, wholeKnown = p.Measure(whole)
		wholeKnown = wholeKnown && wv.Sign() >= 0 && exact.CheckDecimal(wv) == nil
	}
	if !e.ShareOfWhole.IsZero() {
		if !wholeKnown {
			return decimal.Decimal{}, false
		}
		target = e.ShareOfWhole.Mul(wv)
		if e.Measure.Kind() == egov.MeasureKindCount {
			target = target.Ceil()
		}
	}
	if wholeKnown && target.GreaterThan(wv) {
		target = wv
	}
	return target, true
}
