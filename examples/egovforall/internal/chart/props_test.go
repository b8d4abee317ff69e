package chart_test

import (
	"html/template"
	"math"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"pgregory.net/rapid"

	"github.com/digitaldistrict/egovkit/examples/egovforall/internal/chart"
)

// The checker finds what it is for.
func TestCheckSVGFindsProblems(t *testing.T) {
	head := `<svg role="img" aria-labelledby="a-t a-d" viewBox="0 0 100 50"><title id="a-t">t</title><desc id="a-d">d</desc>`
	for name, svg := range map[string]string{
		"unclosed":      head + `<rect x="1" y="1" width="2" height="2">`,
		"outside":       head + `<rect x="99" y="1" width="2" height="2"/></svg>`,
		"path outside":  head + `<path d="M1 1L120 2Z"/></svg>`,
		"NaN":           head + `<line x1="NaN" y1="0" x2="1" y2="1"/></svg>`,
		"long text":     head + `<text x="90" y="20">a long label</text></svg>`,
		"no name":       `<svg role="img" viewBox="0 0 100 50"></svg>`,
		"not an image":  `<svg viewBox="0 0 100 50" aria-labelledby="a-t a-d"><title id="a-t">t</title><desc id="a-d">d</desc></svg>`,
		"text above":    head + `<text x="10" y="2">a</text></svg>`,
		"negative size": head + `<rect x="10" y="10" width="-2" height="2"/></svg>`,
	} {
		if len(checkSVG(svg)) == 0 {
			t.Errorf("%s: no problem found in %s", name, svg)
		}
	}
}

func genDecimal(t *rapid.T, label string) decimal.Decimal {
	coef := rapid.OneOf(rapid.Int64Range(-1000, 1000), rapid.Int64(), rapid.SampledFrom([]int64{0, 1, math.MaxInt64, math.MinInt64})).Draw(t, label+".coef")
	exp := rapid.Int32Range(-30, 30).Draw(t, label+".exp")
	return decimal.New(coef, exp)
}

func genText(t *rapid.T, label string) string {
	return rapid.OneOf(rapid.StringN(0, 80, -1), rapid.SampledFrom([]string{"", "Заступљеност електронских услуга",
		"Uključivanje građana", strings.Repeat("W", 200), "a b c d e f g h i j k l m n o p q r s t u v w x y z"})).Draw(t, label)
}

func genFormat(t *rapid.T) chart.Format {
	switch rapid.IntRange(0, 2).Draw(t, "format") {
	case 0:
		return nil
	case 1:
		return serbian
	}
	digits := rapid.IntRange(0, 30).Draw(t, "digits")
	return func(d decimal.Decimal) string { return strings.Repeat("9", digits) + d.String() }
}

// genMarks draws a week axis: every week's date is the one drawn text
// (any length, any letters), with its number.
func genMarks(t *rapid.T, n int) []chart.WeekMark {
	date := genText(t, "date")
	marks := make([]chart.WeekMark, n)
	for i := range marks {
		marks[i] = chart.WeekMark{Number: itoa(i + 1), Date: date}
	}
	return marks
}

// genCount draws how many items a chart gets: mostly a few (up to
// usual), at times the limit (a plan's longest horizon is 520 weeks).
func genCount(t *rapid.T, label string, usual, limit int) int {
	return rapid.OneOf(rapid.IntRange(0, usual), rapid.Just(limit)).Draw(t, label)
}

// check draws a chart and checks it as checkSVG does.
func check(t *rapid.T, svg template.HTML, err error) {
	if err != nil {
		t.Fatal(err)
	}
	if ps := checkSVG(string(svg)); len(ps) > 0 {
		t.Fatalf("%d problems, first: %s\n%s", len(ps), ps[0], svg)
	}
}

