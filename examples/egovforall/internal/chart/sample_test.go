package chart_test

import (
	"github.com/shopspring/decimal"

	"github.com/digitaldistrict/egovkit/examples/egovforall/internal/chart"
)

func d(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// serbian writes a decimal as a Serbian reader expects it: a decimal
// comma, to two places. (The report uses egov.Language.FormatDecimal.)
func serbian(x decimal.Decimal) string {
	s := x.StringFixed(2)
	out := []rune{}
	for _, r := range s {
		if r == '.' {
			r = ','
		}
		out = append(out, r)
	}
	return string(out)
}

func bands() []chart.Band {
	return []chart.Band{{Name: "Niska", From: d("0"), To: d("25")}, {Name: "Srednja", From: d("25"), To: d("50")},
		{Name: "Visoka", From: d("50"), To: d("75")}, {Name: "Veoma visoka", From: d("75"), To: d("100")}}
}

func sampleGauge() chart.Gauge {
	return chart.Gauge{ID: "gauge-cacak", Title: "Čačak: skor 35,00", Desc: "Skor 35,00 od 100, srednja zrelost; opseg od 5,60 do 89,60.",
		Min: d("0"), Max: d("100"), Bands: bands(), Reached: 2, HasScore: true, Score: d("35"),
		HasRange: true, Low: d("5.6"), High: d("89.6"), ScoreLabel: "35,00", BandLabel: "Zrelost: srednja",
		RangeLabel: "Opseg: 5,60 do 89,60", RangeLegend: "opseg", Format: serbian}
}

func sampleRadar() chart.Radar {
	axes := []chart.Axis{
		{Name: "Infrastruktura", ValueLabel: "nepoznato"},
		{Name: "Ljudi i veštine", ValueLabel: "nepoznato"},
		{Name: "Zastupljenost elektronskih usluga", ValueLabel: "nepoznato"},
		{Name: "Uključivanje građana", Known: true, Value: d("60"), ValueLabel: "60,00"},
		{Name: "Interni rad uprave", Known: true, Value: d("10"), ValueLabel: "10,00"},
		{Name: "Razmena podataka", ValueLabel: "nepoznato"},
	}
	return chart.Radar{ID: "radar-bela-palanka", Title: "Bela Palanka: dimenzije", Desc: "Dve dimenzije poznate, četiri nepoznate.",
		Min: d("0"), Max: d("100"), Axes: axes, Known: "poznat skor", Unknown: "nepoznato"}
}

func sampleLadder() chart.Ladder {
	return chart.Ladder{ID: "ladder-cacak", Title: "Čačak: nivo", Desc: "Dostignut nivo 1 od 5.",
		Levels:  []string{"Početni", "U razvoju", "Agilan i integrisan", "Transformisan", "Inovativan"},
		Reached: 1, ReachedLabel: "dostignut"}
}

func weekMarks(n int) []chart.WeekMark {
	var ws []chart.WeekMark
	start := 1 // December 1st 2025, then every seven days
	month, day := 12, start
	for k := 1; k <= n; k++ {
		ws = append(ws, chart.WeekMark{Number: itoa(k), Date: itoa(day) + ". " + itoa(month) + "."})
		day += 7
		days := 31
		if month == 2 {
			days = 28
		}
		if month == 4 || month == 6 || month == 9 || month == 11 {
			days = 30
		}
		if day > days {
			day -= days
			month = month%12 + 1
		}
	}
	return ws
}

func itoa(k int) string {
	if k < 10 {
		return string(rune('0' + k))
	}
	return itoa(k/10) + string(rune('0'+k%10))
}

func kinds() []chart.Kind {
	return []chart.Kind{{Name: "materijali", Letter: "M"}, {Name: "obuka", Letter: "O"},
		{Name: "tehnička podrška", Letter: "T"}, {Name: "promocija", Letter: "P"}}
}

func sampleGantt() chart.Gantt {
	rows := []chart.GanttRow{
		{Label: "1. Materijali za Generator usluga", Kind: 0, Owner: 0, Start: 1, End: 1, Tip: "sedmica 1"},
		{Label: "2. Obuka za Generator usluga", Kind: 1, Owner: 0, Start: 2, End: 2, DependsOn: []int{0}},
		{Label: "3. Uvođenje Generatora usluga", Kind: 2, Owner: 0, Start: 3, End: 4, DependsOn: []int{1}},
		{Label: "4. Brifing rukovodilaca", Kind: 1, Owner: 0, Start: 1, End: 1},
		{Label: "5. Proširenje elektronskih usluga", Kind: 2, Owner: 0, Start: 5, End: 7, DependsOn: []int{2, 3}},
		{Label: "6. Plan komunikacije", Kind: 0, Owner: 0, Start: 4, End: 4},
		{Label: "7. Kanali komunikacije sa građanima", Kind: 2, Owner: 1, Start: 5, End: 7, DependsOn: []int{5}},
		{Label: "8. Promocija ePisarnice", Kind: 3, Owner: 1, Start: 8, End: 9},
	}
	return chart.Gantt{ID: "gantt-kragujevac", Title: "Kragujevac: plan po sedmicama", Desc: "Osam koraka u devet sedmica.",
		Weeks: weekMarks(12), Kinds: kinds(), Owners: []string{"programski tim", "opština", "partner"}, Rows: rows}
}

func sampleBars() chart.Bars {
	return chart.Bars{ID: "gains-kragujevac", Title: "Kragujevac: dobit po koraku", Desc: "Dobit svakog koraka.",
		Rows: []chart.Bar{
			{Label: "1. Materijali za Generator usluga", Known: true, Value: d("0"), ValueLabel: "+0,00"},
			{Label: "2. Obuka za Generator usluga", ValueLabel: "? (dok se ne sazna broj zaposlenih)"},
			{Label: "3. Uvođenje Generatora usluga", Known: true, Value: d("1.15"), ValueLabel: "+1,15"},
			{Label: "12. Uvođenje DDC", Known: true, Value: d("4.5"), ValueLabel: "+4,50"},
		}, Format: serbian, Known: "dobit", Unknown: "dobit nepoznata"}
}

func sampleLoad() chart.Load {
	marks := weekMarks(10)
	weeks := make([]chart.LoadWeek, len(marks))
	vals := [][]string{{"1", "1", "1"}, {"1.5", "1", "0.5"}, {"1", "2", "0"}, {"0.8", "1", "0.6"}, {"2", "1", "0"},
		{"0", "3", "0"}, {"1", "1", "1"}, {"0", "0", "0"}, {"2", "0.5", "0.5"}, {"1", "1", "1"}}
	for i := range weeks {
		weeks[i].WeekMark = marks[i]
		for _, v := range vals[i] {
			weeks[i].Values = append(weeks[i].Values, d(v))
		}
		weeks[i].HasCapacity = true
		weeks[i].Capacity = d("3")
		if i == 4 {
			weeks[i].Capacity = d("1.8")
		}
	}
	return chart.Load{ID: "load", Title: "Opterećenje tima po sedmicama", Desc: "Čovek-dani tima po sedmicama, po opštini.",
		Series: []string{"Kragujevac", "Čačak", "Bela Palanka"}, Weeks: weeks, Capacity: "kapacitet tima", Unit: "čovek-dani",
		Format: serbian}
}
