package gen

import (
	"slices"
	"strings"
	"time"

	"github.com/shopspring/decimal"
	"pgregory.net/rapid"

	"github.com/digitaldistrict/egovkit/egov"
)

// Key generates a well-formed key: lower-case ASCII words joined by hyphens.
func Key() *rapid.Generator[string] {
	return rapid.StringMatching(`[a-z][a-z0-9]{0,5}(-[a-z0-9]{1,3}){0,2}`)
}

// ServiceKey generates a well-formed service key.
func ServiceKey() *rapid.Generator[egov.ServiceKey] {
	return rapid.Map(Key(), func(s string) egov.ServiceKey { return egov.ServiceKey(s) })
}

// Date generates a valid date between 1990 and 2060.
func Date() *rapid.Generator[egov.Date] {
	return rapid.Custom(func(t *rapid.T) egov.Date {
		y := rapid.IntRange(1990, 2060).Draw(t, "year")
		m := time.Month(rapid.IntRange(1, 12).Draw(t, "month"))
		first := egov.MustDate(y, m, 1)
		last := first.AddDays(40)
		last = egov.MustDate(last.Year(), last.Month(), 1).AddDays(-1)
		d := rapid.IntRange(1, last.Day()).Draw(t, "day")
		return egov.MustDate(y, m, d)
	})
}

// Services generates the services of a valid catalogue: unique keys, names,
// kinds, audiences, and prerequisites that only point at services earlier in
// a random order, so they never form a cycle.
func Services() *rapid.Generator[[]egov.Service] {
	return rapid.Custom(func(t *rapid.T) []egov.Service {
		keys := rapid.SliceOfNDistinct(ServiceKey(), 0, 12, func(k egov.ServiceKey) egov.ServiceKey { return k }).Draw(t, "keys")
		services := make([]egov.Service, len(keys))
		for i, k := range keys {
			s := egov.Service{
				Key:      k,
				Name:     egov.ServiceNames{English: "Service " + string(k), Latin: "Usluga " + string(k)},
				Kind:     egov.ServiceKind(rapid.IntRange(1, 5).Draw(t, "kind")),
				Audience: egov.Audience(rapid.IntRange(0, 4).Draw(t, "audience")),
			}
			if i > 0 {
				prereqs := rapid.SliceOfNDistinct(rapid.IntRange(0, i-1), 0, 3, rapid.ID[int]).Draw(t, "prereqs")
				for _, j := range prereqs {
					s.Prerequisites = append(s.Prerequisites, egov.Prerequisite{
						Service:    keys[j],
						Assumption: rapid.Bool().Draw(t, "assumption"),
					})
				}
			}
			services[i] = s
		}
		// Present them in an order unrelated to the one that made them acyclic.
		perm := rapid.Permutation(services).Draw(t, "order")
		return perm
	})
}

// Catalog generates a valid catalogue.
func Catalog() *rapid.Generator[*egov.Catalog] {
	return rapid.Custom(func(t *rapid.T) *egov.Catalog {
		return egov.MustNewCatalog(Services().Draw(t, "services"))
	})
}

// WithCycle adds prerequisite edges along k ≥ 2 distinct services of a
// non-empty, acyclic list, so that the result has a cycle, and returns the
// new list (the input is not changed) and the cycle's keys in edge order:
// each requires the next, the last the first.
func WithCycle(t *rapid.T, services []egov.Service) ([]egov.Service, []egov.ServiceKey) {
	out := make([]egov.Service, len(services))
	for i, s := range services {
		s.Prerequisites = slices.Clone(s.Prerequisites)
		out[i] = s
	}
	idx := rapid.SliceOfNDistinct(rapid.IntRange(0, len(out)-1), 2, min(len(out), 5), rapid.ID[int]).Draw(t, "cycle")
	var cycle []egov.ServiceKey
	for n, i := range idx {
		next := out[idx[(n+1)%len(idx)]].Key
		cycle = append(cycle, out[i].Key)
		if !slices.ContainsFunc(out[i].Prerequisites, func(p egov.Prerequisite) bool { return p.Service == next }) {
			out[i].Prerequisites = append(out[i].Prerequisites, egov.Prerequisite{Service: next})
		}
	}
	return out, cycle
}

