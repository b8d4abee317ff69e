package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/plan"
)

// The HTML report's own words, beside the example's catalogue (words.go)
// and in the same way: Serbian written once, in Cyrillic, and the Latin
// derived from it; a sentence with figures is a method taking them.

// htmlWords are the words only the HTML report writes.
type htmlWords struct {
	Contents     string // the label of the table of contents
	Overview     string // heading of the pilots' overview
	ColVisited   string
	NotVisited   string
	NotAssessed  string
	NoScore      string
	Maturity     string // heading of a municipality's scores
	Visit        string // heading of a municipality's visit
	AsTable      string // a chart's figures, as a table
	ColDimension string
	ColWeight    string
	ColReached   string
	ColDates     string
	ColAfter     string // the steps a step needs first
	Unknown      string // a figure not known
	KnownScore   string // the legend of a dimension's known score
	RangeLegend  string // the legend of the gauge's hatched range
	Reached      string // beside the rung reached
	NoLevel      string // at the foot of a ladder with no rung reached
	LevelUnknown string // at the foot of a ladder with no score
	PlanByWeek   string // heading of the Gantt chart
	GainsHeading string // heading of the gains
	GainKnown    string // legend of a known gain
	GainUnknown  string // legend of a gain not known
	ActionPlan   string // heading of the action plan
	ActionIntro  string
	LoadHeading  string
	Capacity     string // the capacity line's legend
	ColCapacity  string
	PersonDays   string // the load's unit
	Footer       string
}

// htmlWordsFor returns the HTML report's words in w's language.
func htmlWordsFor(w *words) htmlWords {
	t := w.say
	return htmlWords{
		Contents:     t("Contents", "Садржај"),
		Overview:     t("The pilots at a glance", "Преглед јединица локалне самоуправе у пилот-пројекту"),
		ColVisited:   t("Visited", "Посета"),
		NotVisited:   t("not yet", "још није"),
		NotAssessed:  t("not assessed", "није оцењена"),
		NoScore:      t("no score", "нема оцене"),
		Maturity:     t("Digital maturity", "Дигитална зрелост"),
		Visit:        t("The visit", "Посета"),
		AsTable:      t("The figures as a table", "Исти подаци у табели"),
		ColDimension: t("Dimension", "Димензија"),
		ColWeight:    t("Weight", "Пондер"),
		ColReached:   t("Reached", "Достигнут"),
		ColDates:     t("Dates", "Датуми"),
		ColAfter:     t("After step", "После корака"),
		Unknown:      t("unknown", "непознато"),
		KnownScore:   t("known score", "позната оцена"),
		RangeLegend:  t("range: every score still possible", "распон: све оцене које су још могуће"),
		Reached:      t("reached", "достигнут"),
		NoLevel:      t("no level reached yet", "још ниједан ниво није достигнут"),
		LevelUnknown: t("level unknown: nothing the model reads is known", "ниво непознат: ништа од онога што модел оцењује није познато"),
		PlanByWeek:   t("The plan by week, as the shared team can keep it", "План по седмицама, према могућностима заједничког тима"),
		GainsHeading: t("What each step adds to the lower end", "Допринос сваког корака доњој граници"),
		GainKnown:    t("gain", "допринос"),
		GainUnknown:  t("gain not known yet", "допринос још није познат"),
		ActionPlan:   t("Action plan", "Акциони план"),
		ActionIntro: t("The plan as an administration writes an action plan: one row an activity.",
			"План у облику у којем управа пише акциони план: један ред, једна активност."),
		LoadHeading: t("The programme team's load by week", "Оптерећење програмског тима по седмицама"),
		Capacity:    t("team capacity", "капацитет тима"),
		ColCapacity: t("Capacity", "Капацитет"),
		PersonDays:  t("person-days", "човек-дани"),
		Footer: t("Made by egovkit's example egovforall from its built-in data. The visits' dates, the plans' start "+
			"and the capacities are illustrative; the scores hold only what the sources say.",
			"Извештај је направио пример egovforall библиотеке egovkit из уграђених података. Датуми посета, "+
				"почетак планова и капацитети су илустративни; оцене садрже само оно што извори наводе."),
	}
}

// kindLetter is the letter a kind's bars start with in the Gantt chart:
// the first of its name, except where two kinds would share one in
// English (training, technical support: T and S).
func kindLetter(k plan.ActionKind, w *words) string {
	switch k {
	case plan.KindMaterials:
		return w.say("M", "М")
	case plan.KindTraining:
		return w.say("T", "О")
	case plan.KindTechnicalSupport:
		return w.say("S", "Т")
	case plan.KindPromotion:
		return w.say("P", "П")
	default:
		return "?"
	}
}

// GaugeTitle names a municipality's gauge, with its score if it has one.
func (w *words) GaugeTitle(name, score string, scored bool) string {
	if !scored {
		return w.say(name+": digital maturity, no score", name+": дигитална зрелост, без оцене")
	}
	return w.say(fmt.Sprintf("%s: digital maturity score %s", name, score),
		fmt.Sprintf("%s: оцена дигиталне зрелости %s", name, score))
}

