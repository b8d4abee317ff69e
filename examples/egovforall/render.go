package main

import (
	"fmt"
	"github.com/shopspring/decimal"
	"io"
	"strings"
)

// width is the width of the terminal the text report is written for.
const width = 80

// document is what the report is written to: a few block primitives that
// the text and Markdown renderers lay out each in their own way.
type document interface {
	heading(level int, text string)
	para(text string)
	table(header []string, rows [][]string)
	bullets(items []string)
	err() error
}

// textDoc lays the report out for an 80-column terminal.
type textDoc struct {
	w       io.Writer
	e       error
	started bool
}

func (d *textDoc) line(s string) {
	if d.e == nil {
		_, d.e = fmt.Fprintln(d.w, strings.TrimRight(s, " "))
	}
}

func (d *textDoc) gap() {
	if d.started {
		d.line("")
	}
	d.started = true
}

func (d *textDoc) err() error { return d.e }

func (d *textDoc) heading(level int, text string) {
	d.gap()
	d.line(text)
	rule := "="
	if level > 1 {
		rule = "-"
	}
	if level <= 2 {
		d.line(strings.Repeat(rule, runes(text)))
	}
}

func (d *textDoc) para(text string) {
	d.gap()
	for _, l := range wrap(text, width) {
		d.line(l)
	}
}

func (d *textDoc) bullets(items []string) {
	d.gap()
	for _, it := range items {
		for i, l := range wrap(it, width-4) {
			if i == 0 {
				d.line("  - " + l)
			} else {
				d.line("    " + l)
			}
		}
	}
}

// table pads columns to their widest cell. When the last column would be
// narrower than minLast, each row's last cell goes on the lines below the
// row instead, indented, so that nothing passes the width. When the other
// columns are still too wide (long names, as Serbian ones are), the widest
// of them are narrowed, down to their longest word, and their cells wrap
// onto the row's next lines.
func (d *textDoc) table(header []string, rows [][]string) {
	const minLast = 30
	d.gap()
	n := len(header)
	widths := make([]int, n)
	longestWord := make([]int, n)
	for _, r := range append([][]string{header}, rows...) {
		for i := 0; i < n && i < len(r); i++ {
			widths[i] = max(widths[i], runes(r[i]))
			for _, word := range unbreakable(strings.Fields(r[i])) {
				longestWord[i] = max(longestWord[i], runes(word))
			}
		}
	}
	leadOf := func() int {
		lead := 2
		for i := 0; i < n-1; i++ {
			lead += widths[i] + 2
		}
		return lead
	}
	below := n > 1 && leadOf()+widths[n-1] > width && width-leadOf() < minLast
	if below {
		narrow(widths[:n-1], longestWord, leadOf()-2-width)
	}
	lead := leadOf()
	emit := func(r []string, isHeader bool) {
		cells := make([][]string, n)
		lines := 1
		for i := 0; i < n-1; i++ {
			cells[i] = wrap(cellOf(r, i), widths[i])
			lines = max(lines, len(cells[i]))
		}
		if !below {
			cells[n-1] = wrap(cellOf(r, n-1), width-lead)
			lines = max(lines, len(cells[n-1]))
		}
		for k := range lines {
			var b strings.Builder
			b.WriteString("  ")
			for i := 0; i < n-1; i++ {
				b.WriteString(pad(lineOf(cells[i], k), widths[i]+2))
			}
			if !below {
				b.WriteString(lineOf(cells[n-1], k))
			}
			d.line(b.String())
		}
		if !below || isHeader || cellOf(r, n-1) == "" {
			return
		}
		for _, l := range wrap(r[n-1], width-6) {
			d.line("      " + l)
		}
	}
	emit(header, true)
	for _, r := range rows {
		emit(r, false)
	}
}

// narrow takes excess columns off widths, from the widest column first,
// none below its longest word or ten columns.
func narrow(widths, longestWord []int, excess int) {
	for excess > 0 {
		best, room := -1, 0
		for i, w := range widths {
			if r := w - max(longestWord[i], 10); r > 0 && (best < 0 || w > widths[best]) {
				best, room = i, r
			}
		}
		if best < 0 {
			return
		}
		cut := min(excess, room)
		widths[best] -= cut
		excess -= cut
	}
}

// cellOf returns cell i of r, "" if r is short.
func cellOf(r []string, i int) string {
	if i < len(r) {
		return r[i]
	}
	return ""
}

// lineOf returns line k of a wrapped cell, "" past its end.
func lineOf(lines []string, k int) string {
	if k < len(lines) {
		return lines[k]
	}
	return ""
}

// mdDoc writes the report as Markdown.
type mdDoc struct {
	w io.Writer
	e error
}

func (d *mdDoc) out(s string) {
	if d.e == nil {
		_, d.e = io.WriteString(d.w, s)
	}
}

func (d *mdDoc) err() error { return d.e }

func (d *mdDoc) heading(level int, text string) {
	d.out(strings.Repeat("#", level) + " " + text + "\n\n")
}

func (d *mdDoc) para(text string) { d.out(text + "\n\n") }

func (d *mdDoc) bullets(items []string) {
	for _, it := range items {
		d.out("- " + it + "\n")
	}
	d.out("\n")
}

func (d *mdDoc) table(header []string, rows [][]string) {
	cell := func(s string) string { return strings.ReplaceAll(s, "|", "\\|") }
	row := func(r []string) {
		parts := make([]string, len(r))
		for i, c := range r {
			parts[i] = cell(c)
		}
		d.out("| " + strings.Join(parts, " | ") + " |\n")
	}
	row(header)
	seps := make([]string, len(header))
	for i := range seps {
		seps[i] = "---"
	}
	d.out("|" + strings.Join(seps, "|") + "|\n")
	for _, r := range rows {
		row(r)
	}
	d.out("\n")
}

func runes(s string) int { return len([]rune(s)) }

// pad pads s with spaces to n runes (Serbian names are not ASCII).
func pad(s string, n int) string {
	if k := runes(s); k < n {
		return s + strings.Repeat(" ", n-k)
	}
	return s
}

// wrap breaks text into lines of at most w runes at spaces; a word longer
// than w gets a line of its own.
func wrap(text string, w int) []string {
	var lines []string
	cur := ""
	for _, word := range unbreakable(strings.Fields(text)) {
		switch {
		case cur == "":
			cur = word
		case runes(cur)+1+runes(word) <= w:
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

// unbreakable joins the words a line must not break between: the day and
// month of a Serbian date ("27. 11. 2025.") with what follows them, so that
// a date stays on one line.
func unbreakable(words []string) []string {
	out := words[:0:0]
	for _, w := range words {
		if n := len(out); n > 0 && isDayOrMonth(lastWord(out[n-1])) && w != "" && w[0] >= '0' && w[0] <= '9' {
			out[n-1] += " " + w
			continue
		}
		out = append(out, w)
	}
	return out
}

// lastWord returns what follows the last space of s, or s.
func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

// isDayOrMonth reports whether w is one or two digits and a full stop, as
// the day and the month of a Serbian date are written, possibly after an
// opening bracket.
func isDayOrMonth(w string) bool {
	w = strings.TrimLeft(w, "(")
	if len(w) < 2 || len(w) > 3 || w[len(w)-1] != '.' {
		return false
	}
	for _, c := range w[:len(w)-1] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// num writes an exact number in plain notation without trailing zeros,
// whatever decimal's package variables say ("2.50" → "2.5").
func num(d decimal.Decimal) string {
	places := max(-d.Exponent(), 0)
	s := d.StringFixed(places)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	return s
}
