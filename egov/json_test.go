package egov_test

import (
	"bytes"
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/gen"
)

func TestCatalogJSONRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := gen.Catalog().Draw(t, "catalogue")
		data, err := json.Marshal(c)
		if err != nil {
			t.Fatal(err)
		}
		back, err := egov.DecodeCatalog(data)
		if err != nil {
			t.Fatalf("%v\n%s", err, data)
		}
		if !reflect.DeepEqual(normalise(c.Services()), normalise(back.Services())) || !slices.Equal(c.Order(), back.Order()) {
			t.Fatalf("round trip changed the catalogue\n%s", data)
		}
		again, _ := json.Marshal(back)
		if !bytes.Equal(data, again) {
			t.Fatalf("encoding is not stable:\n%s\n%s", data, again)
		}
		var viaStd egov.Catalog
		if err := json.Unmarshal(data, &viaStd); err != nil || viaStd.Len() != c.Len() {
			t.Fatalf("json.Unmarshal: %v", err)
		}
	})
}

// normalise makes nil and empty prerequisite lists alike.
func normalise(ss []egov.Service) []egov.Service {
	for i := range ss {
		if len(ss[i].Prerequisites) == 0 {
			ss[i].Prerequisites = nil
		}
	}
	return ss
}

func TestProfileJSONRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		cat := gen.Catalog().Draw(t, "catalogue")
		p := gen.Profile(cat).Draw(t, "profile")
		data, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		var back egov.Profile
		if err := json.Unmarshal(data, &back); err != nil {
			t.Fatalf("%v\n%s", err, data)
		}
		if back.Municipality != p.Municipality || back.Date != p.Date || !reflect.DeepEqual(back.Stages, p.Stages) {
			t.Fatalf("round trip changed the profile\n%s", data)
		}
		if len(back.Measures) != len(p.Measures) {
			t.Fatalf("measures lost\n%s", data)
		}
		for m, v := range p.Measures {
			if w, ok := back.Measure(m); !ok || w.Cmp(v) != 0 {
				t.Fatalf("measure %s: %s became %s", m, v, w)
			}
		}
		again, _ := json.Marshal(back)
		if !bytes.Equal(data, again) {
			t.Fatalf("encoding is not stable:\n%s\n%s", data, again)
		}
	})
}

func TestVisitJSONRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		cat := gen.Catalog().Draw(t, "catalogue")
		v := gen.Visit(cat).Draw(t, "visit")
		if rapid.Bool().Draw(t, "with id") {
			v.ID = v.ResolvedID()
		}
		data, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		back, err := egov.DecodeVisit(data, nil)
		if err != nil {
			t.Fatalf("%v\n%s", err, data)
		}
		if !reflect.DeepEqual(emptyToNil(back), emptyToNil(v)) {
			t.Fatalf("round trip changed the visit\n%+v\n%+v\n%s", v, back, data)
		}
	})
}

func emptyToNil(v egov.Visit) egov.Visit {
	if len(v.Team) == 0 {
		v.Team = nil
	}
	if len(v.Findings) == 0 {
		v.Findings = nil
	}
	if len(v.Priorities) == 0 {
		v.Priorities = nil
	}
	return v
}

func TestMunicipalityJSONRoundTrip(t *testing.T) {
	for _, m := range egov.PilotMunicipalities() {
		data, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		var back egov.Municipality
		if err := json.Unmarshal(data, &back); err != nil {
			t.Fatalf("%s: %v", data, err)
		}
		if back != m {
			t.Errorf("%s: round trip gave %+v", data, back)
		}
		if _, known := m.Population.Count(); !known && strings.Contains(string(data), "population") {
			t.Errorf("unknown population written: %s", data)
		}
	}
}

func TestDecodersAreStrict(t *testing.T) {
	cases := []struct {
		name, doc string
		decode    func([]byte) error
		want      []string
	}{
		{"visit: unknown field, case, wrong type, bad enum, bad date", `{"format":"egovkit.visit/1","Municipality":"x",` +
			`"date":"2025-02-30","priorities":[{"rank":"1","goal":"adopt"}],"extra":true}`, decodeVisit, []string{
			`Municipality: unknown field "Municipality" (field names are case-sensitive: did you mean "municipality"?)`,
			`date: invalid date "2025-02-30": 2025-02 has no day 30`,
			`priorities[0].rank: want a whole number, got a string`,
			`priorities[0].goal: unknown goal "adopt" (want one of introduce, adopt-fully, expand-use, train, promote, improve-communication, host-securely, exchange-data, expand-services)`,
			`extra: unknown field "extra"`,
		}},
		{"visit: wrong format and validation together", `{"format":"egovkit.visit/2","municipality":"cacak","date":"2025-11-20",` +
			`"priorities":[{"rank":1,"goal":"train"},{"rank":1,"goal":"promote"}]}`, decodeVisit, []string{
			`format: unsupported format "egovkit.visit/2" (want "egovkit.visit/1")`,
			`priorities[1].rank: rank 1 already given to priorities[0]`,
		}},
		{"visit: trailing data", `{"format":"egovkit.visit/1","municipality":"cacak","date":"2025-11-20"} {}`, decodeVisit,
			[]string{"trailing data after the document"}},
		{"visit: duplicate key", `{"format":"egovkit.visit/1","municipality":"cacak","municipality":"nis","date":"2025-11-20"}`,
			decodeVisit, []string{"municipality: field given more than once"}},
		{"profile: bad numbers", `{"format":"egovkit.profile/1","municipality":"cacak","date":"2025-11-20",` +
			`"measures":{"staff":"1e3","staff-trained":"-2","Staff":"1"}}`, decodeProfile, []string{
			`measures["Staff"]: unknown measure "Staff"; did you mean "staff"?`,
			`measures.staff: "1e3" is not a plain decimal number`,
			`measures.staff-trained: -2 is negative`,
		}},
		{"profile: missing format", `{"municipality":"cacak","date":"2025-11-20"}`, decodeProfile,
			[]string{`format: missing format (want "egovkit.profile/1")`}},
		{"catalogue: unknown prerequisite", `{"format":"egovkit.catalog/1","services":[{"key":"a","name":{"en":"A","sr_latn":"A"},` +
			`"kind":"enabler","audience":"citizens","prerequisites":[{"service":"b"}]}]}`, decodeCatalog,
			[]string{`services[0].prerequisites[0].service: unknown service "b"`}},
		{"municipality: population of the wrong type", `{"key":"nis","name":{"sr_latn":"Niš","sr_cyrl":"Ниш"},"status":"city","population":{"count":"many"}}`,
			decodeMunicipality, []string{`population.count: want a whole number, got a string`}},
	}
	for _, c := range cases {
		got := problemTexts(c.decode([]byte(c.doc)))
		if !slices.Equal(got, c.want) {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
}

func decodeVisit(b []byte) error        { _, err := egov.DecodeVisit(b, nil); return err }
func decodeProfile(b []byte) error      { _, err := egov.DecodeProfile(b, nil); return err }
func decodeCatalog(b []byte) error      { _, err := egov.DecodeCatalog(b); return err }
func decodeMunicipality(b []byte) error { _, err := egov.DecodeMunicipality(b); return err }

func TestSerbianCatalogJSONIsStable(t *testing.T) {
	a, err := json.Marshal(egov.SerbianCatalog())
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(egov.SerbianCatalog())
	if !bytes.Equal(a, b) {
		t.Fatal("two encodings differ")
	}
	if !bytes.HasPrefix(a, []byte(`{"format":"egovkit.catalog/1","services":[`)) {
		t.Fatalf("document starts %.60s", a)
	}
}
