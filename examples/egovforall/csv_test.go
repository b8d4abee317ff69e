package main

import (
	"encoding/csv"
	"slices"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
)

// readCSV runs the example for one CSV table and reads it back with
// encoding/csv as its reader would: plain RFC 4180 for csv; for
// spreadsheet, after the byte-order mark, with ';' between fields. It
// checks what both dialects promise of their bytes: CRLF at the end of
// every record, no "sep=" line, a byte-order mark only for spreadsheets.
func readCSV(t *testing.T, format, lang, table string) [][]string {
	t.Helper()
	out, errOut, code := runMain(t, "-format", format, "-lang", lang, "-table", table)
	if code != 0 || errOut != "" {
		t.Fatalf("%s %s %s: exit %d, stderr %q", format, lang, table, code, errOut)
	}
	data, hadBOM := strings.CutPrefix(out, "\uFEFF")
	if hadBOM != (format == "spreadsheet") {
		t.Errorf("%s %s %s: byte-order mark %v", format, lang, table, hadBOM)
	}
	if strings.Count(data, "\n") != strings.Count(data, "\r\n") || !strings.HasSuffix(data, "\r\n") {
		t.Errorf("%s %s %s: a line does not end in CRLF", format, lang, table)
	}
	if strings.HasPrefix(strings.ToLower(data), "sep=") {
		t.Errorf("%s %s %s: a sep= line", format, lang, table)
	}
	r := csv.NewReader(strings.NewReader(data))
	if format == "spreadsheet" {
		r.Comma = ';'
	}
	records, err := r.ReadAll() // every record has as many fields as the header
	if err != nil {
		t.Fatalf("%s %s %s: %v", format, lang, table, err)
	}
	if len(records) < 2 {
		t.Fatalf("%s %s %s: %d records", format, lang, table, len(records))
	}
	return records
}

// number reads a number of a CSV cell: a decimal point and no comma in
// csv, a decimal comma and no point in spreadsheet, no grouping in either.
func number(t *testing.T, format, cell string) decimal.Decimal {
	t.Helper()
	mark, other := ".", ","
	if format == "spreadsheet" {
		mark, other = ",", "."
	}
	if strings.Contains(cell, other) || strings.Count(cell, mark) > 1 {
		t.Fatalf("%s: %q is not a number as the dialect writes one", format, cell)
	}
	d, err := decimal.NewFromString(strings.Replace(cell, mark, ".", 1))
	if err != nil {
		t.Fatalf("%s: %q: %v", format, cell, err)
	}
	return d
}

