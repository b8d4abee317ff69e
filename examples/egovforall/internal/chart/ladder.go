package chart

import (
	"html/template"
	"math"
)

// A Ladder shows a model's levels as rungs from the lowest at the bottom
// to the highest at the top: the rungs reached filled, the others outlined
// and dashed, and the rung reached marked with an arrow and words, so that
// the reader sees both the rung and how far there is to climb.
//
// The zero Ladder draws an empty ladder.
type Ladder struct {
	ID, Title, Desc string
	// Levels are the rungs' names, lowest first.
	Levels []string
	// Reached is the number of rungs reached, from 0 to len(Levels); a
	// value outside is drawn at the nearer end. Unknown says that the
	// level is not known at all (no score): no rung is filled and
	// ReachedLabel says so.
	Reached int
	Unknown bool
	// ReachedLabel is written beside the rung reached ("reached"), or at
	// the foot of the ladder when none is ("no level reached yet", or
	// "level unknown").
	ReachedLabel string
}

// SVG draws the ladder.
func (ld Ladder) SVG() (template.HTML, error) {
	const rungH, gap, rungW = 26.0, 8.0, 36.0
	id := chartID(ld.ID)
	n := len(ld.Levels)
	reached := max(0, min(ld.Reached, n))
	if ld.Unknown {
		reached = 0
	}
	nameW := 0.0
	for i, name := range ld.Levels {
		nameW = math.Max(nameW, textWidth(numbered(i+1, name), fontSize))
	}
	// The words beside the rung reached, or at the foot, in short lines.
	words := wrapLines(ld.ReachedLabel, 26, 3)
	markW := 0.0
	for _, l := range words {
		markW = math.Max(markW, textWidth("◀ "+l, fontSize))
	}
	x0 := 12.0
	w := x0 + rungW + 12 + nameW + 16 + markW + 12
	top := 12.0
	foot := top + float64(n)*(rungH+gap)
	h := foot + 30
	if reached == 0 {
		h += 15 * float64(len(words)-1)
	}
	s := shapes{frame: frame{ID: id, Title: ld.Title, Desc: ld.Desc}}
	// The rails.
	s.Lines = append(s.Lines, line{X1: f(x0), Y1: f(top - 4), X2: f(x0), Y2: f(foot + 10), Stroke: "#555555", Width: "2"},
		line{X1: f(x0 + rungW), Y1: f(top - 4), X2: f(x0 + rungW), Y2: f(foot + 10), Stroke: "#555555", Width: "2"})
	for i, name := range ld.Levels {
		// Rung i+1, from the bottom.
		y := foot - float64(i+1)*(rungH+gap) + gap/2
		r := rect{X: f(x0), Y: f(y), W: f(rungW), H: f(rungH), Fill: "#FFFFFF", Stroke: "#555555"}
		text := label{X: f(x0 + rungW + 12), Y: f(y + rungH/2 + 4), Anchor: "start", Text: numbered(i+1, name)}
		if i < reached {
			r.Fill = "#0072B2"
			r.Stroke = "#000000"
			text.Bold = true
		} else {
			s.Paths = append(s.Paths, path{D: "M" + f(x0) + " " + f(y) + "H" + f(x0+rungW) + "V" + f(y+rungH) + "H" + f(x0) + "Z",
				Fill: "none", Stroke: "#555555", Width: "1", Dash: "3 3"})
			r.Stroke = ""
		}
		s.Rects = append(s.Rects, r)
		s.Labels = append(s.Labels, text)
		if i+1 == reached {
			for k, l := range words {
				x, text := x0+rungW+12+nameW+16, "◀ "+l
				if k > 0 { // under the words, not the arrow
					x, text = x+textWidth("◀ ", fontSize), l
				}
				s.Labels = append(s.Labels, label{X: f(x), Y: f(y + rungH/2 + 4 + 15*float64(k)), Anchor: "start", Text: text, Bold: true})
			}
		}
	}
	if reached == 0 {
		w = x0 + rungW + 12 + nameW + 12
		for k, l := range words {
			x, text := x0+rungW+12, "▲ "+l
			if k > 0 {
				x, text = x+textWidth("▲ ", fontSize), l
			}
			s.Labels = append(s.Labels, label{X: f(x), Y: f(foot + 20 + 15*float64(k)), Anchor: "start", Text: text, Bold: true})
			w = math.Max(w, x+textWidth(text, fontSize)+12)
		}
	}
	s.W, s.H = f(w), f(h)
	return render(s)
}

// numbered writes a level's name after its number: "2. Emerging".
func numbered(k int, name string) string {
	return itoa(k) + ". " + name
}
