package main

import (
	"encoding/xml"
	"errors"
	"io"
	"regexp"
	"strings"
	"testing"

	"github.com/digitaldistrict/egovkit/egov"
)

// The HTML report in every language is its golden file, a well-formed
// document (parsed whole with encoding/xml), self-contained (no script and
// nothing fetched), with the language's lang attribute, ids used once, and
// every chart an SVG image named by its title and description with its
// figures in a table beside it.
func TestHTMLReport(t *testing.T) {
	for _, l := range egov.Languages() {
		t.Run(l.String(), func(t *testing.T) {
			out, errOut, code := runMain(t, "-format", "html", "-lang", l.String())
			if code != 0 || errOut != "" {
				t.Fatalf("exit %d, stderr %q", code, errOut)
			}
			golden(t, goldenHTML(l), []byte(out))
			checkPage(t, out, l)
		})
	}
}

// goldenHTML names the HTML golden file of a language:
// egovforall.html.golden in English, egovforall.sr-Cyrl.html.golden.
func goldenHTML(l egov.Language) string {
	if l == egov.English {
		return "egovforall.html.golden"
	}
	return "egovforall." + l.String() + ".html.golden"
}

// fetching finds what would make a browser fetch or run something: a
// script, a style sheet or a font loaded, an image or frame, an @import,
// a url() that is not a fragment.
var fetching = regexp.MustCompile(`(?i)<script|<link|<img|<iframe|<object|<embed|\ssrc=|@import|url\((?:[^#)]|$)`)

func checkPage(t *testing.T, page string, l egov.Language) {
	t.Helper()
	if m := fetching.FindString(page); m != "" {
		t.Errorf("the page loads or runs something: %q", m)
	}
	dec := xml.NewDecoder(strings.NewReader(page))
	dec.Strict = true
	ids := map[string]bool{}
	var stack []string
	charts, tables := 0, 0
	labelledBy := map[string]string{} // chart root's aria-labelledby, by the chart's position
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("not well-formed: %v", err)
		}
		switch el := tok.(type) {
		case xml.StartElement:
			name := el.Name.Local
			stack = append(stack, name)
			for _, a := range el.Attr {
				switch a.Name.Local {
				case "id":
					if ids[a.Value] {
						t.Errorf("id %q is used twice", a.Value)
					}
					ids[a.Value] = true
				case "href":
					if !strings.HasPrefix(a.Value, "#") && !strings.HasPrefix(a.Value, "https://") {
						t.Errorf("link to %q", a.Value)
					}
				case "lang":
					if name == "html" && a.Value != l.String() {
						t.Errorf("lang=%q, want %q", a.Value, l.String())
					}
				case "aria-labelledby":
					if name == "svg" {
						labelledBy[a.Value] = ""
					}
				}
			}
			switch name {
			case "svg":
				charts++
				if attr(el, "role") != "img" {
					t.Errorf("an <svg> without role=\"img\": %v", el.Attr)
				}
			case "table":
				tables++
			}
		case xml.EndElement:
			if len(stack) == 0 || stack[len(stack)-1] != el.Name.Local {
				t.Fatalf("</%s> closes <%s>", el.Name.Local, strings.Join(stack, "><"))
			}
			stack = stack[:len(stack)-1]
		}
	}
	if len(stack) != 0 {
		t.Errorf("unclosed: %v", stack)
	}
	for names := range labelledBy {
		for _, id := range strings.Fields(names) {
			if !ids[id] {
				t.Errorf("aria-labelledby names %q, which is no element's id", id)
			}
		}
	}
	// Three municipalities with a gauge, a radar, a ladder, a Gantt chart
	// and gains each, and the team's load: each with its table, and the
	// overview's and the three action plans' tables besides.
	if charts != 3*5+1 {
		t.Errorf("%d charts, want %d", charts, 3*5+1)
	}
	if want := 3*(3+2+1) + 1 + 1; tables != want {
		t.Errorf("%d tables, want %d", tables, want)
	}
}

func attr(el xml.StartElement, name string) string {
	for _, a := range el.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}
