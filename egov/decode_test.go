package egov_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/digitaldistrict/egovkit/egov"
)

// TestDecodersReportShapeAndContentTogether checks that every decoder
// reports, in one error, the problems of a document's shape and those of
// the content it could read, without reporting again as missing or invalid
// what could not be read.
func TestDecodersReportShapeAndContentTogether(t *testing.T) {
	cat := egov.SerbianCatalog()
	cases := []struct {
		name, doc string
		decode    func([]byte) error
		want      []string
	}{
		{"profile", `{"format":"egovkit.profile/1","municipality":"Vranje","date":"2025-13-01",
			"stages":{"episarnica":"fully","ezupp":"planned","pisarnca":5},
			"measures":{"staf":"3","staff":10,"staff-trained":"12","cases-handled-electronically":"1.5"},"extra":1}`,
			func(b []byte) error { _, err := egov.DecodeProfile(b, cat); return err }, []string{
				// shape
				`date: invalid date "2025-13-01": month 13 outside 1…12`,
				`stages.episarnica: unknown adoption stage "fully" (want one of unknown, not-started, planned, piloting, partly-in-use, fully-in-use)`,
				`stages.pisarnca: want a string, got a number`,
				`measures.staff: want a string, got a number`,
				`extra: unknown field "extra"`,
				// content: the key of an entry whose value was lost is
				// still checked; staff trained is not compared with the
				// staff that could not be read, nor the date reported missing.
				`stages.pisarnca: unknown service "pisarnca"; did you mean "pisarnica"?`,
				`measures.staf: unknown measure "staf"; did you mean "staff"?`,
				`municipality: municipality key "Vranje" is not lower-case ASCII words joined by hyphens; did you mean "vranje"?`,
				`stages.ezupp: unknown service "ezupp"; did you mean "ezup"?`,
				`measures.cases-handled-electronically: share 1.5 is more than 1`,
			}},
		{"visit", `{"format":"egovkit.visit/1","municipalit":"cacak","date":"2025-11-20","team":["lead",""],
			"findings":[{"observation":"","area":"back-ofice"},{"observation":"x","severity":"urgent"}],
			"priorities":[{"rank":1,"goal":"unspecified"},{"rank":"2","goal":"train"},{"rank":1,"goal":"introduce"},
			{"rank":3,"goal":"exchange-data","service":"ezupp"}]}`,
			func(b []byte) error { _, err := egov.DecodeVisit(b, cat); return err }, []string{
				`municipalit: unknown field "municipalit"; did you mean "municipality"?`,
				`findings[0].area: unknown area "back-ofice"; did you mean "back-office"? (want one of unspecified, infrastructure, people-and-skills, e-services, citizen-involvement, back-office, data-exchange)`,
				`findings[1].severity: unknown severity "urgent" (want one of unrated, low, medium, high)`,
				`priorities[0].goal: goal "unspecified" stands for none given and is not accepted (want one of introduce, adopt-fully, expand-use, train, promote, improve-communication, host-securely, exchange-data, expand-services)`,
				`priorities[1].rank: want a whole number, got a string`,
				// not "missing municipality", "finding names neither a
				// service nor an area", "missing goal" or "rank 0"
				`team[1]: empty team entry`,
				`findings[0].observation: finding has no observation`,
				`priorities[2].rank: rank 1 already given to priorities[0]`,
				`priorities[2].service: goal introduce needs a service`,
				`priorities[3].service: unknown service "ezupp"; did you mean "ezup"?`,
			}},
		{"catalogue", `{"format":"egovkit.catalog/1","services":[
			{"key":"a","name":{"en":"A","sr_latn":"A"},"kind":"enabler","audience":"citizens","prerequisites":[{"service":"b"}]},
			{"key":"card","name":{"en":"C"},"kind":"unspecified","audience":"everyone"},
			{"key":"d","name":{"en":"D","sr_latn":"D"},"kind":"enabler","audience":"citizens",
			 "prerequisites":[{"service":"crad"},{"service":"d"}]}]}`,
			decodeCatalog, []string{
				`services[1].kind: service kind "unspecified" stands for none given and is not accepted (want one of enabler, back-office, citizen-service, business-service, infrastructure)`,
				`services[1].audience: unknown audience "everyone" (want one of unspecified, citizens, businesses, citizens-and-businesses, administration)`,
				`services[1].name.sr_latn: missing Serbian Latin name`,
				`services[0].prerequisites[0].service: unknown service "b"`,
				`services[2].prerequisites[0].service: unknown service "crad"; did you mean "card"?`,
				`services[2].prerequisites[1].service: service "d" requires itself`,
			}},
		{"catalogue with a key that cannot be read", `{"format":"egovkit.catalog/1","services":[
			{"key":5,"name":{"en":"A"},"kind":"enabler","audience":"citizens"},
			{"key":"b","name":{"en":"B","sr_latn":"B"},"kind":"enabler","audience":"citizens","prerequisites":[{"service":"a"},{"service":"b"}]}]}`,
			decodeCatalog, []string{
				`services[0].key: want a string, got a number`,
				`services[0].name.sr_latn: missing Serbian Latin name`,
				// not "unknown service "a"": the unreadable key may be "a"
				`services[1].prerequisites[1].service: service "b" requires itself`,
			}},
		{"municipality", `{"key":"Vranje","name":{"sr_latn":"Vranje","sr_cyrl":""},"status":"tovn",
			"population":{"count":-5,"census_year":"2022"}}`,
			decodeMunicipality, []string{
				`status: unknown status "tovn" (want one of unknown, municipality, city)`,
				`population.census_year: want a whole number, got a string`,
				`key: key "Vranje" is not lower-case ASCII words joined by hyphens; did you mean "vranje"?`,
				`name.sr_cyrl: missing Cyrillic name`,
				`population.count: population -5 is negative`,
			}},
	}
	for _, c := range cases {
		got := problemTexts(c.decode([]byte(c.doc)))
		if !slices.Equal(got, c.want) {
			t.Errorf("%s:\n got %s\nwant %s", c.name, strings.Join(got, "\n\t"), strings.Join(c.want, "\n\t"))
		}
	}
}

