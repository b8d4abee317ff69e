package main

import (
	"time"

	"github.com/digitaldistrict/egovkit/egov"
)

// naledArticle is the source of the three visits: the NALED article on the
// Digital District team's visits to Kragujevac, Čačak and Bela Palanka.
const naledArticle = "https://naled.rs/en/vest-digitalna-transformacija-na-lokalnom-nivou-11353"

// pilotData is the built-in data of the example: the ten pilots, the three
// visits the source reports, and each visited municipality's profile.
//
// ILLUSTRATIVE: no source gives the visit dates. The memoranda were signed on
// 23 October 2025, so the example dates its visits in November 2025 and marks
// every one of them illustrative; the output says so too.
func pilotData() input {
	// The visiting team, by role: the programme needs no personal data.
	team := []string{"Digital District mentor team"}

	kragujevac := egov.MustDate(2025, time.November, 18)  // illustrative
	cacak := egov.MustDate(2025, time.November, 20)       // illustrative
	belaPalanka := egov.MustDate(2025, time.November, 25) // illustrative

	visits := []egov.Visit{
		{
			Municipality: "kragujevac", Date: kragujevac, DateIllustrative: true,
			Team: team, Source: naledArticle,
			Findings: []egov.Finding{{
				Area:        egov.AreaPeopleAndSkills,
				Observation: "City administration staff need training, starting with the Records Management System.",
				Evidence:    naledArticle,
			}},
			Priorities: []egov.Priority{
				// Ranks follow the order in which the source lists the priorities.
				{Rank: 1, Goal: egov.GoalExpandServices, Description: "More e-services for businesses."},
				{Rank: 2, Goal: egov.GoalTrain, Service: egov.ServicePisarnica,
					Description: "Training of city administration staff, starting with the Records Management System."},
				{Rank: 3, Goal: egov.GoalImproveCommunication, Description: "Better communication systems with citizens."},
				{Rank: 4, Goal: egov.GoalHostSecurely, Service: egov.ServiceDDC,
					Description: "Use the State Data Centre to store municipal data securely."},
			},
		},
		{
			Municipality: "cacak", Date: cacak, DateIllustrative: true,
			Team: team, Source: naledArticle,
			Findings: []egov.Finding{{
				Service:     egov.ServicePisarnica,
				Observation: "The city works partly in the Records Management System and agreed to move to it fully.",
				Evidence:    naledArticle,
			}},
			Priorities: []egov.Priority{
				{Rank: 1, Goal: egov.GoalAdoptFully, Service: egov.ServicePisarnica,
					Description: "Move fully to the Records Management System."},
				{Rank: 2, Goal: egov.GoalPromote, Service: egov.ServiceEPisarnica,
					Description: "Promote ePisarnica as an online service counter."},
				{Rank: 3, Goal: egov.GoalIntroduce, Service: egov.ServiceEPecat,
					Description: "Introduce cloud e-seals."},
				{Rank: 4, Goal: egov.GoalExchangeData, Service: egov.ServiceEZUP,
					Description: "Access registries through eZUP."},
				{Rank: 5, Goal: egov.GoalExpandServices, Description: "Widen the range of e-services."},
			},
		},
		{
			Municipality: "bela-palanka", Date: belaPalanka, DateIllustrative: true,
			Team: team, Source: naledArticle,
			Findings: []egov.Finding{{
				Service: egov.ServiceConsentID,
				Observation: "Some employees already register citizens for the electronic identification " +
					"application; more of them should.",
				Evidence: naledArticle,
			}},
			Priorities: []egov.Priority{
				{Rank: 1, Goal: egov.GoalExpandUse, Service: egov.ServiceConsentID,
					Description: "More employees using the electronic identification application (staff who register citizens)."},
				{Rank: 2, Goal: egov.GoalIntroduce, Service: egov.ServiceEPecat,
					Description: "Introduce the cloud e-seal."},
				{Rank: 3, Goal: egov.GoalPromote, Description: "Promote citizen services more."},
			},
		},
	}

	// Each profile records only what the source says or clearly implies;
	// every other service and every measure stays unknown.
	profiles := []egov.Profile{
		// Kragujevac: the source states priorities only; nothing it says fixes
		// a service's stage, so every stage stays unknown.
		{Municipality: "kragujevac", Date: kragujevac},
		{
			Municipality: "cacak", Date: cacak,
			Stages: map[egov.ServiceKey]egov.AdoptionStage{
				// "move fully to the Records Management System": the city is
				// partly in it already.
				egov.ServicePisarnica: egov.StagePartlyInUse,
				// "introduce cloud e-seals": agreed, not yet in use.
				egov.ServiceEPecat: egov.StagePlanned,
			},
		},
		{
			Municipality: "bela-palanka", Date: belaPalanka,
			Stages: map[egov.ServiceKey]egov.AdoptionStage{
				// "more employees using the electronic identification
				// application (staff who register citizens)": some already do.
				egov.ServiceConsentID: egov.StagePartlyInUse,
				// "introduce the cloud e-seal": agreed, not yet in use.
				egov.ServiceEPecat: egov.StagePlanned,
			},
		},
	}

	return input{
		Municipalities: egov.PilotMunicipalities(),
		Visits:         visits,
		Profiles:       profiles,
	}
}
