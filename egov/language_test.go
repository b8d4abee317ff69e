package egov_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode"

	"github.com/digitaldistrict/egovkit/egov"
)

func TestParseLanguage(t *testing.T) {
	cases := map[string]egov.Language{
		"en": egov.English, "EN": egov.English, "en-GB": egov.English, "en_US": egov.English,
		"en-Latn-GB": egov.English, "en-001": egov.English, "en_GB.UTF-8": egov.English,
		// sr, sr-RS mean Cyrillic, as CLDR's likely subtags have it.
		"sr": egov.SerbianCyrillic, "sr-RS": egov.SerbianCyrillic, "sr-Cyrl": egov.SerbianCyrillic,
		"sr-Cyrl-RS": egov.SerbianCyrillic, "SR-CYRL-RS": egov.SerbianCyrillic, "sr_RS": egov.SerbianCyrillic,
		"sr-BA": egov.SerbianCyrillic, "sr-XK": egov.SerbianCyrillic, "sr_RS.UTF-8": egov.SerbianCyrillic,
		"sr_RS@cyrillic": egov.SerbianCyrillic, "\tsr-Cyrl\n": egov.SerbianCyrillic,
		"sr-Latn": egov.SerbianLatin, "sr-Latn-RS": egov.SerbianLatin, "sr_Latn_RS": egov.SerbianLatin,
		"sr-latn-me": egov.SerbianLatin, "sr-ME": egov.SerbianLatin, "sr_RS@latin": egov.SerbianLatin,
		"sr_RS.UTF-8@latin": egov.SerbianLatin,
	}
	for tag, want := range cases {
		got, err := egov.ParseLanguage(tag)
		if err != nil || got != want {
			t.Errorf("ParseLanguage(%q) = %v, %v; want %v", tag, got, err, want)
		}
		var back egov.Language
		if err := back.UnmarshalText([]byte(tag)); err != nil || back != want {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", tag, back, err, want)
		}
	}
	for _, tag := range []string{"", "de", "hr", "sh", "sr-Grek", "en-Cyrl", "sr-", "-sr", "sr--RS", "sr-RS-x-foo",
		"sr-Latn-Cyrl", "sr_RS@latin@x", "sr-Latn@cyrillic", "sr@euro", "english", "sr-RSS", "C", "POSIX"} {
		l, err := egov.ParseLanguage(tag)
		var ve *egov.ValidationError
		if err == nil || !errors.As(err, &ve) || l != egov.English {
			t.Errorf("ParseLanguage(%q) = %v, %v; want English and a *ValidationError", tag, l, err)
			continue
		}
		if ve.Problems[0].Value != tag || !strings.Contains(err.Error(), "want") {
			t.Errorf("ParseLanguage(%q): %v does not name the tag and what is wanted", tag, err)
		}
		back := egov.SerbianLatin
		if back.UnmarshalText([]byte(tag)) == nil || back != egov.SerbianLatin {
			t.Errorf("UnmarshalText(%q) accepted it or changed the value", tag)
		}
	}
	for _, l := range egov.Languages() {
		text, err := l.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		if got, err := egov.ParseLanguage(string(text)); err != nil || got != l {
			t.Errorf("%v does not read back: %v, %v", l, got, err)
		}
	}
	if _, err := egov.Language(3).MarshalText(); err == nil {
		t.Error("Language(3) marshals")
	}
	if egov.Language(3).String() != "Language(3)" || egov.Language(3).Label(egov.SerbianLatin) != "Language(3)" {
		t.Error("an invalid language is not named by its number")
	}
}

// TestEveryNameInThreeLanguages fails when a value of an enum, or a
// measure, has no words in one of the languages: add them to labels.go.
func TestEveryNameInThreeLanguages(t *testing.T) {
	tables := egov.LabelTables()
	for _, c := range append(enumCases(), enumCase{name: "Language",
		value: func(i int) fmt.Stringer { return egov.Language(i) }}) {
		table, ok := tables[c.name]
		if !ok {
			t.Errorf("%s has no table of names", c.name)
			continue
		}
		for i := range 256 {
			if strings.Contains(c.value(i).String(), "(") {
				if i < len(table) {
					t.Errorf("%s: the table has an entry for %d, which is no value", c.name, i)
				}
				continue // no value
			}
			if i >= len(table) || table[i][0] == "" || table[i][1] == "" {
				t.Errorf("%s %s has no name in every language", c.name, c.value(i))
				continue
			}
			checkScripts(t, c.name+" "+c.value(i).String(), table[i][0], table[i][1])
		}
		seen := map[string]bool{}
		for _, p := range table {
			if seen[p[0]] || seen[p[1]] {
				t.Errorf("%s: two values are both called %q or %q", c.name, p[0], p[1])
			}
			seen[p[0]], seen[p[1]] = true, true
		}
	}
	for _, m := range egov.Measures() {
		en, sr, ok := egov.MeasurePhrase(m)
		if !ok || en == "" || sr == "" {
			t.Errorf("measure %s has no name in every language", m)
			continue
		}
		checkScripts(t, "measure "+string(m), en, sr)
		for _, l := range egov.Languages() {
			if m.Label(l) == string(m) {
				t.Errorf("measure %s: Label(%v) is the key", m, l)
			}
		}
	}
	if got := egov.Measure("staf").Label(egov.SerbianCyrillic); got != "staf" {
		t.Errorf("an unknown measure's label is %q, want its key", got)
	}
	if got := egov.AdoptionStage(200).Label(egov.SerbianLatin); got != "AdoptionStage(200)" {
		t.Errorf("an invalid stage's label is %q", got)
	}
}

