package chart

import (
	"bytes"
	"html/template"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/shopspring/decimal"
)

// Format writes a number for a reader: egov.Language's FormatDecimal at
// the places wanted, so that Serbian axes read "1.234,5". A nil Format
// writes the decimal's plain string.
type Format func(decimal.Decimal) string

func (f Format) apply(d decimal.Decimal) string {
	if f == nil {
		return d.String()
	}
	return f(d)
}

// fontSize is the size of ordinary chart text, in the chart's units; the
// report shows charts at about their natural size on a desktop.
const fontSize = 12

// charWidth is the width of an average letter as a share of the font size,
// a little generous for sans-serif Latin and Cyrillic, so that the room
// left for a label holds it. Charts cannot measure text: they estimate.
const charWidth = 0.6

// textWidth estimates the width of s at the given font size.
func textWidth(s string, size float64) float64 {
	return float64(utf8.RuneCountInString(s)) * size * charWidth
}

// wrapLines is wrapWords with at most k lines, the last cut to n runes
// when more would follow.
func wrapLines(s string, n, k int) []string {
	lines := wrapWords(s, n)
	if len(lines) <= k {
		return lines
	}
	lines[k-1] = strings.TrimSuffix(clip(lines[k-1], n-1), "…") + "…"
	return lines[:k]
}

// wrapWords breaks s at spaces into lines of at most n runes (a longer word
// keeps a line of its own); it returns at least one line.
func wrapWords(s string, n int) []string {
	var lines []string
	cur := ""
	for _, w := range strings.Fields(s) {
		switch {
		case cur == "":
			cur = w
		case utf8.RuneCountInString(cur)+1+utf8.RuneCountInString(w) <= n:
			cur += " " + w
		default:
			lines = append(lines, cur)
			cur = w
		}
	}
	return append(lines, cur)
}

// clip shortens s to at most n runes, ending it with an ellipsis when cut.
func clip(s string, n int) string {
	if n < 1 {
		return ""
	}
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimRightFunc(string(r[:n-1]), unicode.IsSpace) + "…"
}

// f writes a coordinate with at most one decimal place: enough for a
// screen and a printer, and stable in golden files. NaN and infinities,
// which no chart should make, are written as 0 rather than as invalid SVG.
func f(x float64) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return "0"
	}
	x = math.Round(x*10) / 10
	if x == 0 {
		x = 0 // no "-0"
	}
	return strconv.FormatFloat(x, 'f', -1, 64)
}

// share places v on the span from lo to hi: 0 at lo, 1 at hi, clamped to
// [0, 1]; 0 when the span is empty. It divides the decimals before taking
// a float, so that very large figures do not overflow.
func share(v, lo, hi decimal.Decimal) float64 {
	span := hi.Sub(lo)
	if span.Sign() <= 0 {
		return 0
	}
	r := v.Sub(lo).DivRound(span, 6).InexactFloat64()
	return math.Max(0, math.Min(1, r))
}

// chartID makes an id prefix safe for an id attribute and a url(#...)
// reference: lower-case letters, digits and hyphens, starting with a
// letter. Two charts on one page need different IDs.
func chartID(id string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(id) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == '-' || r == '_' || r == ' ' || r == '.':
			b.WriteByte('-')
		}
	}
	s := b.String()
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		s = "c" + s
	}
	return s
}

// colour returns the i-th colour of the Okabe–Ito palette, leaving out its
// black (kept for text and outlines); the palette repeats after seven.
func colour(i int) string {
	cs := [...]string{"#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7"}
	return cs[((i%len(cs))+len(cs))%len(cs)]
}

// unknownFill and unknownStroke draw what is not known: light grey with a
// dashed outline (and, in a rectangle, hatching), never a colour of the
// palette.
const unknownFill, unknownStroke, unknownDash = "#E6E6E6", "#555555", "3 2"

// textures is how many textures there are before they repeat.
const textures = 7

