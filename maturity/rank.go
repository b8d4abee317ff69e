package maturity

import (
	"fmt"
	"slices"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/exact"
)

// An Entry is one named result to rank: a municipality and its score. Its
// Result must come from the package (Compiled.Score): Rank refuses the
// zero Entry, whose Result is nil.
type Entry struct {
	Name   string
	Result *Result
	// Range is the range of the municipality's score, from Compiled.Range
	// on its profile. When it is the zero Range, Rank uses the range of the
	// result's assessment (Compiled.RangeOf), which knows less.
	Range Range
}

// RankOptions are the options of RankWith.
type RankOptions struct {
	// MinCoverage is the least coverage a result needs to be ranked, from 0
	// to 1: results below it are listed after the ranked ones, unranked
	// (rank 0) and flagged, since their score rests on too little of the
	// model to be compared. 0 ranks every result.
	MinCoverage decimal.Decimal
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
	// Rank is 1 plus the number of ranked entries with a strictly higher
	// reported score: ties share a rank, and the next rank skips (1, 2, 2,
	// 4). It is 0 for an entry below the minimum coverage.
	Rank  int
	Name  string
	Score decimal.Decimal
	// Band is the key of the band the score falls in, and BandName its
	// names (maturity.Band.Names); Level is the number of rungs reached,
	// LevelKey and LevelName the key and names of the highest ("" and no
	// names below the first). BandLabel and LevelLabel give a name in one
	// language.
	Band      string
	BandName  egov.Text
	Level     int
	LevelKey  string
	LevelName egov.Text
	// Places is the model's places: Score, Low and High carry exactly that
	// many digits after the point, and Coverage two more. Write them with
	// StringFixed(Places) or egov.Language.FormatDecimal; decimal's String
	// drops trailing zeros.
	Places int32
	// Coverage is the result's coverage; BelowMinCoverage is set when it is
	// below RankOptions.MinCoverage, and the entry is then not ranked.
	Coverage         decimal.Decimal
	BelowMinCoverage bool
	// Low and High are the ends of the entry's range, as reported.
	Low, High decimal.Decimal
	// Uncertain is set when the entry's range overlaps the range of a
	// ranked entry with a different reported score: what is still unknown
	// could put the two in the other order.
	Uncertain bool
}

// A BandCount is how many entries fall in one band, with the band's key
// and names.
type BandCount struct {
	Key          string
	Name         string
	NameCyrillic string
	NameLatin    string
	Count        int
}

// Label returns the band's name in language l, as Band.Label does.
func (b BandCount) Label(l egov.Language) string {
	return orKey(words(b.Name, b.NameCyrillic, b.NameLatin).In(l), b.Key)
}

// BandLabel returns the name of the row's band in language l, or its key
// when it has no name ("" for the zero row).
func (r RankedRow) BandLabel(l egov.Language) string { return orKey(r.BandName.In(l), r.Band) }

// LevelLabel returns the name of the highest rung the row reached in
// language l, or its key when it has no name; "" below the first rung.
func (r RankedRow) LevelLabel(l egov.Language) string { return orKey(r.LevelName.In(l), r.LevelKey) }

// Rank ranks entries by their scores as reported (rounded to the model's
// places), since that is what readers compare. Rows come highest first; ties
// are ordered by name in the Serbian alphabet (egov.CompareNames), then by
// their order in entries. Each row carries the entry's coverage and range,
// and says when its range overlaps another's, so that an order that what
// is unknown could reverse is not read as settled. Rank is RankWith with
// no minimum coverage.
//
// Every entry needs a result the package made, and all results must come
// from one model (one ID and version, and the same content). Otherwise Rank
// returns an *egov.ValidationError naming every entry at fault
// ("entries[3].result"): a nil or zero *Result, or a result of another
// model than the first entry's, whose problem holds a *MismatchError
// (errors.As finds it).
func Rank(entries []Entry) (Ranking, error) {
	return RankWith(entries, RankOptions{})
}

// RankWith is Rank with options: entries whose coverage is below
// opts.MinCoverage are listed last, unranked and flagged, and are not
// counted in the bands. A MinCoverage outside 0…1 is refused.
func RankWith(entries []Entry, opts RankOptions) (Ranking, error) {
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
	switch mc := opts.MinCoverage; {
	case exact.CheckDecimal(mc) != nil: // compared with 1, a wild exponent would take forever
		ps.Add("options.min_coverage", fmtDec(mc), "minimum coverage %s is not a number from 0 to 1", fmtDec(mc))
	case mc.Sign() < 0 || mc.GreaterThan(one()):
		ps.Add("options.min_coverage", fmtDec(mc), "minimum coverage %s is outside 0…1", fmtDec(mc))
	}
	if err := ps.Err("ranking"); err != nil {
		return Ranking{}, err
	}
	c := entries[first].Result.c
	rows := make([]RankedRow, len(entries))
	ranges := make([]Range, len(entries))
	for i, e := range entries {
		band, _ := e.Result.Band()
		rg := e.Range
		if !rg.IsValid() {
			rg, _ = c.RangeOf(e.Result.Assessment()) // a scored assessment has a range
		}
		ranges[i] = rg
		level, _ := e.Result.Level()
		rows[i] = RankedRow{Name: e.Name, Score: e.Result.Score(), Band: band.Key, BandName: band.Names(),
			Level: e.Result.level, LevelKey: level.Key, Coverage: e.Result.Coverage(), Low: rg.Low.Score(),
			High: rg.High.Score(), Places: c.places}
		if level.Key != "" {
			rows[i].LevelName = level.Names()
		}
		rows[i].BelowMinCoverage = rows[i].Coverage.LessThan(opts.MinCoverage)
	}
	order := make([]int, len(entries))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int {
		a, b := entries[i], entries[j]
		if x, y := rows[i].BelowMinCoverage, rows[j].BelowMinCoverage; x != y {
			if x {
				return 1
			}
			return -1
		}
		if a.Result.units != b.Result.units {
			if a.Result.units > b.Result.units {
				return -1
			}
			return 1
		}
		return egov.CompareNames(a.Name, b.Name)
	})
	var r Ranking
	bands := c.model.Bands
	r.Bands = make([]BandCount, len(bands))
	for k, b := range bands {
		r.Bands[k] = BandCount{Key: b.Key, Name: b.Name, NameCyrillic: b.NameCyrillic, NameLatin: b.NameLatin}
	}
	for pos, i := range order {
		row := rows[i]
		if !row.BelowMinCoverage {
			row.Rank = pos + 1
			if pos > 0 && entries[order[pos-1]].Result.units == entries[i].Result.units {
				row.Rank = r.Rows[pos-1].Rank
			}
			_, k := entries[i].Result.Band()
			r.Bands[k].Count++
			for j := range entries {
				if j != i && !rows[j].BelowMinCoverage && entries[j].Result.units != entries[i].Result.units &&
					ranges[i].Overlaps(ranges[j]) {
					row.Uncertain = true
					break
				}
			}
		}
		r.Rows = append(r.Rows, row)
	}
	return r, nil
}
