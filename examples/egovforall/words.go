package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/plan"
)

// The example's message catalogue: every word the example writes itself,
// in English and in Serbian, as data. The Serbian is written once, in
// Cyrillic, and the Latin derived from it with egov.ToLatin, which is exact
// (Latin to Cyrillic is not: n+j is њ in "konj" but two letters in
// "konjugacija"). Brand names that Serbian writes in Latin letters inside
// Cyrillic text (ConsentID, eID, eZUP) stay Latin, as egov's catalogue
// decided; the other e-names take a Cyrillic е (еУправа, еПисарница).
//
// The library's own words (enum labels, service, municipality and model
// names, holidays, numbers, dates and plural forms) come from the library
// in the same language; words holds only what the example adds.
//
// A word is a string field, so that html/template can read it ({{.W.Title}});
// a sentence with figures in it is a method taking the figures, so that the
// numbers are written as the language writes them and nouns agree with
// them.

// words is the example's words in one language and script, with the
// language's ways of writing numbers and dates. Build it with wordsFor;
// the zero words is English with every word empty.
type words struct {
	// Lang is the language and script every word is in.
	Lang egov.Language

	Title string // the report's title

	// The pilots.
	ColName, ColStatus, ColDistrict, ColPopulation string

	// The visits.
	IllustrativeDate                     string // after a visit's date: no source gives it
	Team, Source                         string // labels before a visit's team and source
	Findings                             string // before the list of a visit's findings
	Priorities                           string // before the list of agreed priorities
	ColRank                              string // the "#" column: rank or position
	ColGoal                              string
	ColService                           string
	ColAsAgreed                          string
	ProfileNone                          string
	Updates                              string // before the list of facts the answers changed
	ColServiceOrMeasure, ColStageOrValue string

	// Digital maturity.
	MaturityIntro   string
	ColMunicipality string
	ColScore        string
	ColRange        string
	ColBand         string
	ColLevel        string
	ColCoverage     string
	ColWeakest      string
	ColUncertain    string
	AtMost          string // after a range whose ends are outer bounds
	NothingKnown    string // a municipality of which the model reads nothing
	Yes             string
	RankingIntro    string
	NotAssessed     string // before the list of municipalities not assessed
	AskIntro        string
	ColAsk          string
	ColNarrows      string
	ColSettles      string

	// Operational plans.
	PlansHeading    string
	PlansAlone      string
	PlansLowerEnds  string
	ColWeeks        string
	ColAction       string
	ColDays         string
	ColGain         string
	ColAtLeast      string
	ColWhy          string
	Deferred        string // before the list of deferred steps
	NoScoreRecorded string // the score line of a plan with nothing known
	NoRange         string

	// The team's portfolio.
	PortfolioHeading   string
	ColWeek            string
	ColStarts          string
	ColTeam            string
	ColHolidays        string
	PortfolioLoadIntro string
	ColWeekByWeek      string
	NotInPortfolio     string
	UnservedPriorities string
	AwaitingVisit      string // before the list of municipalities not visited

	// The tables of the CSV files.
	ColKind, ColOwner              string
	ColFirstWeek, ColLastWeek      string
	ColStart, ColEnd               string
	ColPersonDays                  string
	ColReasons, ColNote            string
	ColLow, ColHigh, ColOuterBound string
	ColLevelName                   string
	ColActivity, ColResponsible    string
	ColDeadline                    string
	ColSuccess, ColResources       string
}

