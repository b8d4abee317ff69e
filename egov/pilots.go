package egov

import "slices"

// PilotMunicipalities returns the ten local self-governments of the
// "eGovernment for All" programme, sorted by Latin name in the Serbian
// alphabet. Each call returns a fresh slice.
//
// Source: the UNDP public call and the memoranda signed on 23 October 2025
// (https://www.undp.org/serbia/news/public-call-participation-local-self-governments-egovernment-all,
// https://beocin.rs/sr/index.php?id=2398). Status and district: Wikipedia
// articles citing the Statistical Office of the Republic of Serbia (RZS).
// Official registration numbers and statistical codes were not found and
// are empty.
//
// Populations are the final results of the 2022 census of the RZS (the
// preliminary figures of December 2022 differ: Niš 254,240, Vranje 75,258).
// No machine-readable copy of the RZS tables was at hand; each figure was
// read where the comment beside it says: UNdata's "City population by sex,
// city and city type" (Serbia, 2022, final figures), which prints the RZS
// figures; the English Wikipedia articles citing the RZS; and the RZS
// workbook of the population by religion (popis2022.stat.gov.rs). Two
// figures were read from a secondary copy only, and are marked as
// assumptions: Beočin's and Bela Palanka's. For the cities of Niš and
// Vranje the figure is the city as a whole (five and two city
// municipalities), as for Čačak and Kragujevac the city's administrative
// area, not the urban settlement.
func PilotMunicipalities() []Municipality {
	const census = 2022
	pop := func(n int) Population { return CensusPopulation(n, census) }
	ms := []Municipality{
		// [A] 13,875: read only from a mirror of the English Wikipedia
		// article "Beočin".
		pilot("Беочин", StatusMunicipality, "South Bačka", "Јужнобачки", pop(13_875)),
		// [A] 9,947: read only from the infobox of the Macedonian Wikipedia
		// article "Бела Паланка" (2022 census).
		pilot("Бела Паланка", StatusMunicipality, "Pirot", "Пиротски", pop(9_947)),
		// UNdata, city administrative area (the city proper: 69,598).
		pilot("Чачак", StatusCity, "Moravica", "Моравички", pop(105_612)),
		// English Wikipedia, "Despotovac".
		pilot("Деспотовац", StatusMunicipality, "Pomoravlje", "Поморавски", pop(18_278)),
		// English Wikipedia, "Ćuprija".
		pilot("Ћуприја", StatusMunicipality, "Pomoravlje", "Поморавски", pop(25_325)),
		// UNdata, city administrative area (the city proper: 146,315).
		pilot("Крагујевац", StatusCity, "Šumadija", "Шумадијски", pop(171_186)),
		// The RZS workbook, row "Grad Niš", and telegraf.rs: the city's five
		// city municipalities together.
		pilot("Ниш", StatusCity, "Nišava", "Нишавски", pop(249_501)),
		// Pirot has been a city since 2016. English Wikipedia, "Pirot, Serbia".
		pilot("Пирот", StatusCity, "Pirot", "Пиротски", pop(49_601)),
		// English Wikipedia, "Veliko Gradište".
		pilot("Велико Градиште", StatusMunicipality, "Braničevo", "Браничевски", pop(15_455)),
		// English Wikipedia, "Vranje", and the RZS workbook, row "Grad
		// Vranje": the city's two city municipalities together.
		pilot("Врање", StatusCity, "Pčinja", "Пчињски", pop(74_381)),
	}
	return SortedByName(ms, Latin)
}

// pilot builds a pilot from its names in Cyrillic, the Latin ones
// transliterated.
func pilot(cyrillic string, status Status, district, districtCyrillic string, pop Population) Municipality {
	latin := ToLatin(cyrillic)
	key := Fold(latin)
	return Municipality{
		ID:               MunicipalityIDOf(key),
		Key:              key,
		Name:             Name{Latin: latin, Cyrillic: cyrillic},
		Status:           status,
		District:         district,
		DistrictSerbian:  ToLatin(districtCyrillic),
		DistrictCyrillic: districtCyrillic,
		Population:       pop,
	}
}

// SortedByName returns a copy of ms sorted by name in the Serbian alphabet
// of the script (see CompareNames), ties by key. ms is not changed.
func SortedByName(ms []Municipality, s Script) []Municipality {
	out := slices.Clone(ms)
	slices.SortStableFunc(out, func(a, b Municipality) int {
		if c := CompareNames(a.Name.In(s), b.Name.In(s)); c != 0 {
			return c
		}
		return CompareNames(a.Key, b.Key)
	})
	return out
}

// FindMunicipality returns the municipality of ms whose name matches query
// in either script, ignoring case and diacritics: "Cacak", "Čačak", "ČAČAK"
// and "Чачак" all find Čačak. A query matches when it folds (see Fold) to
// the municipality's key or to its folded Latin or Cyrillic name.
func FindMunicipality(ms []Municipality, query string) (Municipality, bool) {
	q := Fold(query)
	if q == "" {
		return Municipality{}, false
	}
	for _, m := range ms {
		if q == m.Key || q == Fold(m.Name.Latin) || q == Fold(m.Name.Cyrillic) {
			return m, true
		}
	}
	return Municipality{}, false
}

// FindPilot finds one of the ten pilot municipalities by name, as
// FindMunicipality does.
func FindPilot(query string) (Municipality, bool) {
	return FindMunicipality(PilotMunicipalities(), query)
}
