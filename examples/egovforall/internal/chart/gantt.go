package chart

import (
	"html/template"
	"math"
	"slices"
)

// A Gantt shows a plan's steps as bars over its weeks, one row a step in
// plan order. A bar's fill is its kind's colour and texture, and it starts
// with the kind's letter; a marker before the row names its owner (circle,
// square, triangle, diamond, in the order of Owners); a connector with an
// arrowhead runs from each step a step depends on to its start. The week
// axis gives each week's number and, as room allows, the date it starts.
//
// The zero Gantt draws an empty chart.
type Gantt struct {
	ID, Title, Desc string
	// Weeks is the axis: week k is Weeks[k-1].
	Weeks []WeekMark
	// Kinds and Owners name the kinds and owners for the legend; a row
	// refers to them by index.
	Kinds  []Kind
	Owners []string
	Rows   []GanttRow
}

// A WeekMark labels one week of an axis: its number ("5") and the date it
// starts ("29. 12.").
type WeekMark struct {
	Number, Date string
}

// A Kind is a kind of step: its name, and the letter its bars start with
// (so that greyscale print and colour-blind readers tell kinds apart too).
type Kind struct {
	Name, Letter string
}

// A GanttRow is one step: its label ("3. eID training"), its kind and
// owner (indices into Gantt.Kinds and Gantt.Owners), its first and last
// week (from 1, inclusive), and the rows it depends on (indices into
// Gantt.Rows). Weeks outside the axis are cut to it; a row whose weeks
// are all outside has no bar; a dependency on an unknown row, or on a row
// that does not end before this one starts, has no connector.
type GanttRow struct {
	Label      string
	Kind       int
	Owner      int
	Start, End int
	DependsOn  []int
	// Tip is shown when the pointer rests on the bar ("weeks 3 to 4").
	Tip string
}

// ganttLabelChars is the most of a row's label the chart writes; the table
// beside it has the whole.
const ganttLabelChars = 46

// SVG draws the Gantt chart.
func (g Gantt) SVG() (template.HTML, error) {
	const rowH, barH, axisH, mark = 20.0, 12.0, 34.0, 18.0
	id := chartID(g.ID)
	n := len(g.Weeks)
	colW := math.Max(10, math.Min(22, 620/float64(max(n, 1))))
	labelW := 0.0
	for _, r := range g.Rows {
		labelW = math.Max(labelW, textWidth(clip(r.Label, ganttLabelChars), fontSize))
	}
	x0 := 8 + labelW + 8 + mark // the left of week 1
	gridW := colW * float64(n)
	w := math.Max(x0+gridW+20, 320)
	top := 8 + axisH
	bottom := top + rowH*float64(len(g.Rows))
	s := shapes{frame: frame{ID: id, Title: g.Title, Desc: g.Desc, Arrow: true}}
	colX := func(week int) float64 { return x0 + colW*float64(week-1) } // left edge of a week
	s.addWeekAxis(g.Weeks, x0, colW, 8, top, bottom)
	for i := range g.Rows {
		if i%2 == 1 {
			s.Rects = append(s.Rects, rect{X: f(8), Y: f(top + rowH*float64(i)), W: f(x0 + gridW - 8), H: f(rowH), Fill: "#F2F2F2"})
		}
	}
	type span struct{ from, to float64 }
	bars := make([]*span, len(g.Rows))
	for i, r := range g.Rows {
		y := top + rowH*float64(i)
		s.Labels = append(s.Labels, label{X: f(8), Y: f(y + rowH/2 + 4), Anchor: "start", Text: clip(r.Label, ganttLabelChars)})
		if r.Owner >= 0 && r.Owner < len(g.Owners) {
			s.Paths = append(s.Paths, path{D: marker(r.Owner, x0-mark/2, y+rowH/2, 4.5), Fill: "#000000"})
		}
		from, to := max(r.Start, 1), min(max(r.End, r.Start), n)
		if from > to {
			continue
		}
		bx, bw := colX(from)+2, colX(to+1)-colX(from)-4
		bars[i] = &span{bx, bx + bw}
		by := y + (rowH-barH)/2
		if r.Kind >= 0 && r.Kind < len(g.Kinds) {
			s.Rects = append(s.Rects, tile(r.Kind, bx, by, bw, barH, "#000000", r.Tip))
		} else {
			s.Rects = append(s.Rects, rect{X: f(bx), Y: f(by), W: f(bw), H: f(barH), Fill: "#999999", Stroke: "#000000", Title: r.Tip})
		}
		if r.Kind >= 0 && r.Kind < len(g.Kinds) && g.Kinds[r.Kind].Letter != "" {
			s.Rects = append(s.Rects, rect{X: f(bx + 1), Y: f(by + 1), W: f(11), H: f(barH - 2), Fill: "#FFFFFF"})
			s.Labels = append(s.Labels, label{X: f(bx + 6.5), Y: f(by + barH - 2.5), Anchor: "middle",
				Text: clip(g.Kinds[r.Kind].Letter, 1), Bold: true, Size: "10", Fill: "#000000"})
		}
	}
	for i, r := range g.Rows {
		if bars[i] == nil {
			continue
		}
		ys := top + rowH*float64(i) + rowH/2
		for _, dep := range r.DependsOn {
			if dep < 0 || dep >= len(g.Rows) || bars[dep] == nil || bars[dep].to >= bars[i].from {
				continue
			}
			ye := top + rowH*float64(dep) + rowH/2
			xm := bars[dep].to + 2
			s.Paths = append(s.Paths, path{D: "M" + f(bars[dep].to) + " " + f(ye) + "H" + f(xm) + "V" + f(ys) + "H" + f(bars[i].from),
				Fill: "none", Stroke: "#333333", Width: "1", Marker: true})
		}
	}
	var items []legendItem
	for i, k := range g.Kinds {
		items = append(items, legendItem{Series: i + 1, Text: k.Letter + " " + k.Name})
	}
	for i, o := range g.Owners {
		items = append(items, legendItem{Marker: i + 1, Text: o})
	}
	end := s.addLegend(items, 8, bottom+10, w-16)
	s.W, s.H = f(w), f(end+4)
	return render(s)
}