// wordsFor returns the example's words in language l; a value that is not
// a language gets English, as egov.Text.In does.
func wordsFor(l egov.Language) *words {
	if !l.IsValid() {
		l = egov.English
	}
	t := func(en, sr string) string { return say(l, en, sr) }
	return &words{
		Lang:  l,
		Title: t("eGovernment for All: the pilot, end to end", "„еУправа за све“: пилот-пројекат од почетка до краја"),

		ColName:       t("Name", "Назив"),
		ColStatus:     t("Status", "Статус"),
		ColDistrict:   t("District", "Округ"),
		ColPopulation: t("Population", "Број становника"),

		IllustrativeDate:    t("illustrative date: the source gives none", "датум је илустративан: извор га не наводи"),
		Team:                t("Team", "Тим"),
		Source:              t("Source", "Извор"),
		Findings:            t("Findings:", "Налази:"),
		Priorities:          t("Agreed priorities:", "Договорени приоритети:"),
		ColRank:             t("#", "Р. бр."),
		ColGoal:             t("Goal", "Циљ"),
		ColService:          t("Service", "Услуга"),
		ColAsAgreed:         t("As agreed", "Договорено"),
		ProfileNone:         t("Profile: none recorded.", "Профил: није евидентиран."),
		Updates:             t("The answers change what the profile recorded:", "Одговори мењају оно што је профил бележио:"),
		ColServiceOrMeasure: t("Service or measure", "Услуга или податак"),
		ColStageOrValue:     t("Stage or value", "Фаза или вредност"),

		MaturityIntro: t("Scored from each profile, which holds only what the source says or clearly implies. "+
			"Coverage is the share of the model's weight that is known. The range is every score the "+
			"municipality could turn out to have once everything unknown is known; the recorded score "+
			"leaves the unknown indicators out, so it is not one of those outcomes and may lie outside the range.",
			"Оцена се израчунава из профила, који садржи само оно што извор наводи или из њега јасно произлази. "+
				"Покривеност је удео пондера модела који је познат. Распон обухвата све оцене које јединица "+
				"локалне самоуправе може да добије када све што је непознато постане познато; забележена оцена "+
				"изоставља непознате показатеље, па није ниједна од тих оцена и може бити изван распона."),
		ColMunicipality: t("Municipality", "Општина/град"),
		ColScore:        t("Score", "Оцена"),
		ColRange:        t("Range", "Распон"),
		ColBand:         t("Band", "Зрелост"),
		ColLevel:        t("Level", "Ниво"),
		ColCoverage:     t("Coverage", "Покривеност"),
		ColWeakest:      t("Weakest dimensions", "Најслабије димензије"),
		ColUncertain:    t("Uncertain", "Неизвесно"),
		AtMost:          t("at most", "највише"),
		NothingKnown:    t("nothing the model reads is known", "ништа од онога што модел оцењује није познато"),
		Yes:             t("yes", "да"),
		RankingIntro: t("Ranking of the assessed municipalities (ties share a rank; \"uncertain\" where the ranges overlap, "+
			"so what is unknown could change the order):",
			"Ранг-листа оцењених јединица локалне самоуправе (једнаке оцене деле место; „неизвесно“ где се "+
				"распони преклапају, па би оно што је непознато могло да промени редослед):"),
		NotAssessed: t("Not yet assessed", "Још нису оцењене"),
		AskIntro: t("The facts whose answers narrow the range most, whatever the answer, and the indicators they settle.",
			"Подаци чији одговор највише сужава распон, какав год био, и показатељи које утврђују."),
		ColAsk:     t("Ask", "Шта питати"),
		ColNarrows: t("Narrows the range by at least", "Сужава распон најмање за"),
		ColSettles: t("Settles", "Утврђује"),

		PlansHeading: t("Operational plans", "Оперативни планови"),
		PlansAlone: t("Each plan here stands alone: it counts on the whole programme team. The team is shared, so "+
			"the portfolio below shows each plan as the team can keep it, and those are the weeks to agree on.",
			"Сваки план у овом одељку посматра се засебно: рачуна на цео тим програма. Тим је заједнички, па "+
				"распоред рада тима у наставку приказује сваки план онако како га тим може испунити, и о тим "+
				"седмицама треба постићи договор."),
		PlansLowerEnds: t("A plan's figures are lower ends: the least the municipality can score given what is known, "+
			"counting each unknown fact at the least it can be. A step's gain is what it adds to that lower end "+
			"once the steps before it are done, and \"At least\" is the lower end once it is done, so the gains "+
			"add up, before rounding, to the plan's whole rise. Where a step raises something the profile does not record (how many "+
			"eID registration officers Bela Palanka has, which its finding says is more than none), part of its "+
			"gain is that fact becoming known: ask at the next visit. A training that trains a share of the staff "+
			"has no gain to show until the number of staff is known.",
			"Бројеви у плану су доње границе: најмања оцена коју јединица локалне самоуправе може да има према "+
				"ономе што је познато, када се сваки непознати податак узме с најмањом могућом вредношћу. Допринос "+
				"корака је оно што он додаје доњој граници када се заврше кораци пре њега, а „Најмање“ је доња "+
				"граница по његовом завршетку, тако да збир доприноса, пре заокруживања, чини цео раст у плану. "+
				"Када корак повећава нешто што профил не бележи (колико овлашћених службеника за eID регистрацију "+
				"има Бела Паланка, а према налазу их има више од нуле), део његовог доприноса је то што тај податак "+
				"постаје познат: треба га питати при следећој посети. Обука дела запослених нема допринос који би "+
				"се могао исказати док није познат број запослених."),
		ColWeeks:        t("Weeks", "Седмице"),
		ColAction:       t("Action", "Активност"),
		ColDays:         t("Days", "Дани"),
		ColGain:         t("Gain", "Допринос"),
		ColAtLeast:      t("At least", "Најмање"),
		ColWhy:          t("Kind, owner and why", "Врста, носилац и разлог"),
		Deferred:        t("Deferred beyond the horizon", "Одложено после планског периода"),
		NoScoreRecorded: t("none (nothing the model reads is known)", "нема је (ништа од онога што модел оцењује није познато)"),
		NoRange:         t("No range: the model has nothing to score", "Нема распона: модел нема шта да оцени"),

		PortfolioHeading: t("The team's portfolio", "Распоред рада тима програма"),
		ColWeek:          t("Week", "Седмица"),
		ColStarts:        t("Starts", "Почиње"),
		ColTeam:          t("Team", "Тим"),
		ColHolidays:      t("Holidays", "Празници"),
		PortfolioLoadIntro: t("Programme-team person-days by week (weeks with work), with the week's working days (Days) and "+
			"the holidays that fall on its weekdays:",
			"Човек-дани тима програма по седмицама (седмице у којима има посла), са бројем радних дана "+
				"седмице (Дани) и празницима који падају на радне дане:"),
		ColWeekByWeek:      t("Person-days week by week", "Човек-дани по седмицама"),
		NotInPortfolio:     t("Not in the portfolio:", "Није ушло у распоред:"),
		UnservedPriorities: t("Agreed priorities it leaves unserved:", "Договорени приоритети који остају неиспуњени:"),
		AwaitingVisit:      t("Awaiting a visit", "Чекају посету"),

		ColKind:        t("Kind", "Врста"),
		ColOwner:       t("Owner", "Носилац"),
		ColFirstWeek:   t("First week", "Прва седмица"),
		ColLastWeek:    t("Last week", "Последња седмица"),
		ColStart:       t("Start", "Почетак"),
		ColEnd:         t("End", "Крај"),
		ColPersonDays:  t("Person-days", "Човек-дана"),
		ColReasons:     t("Why", "Разлог"),
		ColNote:        t("Note", "Напомена"),
		ColLow:         t("Range from", "Распон од"),
		ColHigh:        t("Range to", "Распон до"),
		ColOuterBound:  t("Range is an outer bound", "Распон је спољна граница"),
		ColLevelName:   t("Level name", "Назив нивоа"),
		ColActivity:    t("Activity", "Активност"),
		ColResponsible: t("Responsible", "Носилац"),
		ColDeadline:    t("Deadline", "Рок"),
		ColSuccess:     t("Indicator of success", "Показатељ успеха"),
		ColResources:   t("Resources", "Ресурси"),
	}
}

