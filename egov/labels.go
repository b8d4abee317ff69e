package egov

// The names people read for the package's enums, in the three languages.
// Each enum's Label method looks its value up in a table below, sized by
// the enum's count so that a value added without words shows up as an
// empty entry (the package's tests fail on one). The Serbian is written in
// Cyrillic; the Latin is derived with ToLatin.
//
// A few names stay in the Latin script inside Cyrillic text, as the
// bodies that run them write them:
//   - ConsentID: the eUprava portal's Cyrillic page on ePisarnica
//     (euprava.gov.rs, "usluga-episarnica", sr-Cyrl) writes "мобилне
//     апликације ConsentID".
//   - eID: the portal brands itself "eID.gov.rs" in every language
//     (eid.gov.rs).
//   - eZUP: the Government's Cyrillic press release on the first session
//     of the Coordination Council for eGovernment (7 February 2018) writes
//     "информационог система „eZUP“".
//
// The other e-names are written with a Cyrillic е, as the Office for IT
// and eGovernment and the Ministry write them in Cyrillic text: "Портал
// еУправа" (arhiva.ite.gov.rs), "еПисарница" (euprava.gov.rs, sr-Cyrl),
// "еВртић" (mduls.gov.rs, script=cir); CEOP is "ЦЕОП" (municipal pages on
// the unified procedure, e.g. secanj.ls.gov.rs).

// label returns the name of v in language l from its table, or fallback
// (the value's key) for a value without one.
func label[E ~uint8](v E, l Language, table []phrase, fallback string) string {
	if int(v) >= len(table) || table[v].en == "" || table[v].sr == "" {
		return fallback
	}
	return table[v].in(l)
}

func stagePhrases() [numStages]phrase {
	return [numStages]phrase{
		StageUnknown:     {"Unknown", "Непознато"},
		StageNotStarted:  {"Not started", "Није започето"},
		StagePlanned:     {"Planned", "Планирано"},
		StagePiloting:    {"Piloting", "Пробна употреба"},
		StagePartlyInUse: {"Partly in use", "Делимично у употреби"},
		StageFullyInUse:  {"Fully in use", "Потпуно у употреби"},
	}
}

// Label returns the stage's name in language l ("Partly in use",
// "Delimično u upotrebi", "Делимично у употреби"); the key (String) for a
// value that is not a stage.
func (s AdoptionStage) Label(l Language) string {
	t := stagePhrases()
	return label(s, l, t[:], s.String())
}

func statusPhrases() [numStatuses]phrase {
	return [numStatuses]phrase{
		StatusUnknown:      {"Unknown", "Непознато"},
		StatusMunicipality: {"Municipality", "Општина"},
		StatusCity:         {"City", "Град"},
	}
}

// Label returns the status's name in language l ("City", "Grad", "Град");
// the key (String) for a value that is not a status.
func (s Status) Label(l Language) string {
	t := statusPhrases()
	return label(s, l, t[:], s.String())
}

func serviceKindPhrases() [numKinds]phrase {
	return [numKinds]phrase{
		ServiceKindUnspecified: {"Unspecified", "Није наведено"},
		KindEnabler:            {"Shared platform", "Заједничка платформа"},
		KindBackOffice:         {"Back office", "Интерни систем управе"},
		KindCitizenService:     {"Service for citizens", "Услуга за грађане"},
		KindBusinessService:    {"Service for businesses", "Услуга за привреду"},
		KindInfrastructure:     {"Infrastructure", "Инфраструктура"},
	}
}

// Label returns the kind's name in language l ("Back office", "Interni
// sistem uprave", "Интерни систем управе"); the key (String) for a value
// that is not a kind.
func (k ServiceKind) Label(l Language) string {
	t := serviceKindPhrases()
	return label(k, l, t[:], k.String())
}

func audiencePhrases() [numAudiences]phrase {
	return [numAudiences]phrase{
		AudienceUnspecified:           {"Unspecified", "Није наведено"},
		AudienceCitizens:              {"Citizens", "Грађани"},
		AudienceBusinesses:            {"Businesses", "Привреда"},
		AudienceCitizensAndBusinesses: {"Citizens and businesses", "Грађани и привреда"},
		AudienceAdministration:        {"Public servants", "Запослени у управи"},
	}
}

// Label returns the audience's name in language l ("Businesses",
// "Privreda", "Привреда"); the key (String) for a value that is not an
// audience.
func (a Audience) Label(l Language) string {
	t := audiencePhrases()
	return label(a, l, t[:], a.String())
}

func severityPhrases() [numSeverities]phrase {
	return [numSeverities]phrase{
		SeverityUnrated: {"Unrated", "Није оцењено"},
		SeverityLow:     {"Low", "Ниска"},
		SeverityMedium:  {"Medium", "Средња"},
		SeverityHigh:    {"High", "Висока"},
	}
}

// Label returns the severity's name in language l ("High", "Visoka",
// "Висока"); the key (String) for a value that is not a severity.
func (s Severity) Label(l Language) string {
	t := severityPhrases()
	return label(s, l, t[:], s.String())
}

func areaPhrases() [numAreas]phrase {
	return [numAreas]phrase{
		AreaUnspecified:        {"Unspecified", "Није наведено"},
		AreaInfrastructure:     {"Infrastructure", "Инфраструктура"},
		AreaPeopleAndSkills:    {"People and skills", "Људи и вештине"},
		AreaEServices:          {"E-services", "Електронске услуге"},
		AreaCitizenInvolvement: {"Citizen involvement", "Укључивање грађана"},
		AreaBackOffice:         {"Back office", "Интерни рад управе"},
		AreaDataExchange:       {"Data exchange", "Размена података"},
	}
}

