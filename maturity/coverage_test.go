package maturity_test

import (
	"math"
	"math/big"
	"testing"

	"github.com/shopspring/decimal"
	"pgregory.net/rapid"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/gen"
	"github.com/digitaldistrict/egovkit/maturity"
)

// TestCompareSplitsLearningFromImproving checks that the two parts of a
// comparison add up to the score's change exactly, that nothing is learned
// when the same indicators are known at both visits, and that nothing
// improves when no value known at both visits changed.
func TestCompareSplitsLearningFromImproving(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		m := gen.ModelUpTo(12).Draw(t, "model")
		c := maturity.MustCompile(m)
		score := func(label string) *maturity.Result {
			a, err := c.NewAssessment(gen.Values(m).Draw(t, label))
			if err != nil {
				t.Fatal(err)
			}
			r, err := c.Score(a)
			if err != nil {
				t.Skip("nothing to score")
			}
			return r
		}
		before, after := score("before"), score("after")
		cmp, err := maturity.Compare(before, after)
		if err != nil {
			t.Fatal(err)
		}
		if sum := new(big.Rat).Add(cmp.Improved.Exact, cmp.Learned.Exact); sum.Cmp(cmp.Score.Exact) != 0 {
			t.Fatalf("improved %s + learned %s ≠ change %s", cmp.Improved.Exact.RatString(), cmp.Learned.Exact.RatString(), cmp.Score.Exact.RatString())
		}
		sameStates, sameKnown := true, true
		for _, d := range cmp.Indicators {
			if d.Before.State() != d.After.State() {
				sameStates = false
			}
			if d.Comparable && d.Before != d.After {
				sameKnown = false
			}
		}
		if sameStates && cmp.Learned.Exact.Sign() != 0 {
			t.Fatalf("the same indicators are known at both visits, yet %s is learned", cmp.Learned.Exact.RatString())
		}
		if sameKnown && cmp.Improved.Exact.Sign() != 0 {
			t.Fatalf("no value known at both visits changed, yet the score improved by %s", cmp.Improved.Exact.RatString())
		}
	})
}

// TestRankFlagsWhatRestsOnTooLittle ranks generated results with a minimum
// coverage and checks the rows against the definitions: entries below the
// minimum are last and unranked, ranks count strictly higher ranked
// scores, and a row is uncertain exactly when its range overlaps that of a
// ranked row with another score.
func TestRankFlagsWhatRestsOnTooLittle(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		m := gen.ModelUpTo(10).Draw(t, "model")
		c := maturity.MustCompile(m)
		var entries []maturity.Entry
		for k := range rapid.IntRange(1, 6).Draw(t, "entries") {
			a, _ := c.NewAssessment(gen.Values(m).Draw(t, "values"))
			r, err := c.Score(a)
			if err != nil {
				continue
			}
			entries = append(entries, maturity.Entry{Name: string(rune('a' + k)), Result: r})
		}
		minCov := decimal.New(rapid.Int64Range(0, 100).Draw(t, "min coverage %"), -2)
		rk, err := maturity.RankWith(entries, maturity.RankOptions{MinCoverage: minCov})
		if err != nil {
			t.Fatal(err)
		}
		ranges := map[string]maturity.Range{}
		for _, e := range entries {
			ranges[e.Name], _ = c.RangeOf(e.Result.Assessment())
		}
		seenBelow := false
		for _, row := range rk.Rows {
			below := row.Coverage.LessThan(minCov)
			if below != row.BelowMinCoverage || below != (row.Rank == 0) {
				t.Fatalf("row %+v: coverage %s against a minimum of %s", row, row.Coverage, minCov)
			}
			if seenBelow && !below {
				t.Fatalf("a ranked row %s comes after an unranked one", row.Name)
			}
			seenBelow = seenBelow || below
			if below {
				continue
			}
			higher, overlaps := 0, false
			for _, o := range rk.Rows {
				if o.BelowMinCoverage {
					continue
				}
				if o.Score.GreaterThan(row.Score) {
					higher++
				}
				if !o.Score.Equal(row.Score) && ranges[o.Name].Overlaps(ranges[row.Name]) {
					overlaps = true
				}
			}
			if row.Rank != higher+1 || row.Uncertain != overlaps {
				t.Fatalf("row %+v: want rank %d, uncertain %v", row, higher+1, overlaps)
			}
		}
	})
}

// TestRankWithRefusesAMinimumOutsideZeroToOne checks the option's bounds,
// a number with a wild exponent included (comparing it with 1 once took
// forever).
func TestRankWithRefusesAMinimumOutsideZeroToOne(t *testing.T) {
	m := maturity.Default()
	r, err := m.Score(m.Assess(egov.Profile{Stages: map[egov.ServiceKey]egov.AdoptionStage{egov.ServiceEZUP: egov.StagePiloting}}))
	if err != nil {
		t.Fatal(err)
	}
	for _, mc := range []decimal.Decimal{decimal.RequireFromString("-0.01"), decimal.RequireFromString("1.01"),
		decimal.New(1, math.MaxInt32), decimal.New(-1, math.MaxInt32)} {
		_, err := maturity.RankWith([]maturity.Entry{{Name: "x", Result: r}}, maturity.RankOptions{MinCoverage: mc})
		ps := egov.Problems(err)
		if len(ps) != 1 || ps[0].Path != "options.min_coverage" {
			t.Errorf("minimum coverage with exponent %d: got %v, want one problem at options.min_coverage", mc.Exponent(), err)
		}
	}
	if _, err := maturity.RankWith([]maturity.Entry{{Name: "x", Result: r}}, maturity.RankOptions{MinCoverage: decimal.New(1, 0)}); err != nil {
		t.Errorf("a minimum of 1 is valid: %v", err)
	}
}
