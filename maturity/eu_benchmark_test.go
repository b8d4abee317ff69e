package maturity_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/maturity"
)

// The EU eGovernment Benchmark's method as a model (testdata/
// eu-egov-benchmark.model.json), applied to ILLUSTRATIVE ROWS BUILT BY
// HAND (testdata/eu-egov-benchmark.illustrative.json): three made-up
// countries, four life events each. They are not published figures: no
// per-country figures of the Benchmark could be read where this test was
// written, so it checks the method against arithmetic done by hand, below,
// and never claims to reproduce the Commission's numbers.
//
// Per life event (a value as given; "missing" is not in the row; figures on
// 0–100 to four places):
//
// A starting-a-business:
//
//	UC = 2/3·0.9 + 1/3·(2/3·0.8 + 1/3·0.5) = 5/6 = 83.3333
//	T  = (0.6 + 0.9 + 0.6) / 3 = 7/10 = 70.0000
//	KE = mean of the known of (1, 1, 0.5, 1) = 7/8 = 87.5000
//	CB = known of (0.5·0.7, 0.25·0.6, 0.25·mean(1, 0.5)), renormalised = 11/16 = 68.7500
//
// A moving:
//
//	UC = 2/3·0.8 + 1/3·(2/3·0.6 + 1/3·0.3) = 7/10 = 70.0000
//	T  = (0.5 + 0 (missing) + 0.7) / 3 = 2/5 = 40.0000
//	KE = mean of the known of (1, 0.5, missing, 1) = 5/6 = 83.3333
//	CB: all missing, no score
//
// A family:
//
//	UC = 2/3·1 + 1/3·(2/3·1 + 1/3·1) = 1 = 100.0000
//	T  = (0.9 + 0.9 + 0.9) / 3 = 9/10 = 90.0000
//	KE = mean of the known of (1, 1, 1, 1) = 1 = 100.0000
//	CB = known of (0.5·0.5, 0.25·missing, 0.25·mean(1, missing)), renormalised = 2/3 = 66.6667
//
// A health:
//
//	UC = 2/3·0.6 + 1/3·(2/3·0 (missing) + 1/3·0.9) = 1/2 = 50.0000
//	T  = (0 (missing) + 0 (missing) + 0 (missing)) / 3 = 0 = 0.0000
//	KE: all missing, no score
//	CB = known of (0.5·0.4, 0.25·0.8, 0.25·mean(missing, missing)), renormalised = 8/15 = 53.3333
//
// B starting-a-business:
//
//	UC = 2/3·0.5 + 1/3·(2/3·0.5 + 1/3·0.5) = 1/2 = 50.0000
//	T  = (0.5 + 0.5 + 0.5) / 3 = 1/2 = 50.0000
//	KE = mean of the known of (0.5, 0.5, 0.5, 0.5) = 1/2 = 50.0000
//	CB = known of (0.5·0.5, 0.25·0.5, 0.25·mean(0.5, 0.5)), renormalised = 1/2 = 50.0000
//
// B moving:
//
//	UC = 2/3·0.4 + 1/3·(2/3·0.2 + 1/3·0.8) = 2/5 = 40.0000
//	T  = (0.3 + 0.6 + 0) / 3 = 3/10 = 30.0000
//	KE = mean of the known of (0, 1, 0, missing) = 1/3 = 33.3333
//	CB = known of (0.5·0.2, 0.25·0.4, 0.25·mean(0, 1)), renormalised = 13/40 = 32.5000
//
// B family:
//
//	UC = 2/3·0.75 + 1/3·(2/3·0.25 + 1/3·0 (missing)) = 5/9 = 55.5556
//	T  = (0 (missing) + 0.6 + 0 (missing)) / 3 = 1/5 = 20.0000
//	KE = mean of the known of (missing, 1, missing, missing) = 1 = 100.0000
//	CB: all missing, no score
//
// B health:
//
//	UC = 2/3·0.3 + 1/3·(2/3·0.9 + 1/3·0.6) = 7/15 = 46.6667
//	T  = (0.8 + 0.8 + 0.5) / 3 = 7/10 = 70.0000
//	KE = mean of the known of (missing, 0.25, missing, 0.75) = 1/2 = 50.0000
//	CB = known of (0.5·0.1, 0.25·0.1, 0.25·mean(missing, missing)), renormalised = 1/10 = 10.0000
//
// C starting-a-business:
//
//	UC = 2/3·1 + 1/3·(2/3·0.9 + 1/3·0.6) = 14/15 = 93.3333
//	T  = (1 + 1 + 0.7) / 3 = 9/10 = 90.0000
//	KE = mean of the known of (1, 1, 1, 1) = 1 = 100.0000
//	CB = known of (0.5·0.9, 0.25·0.9, 0.25·mean(1, 1)), renormalised = 37/40 = 92.5000
//
// C moving:
//
//	UC = 2/3·0.95 + 1/3·(2/3·0.7 + 1/3·0.85) = 53/60 = 88.3333
//	T  = (0.8 + 0.6 + 0.4) / 3 = 3/5 = 60.0000
//	KE = mean of the known of (1, missing, 1, 0.5) = 5/6 = 83.3333
//	CB = known of (0.5·0.6, 0.25·missing, 0.25·mean(missing, 0.6)), renormalised = 3/5 = 60.0000
//
// C family:
//
//	UC = 2/3·0.85 + 1/3·(2/3·0 (missing) + 1/3·0 (missing)) = 17/30 = 56.6667
//	T  = (0.7 + 0 (missing) + 0.2) / 3 = 3/10 = 30.0000
//	KE = mean of the known of (0.25, 0.5, 0.75, 1) = 5/8 = 62.5000
//	CB = known of (0.5·0.3, 0.25·0.2, 0.25·mean(0.4, missing)), renormalised = 3/10 = 30.0000
//
// C health:
//
//	UC = 2/3·0.7 + 1/3·(2/3·0.45 + 1/3·0.3) = 3/5 = 60.0000
//	T  = (0.55 + 0.65 + 0.75) / 3 = 13/20 = 65.0000
//	KE: all missing, no score
//	CB = known of (0.5·missing, 0.25·0.9, 0.25·mean(missing, missing)), renormalised = 9/10 = 90.0000
//
// A UC: mean over 4 life events = 91/120 = 75.8333 → 75.8
// A T: mean over 4 life events = 1/2 = 50.0000 → 50.0
// A KE: mean over 3 life events = 65/72 = 90.2778 → 90.3
// A CB: mean over 3 life events = 151/240 = 62.9167 → 62.9
// A overall: (75.8333 + 50.0000 + 90.2778 + 62.9167) / 4 = 2009/2880 = 69.7569 → 69.8
// A from the rounded parts: (75.8 + 50.0 + 90.3 + 62.9) / 4 = 69.7500
// B UC: mean over 4 life events = 173/360 = 48.0556 → 48.1
// B T: mean over 4 life events = 17/40 = 42.5000 → 42.5
// B KE: mean over 4 life events = 7/12 = 58.3333 → 58.3
// B CB: mean over 3 life events = 37/120 = 30.8333 → 30.8
// B overall: (48.0556 + 42.5000 + 58.3333 + 30.8333) / 4 = 647/1440 = 44.9306 → 44.9
// B from the rounded parts: (48.1 + 42.5 + 58.3 + 30.8) / 4 = 44.9250
// C UC: mean over 4 life events = 179/240 = 74.5833 → 74.6
// C T: mean over 4 life events = 49/80 = 61.2500 → 61.3
// C KE: mean over 3 life events = 59/72 = 81.9444 → 81.9
// C CB: mean over 4 life events = 109/160 = 68.1250 → 68.1
// C overall: (74.5833 + 61.2500 + 81.9444 + 68.1250) / 4 = 4117/5760 = 71.4757 → 71.5
// C from the rounded parts: (74.6 + 61.3 + 81.9 + 68.1) / 4 = 71.4750
//
// The rounded parts compose into each headline within the slack their
// rounding leaves (half of 0.1 each, and half of 0.1 for the headline):
// A's 69.75 and B's 44.925 and C's 71.475 all round to the headline.
var euIllustrative = map[string][5]string{ // user centricity, transparency, key enablers, cross-border, overall
	"Illustrative A": {"75.8", "50.0", "90.3", "62.9", "69.8"},
	"Illustrative B": {"48.1", "42.5", "58.3", "30.8", "44.9"},
	"Illustrative C": {"74.6", "61.3", "81.9", "68.1", "71.5"},
}

