package egov

import (
	"math/big"
	"strconv"
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/internal/exact"
)

// Numbers and dates as each language writes them. English groups thousands
// with commas and marks decimals with a point (1,234,567.89); Serbian, in
// both scripts, groups with dots and marks decimals with a comma
// (1.234.567,89), as Serbian style and CLDR's sr locale do. A date is
// "1 December 2025" in English and "1. 12. 2025." in Serbian: day and
// month as ordinal numbers, each followed by a dot and a space.

// separators returns the thousands and decimal separators of l.
func (l Language) separators() (thousands, point byte) {
	if l == SerbianLatin || l == SerbianCyrillic {
		return '.', ','
	}
	return ',', '.'
}

// FormatInt writes n with its thousands grouped as l writes them:
// "1,234,567" in English, "1.234.567" in Serbian. A negative number starts
// with a hyphen-minus.
func (l Language) FormatInt(n int64) string {
	return l.group(strconv.FormatInt(n, 10), "")
}

// FormatDecimal writes d with exactly places digits after the decimal mark,
// thousands grouped, as l writes them: 1234567.891 at two places is
// "1,234,567.89" in English and "1.234.567,89" in Serbian. d is written
// from its exact value: a d with more places than asked is rounded half
// away from zero, as decimal.Decimal.StringFixed does; round it yourself
// first, with the mode your figures follow (a maturity model's, say), so
// that each figure is rounded once. places below 0 count as 0, above
// exact.MaxDigits (30) as 30. A d with more than 30 digits, which no
// egovkit decoder accepts, is written as exact.FormatDecimal writes it.
func (l Language) FormatDecimal(d decimal.Decimal, places int32) string {
	if exact.CheckDecimal(d) != nil {
		return exact.FormatDecimal(d)
	}
	places = max(0, min(places, exact.MaxDigits))
	whole, frac, _ := strings.Cut(d.StringFixed(places), ".")
	return l.group(whole, frac)
}

// group writes the digits of whole (after an optional "-") grouped in
// threes, then the decimal mark and frac if frac is not empty.
func (l Language) group(whole, frac string) string {
	thousands, point := l.separators()
	var b strings.Builder
	if strings.HasPrefix(whole, "-") {
		b.WriteByte('-')
		whole = whole[1:]
	}
	for i := 0; i < len(whole); i++ {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(thousands)
		}
		b.WriteByte(whole[i])
	}
	if frac != "" {
		b.WriteByte(point)
		b.WriteString(frac)
	}
	return b.String()
}

// FormatDate writes d as l writes a date: "1 December 2025" in English,
// "1. 12. 2025." in Serbian. The zero Date, which is no date, is "".
func (l Language) FormatDate(d Date) string {
	if d.IsZero() {
		return ""
	}
	return l.FormatDayMonth(d, true)
}

// FormatDayMonth writes the day and month of d, and the year if withYear:
// without it "1 Dec" in English and "1. 12." in Serbian, short enough for
// the axis of a chart; with it as FormatDate. The zero Date is "".
func (l Language) FormatDayMonth(d Date, withYear bool) string {
	if d.IsZero() {
		return ""
	}
	day := strconv.Itoa(d.Day())
	if l == SerbianLatin || l == SerbianCyrillic {
		s := day + ". " + strconv.Itoa(int(d.Month())) + "."
		if withYear {
			s += " " + strconv.Itoa(d.Year()) + "."
		}
		return s
	}
	if withYear {
		return day + " " + d.Month().String() + " " + strconv.Itoa(d.Year())
	}
	return day + " " + d.Month().String()[:3]
}

func monthPhrases() [12]phrase {
	return [12]phrase{
		{"January", "јануар"}, {"February", "фебруар"}, {"March", "март"}, {"April", "април"},
		{"May", "мај"}, {"June", "јун"}, {"July", "јул"}, {"August", "август"},
		{"September", "септембар"}, {"October", "октобар"}, {"November", "новембар"}, {"December", "децембар"},
	}
}

