package gen

import (
	"fmt"
	"math/big"
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

// Date generates a valid date: mostly between 1990 and 2060, often on the
// first or last day of a month or February 29th, sometimes in the first
// or last year a Date may hold (egov.MinYear, egov.MaxYear) or anywhere
// between.
func Date() *rapid.Generator[egov.Date] {
	return rapid.Custom(func(t *rapid.T) egov.Date {
		var y int
		switch b := rapid.IntRange(0, 15).Draw(t, "year branch"); {
		case b < 10:
			y = rapid.IntRange(1990, 2060).Draw(t, "year")
		case b == 10:
			return egov.MustDate(rapid.SampledFrom([]int{4, 1600, 2000, 2024, 2400, 9996}).Draw(t, "leap year"), time.February, 29)
		case b < 13:
			y = egov.MinYear
		case b < 15:
			y = egov.MaxYear
		default:
			y = rapid.IntRange(egov.MinYear, egov.MaxYear).Draw(t, "year")
		}
		m := time.Month(rapid.IntRange(1, 12).Draw(t, "month"))
		first := egov.MustDate(y, m, 1)
		last := daysIn(y, m)
		switch rapid.IntRange(0, 3).Draw(t, "day branch") {
		case 1:
			return first
		case 2:
			return egov.MustDate(y, m, last)
		}
		return egov.MustDate(y, m, rapid.IntRange(1, last).Draw(t, "day"))
	})
}

// daysIn returns the number of days in the month, from package time.
func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// Services generates the services of a valid catalogue, up to
// DefaultServices of them: see ServicesUpTo.
func Services() *rapid.Generator[[]egov.Service] { return ServicesUpTo(DefaultServices) }

// ServicesUpTo generates the services of a valid catalogue, from none to
// limit of them (sometimes exactly limit; egov.MaxServices is the largest a
// catalogue may hold): unique keys, names, every kind and audience, and
// prerequisites that only point at services earlier in a random order, so
// they never form a cycle. Long lists are made from a few draws (keys s0,
// s1, …, prerequisites at drawn distances, a drawn permutation).
func ServicesUpTo(limit int) *rapid.Generator[[]egov.Service] {
	return rapid.Custom(func(t *rapid.T) []egov.Service {
		n := size(t, "services", 0, limit, 12, rare)
		if n > drawEachUpTo {
			return manyServices(t, n)
		}
		keys := rapid.SliceOfNDistinct(ServiceKey(), n, n, func(k egov.ServiceKey) egov.ServiceKey { return k }).Draw(t, "keys")
		services := make([]egov.Service, len(keys))
		for i, k := range keys {
			s := service(k, rapid.IntRange(1, 5).Draw(t, "kind"), rapid.IntRange(0, 4).Draw(t, "audience"))
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

func service(k egov.ServiceKey, kind, audience int) egov.Service {
	return egov.Service{
		Key:      k,
		Name:     egov.ServiceNames{English: "Service " + string(k), Latin: "Usluga " + string(k)},
		Kind:     egov.ServiceKind(kind),
		Audience: egov.Audience(audience),
	}
}

// manyServices makes n services from a few draws: service i requires
// service i−d for each drawn distance d that divides i evenly by a drawn
// modulus, and the list is permuted by i ↦ (a·i + b) mod n.
func manyServices(t *rapid.T, n int) []egov.Service {
	dists := rapid.SliceOfNDistinct(rapid.IntRange(1, 50), 0, 3, rapid.ID[int]).Draw(t, "distances")
	mod := rapid.IntRange(1, 7).Draw(t, "modulus")
	services := make([]egov.Service, n)
	for i := range services {
		s := service(egov.ServiceKey(fmt.Sprintf("s%d", i)), 1+i%5, i%5)
		for _, d := range dists {
			if i-d >= 0 && i%mod == 0 {
				s.Prerequisites = append(s.Prerequisites, egov.Prerequisite{Service: services[i-d].Key, Assumption: i%3 == 0})
			}
		}
		services[i] = s
	}
	a := rapid.IntRange(1, n-1).Draw(t, "multiplier")
	for gcd(a, n) != 1 {
		a++
	}
	b := rapid.IntRange(0, n-1).Draw(t, "offset")
	out := make([]egov.Service, n)
	for i, s := range services {
		out[(a*i+b)%n] = s
	}
	return out
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

// Catalog generates a valid catalogue of up to DefaultServices services.
func Catalog() *rapid.Generator[*egov.Catalog] { return CatalogUpTo(DefaultServices) }

// CatalogUpTo generates a valid catalogue of up to limit services (see
// ServicesUpTo).
func CatalogUpTo(limit int) *rapid.Generator[*egov.Catalog] {
	return rapid.Custom(func(t *rapid.T) *egov.Catalog {
		return egov.MustNewCatalog(ServicesUpTo(limit).Draw(t, "services"))
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

// Profile generates a valid profile of services from the catalogue: any
// stage (unknown among them) or none for each service, and measures from
// Measures.
func Profile(cat *egov.Catalog) *rapid.Generator[egov.Profile] {
	return rapid.Custom(func(t *rapid.T) egov.Profile {
		p := egov.Profile{
			Municipality: Key().Draw(t, "municipality"),
			Date:         Date().Draw(t, "date"),
		}
		keys := cat.Keys()
		// Large catalogues repeat a pattern of drawn stages.
		var pattern []int
		if len(keys) > drawEachUpTo {
			pattern = rapid.SliceOfN(rapid.IntRange(-1, int(egov.StageFullyInUse)), patternLength, patternLength).Draw(t, "stages")
		}
		for i, k := range keys {
			s := -1
			switch {
			case pattern != nil:
				s = pattern[i%patternLength]
			case rapid.Bool().Draw(t, "has stage"):
				s = int(rapid.SampledFrom(egov.AdoptionStages()).Draw(t, "stage"))
			}
			if s >= 0 {
				if p.Stages == nil {
					p.Stages = map[egov.ServiceKey]egov.AdoptionStage{}
				}
				p.Stages[k] = egov.AdoptionStage(s)
			}
		}
		p.Measures = Measures().Draw(t, "measures")
		return p
	})
}

// Measures generates the measures of a valid profile: each measure unknown
// (absent) or any value of its kind: counts up to the 30 digits a number may
// have (see Count), shares with up to 29 places (see Share), and parts of
// staff anywhere from 0 to all of it.
func Measures() *rapid.Generator[map[egov.Measure]decimal.Decimal] {
	return rapid.Custom(func(t *rapid.T) map[egov.Measure]decimal.Decimal {
		var out map[egov.Measure]decimal.Decimal
		for _, m := range egov.Measures() { // wholes come before their parts
			if rapid.IntRange(0, 4).Draw(t, "has measure") == 0 {
				continue
			}
			var v decimal.Decimal
			whole, isPart := m.Whole()
			w, known := out[whole]
			switch {
			case m.Kind() == egov.MeasureKindShare:
				v = Share().Draw(t, "share")
			case isPart && known:
				switch rapid.IntRange(0, 3).Draw(t, "part") {
				case 0:
					v = decimal.Zero
				case 1:
					v = w
				default:
					v = decimal.NewFromBigInt(bigBelow(t, "part", new(big.Int).Add(w.BigInt(), big.NewInt(1))), 0)
				}
			default:
				v = Count().Draw(t, "count")
			}
			if out == nil {
				out = map[egov.Measure]decimal.Decimal{}
			}
			out[m] = v
		}
		return out
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