// say returns en in English, sr (Cyrillic) in Serbian Cyrillic and sr
// transliterated in Serbian Latin.
func say(l egov.Language, en, sr string) string {
	switch l {
	case egov.SerbianCyrillic:
		return sr
	case egov.SerbianLatin:
		return egov.ToLatin(sr)
	default:
		return en
	}
}

// say returns en or sr in w's language (see the function say).
func (w *words) say(en, sr string) string { return say(w.Lang, en, sr) }

// serbian reports whether w is Serbian, in either script.
func (w *words) serbian() bool {
	return w.Lang == egov.SerbianLatin || w.Lang == egov.SerbianCyrillic
}

// noun builds a counted noun: English singular and plural, Serbian forms
// for one, few and other in Cyrillic.
func noun(one, other, srOne, srFew, srOther string) egov.Noun {
	return egov.Noun{English: [2]string{one, other}, Cyrillic: [3]string{srOne, srFew, srOther}}
}

// stepNoun is "step": "korak", "koraka".
func stepNoun() egov.Noun { return noun("step", "steps", "корак", "корака", "корака") }

// factNoun is "fact": "podatak", "podatka", "podataka".
func factNoun() egov.Noun {
	return noun("fact", "facts", "податак", "податка", "података")
}

// Numbers and dates.