// MonthName returns the name of month m in language l: "December",
// "decembar", "децембар" (Serbian writes month names in lower case). A
// value outside January…December is written as its number.
func (l Language) MonthName(m time.Month) string {
	if m < time.January || m > time.December {
		return strconv.Itoa(int(m))
	}
	return monthPhrases()[m-1].in(l)
}

// A PluralCategory is the form a noun takes after a number, in CLDR's
// terms: English has one and other (1 week, 2 weeks); Serbian has one, few
// and other (1 sedmica, 2 sedmice, 5 sedmica, 21 sedmica). The zero value
// is PluralOther, the form of most numbers.
type PluralCategory uint8

// The plural categories.
const (
	PluralOther PluralCategory = iota
	PluralOne
	PluralFew
)

// String returns "other", "one" or "few".
func (c PluralCategory) String() string {
	switch c {
	case PluralOther:
		return "other"
	case PluralOne:
		return "one"
	case PluralFew:
		return "few"
	}
	return "PluralCategory(" + strconv.Itoa(int(c)) + ")"
}

// Plural returns the plural category of the whole number n in language l,
// by CLDR's rules. English: one for 1, other for every other number.
// Serbian: one when n ends in 1 but not in 11 (1, 21, 101), few when it
// ends in 2, 3 or 4 but not in 12, 13 or 14 (2, 24, 102), other for the
// rest (0, 5, 11, 12, 14, 100). A negative number takes the form of its
// absolute value.
func (l Language) Plural(n int64) PluralCategory {
	u := uint64(n)
	if n < 0 {
		u = -u // two's complement: the absolute value, math.MinInt64 included
	}
	if l != SerbianLatin && l != SerbianCyrillic {
		if u == 1 {
			return PluralOne
		}
		return PluralOther
	}
	return serbianPlural(int(u%100), 0, 0)
}

// PluralDecimal returns the plural category of d in language l as written,
// visible decimals included, by CLDR's rules: in English "1" is one but
// "1.0" is other; in Serbian a number with decimals takes the form of its
// decimal digits (0,1 and 2,21 are one; 1,5 and 2,50 are other; 1,2 is
// few), as CLDR's sr rules say. Write d at the places you will print it
// (see FormatDecimal) before asking.
func (l Language) PluralDecimal(d decimal.Decimal) PluralCategory {
	coef := new(big.Int).Abs(d.Coefficient())
	exp := d.Exponent()
	hundred := big.NewInt(100)
	if exp >= 0 {
		// A whole number: i = coef × 10^exp, so only its last two digits
		// matter.
		switch {
		case coef.Sign() == 0 || exp >= 2:
			return l.Plural(0)
		case exp == 1:
			return l.Plural(new(big.Int).Mod(coef, big.NewInt(10)).Int64() * 10)
		}
		if coef.IsInt64() && coef.Int64() == 1 {
			return l.Plural(1)
		}
		return l.Plural(new(big.Int).Mod(coef, hundred).Int64() + 200) // ≥ 2, same last two digits
	}
	if l != SerbianLatin && l != SerbianCyrillic {
		return PluralOther // a visible decimal is never English "one"
	}
	// v = -exp visible decimals: f is coef's last v digits, i the rest.
	v := -int64(exp)
	f := new(big.Int).Mod(coef, hundred).Int64()
	if v == 1 {
		f %= 10
	}
	i := int64(0)
	if digits := int64(len(coef.String())); v < digits {
		p := new(big.Int).Exp(big.NewInt(10), big.NewInt(v), nil)
		i = new(big.Int).Mod(new(big.Int).Quo(coef, p), hundred).Int64()
	}
	return serbianPlural(int(i), int(f), int(v))
}

