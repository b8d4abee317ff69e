package chart

import (
	"html/template"
	"math"

	"github.com/shopspring/decimal"
)

// Bars shows one figure a row as a horizontal bar from zero, with the
// figure printed at the bar's end: a plan's steps and the gain each
// brings. A figure that is not known has no bar but a hatched, dashed box
// at zero and its words ("unknown until staff is known"), never a bar of
// length zero, which would say "no gain".
//
// The zero Bars draws an empty chart.
type Bars struct {
	ID, Title, Desc string
	Rows            []Bar
	// Format writes the axis's ticks.
	Format Format
	// Known and Unknown name the two kinds of row in the legend.
	Known, Unknown string
}

// A Bar is one row: its label, whether its figure is known, the figure,
// and what to print beside it ("+4,50", or "?").
type Bar struct {
	Label      string
	Known      bool
	Value      decimal.Decimal
	ValueLabel string
}

// SVG draws the bars.
func (b Bars) SVG() (template.HTML, error) {
	const rowH, barH, plotW, axisH = 20.0, 12.0, 300.0, 22.0
	id := chartID(b.ID)
	lo, hi := decimal.Zero, decimal.Zero
	labelW, valueW := 0.0, 0.0
	for _, r := range b.Rows {
		labelW = math.Max(labelW, textWidth(clip(r.Label, ganttLabelChars), fontSize))
		valueW = math.Max(valueW, textWidth(r.ValueLabel, fontSize))
		if r.Known {
			lo, hi = decimal.Min(lo, r.Value), decimal.Max(hi, r.Value)
		}
	}
	if hi.Equal(lo) {
		hi = lo.Add(decimal.NewFromInt(1))
	}
	from, to, marks := ticks(lo, hi)
	tickW := 0.0
	for _, m := range marks {
		tickW = math.Max(tickW, textWidth(b.Format.apply(m), 10))
	}
	x0 := 8 + math.Max(labelW+10, tickW/2)
	w := x0 + math.Max(plotW+30+valueW, plotW+tickW/2) + 8
	top := 8 + axisH
	bottom := top + rowH*float64(len(b.Rows))
	s := shapes{frame: frame{ID: id, Title: b.Title, Desc: b.Desc}}
	x := func(v decimal.Decimal) float64 { return x0 + plotW*share(v, from, to) }
	for _, m := range marks {
		xm := x(m)
		s.Grid = append(s.Grid, line{X1: f(xm), Y1: f(top - 4), X2: f(xm), Y2: f(bottom), Stroke: "#DDDDDD", Width: "1"})
		s.Labels = append(s.Labels, label{X: f(xm), Y: f(top - 8), Anchor: "middle", Text: b.Format.apply(m), Size: "10"})
	}
	zero := x(decimal.Zero)
	for i, r := range b.Rows {
		y := top + rowH*float64(i)
		if i%2 == 1 {
			s.Rects = append(s.Rects, rect{X: f(8), Y: f(y), W: f(w - 16), H: f(rowH), Fill: "#F2F2F2"})
		}
		s.Labels = append(s.Labels, label{X: f(8), Y: f(y + rowH/2 + 4), Anchor: "start", Text: clip(r.Label, ganttLabelChars)})
		by := y + (rowH-barH)/2
		var end float64
		if r.Known {
			end = x(r.Value)
			left, right := math.Min(zero, end), math.Max(zero, end)
			if right > left {
				s.Paths = append(s.Paths, path{D: "M" + f(left) + " " + f(by) + "H" + f(right) + "V" + f(by+barH) + "H" + f(left) + "Z",
					Fill: "#0072B2", Stroke: "#000000", Width: "1"})
			}
		} else {
			end = zero + 24
			s.Rects = append(s.Rects, unknownTile(zero, by, end-zero, barH))
		}
		s.Labels = append(s.Labels, label{X: f(math.Max(end, zero) + 6), Y: f(y + rowH/2 + 4), Anchor: "start", Text: r.ValueLabel})
	}
	s.Lines = append(s.Lines, line{X1: f(zero), Y1: f(top - 4), X2: f(zero), Y2: f(bottom), Stroke: "#000000", Width: "1.5"})
	end := s.addLegend([]legendItem{{Fill: "#0072B2", Text: b.Known}, {Unknown: true, Text: b.Unknown}}, 8, bottom+10, w-16)
	s.W, s.H = f(w), f(end+4)
	return render(s)
}