// Profile generates a valid profile of services from the catalogue.
func Profile(cat *egov.Catalog) *rapid.Generator[egov.Profile] {
	return rapid.Custom(func(t *rapid.T) egov.Profile {
		p := egov.Profile{
			Municipality: Key().Draw(t, "municipality"),
			Date:         Date().Draw(t, "date"),
		}
		for _, k := range cat.Keys() {
			if rapid.Bool().Draw(t, "has stage") {
				if p.Stages == nil {
					p.Stages = map[egov.ServiceKey]egov.AdoptionStage{}
				}
				p.Stages[k] = rapid.SampledFrom(egov.AdoptionStages()).Draw(t, "stage")
			}
		}
		staff := rapid.Int64Range(0, 5000).Draw(t, "staff")
		for _, m := range egov.Measures() {
			if !rapid.Bool().Draw(t, "has measure") {
				continue
			}
			var v decimal.Decimal
			switch {
			case m.Kind() == egov.MeasureKindShare:
				v = decimal.New(rapid.Int64Range(0, 1_000_000).Draw(t, "share"), -6)
			case m == egov.MeasureStaff:
				v = decimal.NewFromInt(staff)
			default:
				if _, isPart := m.Whole(); isPart {
					v = decimal.NewFromInt(rapid.Int64Range(0, staff).Draw(t, "part"))
				} else {
					v = decimal.NewFromInt(rapid.Int64Range(0, 1_000_000).Draw(t, "count"))
				}
			}
			if p.Measures == nil {
				p.Measures = map[egov.Measure]decimal.Decimal{}
			}
			p.Measures[m] = v
		}
		return p
	})
}

// Visit generates a valid visit naming services of the catalogue.
func Visit(cat *egov.Catalog) *rapid.Generator[egov.Visit] {
	return rapid.Custom(func(t *rapid.T) egov.Visit {
		keys := cat.Keys()
		service := func(label string) egov.ServiceKey {
			if len(keys) == 0 || !rapid.Bool().Draw(t, label) {
				return ""
			}
			return rapid.SampledFrom(keys).Draw(t, label+" key")
		}
		v := egov.Visit{
			Municipality:     Key().Draw(t, "municipality"),
			Date:             Date().Draw(t, "date"),
			DateIllustrative: rapid.Bool().Draw(t, "illustrative"),
			Team:             rapid.SliceOfN(rapid.SampledFrom([]string{"mentor", "trainer", "ITE liaison", "id-17"}), 0, 3).Draw(t, "team"),
			Source:           rapid.SampledFrom([]string{"", "https://example.org/visit"}).Draw(t, "source"),
		}
		for i, n := 0, rapid.IntRange(0, 4).Draw(t, "findings"); i < n; i++ {
			f := egov.Finding{
				Observation: rapid.StringMatching(`[A-Za-zčćšžđ ]{1,20}[a-z]`).Draw(t, "observation"),
				Service:     service("finding service"),
				Severity:    egov.Severity(rapid.IntRange(0, 3).Draw(t, "severity")),
				Evidence:    rapid.SampledFrom([]string{"", "minutes of the meeting"}).Draw(t, "evidence"),
			}
			lowArea := 1
			if f.Service != "" {
				lowArea = 0
			}
			f.Area = egov.Area(rapid.IntRange(lowArea, 6).Draw(t, "area"))
			v.Findings = append(v.Findings, f)
		}
		ranks := rapid.Permutation([]int{1, 2, 3, 4, 5, 6}).Draw(t, "ranks")
		for i, n := 0, rapid.IntRange(0, 5).Draw(t, "priorities"); i < n; i++ {
			p := egov.Priority{
				Rank:        ranks[i],
				Goal:        rapid.SampledFrom(egov.GoalKinds()).Draw(t, "goal"),
				Description: rapid.SampledFrom([]string{"", "As agreed."}).Draw(t, "description"),
			}
			p.Service = service("priority service")
			if p.Goal.NeedsService() && p.Service == "" {
				if len(keys) == 0 {
					p.Goal = egov.GoalTrain
				} else {
					p.Service = rapid.SampledFrom(keys).Draw(t, "needed service")
				}
			}
			v.Priorities = append(v.Priorities, p)
		}
		return v
	})
}

// SerbianLatinText generates Serbian text in Latin script: words of Serbian
// letters (digraphs lj, nj, dž included), each written in lower case,
// Capitalised, or in capitals with at least three letters, between spaces,
// punctuation and digits.
func SerbianLatinText() *rapid.Generator[string] {
	letters := []string{"a", "b", "c", "č", "ć", "d", "dž", "đ", "e", "f", "g", "h", "i", "j", "k", "l", "lj",
		"m", "n", "nj", "o", "p", "r", "s", "š", "t", "u", "v", "z", "ž"}
	return rapid.Custom(func(t *rapid.T) string {
		var b strings.Builder
		for w, n := 0, rapid.IntRange(0, 6).Draw(t, "words"); w < n; w++ {
			if w > 0 {
				b.WriteString(rapid.SampledFrom([]string{" ", ", ", ". ", " - ", " 12 "}).Draw(t, "sep"))
			}
			style := rapid.IntRange(0, 2).Draw(t, "style")
			minLen := 1
			if style == 2 {
				minLen = 3
			}
			word := rapid.SliceOfN(rapid.SampledFrom(letters), minLen, 8).Draw(t, "word")
			for i, l := range word {
				switch {
				case style == 2:
					l = strings.ToUpper(l)
				case style == 1 && i == 0:
					r := []rune(l)
					l = strings.ToUpper(string(r[0])) + string(r[1:])
				}
				b.WriteString(l)
			}
		}
		return b.String()
	})
}
