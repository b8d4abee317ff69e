package egov_test

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/digitaldistrict/egovkit/egov"
)

// Fuzz targets: no input makes a decoder panic, and whatever one accepts
// encodes and decodes back to the same document. Seeds are small documents
// that the fuzzer mutates quickly, and documents at the limits: the first
// and last days a Date holds, counts of 30 digits and 31, shares of 29
// places, populations at the ends of 64 bits.

func FuzzDecodeVisit(f *testing.F) {
	f.Add([]byte(`{"format":"egovkit.visit/1","municipality":"cacak","date":"2025-11-20","team":["mentor"],` +
		`"findings":[{"observation":"o","service":"pisarnica","severity":"high"}],"priorities":[{"rank":1,"goal":"adopt-fully","service":"pisarnica"}]}`))
	f.Add([]byte(`{"format":"egovkit.visit/1"}`))
	f.Add([]byte(`{"format":"egovkit.visit/1","municipality":"cacak","date":"9999-12-31","date_illustrative":true,` +
		`"findings":[{"observation":"o","area":"data-exchange","severity":"low"},{"observation":"p","service":"eid","severity":"medium"}],` +
		`"priorities":[{"rank":9223372036854775807,"goal":"expand-services"},{"rank":1,"goal":"host-securely"}]}`))
	f.Add([]byte(`{"format":"egovkit.visit/1","municipality":"cacak","date":"0001-01-01","priorities":[{"rank":1,"goal":"exchange-data"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		v, err := egov.DecodeVisit(data, nil)
		if err != nil {
			return
		}
		again, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		back, err := egov.DecodeVisit(again, nil)
		if err != nil || !reflect.DeepEqual(emptyToNil(back), emptyToNil(v)) {
			t.Fatalf("accepted %q but its encoding %q does not decode back: %v", data, again, err)
		}
	})
}

func FuzzDecodeProfile(f *testing.F) {
	f.Add([]byte(`{"format":"egovkit.profile/1","municipality":"cacak","date":"2025-11-20","stages":{"pisarnica":"partly-in-use"},"measures":{"staff":"260","cases-handled-electronically":"0.05"}}`))
	// Numbers of 30 digits, the most a number may have, and of 31.
	for _, n := range []string{"999999999999999999999999999999", "9999999999999999999999999999999"} {
		f.Add([]byte(`{"format":"egovkit.profile/1","municipality":"cacak","date":"9999-12-31","stages":{"eid":"fully-in-use"},` +
			`"measures":{"staff":"` + n + `","staff-trained":"` + n + `","registered-ecitizens":"2305843009213693951",` +
			`"cases-handled-electronically":"0.00000000000000000000000000001"}}`))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := egov.DecodeProfile(data, nil)
		if err != nil {
			return
		}
		again, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := egov.DecodeProfile(again, nil); err != nil {
			t.Fatalf("accepted %q but not its encoding %q: %v", data, again, err)
		}
	})
}

func FuzzDecodeCatalog(f *testing.F) {
	seed, _ := json.Marshal(egov.SerbianCatalog())
	f.Add(seed)
	f.Add([]byte(`{"format":"egovkit.catalog/1","services":[]}`))
	f.Add([]byte(`{"format":"egovkit.catalog/1","services":[{"key":"a","name":{"en":"A","sr_latn":"A"},"kind":"enabler",` +
		`"audience":"citizens"},{"key":"b","name":{"en":"B","sr_latn":"B"},"kind":"enabler","audience":"citizens",` +
		`"prerequisites":[{"service":"a"}]}]}`))
	// No seed at the limit of services: the smallest document beyond it
	// (10,001 empty services) takes 50 ms to decode, which would slow every
	// execution that picks it; internal/hostile and internal/gen's tests
	// cover that limit.
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := egov.DecodeCatalog(data)
		if err != nil {
			return
		}
		again, err := json.Marshal(c)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := egov.DecodeCatalog(again); err != nil {
			t.Fatalf("accepted %q but not its encoding: %v", data, err)
		}
	})
}

func FuzzDecodeMunicipality(f *testing.F) {
	seed, _ := json.Marshal(egov.PilotMunicipalities()[2])
	f.Add(seed)
	// Populations at the ends of 64 bits and beyond.
	for _, n := range []string{"9223372036854775807", "9223372036854775808", "0"} {
		f.Add([]byte(`{"key":"cacak","name":{"sr_latn":"Čačak","sr_cyrl":"Чачак"},"status":"city",` +
			`"population":{"count":` + n + `,"census_year":9999}}`))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := egov.DecodeMunicipality(data)
		if err != nil {
			return
		}
		again, _ := json.Marshal(m)
		if back, err := egov.DecodeMunicipality(again); err != nil || back != m {
			t.Fatalf("accepted %q but its encoding does not decode back: %v", data, err)
		}
	})
}
