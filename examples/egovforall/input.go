package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"

	"github.com/digitaldistrict/egovkit/egov"
)

// formatInput is the format of the example's JSON input: the same data as
// the built-in one, with each municipality, visit and profile in the
// library's own JSON form.
const formatInput = "egovforall.input/1"

// input is what the example shows: municipalities, visits and profiles.
type input struct {
	Municipalities []egov.Municipality
	Visits         []egov.Visit
	Profiles       []egov.Profile
}

type inputJSON struct {
	Format         string            `json:"format"`
	Municipalities []json.RawMessage `json:"municipalities"`
	Visits         []json.RawMessage `json:"visits"`
	Profiles       []json.RawMessage `json:"profiles"`
}

// encodeInput writes in as an egovforall.input/1 document.
func encodeInput(in input) ([]byte, error) {
	doc := struct {
		Format         string              `json:"format"`
		Municipalities []egov.Municipality `json:"municipalities"`
		Visits         []egov.Visit        `json:"visits"`
		Profiles       []egov.Profile      `json:"profiles"`
	}{formatInput, in.Municipalities, in.Visits, in.Profiles}
	return json.MarshalIndent(doc, "", "  ")
}

// decodeInput reads an egovforall.input/1 document and checks it against the
// catalogue: every problem of every part is reported, each with its path in
// the document.
func decodeInput(data []byte, cat *egov.Catalog) (input, error) {
	var doc inputJSON
	if err := egov.DecodeStrict("input", data, &doc); err != nil {
		return input{}, err
	}
	var problems []egov.Problem
	add := func(prefix string, err error) {
		if err == nil {
			return
		}
		var ve *egov.ValidationError
		if errors.As(err, &ve) {
			problems = append(problems, ve.Prefixed(prefix).Problems...)
			return
		}
		problems = append(problems, egov.Problem{Path: prefix, Reason: err.Error()})
	}
	if doc.Format != formatInput {
		problems = append(problems, egov.Problem{Path: "format", Value: doc.Format,
			Reason: fmt.Sprintf("unsupported format %q (want %q)", doc.Format, formatInput)})
	}
	var in input
	known := map[string]bool{}
	for i, raw := range doc.Municipalities {
		m, err := egov.DecodeMunicipality(raw)
		add(index("municipalities", i), err)
		if err == nil {
			in.Municipalities = append(in.Municipalities, m)
			known[m.Key] = true
		}
	}
	checkRef := func(path, key string) {
		if key != "" && !known[key] {
			problems = append(problems, egov.Problem{Path: path + ".municipality", Value: key,
				Reason: fmt.Sprintf("unknown municipality %q", key)})
		}
	}
	for i, raw := range doc.Visits {
		v, err := egov.DecodeVisit(raw, cat)
		add(index("visits", i), err)
		if err == nil {
			checkRef(index("visits", i), v.Municipality)
			in.Visits = append(in.Visits, v)
		}
	}
	for i, raw := range doc.Profiles {
		p, err := egov.DecodeProfile(raw, cat)
		add(index("profiles", i), err)
		if err == nil {
			checkRef(index("profiles", i), p.Municipality)
			in.Profiles = append(in.Profiles, p)
		}
	}
	if len(problems) > 0 {
		return input{}, &egov.ValidationError{Subject: "input", Problems: problems}
	}
	return in, nil
}

func index(path string, i int) string { return path + "[" + strconv.Itoa(i) + "]" }
