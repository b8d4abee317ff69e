package questionnaire

import (
	"strings"
	"sync"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/maturity"
)

// The questions' words. Serbian is written once, in Cyrillic, and the
// Latin derived with egov.ToLatin, as egov writes its own; a name in Latin
// letters inside Cyrillic text (ConsentID, eZUP) passes through unchanged.
// A service's name is set in quotation marks after a noun that says what
// it is, „…“ as Serbian quotes in both scripts, so that it is never
// declined: "увођење услуге „еПисарница“".

// text returns an English and a Cyrillic phrase as an egov.Text, with the
// Latin derived.
func text(en, sr string) egov.Text {
	return egov.Text{English: en, Latin: egov.ToLatin(sr), Cyrillic: sr}
}

// dontKnow is the label of the answer "don't know".
func dontKnow() egov.Text { return fixedWords().dontKnow }

// A wordTable holds the package's own words, with their Latin derived once
// for every questionnaire: egov.ToLatin is not free, and each
// questionnaire asks in the same words. Nothing changes it once made.
type wordTable struct {
	counts   map[egov.Measure]countWords
	shares   map[[2]egov.Measure]shareWords
	names    map[egov.Measure]egov.Text
	stages   map[egov.ServiceKind]egov.Text
	options  []Option // shared by every stage question; accessors copy them
	dontKnow egov.Text
}

// fixedWords returns the word table, made on first use.
var fixedWords = sync.OnceValue(func() *wordTable {
	t := &wordTable{counts: map[egov.Measure]countWords{}, shares: map[[2]egov.Measure]shareWords{},
		names: map[egov.Measure]egov.Text{}, stages: map[egov.ServiceKind]egov.Text{},
		dontKnow: text("Don't know", "Не знам")}
	for _, m := range egov.Measures() {
		if w, ok := measureWords(m); ok {
			t.counts[m] = w
		}
		t.names[m] = labelled(m.Label)
		if whole, ok := m.Whole(); ok {
			t.shares[[2]egov.Measure{m, whole}] = makeShareText(m, whole)
		}
		if m.Kind() == egov.MeasureKindShare {
			t.shares[[2]egov.Measure{m, ""}] = makeShareText(m, "")
		}
	}
	for k := egov.ServiceKindUnspecified; k <= egov.KindInfrastructure; k++ {
		t.stages[k] = makeStageTemplate(k)
	}
	for _, s := range egov.AdoptionStages() {
		if s.IsKnown() {
			t.options = append(t.options, Option{Stage: s, Label: labelled(s.Label)})
		}
	}
	return t
})

// measureName returns a measure's name in every language.
func measureName(m egov.Measure) egov.Text {
	if t, ok := fixedWords().names[m]; ok {
		return t
	}
	return labelled(m.Label)
}

// labelled returns a Text whose every language is filled, from a Label
// method: what a form can show without falling back itself.
func labelled(label func(egov.Language) string) egov.Text {
	return egov.Text{English: label(egov.English), Latin: label(egov.SerbianLatin), Cyrillic: label(egov.SerbianCyrillic)}
}

// stageOptions returns the options of a stage question: every known
// stage, in order, with its label. The slice is shared: do not change it.
func stageOptions() []Option { return fixedWords().options }

// stageTemplate returns the question for the stage of a service of kind
// k, with "%s" for its name.
func stageTemplate(k egov.ServiceKind) egov.Text {
	if t, ok := fixedWords().stages[k]; ok {
		return t
	}
	return makeStageTemplate(k)
}

// makeStageTemplate writes the question for the stage of a service of kind
// k: the noun before the name follows the kind.
func makeStageTemplate(k egov.ServiceKind) egov.Text {
	var en, sr string
	switch k {
	case egov.KindEnabler:
		en, sr = "the platform", "платформе"
	case egov.KindBackOffice:
		en, sr = "the system", "система"
	case egov.KindInfrastructure:
		en, sr = "the infrastructure", "инфраструктуре"
	default: // services for citizens or businesses, and any other kind
		en, sr = "the service", "услуге"
	}
	return text("At what stage is the adoption of "+en+" “%s”?", "У којој је фази увођење "+sr+" „%s“?")
}

// stageText returns the question for a service's stage, from its kind's
// template.
func stageText(template egov.Text, svc egov.Service) egov.Text {
	name := serviceName(svc)
	return fill(template, name.English, name.Latin, name.Cyrillic)
}

// serviceName returns a service's name in every language: in Cyrillic
// text, the Cyrillic name, else the Latin one, as a name in Latin letters
// is written inside Cyrillic text.
func serviceName(svc egov.Service) egov.Text {
	cyrillic := svc.Name.Cyrillic
	if cyrillic == "" {
		cyrillic = svc.Name.In(egov.SerbianLatin)
	}
	return egov.Text{English: svc.Name.In(egov.English), Latin: svc.Name.In(egov.SerbianLatin), Cyrillic: cyrillic}
}