// Int writes n as the language writes it: 9,947 or 9.947.
func (w *words) Int(n int) string { return w.Lang.FormatInt(int64(n)) }

// Fixed writes d at places decimals: 35.00 or 35,00.
func (w *words) Fixed(d decimal.Decimal, places int32) string { return w.Lang.FormatDecimal(d, places) }

// Num writes an exact number with no trailing zeros: 2.5 or 2,5.
func (w *words) Num(d decimal.Decimal) string {
	_, frac, _ := strings.Cut(num(d), ".")
	return w.Lang.FormatDecimal(d, int32(min(len(frac), 30))) // #nosec G115 -- at most 30
}

// Date writes a date: "1 December 2025" or "1. 12. 2025.".
func (w *words) Date(d egov.Date) string { return w.Lang.FormatDate(d) }

// Count writes a count and the noun that agrees with it: "1 korak",
// "2 koraka", "5 koraka".
func (w *words) Count(n egov.Noun, count int) string { return n.Count(w.Lang, int64(count)) }

// Steps writes a count of steps: "2 steps", "2 koraka".
func (w *words) Steps(n int) string { return w.Count(stepNoun(), n) }

// Span writes a span of weeks or scores, from and to: "3-4" in English,
// "3–4" in Serbian, which joins them with an en dash; a span of one is its
// number.
func (w *words) Span(from, to string) string {
	if from == to {
		return from
	}
	if w.serbian() {
		return from + "–" + to
	}
	return from + "-" + to
}

// WeekSpan writes a step's weeks: "3", "3-4".
func (w *words) WeekSpan(from, to int) string { return w.Span(w.Int(from), w.Int(to)) }

// Week names a week by its number: "week 9", "9. sedmica".
func (w *words) Week(n int) string { return w.say("week "+w.Int(n), w.Int(n)+". седмица") }

// List joins names with commas: "a, b, c".
func (w *words) List(items []string) string { return strings.Join(items, ", ") }

// Sentences with figures.

// PilotsHeading heads the list of pilot municipalities.
func (w *words) PilotsHeading(n int) string {
	return w.say(fmt.Sprintf("Pilot local self-governments (%s)", w.Int(n)),
		fmt.Sprintf("Јединице локалне самоуправе у пилот-пројекту (%s)", w.Int(n)))
}

// VisitsHeading heads the visits.
func (w *words) VisitsHeading(n int) string {
	return w.say(fmt.Sprintf("Visits of the Digital District team (%s)", w.Int(n)),
		fmt.Sprintf("Посете тима Дигиталног дистрикта (%s)", w.Int(n)))
}

