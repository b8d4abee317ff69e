package hosttest_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/maturity"
	"github.com/digitaldistrict/egovkit/plan"
)

// hostSettings sets every package variable of decimal to a value other than
// its default and returns a function that restores them.
func hostSettings() (restore func()) {
	saved := struct {
		div, pow       int32
		noQuotes, trim bool
		sci            bool
		expIter        int
		maxDecodeExp   int
	}{int32(decimal.DivisionPrecision), int32(decimal.PowPrecisionNegativeExponent),
		decimal.MarshalJSONWithoutQuotes, decimal.TrimTrailingZeros, decimal.UseScientificNotation,
		int(decimal.ExpMaxIterations), int(decimal.MaxDecodeExponent)}
	decimal.DivisionPrecision = 3
	decimal.PowPrecisionNegativeExponent = 2
	decimal.MarshalJSONWithoutQuotes = true
	decimal.TrimTrailingZeros = false
	decimal.UseScientificNotation = true
	decimal.ExpMaxIterations = 5
	decimal.MaxDecodeExponent = 1
	return func() {
		decimal.DivisionPrecision = int(saved.div)
		decimal.PowPrecisionNegativeExponent = int(saved.pow)
		decimal.MarshalJSONWithoutQuotes = saved.noQuotes
		decimal.TrimTrailingZeros = saved.trim
		decimal.UseScientificNotation = saved.sci
		decimal.ExpMaxIterations = saved.expIter
		decimal.MaxDecodeExponent = saved.maxDecodeExp
	}
}

func outputs(t *testing.T) [][]byte {
	t.Helper()
	p := egov.Profile{
		Municipality: "cacak", Date: egov.MustDate(2025, 11, 20),
		Stages: map[egov.ServiceKey]egov.AdoptionStage{"pisarnica": egov.StagePartlyInUse},
		Measures: map[egov.Measure]decimal.Decimal{
			egov.MeasureStaff:               decimal.New(1500, 0),
			egov.MeasureStaffTrained:        decimal.New(12000, -2), // 120.00
			egov.MeasureElectronicCaseShare: decimal.New(50, -3),    // 0.050
		},
	}
	m := maturity.Default()
	r, err := m.Score(m.Assess(p))
	if err != nil {
		t.Fatal(err)
	}
	pb, err := plan.CompileDefaultPlaybook()
	if err != nil {
		t.Fatal(err)
	}
	pl, err := plan.Generate(plan.Request{Playbook: pb, Model: m, Profile: p,
		Visit: egov.Visit{Municipality: "cacak", Date: p.Date, Priorities: []egov.Priority{
			{Rank: 1, Goal: egov.GoalAdoptFully, Service: egov.ServicePisarnica},
			{Rank: 2, Goal: egov.GoalIntroduce, Service: egov.ServiceEPecat}}},
		Options: plan.Options{Start: egov.MustDate(2025, 12, 1), Horizon: 12,
			TeamCapacity: decimal.New(250, -2), MunicipalityCapacity: decimal.NewFromInt(2)}})
	if err != nil {
		t.Fatal(err)
	}
	pf, err := plan.SchedulePortfolio([]*plan.Plan{pl}, plan.PortfolioOptions{Start: egov.MustDate(2025, 12, 1),
		Horizon: 12, TeamCapacity: decimal.NewFromInt(2)})
	if err != nil {
		t.Fatal(err)
	}
	var out [][]byte
	// Text: rationales, assumptions, and problems that quote numbers.
	var text []string
	for _, s := range pl.Steps {
		text = append(text, s.Rationale.String())
	}
	// Plans make no assumptions any more, but the type still writes one.
	text = append(text, plan.Assumption{Measure: egov.MeasureStaff, Value: decimal.New(15, 2)}.String()) //nolint:staticcheck // deprecated, still formatted
	bad := p.WithMeasure(egov.MeasureEIDOfficers, decimal.New(15, -1)).WithMeasure(egov.MeasureElectronicCaseShare, decimal.New(12, -1))
	text = append(text, bad.Validate(egov.SerbianCatalog()).Error(), egov.CensusPopulation(105612, 2022).String())
	out = append(out, []byte(strings.Join(text, "\n")))
	for _, v := range []any{p, egov.SerbianCatalog(), egov.PilotMunicipalities(), maturity.LSGModel(), r,
		m.Assess(p), plan.DefaultPlaybook(), pl, pf} {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, b)
	}
	return out
}

var decoderInputs = []string{
	`{"format":"egovkit.profile/1","municipality":"cacak","date":"2025-11-20","measures":{"staff":"1500"}}`,
	`{"format":"egovkit.profile/1","municipality":"cacak","date":"2025-11-20","measures":{"staff":"1500.000"}}`,
	`{"format":"egovkit.profile/1","municipality":"cacak","date":"2025-11-20","measures":{"cases-handled-electronically":"0.12345678901234567890"}}`,
	`{"format":"egovkit.profile/1","municipality":"cacak","date":"2025-11-20","measures":{"staff":"1E3"}}`,
	`{"format":"egovkit.profile/1","municipality":"cacak","date":"2025-11-20","measures":{"staff":"100000000000000000000000000000"}}`,
}

func decodeResults() []string {
	var out []string
	model, _ := json.Marshal(maturity.LSGModel())
	book, _ := json.Marshal(plan.DefaultPlaybook())
	for _, doc := range []string{string(model), strings.Replace(string(model), `"weight":"15"`, `"weight":"1.5e1"`, 1),
		strings.Replace(string(model), `"weight":"15"`, `"weight":"15.00000"`, 1)} {
		m, err := maturity.DecodeModel([]byte(doc))
		if err != nil {
			out = append(out, "error: "+err.Error())
			continue
		}
		b, _ := json.Marshal(m)
		out = append(out, string(b))
	}
	for _, doc := range []string{string(book), strings.Replace(string(book), `"effort":"1"`, `"effort":"1.000"`, 1),
		strings.Replace(string(book), `"effort":"1"`, `"effort":"1E0"`, 1)} {
		pb, err := plan.DecodePlaybook([]byte(doc))
		if err != nil {
			out = append(out, "error: "+err.Error())
			continue
		}
		b, _ := json.Marshal(pb)
		out = append(out, string(b))
	}
	for _, in := range decoderInputs {
		p, err := egov.DecodeProfile([]byte(in), nil)
		if err != nil {
			out = append(out, "error: "+err.Error())
			continue
		}
		b, _ := json.Marshal(p)
		out = append(out, string(b))
	}
	return out
}

func TestOutputDoesNotDependOnDecimalGlobals(t *testing.T) {
	want := outputs(t)
	wantDecoded := decodeResults()
	restore := hostSettings()
	defer restore()
	got := outputs(t)
	for i := range want {
		if !bytes.Equal(got[i], want[i]) {
			t.Errorf("output %d changed with the host's settings:\n%s\n%s", i, want[i], got[i])
		}
	}
	gotDecoded := decodeResults()
	for i := range wantDecoded {
		if gotDecoded[i] != wantDecoded[i] {
			t.Errorf("decoding %s changed with the host's settings:\n%s\n%s", decoderInputs[i], wantDecoded[i], gotDecoded[i])
		}
	}
	if !bytes.Contains(want[1], []byte(`"staff-trained":"120"`)) || !bytes.Contains(want[1], []byte(`"cases-handled-electronically":"0.05"`)) {
		t.Errorf("measures are not written as plain, trimmed decimal strings: %s", want[1])
	}
}
