package plan

import "github.com/digitaldistrict/egovkit/egov"

// The names people read for the package's enums, in the three languages
// (see the package documentation, "Words in three languages"). Each
// enum's Label method looks its value up in a table below, sized by the
// enum's count, so that a value added without words shows up as an empty
// entry and the package's tests fail on it. The Serbian is written in
// Cyrillic; the Latin is derived with egov.ToLatin, which is exact.

// phrase is one of the package's own texts: English, and Serbian written
// once in Cyrillic.
type phrase struct{ en, sr string }

// in returns p in language l: English for every value that is not
// Serbian.
func (p phrase) in(l egov.Language) string {
	switch l {
	case egov.SerbianCyrillic:
		return p.sr
	case egov.SerbianLatin:
		return egov.ToLatin(p.sr)
	default: // English, and any value that is not a language
		return p.en
	}
}

// label returns the name of v in language l from its table, or fallback
// (the value's key) for a value without one.
func label[E ~uint8](v E, l egov.Language, table []phrase, fallback string) string {
	if int(v) >= len(table) || table[v].en == "" || table[v].sr == "" {
		return fallback
	}
	return table[v].in(l)
}

func kindPhrases() [numKinds]phrase {
	return [numKinds]phrase{
		ActionKindUnspecified: {"Unspecified", "Није наведено"},
		KindMaterials:         {"Materials", "Материјали"},
		KindTraining:          {"Training", "Обука"},
		KindTechnicalSupport:  {"Technical support", "Техничка подршка"},
		KindPromotion:         {"Promotion", "Промоција"},
	}
}

// Label returns the kind's name in language l ("Technical support",
// "Tehnička podrška", "Техничка подршка"); the key (String) for a value
// that is not a kind.
func (k ActionKind) Label(l egov.Language) string {
	t := kindPhrases()
	return label(k, l, t[:], k.String())
}

func ownerPhrases() [numOwners]phrase {
	return [numOwners]phrase{
		OwnerUnspecified:  {"Unspecified", "Није наведено"},
		OwnerTeam:         {"Programme team", "Тим програма"},
		OwnerMunicipality: {"Municipality", "Локална самоуправа"},
		OwnerPartner:      {"Partner", "Партнер"},
	}
}

// Label returns the owner's name in language l ("Programme team", "Tim
// programa", "Тим програма"); the key (String) for a value that is not an
// owner. OwnerMunicipality is "lokalna samouprava" in Serbian, the term
// that covers cities as well as municipalities.
func (o Owner) Label(l egov.Language) string {
	t := ownerPhrases()
	return label(o, l, t[:], o.String())
}

func traineesPhrases() [numTrainees]phrase {
	return [numTrainees]phrase{
		TraineesNone:        {"Not a training", "Није обука"},
		TraineesStaff:       {"Staff", "Запослени"},
		TraineesEIDOfficers: {"eID registration officers", "Службеници за eID регистрацију"},
		TraineesManagers:    {"Managers", "Руководиоци"},
	}
}

// Label returns the trainees' name in language l ("Managers",
// "Rukovodioci", "Руководиоци"); the key (String) for a value that is not
// one.
func (t Trainees) Label(l egov.Language) string {
	tab := traineesPhrases()
	return label(t, l, tab[:], t.String())
}

func reasonKindPhrases() [numReasons]phrase {
	return [numReasons]phrase{
		ReasonUnspecified:  {"Unspecified", "Није наведено"},
		ReasonPriority:     {"Agreed priority", "Договорени приоритет"},
		ReasonFinding:      {"Finding of the visit", "Налаз са посете"},
		ReasonIndicatorGap: {"Gap in an indicator", "Јаз у показатељу"},
		ReasonPrerequisite: {"Prerequisite", "Предуслов"},
	}
}

// Label returns the reason kind's name in language l ("Finding of the
// visit", "Nalaz sa posete", "Налаз са посете"); the key (String) for a
// value that is not a reason. Reason.Text writes a whole reason.
func (r ReasonKind) Label(l egov.Language) string {
	t := reasonKindPhrases()
	return label(r, l, t[:], r.String())
}

func outcomePhrases() [numOutcomes]phrase {
	return [numOutcomes]phrase{
		OutcomeUnspecified:   {"Unspecified", "Није наведено"},
		OutcomeServed:        {"Served", "Обухваћен планом"},
		OutcomeAlreadyMet:    {"Already met", "Већ испуњен"},
		OutcomeNoAction:      {"No action for it", "Нема активности за њега"},
		OutcomeBeyondHorizon: {"Beyond the horizon", "Ван периода плана"},
	}
}