// texture returns the strokes of the i-th texture over the rectangle from
// (x, y), w by h, cut to it, as a path: the texture that tells a series or
// a kind apart where colour cannot (greyscale print, colour-blind readers).
// The strokes are lines in the chart's own coordinates, not an SVG
// <pattern>, which printing to PDF would expand at every use. Dots are
// small squares to fill; every other texture is lines to stroke.
func texture(i int, x, y, w, h float64) (d string, dots bool) {
	const step = 5.0
	if w <= 0 || h <= 0 {
		return "", false
	}
	x1, y1 := x+w, y+h
	var b strings.Builder
	seg := func(ax, ay, bx, by float64) {
		b.WriteString("M" + f(ax) + " " + f(ay) + "L" + f(bx) + " " + f(by))
	}
	rising := func() { // lines x + y = c
		for c := math.Ceil((x+y)/step) * step; c <= x1+y1; c += step {
			from, to := math.Max(x, c-y1), math.Min(x1, c-y)
			if to-from > 0.3 {
				seg(from, c-from, to, c-to)
			}
		}
	}
	falling := func() { // lines y - x = c
		for c := math.Ceil((y-x1)/step) * step; c <= y1-x; c += step {
			from, to := math.Max(x, y-c), math.Min(x1, y1-c)
			if to-from > 0.3 {
				seg(from, from+c, to, to+c)
			}
		}
	}
	across := func() {
		for v := math.Ceil(y/step)*step + 1; v < y1; v += step {
			seg(x, v, x1, v)
		}
	}
	down := func() {
		for v := math.Ceil(x/step)*step + 1; v < x1; v += step {
			seg(v, y, v, y1)
		}
	}
	switch ((i % textures) + textures) % textures {
	case 0:
		rising()
	case 1:
		for v := math.Ceil(y/step)*step + 1; v+1.6 <= y1; v += step {
			for u := math.Ceil(x/step)*step + 1; u+1.6 <= x1; u += step {
				b.WriteString("M" + f(u) + " " + f(v) + "H" + f(u+1.6) + "V" + f(v+1.6) + "H" + f(u) + "Z")
			}
		}
		return b.String(), true
	case 2:
		rising()
		falling()
	case 3:
		across()
	case 4:
		down()
	case 5:
		falling()
	default:
		across()
		down()
	}
	return b.String(), false
}

// tile is a rectangle filled with series i's colour and texture.
func tile(i int, x, y, w, h float64, stroke, title string) rect {
	d, dots := texture(i, x, y, w, h)
	return rect{X: f(x), Y: f(y), W: f(w), H: f(h), Fill: colour(i), Stroke: stroke, Title: title, Texture: d, Dots: dots}
}

// unknownTile is a rectangle drawn as not known: grey, hatched, dashed.
func unknownTile(x, y, w, h float64) rect {
	d, _ := texture(0, x, y, w, h)
	return rect{X: f(x), Y: f(y), W: f(w), H: f(h), Fill: unknownFill, Stroke: unknownStroke, Dash: unknownDash, Texture: d}
}

// frame is what every chart's <svg> element carries.
type frame struct {
	ID    string
	W, H  string
	Title string
	Desc  string
	Arrow bool // defines the arrowhead that dependency paths end with
}

// label is a piece of text placed at a point.
type label struct {
	X, Y   string
	Anchor string // start, middle or end
	Text   string
	Bold   bool
	Size   string // font size, empty for the default
	Fill   string // empty for the default dark grey
}

// line is a straight line.
type line struct {
	X1, Y1, X2, Y2 string
	Stroke         string
	Width          string
	Dash           string // stroke-dasharray, empty for solid
}

// rect is a rectangle, with a texture over it when Texture is set.
type rect struct {
	X, Y, W, H string
	Fill       string
	Stroke     string
	Dash       string
	Title      string // a tooltip, empty for none
	Texture    string // a path drawn over the fill (see texture)
	Dots       bool   // the texture is dots to fill, not lines to stroke
}

// path is an SVG path.
type path struct {
	D      string
	Fill   string
	Stroke string
	Width  string
	Dash   string
	Marker bool // an arrowhead at its end
}