// checkScripts checks that an English name has no Cyrillic letter and a
// Serbian one written in Cyrillic has some (Latin letters are allowed for
// names such as ConsentID).
func checkScripts(t *testing.T, what, en, cyrillic string) {
	t.Helper()
	if strings.IndexFunc(en, isCyrillic) >= 0 {
		t.Errorf("%s: English name %q has Cyrillic letters", what, en)
	}
	if strings.IndexFunc(cyrillic, isCyrillic) < 0 {
		t.Errorf("%s: Serbian name %q has no Cyrillic letter", what, cyrillic)
	}
	if latin := egov.ToLatin(cyrillic); strings.IndexFunc(latin, isCyrillic) >= 0 {
		t.Errorf("%s: %q in Latin keeps Cyrillic letters: %q", what, cyrillic, latin)
	}
}

func isCyrillic(r rune) bool { return unicode.Is(unicode.Cyrillic, r) }

// TestLatinDerivedFromCyrillic compares the Latin the library derives from
// its Cyrillic with Latin written out by hand.
func TestLatinDerivedFromCyrillic(t *testing.T) {
	l := egov.SerbianLatin
	pairs := [][2]string{
		{egov.StagePartlyInUse.Label(l), "Delimično u upotrebi"},
		{egov.StageNotStarted.Label(l), "Nije započeto"},
		{egov.StatusMunicipality.Label(l), "Opština"},
		{egov.AreaPeopleAndSkills.Label(l), "Ljudi i veštine"},
		{egov.GoalTrain.Label(l), "Obuka zaposlenih"},
		{egov.GoalImproveCommunication.Label(l), "Bolja komunikacija sa građanima"},
		{egov.AudienceAdministration.Label(l), "Zaposleni u upravi"},
		{egov.HolidayState.Label(l), "Državni praznik"},
		{egov.Cyrillic.Label(l), "Ćirilica"},
		{egov.SerbianCyrillic.Label(l), "Srpski (ćirilica)"},
		{egov.MeasureEIDOfficers.Label(l), "Ovlašćeni službenici za eID registraciju"},
		{egov.MeasureRegisteredECitizens.Label(l), "Stanovnici registrovani kao eGrađani"},
		{egov.MeasureElectronicCaseShare.Label(l), "Udeo predmeta obrađenih elektronski"},
		{egov.WorkingDayNoun().Count(l, 5), "5 radnih dana"},
	}
	for _, p := range pairs {
		if p[0] != p[1] {
			t.Errorf("Latin %q, want %q", p[0], p[1])
		}
	}
	// The catalogue's Latin names, as written by hand before the catalogue
	// kept them in Cyrillic.
	want := map[egov.ServiceKey][2]string{
		egov.ServiceEID:              {"eID portal, nalog eGrađanin", "eID портал, налог еГрађанин"},
		egov.ServiceConsentID:        {"ConsentID", "ConsentID"},
		egov.ServiceEUprava:          {"Portal eUprava", "Портал еУправа"},
		egov.ServiceESanduce:         {"eSanduče", "еСандуче"},
		egov.ServiceEPlacanje:        {"ePlaćanje", "еПлаћање"},
		egov.ServicePisarnica:        {"Pisarnica", "Писарница"},
		egov.ServiceEPisarnica:       {"ePisarnica", "еПисарница"},
		egov.ServiceEPecat:           {"ePečat u klaudu", "еПечат у клауду"},
		egov.ServiceEZUP:             {"eZUP", "eZUP"},
		egov.ServiceDDC:              {"Državni data centar", "Државни дата центар"},
		egov.ServiceEBeba:            {"eBeba", "еБеба"},
		egov.ServiceEVrtic:           {"eVrtić", "еВртић"},
		egov.ServiceServiceGenerator: {"Generator usluga", "Генератор услуга"},
		egov.ServiceCEOP:             {"CEOP", "ЦЕОП"},
		egov.ServiceLPA:              {"Portal lokalne poreske administracije", "Портал локалне пореске администрације"},
		egov.ServiceRAP:              {"Registar administrativnih postupaka", "Регистар административних поступака"},
	}
	c := egov.SerbianCatalog()
	for _, s := range c.Services() {
		w, ok := want[s.Key]
		if !ok {
			t.Errorf("service %s: no hand-written names to compare with", s.Key)
			continue
		}
		if s.Name.Latin != w[0] || s.Name.Cyrillic != w[1] {
			t.Errorf("service %s: %q / %q, want %q / %q", s.Key, s.Name.Latin, s.Name.Cyrillic, w[0], w[1])
		}
		for _, lang := range egov.Languages() {
			if s.Name.In(lang) == "" {
				t.Errorf("service %s has no name in %v", s.Key, lang)
			}
		}
	}
	districts := map[string]string{"beocin": "Južnobački", "bela-palanka": "Pirotski", "cacak": "Moravički",
		"despotovac": "Pomoravski", "cuprija": "Pomoravski", "kragujevac": "Šumadijski", "nis": "Nišavski",
		"pirot": "Pirotski", "veliko-gradiste": "Braničevski", "vranje": "Pčinjski"}
	for _, m := range egov.PilotMunicipalities() {
		if got := m.DistrictName(egov.SerbianLatin); got != districts[m.Key] {
			t.Errorf("%s: district %q, want %q", m.Key, got, districts[m.Key])
		}
	}
}

