package egov_test

import (
	"fmt"

	"github.com/digitaldistrict/egovkit/egov"
	"github.com/digitaldistrict/egovkit/internal/exact"
)

// A language is a value passed to whatever writes text: the same stage and
// date in each of the three.
func ExampleLanguage() {
	visit := egov.MustDate(2025, 12, 1)
	for _, l := range egov.Languages() {
		fmt.Printf("%-7s %s: %s, %s\n", l, l.Label(l), egov.StagePartlyInUse.Label(l), l.FormatDate(visit))
	}
	// Output:
	// en      English: Partly in use, 1 December 2025
	// sr-Latn Srpski (latinica): Delimično u upotrebi, 1. 12. 2025.
	// sr-Cyrl Српски (ћирилица): Делимично у употреби, 1. 12. 2025.
}

func ExampleParseLanguage() {
	for _, tag := range []string{"en-GB", "sr", "sr-RS", "sr-Latn-RS", "sr_RS@latin", "de"} {
		l, err := egov.ParseLanguage(tag)
		fmt.Println(tag, "→", l, err)
	}
	// Output:
	// en-GB → en <nil>
	// sr → sr-Cyrl <nil>
	// sr-RS → sr-Cyrl <nil>
	// sr-Latn-RS → sr-Latn <nil>
	// sr_RS@latin → sr-Latn <nil>
	// de → en invalid language: unsupported language "de" (want en, sr-Latn or sr-Cyrl, or a tag such as en-GB, sr, sr-RS or sr-Latn-RS)
}

// Serbian counts take one of three forms: 1 korak, 2 koraka, 5 koraka,
// and 21 korak again.
func ExampleNoun_Count() {
	step := egov.Noun{English: [2]string{"step", "steps"}, Cyrillic: [3]string{"корак", "корака", "корака"}}
	for _, n := range []int64{1, 2, 5, 11, 21, 1234} {
		fmt.Printf("%s | %s | %s\n", step.Count(egov.English, n), step.Count(egov.SerbianLatin, n),
			egov.WeekNoun().Count(egov.SerbianCyrillic, n))
	}
	// Output:
	// 1 step | 1 korak | 1 седмица
	// 2 steps | 2 koraka | 2 седмице
	// 5 steps | 5 koraka | 5 седмица
	// 11 steps | 11 koraka | 11 седмица
	// 21 steps | 21 korak | 21 седмица
	// 1,234 steps | 1.234 koraka | 1.234 седмице
}

func ExampleLanguage_FormatDecimal() {
	score := exact.MustDecimal("1234567.891")
	fmt.Println(egov.English.FormatDecimal(score, 2))
	fmt.Println(egov.SerbianLatin.FormatDecimal(score, 2))
	fmt.Println(egov.SerbianCyrillic.FormatDecimal(exact.MustDecimal("35"), 2))
	// Output:
	// 1,234,567.89
	// 1.234.567,89
	// 35,00
}

func ExamplePilotVisits() {
	for _, v := range egov.PilotVisits(egov.SerbianCyrillic) {
		m, _ := egov.FindPilot(v.Municipality)
		fmt.Printf("%s, %s (illustrative: %v)\n", m.Name.Label(egov.SerbianCyrillic),
			egov.SerbianCyrillic.FormatDate(v.Date), v.DateIllustrative)
		for _, p := range v.PrioritiesByRank() {
			fmt.Printf("  %d. %s: %s\n", p.Rank, p.Goal.Label(egov.SerbianCyrillic), p.Description)
		}
	}
	// Output:
	// Крагујевац, 18. 11. 2025. (illustrative: true)
	//   1. Више електронских услуга: Више електронских услуга за привреду.
	//   2. Обука запослених: Обука запослених у градској управи, почев од рада у Писарници.
	//   3. Боља комуникација са грађанима: Бољи системи комуникације са грађанима.
	//   4. Безбедно чување података: Коришћење Државног дата центра за безбедно чување података града.
	// Чачак, 20. 11. 2025. (illustrative: true)
	//   1. Потпуна примена услуге: Потпуни прелазак на рад у Писарници.
	//   2. Промоција услуга: Промоција еПисарнице као електронског шалтера.
	//   3. Увођење услуге: Увођење електронских печата у клауду.
	//   4. Прибављање података из регистара: Приступ регистрима преко eZUP-а.
	//   5. Више електронских услуга: Шири избор електронских услуга.
	// Бела Паланка, 25. 11. 2025. (illustrative: true)
	//   1. Шира употреба услуге: Више запослених који користе апликацију за електронску идентификацију (службеници који региструју грађане).
	//   2. Увођење услуге: Увођење електронског печата у клауду.
	//   3. Промоција услуга: Снажнија промоција услуга за грађане.
}