const svgTemplates = `
{{define "open"}}<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" aria-labelledby="{{.ID}}-t {{.ID}}-d" viewBox="0 0 {{.W}} {{.H}}" width="{{.W}}" height="{{.H}}" font-family="sans-serif" font-size="12" fill="#222222">
<title id="{{.ID}}-t">{{.Title}}</title>
<desc id="{{.ID}}-d">{{.Desc}}</desc>
{{- if .Arrow}}
<defs>
<marker id="{{.ID}}-arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto"><path d="M0 0L8 4L0 8Z" fill="#222222"/></marker>
</defs>
{{- end}}
{{- end}}

{{define "labels"}}{{range .}}
<text x="{{.X}}" y="{{.Y}}"{{if ne .Anchor "start"}} text-anchor="{{.Anchor}}"{{end}}{{if .Bold}} font-weight="bold"{{end}}{{if .Size}} font-size="{{.Size}}"{{end}}{{if .Fill}} fill="{{.Fill}}"{{end}}>{{.Text}}</text>
{{- end}}{{end}}

{{define "lines"}}{{range .}}
<line x1="{{.X1}}" y1="{{.Y1}}" x2="{{.X2}}" y2="{{.Y2}}" stroke="{{.Stroke}}" stroke-width="{{.Width}}"{{if .Dash}} stroke-dasharray="{{.Dash}}"{{end}}/>
{{- end}}{{end}}

{{define "rects"}}{{range .}}
<rect x="{{.X}}" y="{{.Y}}" width="{{.W}}" height="{{.H}}" fill="{{.Fill}}"{{if .Stroke}} stroke="{{.Stroke}}"{{end}}{{if .Dash}} stroke-dasharray="{{.Dash}}"{{end}}>{{if .Title}}<title>{{.Title}}</title>{{end}}</rect>
{{- if .Texture}}{{if .Dots}}<path d="{{.Texture}}" fill="#000000" fill-opacity="0.55"/>{{else}}<path d="{{.Texture}}" fill="none" stroke="#000000" stroke-opacity="0.5" stroke-width="1.1"/>{{end}}{{end}}
{{- end}}{{end}}

{{define "paths"}}{{range .Paths}}
<path d="{{.D}}" fill="{{.Fill}}"{{if .Stroke}} stroke="{{.Stroke}}" stroke-width="{{.Width}}"{{end}}{{if .Dash}} stroke-dasharray="{{.Dash}}"{{end}}{{if .Marker}} marker-end="url(#{{$.ID}}-arrow)"{{end}}/>
{{- end}}{{end}}

{{define "shapes"}}
{{- template "lines" .Grid}}
{{- template "rects" .Rects}}
{{- template "paths" .}}
{{- template "lines" .Lines}}
{{- template "labels" .Labels}}
</svg>
{{end}}
`

// shapes is everything a chart draws, in the order drawn: grid lines, rectangles, then
// paths, then lines, then text, so that text is never hidden.
type shapes struct {
	frame
	Grid   []line // under everything else
	Rects  []rect
	Paths  []path
	Lines  []line
	Labels []label
}

// tmpl holds the templates; parsed once, it is only read.
var tmpl = template.Must(template.New("svg").Parse(svgTemplates))

// clean drops what XML cannot hold from text: control characters other
// than tab and line ends, invalid UTF-8 and the two non-characters U+FFFE
// and U+FFFF, so that any words given make a well-formed document.
func clean(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			return r
		case r < 0x20, r >= 0x7F && r < 0xA0, r == utf8.RuneError, r == 0xFFFE, r == 0xFFFF, r >= 0xD800 && r < 0xE000:
			return -1
		}
		return r
	}, s)
}

// render writes the chart's shapes as one <svg> element.
func render(s shapes) (template.HTML, error) {
	s.Title, s.Desc = clean(s.Title), clean(s.Desc)
	for i := range s.Labels {
		s.Labels[i].Text = clean(s.Labels[i].Text)
	}
	for i := range s.Rects {
		s.Rects[i].Title = clean(s.Rects[i].Title)
	}
	var b bytes.Buffer
	if err := tmpl.ExecuteTemplate(&b, "open", s.frame); err != nil {
		return "", err
	}
	if err := tmpl.ExecuteTemplate(&b, "shapes", s); err != nil {
		return "", err
	}
	//nolint:gosec // G203: the markup comes from html/template, which escaped every word.
	return template.HTML(b.String()), nil
}

// A legendItem is one entry of a legend: a swatch and its words.
type legendItem struct {
	Marker int  // a marker shape (see marker) instead of a swatch, from 1; 0 for a swatch
	Dashed bool // a thick dashed line instead of a swatch
	// Series, from 1, draws the swatch as series Series-1's tile; Unknown
	// as the tile of what is not known; otherwise it is filled with Fill.
	Series  int
	Unknown bool
	Fill    string
	Stroke  string // the swatch's outline, empty for none
	Text    string
	Bold    bool
}

