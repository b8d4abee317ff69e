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
	LSGModelVersion = "1.1.0"
)

// LSGModel returns the default digital-maturity model for Serbian local
// self-governments, "lsg-dmi" version 1.1.0. The package documentation
// explains every dimension, weight and threshold. Each call returns a fresh
// Model, which the caller may change and compile as its own methodology
// (under its own ID or version).
func LSGModel() Model {
	d := exact.MustDecimal
	w := decimal.NewFromInt
	// Every name is given in English and in Serbian Cyrillic; the Serbian
	// Latin is transliterated from the Cyrillic when asked for (see Label).
	stage := func(key string, service egov.ServiceKey, weight int64, name, cyrillic string) Indicator {
		return Indicator{Key: key, Name: name, NameCyrillic: cyrillic, Weight: w(weight),
			Rule: StageRule(service, d("0"), d("0.1"), d("0.3"), d("0.6"), d("1"))}
	}
	count := func(key string, m egov.Measure, target string, weight int64, name, cyrillic string) Indicator {
		return Indicator{Key: key, Name: name, NameCyrillic: cyrillic, Weight: w(weight),
			Rule: Rule{Kind: RuleCount, Measure: m, Target: d(target)}}
	}
	return Model{
		ID: LSGModelID, Version: LSGModelVersion,
		Name:         "Digital maturity of a Serbian local self-government",
		NameCyrillic: "Дигитална зрелост локалне самоуправе у Србији",
		Description: "Structured after NALED's Local eGovernment Index (infrastructure; people and skills; " +
			"e-services; citizen involvement) plus the back office and data exchange that the eGovernment " +
			"for All programme pushes. Weights and thresholds are egovkit's own; see the package documentation.",
		DescriptionCyrillic: "По узору на Локални индекс еУправе НАЛЕД-а (инфраструктура; људи и вештине; " +
			"електронске услуге; укључивање грађана), уз интерни рад управе и размену података, које " +
			"програм „еУправа за све“ подстиче. Пондери и прагови су egovkit-ови; образложење је у документацији пакета.",
		Scale: Scale{Min: w(0), Max: w(100)},
		Dimensions: []Dimension{
			{Key: "infrastructure", Name: "Infrastructure", NameCyrillic: "Инфраструктура", Weight: w(15), Indicators: []Indicator{
				stage("ddc-hosting", egov.ServiceDDC, 1, "Data hosted in the State Data Centre",
					"Подаци смештени у Државном дата центру"),
				{Key: "eid-in-use", Name: "Staff and citizens use the national eID",
					NameCyrillic: "Запослени и грађани користе национални eID", Weight: w(1),
					Rule: Rule{Kind: RuleYesNo, Service: egov.ServiceEID, MinStage: egov.StagePartlyInUse}},
			}},
			{Key: "people-and-skills", Name: "People and skills", NameCyrillic: "Људи и вештине", Weight: w(15), Indicators: []Indicator{
				{Key: "staff-trained-share", Name: "Share of staff trained", NameCyrillic: "Удео обучених запослених",
					Weight: w(2),
					Rule:   Rule{Kind: RuleRatio, Numerator: egov.MeasureStaffTrained, Denominator: egov.MeasureStaff}},
				count("eid-registration-officers", egov.MeasureEIDOfficers, "2", 1, "Authorised eID registration officers",
					"Овлашћени службеници за eID регистрацију"),
			}},
			{Key: "e-services", Name: "Presence of e-services", NameCyrillic: "Заступљеност електронских услуга", Weight: w(25), Indicators: []Indicator{
				stage("euprava", egov.ServiceEUprava, 1, "Services on the eUprava portal", "Услуге на Порталу еУправа"),
				stage("episarnica", egov.ServiceEPisarnica, 2, "ePisarnica online service counter", "еПисарница, електронски шалтер"),
				stage("eplacanje", egov.ServiceEPlacanje, 2, "ePlaćanje electronic payment", "еПлаћање, електронско плаћање"),
				count("citizen-eservices", egov.MeasureCitizenEServices, "10", 2, "Procedures citizens complete online",
					"Поступци које грађани завршавају електронски"),
				count("business-eservices", egov.MeasureBusinessEServices, "10", 1, "Procedures businesses complete online",
					"Поступци које привреда завршава електронски"),
				stage("ebeba", egov.ServiceEBeba, 1, "eBeba newborn registration", "еБеба, пријава новорођенчета"),
				stage("evrtic", egov.ServiceEVrtic, 1, "eVrtić kindergarten enrolment", "еВртић, упис у вртић"),
				stage("service-generator", egov.ServiceServiceGenerator, 1, "Own e-services from the Service Generator",
					"Сопствене електронске услуге из Генератора услуга"),
				stage("ceop", egov.ServiceCEOP, 1, "CEOP electronic construction permits",
					"ЦЕОП, електронске грађевинске дозволе"),
				stage("lpa", egov.ServiceLPA, 1, "Local tax administration portal",
					"Портал локалне пореске администрације"),
			}},
			{Key: "citizen-involvement", Name: "Citizen involvement", NameCyrillic: "Укључивање грађана", Weight: w(15), Indicators: []Indicator{
				stage("consentid", egov.ServiceConsentID, 1, "ConsentID registration of citizens",
					"Регистрација грађана за ConsentID"),
				stage("esanduce", egov.ServiceESanduce, 2, "eSanduče delivery to citizens", "Достава грађанима у еСандуче"),
				stage("rap", egov.ServiceRAP, 1, "Procedures published in the Register of Administrative Procedures",
					"Поступци објављени у Регистру административних поступака"),
				count("registered-ecitizens", egov.MeasureRegisteredECitizens, "1000", 1, "Residents registered as eCitizens",
					"Становници регистровани као еГрађани"),
			}},
			{Key: "back-office", Name: "Back office", NameCyrillic: "Интерни рад управе", Weight: w(20), Indicators: []Indicator{
				stage("pisarnica", egov.ServicePisarnica, 2, "Cases in the Records Management System", "Предмети у Писарници"),
				stage("epecat", egov.ServiceEPecat, 2, "Cloud e-seal", "Електронски печат у клауду"),
				count("electronic-cases", egov.MeasureElectronicCaseShare, "1", 1, "Share of cases handled electronically",
					"Удео предмета обрађених електронски"),
			}},
			{Key: "data-exchange", Name: "Data exchange", NameCyrillic: "Размена података", Weight: w(10), Indicators: []Indicator{
				stage("ezup", egov.ServiceEZUP, 1, "Registry data obtained through eZUP",
					"Подаци из регистара прибављени преко eZUP-а"),
			}},
		},
		Bands: []Band{
			{Key: "low", Name: "Low", NameCyrillic: "Ниска", From: w(0), To: w(25)},
			{Key: "middle", Name: "Middle", NameCyrillic: "Средња", From: w(25), To: w(50)},
			{Key: "high", Name: "High", NameCyrillic: "Висока", From: w(50), To: w(75)},
			{Key: "very-high", Name: "Very high", NameCyrillic: "Веома висока", From: w(75), To: w(100)},
		},
		Levels: []Level{
			{Key: "nascent", Name: "Nascent", NameCyrillic: "Почетни",
				Description: "The national eID is in use.", DescriptionCyrillic: "Национални eID је у употреби.",
				Requires: []Requirement{{Indicator: "eid-in-use", AtLeast: d("1")}}},
			{Key: "emerging", Name: "Emerging", NameCyrillic: "У развоју",
				Description:         "Cases are kept in Pisarnica and staff are being trained.",
				DescriptionCyrillic: "Предмети се воде у Писарници и запослени пролазе обуку.",
				Requires: []Requirement{
					{Indicator: "pisarnica", AtLeast: d("0.6")},
					{Indicator: "staff-trained-share", AtLeast: d("0.25")},
				}},
			{Key: "agile-and-integrated", Name: "Agile and integrated", NameCyrillic: "Агилан и интегрисан",
				Description:         "Requests arrive, are paid, sealed and answered electronically.",
				DescriptionCyrillic: "Захтеви стижу, плаћају се, печатирају и решавају електронски.",
				Requires: []Requirement{
					{Indicator: "episarnica", AtLeast: d("0.6")},
					{Indicator: "eplacanje", AtLeast: d("0.6")},
					{Indicator: "epecat", AtLeast: d("0.6")},
					{Indicator: "esanduce", AtLeast: d("0.6")},
				}},
			{Key: "transformed", Name: "Transformed", NameCyrillic: "Трансформисан",
				Description: "All cases in Pisarnica, registry data through eZUP, the ten common procedures online.",
				DescriptionCyrillic: "Сви предмети у Писарници, подаци из регистара преко eZUP-а, " +
					"десет најчешћих поступака електронски.",
				Requires: []Requirement{
					{Indicator: "pisarnica", AtLeast: d("1")},
					{Indicator: "ezup", AtLeast: d("0.6")},
					{Indicator: "citizen-eservices", AtLeast: d("1")},
				}},
			{Key: "innovative", Name: "Innovative", NameCyrillic: "Иновативан",
				Description:         "Builds its own e-services and involves citizens broadly.",
				DescriptionCyrillic: "Гради сопствене електронске услуге и широко укључује грађане.",
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
