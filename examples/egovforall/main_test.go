package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/plan"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./examples/egovforall -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (rerun with -update if the change is intended):\n%s", path, got)
	}
}

func runMain(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(args, &out, &errOut)
	return out.String(), errOut.String(), code
}

func TestBuiltInReport(t *testing.T) {
	out, errOut, code := runMain(t)
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	golden(t, "egovforall.golden", []byte(out))
	for _, want := range []string{"illustrative", "unknown", "Bela Palanka", "Kragujevac", "Čačak",
		"Digital maturity", "Operational plans", "Gain", "At least", "The team's portfolio", "as the shared team can keep it", "New Year", "Not in the portfolio",
		"Awaiting a visit"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	for _, k := range plan.ActionKinds() {
		if want := kindName(k, egov.English); !strings.Contains(out, want) {
			t.Errorf("report lacks %q", want)
		}
	}
}

// languages are the -lang values the goldens are written in.
var languages = []string{"en", "sr-Latn", "sr-Cyrl"}

// goldenName names the golden file of a format, language and table:
// egovforall.golden for English text, as before languages;
// egovforall.sr-Cyrl.md.golden; egovforall.sr-Latn.scores.spreadsheet.csv.golden.
func goldenName(format, lang, table string) string {
	name := "egovforall"
	if lang != "en" {
		name += "." + lang
	}
	if table != "" {
		name += "." + table
	}
	switch format {
	case "markdown":
		name += ".md"
	case "json":
		name += ".json"
	case "csv":
		name += ".csv"
	case "spreadsheet":
		name += ".spreadsheet.csv"
	}
	return name + ".golden"
}

// Every format in every language matches its golden file: text, Markdown,
// JSON, and each table in both CSV dialects.
func TestEveryFormatInEveryLanguage(t *testing.T) {
	for _, lang := range languages {
		for _, format := range []string{"text", "markdown", "json", "csv", "spreadsheet"} {
			tables := []string{""}
			if format == "csv" || format == "spreadsheet" {
				tables = csvTables()
			}
			for _, table := range tables {
				args := []string{"-format", format, "-lang", lang}
				if table != "" {
					args = append(args, "-table", table)
				}
				out, errOut, code := runMain(t, args...)
				if code != 0 || errOut != "" {
					t.Fatalf("%v: exit %d, stderr %q", args, code, errOut)
				}
				golden(t, goldenName(format, lang, table), []byte(out))
			}
		}
	}
}

// The text report keeps to 80 columns in every language.
func TestTextReportFitsEightyColumns(t *testing.T) {
	for _, lang := range languages {
		out, _, _ := runMain(t, "-lang", lang)
		for i, line := range strings.Split(out, "\n") {
			if n := utf8.RuneCountInString(line); n > 80 {
				t.Errorf("%s: line %d is %d columns wide: %q", lang, i+1, n, line)
			}
		}
	}
}

// The Serbian reports are in Serbian, in the script asked for: headings,
// names, dates and numbers as Serbian writes them, plural forms that agree.
func TestSerbianReport(t *testing.T) {
	cyrillic, _, _ := runMain(t, "-lang", "sr-Cyrl")
	latin, _, _ := runMain(t, "-lang", "sr-Latn")
	for _, want := range []string{"Јединице локалне самоуправе", "Оперативни планови", "Чачак", "Бела Паланка",
		"1. 12. 2025.", "26 седмица", "12 корака", "Нова година", "Дигитална зрелост", "31,43", "Средња",
		"Распоред рада тима програма", "Чекају посету"} {
		if !strings.Contains(cyrillic, want) {
			t.Errorf("Cyrillic report lacks %q", want)
		}
		if l := egov.ToLatin(want); !strings.Contains(latin, l) {
			t.Errorf("Latin report lacks %q", l)
		}
	}
	for _, unwanted := range []string{"недеља", "Week", "Score", "Plan for"} {
		if strings.Contains(cyrillic, unwanted) {
			t.Errorf("Cyrillic report has %q", unwanted)
		}
	}
	// The Latin report is the Cyrillic one transliterated: the same words
	// in the Markdown report (which wraps nothing), though in the order of
	// each script's alphabet where it lists municipalities.
	mdCyrillic, _, _ := runMain(t, "-lang", "sr-Cyrl", "-format", "markdown")
	mdLatin, _, _ := runMain(t, "-lang", "sr-Latn", "-format", "markdown")
	words := func(s string) []string {
		ws := strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == ',' || r == '.' })
		slices.Sort(ws)
		return ws
	}
	want, got := words(egov.ToLatin(mdCyrillic)), words(mdLatin)
	if !slices.Equal(got, want) {
		t.Error("the Latin report is not the Cyrillic one transliterated")
	}
}

// The tags people write choose the same language: sr and sr-RS are
// Cyrillic, as CLDR has it; sr-Latn-RS is Latin.
func TestLanguageTags(t *testing.T) {
	for tag, same := range map[string]string{"sr": "sr-Cyrl", "sr-RS": "sr-Cyrl", "sr_RS@latin": "sr-Latn",
		"sr-Latn-RS": "sr-Latn", "en-GB": "en", "SR-latn": "sr-Latn"} {
		got, errOut, code := runMain(t, "-lang", tag, "-format", "markdown")
		want, _, _ := runMain(t, "-lang", same, "-format", "markdown")
		if code != 0 || got != want {
			t.Errorf("-lang %s: exit %d (%s), or not the report in %s", tag, code, errOut, same)
		}
	}
}

