package main

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"html"
	"image"
	colour "image/color" //nolint:misspell // the standard library's name
	"image/draw"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/digitaldistrict/egovkit/egov"
)

// The browser test renders the HTML report in headless Chromium as a
// person would see it: screenshots at a desktop and a phone width, a PDF
// as printed, the DOM as the browser built it, and an accessibility check
// with axe-core. Without Chromium it is skipped, unless
// EGOVKIT_BROWSER_TESTS=1 (as .ci/run sets), under which a missing browser
// or a missing axe-core is a failure.

var screenshots = flag.Bool("screenshots", false, "rewrite screenshots/report-*.png from the browser test")

// browserEnv and axeEnv are the environment variables the test reads.
const (
	browserEnv = "EGOVKIT_BROWSER_TESTS"
	axeEnv     = "EGOVKIT_AXE_JS"
)

// required reports whether the browser test must run.
func required() bool { return os.Getenv(browserEnv) == "1" }

// findBrowser returns the path of Chromium or Chrome, or skips the test.
func findBrowser(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	msg := "no Chromium found (chromium, chromium-browser or google-chrome on PATH): install it with " +
		"`apt-get install chromium` to render the HTML report in a browser"
	if required() {
		t.Fatal(msg + " (" + browserEnv + "=1 requires it)")
	}
	t.Skip(msg)
	return ""
}

// chromium runs the browser headless on one page with the given flags and
// returns what it writes to stdout. Each run has its own profile directory.
func chromium(t *testing.T, bin, page string, flags ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	args := append([]string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
		"--disable-extensions", "--mute-audio", "--user-data-dir=" + t.TempDir()}, flags...)
	args = append(args, "file://"+page)
	cmd := exec.CommandContext(ctx, bin, args...) // #nosec G204 -- the test's own browser and page
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	start := time.Now()
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %s: %v\n%s", filepath.Base(bin), strings.Join(flags, " "), err, tail(errOut.String(), 2000))
	}
	t.Logf("%.1f s (%.1f s of processor time): %s", time.Since(start).Seconds(),
		(cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()).Seconds(), strings.Join(flags, " "))
	return out.Bytes()
}

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}

func TestHTMLReportInBrowser(t *testing.T) {
	bin := findBrowser(t)
	axe := os.Getenv(axeEnv)
	if axe != "" {
		if _, err := os.Stat(axe); err != nil {
			axe = ""
		}
	}
	if axe == "" {
		msg := "no axe-core: set " + axeEnv + " to the path of axe.min.js (npm install axe-core; .ci/run does)"
		if required() {
			t.Fatal(msg)
		}
		t.Log(msg + "; the accessibility check is skipped")
	}
	for _, l := range egov.Languages() {
		t.Run(l.String(), func(t *testing.T) {
			t.Parallel() // each language in its own browsers, at once
			start := time.Now()
			out, errOut, code := runMain(t, "-format", "html", "-lang", l.String())
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			dir := t.TempDir()
			page := filepath.Join(dir, "report.html")
			if err := os.WriteFile(page, []byte(out), 0o600); err != nil {
				t.Fatal(err)
			}
			checkScreenshot(t, bin, page, 1280, 2000, l)
			checkScreenshot(t, bin, page, 390, 1600, l)
			checkPDF(t, bin, page, dir)
			var dom string
			if axe != "" {
				// The copy with axe-core is the page plus a script: its DOM
				// serves for the words and charts too.
				dom = checkAxe(t, bin, out, dir, axe)
			} else {
				dom = string(chromium(t, bin, page, "--dump-dom"))
			}
			checkDOM(t, dom, l)
			t.Logf("%s: %.1f s in the browser", l, time.Since(start).Seconds())
		})
	}
}