// Label returns the area's name in language l ("People and skills",
// "Ljudi i veštine", "Људи и вештине"); the key (String) for a value that
// is not an area.
func (a Area) Label(l Language) string {
	t := areaPhrases()
	return label(a, l, t[:], a.String())
}

func goalPhrases() [numGoals]phrase {
	return [numGoals]phrase{
		GoalUnspecified:          {"Unspecified", "Није наведено"},
		GoalIntroduce:            {"Introduce a service", "Увођење услуге"},
		GoalAdoptFully:           {"Use a service fully", "Потпуна примена услуге"},
		GoalExpandUse:            {"Widen the use of a service", "Шира употреба услуге"},
		GoalTrain:                {"Train staff", "Обука запослених"},
		GoalPromote:              {"Promote services", "Промоција услуга"},
		GoalImproveCommunication: {"Better communication with citizens", "Боља комуникација са грађанима"},
		GoalHostSecurely:         {"Keep data in secure hosting", "Безбедно чување података"},
		GoalExchangeData:         {"Obtain data from registries", "Прибављање података из регистара"},
		GoalExpandServices:       {"Offer more e-services", "Више електронских услуга"},
	}
}

// Label returns the goal's name in language l ("Train staff", "Obuka
// zaposlenih", "Обука запослених"); the key (String) for a value that is
// not a goal.
func (g GoalKind) Label(l Language) string {
	t := goalPhrases()
	return label(g, l, t[:], g.String())
}

func measureKindPhrases() [numMeasureKinds]phrase {
	return [numMeasureKinds]phrase{
		MeasureKindUndefined: {"Undefined", "Недефинисано"},
		MeasureKindCount:     {"Count", "Број"},
		MeasureKindShare:     {"Share", "Удео"},
	}
}

// Label returns the kind's name in language l ("Share", "Udeo", "Удео");
// the key (String) for a value that is not a kind.
func (k MeasureKind) Label(l Language) string {
	t := measureKindPhrases()
	return label(k, l, t[:], k.String())
}

func holidayKindPhrases() [numHolidayKinds]phrase {
	return [numHolidayKinds]phrase{
		HolidayKindUnspecified: {"Unspecified", "Није наведено"},
		HolidayState:           {"State holiday", "Државни празник"},
		HolidayReligious:       {"Religious holiday", "Верски празник"},
		HolidayLocal:           {"Local holiday", "Локални празник"},
		HolidayDayOff:          {"Day off", "Нерадни дан"},
	}
}

// Label returns the kind's name in language l ("State holiday", "Državni
// praznik", "Државни празник"); the key (String) for a value that is not
// a kind.
func (k HolidayKind) Label(l Language) string {
	t := holidayKindPhrases()
	return label(k, l, t[:], k.String())
}

func scriptPhrases() [numScripts]phrase {
	return [numScripts]phrase{
		Latin:    {"Latin", "Латиница"},
		Cyrillic: {"Cyrillic", "Ћирилица"},
	}
}

// Label returns the script's name in language l ("Cyrillic", "Ćirilica",
// "Ћирилица"); the key (String) for a value that is not a script.
func (s Script) Label(l Language) string {
	t := scriptPhrases()
	return label(s, l, t[:], s.String())
}

func languagePhrases() [numLanguages]phrase {
	return [numLanguages]phrase{
		English:         {"English", "Енглески"},
		SerbianLatin:    {"Serbian (Latin)", "Српски (латиница)"},
		SerbianCyrillic: {"Serbian (Cyrillic)", "Српски (ћирилица)"},
	}
}

// Label returns the name of language l written in language in: for a menu
// of languages, each in its own words, use l.Label(l) ("English",
// "Srpski (latinica)", "Српски (ћирилица)"). A value that is not a
// language gets its String.
func (l Language) Label(in Language) string {
	t := languagePhrases()
	return label(l, in, t[:], l.String())
}

// measurePhrase returns the name of m, and false for a name that is not a
// measure.
func measurePhrase(m Measure) (phrase, bool) {
	switch m {
	case MeasureStaff:
		return phrase{"Staff", "Запослени"}, true
	case MeasureStaffTrained:
		return phrase{"Staff trained", "Обучени запослени"}, true
	case MeasureEIDOfficers:
		return phrase{"Authorised eID registration officers", "Овлашћени службеници за eID регистрацију"}, true
	case MeasureCitizenEServices:
		return phrase{"E-services for citizens", "Електронске услуге за грађане"}, true
	case MeasureBusinessEServices:
		return phrase{"E-services for businesses", "Електронске услуге за привреду"}, true
	case MeasureElectronicCaseShare:
		return phrase{"Share of cases handled electronically", "Удео предмета обрађених електронски"}, true
	case MeasureRegisteredECitizens:
		return phrase{"Residents registered as eCitizens", "Становници регистровани као еГрађани"}, true
	}
	return phrase{}, false
}

// Label returns the measure's name in language l ("Staff trained", "Obučeni
// zaposleni", "Обучени запослени"); the measure's key for a name that is
// not a measure.
func (m Measure) Label(l Language) string {
	if p, ok := measurePhrase(m); ok {
		return p.in(l)
	}
	return string(m)
}