// ProfileOn introduces a profile.
func (w *words) ProfileOn(d egov.Date) string {
	return w.say(fmt.Sprintf("Profile on %s (what the source says or clearly implies):", w.Date(d)),
		fmt.Sprintf("Профил на дан %s (оно што извор наводи или из њега јасно произлази):", w.Date(d)))
}

// ProfileAnswered introduces a profile that answers to a questionnaire
// made (-answers).
func (w *words) ProfileAnswered(d egov.Date) string {
	return w.say(fmt.Sprintf("Profile on %s (what the source says or clearly implies, and the answers):", w.Date(d)),
		fmt.Sprintf("Профил на дан %s (оно што извор наводи или из њега јасно произлази, и одговори):", w.Date(d)))
}

// AnswersApplied says which answers were applied: from which file, for
// which municipality, how many of the questionnaire's questions they
// answer, and which profile the one they make replaces.
func (w *words) AnswersApplied(file, name string, answered, questions int, on, was egov.Date) string {
	return w.say(fmt.Sprintf("Answers applied (%s). %s: %s of the %s questions of its questionnaire answered on %s; "+
		"the profile with those answers replaces the one of %s.",
		file, name, w.Int(answered), w.Int(questions), w.Date(on), w.Date(was)),
		fmt.Sprintf("Примењени одговори (%s). %s: на дан %s одговорено је на %s од %s питања упитника; "+
			"профил с тим одговорима замењује профил од %s",
			file, name, w.Date(on), w.Int(answered), w.Int(questions), w.Date(was)))
}

// ProfileUnknown says what a profile leaves unknown.
func (w *words) ProfileUnknown(unknown, services int) string {
	// "од 16 услуга", "од 21 услуге", "од 3 услуге": the genitive after од.
	srv := noun("service", "services", "услуге", "услуге", "услуга").Count(w.Lang, int64(services))
	return w.say(fmt.Sprintf("Unknown: the stage of %s of the %s, and every measure not listed (unknown, not zero).",
		w.Int(unknown), srv),
		fmt.Sprintf("Није позната фаза увођења %s од %s, као ни подаци који нису наведени (непознат податак није нула).",
			w.Int(unknown), srv))
}

// MaturityHeading heads the scores: the model's ID and version.
func (w *words) MaturityHeading(id, version string) string {
	return w.say(fmt.Sprintf("Digital maturity (%s %s, scale 0-100)", id, version),
		fmt.Sprintf("Дигитална зрелост (%s %s, скала 0–100)", id, version))
}

// NotRanked introduces the municipalities below the minimum coverage.
func (w *words) NotRanked(minimum string) string {
	return w.say(fmt.Sprintf("Not ranked, as their coverage is below %s: a ranking would compare what is missing.", minimum),
		fmt.Sprintf("Нису рангиране јер им је покривеност испод %s: ранг-листа би поредила оно што недостаје.", minimum))
}

// AskHeading heads the facts to ask first.
func (w *words) AskHeading(n int) string {
	return w.say(fmt.Sprintf("What to ask first at the next visit (%s each)", w.Count(factNoun(), n)),
		fmt.Sprintf("Шта прво питати при следећој посети (по %s)", w.Count(factNoun(), n)))
}

// StageOf names the stage of a service as a fact to ask.
func (w *words) StageOf(service string) string {
	return w.say("stage of "+service, "фаза увођења: "+service)
}

// Figures names measures as a fact to ask: "staff trained and staff",
// "podaci: obučeni zaposleni, zaposleni".
func (w *words) Figures(measures []string) string {
	return w.say(strings.Join(measures, " and "), "подаци: "+strings.Join(measures, ", "))
}

