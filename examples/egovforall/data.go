package main

import (
	"github.com/digitaldistrict/egovkit/egov"
)

// pilotData is the built-in data of the example: the ten pilots, the three
// visits NALED reported and each visited municipality's profile, all
// reference data of package egov (egov.PilotMunicipalities,
// egov.PilotVisits, egov.PilotProfiles), so that a tool can import them too.
//
// ILLUSTRATIVE: no source gives the visit dates. egov dates the visits in
// November 2025 and marks every one of them illustrative; the output says so
// too. The visits' observations and agreed priorities are in language l.
func pilotData(l egov.Language) input {
	return input{
		Municipalities: egov.PilotMunicipalities(),
		Visits:         egov.PilotVisits(l),
		Profiles:       egov.PilotProfiles(),
	}
}
