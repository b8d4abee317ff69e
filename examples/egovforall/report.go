package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/digitaldistrict/egovkit/egov"
)

// width is the width of the terminal the report is written for.
const width = 80

// report writes the whole text report.
func report(w io.Writer, in input, cat *egov.Catalog) error {
	p := &printer{w: w}
	p.line("eGovernment for All: the pilot, end to end")
	p.line(strings.Repeat("=", 42))
	p.blank()
	p.municipalities(in.Municipalities)
	p.visits(in, cat)
	p.maturity(in)
	return p.err
}

// printer writes lines and remembers the first write error.
type printer struct {
	w   io.Writer
	err error
}

func (p *printer) line(format string, args ...any) {
	if p.err != nil {
		return
	}
	_, p.err = fmt.Fprintf(p.w, format+"\n", args...)
}

func (p *printer) blank() { p.line("") }

// wrapped writes text wrapped to the report width, the first line after
// lead and the others indented to match it.
func (p *printer) wrapped(lead, text string) {
	indent := strings.Repeat(" ", len([]rune(lead)))
	for i, l := range wrap(text, width-len([]rune(lead))) {
		if i == 0 {
			p.line("%s%s", lead, l)
		} else {
			p.line("%s%s", indent, l)
		}
	}
}

func wrap(text string, w int) []string {
	var lines []string
	cur := ""
	for _, word := range strings.Fields(text) {
		switch {
		case cur == "":
			cur = word
		case len([]rune(cur))+1+len([]rune(word)) <= w:
			cur += " " + word
		default:
			lines = append(lines, cur)
			cur = word
		}
	}
	if cur != "" || len(lines) == 0 {
		lines = append(lines, cur)
	}
	return lines
}

// pad pads s with spaces to n runes (Serbian names are not ASCII).
func pad(s string, n int) string {
	if k := len([]rune(s)); k < n {
		return s + strings.Repeat(" ", n-k)
	}
	return s
}

func (p *printer) municipalities(ms []egov.Municipality) {
	p.line("Pilot local self-governments (%d)", len(ms))
	p.blank()
	p.line("  %s%s%s%s", pad("Name", 17), pad("Status", 14), pad("District", 13), "Population")
	for _, m := range egov.SortedByName(ms, egov.Latin) {
		p.line("  %s%s%s%s", pad(m.Name.Latin, 17), pad(m.Status.String(), 14), pad(m.District, 13), m.Population)
	}
	p.blank()
}

func (p *printer) visits(in input, cat *egov.Catalog) {
	p.line("Visits of the Digital District team (%d)", len(in.Visits))
	p.blank()
	for _, v := range in.Visits {
		m, _ := egov.FindMunicipality(in.Municipalities, v.Municipality)
		name := m.Name.Latin
		if name == "" {
			name = v.Municipality
		}
		date := v.Date.String()
		if v.DateIllustrative {
			date += " (illustrative date: the source gives none)"
		}
		title := name + ", " + date
		p.line("%s", title)
		p.line("%s", strings.Repeat("-", len([]rune(title))))
		if len(v.Team) > 0 {
			p.wrapped("  Team:    ", strings.Join(v.Team, "; "))
		}
		if v.Source != "" {
			// A long address cannot be wrapped: give it a line of its own.
			p.line("  Source:")
			p.line("    %s", v.Source)
		}
		if len(v.Findings) > 0 {
			p.line("  Findings:")
			for _, f := range v.Findings {
				p.wrapped("  - "+findingSubject(f)+": ", f.Observation)
			}
		}
		p.line("  Agreed priorities:")
		for _, pr := range v.PrioritiesByRank() {
			subject := pr.Goal.String()
			if pr.Service != "" {
				subject += " (" + string(pr.Service) + ")"
			}
			p.wrapped(fmt.Sprintf("  %d. ", pr.Rank), subject+": "+pr.Description)
		}
		p.profile(in.Profiles, v, cat)
		p.blank()
	}
}

func findingSubject(f egov.Finding) string {
	if f.Service != "" {
		return string(f.Service)
	}
	return f.Area.String()
}

func serviceName(cat *egov.Catalog, key egov.ServiceKey) string {
	if s, ok := cat.Service(key); ok {
		return s.Name.Latin
	}
	return string(key)
}

// profile writes the profile of the visited municipality on the visit's date.
func (p *printer) profile(profiles []egov.Profile, v egov.Visit, cat *egov.Catalog) {
	var pr *egov.Profile
	for i := range profiles {
		if profiles[i].Municipality == v.Municipality && profiles[i].Date == v.Date {
			pr = &profiles[i]
		}
	}
	if pr == nil {
		p.line("  Profile: none recorded")
		return
	}
	p.line("  Profile on %s:", pr.Date)
	unknown := 0
	for _, key := range cat.Order() {
		st := pr.Stage(key)
		if !st.IsKnown() {
			unknown++
			continue
		}
		p.line("    %s%s", pad(serviceName(cat, key), 28), st)
	}
	if unknown == cat.Len() {
		p.line("    no service's stage is known from the source")
	} else {
		p.line("    the other %d services: unknown", unknown)
	}
	known := 0
	for _, m := range egov.Measures() {
		if v, ok := pr.Measure(m); ok {
			p.line("    %s%s", pad(string(m), 28), v.String())
			known++
		}
	}
	if known == 0 {
		p.line("    measures: none recorded (unknown, not zero)")
	}
}