// checkScreenshot takes a screenshot at width w and height h and checks
// that it shows something: enough pixels that are not the background, in
// several colours. With -screenshots, the desktop one is kept.
func checkScreenshot(t *testing.T, bin, page string, w, h int, l egov.Language) {
	t.Helper()
	shot := filepath.Join(filepath.Dir(page), fmt.Sprintf("shot-%d.png", w))
	chromium(t, bin, page, fmt.Sprintf("--screenshot=%s", shot), fmt.Sprintf("--window-size=%d,%d", w, h))
	data, err := os.ReadFile(shot)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("screenshot at %d: %v", w, err)
	}
	b := img.Bounds()
	if b.Dx() != w || b.Dy() != h {
		t.Errorf("screenshot is %dx%d, want %dx%d", b.Dx(), b.Dy(), w, h)
	}
	bg := colour.RGBAModel.Convert(img.At(b.Max.X-1, b.Max.Y-1)).(colour.RGBA)
	colours := map[colour.RGBA]bool{}
	ink := 0
	for y := b.Min.Y; y < b.Max.Y; y += 2 {
		for x := b.Min.X; x < b.Max.X; x += 2 {
			c := colour.RGBAModel.Convert(img.At(x, y)).(colour.RGBA)
			if c != bg {
				ink++
			}
			if len(colours) < 1000 {
				colours[c] = true
			}
		}
	}
	share := float64(ink) / float64((b.Dx()/2)*(b.Dy()/2))
	if share < 0.05 || len(colours) < 20 {
		t.Errorf("screenshot at %d looks blank: %.1f%% of it is not the background, in %d colours", w, 100*share, len(colours))
	}
	if *screenshots && w >= 1000 {
		keep := filepath.Join("screenshots", "report-"+l.String()+".png")
		if err := os.WriteFile(keep, smallPNG(t, img), 0o644); err != nil { // #nosec G306 -- a picture for the README
			t.Fatal(err)
		}
	}
}

// smallPNG writes a screenshot in at most 256 colours, its most frequent
// ones (a page of text and flat charts has few that matter), each other
// colour drawn as the nearest of them: a third of the size of the full one.
func smallPNG(t *testing.T, img image.Image) []byte {
	t.Helper()
	b := img.Bounds()
	count := map[colour.RGBA]int{}
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			count[colour.RGBAModel.Convert(img.At(x, y)).(colour.RGBA)]++
		}
	}
	colours := make([]colour.RGBA, 0, len(count))
	for c := range count {
		colours = append(colours, c)
	}
	slices.SortFunc(colours, func(a, b colour.RGBA) int {
		if d := count[b] - count[a]; d != 0 {
			return d
		}
		return cmp.Compare(uint32(a.R)<<16|uint32(a.G)<<8|uint32(a.B), uint32(b.R)<<16|uint32(b.G)<<8|uint32(b.B))
	})
	var pal colour.Palette
	for _, c := range colours[:min(len(colours), 256)] {
		pal = append(pal, c)
	}
	out := image.NewPaletted(b, pal)
	draw.Draw(out, b, img, b.Min, draw.Src)
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(&buf, out); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// pdfPage matches a page object of a PDF (not the /Pages tree).
var pdfPage = regexp.MustCompile(`/Type\s*/Page\b`)

// checkPDF prints the page to PDF, as on A4, and checks that it has pages:
// one for the overview, one at least for each municipality and one for
// the portfolio.
func checkPDF(t *testing.T, bin, page, dir string) {
	t.Helper()
	pdf := filepath.Join(dir, "report.pdf")
	chromium(t, bin, page, "--print-to-pdf="+pdf, "--no-pdf-header-footer")
	data, err := os.ReadFile(pdf)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(data, []byte("%PDF-")) {
		t.Fatalf("the printout is not a PDF: %q", data[:min(len(data), 16)])
	}
	if n := len(pdfPage.FindAll(data, -1)); n < 5 {
		t.Errorf("the printout has %d pages, want at least 5 (overview, three municipalities, portfolio)", n)
	}
	if len(data) < 50_000 {
		t.Errorf("the printout is only %d bytes", len(data))
	}
}

// checkDOM checks that the DOM the browser built holds the report's words
// in the language and its charts.
func checkDOM(t *testing.T, dom string, l egov.Language) {
	t.Helper()
	dom = html.UnescapeString(dom)
	w := wordsFor(l)
	h := htmlWordsFor(w)
	want := []string{w.Title, h.Overview, w.PortfolioHeading, w.Priorities, h.ActionPlan, h.PlanByWeek,
		w.LoadTitle(), w.ColPopulation, `lang="` + l.String() + `"`}
	for _, key := range []string{"kragujevac", "cacak", "bela-palanka", "nis", "vranje"} {
		m, _ := egov.FindPilot(key)
		want = append(want, m.Name.Label(l))
	}
	for _, key := range []string{"kragujevac", "cacak", "bela-palanka"} {
		m, _ := egov.FindPilot(key)
		want = append(want, w.RadarTitle(m.Name.Label(l)), w.LadderTitle(m.Name.Label(l)), w.GanttTitle(m.Name.Label(l)),
			w.GainsTitle(m.Name.Label(l)))
	}
	for _, s := range want {
		if !strings.Contains(dom, s) {
			t.Errorf("the rendered page lacks %q", s)
		}
	}
	// Three charts for each of three municipalities, two more for each
	// plan, and the load.
	if n := strings.Count(dom, "<svg"); n < 3*5+1 {
		t.Errorf("the rendered page has %d <svg> elements, want %d", n, 3*5+1)
	}
}