// Bad flags are refused before anything runs: a message naming the flag
// and the value on stderr, exit code 2, and nothing on stdout.
func TestBadFlags(t *testing.T) {
	for _, c := range []struct {
		args []string
		flag string // the flag the message names
	}{
		{[]string{"-lang", "de"}, "-lang"},
		{[]string{"-lang", ""}, "-lang"},
		{[]string{"-lang", "sr-Grek"}, "-lang"},
		{[]string{"-format", "pdf"}, "-format"},
		{[]string{"-format", "CSV"}, "-format"},
		{[]string{"-format", "csv", "-table", "people"}, "-table"},
		{[]string{"-format", "spreadsheet", "-table", ""}, "-table"},
		{[]string{"-format", "text", "-table", "scores"}, "-table"},
		{[]string{"-table", "steps"}, "-table"},
		{[]string{"-format", "json", "-lang", "xx", "-table", "nope"}, "-lang"},
	} {
		out, errOut, code := runMain(t, c.args...)
		if code != 2 || out != "" || !strings.HasPrefix(errOut, "egovforall: "+c.flag+": ") {
			t.Errorf("%q: exit %d, stdout %q, stderr %q", c.args, code, out, errOut)
		}
		bad := c.args[slices.Index(c.args, c.flag)+1]
		if c.flag == "-table" && !strings.Contains(errOut, "unknown table") {
			continue // a table given for a format that has none
		}
		if !strings.Contains(errOut, fmt.Sprintf("%q", bad)) {
			t.Errorf("%q: the message does not name %q: %s", c.args, bad, errOut)
		}
	}
}

func TestDumpIsTheBuiltInData(t *testing.T) {
	out, _, code := runMain(t, "-dump")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	golden(t, "pilot.json", []byte(out))
}

func TestJSONInputGivesTheSameReport(t *testing.T) {
	builtIn, _, _ := runMain(t)
	fromFile, errOut, code := runMain(t, "-in", filepath.Join("testdata", "pilot.json"))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if fromFile != builtIn {
		t.Errorf("report from JSON differs from the built-in one:\n%s", fromFile)
	}
}

func TestInvalidInputListsEveryProblem(t *testing.T) {
	out, errOut, code := runMain(t, "-in", filepath.Join("testdata", "invalid.json"))
	if code != 1 || out != "" {
		t.Fatalf("exit %d, stdout %q", code, out)
	}
	golden(t, "invalid.golden", []byte(errOut))
}

func TestBadArguments(t *testing.T) {
	if _, _, code := runMain(t, "-nope"); code != 2 {
		t.Errorf("unknown flag: exit %d", code)
	}
	if _, _, code := runMain(t, "extra"); code != 2 {
		t.Errorf("extra argument: exit %d", code)
	}
	if _, errOut, code := runMain(t, "-in", filepath.Join("testdata", "missing.json")); code != 1 || errOut == "" {
		t.Errorf("missing file: exit %d, %q", code, errOut)
	}
}

// The figures of each printed plan agree: the first step starts from the
// lower end the plan counts on now, each step's "At least" is the one
// before plus its gain (up to the rounding of each, once, to two places),
// a step whose gain is unknown leaves it unchanged, and the last is the
// lower end when every step is done.
func TestPrintedPlanFiguresAgree(t *testing.T) {
	out, _, code := runMain(t)
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	row := regexp.MustCompile(`^  \d+ +\S+ +.+? +\S+ +(\+\d+\.\d\d|\?) +(\d+\.\d\d)$`)
	counts := regexp.MustCompile(`at least (\d+\.\d\d) \([^)]*\) now, and at least (\d+\.\d\d) \([^)]*\) when all (\d+) steps`)
	sections := strings.Split(out, "\nPlan for ")[1:]
	if len(sections) != 3 {
		t.Fatalf("%d plans printed, want 3", len(sections))
	}
	cents := func(s string) int64 {
		d, err := decimal.NewFromString(s)
		if err != nil {
			t.Fatal(err)
		}
		return d.Shift(2).IntPart()
	}
	for _, sec := range sections {
		name, _, _ := strings.Cut(sec, "\n")
		m := counts.FindStringSubmatch(strings.Join(strings.Fields(sec), " "))
		if m == nil {
			t.Errorf("%s: no lower ends now and when done", name)
			continue
		}
		running, rows := cents(m[1]), 0
		for _, line := range strings.Split(sec, "\n") {
			r := row.FindStringSubmatch(line)
			if r == nil {
				continue
			}
			rows++
			at := cents(r[2])
			if r[1] == "?" {
				if at != running {
					t.Errorf("%s: %q: a gain not known, yet at least %s after %s", name, line, r[2], decimal.New(running, -2))
				}
			} else if d := running + cents(r[1]) - at; d < -1 || d > 1 {
				t.Errorf("%s: %q: %s plus the gain is not the figure printed", name, line, decimal.New(running, -2))
			}
			running = at
		}
		if want := m[3]; fmt.Sprint(rows) != want {
			t.Errorf("%s: %d steps printed, the plan says %s", name, rows, want)
		}
		if running != cents(m[2]) {
			t.Errorf("%s: the last step reaches %s, the plan says %s when done", name, decimal.New(running, -2), m[2])
		}
	}
}
