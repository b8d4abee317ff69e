package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
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
		"Digital maturity", "Operational plans", "Materials", "Training", "Technical support", "Promotion",
		"The team's portfolio", "Awaiting a visit"} {
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
