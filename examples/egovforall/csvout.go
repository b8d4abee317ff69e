package main

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
)

// A csvDialect is how a CSV file is written for its reader.
//
//   - csv is for programs: RFC 4180 (',' between fields, CRLF at the end of
//     each record, fields quoted where they must be), no byte-order mark,
//     numbers with a decimal point and no grouping, dates in ISO 8601
//     (2025-12-01).
//   - spreadsheet is for a spreadsheet set to Serbian (Excel, LibreOffice
//     Calc): a UTF-8 byte-order mark, without which Excel reads the file
//     in the system's code page and Cyrillic turns to garbage; ';' between
//     fields, as the Serbian locale's list separator; CRLF; numbers with a
//     decimal comma and no grouping, so that they read as numbers; dates
//     as the report's language writes them. No "sep=" line: it is Excel's
//     alone (other programs show it as data), and Excel is reported to
//     ignore the byte-order mark when the file has one.
//
// Both write every word in the report's language.
type csvDialect struct {
	comma        rune
	bom          bool
	decimalComma bool
	isoDates     bool
}

// csvFormats are the dialects by the -format name that chooses them.
func csvFormats() map[string]csvDialect {
	return map[string]csvDialect{
		"csv":         {comma: ',', isoDates: true},
		"spreadsheet": {comma: ';', bom: true, decimalComma: true},
	}
}

// csvTables are the tables -table chooses from, the first the default.
func csvTables() []string { return []string{"steps", "scores", "actions"} }

// bom is the UTF-8 byte-order mark.
const bom = "\uFEFF"

// number writes d at places decimals (or, below 0, as few as it needs),
// with the dialect's decimal mark and no grouping.
func (c csvDialect) number(d decimal.Decimal, places int32) string {
	s := num(d)
	if places >= 0 {
		s = d.StringFixed(places)
	}
	if c.decimalComma {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// date writes a date, "" for no date.
func (c csvDialect) date(d egov.Date, w *words) string {
	if d.IsZero() {
		return ""
	}
	if c.isoDates {
		return d.String()
	}
	return w.Date(d)
}

// count writes a whole number, "" for none (0 where 0 means none).
func count(n int) string {
	if n == 0 {
		return ""
	}
	return fmt.Sprint(n)
}

// writeCSV writes one of the report's tables as CSV in dialect c, every
// word in w's language. Nothing is written to out unless the whole table
// is.
func (a *analysis) writeCSV(out io.Writer, w *words, table string, c csvDialect) error {
	var header []string
	var rows [][]string
	switch table {
	case "steps":
		header = []string{w.ColMunicipality, w.ColRank, w.ColAction, w.ColKind, w.ColOwner, w.ColFirstWeek,
			w.ColLastWeek, w.ColStart, w.ColEnd, w.ColPersonDays, w.ColGain, w.ColAtLeast, w.ColReasons, w.ColNote}
		for _, r := range a.stepRows(w) {
			gain, atLeast := "", ""
			if r.HasGain {
				gain = c.number(r.Gain, 2)
			}
			if r.HasAtLeast {
				atLeast = c.number(r.AtLeast, 2)
			}
			rows = append(rows, []string{r.Municipality, fmt.Sprint(r.Position), r.Action, r.Kind, r.Owner,
				count(r.FirstWeek), count(r.LastWeek), c.date(r.Start, w), c.date(r.End, w), c.number(r.Effort, -1),
				gain, atLeast, r.Why, r.Note})
		}
	case "scores":
		header = []string{w.ColMunicipality, w.ColScore, w.ColLow, w.ColHigh, w.ColOuterBound, w.ColCoverage,
			w.ColBand, w.ColLevel, w.ColLevelName}
		for _, r := range a.scoreRows(w) {
			row := make([]string, len(header))
			row[0] = r.Municipality
			if r.Assessed {
				row[2], row[3], row[5] = c.number(r.Low, 2), c.number(r.High, 2), c.number(r.Coverage, 4)
				if r.OuterBound {
					row[4] = w.Yes
				}
			}
			if r.Scored {
				row[1], row[6], row[7], row[8] = c.number(r.Score, 2), r.Band, fmt.Sprint(r.Level), r.LevelName
			}
			rows = append(rows, row)
		}
	case "actions":
		header = []string{w.ColMunicipality, w.ColRank, w.ColActivity, w.ColResponsible, w.ColStart,
			w.ColDeadline, w.ColSuccess, w.ColResources}
		for _, r := range a.actionRows(w) {
			rows = append(rows, []string{r.Municipality, fmt.Sprint(r.Position), r.Activity, r.Responsible,
				c.date(r.Start, w), c.date(r.Deadline, w), r.Success, r.Resources})
		}
	default:
		return fmt.Errorf("unknown table %q (want %s)", table, strings.Join(csvTables(), ", "))
	}
	var buf bytes.Buffer
	if c.bom {
		buf.WriteString(bom)
	}
	cw := csv.NewWriter(&buf)
	cw.Comma, cw.UseCRLF = c.comma, true
	if err := cw.Write(header); err != nil {
		return err
	}
	if err := cw.WriteAll(rows); err != nil {
		return err
	}
	_, err := out.Write(buf.Bytes())
	return err
}
