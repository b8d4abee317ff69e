package egov

// A Text is a name or a sentence in the library's three languages: English,
// Serbian Latin and Serbian Cyrillic. Services, holidays and the names of
// package maturity's models carry their words as Texts, and In picks the
// one to show.
//
// Serbian is best kept in Cyrillic, with Latin left empty: the Latin is
// then derived with ToLatin, which is exact, whereas Cyrillic derived from
// Latin is not (n+j is њ in "konj" but two letters in "konjugacija").
// Names that Serbian writes in the Latin script inside Cyrillic text, such
// as the brand ConsentID, pass through ToLatin unchanged.
//
// The zero Text is empty in every language.
type Text struct {
	English  string `json:"en"`
	Latin    string `json:"sr_latn"`
	Cyrillic string `json:"sr_cyrl,omitempty"`
}

// ServiceNames are a service's names: English and Serbian Latin are
// required in a catalogue, Cyrillic is optional.
type ServiceNames = Text

// HolidayNames are a holiday's names: English and Serbian Latin are
// required in a calendar, Cyrillic is optional.
type HolidayNames = Text

// In returns the text in language l, falling back where it is missing:
//
//   - Serbian Latin: the Latin, else the Cyrillic transliterated with
//     ToLatin, else the English;
//   - Serbian Cyrillic: the Cyrillic, else the English (Cyrillic is never
//     guessed from Latin, which is ambiguous and would turn brand names
//     such as ConsentID into Cyrillic letters);
//   - English, and any value that is not a language: the English, else the
//     Serbian Latin as above.
//
// So a text given in English alone reads in English everywhere, and one
// given in Cyrillic alone reads in Serbian in both scripts.
func (t Text) In(l Language) string {
	switch l {
	case SerbianCyrillic:
		if t.Cyrillic != "" {
			return t.Cyrillic
		}
		return t.English
	case SerbianLatin:
		if s := t.latin(); s != "" {
			return s
		}
		return t.English
	default: // English, and any value that is not a language
		if t.English != "" {
			return t.English
		}
		return t.latin()
	}
}

// latin returns the Latin text, or the Cyrillic transliterated.
func (t Text) latin() string {
	if t.Latin != "" {
		return t.Latin
	}
	return ToLatin(t.Cyrillic)
}

// IsZero reports whether t is empty in every language.
func (t Text) IsZero() bool { return t == Text{} }

// phrase is one of the library's own texts: English, and Serbian written
// once in Cyrillic, from which the Latin is derived.
type phrase struct{ en, sr string }

// text returns p as a Text, with the Latin derived from the Cyrillic.
func (p phrase) text() Text { return Text{English: p.en, Latin: ToLatin(p.sr), Cyrillic: p.sr} }

// in returns p in language l: English for every value that is not Serbian.
func (p phrase) in(l Language) string {
	switch l {
	case SerbianCyrillic:
		return p.sr
	case SerbianLatin:
		return ToLatin(p.sr)
	default:
		return p.en
	}
}