// A week axis writes at most this many letters of a week's number and
// date: "520", "29. 12. 2025.".
const weekNumberChars, weekDateChars = 5, 14

// addWeekAxis writes a week axis over the columns from x0, each colW wide,
// between y (the axis's top) and the grid from top to bottom: the weeks'
// numbers, and their dates as often as they fit; and a light line between
// weeks.
func (s *shapes) addWeekAxis(weeks []WeekMark, x0, colW, y, top, bottom float64) {
	numW, dateW := 0.0, 0.0
	weeks = slices.Clone(weeks)
	for i, wk := range weeks {
		weeks[i].Number, weeks[i].Date = clip(wk.Number, weekNumberChars), clip(wk.Date, weekDateChars)
		numW = math.Max(numW, textWidth(weeks[i].Number, 10))
		dateW = math.Max(dateW, textWidth(weeks[i].Date, 10))
	}
	numEvery := max(1, int(math.Ceil((numW+3)/colW)))
	dateEvery := max(1, int(math.Ceil((dateW+6)/colW)))
	for i, wk := range weeks {
		x := x0 + colW*float64(i)
		s.Grid = append(s.Grid, line{X1: f(x), Y1: f(top), X2: f(x), Y2: f(bottom), Stroke: "#DDDDDD", Width: "1"})
		if i%numEvery == 0 {
			s.Labels = append(s.Labels, label{X: f(x + colW/2), Y: f(y + 10), Anchor: "middle", Text: wk.Number, Size: "10"})
		}
		if i%dateEvery == 0 && wk.Date != "" && x+dateW <= x0+colW*float64(len(weeks))+8 {
			s.Grid = append(s.Grid, line{X1: f(x), Y1: f(y + 14), X2: f(x), Y2: f(top), Stroke: "#888888", Width: "1"})
			s.Labels = append(s.Labels, label{X: f(x + 2), Y: f(y + 25), Anchor: "start", Text: wk.Date, Size: "10"})
		}
	}
	if len(weeks) > 0 {
		x := x0 + colW*float64(len(weeks))
		s.Grid = append(s.Grid, line{X1: f(x), Y1: f(top), X2: f(x), Y2: f(bottom), Stroke: "#DDDDDD", Width: "1"},
			line{X1: f(x0), Y1: f(top), X2: f(x), Y2: f(top), Stroke: "#888888", Width: "1"})
	}
}