// GaugeDesc describes a gauge in a sentence: the score and its band, or
// that there is none; the range; and the bands of the scale.
func (w *words) GaugeDesc(score, band string, scored bool, rng, bands string) string {
	if !scored {
		return w.say(fmt.Sprintf("No score: nothing the model reads is known; range %s. The scale's bands: %s.", rng, bands),
			fmt.Sprintf("Нема оцене: ништа од онога што модел оцењује није познато; распон %s. Степени зрелости на скали: %s.", rng, bands))
	}
	return w.say(fmt.Sprintf("Score %s, band %s; range %s. The scale's bands: %s.", score, lowerFirst(band), rng, bands),
		fmt.Sprintf("Оцена %s, зрелост: %s; распон %s. Степени зрелости на скали: %s.", score, lowerFirst(band), rng, bands))
}

// RadarTitle names a municipality's radar of dimensions.
func (w *words) RadarTitle(name string) string {
	return w.say(name+": score by dimension", name+": оцена по димензијама")
}

// RadarDesc describes the radar: how many dimensions are known, and each.
func (w *words) RadarDesc(known, all int, each string) string {
	return w.say(fmt.Sprintf("%s of %s dimensions known: %s.", w.Int(known), w.Int(all), each),
		fmt.Sprintf("Познато %s од %s димензија: %s.", w.Int(known), w.Int(all), each))
}

// LadderTitle names a municipality's ladder of levels.
func (w *words) LadderTitle(name string) string {
	return w.say(name+": level reached", name+": достигнути ниво")
}

// LadderDesc describes the ladder: which level is reached, and the levels.
func (w *words) LadderDesc(reached string, levels int, names string) string {
	reached = upperFirst(reached)
	return w.say(fmt.Sprintf("%s. The ladder's %s levels, lowest first: %s.", reached, w.Int(levels), names),
		fmt.Sprintf("%s. Нивои лествице (%s), од најнижег: %s.", reached, w.Int(levels), names))
}

// upperFirst raises the first letter of a phrase that starts a sentence.
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// LevelReached says which level is reached: "Level 1 of 5 reached:
// Nascent".
func (w *words) LevelReached(k, of int, name string) string {
	return w.say(fmt.Sprintf("Level %s of %s reached: %s", w.Int(k), w.Int(of), name),
		fmt.Sprintf("Достигнут ниво %s од %s: %s", w.Int(k), w.Int(of), name))
}

// GanttTitle names a municipality's Gantt chart.
func (w *words) GanttTitle(name string) string {
	return w.say(name+": the plan by week", name+": план по седмицама")
}

// GanttDesc describes the Gantt chart.
func (w *words) GanttDesc(steps, weeks int, start, legend string) string {
	return w.say(fmt.Sprintf("%s over %s from %s, one bar a step, in plan order. %s. "+
		"An arrow runs from a step to each step that needs it first.", w.Steps(steps), weekCount(w, weeks), start, legend),
		fmt.Sprintf("%s у %s од %s, по једна трака за сваки корак, редом из плана. %s. "+
			"Стрелица води од корака до сваког корака који га чека.", w.Steps(steps), weekCount(w, weeks), start, legend))
}

// GanttLegend says how kinds and owners are told apart.
func (w *words) GanttLegend(kinds, owners string) string {
	return w.say("Kinds by colour, texture and letter: "+kinds+"; owners by the marker before each row: "+owners,
		"Врсте по боји, шари и слову: "+kinds+"; носиоци по знаку испред реда: "+owners)
}

// GainsTitle names a municipality's gains chart.
func (w *words) GainsTitle(name string) string {
	return w.say(name+": each step's gain", name+": допринос сваког корака")
}

// GainsDesc describes the gains chart.
func (w *words) GainsDesc(known, unknown int, from, to string) string {
	return w.say(fmt.Sprintf("Gains of %s to the lower end of the score, which rises from %s to %s; %s with a gain not known yet.",
		w.Steps(known), from, to, w.Steps(unknown)),
		fmt.Sprintf("Допринос %s доњој граници оцене, која расте са %s на %s; %s са доприносом који још није познат.",
			w.Steps(known), from, to, w.Steps(unknown)))
}

// LoadTitle names the portfolio's load chart.
func (w *words) LoadTitle() string {
	return w.say("The programme team's person-days by week, by municipality, against its capacity",
		"Човек-дани програмског тима по седмицама и јединицама локалне самоуправе, према капацитету")
}

// LoadDesc describes the load chart.
func (w *words) LoadDesc(weeks int, municipalities, peak, capacity string) string {
	return w.say(fmt.Sprintf("The programme team's person-days in each of %s, stacked by municipality (%s); the most in one "+
		"week is %s, against a capacity of %s person-days in a week of five working days, less in a week with holidays "+
		"(the dashed line).", weekCount(w, weeks), municipalities, peak, capacity),
		fmt.Sprintf("Човек-дани програмског тима у свакој од %s, по јединицама локалне самоуправе (%s); највише у једној "+
			"седмици: %s, према капацитету од %s човек-дана у седмици од пет радних дана, мањем у седмици са празницима "+
			"(испрекидана линија).", weekCount(w, weeks), municipalities, peak, capacity))
}

// weekCount counts weeks: "22 weeks", "22 седмице".
func weekCount(w *words, n int) string {
	return w.Count(egov.WeekNoun(), n)
}
