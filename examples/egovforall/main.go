// Command egovforall runs the "eGovernment for All" pilot end to end on
// built-in data: the ten pilot municipalities, the three visits of the
// Digital District team that NALED reported (Kragujevac, Čačak, Bela
// Palanka) with their agreed priorities, each visited municipality's
// profile and digital-maturity score, its operational plan, and the
// programme team's portfolio schedule across the visited municipalities.
//
// Usage:
//
//	go run ./examples/egovforall            # built-in data
//	go run ./examples/egovforall -in FILE   # the same data from JSON
//	go run ./examples/egovforall -format markdown   # or -format json, or html
//	go run ./examples/egovforall -dump      # write the built-in data as JSON
//
// On invalid input it prints every problem with its field path and exits 1.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/digitaldistrict/egovkit/egov"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is the whole program, with its arguments and outputs as parameters so
// that tests can drive it. It returns the exit code.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("egovforall", flag.ContinueOnError)
	fs.SetOutput(stderr)
	inPath := fs.String("in", "", "read municipalities, visits and profiles from this JSON `file` (format "+formatInput+")")
	dump := fs.Bool("dump", false, "write the built-in data as JSON and exit")
	format := fs.String("format", "text", "output `format`: text, markdown or json")
	langTag := fs.String("lang", "en", "`language` of the output: en, sr-Latn or sr-Cyrl (also sr, sr-RS, sr-Latn-RS, en-GB...)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	lang, err := egov.ParseLanguage(*langTag)
	if err != nil {
		_, _ = fmt.Fprintf(stderr, "egovforall: -lang: %v\n", err)
		return 2
	}
	w := wordsFor(lang)
	if *format != "text" && *format != "markdown" && *format != "json" && *format != "html" {
		_, _ = fmt.Fprintf(stderr, "egovforall: unknown format %q (want text, markdown, json or html)\n", *format)
		return 2
	}
	if fs.NArg() > 0 {
		_, _ = fmt.Fprintf(stderr, "egovforall: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	cat := egov.SerbianCatalog()
	in := pilotData(lang)
	if *dump {
		data, err := encodeInput(in)
		if err != nil {
			_, _ = fmt.Fprintln(stderr, "egovforall:", err)
			return 1
		}
		_, _ = fmt.Fprintf(stdout, "%s\n", data)
		return 0
	}
	if *inPath != "" {
		data, err := os.ReadFile(*inPath)
		if err != nil {
			_, _ = fmt.Fprintln(stderr, "egovforall:", err)
			return 1
		}
		in, err = decodeInput(data, cat)
		if err != nil {
			reportProblems(stderr, *inPath, err)
			return 1
		}
	}
	a, err := analyse(in, cat)
	if err == nil {
		switch *format {
		case "text":
			err = a.report(&textDoc{w: stdout}, w)
		case "markdown":
			err = a.report(&mdDoc{w: stdout}, w)
		case "json":
			err = a.writeJSON(stdout, lang)
		case "html":
			err = a.writeHTML(stdout, w)
		}
	}
	if err != nil {
		_, _ = fmt.Fprintln(stderr, "egovforall:", err)
		return 1
	}
	return 0
}

func reportProblems(w io.Writer, name string, err error) {
	var ve *egov.ValidationError
	if !errors.As(err, &ve) {
		_, _ = fmt.Fprintf(w, "egovforall: %s: %v\n", name, err)
		return
	}
	_, _ = fmt.Fprintf(w, "egovforall: %s: %d problem(s):\n", name, len(ve.Problems))
	for _, p := range ve.Problems {
		_, _ = fmt.Fprintf(w, "  %s\n", p.Error())
	}
}
