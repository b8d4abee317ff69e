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

// refScore scores values with model m by the definitions, walking the
// model's tree by recursion:
//   - an indicator counts if it is known, or unknown and its node's rule
//     counts unknown values as 0 (a node's rule: its own, else its
//     parent's, else the model's); not-applicable ones never count;
//   - a node (a dimension or a group) has the mean Σ w·x / Σ w over its
//     children that count: indicators as above (x its value, 0 when
//     unknown), and groups that have something counted (x their mean) or
//     that count as 0 when empty (x = 0); it is empty when none counts;
//   - the overall fraction is Σ W·mean / Σ W over the dimensions that
//     count in the same way;
//   - the score is Min + (Max − Min)·fraction;
//   - the band is the last whose start is at or below the score as
//     reported (rounded once to the model's places by its mode);
//   - the level is the number of consecutive rungs whose requirements hold
//     (a dimension's: met when nothing in it applies, failed when it is
//     empty, else its mean at least the threshold);
//   - coverage: a known indicator's is 1, an unknown one's 0, and a node's
//     the mean of its applicable children's, weighted; overall, the same
//     over the dimensions.
func refScore(m maturity.Model, values map[string]maturity.Value) refResult {
	type nodeInfo struct {
		filled, counts bool
		mean           *big.Rat
		app            bool
		cov            *big.Rat
	}
	var node func(zero bool, emptyZero bool, inds []maturity.Indicator, groups []maturity.Group) nodeInfo
	node = func(zero bool, emptyZero bool, inds []maturity.Indicator, groups []maturity.Group) nodeInfo {
		sumWX, sumW := new(big.Rat), new(big.Rat)
		appW, covWX := new(big.Rat), new(big.Rat)
		for _, ind := range inds {
			v := values[ind.Key]
			w := rat(ind.Weight)
			switch v.State() {
			case maturity.StateKnown:
				sumWX.Add(sumWX, new(big.Rat).Mul(w, valueRat(v)))
				sumW.Add(sumW, w)
				appW.Add(appW, w)
				covWX.Add(covWX, w)
			case maturity.StateUnknown:
				appW.Add(appW, w)
				if zero {
					sumW.Add(sumW, w)
				}
			case maturity.StateNotApplicable:
				// counts nowhere
			}
		}
		for _, g := range groups {
			gz := zero
			switch g.Unknown {
			case maturity.LeaveOutUnknown:
				gz = false
			case maturity.ZeroUnknown:
				gz = true
			case maturity.InheritUnknown:
			}
			info := node(gz, g.Empty == maturity.ZeroEmpty, g.Indicators, g.Groups)
			w := rat(g.Weight)
			if info.counts {
				sumWX.Add(sumWX, new(big.Rat).Mul(w, info.mean))
				sumW.Add(sumW, w)
			}
			if info.app {
				appW.Add(appW, w)
				covWX.Add(covWX, new(big.Rat).Mul(w, info.cov))
			}
		}
		info := nodeInfo{mean: new(big.Rat), cov: new(big.Rat), app: appW.Sign() > 0}
		if sumW.Sign() > 0 {
			info.filled, info.counts = true, true
			info.mean.Quo(sumWX, sumW)
		} else {
			info.counts = emptyZero
		}
		if info.app {
			info.cov.Quo(covWX, appW)
		}
		return info
	}
	num, den := new(big.Rat), new(big.Rat)
	covWX, covW := new(big.Rat), new(big.Rat)
	dims := map[string]nodeInfo{}
	for _, d := range m.Dimensions {
		zero := m.Unknown == maturity.CountAsZero
		switch d.Unknown {
		case maturity.LeaveOutUnknown:
			zero = false
		case maturity.ZeroUnknown:
			zero = true
		case maturity.InheritUnknown:
		}
		info := node(zero, d.Empty == maturity.ZeroEmpty, d.Indicators, d.Groups)
		W := rat(d.Weight)
		if info.counts {
			num.Add(num, new(big.Rat).Mul(W, info.mean))
			den.Add(den, W)
		}
		if info.app {
			covW.Add(covW, W)
			covWX.Add(covWX, new(big.Rat).Mul(W, info.cov))
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
			case !info.app:
			case !info.filled:
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
	if covW.Sign() > 0 {
		cov.Quo(covWX, covW)
	}
	return refResult{ok: true, score: score, band: band, level: level, coverage: cov}
}
