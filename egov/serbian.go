package egov

// Keys of the services in the built-in Serbian catalogue.
const (
	ServiceEID              ServiceKey = "eid"
	ServiceConsentID        ServiceKey = "consentid"
	ServiceEUprava          ServiceKey = "euprava"
	ServiceESanduce         ServiceKey = "esanduce"
	ServiceEPlacanje        ServiceKey = "eplacanje"
	ServicePisarnica        ServiceKey = "pisarnica"
	ServiceEPisarnica       ServiceKey = "episarnica"
	ServiceEPecat           ServiceKey = "epecat"
	ServiceEZUP             ServiceKey = "ezup"
	ServiceDDC              ServiceKey = "ddc"
	ServiceEBeba            ServiceKey = "ebeba"
	ServiceEVrtic           ServiceKey = "evrtic"
	ServiceServiceGenerator ServiceKey = "service-generator"
	ServiceCEOP             ServiceKey = "ceop"
	ServiceLPA              ServiceKey = "lpa"
	ServiceRAP              ServiceKey = "rap"
)

// Operators named in the built-in catalogue.
const (
	operatorITE  = "Office for IT and eGovernment (ITE)"
	operatorAPR  = "Business Registers Agency (APR)"
	lawElectrDoc = "Law on Electronic Document, Electronic Identification and Trust Services (Official Gazette 94/2017, 52/2021)"
	lawEGov      = "Law on eGovernment"
	regOffice    = "Regulation on office operations of state administration bodies (Official Gazette 21/2020, 32/2021, 14/2023)"
)

// SerbianCatalog returns the built-in catalogue of Serbia's national
// e-government platforms and the local e-services the programme works with.
// Each call builds a fresh catalogue.
//
// Every fact comes from the public sources each service names in Source
// (ite.gov.rs, mduls.gov.rs, apr.gov.rs, euprava.gov.rs, skgo.org), as of
// 2025. Prerequisites are AND
// edges of what a municipality needs in place first; those no source states
// are marked Assumption, with the reason in Note. Where a source gives
// alternatives (ConsentID or a qualified certificate), the catalogue follows
// the path the programme promotes and names the other in Note.
func SerbianCatalog() *Catalog {
	return MustNewCatalog(serbianServices())
}

