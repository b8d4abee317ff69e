package egov_test

import (
	"fmt"

	"github.com/digitaldistrict/egovkit/egov"
)

// A complete egovkit.catalog/1 document. Its fields and their JSON types:
//
//	format                  string, always "egovkit.catalog/1"
//	services                array of objects, one a service:
//	  key                   string: lower-case ASCII words joined by hyphens
//	  name                  object of strings: en (required), sr_latn
//	                        (required), sr_cyrl (optional)
//	  kind                  string: enabler, back-office, citizen-service,
//	                        business-service or infrastructure
//	  audience              string, optional: unspecified, citizens,
//	                        businesses, citizens-and-businesses or
//	                        administration
//	  operator, legal_basis, description, source
//	                        strings, optional
//	  prerequisites         array of objects, optional:
//	    service             string: the key of another service
//	    assumption          boolean, optional: true when no source states it
//	    note                string, optional
func ExampleDecodeCatalog() {
	c, err := egov.DecodeCatalog([]byte(`{
		"format": "egovkit.catalog/1",
		"services": [
			{
				"key": "eid",
				"name": {"en": "Electronic identification", "sr_latn": "eID portal", "sr_cyrl": "eID портал"},
				"kind": "enabler",
				"audience": "citizens-and-businesses",
				"operator": "Office for IT and eGovernment (ITE)",
				"legal_basis": "Law on Electronic Document, Electronic Identification and Trust Services",
				"description": "One account and single sign-on for eUprava.",
				"source": "ite.gov.rs"
			},
			{
				"key": "esanduce",
				"name": {"en": "eMailbox", "sr_latn": "eSanduče"},
				"kind": "enabler",
				"prerequisites": [
					{"service": "eid", "assumption": false, "note": "eSanduče requires an eID account."}
				]
			}
		]
	}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, key := range c.Order() {
		s, _ := c.Service(key)
		fmt.Printf("%s: %s | %s | %s\n", key, s.Name.In(egov.English), s.Name.In(egov.SerbianLatin), s.Name.In(egov.SerbianCyrillic))
	}
	// Output:
	// eid: Electronic identification | eID portal | eID портал
	// esanduce: eMailbox | eSanduče | eMailbox
}

// A complete egovkit.profile/1 document. Its fields and their JSON types:
//
//	format        string, always "egovkit.profile/1"
//	municipality  string: the municipality's key ("cacak")
//	date          string: the day described, "YYYY-MM-DD"
//	stages        object, optional: service key → stage, a string:
//	              unknown, not-started, planned, piloting, partly-in-use
//	              or fully-in-use
//	measures      object, optional: measure → value, a decimal written as a
//	              string ("30", "0.35"), never a JSON number, so that it is
//	              read exactly. The measures: staff, staff-trained,
//	              eid-registration-officers, eservices-for-citizens,
//	              eservices-for-businesses and registered-ecitizens are
//	              whole numbers; cases-handled-electronically is a share
//	              from 0 to 1.
//
// What a profile leaves out is unknown, never zero.
func ExampleDecodeProfile() {
	p, err := egov.DecodeProfile([]byte(`{
		"format": "egovkit.profile/1",
		"municipality": "cacak",
		"date": "2025-11-20",
		"stages": {"pisarnica": "partly-in-use", "epecat": "planned"},
		"measures": {
			"staff": "420",
			"staff-trained": "35",
			"eid-registration-officers": "2",
			"eservices-for-citizens": "6",
			"eservices-for-businesses": "3",
			"cases-handled-electronically": "0.35",
			"registered-ecitizens": "12500"
		}
	}`), egov.SerbianCatalog())
	if err != nil {
		fmt.Println(err)
		return
	}
	staff, _ := p.Measure(egov.MeasureStaff)
	share, _ := p.Measure(egov.MeasureElectronicCaseShare)
	l := egov.SerbianLatin
	fmt.Println(egov.ServicePisarnica, p.Stage(egov.ServicePisarnica).Label(l), "|", egov.ServiceEZUP, p.Stage(egov.ServiceEZUP).Label(l))
	fmt.Println(egov.MeasureStaff.Label(l)+":", l.FormatDecimal(staff, 0), "|",
		egov.MeasureElectronicCaseShare.Label(l)+":", l.FormatDecimal(share, 2))

	// A number where a string is wanted is refused, with the field's path.
	_, err = egov.DecodeProfile([]byte(`{"format": "egovkit.profile/1", "municipality": "cacak",
		"date": "2025-11-20", "measures": {"staff": 420}}`), nil)
	fmt.Println(err)
	// Output:
	// pisarnica Delimično u upotrebi | ezup Nepoznato
	// Zaposleni: 420 | Udeo predmeta obrađenih elektronski: 0,35
	// invalid profile: measures.staff: want a string, got a number
}

// A complete egovkit.visit/1 document. Its fields and their JSON types:
//
//	format             string, always "egovkit.visit/1"
//	id                 string, optional: a UUID; left out, it is derived
//	                   from the municipality and the date
//	municipality       string: the municipality's key
//	date               string: "YYYY-MM-DD"
//	date_illustrative  boolean, optional: true for a date no source gives
//	team               array of strings, optional: roles or opaque IDs
//	findings           array of objects, optional:
//	  observation      string, required
//	  service          string, optional: a service key
//	  area             string, optional: infrastructure, people-and-skills,
//	                   e-services, citizen-involvement, back-office or
//	                   data-exchange (a finding names a service, an area
//	                   or both)
//	  severity         string, optional: unrated, low, medium or high
//	  evidence         string, optional
//	priorities         array of objects, optional:
//	  rank             number: a whole number from 1, unique in the visit
//	  goal             string: introduce, adopt-fully, expand-use, train,
//	                   promote, improve-communication, host-securely,
//	                   exchange-data or expand-services
//	  service          string: a service key; required by introduce,
//	                   adopt-fully and expand-use
//	  description      string, optional
//	source             string, optional
func ExampleDecodeVisit_document() {
	v, err := egov.DecodeVisit([]byte(`{
		"format": "egovkit.visit/1",
		"municipality": "cacak",
		"date": "2025-11-20",
		"date_illustrative": true,
		"team": ["Digital District mentor team"],
		"findings": [
			{
				"observation": "The city works partly in Pisarnica.",
				"service": "pisarnica",
				"area": "back-office",
				"severity": "medium",
				"evidence": "https://naled.rs/en/vest-digitalna-transformacija-na-lokalnom-nivou-11353"
			}
		],
		"priorities": [
			{"rank": 1, "goal": "adopt-fully", "service": "pisarnica", "description": "Move fully to Pisarnica."},
			{"rank": 2, "goal": "expand-services"}
		],
		"source": "https://naled.rs/en/vest-digitalna-transformacija-na-lokalnom-nivou-11353"
	}`), egov.SerbianCatalog())
	if err != nil {
		fmt.Println(err)
		return
	}
	l := egov.SerbianCyrillic
	fmt.Println(v.ResolvedID(), l.FormatDate(v.Date), v.DateIllustrative)
	fmt.Println(v.Findings[0].Area.Label(l), "/", v.Findings[0].Severity.Label(l))
	for _, p := range v.PrioritiesByRank() {
		fmt.Println(p.Rank, p.Goal.Label(l))
	}
	// Output:
	// 9977a5d5-ce99-5739-8195-ec4dbda24a8a 20. 11. 2025. true
	// Интерни рад управе / Средња
	// 1 Потпуна примена услуге
	// 2 Више електронских услуга
}

// A complete municipality object, as PilotMunicipalities' entries are
// written. Its fields and their JSON types:
//
//	id                   string, optional: a UUID; left out, it is
//	                     derived from the key
//	key                  string: the Latin name folded (see egov.Fold)
//	name                 object of strings: sr_latn and sr_cyrl, both
//	                     required
//	status               string: unknown, municipality or city
//	district             string, optional: the district in English
//	district_sr          string, optional: in Serbian Latin
//	district_sr_cyrl     string, optional: in Serbian Cyrillic
//	population           object, optional (leave it out when unknown):
//	  count              number: a whole number of people
//	  census_year        number, optional: the census year
//	registration_number  string, optional
//	statistical_code     string, optional
func ExampleDecodeMunicipality() {
	m, err := egov.DecodeMunicipality([]byte(`{
		"key": "cacak",
		"name": {"sr_latn": "Čačak", "sr_cyrl": "Чачак"},
		"status": "city",
		"district": "Moravica",
		"district_sr": "Moravički",
		"district_sr_cyrl": "Моравички",
		"population": {"count": 105612, "census_year": 2022},
		"registration_number": "",
		"statistical_code": ""
	}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, l := range egov.Languages() {
		fmt.Printf("%s | %s | %s | %s\n", m.Name.Label(l), m.Status.Label(l), m.DistrictName(l), m.Population.Label(l))
	}
	// Output:
	// Čačak | City | Moravica | 105,612 (2022 census)
	// Čačak | Grad | Moravički | 105.612 (popis 2022)
	// Чачак | Град | Моравички | 105.612 (попис 2022)
}
