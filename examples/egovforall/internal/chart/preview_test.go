package chart_test

import (
	"html/template"
	"os"
	"strings"
	"testing"
)

// TestPreview writes every sample chart into one page in the directory
// CHART_PREVIEW names, to look at in a browser.
func TestPreview(t *testing.T) {
	dir := os.Getenv("CHART_PREVIEW")
	if dir == "" {
		t.Skip("set CHART_PREVIEW to a directory to write a page of the sample charts")
	}
	var b strings.Builder
	b.WriteString(`<!doctype html><html lang="sr-Latn"><head><meta charset="utf-8"><title>charts</title><style>body{font-family:sans-serif} svg{max-width:100%;height:auto;border:1px solid #eee;margin:4px}</style></head><body>`)
	for _, c := range samples() {
		svg, err := c.svg()
		if err != nil {
			t.Fatal(err)
		}
		b.WriteString(string(svg))
	}
	b.WriteString("</body></html>")
	if err := os.WriteFile(dir+"/p.html", []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

type sample struct {
	name string
	svg  func() (template.HTML, error)
}

func samples() []sample {
	return []sample{{"gauge", sampleGauge().SVG}, {"radar", sampleRadar().SVG}, {"ladder", sampleLadder().SVG},
		{"gantt", sampleGantt().SVG}, {"bars", sampleBars().SVG}, {"load", sampleLoad().SVG}}
}
