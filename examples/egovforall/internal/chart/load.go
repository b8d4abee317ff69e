package chart

import (
	"html/template"
	"math"

	"github.com/shopspring/decimal"
)

// Load shows work week by week as stacked columns, one series a stack's
// part (a municipality), each with its colour and texture, against a
// capacity drawn as a thick dashed step line over the columns: where a
// stack passes the line, the week holds more than the capacity.
//
// The zero Load draws an empty chart.
type Load struct {
	ID, Title, Desc string
	// Series names the parts of each stack, bottom first.
	Series []string
	Weeks  []LoadWeek
	// Capacity names the capacity line in the legend, and Unit the
	// vertical axis ("person-days").
	Capacity, Unit string
	// Format writes the vertical axis's ticks.
	Format Format
}

// A LoadWeek is one column: its week, each series' work in it (in the
// order of Load.Series; missing ones are zero, and a negative one counts
// as zero), and the capacity, when HasCapacity.
type LoadWeek struct {
	WeekMark
	Values      []decimal.Decimal
	HasCapacity bool
	Capacity    decimal.Decimal
}

// SVG draws the load chart.
func (ld Load) SVG() (template.HTML, error) {
	const plotH, axisW = 200.0, 44.0
	id := chartID(ld.ID)
	n := len(ld.Weeks)
	colW := math.Max(10, math.Min(28, 620/float64(max(n, 1))))
	hi := decimal.Zero
	for _, wk := range ld.Weeks {
		sum := decimal.Zero
		for _, v := range wk.Values {
			if v.Sign() > 0 {
				sum = sum.Add(v)
			}
		}
		hi = decimal.Max(hi, sum)
		if wk.HasCapacity {
			hi = decimal.Max(hi, wk.Capacity)
		}
	}
	if hi.Sign() == 0 {
		hi = decimal.NewFromInt(1)
	}
	_, to, marks := ticks(decimal.Zero, hi)
	tickW := 0.0
	for _, m := range marks {
		tickW = math.Max(tickW, textWidth(ld.Format.apply(m), 10))
	}
	x0 := 8 + math.Max(axisW, tickW+10)
	top := 8 + 18.0 // room for the unit
	base := top + plotH
	w := math.Max(x0+colW*float64(n)+20, 320)
	s := shapes{frame: frame{ID: id, Title: ld.Title, Desc: ld.Desc}}
	y := func(v decimal.Decimal) float64 { return base - plotH*share(v, decimal.Zero, to) }
	s.Labels = append(s.Labels, label{X: f(8), Y: f(top - 8), Anchor: "start", Text: clip(ld.Unit, int((w-16)/(10*charWidth))), Size: "10"})
	for _, m := range marks {
		ym := y(m)
		s.Grid = append(s.Grid, line{X1: f(x0), Y1: f(ym), X2: f(x0 + colW*float64(n)), Y2: f(ym), Stroke: "#DDDDDD", Width: "1"})
		s.Labels = append(s.Labels, label{X: f(x0 - 4), Y: f(ym + 3.5), Anchor: "end", Text: ld.Format.apply(m), Size: "10"})
	}
	var capD string
	for i, wk := range ld.Weeks {
		x := x0 + colW*float64(i)
		acc := decimal.Zero
		for k, v := range wk.Values {
			if v.Sign() <= 0 || k >= len(ld.Series) {
				continue
			}
			y0, y1 := y(acc), y(acc.Add(v))
			acc = acc.Add(v)
			s.Rects = append(s.Rects, tile(k, x+2, y1, colW-4, y0-y1, "#000000", ""))
		}
		if wk.HasCapacity {
			yc := y(wk.Capacity)
			if capD == "" {
				capD = "M" + f(x) + " " + f(yc)
			} else {
				capD += "V" + f(yc)
			}
			capD += "H" + f(x+colW)
		} else if capD != "" {
			s.Paths = append(s.Paths, path{D: capD, Fill: "none", Stroke: "#000000", Width: "2.5", Dash: "6 3"})
			capD = ""
		}
	}
	if capD != "" {
		s.Paths = append(s.Paths, path{D: capD, Fill: "none", Stroke: "#000000", Width: "2.5", Dash: "6 3"})
	}
	s.Lines = append(s.Lines, line{X1: f(x0), Y1: f(base), X2: f(x0 + colW*float64(n)), Y2: f(base), Stroke: "#000000", Width: "1"})
	// The week axis, under the columns.
	marksW := make([]WeekMark, n)
	for i, wk := range ld.Weeks {
		marksW[i] = wk.WeekMark
	}
	var axis shapes
	axis.addWeekAxis(marksW, x0, colW, base+4, base, base)
	s.Labels = append(s.Labels, axis.Labels...)
	for _, g := range axis.Grid {
		if g.Y1 != g.Y2 { // the date ticks, not the grid lines between weeks
			s.Grid = append(s.Grid, g)
		}
	}
	var items []legendItem
	for i, name := range ld.Series {
		items = append(items, legendItem{Series: i + 1, Text: name})
	}
	items = append(items, legendItem{Dashed: true, Text: ld.Capacity})
	end := s.addLegend(items, 8, base+36, w-16)
	s.W, s.H = f(w), f(end+4)
	return render(s)
}
