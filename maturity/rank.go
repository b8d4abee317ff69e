package maturity

import (
	"fmt"
	"slices"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
)

// An Entry is one named result to rank: a municipality and its score. Its
// Result must come from the package (Compiled.Score): Rank refuses the
// zero Entry, whose Result is nil.
type Entry struct {
	Name   string
	Result *Result
}

// A Ranking orders entries by their reported scores. The zero Ranking,
// which Rank returns for no entries, has no rows and no bands.
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
// their order in entries.
//
// Every entry needs a result the package made, and all results must come
// from one model (one ID and version, and the same content). Otherwise Rank
// returns an *egov.ValidationError naming every entry at fault
// ("entries[3].result"): a nil or zero *Result, or a result of another
// model than the first entry's, whose problem holds a *MismatchError
// (errors.As finds it).
func Rank(entries []Entry) (Ranking, error) {
	if len(entries) == 0 {
		return Ranking{}, nil
	}
	var ps egov.ProblemList
	first := -1
	for i, e := range entries {
		path := index("entries", i) + ".result"
		switch {
		case !e.Result.IsValid():
			checkResult(&ps, path, e.Result)
		case first < 0:
			first = i
		case !e.Result.c.same(entries[first].Result.c):
			mm := mismatch(path, e.Result.c, entries[first].Result.c)
			ps.Append(egov.Problem{Path: path, Value: mm.Got, Err: mm,
				Reason: fmt.Sprintf("made for model %s, not %s like %s", mm.Got, mm.Want, index("entries", first)+".result") + mm.detail()})
		}
	}
	if err := ps.Err("ranking"); err != nil {
		return Ranking{}, err
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
	bands := entries[first].Result.c.model.Bands
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
