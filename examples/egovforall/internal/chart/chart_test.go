package chart_test

import (
	"bytes"
	"encoding/xml"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite the golden SVG files in testdata/")

// Every sample chart is the SVG in testdata, and every one is well formed,
// inside its viewBox, and named by its title and description.
func TestSampleCharts(t *testing.T) {
	for _, s := range samples() {
		t.Run(s.name, func(t *testing.T) {
			svg, err := s.svg()
			if err != nil {
				t.Fatal(err)
			}
			got := []byte(string(svg))
			path := filepath.Join("testdata", s.name+".svg")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from %s (rerun with -update if the change is intended):\n%s", s.name, path, got)
			}
			for _, p := range checkSVG(string(svg)) {
				t.Error(p)
			}
		})
	}
}

// The words given are escaped, whatever they hold.
func TestWordsAreEscaped(t *testing.T) {
	g := sampleGauge()
	g.Title = `<script>alert("x")</script> & "quotes"`
	g.BandLabel = "</text><text>injected"
	svg, err := g.SVG()
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"<script>", "</text><text>injected"} {
		if strings.Contains(string(svg), bad) {
			t.Errorf("the chart holds %q unescaped", bad)
		}
	}
	if ps := checkSVG(string(svg)); len(ps) > 0 {
		t.Error(ps)
	}
}

// viewBox is "0 0 W H".
var viewBoxRE = regexp.MustCompile(`^0 0 ([0-9.]+) ([0-9.]+)$`)

// pathToken is a command letter or a number of an SVG path.
var pathToken = regexp.MustCompile(`[A-Za-z]|-?[0-9]*\.?[0-9]+`)

// checkSVG returns the problems of a chart: it must be well-formed XML with
// one <svg role="img"> root whose aria-labelledby names its <title> and
// <desc>, and every coordinate drawn, every numeric attribute finite, and
// every text (by the charts' estimate of its width) inside the viewBox.
// What <defs> holds is in its own units and is not checked.
func checkSVG(svg string) []string {
	var problems []string
	bad := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }
	dec := xml.NewDecoder(strings.NewReader(svg))
	var w, h float64
	depth, defs := 0, 0
	ids := map[string]string{} // id -> element name
	var labelledBy string
	var text *xml.StartElement
	var textBuf strings.Builder
	inside := func(what string, x, y float64) {
		const tol = 0.06
		if x < -tol || x > w+tol || y < -tol || y > h+tol {
			bad("%s (%g, %g) outside the viewBox 0 0 %g %g", what, x, y, w, h)
		}
	}
	num := func(el xml.StartElement, name string) (float64, bool) {
		for _, a := range el.Attr {
			if a.Name.Local == name {
				v, err := strconv.ParseFloat(a.Value, 64)
				if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
					bad("<%s %s=%q>: not a finite number", el.Name.Local, name, a.Value)
					return 0, false
				}
				return v, true
			}
		}
		return 0, false
	}
	attr := func(el xml.StartElement, name string) string {
		for _, a := range el.Attr {
			if a.Name.Local == name {
				return a.Value
			}
		}
		return ""
	}
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			bad("not well-formed: %v", err)
			return problems
		}
		switch el := tok.(type) {
		case xml.StartElement:
			depth++
			if id := attr(el, "id"); id != "" {
				if _, dup := ids[id]; dup {
					bad("id %q used twice", id)
				}
				ids[id] = el.Name.Local
			}
			if depth == 1 {
				if el.Name.Local != "svg" || attr(el, "role") != "img" {
					bad("root is <%s role=%q>, want <svg role=\"img\">", el.Name.Local, attr(el, "role"))
				}
				m := viewBoxRE.FindStringSubmatch(attr(el, "viewBox"))
				if m == nil {
					bad("viewBox %q", attr(el, "viewBox"))
					return problems
				}
				w, _ = strconv.ParseFloat(m[1], 64)
				h, _ = strconv.ParseFloat(m[2], 64)
				labelledBy = attr(el, "aria-labelledby")
				continue
			}
			if el.Name.Local == "defs" || defs > 0 {
				defs++
				continue
			}
			checkShape(el, num, attr, inside, bad)
			if el.Name.Local == "text" {
				e := el
				text = &e
				textBuf.Reset()
			}
		case xml.CharData:
			if text != nil {
				textBuf.Write(el)
			}
		case xml.EndElement:
			depth--
			if defs > 0 {
				defs--
				continue
			}
			if el.Name.Local == "text" && text != nil {
				checkText(*text, textBuf.String(), num, attr, inside)
				text = nil
			}
		}
	}
	names := strings.Fields(labelledBy)
	if len(names) != 2 || ids[names[0]] != "title" || ids[names[1]] != "desc" {
		bad("aria-labelledby %q does not name the chart's <title> and <desc>", labelledBy)
	}
	return problems
}

