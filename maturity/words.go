package maturity

import "github.com/digitaldistrict/egovkit/egov"

// words returns a name or description as an egov.Text; see the package
// documentation, "Names in three languages", for how it is read.
func words(english, cyrillic, latin string) egov.Text {
	return egov.Text{English: english, Latin: latin, Cyrillic: cyrillic}
}

func orKey(s, key string) string {
	if s == "" {
		return key
	}
	return s
}

// Label returns the model's name in language l (see the package documentation), or its ID when
// it has no name.
func (m Model) Label(l egov.Language) string {
	return orKey(words(m.Name, m.NameCyrillic, m.NameLatin).In(l), m.ID)
}

// DescriptionIn returns the model's description in language l (see the
// package documentation), or "".
func (m Model) DescriptionIn(l egov.Language) string {
	return words(m.Description, m.DescriptionCyrillic, m.DescriptionLatin).In(l)
}

// Label returns the dimension's name in language l (see the package documentation), or its key
// when it has no name.
func (d Dimension) Label(l egov.Language) string {
	return orKey(words(d.Name, d.NameCyrillic, d.NameLatin).In(l), d.Key)
}

// DescriptionIn returns the dimension's description in language l (see the
// package documentation), or "".
func (d Dimension) DescriptionIn(l egov.Language) string {
	return words(d.Description, d.DescriptionCyrillic, d.DescriptionLatin).In(l)
}

// Label returns the indicator's name in language l (see the package documentation), or its key
// when it has no name.
func (ind Indicator) Label(l egov.Language) string {
	return orKey(words(ind.Name, ind.NameCyrillic, ind.NameLatin).In(l), ind.Key)
}

// DescriptionIn returns the indicator's description in language l (see the
// package documentation), or "".
func (ind Indicator) DescriptionIn(l egov.Language) string {
	return words(ind.Description, ind.DescriptionCyrillic, ind.DescriptionLatin).In(l)
}

// Label returns the band's name in language l (see the package documentation), or its key when
// it has no name. The zero Band, which a Result without a score reports,
// has neither and labels as "".
func (b Band) Label(l egov.Language) string {
	return orKey(words(b.Name, b.NameCyrillic, b.NameLatin).In(l), b.Key)
}

// Names returns the band's names as an egov.Text: English, Cyrillic, and
// Latin as given or, when the band leaves it to the Cyrillic,
// transliterated from it. It is how plans and ranks carry a band's name
// without the model.
func (b Band) Names() egov.Text { return names(b.Name, b.NameCyrillic, b.NameLatin) }

// Names returns the level's names as an egov.Text, as Band.Names does.
func (lv Level) Names() egov.Text { return names(lv.Name, lv.NameCyrillic, lv.NameLatin) }

// names returns a name with its Latin derived from the Cyrillic when it is
// not given.
func names(english, cyrillic, latin string) egov.Text {
	if latin == "" {
		latin = egov.ToLatin(cyrillic)
	}
	return egov.Text{English: english, Latin: latin, Cyrillic: cyrillic}
}

// Label returns the level's name in language l (see the package documentation), or its key
// when it has no name. The zero Level, reported below the first rung, has
// neither and labels as "".
func (lv Level) Label(l egov.Language) string {
	return orKey(words(lv.Name, lv.NameCyrillic, lv.NameLatin).In(l), lv.Key)
}

// DescriptionIn returns the level's description in language l (see the
// package documentation), or "".
func (lv Level) DescriptionIn(l egov.Language) string {
	return words(lv.Description, lv.DescriptionCyrillic, lv.DescriptionLatin).In(l)
}

// Label returns the state's name in language l: "Known", "Poznato",
// "Познато"; "Unknown", "Nepoznato", "Непознато"; "Not applicable",
// "Nije primenljivo", "Није применљиво"; the key (String) for a value that
// is not a state. A report that tells known values from unknown ones says
// so in these words.
func (s State) Label(l egov.Language) string {
	var t egov.Text
	switch s {
	case StateUnknown:
		t = egov.Text{English: "Unknown", Cyrillic: "Непознато"}
	case StateKnown:
		t = egov.Text{English: "Known", Cyrillic: "Познато"}
	case StateNotApplicable:
		t = egov.Text{English: "Not applicable", Cyrillic: "Није применљиво"}
	default:
		return s.String()
	}
	return t.In(l)
}

// Dimension returns the model's dimension with the key, and false when it
// has none; with Compiled.Model it names a DimensionScore's dimension.
func (m Model) Dimension(key string) (Dimension, bool) {
	for _, d := range m.Dimensions {
		if d.Key == key {
			d.Indicators = cloneIndicators(d.Indicators)
			d.Groups = cloneGroups(d.Groups)
			return d, true
		}
	}
	return Dimension{}, false
}

// Group returns the model's group with the key, at any depth, and false
// when it has none; with Compiled.Model it names a GroupScore's group.
func (m Model) Group(key string) (Group, bool) {
	var find func(gs []Group) (Group, bool)
	find = func(gs []Group) (Group, bool) {
		for _, g := range gs {
			if g.Key == key {
				return cloneGroups([]Group{g})[0], true
			}
			if found, ok := find(g.Groups); ok {
				return found, true
			}
		}
		return Group{}, false
	}
	for _, d := range m.Dimensions {
		if g, ok := find(d.Groups); ok {
			return g, true
		}
	}
	return Group{}, false
}

// Indicator returns the model's indicator with the key, and false when it
// has none; with Compiled.Model it names an IndicatorScore's indicator.
func (m Model) Indicator(key string) (Indicator, bool) {
	for _, d := range m.Dimensions {
		for _, ind := range d.AllIndicators() {
			if ind.Key == key {
				return ind, true
			}
		}
	}
	return Indicator{}, false
}
