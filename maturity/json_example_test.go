package maturity_test

import (
	"fmt"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/maturity"
)

// sampleModel is a complete egovkit.model/1 document: every field a model
// may have, each kind of rule, names in three languages. See
// ExampleDecodeModel for the fields and their types.
const sampleModel = `{
	"format": "egovkit.model/1",
	"id": "sample",
	"version": "1.0.0",
	"name": "Sample model",
	"name_sr_cyrl": "Пример модела",
	"name_sr_latn": "Primer modela",
	"description": "Every field of a model.",
	"description_sr_cyrl": "Сва поља модела.",
	"description_sr_latn": "Sva polja modela.",
	"scale": {"min": "0", "max": "100"},
	"dimensions": [
		{
			"key": "services",
			"name": "Services",
			"name_sr_cyrl": "Услуге",
			"description": "What the municipality offers online.",
			"description_sr_cyrl": "Шта општина нуди електронски.",
			"weight": "2",
			"indicators": [
				{
					"key": "episarnica", "name": "ePisarnica", "name_sr_cyrl": "еПисарница", "weight": "1",
					"rule": {"kind": "stage", "service": "episarnica", "credits": [
						{"stage": "not-started", "credit": "0"}, {"stage": "planned", "credit": "0.1"},
						{"stage": "piloting", "credit": "0.3"}, {"stage": "partly-in-use", "credit": "0.6"},
						{"stage": "fully-in-use", "credit": "1"}
					]}
				},
				{
					"key": "eid", "name": "eID in use", "weight": "1",
					"rule": {"kind": "yes-no", "service": "eid", "min_stage": "partly-in-use"}
				},
				{
					"key": "online", "name": "Procedures online", "weight": "0.5",
					"rule": {"kind": "count", "measure": "eservices-for-citizens", "target": "10"}
				}
			]
		},
		{
			"key": "people",
			"name": "People",
			"weight": "1",
			"indicators": [
				{
					"key": "trained", "name": "Staff trained", "description": "Share of staff trained.", "weight": "1",
					"rule": {"kind": "ratio", "numerator": "staff-trained", "denominator": "staff"}
				},
				{
					"key": "survey", "name": "Staff survey", "weight": "1",
					"rule": {"kind": "given"}
				}
			]
		}
	],
	"bands": [
		{"key": "low", "name": "Low", "name_sr_cyrl": "Ниска", "from": "0", "to": "50"},
		{"key": "high", "name": "High", "name_sr_cyrl": "Висока", "name_sr_latn": "Visoka", "from": "50", "to": "100"}
	],
	"levels": [
		{
			"key": "started", "name": "Started", "name_sr_cyrl": "Започето",
			"description": "ePisarnica is piloted.", "description_sr_cyrl": "еПисарница се пробно користи.",
			"requires": [{"indicator": "episarnica", "at_least": "0.3"}]
		},
		{
			"key": "broad", "name": "Broad",
			"requires": [{"dimension": "services", "at_least": "0.5"}, {"indicator": "trained", "at_least": "0.25"}]
		}
	],
	"unknown": "leave-out",
	"rounding": {"places": 2, "mode": "half-even"}
}`

// A complete egovkit.model/1 document (sampleModel above). Its fields and
// their JSON types:
//
//	format                string, always "egovkit.model/1"
//	id                    string: lower-case ASCII words joined by hyphens
//	version               string
//	name, description     strings, optional: in English
//	name_sr_cyrl, name_sr_latn, description_sr_cyrl, description_sr_latn
//	                      strings, optional: in Serbian Cyrillic and Latin;
//	                      the Latin, left out, is transliterated from the
//	                      Cyrillic; missing Serbian reads in English
//	scale                 object: min and max, decimals written as strings
//	dimensions            array of objects:
//	  key                 string
//	  name…               strings, optional, as the model's
//	  weight              decimal string: above 0, at most 4 places
//	  indicators          array of objects:
//	    key               string, unique in the model
//	    name…             strings, optional, as the model's
//	    weight            decimal string: above 0, at most 4 places
//	    rule              object:
//	      kind            string: given, stage, yes-no, ratio or count
//	      service         string: a service key (stage, yes-no)
//	      credits         array of {stage: string, credit: decimal string
//	                      from 0 to 1}, one per known stage (stage)
//	      min_stage       string: the stage that counts as yes (yes-no)
//	      numerator, denominator
//	                      strings: measures (ratio)
//	      measure         string: a measure (count)
//	      target          decimal string: the count that earns 1 (count)
//	bands                 array of objects covering the scale, in order:
//	  key                 string
//	  name, name_sr_cyrl, name_sr_latn
//	                      strings, optional
//	  from, to            decimal strings: the band is [from, to)
//	levels                array of objects, optional, lowest first:
//	  key                 string
//	  name…               strings, optional, as the model's
//	  requires            array of objects: indicator or dimension (a key,
//	                      string) and at_least (decimal string, 0 to 1)
//	unknown               string: leave-out or count-as-zero
//	rounding              object: places (a JSON number, 0 to 6) and mode
//	                      (string, optional: half-up or half-even)
func ExampleDecodeModel() {
	m, err := maturity.DecodeModel([]byte(sampleModel))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, l := range egov.Languages() {
		fmt.Printf("%s: %s; %s; %s, %s; %s\n", l, m.Label(l), m.DescriptionIn(l),
			m.Dimensions[0].Label(l), m.Dimensions[1].Label(l), m.Bands[1].Label(l))
	}
	// Output:
	// en: Sample model; Every field of a model.; Services, People; High
	// sr-Latn: Primer modela; Sva polja modela.; Usluge, People; Visoka
	// sr-Cyrl: Пример модела; Сва поља модела.; Услуге, People; Висока
}