func TestEUBenchmarkMethodOnIllustrativeRows(t *testing.T) {
	c := loadModel(t, "eu-egov-benchmark.model.json")
	data, err := os.ReadFile(filepath.Join("testdata", "eu-egov-benchmark.illustrative.json"))
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Note string `json:"note"`
		Rows []struct {
			Country   string            `json:"country"`
			LifeEvent string            `json:"life_event"`
			Values    map[string]string `json:"values"`
		} `json:"rows"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Rows) != 12 {
		t.Fatalf("%d rows, want a dozen", len(doc.Rows))
	}
	byCountry := map[string][]maturity.Assessment{}
	for _, row := range doc.Rows {
		values := map[string]maturity.Value{}
		for k, v := range row.Values {
			values[k] = maturity.MustValue(v)
		}
		a, err := c.NewAssessment(values)
		if err != nil {
			t.Fatalf("%s %s: %v", row.Country, row.LifeEvent, err)
		}
		byCountry[row.Country] = append(byCountry[row.Country], a)
	}
	for country, want := range euIllustrative {
		avg, err := c.Average(byCountry[country])
		if err != nil {
			t.Fatal(err)
		}
		parts := map[string]decimal.Decimal{}
		for i, dim := range avg.Dimensions() {
			if got := dim.Score.StringFixed(1); got != want[i] {
				t.Errorf("%s %s: %s, by hand %s", country, dim.Key, got, want[i])
			}
			parts[dim.Key] = dim.Score
		}
		if got := avg.Score().StringFixed(1); got != want[4] {
			t.Errorf("%s overall: %s, by hand %s", country, got, want[4])
		}
		comp, err := c.Composite(parts)
		if err != nil {
			t.Fatal(err)
		}
		if !comp.Reproduces(d(want[4])) || comp.Rounded.StringFixed(1) != want[4] {
			t.Errorf("%s: the rounded parts compose to %s (%s), headline %s", country, comp.Exact.FloatString(4), comp.Rounded, want[4])
		}
	}
}

// The World Bank's GovTech Maturity Index and NALED's Local eGovernment
// Index as shapes: the GTMI a simple mean of four components with groups A
// to D from 0.75, 0.50 and 0.25; the LEI two sub-indices of two components
// each, with placeholder weights of 1 (NALED publishes none). Both decode,
// and score made-up components as computed by hand.
func TestGTMIAndLEIShapes(t *testing.T) {
	gtmi := loadModel(t, "wb-gtmi.model.json")
	// (0.9 + 0.7 + 0.6 + 0.8) / 4 = 3.0 / 4 = 0.75: group A, its start.
	a, _ := gtmi.NewAssessment(map[string]maturity.Value{"cgsi": maturity.MustValue("0.9"), "psdi": maturity.MustValue("0.7"),
		"dcei": maturity.MustValue("0.6"), "gtei": maturity.MustValue("0.8")})
	r, err := gtmi.Score(a)
	if err != nil {
		t.Fatal(err)
	}
	if band, _ := r.Band(); r.Score().StringFixed(3) != "0.750" || band.Key != "a" {
		t.Errorf("GTMI %s in group %s, by hand 0.750 in A", r.Score().StringFixed(3), band.Key)
	}
	lei := loadModel(t, "naled-lei-shape.model.json")
	// Preconditions = (0.8 + 0.5) / 2 = 0.65; electronic services: citizen
	// involvement unknown and left out, so 0.4; (0.65 + 0.4) / 2 = 0.525.
	a, _ = lei.NewAssessment(map[string]maturity.Value{"infrastructure-score": maturity.MustValue("0.8"),
		"human-resources-score": maturity.MustValue("0.5"), "e-services-score": maturity.MustValue("0.4")})
	r, err = lei.Score(a)
	if err != nil {
		t.Fatal(err)
	}
	if r.Score().StringFixed(2) != "52.50" || len(r.Groups()) != 4 {
		t.Errorf("LEI shape %s with %d groups, by hand 52.50 with 4", r.Score().StringFixed(2), len(r.Groups()))
	}
}
