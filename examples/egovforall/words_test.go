package main

import (
	"reflect"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/egov"
)

// latinInCyrillic are the words that stay in the Latin script inside
// Cyrillic text: brand names, as egov's catalogue writes them, and the
// model's ID.
var latinInCyrillic = regexp.MustCompile(`ConsentID|eID|eZUP|egovkit|lsg-dmi`)

// Every word of the catalogue is there in every language: English has no
// Cyrillic letter, Serbian Cyrillic no Latin one but the brand names, and
// Serbian Latin is the Cyrillic transliterated.
func TestEveryWordInEveryLanguage(t *testing.T) {
	en, latin, cyrillic := wordsFor(egov.English), wordsFor(egov.SerbianLatin), wordsFor(egov.SerbianCyrillic)
	ve, vl, vc := reflect.ValueOf(en).Elem(), reflect.ValueOf(latin).Elem(), reflect.ValueOf(cyrillic).Elem()
	typ := ve.Type()
	strs := 0
	for i := range typ.NumField() {
		if typ.Field(i).Type.Kind() != reflect.String {
			continue
		}
		strs++
		name := typ.Field(i).Name
		e, l, c := ve.Field(i).String(), vl.Field(i).String(), vc.Field(i).String()
		if e == "" || l == "" || c == "" {
			t.Errorf("%s: empty in a language: %q, %q, %q", name, e, l, c)
		}
		if strings.ContainsFunc(e, isCyrillic) {
			t.Errorf("%s: Cyrillic in English: %q", name, e)
		}
		if rest := latinInCyrillic.ReplaceAllString(c, ""); strings.ContainsFunc(rest, isLatin) {
			t.Errorf("%s: Latin letters in Cyrillic: %q", name, c)
		}
		if l != egov.ToLatin(c) {
			t.Errorf("%s: Latin %q is not the Cyrillic transliterated", name, l)
		}
	}
	if strs < 50 {
		t.Errorf("only %d words", strs)
	}
	if wordsFor(egov.Language(9)).Title != en.Title {
		t.Error("a value that is not a language is not English")
	}
}

func isCyrillic(r rune) bool { return unicode.Is(unicode.Cyrillic, r) }
func isLatin(r rune) bool    { return unicode.Is(unicode.Latin, r) }

// Counted nouns agree with their numbers, numbers and dates are written as
// each language writes them.
func TestWordsWithFigures(t *testing.T) {
	en, latin, cyrillic := wordsFor(egov.English), wordsFor(egov.SerbianLatin), wordsFor(egov.SerbianCyrillic)
	for _, c := range []struct{ got, want string }{
		{latin.Steps(1), "1 korak"}, {latin.Steps(2), "2 koraka"}, {latin.Steps(5), "5 koraka"},
		{latin.Steps(21), "21 korak"}, {latin.Steps(12), "12 koraka"}, {cyrillic.Steps(3), "3 корака"},
		{en.Steps(1), "1 step"}, {en.Steps(2), "2 steps"},
		{en.ServedBy(1), "served by 1 step"}, {latin.ServedBy(2), "ostvaruje se kroz 2 koraka"},
		{latin.AskHeading(5), "Šta prvo pitati pri sledećoj poseti (po 5 podataka)"},
		{latin.AskHeading(2), "Šta prvo pitati pri sledećoj poseti (po 2 podatka)"},
		{latin.ProfileUnknown(14, 16), "Nije poznata faza uvođenja 14 od 16 usluga, kao ni podaci koji nisu navedeni (nepoznat podatak nije nula)."},
		{latin.ProfileUnknown(1, 21), "Nije poznata faza uvođenja 1 od 21 usluge, kao ni podaci koji nisu navedeni (nepoznat podatak nije nula)."},
		{latin.Unknown(4), "4 nepoznate dimenzije"}, {latin.Unknown(5), "5 nepoznatih dimenzija"}, {en.Unknown(1), "1 unknown"},
		{latin.Num(decimal.RequireFromString("1234.50")), "1.234,5"},
		{en.Num(decimal.RequireFromString("1234.50")), "1,234.5"},
		{latin.Num(decimal.RequireFromString("3")), "3"},
		{cyrillic.Fixed(decimal.RequireFromString("35"), 2), "35,00"},
		{latin.Date(egov.MustDate(2025, 12, 1)), "1. 12. 2025."},
		{en.Date(egov.MustDate(2025, 12, 1)), "1 December 2025"},
		{latin.WeekSpan(3, 4), "3–4"}, {en.WeekSpan(3, 4), "3-4"}, {latin.WeekSpan(7, 7), "7"},
		{latin.Resources("Programski tim", decimal.RequireFromString("1")), "Programski tim, 1 čovek-dan"},
		{latin.Resources("Programski tim", decimal.RequireFromString("2.5")), "Programski tim, 2,5 čovek-dana"},
		{en.Resources("Programme team", decimal.RequireFromString("1")), "Programme team, 1 person-day"},
		{latin.ShareAtLeast("Obučeni zaposleni", decimal.RequireFromString("0.25")), "Obučeni zaposleni: najmanje 25% ukupnog broja"},
		{lowerFirst("Very high"), "very high"}, {lowerFirst("ConsentID"), "ConsentID"}, {lowerFirst("eID"), "eID"},
		{lowerFirst("Средња"), "средња"}, {lowerFirst(""), ""},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}
