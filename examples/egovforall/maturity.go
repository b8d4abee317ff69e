package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/maturity"
)

// latestProfile returns the municipality's latest profile, if any.
func latestProfile(profiles []egov.Profile, key string) (egov.Profile, bool) {
	var best egov.Profile
	found := false
	for _, p := range profiles {
		if p.Municipality == key && (!found || p.Date.After(best.Date)) {
			best, found = p, true
		}
	}
	return best, found
}

// maturity writes each visited municipality's score with the default
// model, a ranked table of those that could be scored, and the pilots not
// yet assessed.
func (p *printer) maturity(in input) {
	m := maturity.Default()
	model := m.Model()
	title := fmt.Sprintf("Digital maturity (%s %s, scale 0-100)", m.ID(), m.Version())
	p.line("%s", title)
	p.line("%s", strings.Repeat("-", len(title)))
	p.wrapped("", "Scored from each profile: only what the source says is known, so "+
		"coverage is low and scores rest on few indicators.")
	p.blank()
	var entries []maturity.Entry
	assessed := map[string]bool{}
	for _, mun := range egov.SortedByName(in.Municipalities, egov.Latin) {
		prof, ok := latestProfile(in.Profiles, mun.Key)
		if !ok {
			continue
		}
		assessed[mun.Key] = true
		r, err := m.Score(m.Assess(prof))
		var none *maturity.NoScoreError
		switch {
		case errors.As(err, &none):
			p.line("%s: no score: nothing the model reads is known", mun.Name.Latin)
			p.blank()
			continue
		case err != nil:
			p.line("%s: %v", mun.Name.Latin, err)
			continue
		}
		entries = append(entries, maturity.Entry{Name: mun.Name.Latin, Result: r})
		band, _ := r.Band()
		level, n := r.Level()
		levelText := "none reached"
		if n > 0 {
			levelText = fmt.Sprintf("%d of %d, %s", n, len(model.Levels), level.Name)
		}
		p.line("%s: score %s, band %s, level %s", mun.Name.Latin, r.Score().StringFixed(2), band.Name, levelText)
		p.line("  coverage %s (share of the model's weight that is known)", r.Coverage().StringFixed(4))
		p.wrapped("  weakest dimensions: ", weakest(r))
		p.blank()
	}
	ranking, err := maturity.Rank(entries)
	if err != nil {
		p.line("ranking: %v", err)
		return
	}
	p.line("Ranking of the assessed municipalities")
	p.line("  %s%s%s%s", pad("Rank", 6), pad("Municipality", 17), pad("Score", 9), "Band")
	for _, row := range ranking.Rows {
		band := row.Band
		for _, b := range model.Bands {
			if b.Key == row.Band {
				band = b.Name
			}
		}
		p.line("  %s%s%s%s", pad(fmt.Sprint(row.Rank), 6), pad(row.Name, 17), pad(row.Score.StringFixed(2), 9), band)
	}
	p.blank()
	var waiting []string
	for _, mun := range egov.SortedByName(in.Municipalities, egov.Latin) {
		if !assessed[mun.Key] {
			waiting = append(waiting, mun.Name.Latin)
		}
	}
	if len(waiting) > 0 {
		p.wrapped("Not yet assessed: ", strings.Join(waiting, ", ")+".")
		p.blank()
	}
}

// weakest lists up to three scored dimensions, lowest exact score first,
// with the dimensions that could not be scored counted after them.
func weakest(r *maturity.Result) string {
	dims := r.Dimensions()
	var scored []maturity.DimensionScore
	unscored := 0
	for _, d := range dims {
		if d.Scored {
			scored = append(scored, d)
		} else {
			unscored++
		}
	}
	slices.SortStableFunc(scored, func(a, b maturity.DimensionScore) int { return a.Exact.Cmp(b.Exact) })
	var parts []string
	for _, d := range scored[:min(3, len(scored))] {
		parts = append(parts, fmt.Sprintf("%s %s", d.Name, d.Score.StringFixed(2)))
	}
	text := strings.Join(parts, ", ")
	if unscored > 0 {
		text += fmt.Sprintf("; %d dimensions unknown", unscored)
	}
	return text
}