// Label returns the outcome's name in language l, as said of a priority
// ("Already met", "Već ispunjen", "Већ испуњен"); the key (String) for a
// value that is not an outcome. PriorityStatus.ReasonText says why.
func (o Outcome) Label(l egov.Language) string {
	t := outcomePhrases()
	return label(o, l, t[:], o.String())
}

func implementationPhrases() [numImplementations]phrase {
	return [numImplementations]phrase{
		ImplementationUnspecified:  {"Unspecified", "Није наведено"},
		NotImplemented:             {"Not implemented", "Није спроведено"},
		ImplementedToALesserExtent: {"Implemented to a lesser extent", "Спроведено у мањој мери"},
		ImplementedSubstantially:   {"Implemented substantially", "Спроведено у знатној мери"},
		ImplementedFully:           {"Implemented fully", "Спроведено у потпуности"},
	}
}

// Label returns the state's name in language l ("Implemented
// substantially", "Sprovedeno u znatnoj meri", "Спроведено у знатној
// мери"); the key (String) for a value that is not a state.
func (s Implementation) Label(l egov.Language) string {
	t := implementationPhrases()
	return label(s, l, t[:], s.String())
}

func priorityReasonPhrases() [numPriorityReasons]phrase {
	return [numPriorityReasons]phrase{
		PriorityReasonUnspecified: {"Unspecified", "Није наведено"},
		PriorityNoAction:          {"No action in the playbook", "Нема активности у приручнику"},
		PriorityAlreadyShown:      {"Already shown by the profile", "Профил то већ бележи"},
		PriorityStepsDone:         {"Its steps are done", "Кораци су завршени"},
		PriorityBeyondHorizon:     {"Does not fit in the horizon", "Не стаје у период плана"},
		PriorityBeyondPortfolio:   {"Does not fit in the portfolio", "Не стаје у портфолио"},
	}
}

// Label returns the kind's name in language l ("Does not fit in the
// horizon", "Ne staje u period plana", "Не стаје у период плана"); the key
// (String) for a value that is not a kind. Words.PriorityReason writes a
// whole reason.
func (k PriorityReasonKind) Label(l egov.Language) string {
	t := priorityReasonPhrases()
	return label(k, l, t[:], k.String())
}

func unfitPhrases() [numUnfits]phrase {
	return [numUnfits]phrase{
		UnfitUnspecified: {"Unspecified", "Није наведено"},
		UnfitNoRoom:      {"No room on the capacity", "Нема места у капацитету"},
		UnfitCannotEnd:   {"Cannot end in time", "Не може да се заврши на време"},
		UnfitStartsLate:  {"Its prerequisites end too late", "Предуслови се завршавају прекасно"},
	}
}

// Label returns the kind's name in language l ("Cannot end in time", "Ne
// može da se završi na vreme", "Не може да се заврши на време"); the key
// (String) for a value that is not a kind. Words.Unfit writes a whole
// reason.
func (k UnfitKind) Label(l egov.Language) string {
	t := unfitPhrases()
	return label(k, l, t[:], k.String())
}

// names returns a name given in English, Cyrillic and Latin as an
// egov.Text, whose In gives the documented fallbacks.
func names(english, cyrillic, latin string) egov.Text {
	return egov.Text{English: english, Latin: latin, Cyrillic: cyrillic}
}

// orKey returns s, or key when s is empty.
func orKey(s, key string) string {
	if s == "" {
		return key
	}
	return s
}

// Label returns the playbook's name in language l (see the package
// documentation, "Words in three languages"), or its ID when it has no
// name.
func (p Playbook) Label(l egov.Language) string {
	return orKey(names(p.Name, p.NameCyrillic, p.NameLatin).In(l), p.ID)
}

// Label returns the action's name in language l (see the package
// documentation, "Words in three languages"), or its key when it has no
// name.
func (a Action) Label(l egov.Language) string {
	return orKey(names(a.Name, a.NameCyrillic, a.NameLatin).In(l), a.Key)
}

// Label returns the step's name in language l, its action's (see the
// package documentation, "Words in three languages"); its action key when
// it has no name, its ID when it has neither, and "" for a nil step.
func (s *Step) Label(l egov.Language) string {
	if s == nil {
		return ""
	}
	return orKey(orKey(names(s.Name, s.NameCyrillic, s.NameLatin).In(l), s.Action), s.ID.String())
}