// fill puts a name into each language of t, in place of its "%s".
func fill(t egov.Text, en, latin, cyrillic string) egov.Text {
	return egov.Text{
		English:  strings.Replace(t.English, "%s", en, 1),
		Latin:    strings.Replace(t.Latin, "%s", latin, 1),
		Cyrillic: strings.Replace(t.Cyrillic, "%s", cyrillic, 1),
	}
}

// countWords are the question and the unit of a measure asked as a count.
type countWords struct{ question, unit egov.Text }

// measureWords returns the question and unit for each measure, and false
// for a name egov does not define.
func measureWords(m egov.Measure) (countWords, bool) {
	staff := func() egov.Text { return text("people", "запослених") }
	switch m {
	case egov.MeasureStaff:
		return countWords{text("How many people does the administration employ?",
			"Колико је укупно запослених у управи?"), staff()}, true
	case egov.MeasureStaffTrained:
		return countWords{text("How many of the staff have been trained to work with the national platforms?",
			"Колико је запослених обучено за рад на националним платформама?"), staff()}, true
	case egov.MeasureEIDOfficers:
		return countWords{text("How many of the staff are authorised to register citizens for ConsentID?",
			"Колико је запослених овлашћено да региструје грађане за ConsentID?"), staff()}, true
	case egov.MeasureCitizenEServices:
		return countWords{text("How many of the administration's procedures can citizens complete online?",
			"Колико поступака управе грађани могу да заврше електронским путем?"), text("procedures", "поступака")}, true
	case egov.MeasureBusinessEServices:
		return countWords{text("How many of the administration's procedures can businesses complete online?",
			"Колико поступака управе привредни субјекти могу да заврше електронским путем?"), text("procedures", "поступака")}, true
	case egov.MeasureElectronicCaseShare:
		return countWords{text("How many cases did the administration handle, and how many of them electronically? "+
			"Give both figures for the same period, such as the past year.",
			"Колико је предмета управа обрадила и колико их је обрађено електронски? "+
				"Наведите оба броја за исти период, на пример за протеклу годину."), text("cases", "предмета")}, true
	case egov.MeasureRegisteredECitizens:
		return countWords{text("How many residents have an eGrađanin (eID) account?",
			"Колико становника има налог еГрађанин (eID)?"), text("residents", "становника")}, true
	}
	return countWords{}, false
}

// countText returns the question and unit for a measure asked as a count:
// a measure egov adds later without words here is asked by its label.
func countText(m egov.Measure) countWords {
	if w, ok := fixedWords().counts[m]; ok {
		return w
	}
	name := labelled(m.Label)
	return countWords{fill(text("What is the figure for “%s”?", "Колико износи „%s“?"), name.English, name.Latin, name.Cyrillic),
		text("units", "јединица")}
}

// shareWords are the question and the labels of a share.
type shareWords struct{ question, part, whole, unit egov.Text }

// shareText returns the words of a share question: of a part of staff and
// the staff, or of a measure that holds a share, asked as the two counts
// it is the quotient of.
func shareText(part, whole egov.Measure) shareWords {
	if w, ok := fixedWords().shares[[2]egov.Measure{part, whole}]; ok {
		return w
	}
	return makeShareText(part, whole)
}

// makeShareText writes the words of a share question.
func makeShareText(part, whole egov.Measure) shareWords {
	staff := text("people", "запослених")
	employ := "How many people does the administration employ, and how many of them "
	employs := "Колико је укупно запослених у управи и колико их је "
	switch {
	case part == egov.MeasureStaffTrained && whole == egov.MeasureStaff:
		return shareWords{text(employ+"have been trained to work with the national platforms?",
			employs+"обучено за рад на националним платформама?"), labelled(part.Label), labelled(whole.Label), staff}
	case part == egov.MeasureEIDOfficers && whole == egov.MeasureStaff:
		return shareWords{text(employ+"are authorised to register citizens for ConsentID?",
			employs+"овлашћено да региструје грађане за ConsentID?"), labelled(part.Label), labelled(whole.Label), staff}
	case part == egov.MeasureElectronicCaseShare && whole == "":
		w, _ := measureWords(part)
		return shareWords{w.question, text("Cases handled electronically", "Предмети обрађени електронски"),
			text("All cases handled", "Сви обрађени предмети"), w.unit}
	}
	// A part and whole egov adds later without words here.
	p, w := labelled(part.Label), labelled(whole.Label)
	if whole == "" {
		w = text("All", "Укупно")
	}
	q := egov.Text{
		English:  "Of “" + w.English + "”, how many are “" + p.English + "”?",
		Latin:    egov.ToLatin("Колико је укупно: „") + w.Latin + egov.ToLatin("“, а колико од тога: „") + p.Latin + "“?",
		Cyrillic: "Колико је укупно: „" + w.Cyrillic + "“, а колико од тога: „" + p.Cyrillic + "“?",
	}
	return shareWords{q, p, w, text("units", "јединица")}
}

// dimensionTitle returns a dimension's name in every language.
func dimensionTitle(d maturity.Dimension) egov.Text { return labelled(d.Label) }

// modelName returns a model's name in every language.
func modelName(m maturity.Model) egov.Text { return labelled(m.Label) }
