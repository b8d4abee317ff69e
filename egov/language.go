package egov

import (
	"errors"
	"fmt"
	"strings"
)

// A Language is a language and script the library writes its words in:
// English, Serbian in the Latin script or Serbian in the Cyrillic script.
// Every function that returns text for people takes one as an argument;
// nothing in the library keeps a current language.
//
// The zero value is English, the default and the fallback: a text that has
// no version in the language asked for is given in English (see Text.In).
// A value that is not one of the three reads as English too.
type Language uint8

// The languages.
const (
	English         Language = iota // en
	SerbianLatin                    // sr-Latn
	SerbianCyrillic                 // sr-Cyrl
	numLanguages
)

// Languages returns the three languages, English first.
func Languages() []Language { return []Language{English, SerbianLatin, SerbianCyrillic} }

// String returns the language's BCP 47 tag: "en", "sr-Latn" or "sr-Cyrl",
// and "Language(n)" for a value that is not a language.
func (l Language) String() string {
	switch l {
	case English:
		return "en"
	case SerbianLatin:
		return "sr-Latn"
	case SerbianCyrillic:
		return "sr-Cyrl"
	}
	return fmt.Sprintf("Language(%d)", uint8(l))
}

// IsValid reports whether l is one of the three languages.
func (l Language) IsValid() bool { return l < numLanguages }

// Script returns the script l writes Serbian names in: Cyrillic for
// SerbianCyrillic, Latin for every other value, so that
// m.Name.In(l.Script()) names a municipality in the reader's script.
func (l Language) Script() Script {
	if l == SerbianCyrillic {
		return Cyrillic
	}
	return Latin
}

// MarshalText implements encoding.TextMarshaler: the language's tag. A
// value that is not a language is an error.
func (l Language) MarshalText() ([]byte, error) {
	if !l.IsValid() {
		return nil, fmt.Errorf("invalid language %d", uint8(l))
	}
	return []byte(l.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler. It accepts every tag
// ParseLanguage accepts.
func (l *Language) UnmarshalText(b []byte) error {
	if l == nil {
		return errNilTarget("language")
	}
	got, reason := parseLanguage(string(b))
	if reason != "" {
		return errors.New(reason)
	}
	*l = got
	return nil
}

// ParseLanguage reads a language tag as people and programs write it:
//
//   - "en", and English of any region ("en-GB", "en-US", "en-Latn-GB"),
//     are English;
//   - "sr-Latn" and "sr-Latn-RS" (any region) are Serbian Latin;
//   - "sr-Cyrl" and "sr-Cyrl-RS" (any region) are Serbian Cyrillic;
//   - "sr" alone, or with a region, is Serbian in the script CLDR's likely
//     subtags give it: Cyrillic for Serbia ("sr", "sr-RS"), Bosnia and
//     Herzegovina and Kosovo, Latin for Montenegro, Romania, Russia and
//     Turkey ("sr-ME").
//
// Case does not matter, and "_" may stand for "-". The POSIX locale form
// is read too: a code set after a dot is ignored ("sr_RS.UTF-8" is
// Cyrillic), and the modifiers "@latin" and "@cyrillic" choose the script
// ("sr_RS@latin" is Latin).
//
// Any other language, script or form is refused with a *ValidationError
// that names the tag and lists the tags understood; nothing falls back
// silently.
func ParseLanguage(tag string) (Language, error) {
	l, reason := parseLanguage(tag)
	if reason != "" {
		return English, &ValidationError{Subject: "language", Problems: []Problem{{Value: tag, Reason: reason}}}
	}
	return l, nil
}

// wantLanguages ends every reason ParseLanguage gives.
const wantLanguages = "(want en, sr-Latn or sr-Cyrl, or a tag such as en-GB, sr, sr-RS or sr-Latn-RS)"

// latinRegions are the regions for which CLDR's likely subtags write
// Serbian in the Latin script: sr-ME → sr-Latn-ME, and so on.
const latinRegions = " me ro ru tr "

// parseLanguage returns the language of tag, or the reason it has none.
func parseLanguage(tag string) (Language, string) {
	s := strings.ToLower(strings.TrimSpace(tag))
	if s == "" {
		return English, "missing language " + wantLanguages
	}
	modifier := ""
	if base, mod, ok := strings.Cut(s, "@"); ok {
		s, modifier = base, mod
	}
	if base, _, ok := strings.Cut(s, "."); ok {
		s = base // a POSIX code set: "sr_RS.UTF-8"
	}
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == '_' })
	if len(parts) == 0 || strings.Count(s, "-")+strings.Count(s, "_") != len(parts)-1 {
		return English, fmt.Sprintf("malformed language tag %q %s", tag, wantLanguages)
	}
	lang, rest := parts[0], parts[1:]
	script := ""
	if len(rest) > 0 && len(rest[0]) == 4 && isLetters(rest[0]) {
		script, rest = rest[0], rest[1:]
	}
	region := ""
	if len(rest) > 0 && isRegion(rest[0]) {
		region, rest = rest[0], rest[1:]
	}
	if len(rest) > 0 {
		return English, fmt.Sprintf("language tag %q has a part egovkit does not read, %q %s", tag, rest[0], wantLanguages)
	}
	switch modifier {
	case "":
	case "latin", "cyrillic":
		if script != "" {
			return English, fmt.Sprintf("language tag %q gives its script twice %s", tag, wantLanguages)
		}
		script = map[string]string{"latin": "latn", "cyrillic": "cyrl"}[modifier]
	default:
		return English, fmt.Sprintf("language tag %q has an unknown modifier @%s (want @latin or @cyrillic)", tag, modifier)
	}
	switch lang {
	case "en":
		if script != "" && script != "latn" {
			return English, fmt.Sprintf("English is not written in script %q %s", script, wantLanguages)
		}
		return English, ""
	case "sr":
		switch script {
		case "latn":
			return SerbianLatin, ""
		case "cyrl":
			return SerbianCyrillic, ""
		case "":
			if region != "" && strings.Contains(latinRegions, " "+region+" ") {
				return SerbianLatin, ""
			}
			return SerbianCyrillic, ""
		}
		return English, fmt.Sprintf("Serbian is not written in script %q %s", script, wantLanguages)
	}
	return English, fmt.Sprintf("unsupported language %q %s", tag, wantLanguages)
}

func isLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return s != ""
}

// isRegion reports whether s is a BCP 47 region subtag: two letters or
// three digits.
func isRegion(s string) bool {
	if len(s) == 2 {
		return isLetters(s)
	}
	if len(s) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