// axeViolation is one of axe-core's violations, as its script writes it
// into the page.
type axeViolation struct {
	ID     string `json:"id"`
	Impact string `json:"impact"`
	Help   string `json:"help"`
	Nodes  []struct {
		Target []any  `json:"target"`
		HTML   string `json:"html"`
	} `json:"nodes"`
}

// axeScript runs axe-core on the page once it has loaded and writes the
// violations as JSON into a <pre id="axe-result">, or the error into a
// <pre id="axe-error">; and how far the page is wider than the window, in
// a <pre id="axe-overflow">.
const axeScript = `<script>
axe.run(document, {resultTypes: ["violations"]}).then(function (r) {
  var pre = document.createElement("pre"); pre.id = "axe-result";
  pre.textContent = JSON.stringify(r.violations); document.body.appendChild(pre);
  var o = document.createElement("pre"); o.id = "axe-overflow";
  o.textContent = String(document.documentElement.scrollWidth - window.innerWidth); document.body.appendChild(o);
}).catch(function (e) {
  var pre = document.createElement("pre"); pre.id = "axe-error";
  pre.textContent = String(e); document.body.appendChild(pre);
});
</script>`

var (
	axeResultRE   = regexp.MustCompile(`(?s)<pre id="axe-(result|error)">(.*?)</pre>`)
	axeOverflowRE = regexp.MustCompile(`<pre id="axe-overflow">(-?\d+)</pre>`)
)

// checkAxe runs axe-core on a copy of the page with the script inlined
// (the report itself has none), at a phone's width, and fails on every
// serious or critical violation, printing each, and on a page wider than
// the phone (a wide chart or table scrolls in its own box, not the page).
// It returns the DOM.
func checkAxe(t *testing.T, bin, report, dir, axePath string) string {
	t.Helper()
	lib, err := os.ReadFile(axePath) // #nosec G304 -- the path .ci/run gives
	if err != nil {
		t.Fatal(err)
	}
	i := strings.LastIndex(report, "</body>")
	if i < 0 {
		t.Fatal("the report has no </body>")
	}
	page := report[:i] + "<script>" + string(lib) + "</script>\n" + axeScript + "\n" + report[i:]
	path := filepath.Join(dir, "report-axe.html")
	if err := os.WriteFile(path, []byte(page), 0o600); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(report, "<script") {
		t.Error("the report holds a script")
	}
	dom := string(chromium(t, bin, path, "--virtual-time-budget=20000", "--window-size=390,1600", "--dump-dom"))
	m := axeResultRE.FindStringSubmatch(dom)
	if m == nil {
		t.Fatal("axe-core wrote no result into the page")
	}
	if m[1] == "error" {
		t.Fatalf("axe-core failed: %s", html.UnescapeString(m[2]))
	}
	var violations []axeViolation
	if err := json.Unmarshal([]byte(html.UnescapeString(m[2])), &violations); err != nil {
		t.Fatalf("axe-core's result: %v", err)
	}
	for _, v := range violations {
		report := fmt.Sprintf("axe-core: %s (%s): %s", v.ID, v.Impact, v.Help)
		for _, n := range v.Nodes[:min(len(v.Nodes), 5)] {
			report += fmt.Sprintf("\n    %v %s", n.Target, tail(n.HTML, 200))
		}
		if v.Impact == "serious" || v.Impact == "critical" {
			t.Error(report)
		} else {
			t.Log(report)
		}
	}
	if o := axeOverflowRE.FindStringSubmatch(dom); o == nil || o[1] != "0" {
		t.Errorf("at a phone's width the page is wider than the window by %v pixels", o)
	}
	return dom
}
