package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/shopspring/decimal"
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
	for i, line := range strings.Split(out, "\n") {
		if n := utf8.RuneCountInString(line); n > 80 {
			t.Errorf("line %d is %d columns wide: %q", i+1, n, line)
		}
	}
	for _, want := range []string{"illustrative", "unknown", "Bela Palanka", "Kragujevac", "Čačak",
		"Digital maturity", "Operational plans", "Gain", "At least", "materials", "training", "technical-support",
		"promotion", "The team's portfolio", "as the shared team can keep it", "New Year", "Not in the portfolio",
		"Awaiting a visit"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q", want)
		}
	}
}

func TestOtherFormats(t *testing.T) {
	for format, file := range map[string]string{"markdown": "egovforall.md.golden", "json": "egovforall.json.golden"} {
		out, errOut, code := runMain(t, "-format", format)
		if code != 0 || errOut != "" {
			t.Fatalf("%s: exit %d, stderr %q", format, code, errOut)
		}
		golden(t, file, []byte(out))
	}
	if _, _, code := runMain(t, "-format", "pdf"); code != 2 {
		t.Errorf("unknown format: exit %d", code)
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
	row := regexp.MustCompile(`^  \d+ +\S+ +\S+ +\S+ +(\+\d+\.\d\d|\?) +(\d+\.\d\d)$`)
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
