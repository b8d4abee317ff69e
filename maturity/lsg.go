package maturity

import (
	"sync"

	"github.com/digitaldistrict/egovkit/internal/exact"
	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
)

// The default model's identity.
const (
	LSGModelID      = "lsg-dmi"
	LSGModelVersion = "1.0.0"
)

// LSGModel returns the default digital-maturity model for Serbian local
// self-governments, "lsg-dmi" version 1.0.0. The package documentation
// explains every dimension, weight and threshold. Each call returns a fresh
// Model, which the caller may change and compile as its own methodology
// (under its own ID or version).
func LSGModel() Model {
	d := exact.MustDecimal
	w := decimal.NewFromInt
	stage := func(key string, service egov.ServiceKey, weight int64, name string) Indicator {
		return Indicator{Key: key, Name: name, Weight: w(weight),
			Rule: StageRule(service, d("0"), d("0.1"), d("0.3"), d("0.6"), d("1"))}
	}
	count := func(key string, m egov.Measure, target string, weight int64, name string) Indicator {
		return Indicator{Key: key, Name: name, Weight: w(weight), Rule: Rule{Kind: RuleCount, Measure: m, Target: d(target)}}
	}
	return Model{
		ID: LSGModelID, Version: LSGModelVersion,
		Name: "Digital maturity of a Serbian local self-government",
		Description: "Structured after NALED's Local eGovernment Index (infrastructure; people and skills; " +
			"e-services; citizen involvement) plus the back office and data exchange that the eGovernment " +
			"for All programme pushes. Weights and thresholds are egovkit's own; see the package documentation.",
		Scale: Scale{Min: w(0), Max: w(100)},
		Dimensions: []Dimension{
			{Key: "infrastructure", Name: "Infrastructure", Weight: w(15), Indicators: []Indicator{
				stage("ddc-hosting", egov.ServiceDDC, 1, "Data hosted in the State Data Centre"),
				{Key: "eid-in-use", Name: "Staff and citizens use the national eID", Weight: w(1),
					Rule: Rule{Kind: RuleYesNo, Service: egov.ServiceEID, MinStage: egov.StagePartlyInUse}},
			}},
			{Key: "people-and-skills", Name: "People and skills", Weight: w(15), Indicators: []Indicator{
				{Key: "staff-trained-share", Name: "Share of staff trained", Weight: w(2),
					Rule: Rule{Kind: RuleRatio, Numerator: egov.MeasureStaffTrained, Denominator: egov.MeasureStaff}},
				count("eid-registration-officers", egov.MeasureEIDOfficers, "2", 1, "Authorised eID registration officers"),
			}},
			{Key: "e-services", Name: "Presence of e-services", Weight: w(25), Indicators: []Indicator{
				stage("euprava", egov.ServiceEUprava, 1, "Services on the eUprava portal"),
				stage("episarnica", egov.ServiceEPisarnica, 2, "ePisarnica online service counter"),
				stage("eplacanje", egov.ServiceEPlacanje, 2, "ePlaćanje electronic payment"),
				count("citizen-eservices", egov.MeasureCitizenEServices, "10", 2, "Procedures citizens complete online"),
				count("business-eservices", egov.MeasureBusinessEServices, "10", 1, "Procedures businesses complete online"),
				stage("ebeba", egov.ServiceEBeba, 1, "eBeba newborn registration"),
				stage("evrtic", egov.ServiceEVrtic, 1, "eVrtić kindergarten enrolment"),
				stage("service-generator", egov.ServiceServiceGenerator, 1, "Own e-services from the Service Generator"),
				stage("ceop", egov.ServiceCEOP, 1, "CEOP electronic construction permits"),
				stage("lpa", egov.ServiceLPA, 1, "Local tax administration portal"),
			}},
			{Key: "citizen-involvement", Name: "Citizen involvement", Weight: w(15), Indicators: []Indicator{
				stage("consentid", egov.ServiceConsentID, 1, "ConsentID registration of citizens"),
				stage("esanduce", egov.ServiceESanduce, 2, "eSanduče delivery to citizens"),
				stage("rap", egov.ServiceRAP, 1, "Procedures published in the Register of Administrative Procedures"),
				count("registered-ecitizens", egov.MeasureRegisteredECitizens, "1000", 1, "Residents registered as eCitizens"),
			}},
			{Key: "back-office", Name: "Back office", Weight: w(20), Indicators: []Indicator{
				stage("pisarnica", egov.ServicePisarnica, 2, "Cases in the Records Management System"),
				stage("epecat", egov.ServiceEPecat, 2, "Cloud e-seal"),
				count("electronic-cases", egov.MeasureElectronicCaseShare, "1", 1, "Share of cases handled electronically"),
			}},
			{Key: "data-exchange", Name: "Data exchange", Weight: w(10), Indicators: []Indicator{
				stage("ezup", egov.ServiceEZUP, 1, "Registry data obtained through eZUP"),
			}},
		},
		Bands: []Band{
			{Key: "low", Name: "Low", From: w(0), To: w(25)},
			{Key: "middle", Name: "Middle", From: w(25), To: w(50)},
			{Key: "high", Name: "High", From: w(50), To: w(75)},
			{Key: "very-high", Name: "Very high", From: w(75), To: w(100)},
		},
		Levels: []Level{
			{Key: "nascent", Name: "Nascent", Description: "The national eID is in use.",
				Requires: []Requirement{{Indicator: "eid-in-use", AtLeast: d("1")}}},
			{Key: "emerging", Name: "Emerging", Description: "Cases are kept in Pisarnica and staff are being trained.",
				Requires: []Requirement{
					{Indicator: "pisarnica", AtLeast: d("0.6")},
					{Indicator: "staff-trained-share", AtLeast: d("0.25")},
				}},
			{Key: "agile-and-integrated", Name: "Agile and integrated",
				Description: "Requests arrive, are paid, sealed and answered electronically.",
				Requires: []Requirement{
					{Indicator: "episarnica", AtLeast: d("0.6")},
					{Indicator: "eplacanje", AtLeast: d("0.6")},
					{Indicator: "epecat", AtLeast: d("0.6")},
					{Indicator: "esanduce", AtLeast: d("0.6")},
				}},
			{Key: "transformed", Name: "Transformed",
				Description: "All cases in Pisarnica, registry data through eZUP, the ten common procedures online.",
				Requires: []Requirement{
					{Indicator: "pisarnica", AtLeast: d("1")},
					{Indicator: "ezup", AtLeast: d("0.6")},
					{Indicator: "citizen-eservices", AtLeast: d("1")},
				}},
			{Key: "innovative", Name: "Innovative",
				Description: "Builds its own e-services and involves citizens broadly.",
				Requires: []Requirement{
					{Dimension: "e-services", AtLeast: d("0.75")},
					{Dimension: "citizen-involvement", AtLeast: d("0.75")},
					{Indicator: "service-generator", AtLeast: d("0.6")},
				}},
		},
		Unknown:  LeaveOut,
		Rounding: Rounding{Places: 2, Mode: HalfUp},
	}
}

// Default returns the default model, LSGModel, compiled once and shared:
// every call returns the same *Compiled, which is immutable and safe for
// concurrent use, so that Default().Totals(Default().Assess(p)) works (as it
// would with a model compiled from LSGModel() by the caller, which has the
// same content).
func Default() *Compiled { return defaultModel() }

// defaultModel compiles LSGModel on first use; what it holds never changes.
var defaultModel = sync.OnceValue(func() *Compiled { return MustCompile(LSGModel()) })
