// Command egovforall runs the "eGovernment for All" pilot end to end on
// built-in data: the ten pilot municipalities, the three visits of the
// Digital District team that NALED reported (Kragujevac, Čačak, Bela
// Palanka) with their agreed priorities, each visited municipality's
// profile and digital-maturity score, its operational plan, and the
// programme team's portfolio schedule across the visited municipalities.
//
// Usage:
//
//	go run ./examples/egovforall                    # text, English
//	go run ./examples/egovforall -lang sr-Cyrl      # in Serbian, Cyrillic
//	go run ./examples/egovforall -format markdown   # or json, csv, spreadsheet
//	go run ./examples/egovforall -format html -lang sr-Latn > report.html
//	go run ./examples/egovforall -format spreadsheet -table actions -lang sr-Latn
//	go run ./examples/egovforall -in FILE           # the same data from JSON
//	go run ./examples/egovforall -dump              # write the built-in data as JSON
//	go run ./examples/egovforall -questionnaire cacak > q.json  # what to ask at the next visit
//	go run ./examples/egovforall -answers FILE      # the report with a visit's answers
//
// Flags:
//
//   - -format text (the default, for an 80-column terminal), markdown, json
//     (the whole analysis, format egovforall.report/1), html (one page
//     with charts, to read in a browser or print on A4; no script, nothing
//     fetched), csv (one table, RFC 4180 for programs: ',', CRLF, decimal
//     point, ISO 8601 dates, no byte-order mark) or spreadsheet (one table
//     for a spreadsheet set to Serbian: UTF-8 byte-order mark, ';', CRLF,
//     decimal comma, dates as the language writes them, no "sep=" line).
//   - -lang en (the default), sr-Latn or sr-Cyrl: the language and script
//     of every word, number and date; any tag egov.ParseLanguage reads
//     (sr and sr-RS are Cyrillic, sr-Latn-RS is Latin). JSON keeps its keys
//     English, its machine contract, and adds "language" and "labels", the
//     name of every key it uses in that language.
//   - -table steps (the default), scores or actions: the table a CSV format
//     writes: every step of every plan as the shared team can keep it; one
//     score a pilot; or the action plan as Serbian administrations write
//     one (activity, responsible body, deadline, indicator of success,
//     resources).
//   - -questionnaire KEY writes the questionnaire for the next visit to
//     the municipality KEY (its key, cacak, or its name in either script,
//     Čačak or Чачак) as JSON, format egovkit.questionnaire/1, and exits:
//     the questions that would complete its latest profile for the default
//     model, those that narrow its range of scores most first, what the
//     profile records pre-filled, every text in English, Serbian Latin and
//     Serbian Cyrillic (the format holds all three, whatever -lang says),
//     for a form to show. It takes -in, not the report's flags.
//   - -answers FILE reads the answers to that questionnaire (format
//     egovkit.answers/1) and applies them to the municipality's latest
//     profile before the analysis: the new profile, dated with the
//     answers, replaces it, and the report says which answers were applied
//     and lists the facts they changed. Answers to another questionnaire
//     than the municipality's current one (its profile or the model changed
//     since) are refused. With -dump, the data written are those with the
//     answers applied. The plans start on 1 December 2025, or on the first
//     Monday from the answers' day on if that is later.
//   - -dump writes the data (built-in, or -in's) as JSON, format
//     egovforall.input/1, and exits; -in FILE reads them from such a file.
//
// An unknown language, format or table, or a table for a format that has
// none, or a municipality for -questionnaire that the data do not have or
// that has no profile, is refused with a message on stderr and exit code
// 2, and nothing is written to stdout. On invalid input or answers it
// prints every problem with its field path and exits 1, writing nothing to
// stdout.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/digitaldistrict/egovkit/egov"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is the whole program, with its arguments and outputs as parameters so
// that tests can drive it. It returns the exit code. The output is built
// whole before any of it is written, so that a failure writes nothing to
// stdout.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("egovforall", flag.ContinueOnError)
	fs.SetOutput(stderr)
	inPath := fs.String("in", "", "read municipalities, visits and profiles from this JSON `file` (format "+formatInput+")")
	dump := fs.Bool("dump", false, "write the data (built-in or -in's, with -answers applied) as JSON and exit")
	format := fs.String("format", "text", "output `format`: "+strings.Join(formats(), ", "))
	langTag := fs.String("lang", "en", "`language` of the output: en, sr-Latn or sr-Cyrl (also sr and sr-RS, which are Cyrillic, sr-Latn-RS, en-GB...)")
	table := fs.String("table", csvTables()[0], "the `table` a CSV format writes: "+strings.Join(csvTables(), ", "))
	askKey := fs.String("questionnaire", "", "write the questionnaire (format egovkit.questionnaire/1) for the next visit to the `municipality` (a key such as cacak, or a name) and exit")
	answersPath := fs.String("answers", "", "apply the answers in this JSON `file` (format egovkit.answers/1) to the data before the analysis")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	usage := func(format string, args ...any) int {
		_, _ = fmt.Fprintf(stderr, "egovforall: "+format+"\n", args...)
		return 2
	}
	if fs.NArg() > 0 {
		return usage("unexpected argument %q", fs.Arg(0))
	}
	lang, err := egov.ParseLanguage(*langTag)
	if err != nil {
		return usage("-lang: %q: %v", *langTag, err)
	}
	if !slices.Contains(formats(), *format) {
		return usage("-format: unknown format %q (want %s)", *format, strings.Join(formats(), ", "))
	}
	dialect, isCSV := csvFormats()[*format]
	if !slices.Contains(csvTables(), *table) {
		return usage("-table: unknown table %q (want %s)", *table, strings.Join(csvTables(), ", "))
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	if set["table"] && !isCSV {
		return usage("-table: a table is for -format csv or spreadsheet, not %s", *format)
	}
	if set["questionnaire"] {
		for _, other := range []string{"answers", "dump", "format", "table"} {
			if set[other] {
				return usage("-questionnaire: it writes the questionnaire as JSON, in every language; -%s is for the report", other)
			}
		}
	}
	fail := func(err error) int {
		_, _ = fmt.Fprintln(stderr, "egovforall:", err)
		return 1
	}
	w := wordsFor(lang)
	cat := egov.SerbianCatalog()
	in := pilotData(lang)
	var out bytes.Buffer
	if *inPath != "" {
		data, err := os.ReadFile(*inPath)
		if err != nil {
			return fail(err)
		}
		in, err = decodeInput(data, cat)
		if err != nil {
			reportProblems(stderr, *inPath, err)
			return 1
		}
	}
	if set["questionnaire"] {
		q, _, _, err := pilotQuestionnaire(in, cat, *askKey)
		var bad *usageError
		switch {
		case errors.As(err, &bad):
			return usage("-questionnaire: %v", bad)
		case err == nil:
			err = writeQuestionnaire(&out, q)
		}
		if err != nil {
			return fail(err)
		}
		_, _ = stdout.Write(out.Bytes())
		return 0
	}
	var ans *answered
	if *answersPath != "" {
		data, err := os.ReadFile(*answersPath)
		if err != nil {
			return fail(err)
		}
		in, ans, err = applyAnswers(in, cat, *answersPath, data)
		var stale *staleAnswersError
		switch {
		case errors.As(err, &stale):
			return fail(err)
		case err != nil:
			reportProblems(stderr, *answersPath, err)
			return 1
		}
	}
	if *dump {
		data, err := encodeInput(in)
		if err != nil {
			return fail(err)
		}
		_, _ = fmt.Fprintf(stdout, "%s\n", data)
		return 0
	}
	a, err := analyse(in, cat, ans)
	if err == nil {
		switch {
		case *format == "text":
			err = a.report(&textDoc{w: &out}, w)
		case *format == "markdown":
			err = a.report(&mdDoc{w: &out}, w)
		case *format == "json":
			err = a.writeJSON(&out, lang)
		case *format == "html":
			err = a.writeHTML(&out, w)
		case isCSV:
			err = a.writeCSV(&out, w, *table, dialect)
		}
	}
	if err == nil {
		_, err = stdout.Write(out.Bytes())
	}
	if err != nil {
		return fail(err)
	}
	return 0
}

// formats are the output formats -format chooses from.
func formats() []string { return []string{"text", "markdown", "json", "html", "csv", "spreadsheet"} }

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
