package egov

import "time"

// pilotVisitsSource is the source of the three visits: NALED's article on
// the Digital District team's visits to Kragujevac, Čačak and Bela Palanka.
const pilotVisitsSource = "https://naled.rs/en/vest-digitalna-transformacija-na-lokalnom-nivou-11353"

// pilotVisitDates returns the dates of the three visits, by municipality.
//
// ILLUSTRATIVE: no source gives them. The article, published after the
// memoranda of 23 October 2025, says only that the team visited the three
// "over the past two days". These are placeholders in November 2025, kept
// a few days apart so that a plan's weeks can be told apart, not the two
// days the article speaks of; every visit that carries one is marked
// DateIllustrative.
func pilotVisitDates() (kragujevac, cacak, belaPalanka Date) {
	return MustDate(2025, time.November, 18), MustDate(2025, time.November, 20), MustDate(2025, time.November, 25)
}

// PilotVisits returns the three visits of the programme's Digital District
// team that NALED reported: Kragujevac, Čačak and Bela Palanka, each with
// the priorities agreed, ranked in the order the article lists them, and
// the finding the article implies. The observations, the priorities'
// descriptions and the team's role are written in language l; everything
// else (municipalities, dates, goals, services, IDs) is the same in every
// language. Each call returns fresh visits.
//
// Source: https://naled.rs/en/vest-digitalna-transformacija-na-lokalnom-nivou-11353
// (in every Visit's Source). No source gives the dates: they are
// illustrative, and each visit says so in DateIllustrative. Tools that
// show them must say so too.
func PilotVisits(l Language) []Visit {
	kragujevac, cacak, belaPalanka := pilotVisitDates()
	// The visiting team, by role: the programme needs no personal data.
	team := []string{phrase{"Digital District mentor team", "Менторски тим Дигиталног дистрикта"}.in(l)}
	say := func(en, sr string) string { return phrase{en, sr}.in(l) }
	visit := func(key string, date Date, f Finding, ps ...Priority) Visit {
		f.Evidence = pilotVisitsSource
		return Visit{Municipality: key, Date: date, DateIllustrative: true,
			Team: append([]string(nil), team...), Source: pilotVisitsSource,
			Findings: []Finding{f}, Priorities: ps}
	}
	return []Visit{
		visit("kragujevac", kragujevac,
			Finding{Area: AreaPeopleAndSkills, Observation: say(
				"City administration staff need training, starting with the Records Management System.",
				"Запосленима у градској управи потребна је обука, почев од рада у Писарници.")},
			Priority{Rank: 1, Goal: GoalExpandServices, Description: say(
				"More e-services for businesses.",
				"Више електронских услуга за привреду.")},
			Priority{Rank: 2, Goal: GoalTrain, Service: ServicePisarnica, Description: say(
				"Training of city administration staff, starting with the Records Management System.",
				"Обука запослених у градској управи, почев од рада у Писарници.")},
			Priority{Rank: 3, Goal: GoalImproveCommunication, Description: say(
				"Better communication systems with citizens.",
				"Бољи системи комуникације са грађанима.")},
			Priority{Rank: 4, Goal: GoalHostSecurely, Service: ServiceDDC, Description: say(
				"Use the State Data Centre to store municipal data securely.",
				"Коришћење Државног дата центра за безбедно чување података града.")},
		),
		visit("cacak", cacak,
			Finding{Service: ServicePisarnica, Observation: say(
				"The city works partly in the Records Management System and agreed to move to it fully.",
				"Град делимично ради у Писарници и договорено је да у потпуности пређе на њу.")},
			Priority{Rank: 1, Goal: GoalAdoptFully, Service: ServicePisarnica, Description: say(
				"Move fully to the Records Management System.",
				"Потпуни прелазак на рад у Писарници.")},
			Priority{Rank: 2, Goal: GoalPromote, Service: ServiceEPisarnica, Description: say(
				"Promote ePisarnica as an online service counter.",
				"Промоција еПисарнице као електронског шалтера.")},
			Priority{Rank: 3, Goal: GoalIntroduce, Service: ServiceEPecat, Description: say(
				"Introduce cloud e-seals.",
				"Увођење електронских печата у клауду.")},
			Priority{Rank: 4, Goal: GoalExchangeData, Service: ServiceEZUP, Description: say(
				"Access registries through eZUP.",
				"Приступ регистрима преко eZUP-а.")},
			Priority{Rank: 5, Goal: GoalExpandServices, Description: say(
				"Widen the range of e-services.",
				"Шири избор електронских услуга.")},
		),
		visit("bela-palanka", belaPalanka,
			Finding{Service: ServiceConsentID, Observation: say(
				"Some employees already register citizens for the electronic identification application; more of them should.",
				"Неки запослени већ региструју грађане за апликацију за електронску идентификацију; потребно је да их буде више.")},
			Priority{Rank: 1, Goal: GoalExpandUse, Service: ServiceConsentID, Description: say(
				"More employees using the electronic identification application (staff who register citizens).",
				"Више запослених који користе апликацију за електронску идентификацију (службеници који региструју грађане).")},
			Priority{Rank: 2, Goal: GoalIntroduce, Service: ServiceEPecat, Description: say(
				"Introduce the cloud e-seal.",
				"Увођење електронског печата у клауду.")},
			Priority{Rank: 3, Goal: GoalPromote, Description: say(
				"Promote citizen services more.",
				"Снажнија промоција услуга за грађане.")},
		),
	}
}

// PilotProfiles returns the profiles NALED's article implies for the three
// municipalities of PilotVisits, on the days of the visits (illustrative,
// like them). Each records only what the article says or clearly implies;
// every other service, and every measure, stays unknown. Each call returns
// fresh profiles.
//
//   - Kragujevac: the article states priorities only; nothing it says fixes
//     a service's stage, so every stage is unknown.
//   - Čačak: "fully transitioning to the Records Management System" means
//     the city is partly in Pisarnica already (StagePartlyInUse);
//     "introducing cloud-based electronic seals" is agreed, not yet in use
//     (StagePlanned).
//   - Bela Palanka: "increasing the number of employees using the
//     electronic identification application" means some already use
//     ConsentID to register citizens (StagePartlyInUse); "introducing the
//     cloud-based electronic seal" is agreed (StagePlanned).
func PilotProfiles() []Profile {
	kragujevac, cacak, belaPalanka := pilotVisitDates()
	return []Profile{
		{Municipality: "kragujevac", Date: kragujevac},
		{Municipality: "cacak", Date: cacak, Stages: map[ServiceKey]AdoptionStage{
			ServicePisarnica: StagePartlyInUse,
			ServiceEPecat:    StagePlanned,
		}},
		{Municipality: "bela-palanka", Date: belaPalanka, Stages: map[ServiceKey]AdoptionStage{
			ServiceConsentID: StagePartlyInUse,
			ServiceEPecat:    StagePlanned,
		}},
	}
}
