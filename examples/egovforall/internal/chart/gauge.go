package chart

import (
	"html/template"
	"math"

	"github.com/shopspring/decimal"
)

// A Gauge shows one score on its scale as a half dial: the model's bands
// as segments of the dial, lighter to darker, the band reached outlined;
// the range the score can still move in as a hatched arc inside them; the
// score as a needle; and, under the dial, the score, the band reached and
// the range in words, so that nothing is told by colour alone.
//
// The zero Gauge draws an empty dial with no score.
type Gauge struct {
	// ID tells the chart's ids apart from other charts' on the page.
	ID, Title, Desc string
	// Min and Max are the scale; bands and figures outside it are drawn at
	// its ends.
	Min, Max decimal.Decimal
	Bands    []Band
	// Reached is the band the score is in, counting from 1; 0 for none.
	Reached int
	// HasScore says whether there is a score to point at.
	HasScore bool
	Score    decimal.Decimal
	// HasRange says whether Low and High hold the range.
	HasRange  bool
	Low, High decimal.Decimal
	// ScoreLabel is the score as printed ("35,00", or "no score"),
	// BandLabel names the band reached ("Band: Middle") and RangeLabel the
	// range ("Range 5,60 to 89,60"); RangeLegend names the hatched arc in
	// the legend ("range").
	ScoreLabel, BandLabel, RangeLabel, RangeLegend string
	// Format writes the bands' bounds on the dial.
	Format Format
}

// A Band is a named part of a scale, from From to To.
type Band struct {
	Name     string
	From, To decimal.Decimal
}

// polar returns the point at radius r and share t of a half dial centred
// on (cx, cy): t = 0 on the left, 1 on the right, over the top.
func polar(cx, cy, r, t float64) (float64, float64) {
	a := math.Pi * (1 - t)
	return cx + r*math.Cos(a), cy - r*math.Sin(a)
}

// arcBand is the path of the part of a ring from radius r0 to r1 between
// the shares t0 < t1 of a half dial.
func arcBand(cx, cy, r0, r1, t0, t1 float64) string {
	x0, y0 := polar(cx, cy, r1, t0)
	x1, y1 := polar(cx, cy, r1, t1)
	x2, y2 := polar(cx, cy, r0, t1)
	x3, y3 := polar(cx, cy, r0, t0)
	return "M" + f(x0) + " " + f(y0) + "A" + f(r1) + " " + f(r1) + " 0 0 1 " + f(x1) + " " + f(y1) +
		"L" + f(x2) + " " + f(y2) + "A" + f(r0) + " " + f(r0) + " 0 0 0 " + f(x3) + " " + f(y3) + "Z"
}

// SVG draws the gauge.
func (g Gauge) SVG() (template.HTML, error) {
	const r, ring, small = 110.0, 22.0, 11.0
	id := chartID(g.ID)
	// The bounds of the bands, written outside the dial.
	type bound struct {
		t    float64
		text string
	}
	var bounds []bound
	numW := 0.0
	addBound := func(v decimal.Decimal) {
		t := share(v, g.Min, g.Max)
		for _, b := range bounds {
			if math.Abs(b.t-t) < 0.04 {
				return // too close to one already written
			}
		}
		s := g.Format.apply(v)
		bounds = append(bounds, bound{t, s})
		numW = math.Max(numW, textWidth(s, small))
	}
	for _, b := range g.Bands {
		addBound(b.From)
	}
	if n := len(g.Bands); n > 0 {
		addBound(g.Bands[n-1].To)
	}
	cx := 16 + numW + 8 + r
	w := 2 * cx
	cy := 30 + r
	s := shapes{frame: frame{ID: id, Title: g.Title, Desc: g.Desc}}
	colours := ramp(len(g.Bands))
	var items []legendItem
	for i, b := range g.Bands {
		t0, t1 := share(b.From, g.Min, g.Max), share(b.To, g.Min, g.Max)
		items = append(items, legendItem{Fill: colours[i], Text: b.Name, Bold: i+1 == g.Reached})
		if t1 <= t0 {
			continue
		}
		s.Paths = append(s.Paths, path{D: arcBand(cx, cy, r-ring, r, t0, t1), Fill: colours[i], Stroke: "#FFFFFF", Width: "1"})
	}
	if g.Reached >= 1 && g.Reached <= len(g.Bands) {
		b := g.Bands[g.Reached-1]
		if t0, t1 := share(b.From, g.Min, g.Max), share(b.To, g.Min, g.Max); t1 > t0 {
			s.Paths = append(s.Paths, path{D: arcBand(cx, cy, r-ring-3, r+3, t0, t1), Fill: "none", Stroke: "#000000", Width: "2.5"})
		}
	}
	for _, b := range bounds {
		x, y := polar(cx, cy, r+6, b.t)
		anchor := "middle"
		switch {
		case b.t < 0.45:
			anchor = "end"
		case b.t > 0.55:
			anchor = "start"
		}
		if b.t < 0.1 || b.t > 0.9 {
			y += 4 // beside the dial's feet, not under them
		}
		s.Labels = append(s.Labels, label{X: f(x), Y: f(y), Anchor: anchor, Text: b.text, Size: f(small)})
	}
	if g.HasRange {
		t0, t1 := share(g.Low, g.Min, g.Max), share(g.High, g.Min, g.Max)
		if t1-t0 < 0.005 { // a settled range: a thin arc still shows where
			t0, t1 = math.Max(0, t0-0.0025), math.Min(1, t1+0.0025)
		}
		s.Paths = append(s.Paths, path{D: arcBand(cx, cy, r-ring-22, r-ring-6, t0, t1), Fill: unknownFill,
			Stroke: unknownStroke, Width: "1.2", Dash: unknownDash})
		items = append(items, legendItem{Unknown: true, Text: g.RangeLegend})
	}
	if g.HasScore {
		t := share(g.Score, g.Min, g.Max)
		x, y := polar(cx, cy, r+2, t)
		s.Lines = append(s.Lines, line{X1: f(cx), Y1: f(cy), X2: f(x), Y2: f(y), Stroke: "#000000", Width: "3"})
		s.Paths = append(s.Paths, path{D: circle(cx, cy, 6), Fill: "#000000"})
	}
	y := cy + 32
	s.Labels = append(s.Labels, label{X: f(cx), Y: f(y), Anchor: "middle", Text: clip(g.ScoreLabel, int(w/(24*charWidth))), Bold: true, Size: "24"})
	for _, t := range []string{g.BandLabel, g.RangeLabel} {
		if t == "" {
			continue
		}
		y += 20
		s.Labels = append(s.Labels, label{X: f(cx), Y: f(y), Anchor: "middle", Text: clip(t, int((w-8)/(fontSize*charWidth)))})
	}
	bottom := s.addLegend(items, 8, y+14, w-16)
	s.W, s.H = f(w), f(bottom+4)
	return render(s)
}
