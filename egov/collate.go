package egov

import (
	"strings"
	"unicode"
)

// CompareNames compares two names in the order of the Serbian alphabet of the
// script they are written in, and returns -1, 0 or +1.
//
// Latin: a b c č ć d dž đ e f g h i j k l lj m n nj o p r s š t u v z ž, with
// lj, nj and dž each one letter. Cyrillic: а б в г д ђ е ж з и ј к л љ м н њ
// о п р с т ћ у ф х ц ч џ ш. Letters compare first without regard to case,
// then lower case before upper case; spaces and punctuation come before
// digits, digits before letters, and Latin letters before Cyrillic ones. Two
// names compare equal only when they are the same string, so sorting with
// CompareNames is deterministic. Byte order would put Ćuprija and Čačak after
// Despotovac; CompareNames puts Čačak, Ćuprija, Despotovac.
func CompareNames(a, b string) int {
	ka, kb := collationKey(a), collationKey(b)
	for i := 0; i < len(ka) && i < len(kb); i++ {
		if ka[i].primary != kb[i].primary {
			return cmpInt(ka[i].primary, kb[i].primary)
		}
	}
	if len(ka) != len(kb) {
		return cmpInt(len(ka), len(kb))
	}
	for i := range ka {
		if ka[i].upper != kb[i].upper {
			if ka[i].upper {
				return 1
			}
			return -1
		}
	}
	return strings.Compare(a, b)
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

type collationElement struct {
	primary int
	upper   bool
}

// Primary weights: separators, then digits, then Latin letters, then
// Cyrillic letters, then everything else by code point.
const (
	weightDigit    = 100
	weightLatin    = 200
	weightCyrillic = 300
	weightOther    = 1000
)

func collationKey(s string) []collationElement {
	rs := []rune(composeCarons(s))
	out := make([]collationElement, 0, len(rs))
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		lower := unicode.ToLower(r)
		upper := r != lower
		if i+1 < len(rs) {
			if w := latinDigraphWeight(lower, unicode.ToLower(rs[i+1])); w > 0 {
				out = append(out, collationElement{primary: w, upper: upper})
				i++
				continue
			}
		}
		out = append(out, collationElement{primary: runeWeight(lower), upper: upper})
	}
	return out
}

// The Latin alphabet with one position per letter; digraph letters are
// written with their single code point (ǆ ǉ ǌ) and foreign letters q w x y
// placed where they fall in the English alphabet.
const latinOrder = "abcčćdǆđefghijklǉmnǌopqrsštuvwxyzž"
const cyrillicOrder = "абвгдђежзијклљмнњопрстћуфхцчџш"

func latinDigraphWeight(first, second rune) int {
	switch {
	case first == 'd' && second == 'ž':
		return runeWeight('ǆ')
	case first == 'l' && second == 'j':
		return runeWeight('ǉ')
	case first == 'n' && second == 'j':
		return runeWeight('ǌ')
	}
	return 0
}

func runeWeight(r rune) int {
	switch r {
	case 'ǅ', 'Ǆ':
		r = 'ǆ'
	case 'ǈ', 'Ǉ':
		r = 'ǉ'
	case 'ǋ', 'Ǌ':
		r = 'ǌ'
	}
	if i := runeIndex(latinOrder, r); i >= 0 {
		return weightLatin + i
	}
	if i := runeIndex(cyrillicOrder, r); i >= 0 {
		return weightCyrillic + i
	}
	switch {
	case r >= '0' && r <= '9':
		return weightDigit + int(r-'0')
	case unicode.IsSpace(r) || unicode.IsPunct(r):
		return 0
	}
	return weightOther + int(r)
}

func runeIndex(s string, r rune) int {
	i := 0
	for _, c := range s {
		if c == r {
			return i
		}
		i++
	}
	return -1
}
