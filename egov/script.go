package egov

import (
	"github.com/digitaldistrict/egovkit/internal/enumtext"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Script is a script Serbian is written in. Its zero value is Latin, the
// script of the library's keys and of sorting unless asked otherwise.
type Script uint8

// The scripts.
const (
	Latin Script = iota
	Cyrillic
	numScripts
)

// String returns the script's name: "latin" or "cyrillic".
func (s Script) String() string { return enumtext.Name(s, "Script", "latin", "cyrillic") }

// MarshalText implements encoding.TextMarshaler.
func (s Script) MarshalText() ([]byte, error) { return enumtext.Marshal(s, numScripts, "script") }

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *Script) UnmarshalText(b []byte) error { return enumtext.Unmarshal(s, numScripts, "script", b) }

// ToCyrillic transliterates Serbian Latin text to Serbian Cyrillic. The
// digraphs lj, nj and dž become the single letters љ, њ and џ in any case
// (Lj, LJ → Љ). Characters that are not Serbian Latin letters (digits,
// punctuation, q, w, x, y, Cyrillic) pass through unchanged; so does the
// sequence "dj", which is a d followed by a j in Serbian (use đ for ђ).
//
// Serbian has a few words where n+j or d+ž are two letters (injekcija,
// nadživeti); like every dictionary-free transliterator, ToCyrillic writes
// the digraph letter there.
func ToCyrillic(latin string) string {
	var b strings.Builder
	b.Grow(len(latin) * 2)
	rs := []rune(composeCarons(latin))
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		var next rune
		if i+1 < len(rs) {
			next = rs[i+1]
		}
		if c, ok := latinDigraphToCyrillic(r, next); ok {
			b.WriteRune(c)
			i++
			continue
		}
		b.WriteRune(latinToCyrillic(r))
	}
	return b.String()
}

func latinDigraphToCyrillic(r, next rune) (rune, bool) {
	switch {
	case (r == 'l' || r == 'L') && (next == 'j' || next == 'J'):
		return caseLike(r, 'љ', 'Љ'), true
	case (r == 'n' || r == 'N') && (next == 'j' || next == 'J'):
		return caseLike(r, 'њ', 'Њ'), true
	case (r == 'd' || r == 'D') && (next == 'ž' || next == 'Ž'):
		return caseLike(r, 'џ', 'Џ'), true
	}
	return 0, false
}

func caseLike(model, lower, upper rune) rune {
	if unicode.IsUpper(model) {
		return upper
	}
	return lower
}

func latinToCyrillic(r rune) rune {
	const latin = "abcčćdđefghijklmnoprsštuvzžABCČĆDĐEFGHIJKLMNOPRSŠTUVZŽǅǄǆǈǇǉǋǊǌ"
	const cyril = "абцчћдђефгхијклмнопрсштувзжАБЦЧЋДЂЕФГХИЈКЛМНОПРСШТУВЗЖЏЏџЉЉљЊЊњ"
	return mapRune(r, latin, cyril)
}

// mapRune returns the rune of to at the position of r in from, or r itself.
func mapRune(r rune, from, to string) rune {
	for from != "" && to != "" {
		f, fn := utf8.DecodeRuneInString(from)
		t, tn := utf8.DecodeRuneInString(to)
		if f == r {
			return t
		}
		from, to = from[fn:], to[tn:]
	}
	return r
}

// composeCarons joins a Latin c, s, z followed by a combining caron or acute
// accent into the precomposed letter (c + U+030C → č), so that text typed in
// decomposed form transliterates, folds and sorts like precomposed text.
func composeCarons(s string) string {
	if !strings.ContainsAny(s, "\u030C\u0301") {
		return s
	}
	var b strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		if i+1 < len(rs) {
			if c := composed(rs[i], rs[i+1]); c != 0 {
				b.WriteRune(c)
				i++
				continue
			}
		}
		b.WriteRune(rs[i])
	}
	return b.String()
}

// composed returns the precomposed letter for base followed by mark, or 0.
func composed(base, mark rune) rune {
	c := base
	switch mark {
	case '\u030C':
		c = mapRune(base, "cszCSZ", "čšžČŠŽ")
	case '\u0301':
		c = mapRune(base, "cC", "ćĆ")
	}
	if c == base {
		return 0
	}
	return c
}

