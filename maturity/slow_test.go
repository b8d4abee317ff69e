package maturity_test

import (
	"math/big"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/internal/exact"
	"github.com/digitaldistrict/egovkit/maturity"
)

// refResult is what the slow, obviously right reference scorer computes,
// straight from the definitions with big.Rat and no cleverness.
type refResult struct {
	ok       bool // something to score
	score    *big.Rat
	band     int
	level    int
	coverage *big.Rat
}

func rat(d decimal.Decimal) *big.Rat { return exact.Rat(d) }

func valueRat(v maturity.Value) *big.Rat {
	d, _ := v.Decimal()
	return rat(d)
}

// refScore scores values with model m by the definitions:
//   - an indicator counts if it is known, or unknown under CountAsZero
//     (as 0); not-applicable ones never count;
//   - a dimension's mean is Σ w·v / Σ w over its counted indicators, and
//     the dimension counts if any indicator does;
//   - the overall fraction is Σ W·mean / Σ W over counted dimensions;
//   - the score is Min + (Max − Min)·fraction;
//   - the band is the last whose start is at or below the score as
//     reported (rounded once to the model's places by its mode);
//   - the level is the number of consecutive rungs whose requirements hold;
//   - coverage is Σ over dimensions with an applicable indicator of
//     (W / Σ W) · (known weight / applicable weight).
func refScore(m maturity.Model, values map[string]maturity.Value) refResult {
	countZero := m.Unknown == maturity.CountAsZero
	num, den := new(big.Rat), new(big.Rat)
	covW := new(big.Rat)
	type dimInfo struct {
		counted   bool
		mean      *big.Rat
		app, know *big.Rat
	}
	dims := map[string]dimInfo{}
	for _, d := range m.Dimensions {
		sumWV, sumW := new(big.Rat), new(big.Rat)
		app, know := new(big.Rat), new(big.Rat)
		for _, ind := range d.Indicators {
			v := values[ind.Key]
			w := rat(ind.Weight)
			switch v.State() {
			case maturity.StateKnown:
				sumWV.Add(sumWV, new(big.Rat).Mul(w, valueRat(v)))
				sumW.Add(sumW, w)
				app.Add(app, w)
				know.Add(know, w)
			case maturity.StateUnknown:
				app.Add(app, w)
				if countZero {
					sumW.Add(sumW, w)
				}
			case maturity.StateNotApplicable:
				// counts nowhere
			}
		}
		info := dimInfo{app: app, know: know}
		if sumW.Sign() > 0 {
			info.counted = true
			info.mean = new(big.Rat).Quo(sumWV, sumW)
			W := rat(d.Weight)
			num.Add(num, new(big.Rat).Mul(W, info.mean))
			den.Add(den, W)
		}
		if app.Sign() > 0 {
			covW.Add(covW, rat(d.Weight))
		}
		dims[d.Key] = info
	}
	if den.Sign() == 0 {
		return refResult{}
	}
	frac := new(big.Rat).Quo(num, den)
	rng := new(big.Rat).Sub(rat(m.Scale.Max), rat(m.Scale.Min))
	score := new(big.Rat).Add(rat(m.Scale.Min), new(big.Rat).Mul(rng, frac))
	band := 0
	reported := rat(roundRef(score, m.Rounding))
	for k, b := range m.Bands {
		if rat(b.From).Cmp(reported) <= 0 {
			band = k
		}
	}
	level := 0
	for _, l := range m.Levels {
		holds := true
		for _, r := range l.Requires {
			at := rat(r.AtLeast)
			if r.Indicator != "" {
				v := values[r.Indicator]
				switch v.State() {
				case maturity.StateUnknown:
					holds = false
				case maturity.StateKnown:
					holds = holds && valueRat(v).Cmp(at) >= 0
				case maturity.StateNotApplicable:
					// passes
				}
				continue
			}
			info := dims[r.Dimension]
			switch {
			case info.app.Sign() == 0:
			case !info.counted:
				holds = false
			default:
				holds = holds && info.mean.Cmp(at) >= 0
			}
		}
		if !holds {
			break
		}
		level++
	}
	cov := new(big.Rat)
	for _, d := range m.Dimensions {
		info := dims[d.Key]
		if info.app.Sign() == 0 {
			continue
		}
		share := new(big.Rat).Quo(rat(d.Weight), covW)
		cov.Add(cov, share.Mul(share, new(big.Rat).Quo(info.know, info.app)))
	}
	return refResult{ok: true, score: score, band: band, level: level, coverage: cov}
}