func serbianServices() []Service {
	return []Service{
		{
			Key: ServiceEID, Kind: KindEnabler, Audience: AudienceCitizensAndBusinesses,
			Name:     names("Electronic identification (eID portal)", "eID портал, налог еГрађанин"),
			Operator: operatorITE, LegalBasis: lawElectrDoc,
			Description: "One account and single sign-on for eUprava and other portals, at three levels of " +
				"assurance: basic (password), medium, and high (ConsentID or a qualified certificate).",
			Source: "ite.gov.rs",
		},
		{
			Key: ServiceConsentID, Kind: KindEnabler, Audience: AudienceCitizens,
			// A brand name, written in Latin letters in Cyrillic text too
			// (see labels.go for the source).
			Name:     names("ConsentID electronic identification application", "ConsentID"),
			Operator: operatorITE, LegalBasis: lawElectrDoc,
			Description: "Mobile application for high-assurance login, activated at a registration counter " +
				"(LSGs, post offices, tax offices) or self-issued with a qualified certificate. " +
				"[A] An LSG registers citizens only through trained, authorised registration officers " +
				"(profile measure eid-registration-officers).",
			Source: "ite.gov.rs",
			Prerequisites: []Prerequisite{
				{Service: ServiceEID, Note: "ConsentID requires an eID account (seen in source)."},
			},
		},
		{
			Key: ServiceEUprava, Kind: KindCitizenService, Audience: AudienceCitizensAndBusinesses,
			Name:     names("eGovernment Portal", "Портал еУправа"),
			Operator: operatorITE, LegalBasis: lawEGov,
			Description: "The national one-stop portal for e-services (about 2.5 million registered users, June 2025).",
			Source:      "euprava.gov.rs; ite.gov.rs",
			Prerequisites: []Prerequisite{
				{Service: ServiceEID, Assumption: true,
					Note: "Assumed: users reach eUprava through their eID account, which the source calls its single sign-on."},
			},
		},
		{
			Key: ServiceESanduce, Kind: KindEnabler, Audience: AudienceCitizensAndBusinesses,
			Name:     names("eMailbox", "еСандуче"),
			Operator: operatorITE, LegalBasis: lawEGov + ", art. 15",
			Description: "Official electronic delivery of decisions and documents to citizens and companies.",
			Source:      "ite.gov.rs",
			Prerequisites: []Prerequisite{
				{Service: ServiceEID, Note: "eSanduče requires an eID / eUprava account (seen in source)."},
			},
		},
		{
			Key: ServiceEPlacanje, Kind: KindEnabler, Audience: AudienceCitizensAndBusinesses,
			Name: names("Electronic payment", "еПлаћање"),
			Operator: "Runs on eUprava with the National Bank of Serbia's payment systems " +
				"(card gateway, IPS instant payments)",
			Description: "Paying fees for requests on eUprava: payment slip, card, or instant IPS QR payment.",
			Source:      "euprava.gov.rs; ite.gov.rs",
			Prerequisites: []Prerequisite{
				{Service: ServiceEUprava, Note: "ePlaćanje pays fees for requests filed on eUprava (seen in source)."},
			},
		},
		{
			Key: ServicePisarnica, Kind: KindBackOffice, Audience: AudienceAdministration,
			Name:     names("Records Management System", "Писарница"),
			Operator: operatorITE, LegalBasis: regOffice,
			Description: "One national system for registering and tracking cases, with a REST API for LSGs " +
				"that keep their own systems.",
			Source: "ite.gov.rs",
		},
		{
			Key: ServiceEPisarnica, Kind: KindCitizenService, Audience: AudienceCitizensAndBusinesses,
			Name:     names("Online service counter", "еПисарница"),
			Operator: operatorITE, LegalBasis: regOffice,
			Description: "Citizens and businesses file requests and documents electronically and follow their " +
				"case; over 2,000 procedures; on eUprava since July 2024; about two thirds of LSGs did not " +
				"offer it in September 2025.",
			Source: "ite.gov.rs",
			Prerequisites: []Prerequisite{
				{Service: ServiceConsentID,
					Note: "Filing needs a high-assurance login (seen in source): ConsentID, the path the programme " +
						"promotes; a qualified certificate is the alternative."},
				{Service: ServiceESanduce, Note: "ePisarnica delivers its decisions to eSanduče (seen in source)."},
				{Service: ServicePisarnica, Assumption: true,
					Note: "Assumed: the LSG side of ePisarnica requires the LSG to work in Pisarnica."},
				{Service: ServiceEPecat, Assumption: true,
					Note: "Assumed: sending sealed decisions to eSanduče requires the cloud e-seal."},
			},
		},
		{
			Key: ServiceEPecat, Kind: KindEnabler, Audience: AudienceAdministration,
			Name:     names("Cloud-based electronic seal", "еПечат у клауду"),
			Operator: operatorITE, LegalBasis: "Law on Seals (Official Gazette 101/07, 49/21), arts. 2a, 7, 16",
			Description: "A qualified seal certificate whose keys are kept in the State Data Centre and used " +
				"remotely; free for public administration, valid up to 5 years.",
			Source: "ite.gov.rs",
			Prerequisites: []Prerequisite{
				{Service: ServiceDDC, Note: "The seal's keys are kept in the State Data Centre (seen in source)."},
			},
		},
		{
			Key: ServiceEZUP, Kind: KindBackOffice, Audience: AudienceAdministration,
			Name: names("Data exchange with official registries", "eZUP"),
			// The sources say it was launched in June 2017 by the then
			// Directorate for eGovernment with guidance from MDULS; that ITE
			// runs it now is an assumption.
			Operator:   operatorITE + " (assumed)",
			LegalBasis: "Law on General Administrative Procedure (Official Gazette 18/2016), arts. 9(3), 103; Regulation 56/2017",
			Description: "Officials obtain data from official records ex officio instead of asking the citizen " +
				"for it. Access also needs the LSG's formal onboarding, which the catalogue does not model.",
			Source: "mduls.gov.rs; ite.gov.rs",
			Prerequisites: []Prerequisite{
				{Service: ServiceConsentID, Assumption: true,
					Note: "Assumed: eZUP access requires officials with a high-assurance login (ConsentID; " +
						"a qualified certificate is the alternative) and the LSG's formal onboarding."},
			},
		},
		{
			Key: ServiceDDC, Kind: KindInfrastructure, Audience: AudienceAdministration,
			Name:        names("State Data Centre", "Државни дата центар"),
			Operator:    operatorITE,
			Description: "Hosting and disaster recovery for state bodies and LSGs, in Kragujevac; opened 21 December 2020.",
			Source:      "ite.gov.rs",
		},
		{
			Key: ServiceEBeba, Kind: KindCitizenService, Audience: AudienceCitizens,
			Name:        names("Newborn registration", "еБеба"),
			Description: "Registration of a newborn child.",
			Source:      "ite.gov.rs",
		},
		{
			Key: ServiceEVrtic, Kind: KindCitizenService, Audience: AudienceCitizens,
			Name:        names("Kindergarten enrolment", "еВртић"),
			Description: "Kindergarten enrolment, offered by more than 30 LSGs in 2026.",
			Source:      "ite.gov.rs; skgo.org",
			Prerequisites: []Prerequisite{
				{Service: ServiceServiceGenerator,
					Note: "eVrtić is one of the e-services LSGs build with the Service Generator (seen in source)."},
			},
		},
		{
			Key: ServiceServiceGenerator, Kind: KindBackOffice, Audience: AudienceAdministration,
			Name:        names("Service Generator", "Генератор услуга"),
			Description: "Lets an LSG build its own e-services, such as eVrtić or eZakazivanje appointment booking.",
			Source:      "ite.gov.rs",
		},
		{
			Key: ServiceCEOP, Kind: KindBusinessService, Audience: AudienceCitizensAndBusinesses,
			Name:        names("Electronic construction permits", "ЦЕОП"),
			Operator:    operatorAPR,
			Description: "The central system for electronic construction permits.",
			Source:      "apr.gov.rs",
		},
		{
			Key: ServiceLPA, Kind: KindCitizenService, Audience: AudienceCitizensAndBusinesses,
			Name:        names("Local tax administration portal", "Портал локалне пореске администрације"),
			Description: "The local tax administration's portal for taxpayers.",
			Source:      "skgo.org",
		},
		{
			Key: ServiceRAP, Kind: KindCitizenService, Audience: AudienceCitizensAndBusinesses,
			Name:        names("Register of Administrative Procedures", "Регистар административних поступака"),
			Description: "The public register of administrative procedures.",
			Source:      "mduls.gov.rs",
		},
	}
}

// names fills a service's names: the Serbian is written in Cyrillic and the
// Latin transliterated from it (see Text). eID, ConsentID and eZUP stay in
// Latin letters in Cyrillic text, as their operators write them (see
// labels.go for the sources).
func names(english, cyrillic string) ServiceNames {
	return ServiceNames{English: english, Latin: ToLatin(cyrillic), Cyrillic: cyrillic}
}
