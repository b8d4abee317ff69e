package egov_test

import (
	"slices"
	"testing"

	"github.com/digitaldistrict/egovkit/egov"
)

func TestPilotMunicipalities(t *testing.T) {
	ms := egov.PilotMunicipalities()
	if len(ms) != 10 {
		t.Fatalf("%d pilots, want 10", len(ms))
	}
	var names []string
	for _, m := range ms {
		names = append(names, m.Name.Latin)
		if err := m.Validate(); err != nil {
			t.Errorf("%s: %v", m.Name.Latin, err)
		}
		if m.ID != egov.MunicipalityIDOf(m.Key) {
			t.Errorf("%s: ID is not derived from its key", m.Key)
		}
		if got := egov.ToCyrillic(m.Name.Latin); got != m.Name.Cyrillic {
			t.Errorf("%s: Cyrillic name %q, transliteration gives %q", m.Name.Latin, m.Name.Cyrillic, got)
		}
		if got := egov.ToLatin(m.Name.Cyrillic); got != m.Name.Latin {
			t.Errorf("%s: ToLatin(%q) = %q", m.Name.Latin, m.Name.Cyrillic, got)
		}
	}
	want := []string{"Bela Palanka", "Beočin", "Čačak", "Ćuprija", "Despotovac", "Kragujevac", "Niš",
		"Pirot", "Veliko Gradište", "Vranje"}
	if !slices.Equal(names, want) {
		t.Errorf("order %v, want %v", names, want)
	}
	// The final results of the 2022 census (see PilotMunicipalities).
	pops := map[string]int{"beocin": 13_875, "bela-palanka": 9_947, "cacak": 105_612, "despotovac": 18_278,
		"cuprija": 25_325, "kragujevac": 171_186, "nis": 249_501, "pirot": 49_601, "veliko-gradiste": 15_455,
		"vranje": 74_381}
	cities := map[string]bool{"cacak": true, "kragujevac": true, "nis": true, "pirot": true, "vranje": true}
	for _, m := range ms {
		n, known := m.Population.Count()
		want, wantKnown := pops[m.Key]
		if known != wantKnown || n != want || (known && m.Population.Year() != 2022) {
			t.Errorf("%s: population %v, want %d (known %v)", m.Key, m.Population, want, wantKnown)
		}
		if (m.Status == egov.StatusCity) != cities[m.Key] || m.Status == egov.StatusUnknown {
			t.Errorf("%s: status %s", m.Key, m.Status)
		}
		if m.District == "" || m.DistrictSerbian == "" || m.DistrictCyrillic == "" {
			t.Errorf("%s: no district", m.Key)
		}
		if got := egov.ToLatin(m.DistrictCyrillic); got != m.DistrictSerbian {
			t.Errorf("%s: district %q in Latin, %q in Cyrillic", m.Key, m.DistrictSerbian, m.DistrictCyrillic)
		}
	}
	ms[0].Name.Latin = "changed"
	if egov.PilotMunicipalities()[0].Name.Latin == "changed" {
		t.Error("PilotMunicipalities returns shared data")
	}
}

func TestFindPilot(t *testing.T) {
	for _, q := range []string{"Cacak", "Čačak", "ČAČAK", "Чачак", "čačak", " cacak "} {
		m, ok := egov.FindPilot(q)
		if !ok || m.Key != "cacak" {
			t.Errorf("FindPilot(%q) = %v, %v", q, m.Key, ok)
		}
	}
	for _, q := range []string{"Veliko Gradiste", "ВЕЛИКО ГРАДИШТЕ", "veliko-gradiste", "Ćuprija", "Cuprija", "Ниш"} {
		if _, ok := egov.FindPilot(q); !ok {
			t.Errorf("FindPilot(%q) found nothing", q)
		}
	}
	for _, q := range []string{"", "Beograd", "!!!", "Vranj"} {
		if m, ok := egov.FindPilot(q); ok {
			t.Errorf("FindPilot(%q) = %v", q, m.Key)
		}
	}
}

func TestSortedByNameCyrillic(t *testing.T) {
	ms := egov.SortedByName(egov.PilotMunicipalities(), egov.Cyrillic)
	var names []string
	for _, m := range ms {
		names = append(names, m.Name.Cyrillic)
	}
	want := []string{"Бела Паланка", "Беочин", "Велико Градиште", "Врање", "Деспотовац", "Крагујевац", "Ниш",
		"Пирот", "Ћуприја", "Чачак"}
	if !slices.Equal(names, want) {
		t.Errorf("Cyrillic order %v, want %v", names, want)
	}
}

func TestMunicipalityValidate(t *testing.T) {
	m := egov.Municipality{Key: "Cacak", Name: egov.Name{Latin: "Čačak"}, Status: 9,
		Population: egov.CensusPopulation(-1, 2022)}
	got := problemTexts(m.Validate())
	want := []string{
		`key: key "Cacak" is not lower-case ASCII words joined by hyphens; did you mean "cacak"?`,
		`name.sr_cyrl: missing Cyrillic name`,
		`status: invalid status Status(9)`,
		`population.count: population -1 is negative`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
	m2 := egov.Municipality{Key: "nis", Name: egov.Name{Latin: "Čačak", Cyrillic: "Чачак"}}
	if got := problemTexts(m2.Validate()); len(got) != 1 {
		t.Errorf("key not matching the name: %q", got)
	}
}

func problemTexts(err error) []string {
	var out []string
	for _, p := range egov.Problems(err) {
		out = append(out, p.Error())
	}
	return out
}

func TestPopulationString(t *testing.T) {
	if s := (egov.Population{}).String(); s != "unknown" {
		t.Errorf("unknown population prints %q", s)
	}
	if s := egov.CensusPopulation(1234567, 0).String(); s != "1,234,567" {
		t.Errorf("got %q", s)
	}
	if s := egov.CensusPopulation(-1000, 0).String(); s != "-1,000" {
		t.Errorf("got %q", s)
	}
}