// theAnalysis is the analysis of the built-in data in a language, to check
// the tables against.
func theAnalysis(t *testing.T, lang string) (*analysis, *words) {
	t.Helper()
	l, err := egov.ParseLanguage(lang)
	if err != nil {
		t.Fatal(err)
	}
	a, err := analyse(pilotData(l), egov.SerbianCatalog(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return a, wordsFor(l)
}

// The steps table holds every step of every plan once, scheduled or not;
// its effort adds up, municipality by municipality, to the plan's whole
// effort standing alone; scheduled steps have weeks in order and dates,
// the others none; and the two dialects say the same.
func TestCSVSteps(t *testing.T) {
	for _, lang := range languages {
		a, w := theAnalysis(t, lang)
		type key struct{ municipality, action string }
		want := map[key]bool{}
		effort := map[string]decimal.Decimal{}
		for _, p := range a.plans {
			for _, s := range append(slices.Clone(p.Steps), p.Deferred...) {
				want[key{a.nameIn(p.Municipality, w.Lang), actionName(s, w.Lang)}] = true
				effort[a.nameIn(p.Municipality, w.Lang)] = effort[a.nameIn(p.Municipality, w.Lang)].Add(s.Effort)
			}
		}
		byFormat := map[string][][]string{}
		for _, format := range []string{"csv", "spreadsheet"} {
			records := readCSV(t, format, lang, "steps")
			byFormat[format] = records
			if len(records[0]) != 14 || records[0][0] != w.ColMunicipality || records[0][2] != w.ColAction {
				t.Errorf("%s %s: header %q", format, lang, records[0])
			}
			seen := map[key]bool{}
			sums := map[string]decimal.Decimal{}
			for _, r := range records[1:] {
				k := key{r[0], r[2]}
				if seen[k] || !want[k] {
					t.Errorf("%s %s: step %v twice or not in any plan", format, lang, k)
				}
				seen[k] = true
				sums[r[0]] = sums[r[0]].Add(number(t, format, r[9]))
				scheduled := r[5] != ""
				if scheduled {
					first, last := number(t, format, r[5]), number(t, format, r[6])
					if first.GreaterThan(last) || r[7] == "" || r[8] == "" {
						t.Errorf("%s %s: %v: weeks or dates", format, lang, r)
					}
				} else if r[6] != "" || r[7] != "" || r[8] != "" || r[13] == "" {
					t.Errorf("%s %s: %v: a step that does not fit with weeks or without its reason", format, lang, r)
				}
				for _, col := range []int{10, 11} {
					if r[col] != "" {
						number(t, format, r[col])
					}
				}
			}
			if len(seen) != len(want) {
				t.Errorf("%s %s: %d steps, the plans have %d", format, lang, len(seen), len(want))
			}
			for name, sum := range effort {
				if !sums[name].Equal(sum) {
					t.Errorf("%s %s: %s's effort adds up to %s, its plan's to %s", format, lang, name, sums[name], sum)
				}
			}
		}
		// The dialects differ only in how they write numbers and dates.
		c, s := byFormat["csv"], byFormat["spreadsheet"]
		if len(c) != len(s) {
			t.Fatalf("%s: %d records in csv, %d in spreadsheet", lang, len(c), len(s))
		}
		for i := 1; i < len(c); i++ {
			for j := range c[i] {
				switch j {
				case 7, 8:
					if c[i][j] != "" && w.Date(mustDate(t, c[i][j])) != s[i][j] {
						t.Errorf("%s: record %d: date %q in csv, %q in spreadsheet", lang, i, c[i][j], s[i][j])
					}
				case 5, 6, 9, 10, 11:
					if c[i][j] != "" && !number(t, "csv", c[i][j]).Equal(number(t, "spreadsheet", s[i][j])) {
						t.Errorf("%s: record %d: %q in csv, %q in spreadsheet", lang, i, c[i][j], s[i][j])
					}
				default:
					if c[i][j] != s[i][j] {
						t.Errorf("%s: record %d: %q in csv, %q in spreadsheet", lang, i, c[i][j], s[i][j])
					}
				}
			}
		}
	}
}

// The scores table has one row for every pilot, the assessed ones with a
// range whose ends are in order and the scored ones with the score the
// model gives.
func TestCSVScores(t *testing.T) {
	for _, lang := range languages {
		a, w := theAnalysis(t, lang)
		for _, format := range []string{"csv", "spreadsheet"} {
			records := readCSV(t, format, lang, "scores")
			if len(records) != 1+len(a.in.Municipalities) {
				t.Errorf("%s %s: %d rows for %d pilots", format, lang, len(records)-1, len(a.in.Municipalities))
			}
			rows := map[string][]string{}
			for _, r := range records[1:] {
				rows[r[0]] = r
			}
			for _, m := range a.in.Municipalities {
				r, ok := rows[m.Name.Label(w.Lang)]
				if !ok {
					t.Errorf("%s %s: no row for %s", format, lang, m.Name.Label(w.Lang))
					continue
				}
				if _, assessed := a.ranges[m.Key]; assessed != (r[2] != "") {
					t.Errorf("%s %s: %v: assessed %v", format, lang, r, assessed)
				}
				if r[2] != "" && number(t, format, r[2]).GreaterThan(number(t, format, r[3])) {
					t.Errorf("%s %s: %v: range out of order", format, lang, r)
				}
				res, scored := a.results[m.Key]
				if scored != (r[1] != "") {
					t.Errorf("%s %s: %v: scored %v", format, lang, r, scored)
				}
				if scored && !number(t, format, r[1]).Equal(res.Score()) {
					t.Errorf("%s %s: %v: the model gives %s", format, lang, r, res.Score())
				}
			}
		}
	}
}

// The action plan has one row for every scheduled step of the portfolio,
// each with who is responsible, a deadline no earlier than its start, an
// indicator of success and its resources.
func TestCSVActions(t *testing.T) {
	for _, lang := range languages {
		a, w := theAnalysis(t, lang)
		steps := 0
		for _, q := range a.portfolio.Plans {
			steps += len(q.Steps)
		}
		for _, format := range []string{"csv", "spreadsheet"} {
			records := readCSV(t, format, lang, "actions")
			if len(records) != 1+steps {
				t.Errorf("%s %s: %d activities for %d scheduled steps", format, lang, len(records)-1, steps)
			}
			if records[0][5] != w.ColDeadline {
				t.Errorf("%s %s: header %q", format, lang, records[0])
			}
			for _, r := range records[1:] {
				for _, cell := range r {
					if cell == "" {
						t.Errorf("%s %s: %v: an empty cell", format, lang, r)
					}
				}
				if format == "csv" && r[5] < r[4] { // ISO dates sort as text
					t.Errorf("%s %s: %v: deadline before the start", format, lang, r)
				}
				if !strings.HasPrefix(r[7], r[3]+", ") {
					t.Errorf("%s %s: %v: resources do not name who is responsible", format, lang, r)
				}
			}
		}
	}
}

func mustDate(t *testing.T, s string) egov.Date {
	t.Helper()
	d, err := egov.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}
