package maturity

import (
	"errors"
	"slices"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
)

// An Entry is one named result to rank: a municipality and its score.
type Entry struct {
	Name   string
	Result *Result
}

// A Ranking orders entries by their reported scores.
type Ranking struct {
	Rows []RankedRow
	// Bands counts the entries in each band of the model, in the model's
	// band order (bands with no entry included).
	Bands []BandCount
}

// A RankedRow is one entry of a Ranking.
type RankedRow struct {
	// Rank is 1 plus the number of entries with a strictly higher reported
	// score: ties share a rank, and the next rank skips (1, 2, 2, 4).
	Rank  int
	Name  string
	Score decimal.Decimal
	Band  string
	Level int
}

// A BandCount is how many entries fall in one band.
type BandCount struct {
	Key   string
	Name  string
	Count int
}

// Rank ranks entries by their scores as reported (rounded to the model's
// places), since that is what readers compare. Rows come highest first; ties
// are ordered by name in the Serbian alphabet (egov.CompareNames), then by
// their order in entries. All results must come from one model (one ID
// and version, and the same content), or Rank returns a *MismatchError.
func Rank(entries []Entry) (Ranking, error) {
	if len(entries) == 0 {
		return Ranking{}, nil
	}
	for _, e := range entries {
		if e.Result == nil {
			return Ranking{}, errors.New("maturity: Rank: an entry has no result")
		}
	}
	first := entries[0].Result
	for i, e := range entries[1:] {
		if !e.Result.c.same(first.c) {
			return Ranking{}, mismatch(index("entries", i+1)+".result", e.Result.c, first.c)
		}
	}
	order := make([]int, len(entries))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int {
		a, b := entries[i], entries[j]
		if a.Result.units != b.Result.units {
			if a.Result.units > b.Result.units {
				return -1
			}
			return 1
		}
		return egov.CompareNames(a.Name, b.Name)
	})
	var r Ranking
	bands := first.c.model.Bands
	r.Bands = make([]BandCount, len(bands))
	for k, b := range bands {
		r.Bands[k] = BandCount{Key: b.Key, Name: b.Name}
	}
	for pos, i := range order {
		e := entries[i]
		rank := pos + 1
		if pos > 0 && entries[order[pos-1]].Result.units == e.Result.units {
			rank = r.Rows[pos-1].Rank
		}
		band, k := e.Result.Band()
		r.Bands[k].Count++
		r.Rows = append(r.Rows, RankedRow{Rank: rank, Name: e.Name, Score: e.Result.Score(), Band: band.Key, Level: e.Result.level})
	}
	return r, nil
}