// TestUnreadableDocumentsStopAtShape checks that a document that cannot be
// read through gets no content checks: its problems are of its form only.
func TestUnreadableDocumentsStopAtShape(t *testing.T) {
	for _, doc := range []string{`{"format":"egovkit.visit/1","municipality":`, `[]`, "", `{"date":"x"`} {
		got := problemTexts(decodeVisit([]byte(doc)))
		if len(got) == 0 || slices.ContainsFunc(got, func(p string) bool { return strings.Contains(p, "missing") }) {
			t.Errorf("DecodeVisit(%q) = %q, want problems of form only", doc, got)
		}
	}
}

// TestProblemListDecode checks the mechanism behind the decoders, for
// documents of one's own: what fits is stored, what does not is reported
// once, and Readable tells which parts can be trusted.
func TestProblemListDecode(t *testing.T) {
	type item struct {
		Name string    `json:"name"`
		Date egov.Date `json:"date"`
	}
	type doc struct {
		Title string `json:"title"`
		Items []item `json:"items"`
	}
	var ps egov.ProblemList
	var d doc
	if !ps.Decode([]byte(`{"title":"t","items":[{"name":"a","date":"2025-02-30"},{"name":7}],"titel":"x"}`), &d) {
		t.Fatal("not readable")
	}
	if d.Title != "t" || len(d.Items) != 2 || d.Items[0].Name != "a" || !d.Items[0].Date.IsZero() {
		t.Errorf("decoded %+v", d)
	}
	for path, want := range map[string]bool{
		"title": true, "items": false, "items[0]": false, "items[0].name": true,
		"items[0].date": false, "items[1]": false, "items[1].name": false, "items[1].date": true, "": false,
	} {
		if got := ps.Readable(path); got != want {
			t.Errorf("Readable(%q) = %v, want %v", path, got, want)
		}
	}
	// Checks of content: those at parts that could not be read are dropped.
	ps.Add("items[0].date", "", "missing date")
	ps.Add("items[1].name", "", "missing name")
	ps.Add("items[1].date", "", "missing date")
	got := problemTexts(ps.Err("doc"))
	want := []string{
		`items[0].date: invalid date "2025-02-30": 2025-02 has no day 30`,
		`items[1].name: want a string, got a number`,
		`titel: unknown field "titel"; did you mean "title"?`,
		`items[1].date: missing date`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
	var fresh egov.ProblemList
	if !fresh.Readable("anything") || fresh.Decode([]byte(`{"title":`), &d) || d.Title != "t" {
		t.Error("an unread list or an unreadable document")
	}
}

// TestSuggestionsAreBounded checks that an input with many unknown keys
// costs a bounded number of searches through the catalogue, and still
// reports every key.
func TestSuggestionsAreBounded(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{"format":"egovkit.profile/1","municipality":"cacak","date":"2025-11-20","stages":{`)
	for i := range 40 {
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(&b, `"ezup%c%c":"planned"`, 'a'+rune(i/26), 'a'+rune(i%26)) // each a slip from "ezup"
	}
	b.WriteString("}}")
	got := problemTexts(func() error { _, err := egov.DecodeProfile([]byte(b.String()), egov.SerbianCatalog()); return err }())
	hinted := 0
	for _, p := range got {
		if strings.Contains(p, "did you mean") {
			hinted++
		}
	}
	if len(got) != 40 || hinted != 20 {
		t.Errorf("%d problems, %d with a suggestion; want 40 and 20", len(got), hinted)
	}
}

// TestPopulationIsKnownOnlyWithACount checks that a population object
// without a count is refused, not read as zero people, and that a census
// year must be a year.
func TestPopulationIsKnownOnlyWithACount(t *testing.T) {
	cases := map[string][]string{
		`{"census_year":2022}`:            {`population.count: missing count (leave population out when it is unknown)`},
		`{}`:                              {`population.count: missing count (leave population out when it is unknown)`},
		`{"count":0,"census_year":2022}`:  nil,
		`{"count":5,"census_year":-3}`:    {`population.census_year: census year -3 outside 1…9999`},
		`{"count":5,"census_year":20220}`: {`population.census_year: census year 20220 outside 1…9999`},
	}
	for pop, want := range cases {
		doc := `{"key":"nis","name":{"sr_latn":"Niš","sr_cyrl":"Ниш"},"status":"city","population":` + pop + `}`
		m, err := egov.DecodeMunicipality([]byte(doc))
		if got := problemTexts(err); !slices.Equal(got, want) {
			t.Errorf("population %s: got %q, want %q", pop, got, want)
		}
		if err == nil {
			if n, ok := m.Population.Count(); !ok || n != 0 {
				t.Errorf("population %s: count %d, %v", pop, n, ok)
			}
		}
	}
}