// Unknown counts the dimensions not scored: "4 unknown", "4 nepoznate
// dimenzije".
func (w *words) Unknown(n int) string {
	return noun("unknown", "unknown", "непозната димензија", "непознате димензије", "непознатих димензија").Count(w.Lang, int64(n))
}

// NumList joins items that hold numbers: with commas in English, with
// semicolons in Serbian, whose decimal mark is the comma.
func (w *words) NumList(items []string) string {
	if w.serbian() {
		return strings.Join(items, "; ")
	}
	return strings.Join(items, ", ")
}

// ScoreLevel writes a score with its band and level: "31.43 (middle,
// level 0)".
func (w *words) ScoreLevel(score, band string, level int) string {
	return w.say(fmt.Sprintf("%s (%s, level %s)", score, lowerFirst(band), w.Int(level)),
		fmt.Sprintf("%s (%s, ниво %s)", score, lowerFirst(band), w.Int(level)))
}

// RangeText writes a range: "5.60 (low) to 89.60 (very high)".
func (w *words) RangeText(low, lowBand, high, highBand string) string {
	return w.say(fmt.Sprintf("%s (%s) to %s (%s)", low, lowerFirst(lowBand), high, lowerFirst(highBand)),
		fmt.Sprintf("од %s (%s) до %s (%s)", low, lowerFirst(lowBand), high, lowerFirst(highBand)))
}

// Recorded is the line of a plan's recorded score.
func (w *words) Recorded(score, coverage string) string {
	return w.say(fmt.Sprintf("Score as recorded: %s on coverage %s, leaving out what is unknown", score, coverage),
		fmt.Sprintf("Забележена оцена: %s уз покривеност %s, без онога што је непознато", score, coverage))
}

// RecordedNone is the line of a plan with no recorded score.
func (w *words) RecordedNone() string {
	return w.say("Score as recorded: ", "Забележена оцена: ") + w.NoScoreRecorded
}

// BelowMinimum flags a recorded score below the ranking's minimum
// coverage.
func (w *words) BelowMinimum(minimum string) string {
	return w.say(fmt.Sprintf(" (below the minimum coverage of %s: read it with the range)", minimum),
		fmt.Sprintf(" (испод најмање покривености од %s: тумачити је уз распон)", minimum))
}

// RangeLine is the line of a plan's range; outside adds that the recorded
// score may lie outside it.
func (w *words) RangeLine(rng string, outside bool) string {
	s := w.say("Range: "+rng+", the lowest and highest score once every unknown fact is known",
		"Распон: "+rng+", најнижа и највиша оцена када сви непознати подаци постану познати")
	if outside {
		s += w.say("; the recorded score leaves the unknown out, which none of these scores does, so it may lie outside",
			"; забележена оцена изоставља непознато, што ниједна од ових оцена не чини, па може бити изван распона")
	}
	return s
}

// CountsOn is the line of what a plan counts on, now and when done.
func (w *words) CountsOn(now, done string, steps, week int, rng, coverage string) string {
	return w.say(fmt.Sprintf("The plan counts on the lower end: at least %s now, and at least %s when all %d steps are done "+
		"(week %d), with a range then of %s on coverage %s", now, done, steps, week, rng, coverage),
		fmt.Sprintf("План рачуна на доњу границу: сада најмање %s, а најмање %s када се заврше сви кораци "+
			"(%s, закључно са %s. седмицом), уз распон тада %s и покривеност %s",
			now, done, w.Steps(steps), w.Int(week), rng, coverage))
}