// A complete egovkit.assessment/1 document. Its fields and their JSON
// types:
//
//	format   string, always "egovkit.assessment/1"
//	model    string: the model's id
//	version  string: the model's version
//	values   object: indicator key → value, a string: a decimal from 0 to
//	         1 with at most six places ("0.6"), "unknown" or
//	         "not-applicable"; an indicator left out is unknown
func ExampleCompiled_DecodeAssessment() {
	c := maturity.MustCompile(mustModel(sampleModel))
	a, err := c.DecodeAssessment([]byte(`{
		"format": "egovkit.assessment/1",
		"model": "sample",
		"version": "1.0.0",
		"values": {"episarnica": "0.6", "eid": "1", "online": "0.3", "trained": "unknown", "survey": "not-applicable"}
	}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	r, _ := c.Score(a)
	band, _ := r.Band()
	level, n := r.Level()
	l := egov.SerbianLatin
	fmt.Println(l.FormatDecimal(r.Score(), 2), band.Label(l), n, level.Label(l), l.FormatDecimal(r.Coverage(), 4))
	// Output:
	// 70,00 Visoka 1 Započeto 0,6667
}

// A complete egovkit.result/1 document, as Result.MarshalJSON writes it.
// Its fields and their JSON types:
//
//	format              string, always "egovkit.result/1"
//	model, version      strings: the model's id and version
//	score               decimal string at the model's places
//	exact_score         string: the exact score, a fraction ("70", "175/3")
//	band                string: the band's key
//	level               number: the rung reached, 0 for none
//	level_key           string, optional: the rung's key
//	coverage            decimal string at the model's places + 2
//	dimensions          array of objects, one a dimension, in order:
//	  key               string
//	  scored            boolean: false when nothing in it counted
//	  score             decimal string: the dimension's score on the scale
//	  contribution      decimal string: its part of the score
//	  coverage          decimal string
//	indicators          array of objects, one an indicator, in order:
//	  key, dimension    strings
//	  value             string: as in an assessment
//	  weight            decimal string
//	  counted           boolean
//	  contribution      decimal string
//	  exact_contribution string: a fraction
//
// DecodeResult refuses a document whose figures are not those the model
// gives for its values.
func ExampleCompiled_DecodeResult() {
	c := maturity.MustCompile(mustModel(sampleModel))
	r, err := c.DecodeResult([]byte(`{"format":"egovkit.result/1","model":"sample","version":"1.0.0",
		"score":"70.00","exact_score":"70","band":"high","level":1,"level_key":"started","coverage":"0.6667",
		"dimensions":[
			{"key":"services","scored":true,"score":"70.00","contribution":"70.00","coverage":"1.0000"},
			{"key":"people","scored":false,"score":"0.00","contribution":"0.00","coverage":"0.0000"}],
		"indicators":[
			{"key":"episarnica","dimension":"services","value":"0.6","weight":"1","counted":true,"contribution":"24.00","exact_contribution":"24"},
			{"key":"eid","dimension":"services","value":"1","weight":"1","counted":true,"contribution":"40.00","exact_contribution":"40"},
			{"key":"online","dimension":"services","value":"0.3","weight":"0.5","counted":true,"contribution":"6.00","exact_contribution":"6"},
			{"key":"trained","dimension":"people","value":"unknown","weight":"1","counted":false,"contribution":"0.00","exact_contribution":"0"},
			{"key":"survey","dimension":"people","value":"not-applicable","weight":"1","counted":false,"contribution":"0.00","exact_contribution":"0"}]}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	band, _ := r.Band()
	fmt.Println(r.Score().StringFixed(2), band.Label(egov.SerbianCyrillic))
	// Output:
	// 70.00 Висока
}

func mustModel(doc string) maturity.Model {
	m, err := maturity.DecodeModel([]byte(doc))
	if err != nil {
		panic(err)
	}
	return m
}

// The default model names its bands, levels and dimensions in three
// languages; the numbers are written as each language writes them.
func ExampleModel_Label() {
	m := maturity.Default()
	profile := egov.PilotProfiles()[1] // Čačak, as NALED's article implies
	r, err := m.Score(m.Assess(profile))
	if err != nil {
		fmt.Println(err)
		return
	}
	model := m.Model()
	band, _ := r.Band()
	for _, l := range egov.Languages() {
		dims := ""
		for _, d := range r.Dimensions() {
			if dim, ok := model.Dimension(d.Key); ok && d.Scored {
				dims += dim.Label(l) + " " + l.FormatDecimal(d.Score, 2)
			}
		}
		fmt.Printf("%s: %s %s; %s\n", model.Label(l), l.FormatDecimal(r.Score(), 2), band.Label(l), dims)
	}
	// Output:
	// Digital maturity of a Serbian local self-government: 35.00 Middle; Back office 35.00
	// Digitalna zrelost lokalne samouprave u Srbiji: 35,00 Srednja; Interni rad uprave 35,00
	// Дигитална зрелост локалне самоуправе у Србији: 35,00 Средња; Интерни рад управе 35,00
}