func checkShape(el xml.StartElement, num func(xml.StartElement, string) (float64, bool), attr func(xml.StartElement, string) string,
	inside func(string, float64, float64), bad func(string, ...any)) {
	name := el.Name.Local
	for _, pair := range [][2]string{{"x", "y"}, {"x1", "y1"}, {"x2", "y2"}, {"cx", "cy"}} {
		x, okX := num(el, pair[0])
		y, okY := num(el, pair[1])
		if okX || okY {
			inside("<"+name+"> "+pair[0]+","+pair[1], x, y)
		}
	}
	if name == "rect" {
		x, _ := num(el, "x")
		y, _ := num(el, "y")
		wd, _ := num(el, "width")
		ht, _ := num(el, "height")
		if wd < 0 || ht < 0 {
			bad("<rect> of negative size %g by %g", wd, ht)
		}
		inside("<rect> corner", x+wd, y+ht)
	}
	if d := attr(el, "d"); d != "" {
		checkPath(d, inside, bad)
	}
}

// checkPath checks the end points of an SVG path's absolute commands (M,
// L, H, V, A, Z: those the charts write).
func checkPath(d string, inside func(string, float64, float64), bad func(string, ...any)) {
	toks := pathToken.FindAllString(d, -1)
	var x, y float64
	nums := func(i, n int) ([]float64, bool) {
		if i+n > len(toks) {
			return nil, false
		}
		out := make([]float64, n)
		for k := range n {
			v, err := strconv.ParseFloat(toks[i+k], 64)
			if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
				return nil, false
			}
			out[k] = v
		}
		return out, true
	}
	for i := 0; i < len(toks); {
		cmd := toks[i]
		i++
		var n int
		switch cmd {
		case "M", "L":
			n = 2
		case "H", "V":
			n = 1
		case "A":
			n = 7
		case "Z":
			continue
		default:
			bad("path %q: command %q", d, cmd)
			return
		}
		v, ok := nums(i, n)
		if !ok {
			bad("path %q: bad numbers after %s", d, cmd)
			return
		}
		i += n
		switch cmd {
		case "M", "L":
			x, y = v[0], v[1]
		case "H":
			x = v[0]
		case "V":
			y = v[0]
		case "A":
			x, y = v[5], v[6]
		}
		inside("path point", x, y)
	}
}

// checkText checks a text's extent, estimated as the charts estimate it:
// 0.6 of the font size a letter.
func checkText(el xml.StartElement, s string, num func(xml.StartElement, string) (float64, bool),
	attr func(xml.StartElement, string) string, inside func(string, float64, float64)) {
	x, _ := num(el, "x")
	y, _ := num(el, "y")
	size := 12.0
	if v, ok := num(el, "font-size"); ok {
		size = v
	}
	width := float64(utf8.RuneCountInString(s)) * size * 0.6
	left := x
	switch attr(el, "text-anchor") {
	case "middle":
		left = x - width/2
	case "end":
		left = x - width
	}
	what := fmt.Sprintf("text %q", s)
	inside(what+" left", left, y)
	inside(what+" right", left+width, y-0.7*size)
}
