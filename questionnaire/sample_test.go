package questionnaire_test

import (
	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/exact"
	"github.com/digitaldistrict/egovkit/maturity"
)

// sampleModel is the small model of the package's examples: one
// dimension reading a service's stage, the share of staff trained and the
// share of cases handled electronically.
func sampleModel() *maturity.Compiled {
	d := exact.MustDecimal
	return maturity.MustCompile(maturity.Model{
		ID: "sample", Version: "1.0", Name: "Sample index", NameCyrillic: "Пример индекса",
		Scale: maturity.Scale{Min: d("0"), Max: d("100")},
		Dimensions: []maturity.Dimension{{Key: "services", Name: "Services", NameCyrillic: "Услуге", Weight: d("1"),
			Indicators: []maturity.Indicator{
				{Key: "episarnica", Weight: d("2"), Rule: maturity.StageRule(egov.ServiceEPisarnica, d("0"), d("0.1"), d("0.3"), d("0.6"), d("1"))},
				{Key: "trained", Weight: d("1"), Rule: maturity.Rule{Kind: maturity.RuleRatio,
					Numerator: egov.MeasureStaffTrained, Denominator: egov.MeasureStaff}},
				{Key: "cases", Weight: d("1"), Rule: maturity.Rule{Kind: maturity.RuleCount,
					Measure: egov.MeasureElectronicCaseShare, Target: d("1")}},
			}}},
		Bands:    []maturity.Band{{Key: "all", From: d("0"), To: d("100")}},
		Rounding: maturity.Rounding{Places: 1},
	})
}

// sampleProfile is what the sample's municipality recorded before the
// visit: ePisarnica piloting. The municipality, "primer", is made up, as are
// the answers the examples give.
func sampleProfile() egov.Profile {
	return egov.Profile{Municipality: "primer", Date: egov.MustDate(2025, 10, 1),
		Stages: map[egov.ServiceKey]egov.AdoptionStage{egov.ServiceEPisarnica: egov.StagePiloting}}
}

// staffModel reads the staff and the eID registration officers as counts,
// so that, beside sampleModel, the officers are asked as a part of the
// staff the sample asks for.
func staffModel() *maturity.Compiled {
	d := exact.MustDecimal
	return maturity.MustCompile(maturity.Model{ID: "staff", Version: "2", Scale: maturity.Scale{Min: d("0"), Max: d("1")},
		Dimensions: []maturity.Dimension{{Key: "people", Weight: d("1"), Indicators: []maturity.Indicator{
			{Key: "staff", Weight: d("1"), Rule: maturity.Rule{Kind: maturity.RuleCount, Measure: egov.MeasureStaff, Target: d("100")}},
			{Key: "officers", Weight: d("1"), Rule: maturity.Rule{Kind: maturity.RuleCount, Measure: egov.MeasureEIDOfficers, Target: d("2")}},
		}}},
		Bands: []maturity.Band{{Key: "all", From: d("0"), To: d("1")}}})
}