// PlansIntro is the first paragraph of the plans: when they start, how
// long they may run and the capacities.
func (w *words) PlansIntro(start egov.Date, horizon int, team, municipality string) string {
	return w.say(fmt.Sprintf("Each plan starts on %s and may use %d weeks; the programme team gives each "+
		"municipality up to %s person-days a week and the municipality %s of its own, in a week of five "+
		"working days on the Serbian calendar (a week with public holidays has less). These dates and "+
		"capacities are illustrative, and the playbook's efforts are egovkit's planning assumptions.",
		w.Date(start), horizon, team, municipality),
		fmt.Sprintf("Сваки план почиње %s и може да траје највише %s; тим програма свакој јединици локалне "+
			"самоуправе посвећује до %s човек-дана седмично, а сама јединица локалне самоуправе до %s, у "+
			"седмици од пет радних дана по календару Републике Србије (седмица у којој су државни празници има "+
			"мање радних дана). Ови датуми и капацитети су илустративни, а процене ангажовања у каталогу активности су "+
			"претпоставке egovkit-а за планирање.",
			w.Date(start), egov.WeekNoun().Count(w.Lang, int64(horizon)), team, municipality))
}

// PlanFor heads one municipality's plan.
func (w *words) PlanFor(name string) string {
	return w.say("Plan for "+name, name+": оперативни план") // a heading that needs no case of the name
}

// KindBy writes a step's kind and owner: "training by the programme
// team".
func (w *words) KindBy(kind, owner string) string {
	return w.say(kind+" by the "+lowerFirst(owner), kind+", носилац: "+owner)
}

// GainAwaits says that a step's gain waits for a measure; more says that
// the step has a gain already and will have more.
func (w *words) GainAwaits(measure string, more bool) string {
	if more {
		return w.say("more once "+measure+" is known", "већи када се сазна податак „"+measure+"“")
	}
	return w.say("gain unknown until "+measure+" is known", "допринос није познат док се не сазна податак „"+measure+"“")
}

// Because ends a step's kind, owner and notes with the reasons it is in
// the plan; noGain says that the step adds nothing by itself.
func (w *words) Because(reasons string, noGain bool) string {
	if noGain {
		return w.say("; no gain by itself, planned because: ", "; сам по себи не доприноси оцени; разлог: ") + reasons
	}
	return w.say(": ", "; разлог: ") + reasons
}

// ServedBy says that a priority is served, and by how many steps:
// "served by 2 steps".
func (w *words) ServedBy(n int) string {
	return w.say("served by "+w.Steps(n), "остварује се кроз "+w.Steps(n))
}

// NotInPortfolioBecause says why a step is not in the portfolio.
func (w *words) NotInPortfolioBecause(reason string) string {
	return w.say("not in the portfolio: ", "није ушло у распоред: ") + reason
}

// personDayNoun is "person-day": "čovek-dan", "čovek-dana".
func personDayNoun() egov.Noun {
	return noun("person-day", "person-days", "човек-дан", "човек-дана", "човек-дана")
}

// Resources writes what a step takes: who and how many person-days,
// "Programme team, 2 person-days".
func (w *words) Resources(owner string, effort decimal.Decimal) string {
	_, frac, _ := strings.Cut(num(effort), ".")
	return owner + ", " + personDayNoun().CountDecimal(w.Lang, effort, int32(min(len(frac), 30))) // #nosec G115 -- at most 30
}

// ShareAtLeast is a step's indicator of success that raises a measure to
// a share of its whole: "Staff trained: at least 25% of the total".
func (w *words) ShareAtLeast(measure string, share decimal.Decimal) string {
	pct := w.Num(share.Shift(2))
	return w.say(measure+": at least "+pct+"% of the total", measure+": најмање "+pct+"% укупног броја")
}

// MeasureAtLeast is a step's indicator of success that raises a measure:
// "Authorised eID registration officers: at least 2".
func (w *words) MeasureAtLeast(measure string, n decimal.Decimal) string {
	return w.say(measure+": at least "+w.Num(n), measure+": најмање "+w.Num(n))
}

// Done is the indicator of success of a step with no effect on the
// profile: that it was carried out.
func (w *words) Done(k plan.ActionKind) string {
	switch k {
	case plan.KindMaterials:
		return w.say("Materials ready", "Материјали припремљени")
	case plan.KindTraining:
		return w.say("Training held", "Обука одржана")
	case plan.KindTechnicalSupport:
		return w.say("Technical support given", "Техничка подршка пружена")
	case plan.KindPromotion:
		return w.say("Promotion carried out", "Промотивне активности спроведене")
	default:
		return w.say("Carried out", "Спроведено")
	}
}