// legend lays the items out in rows from (x, y) within the width w, each a
// 12-unit swatch and its text, and returns what to draw and the y below the
// last row. An item wider than w alone has its text cut to fit.
func legend(items []legendItem, x, y, w float64) ([]rect, []path, []label, float64) {
	const swatch, gap, rowH = 12.0, 6.0, 18.0
	var rects []rect
	var paths []path
	var labels []label
	if len(items) == 0 {
		return nil, nil, nil, y
	}
	cx := x
	maxChars := int((w - swatch - gap) / (fontSize * charWidth))
	for _, it := range items {
		text := clip(it.Text, maxChars)
		iw := swatch + gap + textWidth(text, fontSize)
		if cx > x && cx+iw > x+w {
			cx = x
			y += rowH
		}
		stroke := it.Stroke
		if stroke == "" {
			stroke = "#555555"
		}
		switch {
		case it.Dashed:
			paths = append(paths, path{D: "M" + f(cx) + " " + f(y+swatch/2) + "H" + f(cx+swatch+2), Fill: "none",
				Stroke: "#000000", Width: "2.5", Dash: "6 3"})
		case it.Marker > 0:
			paths = append(paths, path{D: marker(it.Marker-1, cx+swatch/2, y+swatch/2, 5), Fill: "#000000"})
		case it.Series > 0:
			rects = append(rects, tile(it.Series-1, cx, y, swatch, swatch, "#000000", ""))
		case it.Unknown:
			rects = append(rects, unknownTile(cx, y, swatch, swatch))
		default:
			rects = append(rects, rect{X: f(cx), Y: f(y), W: f(swatch), H: f(swatch), Fill: it.Fill, Stroke: stroke})
		}
		labels = append(labels, label{X: f(cx + swatch + gap), Y: f(y + 10.5), Anchor: "start", Text: text, Bold: it.Bold})
		cx += iw + 16
	}
	return rects, paths, labels, y + rowH
}

// marker is the path of the i-th marker shape centred on (x, y) with
// radius r: a circle, a square, a triangle, a diamond, then again.
func marker(i int, x, y, r float64) string {
	switch ((i % 4) + 4) % 4 {
	case 1:
		return "M" + f(x-r) + " " + f(y-r) + "H" + f(x+r) + "V" + f(y+r) + "H" + f(x-r) + "Z"
	case 2:
		return "M" + f(x) + " " + f(y-r) + "L" + f(x+r) + " " + f(y+r) + "H" + f(x-r) + "Z"
	case 3:
		return "M" + f(x) + " " + f(y-r-1) + "L" + f(x+r+1) + " " + f(y) + "L" + f(x) + " " + f(y+r+1) + "L" + f(x-r-1) + " " + f(y) + "Z"
	default:
		return circle(x, y, r)
	}
}

// addLegend lays out a legend from (x, y) within w into s and returns the
// y below it.
func (s *shapes) addLegend(items []legendItem, x, y, w float64) float64 {
	rects, paths, labels, bottom := legend(items, x, y, w)
	s.Rects = append(s.Rects, rects...)
	s.Paths = append(s.Paths, paths...)
	s.Labels = append(s.Labels, labels...)
	return bottom
}

// ramp returns n colours from light to dark blue, in order: ordered
// categories (a model's bands) read as lighter to darker in colour, in
// greyscale and with any colour-vision deficiency alike.
func ramp(n int) []string {
	light := [3]float64{0xDC, 0xEB, 0xF7}
	dark := [3]float64{0x08, 0x3F, 0x6E}
	out := make([]string, n)
	for i := range out {
		t := 0.0
		if n > 1 {
			t = float64(i) / float64(n-1)
		}
		var b strings.Builder
		b.WriteByte('#')
		for c := range 3 {
			v := int(math.Round(light[c] + (dark[c]-light[c])*t))
			b.WriteString(strings.ToUpper(strconv.FormatInt(int64(0x100+v), 16)[1:]))
		}
		out[i] = b.String()
	}
	return out
}

// circle is the path of a circle, for markers.
func circle(cx, cy, r float64) string {
	return "M" + f(cx-r) + " " + f(cy) + "A" + f(r) + " " + f(r) + " 0 1 0 " + f(cx+r) + " " + f(cy) +
		"A" + f(r) + " " + f(r) + " 0 1 0 " + f(cx-r) + " " + f(cy) + "Z"
}

func itoa(k int) string { return strconv.Itoa(k) }