// Every chart, whatever its input (empty, one item, many, zero values,
// values at the limits of int64 and far outside the scale, text of any
// length and any characters), is a well-formed SVG image with its name,
// with every coordinate finite and inside its viewBox.
func TestChartsStayInsideTheirViewBox(t *testing.T) {
	t.Run("gauge", rapid.MakeCheck(func(t *rapid.T) {
		g := chart.Gauge{ID: genText(t, "id"), Title: genText(t, "title"), Desc: genText(t, "desc"),
			Min: genDecimal(t, "min"), Max: genDecimal(t, "max"), Reached: rapid.IntRange(-2, 10).Draw(t, "reached"),
			HasScore: rapid.Bool().Draw(t, "hasScore"), Score: genDecimal(t, "score"),
			HasRange: rapid.Bool().Draw(t, "hasRange"), Low: genDecimal(t, "low"), High: genDecimal(t, "high"),
			ScoreLabel: genText(t, "scoreLabel"), BandLabel: genText(t, "bandLabel"), RangeLabel: genText(t, "rangeLabel"),
			RangeLegend: genText(t, "rangeLegend"), Format: genFormat(t)}
		for range rapid.IntRange(0, 8).Draw(t, "bands") {
			g.Bands = append(g.Bands, chart.Band{Name: genText(t, "band"), From: genDecimal(t, "from"), To: genDecimal(t, "to")})
		}
		svg, err := g.SVG()
		check(t, svg, err)
	}))
	t.Run("radar", rapid.MakeCheck(func(t *rapid.T) {
		r := chart.Radar{ID: genText(t, "id"), Title: genText(t, "title"), Desc: genText(t, "desc"),
			Min: genDecimal(t, "min"), Max: genDecimal(t, "max"), Known: genText(t, "known"), Unknown: genText(t, "unknown")}
		for range rapid.IntRange(0, 40).Draw(t, "axes") {
			r.Axes = append(r.Axes, chart.Axis{Name: genText(t, "name"), Known: rapid.Bool().Draw(t, "isKnown"),
				Value: genDecimal(t, "value"), ValueLabel: genText(t, "valueLabel")})
		}
		svg, err := r.SVG()
		check(t, svg, err)
	}))
	t.Run("ladder", rapid.MakeCheck(func(t *rapid.T) {
		l := chart.Ladder{ID: genText(t, "id"), Title: genText(t, "title"), Desc: genText(t, "desc"),
			Reached: rapid.IntRange(-3, 40).Draw(t, "reached"), Unknown: rapid.Bool().Draw(t, "unknown"),
			ReachedLabel: genText(t, "reachedLabel")}
		for range rapid.IntRange(0, 30).Draw(t, "levels") {
			l.Levels = append(l.Levels, genText(t, "level"))
		}
		svg, err := l.SVG()
		check(t, svg, err)
	}))
	t.Run("gantt", rapid.MakeCheck(func(t *rapid.T) {
		weeks := genCount(t, "weeks", 60, 520)
		g := chart.Gantt{ID: genText(t, "id"), Title: genText(t, "title"), Desc: genText(t, "desc"), Weeks: genMarks(t, weeks)}
		for range rapid.IntRange(0, 9).Draw(t, "kinds") {
			g.Kinds = append(g.Kinds, chart.Kind{Name: genText(t, "kind"), Letter: genText(t, "letter")})
		}
		for range rapid.IntRange(0, 6).Draw(t, "owners") {
			g.Owners = append(g.Owners, genText(t, "owner"))
		}
		rows := genCount(t, "rows", 12, 60)
		for range rows {
			r := chart.GanttRow{Label: genText(t, "label"), Kind: rapid.IntRange(-1, 10).Draw(t, "kind"),
				Owner: rapid.IntRange(-1, 7).Draw(t, "owner"), Start: rapid.IntRange(-5, 700).Draw(t, "start"),
				End: rapid.IntRange(-5, 700).Draw(t, "end"), Tip: genText(t, "tip")}
			r.DependsOn = rapid.SliceOfN(rapid.IntRange(-2, rows+2), 0, 5).Draw(t, "deps")
			g.Rows = append(g.Rows, r)
		}
		svg, err := g.SVG()
		check(t, svg, err)
	}))
	t.Run("bars", rapid.MakeCheck(func(t *rapid.T) {
		b := chart.Bars{ID: genText(t, "id"), Title: genText(t, "title"), Desc: genText(t, "desc"), Format: genFormat(t),
			Known: genText(t, "known"), Unknown: genText(t, "unknown")}
		for range rapid.IntRange(0, 50).Draw(t, "rows") {
			b.Rows = append(b.Rows, chart.Bar{Label: genText(t, "label"), Known: rapid.Bool().Draw(t, "isKnown"),
				Value: genDecimal(t, "value"), ValueLabel: genText(t, "valueLabel")})
		}
		svg, err := b.SVG()
		check(t, svg, err)
	}))
	t.Run("load", rapid.MakeCheck(func(t *rapid.T) {
		l := chart.Load{ID: genText(t, "id"), Title: genText(t, "title"), Desc: genText(t, "desc"), Format: genFormat(t),
			Capacity: genText(t, "capacity"), Unit: genText(t, "unit")}
		series := rapid.IntRange(0, 10).Draw(t, "series")
		for range series {
			l.Series = append(l.Series, genText(t, "name"))
		}
		for _, m := range genMarks(t, genCount(t, "weeks", 60, 520)) {
			wk := chart.LoadWeek{WeekMark: m, HasCapacity: rapid.Bool().Draw(t, "hasCapacity"), Capacity: genDecimal(t, "capacity")}
			for range rapid.IntRange(0, series+2).Draw(t, "values") {
				wk.Values = append(wk.Values, genDecimal(t, "value"))
			}
			l.Weeks = append(l.Weeks, wk)
		}
		svg, err := l.SVG()
		check(t, svg, err)
	}))
}
