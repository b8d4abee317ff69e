package egov

import "time"

// DayNumberRoundTrip turns d into its day number and back with
// dateOfDayNumber, and returns the weekday weekdayOf gives that number, so
// that black-box tests can check the calendar's integer date arithmetic
// against package time.
func DayNumberRoundTrip(d Date) (Date, time.Weekday) {
	n := d.dayNumber()
	return dateOfDayNumber(n), weekdayOf(n)
}

// LabelTables returns every enum's table of names, as English and Cyrillic
// pairs indexed by value, so that a black-box test can check that no
// value lacks its words.
func LabelTables() map[string][][2]string {
	pairs := func(ps []phrase) [][2]string {
		out := make([][2]string, len(ps))
		for i, p := range ps {
			out[i] = [2]string{p.en, p.sr}
		}
		return out
	}
	stage, status, kind, audience := stagePhrases(), statusPhrases(), serviceKindPhrases(), audiencePhrases()
	severity, area, goal, mkind := severityPhrases(), areaPhrases(), goalPhrases(), measureKindPhrases()
	hkind, script, lang := holidayKindPhrases(), scriptPhrases(), languagePhrases()
	return map[string][][2]string{
		"AdoptionStage": pairs(stage[:]), "Status": pairs(status[:]), "ServiceKind": pairs(kind[:]),
		"Audience": pairs(audience[:]), "Severity": pairs(severity[:]), "Area": pairs(area[:]),
		"GoalKind": pairs(goal[:]), "MeasureKind": pairs(mkind[:]), "HolidayKind": pairs(hkind[:]),
		"Script": pairs(script[:]), "Language": pairs(lang[:]),
	}
}

// MeasurePhrase returns the English and Cyrillic names of m, and whether
// it has them.
func MeasurePhrase(m Measure) (string, string, bool) {
	p, ok := measurePhrase(m)
	return p.en, p.sr, ok
}