// ScoreAtLeast adds to an indicator of success the score the municipality
// can count on once the step is done.
func (w *words) ScoreAtLeast(score string) string {
	return w.say("score at least "+score, "оцена најмање "+score)
}

// EffortTotals writes a plan's effort by kind and by owner.
func (w *words) EffortTotals(byKind, byOwner string) string {
	return w.say("Effort in person-days by kind: "+byKind+"; by owner: "+byOwner+".",
		"Ангажовање у човек-данима по врсти активности: "+byKind+". По носиоцу: "+byOwner+".")
}

// PortfolioIntro is the first paragraph of the portfolio.
func (w *words) PortfolioIntro(team string) string {
	return w.say(fmt.Sprintf("All visited municipalities' plans on one programme team of %s person-days a week, "+
		"shared, on the Serbian working calendar: weekends and public holidays are not working days, and a "+
		"week with fewer than five working days has the capacity in proportion. Every municipality's agreed "+
		"priorities come first, by rank, then the steps for findings, then those for indicator gaps; among "+
		"equal ranks, the municipality served least so far goes first. A step, once started, runs over "+
		"consecutive weeks.", team),
		fmt.Sprintf("Планови свих посећених јединица локалне самоуправе, које дели један тим програма са %s "+
			"човек-дана седмично, по радном календару Републике Србије: викенди и државни празници нису радни "+
			"дани, а седмица са мање од пет радних дана има сразмерно мањи капацитет. Прво долазе договорени "+
			"приоритети свих јединица локалне самоуправе, по рангу, затим кораци по налазима посете, па кораци "+
			"за недостатке у показатељима; међу једнаким ранговима предност има јединица локалне самоуправе "+
			"која је до тада најмање добила. Започети корак се изводи у узастопним седмицама.", team))
}

// AsTeamCanKeep heads a municipality's plan as the portfolio schedules it.
func (w *words) AsTeamCanKeep(name string) string {
	return w.say(name+" as the shared team can keep it", name+": план према могућностима заједничког тима")
}

// StepsFit says how many of a plan's steps the portfolio fits.
func (w *words) StepsFit(fit, all, week, alone, aloneWeek int) string {
	return w.say(fmt.Sprintf("%d of its %d steps fit, the last ending in week %d (alone: %d steps by week %d)",
		fit, all, week, alone, aloneWeek),
		fmt.Sprintf("У распоред је ушло %s од %s корака, последњи се завршава у %s. седмици "+
			"(самостално: %s, закључно са %s. седмицом)",
			w.Int(fit), w.Int(all), w.Int(week), w.Steps(alone), w.Int(aloneWeek)))
}

// AtLeastWhenDone compares what a municipality counts on when the
// portfolio's steps are done with what it would alone.
func (w *words) AtLeastWhenDone(shared, alone string) string {
	return w.say(fmt.Sprintf("At least %s when they are done (alone: at least %s)", shared, alone),
		fmt.Sprintf("Најмање %s када се ти кораци заврше (самостално: најмање %s)", shared, alone))
}

// ListLine writes a label and a list as a sentence: "Awaiting a visit:
// Beočin, Niš.".
func (w *words) ListLine(label string, items []string) string {
	return label + ": " + w.List(items) + "."
}

// lowerFirst lowers the first letter of a name used inside a sentence
// ("Very high" → "very high"), unless its first word has another capital,
// as an abbreviation or a brand has (ConsentID and eID stay as they are).
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError || !unicode.IsUpper(r) {
		return s
	}
	first, _, _ := strings.Cut(s[n:], " ")
	if strings.ContainsFunc(first, unicode.IsUpper) {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}
