package chart

import (
	"html/template"
	"math"
	"strings"

	"github.com/shopspring/decimal"
)

// A Radar shows a model's dimensions as spokes from the centre, each
// scored dimension as a solid bar along its spoke with a dot at its score,
// each unknown one as a hatched, dashed spoke with the word for unknown at
// its end. When every dimension is known, their scores are joined in a
// polygon too.
//
// The zero Radar draws an empty chart.
type Radar struct {
	ID, Title, Desc string
	// Min and Max are the scale of the dimensions' scores.
	Min, Max decimal.Decimal
	Axes     []Axis
	// Known and Unknown name the two kinds of spoke in the legend
	// ("known score", "unknown").
	Known, Unknown string
}

// An Axis is one dimension: its name and, when Known, its score and the
// score as printed. ValueLabel is printed under the name either way
// ("60,00", or "unknown").
type Axis struct {
	Name       string
	Known      bool
	Value      decimal.Decimal
	ValueLabel string
}

// SVG draws the radar.
func (rd Radar) SVG() (template.HTML, error) {
	const r = 100.0
	const maxChars = 18 // a label's line
	id := chartID(rd.ID)
	n := len(rd.Axes)
	// Room for the labels: the widest line left and right, three lines
	// above and below.
	side := 0.0
	for _, a := range rd.Axes {
		for _, l := range append(wrapLines(a.Name, maxChars, 3), a.ValueLabel) {
			side = math.Max(side, textWidth(l, fontSize))
		}
	}
	cx := 12 + side + 10 + r
	cy := 12 + 4*15 + r
	w := 2 * cx
	s := shapes{frame: frame{ID: id, Title: rd.Title, Desc: rd.Desc}}
	angle := func(i int) float64 { return -math.Pi/2 + 2*math.Pi*float64(i)/float64(max(n, 1)) }
	at := func(i int, rr float64) (float64, float64) {
		a := angle(i)
		return cx + rr*math.Cos(a), cy + rr*math.Sin(a)
	}
	// Rings at every quarter of the scale.
	for k := 1; k <= 4; k++ {
		s.Paths = append(s.Paths, path{D: circle(cx, cy, r*float64(k)/4), Fill: "none", Stroke: "#BBBBBB", Width: "0.8"})
	}
	allKnown := n >= 3
	var poly []string
	for i, a := range rd.Axes {
		x, y := at(i, r)
		if !a.Known {
			allKnown = false
			// A wedge of hatching along the whole spoke: it could be anywhere.
			x0, y0 := at(i, 0)
			perpX, perpY := -math.Sin(angle(i))*6, math.Cos(angle(i))*6
			s.Paths = append(s.Paths, path{D: "M" + f(x0+perpX) + " " + f(y0+perpY) + "L" + f(x+perpX) + " " + f(y+perpY) +
				"L" + f(x-perpX) + " " + f(y-perpY) + "L" + f(x0-perpX) + " " + f(y0-perpY) + "Z",
				Fill: unknownFill, Stroke: unknownStroke, Width: "1", Dash: unknownDash})
			continue
		}
		s.Grid = append(s.Grid, line{X1: f(cx), Y1: f(cy), X2: f(x), Y2: f(y), Stroke: "#BBBBBB", Width: "0.8"})
		vx, vy := at(i, r*share(a.Value, rd.Min, rd.Max))
		poly = append(poly, f(vx)+" "+f(vy))
		s.Lines = append(s.Lines, line{X1: f(cx), Y1: f(cy), X2: f(vx), Y2: f(vy), Stroke: "#0072B2", Width: "5"})
		s.Paths = append(s.Paths, path{D: circle(vx, vy, 5), Fill: "#0072B2", Stroke: "#000000", Width: "1"})
	}
	if allKnown {
		s.Paths = append([]path{{D: "M" + strings.Join(poly, "L") + "Z", Fill: "#56B4E9", Stroke: "#0072B2", Width: "2"}}, s.Paths...)
	}
	for i, a := range rd.Axes {
		lines := wrapLines(a.Name, maxChars, 3)
		value := a.ValueLabel
		x, y := at(i, r+10)
		c, sn := math.Cos(angle(i)), math.Sin(angle(i))
		anchor := "middle"
		switch {
		case c > 0.2:
			anchor = "start"
		case c < -0.2:
			anchor = "end"
		}
		total := float64(len(lines)+1) * 14
		switch {
		case sn < -0.5: // above the centre: the label ends above the point
			y -= total - 10
		case sn > 0.5: // below: it starts under the point
			y += 10
		default:
			y -= total/2 - 10
		}
		for _, l := range lines {
			s.Labels = append(s.Labels, label{X: f(x), Y: f(y), Anchor: anchor, Text: l, Bold: true})
			y += 14
		}
		s.Labels = append(s.Labels, label{X: f(x), Y: f(y), Anchor: anchor, Text: value})
	}
	bottom := s.addLegend([]legendItem{{Fill: "#0072B2", Text: rd.Known}, {Unknown: true, Text: rd.Unknown}},
		8, cy+r+4*15+8, w-16)
	s.W, s.H = f(w), f(bottom+4)
	return render(s)
}
