package plan_test

import (
	"encoding/json"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/plan"
)

// A portfolio's options read back as the options it was scheduled with; it
// has no one municipality capacity (each plan keeps its own), so it writes
// none rather than "0".
func TestPortfolioOptionsRoundTrip(t *testing.T) {
	req := cacakRequest(t)
	p, err := plan.Generate(req)
	if err != nil {
		t.Fatal(err)
	}
	opts := plan.PortfolioOptions{Start: p.Options.Start, Horizon: 30, TeamCapacity: pd("2.5"),
		PartnerCapacity: pd("4")}
	pf, err := plan.SchedulePortfolio([]*plan.Plan{p}, opts)
	if err != nil {
		t.Fatal(err)
	}
	data, err := json.Marshal(pf)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Options map[string]json.RawMessage `json:"options"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	if v, ok := doc.Options["municipality_capacity"]; ok {
		t.Errorf("the portfolio writes a municipality capacity %s", v)
	}
	var back struct {
		Start           egov.Date `json:"start"`
		Horizon         int       `json:"horizon"`
		TeamCapacity    string    `json:"team_capacity"`
		PartnerCapacity string    `json:"partner_capacity"`
	}
	raw, _ := json.Marshal(doc.Options)
	if err := json.Unmarshal(raw, &back); err != nil {
		t.Fatal(err)
	}
	dec := func(s string) decimal.Decimal {
		d, err := decimal.NewFromString(s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	if back.Start != opts.Start || back.Horizon != opts.Horizon || dec(back.TeamCapacity).Cmp(opts.TeamCapacity) != 0 ||
		dec(back.PartnerCapacity).Cmp(opts.PartnerCapacity) != 0 {
		t.Errorf("options read back as %+v, want %+v", back, opts)
	}
	// A plan has one: its own.
	data, err = json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	var pdoc struct {
		Options struct {
			MunicipalityCapacity string `json:"municipality_capacity"`
		} `json:"options"`
	}
	if err := json.Unmarshal(data, &pdoc); err != nil {
		t.Fatal(err)
	}
	if dec(pdoc.Options.MunicipalityCapacity).Cmp(req.Options.MunicipalityCapacity) != 0 {
		t.Errorf("the plan writes municipality capacity %q, want %s", pdoc.Options.MunicipalityCapacity, req.Options.MunicipalityCapacity)
	}
}
