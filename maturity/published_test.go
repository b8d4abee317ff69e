package maturity_test

import (
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/shopspring/decimal"
	"pgregory.net/rapid"

	"github.com/digitaldistrict/egovkit/internal/exact"
	"github.com/digitaldistrict/egovkit/maturity"
)

type egdiVectors struct {
	Source    string `json:"source"`
	Tolerance string `json:"tolerance"`
	Countries []struct {
		Country string `json:"country"`
		EGDI    string `json:"egdi"`
		OSI     string `json:"osi"`
		HCI     string `json:"hci"`
		TII     string `json:"tii"`
		Group   string `json:"group"`
	} `json:"countries"`
}

func loadModel(t *testing.T, name string) *maturity.Compiled {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	m, err := maturity.DecodeModel(data)
	if err != nil {
		t.Fatal(err)
	}
	return maturity.MustCompile(m)
}

// TestUNEGDI reproduces published EGDI values and groups from their
// published components. The UN averages its unrounded components, so the
// mean of the published (rounded) components can miss the published EGDI
// in the last place: by up to about 7e-5 in 2022 (four places) and 4e-5 in
// 2024 (five places); Serbia 2024's components give 0.86181, the Survey
// prints 0.86184. The tolerances are one unit (2022) and half a unit (2024)
// of the last published place.
func TestUNEGDI(t *testing.T) {
	for _, year := range []string{"2022", "2024"} {
		c := loadModel(t, "un-egdi-"+year+".model.json")
		data, err := os.ReadFile(filepath.Join("testdata", "un-egdi-"+year+".json"))
		if err != nil {
			t.Fatal(err)
		}
		var vec egdiVectors
		if err := json.Unmarshal(data, &vec); err != nil {
			t.Fatal(err)
		}
		tol := exact.Rat(decimal.RequireFromString(vec.Tolerance))
		for _, row := range vec.Countries {
			a, err := c.NewAssessment(map[string]maturity.Value{
				"osi": maturity.MustValue(row.OSI), "hci": maturity.MustValue(row.HCI), "tii": maturity.MustValue(row.TII)})
			if err != nil {
				t.Fatal(err)
			}
			r, err := c.Score(a)
			if err != nil {
				t.Fatal(err)
			}
			published := exact.Rat(decimal.RequireFromString(row.EGDI))
			diff := new(big.Rat).Sub(r.Exact(), published)
			if diff.Abs(diff).Cmp(tol) > 0 {
				t.Errorf("%s %s: EGDI %s from components, published %s", year, row.Country, r.Score(), row.EGDI)
			}
			if band, _ := r.Band(); band.Key != row.Group {
				t.Errorf("%s %s: group %s, published %s", year, row.Country, band.Key, row.Group)
			}
		}
		if year == "2024" {
			r, _ := c.Score(mustAssess(t, c, map[string]string{"osi": "0.85397", "hci": "0.80941", "tii": "0.92206"}))
			if got := r.Score().StringFixed(5); got != "0.86181" {
				t.Errorf("Serbia 2024 from its components: %s, want 0.86181", got)
			}
		}
	}
}