// ToLatin transliterates Serbian Cyrillic text to Serbian Latin. The letters
// љ, њ and џ become the digraphs lj, nj and dž; in capitals they follow their
// word: "Љубовија" → "Ljubovija", "ЉУБОВИЈА" → "LJUBOVIJA". Characters that
// are not Serbian Cyrillic letters pass through unchanged.
//
// For any Serbian Latin text s written in lower case, Capitalised or ALL-CAPS
// words of two or more letters, ToLatin(ToCyrillic(s)) == s.
func ToLatin(cyrillic string) string {
	var b strings.Builder
	b.Grow(len(cyrillic))
	rs := []rune(cyrillic)
	for i, r := range rs {
		var two string
		switch r {
		case 'љ':
			two = "lj"
		case 'њ':
			two = "nj"
		case 'џ':
			two = "dž"
		case 'Љ', 'Њ', 'Џ':
			two = capitalDigraph(r, rs, i)
		}
		if two != "" {
			b.WriteString(two)
			continue
		}
		b.WriteRune(cyrillicToLatin(r))
	}
	return b.String()
}

// capitalDigraph decides between "Lj" and "LJ" for a capital Љ at rs[i]: the
// whole digraph is capital when the next letter is, or, at the end of a word,
// when the letter before it is.
func capitalDigraph(r rune, rs []rune, i int) string {
	first, second := "L", "j"
	switch r {
	case 'Њ':
		first = "N"
	case 'Џ':
		first, second = "D", "ž"
	}
	upper := false
	if i+1 < len(rs) && unicode.IsLetter(rs[i+1]) {
		upper = unicode.IsUpper(rs[i+1])
	} else if i > 0 && unicode.IsLetter(rs[i-1]) {
		upper = unicode.IsUpper(rs[i-1])
	}
	if upper {
		return first + strings.ToUpper(second)
	}
	return first + second
}

func cyrillicToLatin(r rune) rune {
	const cyril = "абвгдђежзијклмнопрстћуфхцчшАБВГДЂЕЖЗИЈКЛМНОПРСТЋУФХЦЧШ"
	const latin = "abvgdđežzijklmnoprstćufhcčšABVGDĐEŽZIJKLMNOPRSTĆUFHCČŠ"
	return mapRune(r, cyril, latin)
}

// Fold reduces a name in either script to the form of a key: Serbian Latin,
// lower-case ASCII, with č and ć folded to c, š to s, ž to z, đ to dj, dž to
// dz, runs of spaces, underscores and hyphens to one hyphen, and other
// punctuation dropped. "Veliko Gradište", "VELIKO GRADISTE" and
// "Велико Градиште" all fold to "veliko-gradiste".
func Fold(name string) string {
	latin := ToLatin(composeCarons(name))
	var b strings.Builder
	b.Grow(len(latin))
	pendingHyphen := false
	for _, r := range latin {
		var out string
		switch r {
		case 'č', 'ć', 'Č', 'Ć':
			out = "c"
		case 'š', 'Š':
			out = "s"
		case 'ž', 'Ž':
			out = "z"
		case 'đ', 'Đ':
			out = "dj"
		case 'ǅ', 'Ǆ', 'ǆ':
			out = "dz"
		case 'ǈ', 'Ǉ', 'ǉ':
			out = "lj"
		case 'ǋ', 'Ǌ', 'ǌ':
			out = "nj"
		default:
			switch {
			case r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
				out = string(unicode.ToLower(r))
			case unicode.IsSpace(r) || r == '-' || r == '_':
				pendingHyphen = b.Len() > 0
				continue
			default:
				continue
			}
		}
		if pendingHyphen {
			b.WriteByte('-')
			pendingHyphen = false
		}
		b.WriteString(out)
	}
	return b.String()
}

// IsKey reports whether s is a well-formed key: lower-case ASCII letters and
// digits in groups joined by single hyphens ("veliko-gradiste", "eid").
func IsKey(s string) bool {
	if s == "" || s[0] == '-' || s[len(s)-1] == '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case c == '-' && s[i-1] != '-':
		default:
			return false
		}
	}
	return true
}
