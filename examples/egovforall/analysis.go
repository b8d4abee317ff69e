package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/maturity"
	"github.com/digitaldistrict/egovkit/plan"
)

// planOptions are the example's planning assumptions for data known by
// the day given: the plans start on 1 December 2025, or, when a visit or
// the profile a plan starts from is later, on the first Monday from that
// day on, since a plan cannot start before what it is made from is known.
// ILLUSTRATIVE: no source gives the programme's start date or capacities;
// the report says so.
func planOptions(known egov.Date) plan.Options {
	start := egov.MustDate(2025, 12, 1)
	if known.After(start) {
		start = known.AddDays((int(time.Monday) - int(known.Weekday()) + 7) % 7)
	}
	return plan.Options{
		Start:                start,
		Horizon:              26,
		TeamCapacity:         decimal.NewFromInt(3),
		MunicipalityCapacity: decimal.NewFromInt(2),
	}
}

// minCoverage is the least coverage a score needs to be ranked: below half
// of the model known, a score says more about what is missing than about
// the municipality.
var minCoverage = decimal.RequireFromString("0.5")

// askFirst is how many facts to ask first the report lists per
// municipality.
const askFirst = 5

// analysis is everything the report shows, computed once and then rendered
// as text, Markdown or JSON.
type analysis struct {
	in        input
	cat       *egov.Catalog
	answered  *answered    // the answers applied to the data, or nil
	opts      plan.Options // the plans' options, the same for every plan
	model     *maturity.Compiled
	results   map[string]*maturity.Result // by municipality key
	unscored  map[string]bool             // assessed, but nothing the model reads is known
	ranges    map[string]maturity.Range   // by municipality key, for every profile
	ask       map[string][]maturity.Fact  // the facts to ask first, by municipality key
	ranking   maturity.Ranking
	plans     []*plan.Plan // one per visit, in visit order
	portfolio *plan.Portfolio
	pwords    map[egov.Language]plan.Words // plan's words by language, made once
}

// analyse analyses the data; ans, if not nil, are the answers applied to
// them, for the report to say so.
func analyse(in input, cat *egov.Catalog, ans *answered) (*analysis, error) {
	a := &analysis{in: in, cat: cat, answered: ans, model: maturity.Default(),
		results: map[string]*maturity.Result{}, unscored: map[string]bool{},
		ranges: map[string]maturity.Range{}, ask: map[string][]maturity.Fact{}}
	var entries []maturity.Entry
	for _, m := range egov.SortedByName(in.Municipalities, egov.Latin) {
		prof, ok := latestProfile(in.Profiles, m.Key)
		if !ok {
			continue
		}
		rg, err := a.model.Range(prof)
		if err != nil {
			return nil, fmt.Errorf("range for %s: %w", m.Key, err)
		}
		a.ranges[m.Key] = rg
		facts, err := a.model.AskFirst(prof)
		if err != nil {
			return nil, fmt.Errorf("what to ask %s: %w", m.Key, err)
		}
		a.ask[m.Key] = facts[:min(askFirst, len(facts))]
		r, err := a.model.Score(a.model.Assess(prof))
		var none *maturity.NoScoreError
		switch {
		case errors.As(err, &none):
			a.unscored[m.Key] = true
			continue
		case err != nil:
			return nil, err
		}
		a.results[m.Key] = r
		entries = append(entries, maturity.Entry{Name: m.Name.Latin, Result: r, Range: rg})
	}
	var err error
	if a.ranking, err = maturity.RankWith(entries, maturity.RankOptions{MinCoverage: minCoverage}); err != nil {
		return nil, err
	}

	pb, err := plan.CompilePlaybook(plan.DefaultPlaybook(), cat)
	if err != nil {
		return nil, err
	}
	profiles := make([]egov.Profile, len(in.Visits))
	var known egov.Date
	for i, v := range in.Visits {
		prof, ok := planProfile(in.Profiles, v)
		if !ok {
			prof = egov.Profile{Municipality: v.Municipality, Date: v.Date}
		}
		profiles[i] = prof
		if prof.Date.After(known) {
			known = prof.Date
		}
	}
	a.opts = planOptions(known)
	for i, v := range in.Visits {
		p, err := plan.Generate(plan.Request{Playbook: pb, Model: a.model, Profile: profiles[i], Visit: v, Options: a.opts})
		if err != nil {
			return nil, fmt.Errorf("plan for %s: %w", v.Municipality, err)
		}
		a.plans = append(a.plans, p)
	}
	opts := a.opts
	a.portfolio, err = plan.SchedulePortfolio(a.plans, plan.PortfolioOptions{
		Start: opts.Start, Horizon: opts.Horizon, TeamCapacity: opts.TeamCapacity, Model: a.model})
	if err != nil {
		return nil, err
	}
	return a, nil
}

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

// planProfile returns the profile a visit's plan starts from, if any: the
// visited municipality's latest profile from the visit's day on, which is
// the one made on the visit, or the one answers from a later visit made of
// it (-answers).
func planProfile(profiles []egov.Profile, v egov.Visit) (egov.Profile, bool) {
	best, found := egov.Profile{}, false
	for _, p := range profiles {
		if p.Municipality == v.Municipality && !p.Date.Before(v.Date) && (!found || p.Date.After(best.Date)) {
			best, found = p, true
		}
	}
	return best, found
}

// sorted returns the municipalities in the order of the alphabet of l's
// script: Latin abeceda order in English and Serbian Latin (Čačak after
// Beočin), Cyrillic azbuka order in Serbian Cyrillic (Чачак near the end).
func (a *analysis) sorted(l egov.Language) []egov.Municipality {
	return egov.SortedByName(a.in.Municipalities, l.Script())
}

// nameIn returns a municipality's name in l's script, or its key if
// unknown.
func (a *analysis) nameIn(key string, l egov.Language) string {
	if m, ok := egov.FindMunicipality(a.in.Municipalities, key); ok {
		return m.Name.Label(l)
	}
	return key
}

// rankedName returns, in l's script, the name of the municipality that a
// ranking row names by its Latin name (the ranking's entries are built
// with it), or the name itself if none has it.
func (a *analysis) rankedName(latin string, l egov.Language) string {
	for _, m := range a.in.Municipalities {
		if m.Name.Latin == latin {
			return m.Name.Label(l)
		}
	}
	return latin
}

// serviceName returns a service's name in language l, its key if the
// catalogue has no such service, and "" for no service.
func (a *analysis) serviceName(key egov.ServiceKey, l egov.Language) string {
	if key == "" {
		return ""
	}
	if s, ok := a.cat.Service(key); ok {
		return s.Name.In(l)
	}
	return string(key)
}

// planOf returns the municipality's plan standing alone, or an empty plan
// if it has none.
func (a *analysis) planOf(key string) *plan.Plan {
	for _, p := range a.plans {
		if p.Municipality == key {
			return p
		}
	}
	return &plan.Plan{Municipality: key}
}

// rankedKey returns the key of the municipality that a ranking row names
// by its Latin name, or "" if none has it.
func (a *analysis) rankedKey(latin string) string {
	for _, m := range a.in.Municipalities {
		if m.Name.Latin == latin {
			return m.Key
		}
	}
	return ""
}
