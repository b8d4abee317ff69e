package plan

import (
	"encoding/json"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/exact"
	"github.com/digitaldistrict/egovkit/maturity"
)

// FormatRequest is the format version of plan request documents.
const FormatRequest = "egovkit.plan-request/1"

type requestJSON struct {
	Format  string          `json:"format"`
	Profile json.RawMessage `json:"profile"`
	Visit   json.RawMessage `json:"visit"`
	Options optionsJSON     `json:"options"`
}

// DecodeRequest decodes an egovkit.plan-request/1 document, the input of a
// plan: the municipality's profile and the visit (each an egovkit.profile/1
// and egovkit.visit/1 document) and the options, with capacities as decimal
// strings and, when it is not Serbia's, the working calendar (whether it
// holds the holidays of Serbia's Law, "serbia" or "none", and the holidays
// and days off added, as egov writes them):
//
//	{"format": "egovkit.plan-request/1",
//	 "profile": {...}, "visit": {...},
//	 "options": {"start": "2025-12-01", "horizon": 26, "team_capacity": "3",
//	             "municipality_capacity": "2", "partner_capacity": "0"}}
//
// The playbook and the model are the caller's. The document is decoded
// strictly and the request validated as Generate validates it; every
// problem comes in one *egov.ValidationError, with paths into the document:
// those of the options with those of the profile and the visit, so that one
// round trip shows them all. ExampleDecodeRequest shows a complete
// document with the JSON type of each field.
func DecodeRequest(data []byte, book *CompiledPlaybook, model *maturity.Compiled) (Request, error) {
	var doc requestJSON
	if err := egov.DecodeStrict("plan request", data, &doc); err != nil {
		return Request{}, err
	}
	var ps egov.ProblemList
	ps.CheckFormat(doc.Format, FormatRequest)
	req := Request{Playbook: book, Model: model}
	var cat *egov.Catalog
	if book != nil {
		cat = book.cat
	}
	// The profile and the visit are checked as they are decoded; the rest
	// of the request is checked below whatever they hold, so that every
	// problem of the document comes at once.
	var err error
	if req.Profile, err = egov.DecodeProfile(doc.Profile, cat); err != nil {
		ps.AppendErr("profile", err)
	}
	if req.Visit, err = egov.DecodeVisit(doc.Visit, cat); err != nil {
		ps.AppendErr("visit", err)
	}
	o := doc.Options
	req.Options = Options{Start: o.Start, Horizon: o.Horizon}
	// A capacity that is not a number is reported here; the checks of the
	// options then see a valid stand-in for it, so that it is reported once.
	parse := func(path, text string, optional bool) decimal.Decimal {
		if text == "" && optional {
			return decimal.Decimal{}
		}
		d, err := exact.ParseDecimal(text)
		if err != nil {
			ps.Add(path, text, "%v", err)
			return decimal.NewFromInt(1)
		}
		return d
	}
	req.Options.TeamCapacity = parse("options.team_capacity", o.TeamCapacity, false)
	req.Options.MunicipalityCapacity = parse("options.municipality_capacity", o.MunicipalityCapacity, false)
	req.Options.PartnerCapacity = parse("options.partner_capacity", o.PartnerCapacity, true)
	req.Options.Calendar = decodeCalendar(&ps, "options.calendar", o.Calendar)
	req.check(&ps, true)
	if err := ps.Err("plan request"); err != nil {
		return Request{}, err
	}
	return req, nil
}

// MarshalJSON writes the request's profile, visit and options as an
// egovkit.plan-request/1 document (the playbook and model are not part of
// it).
func (r Request) MarshalJSON() ([]byte, error) {
	profile, err := json.Marshal(r.Profile)
	if err != nil {
		return nil, err
	}
	visit, err := json.Marshal(r.Visit)
	if err != nil {
		return nil, err
	}
	return json.Marshal(requestJSON{Format: FormatRequest, Profile: profile, Visit: visit, Options: options(r.Options)})
}