func mustAssess(t *testing.T, c *maturity.Compiled, values map[string]string) maturity.Assessment {
	t.Helper()
	vs := map[string]maturity.Value{}
	for k, v := range values {
		vs[k] = maturity.MustValue(v)
	}
	a, err := c.NewAssessment(vs)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// losiModel expresses the UN Local Online Service Index 2022: 86 yes/no
// indicators in five criteria (Institutional Framework 8, Content Provision
// 25, Services Provision 18, Participation and Engagement 17, Technology
// 18); LOSI is the share of indicators met, so each criterion weighs its
// number of indicators. The 17 Participation and Engagement names are those
// of the Survey's figure 3.10; the other 69 are in an annex we do not have
// and are named by criterion and number.
func losiModel() maturity.Model {
	participation := []string{"e-voting", "real-time-communication", "report-discrimination",
		"feedback-on-consultations", "participatory-budgeting", "email-responsiveness", "email-response-quality",
		"participatory-land-use-plan", "e-participation-announcements", "open-data-metadata", "open-data-provision",
		"online-deliberation", "incident-reporting", "council-meeting-information", "budget-information",
		"feedback-and-complaints", "social-networking"}
	criteria := []struct {
		key   string
		count int
	}{{"institutional-framework", 8}, {"content-provision", 25}, {"services-provision", 18},
		{"participation-and-engagement", 17}, {"technology", 18}}
	m := maturity.Model{ID: "un-losi", Version: "2022", Name: "UN Local Online Service Index",
		Scale: maturity.Scale{Min: d("0"), Max: d("1")},
		Bands: []maturity.Band{
			{Key: "low", From: d("0"), To: d("0.25")}, {Key: "middle", From: d("0.25"), To: d("0.5")},
			{Key: "high", From: d("0.5"), To: d("0.75")}, {Key: "very-high", From: d("0.75"), To: d("1")}},
		Unknown: maturity.CountAsZero, Rounding: maturity.Rounding{Places: 4}}
	for _, cr := range criteria {
		dim := maturity.Dimension{Key: cr.key, Weight: decimal.NewFromInt(int64(cr.count))}
		for i := range cr.count {
			key := fmt.Sprintf("%s-%d", cr.key, i+1)
			if cr.key == "participation-and-engagement" {
				key = participation[i]
			}
			dim.Indicators = append(dim.Indicators, maturity.Indicator{Key: key, Weight: d("1")})
		}
		m.Dimensions = append(m.Dimensions, dim)
	}
	return m
}

func TestUNLOSI(t *testing.T) {
	c := maturity.MustCompile(losiModel())
	if n := len(c.Indicators()); n != 86 {
		t.Fatalf("%d indicators, want 86", n)
	}
	keys := c.Indicators()
	rapid.Check(t, func(rt *rapid.T) {
		met := rapid.IntRange(0, 86).Draw(rt, "met")
		chosen := rapid.Permutation(keys).Draw(rt, "order")[:met]
		values := map[string]maturity.Value{}
		for _, k := range keys {
			values[k] = maturity.MustValue("0")
		}
		for _, k := range chosen {
			values[k] = maturity.MustValue("1")
		}
		a, _ := c.NewAssessment(values)
		r, err := c.Score(a)
		if err != nil {
			rt.Fatal(err)
		}
		if r.Exact().Cmp(big.NewRat(int64(met), 86)) != 0 {
			rt.Fatalf("%d of 86 met: LOSI %s", met, r.Exact().RatString())
		}
		band, _ := r.Band()
		want := map[bool]string{true: "very-high", false: "high"}[met >= 65]
		if met >= 43 && band.Key != want {
			rt.Fatalf("%d of 86 met: %s, want %s", met, band.Key, want)
		}
	})
	// The boundary: Very High needs more than 75 % of the 86 indicators met, so
	// 65 of 86 (75.6 %) is Very High and 64 (74.4 %) is High.
	for met, want := range map[int]string{65: "very-high", 64: "high"} {
		values := map[string]maturity.Value{}
		for i, k := range keys {
			values[k] = maturity.MustValue(map[bool]string{true: "1", false: "0"}[i < met])
		}
		a, _ := c.NewAssessment(values)
		r, _ := c.Score(a)
		if band, _ := r.Band(); band.Key != want {
			t.Errorf("%d of 86: %s, want %s", met, band.Key, want)
		}
	}
}

// TestRiskWeightsMatter scores the same checks with equal weights and with
// the risk weights OpenSSF Scorecard uses (critical 10, high 7.5, medium 5,
// low 2.5); inconclusive checks are not applicable and leave the
// denominator, as in Scorecard.
func TestRiskWeightsMatter(t *testing.T) {
	build := func(weights []string) *maturity.Compiled {
		m := maturity.Model{ID: "scorecard", Version: "1", Scale: maturity.Scale{Min: d("0"), Max: d("10")},
			Bands:    []maturity.Band{{Key: "all", From: d("0"), To: d("10")}},
			Rounding: maturity.Rounding{Places: 1}}
		dim := maturity.Dimension{Key: "checks", Weight: d("1")}
		for i, w := range weights {
			dim.Indicators = append(dim.Indicators, maturity.Indicator{Key: []string{"critical", "high", "medium", "low", "inconclusive"}[i], Weight: d(w)})
		}
		m.Dimensions = []maturity.Dimension{dim}
		return maturity.MustCompile(m)
	}
	values := map[string]string{"critical": "0.2", "high": "0.4", "medium": "0.8", "low": "1", "inconclusive": "not-applicable"}
	risk := build([]string{"10", "7.5", "5", "2.5", "10"})
	equal := build([]string{"1", "1", "1", "1", "1"})
	rr, _ := risk.Score(mustAssess(t, risk, values))
	re, _ := equal.Score(mustAssess(t, equal, values))
	// Risk: (10·2 + 7.5·4 + 5·8 + 2.5·10) / 25 = 115/25 = 4.6; equal: (2+4+8+10)/4 = 6.
	if rr.Score().StringFixed(1) != "4.6" || re.Score().StringFixed(1) != "6.0" {
		t.Fatalf("risk-weighted %s, equal %s", rr.Score(), re.Score())
	}
	contribs := rr.Indicators()
	if !slices.ContainsFunc(contribs, func(is maturity.IndicatorScore) bool {
		return is.Key == "inconclusive" && !is.Counted && is.ContributionExact.Sign() == 0
	}) {
		t.Error("the inconclusive check counts")
	}
}