// serbianPlural applies CLDR's sr rules to the last two digits of the
// integer part i and of the visible decimals f, of which there are v:
// one if v = 0 and i % 10 = 1 and i % 100 ≠ 11, or f % 10 = 1 and
// f % 100 ≠ 11; few if v = 0 and i % 10 in 2..4 and i % 100 not in 12..14,
// or f % 10 in 2..4 and f % 100 not in 12..14; other otherwise.
func serbianPlural(i, f, v int) PluralCategory {
	one := func(n int) bool { return n%10 == 1 && n%100 != 11 }
	few := func(n int) bool { return n%10 >= 2 && n%10 <= 4 && (n%100 < 12 || n%100 > 14) }
	switch {
	case v == 0 && one(i), v > 0 && one(f):
		return PluralOne
	case v == 0 && few(i), v > 0 && few(f):
		return PluralFew
	}
	return PluralOther
}

// A Noun is a word counted in reports, in the three languages: English
// singular and plural, and the Serbian forms for one, few and other,
// written in Cyrillic (the Latin is derived with ToLatin). A form may be a
// few words ("радни дан", "радна дана", "радних дана"). WeekNoun and
// DayNoun are the library's own; build others for your own words.
//
// A missing form falls back: Serbian few and one to other, English plural
// to singular, and Serbian as a whole to English. The zero Noun has no
// words, and Count then writes the number alone.
type Noun struct {
	// English holds the singular and the plural: {"week", "weeks"}.
	English [2]string
	// Cyrillic holds the Serbian forms for one, few and other:
	// {"седмица", "седмице", "седмица"}.
	Cyrillic [3]string
}

// Form returns the noun's form for category c in language l.
func (n Noun) Form(l Language, c PluralCategory) string {
	if l == SerbianLatin || l == SerbianCyrillic {
		form := n.Cyrillic[2]
		switch c {
		case PluralOne:
			form = first(n.Cyrillic[0], form)
		case PluralFew:
			form = first(n.Cyrillic[1], form)
		case PluralOther:
		}
		if form != "" {
			if l == SerbianLatin {
				return ToLatin(form)
			}
			return form
		}
	}
	if c == PluralOne {
		return first(n.English[0], n.English[1])
	}
	return first(n.English[1], n.English[0])
}

// first returns a, or b if a is empty.
func first(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// Count writes count and the noun in the form that agrees with it, in
// language l: "21 weeks", "21 sedmica", "21 седмица", "1.234 дана".
func (n Noun) Count(l Language, count int64) string {
	return join(l.FormatInt(count), n.Form(l, l.Plural(count)))
}

// CountDecimal writes d at places decimals (see FormatDecimal) and the
// noun in the form that agrees with the number as written: "2.5 days",
// "2,5 dana", "0,5 дана".
func (n Noun) CountDecimal(l Language, d decimal.Decimal, places int32) string {
	text := l.FormatDecimal(d, places)
	c := PluralOther
	if exact.CheckDecimal(d) == nil {
		// Round keeps exactly places decimals, trailing zeros included, as
		// FormatDecimal writes them.
		c = l.PluralDecimal(d.Round(max(0, min(places, exact.MaxDigits))))
	}
	return join(text, n.Form(l, c))
}

func join(number, word string) string {
	if word == "" {
		return number
	}
	return number + " " + word
}

// WeekNoun returns "week": "sedmica" in Serbian, not "nedelja", which is
// also Sunday.
func WeekNoun() Noun {
	return Noun{English: [2]string{"week", "weeks"}, Cyrillic: [3]string{"седмица", "седмице", "седмица"}}
}

// DayNoun returns "day": "dan", "dana".
func DayNoun() Noun {
	return Noun{English: [2]string{"day", "days"}, Cyrillic: [3]string{"дан", "дана", "дана"}}
}

// WorkingDayNoun returns "working day": "radni dan", "radna dana", "radnih
// dana".
func WorkingDayNoun() Noun {
	return Noun{English: [2]string{"working day", "working days"},
		Cyrillic: [3]string{"радни дан", "радна дана", "радних дана"}}
}