func TestTextIn(t *testing.T) {
	full := egov.Text{English: "Week", Latin: "Sedmica", Cyrillic: "Седмица"}
	cyrOnly := egov.Text{Cyrillic: "Џеп ConsentID"}
	enOnly := egov.Text{English: "Pocket"}
	latinOnly := egov.Text{English: "Pocket", Latin: "Džep"}
	cases := []struct {
		t    egov.Text
		l    egov.Language
		want string
	}{
		{full, egov.English, "Week"}, {full, egov.SerbianLatin, "Sedmica"}, {full, egov.SerbianCyrillic, "Седмица"},
		{full, egov.Language(9), "Week"},
		{cyrOnly, egov.SerbianLatin, "Džep ConsentID"}, {cyrOnly, egov.SerbianCyrillic, "Џеп ConsentID"},
		{cyrOnly, egov.English, "Džep ConsentID"},
		{enOnly, egov.SerbianLatin, "Pocket"}, {enOnly, egov.SerbianCyrillic, "Pocket"},
		// Cyrillic is never guessed from Latin.
		{latinOnly, egov.SerbianCyrillic, "Pocket"}, {latinOnly, egov.SerbianLatin, "Džep"},
		{egov.Text{}, egov.SerbianCyrillic, ""},
	}
	for _, c := range cases {
		if got := c.t.In(c.l); got != c.want {
			t.Errorf("%+v.In(%v) = %q, want %q", c.t, c.l, got, c.want)
		}
	}
	if !(egov.Text{}).IsZero() || full.IsZero() {
		t.Error("IsZero")
	}
}

func TestNamesAndPopulationInLanguages(t *testing.T) {
	m, _ := egov.FindPilot("Čačak")
	cases := []struct{ got, want string }{
		{m.Name.Label(egov.English), "Čačak"},
		{m.Name.Label(egov.SerbianLatin), "Čačak"},
		{m.Name.Label(egov.SerbianCyrillic), "Чачак"},
		{m.DistrictName(egov.English), "Moravica"},
		{m.DistrictName(egov.SerbianCyrillic), "Моравички"},
		{m.Status.Label(egov.SerbianCyrillic), "Град"},
		{m.Population.Label(egov.English), "105,612 (2022 census)"},
		{m.Population.Label(egov.SerbianLatin), "105.612 (popis 2022)"},
		{m.Population.Label(egov.SerbianCyrillic), "105.612 (попис 2022)"},
		{egov.Population{}.Label(egov.SerbianCyrillic), "непознато"},
		{egov.CensusPopulation(900, 0).Label(egov.English), "900"},
		{egov.Municipality{District: "Moravica"}.DistrictName(egov.SerbianCyrillic), "Moravica"},
	}
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
	hs, err := egov.SerbianCalendar().HolidaysIn(egov.MustDate(2025, 1, 1), egov.MustDate(2025, 12, 31))
	if err != nil || len(hs) < 12 {
		t.Fatalf("HolidaysIn: %v, %v", hs, err)
	}
	for _, h := range hs {
		for _, l := range egov.Languages() {
			if h.Name.In(l) == "" || (l == egov.SerbianCyrillic && strings.IndexFunc(h.Name.In(l), isCyrillic) < 0) {
				t.Errorf("%s: name in %v is %q", h.Date, l, h.Name.In(l))
			}
		}
	}
}
