package egov_test

import (
	"fmt"
	"time"

	"github.com/digitaldistrict/egovkit/egov"
)

func ExampleSerbianCalendar() {
	cal := egov.SerbianCalendar()
	holidays, err := cal.Holidays(2026)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, h := range holidays {
		line := fmt.Sprintf("%s %-9s %-18s %s", h.Date, h.Date.Weekday(), h.Name.English, h.Name.Latin)
		if !h.MovedFrom.IsZero() {
			line += " (for Sunday " + h.MovedFrom.String() + ")"
		}
		fmt.Println(line)
	}
	for _, day := range []string{"2025-12-29", "2026-02-16", "2026-11-09"} {
		monday, _ := egov.ParseDate(day)
		n, _ := cal.WeekWorkingDays(monday)
		fmt.Printf("week of %s: %d working days\n", monday, n)
	}
	// Output:
	// 2026-01-01 Thursday  New Year           Nova godina
	// 2026-01-02 Friday    New Year           Nova godina
	// 2026-01-07 Wednesday Orthodox Christmas Božić
	// 2026-02-15 Sunday    Statehood Day      Sretenje – Dan državnosti Srbije
	// 2026-02-16 Monday    Statehood Day      Sretenje – Dan državnosti Srbije
	// 2026-02-17 Tuesday   Statehood Day      Sretenje – Dan državnosti Srbije (for Sunday 2026-02-15)
	// 2026-04-10 Friday    Good Friday        Veliki petak
	// 2026-04-11 Saturday  Holy Saturday      Velika subota
	// 2026-04-12 Sunday    Easter Sunday      Vaskrs
	// 2026-04-13 Monday    Easter Monday      Drugi dan Vaskrsa
	// 2026-05-01 Friday    Labour Day         Praznik rada
	// 2026-05-02 Saturday  Labour Day         Praznik rada
	// 2026-11-11 Wednesday Armistice Day      Dan primirja u Prvom svetskom ratu
	// week of 2025-12-29: 3 working days
	// week of 2026-02-16: 3 working days
	// week of 2026-11-09: 4 working days
}

func ExampleCalendar_WithDaysOff() {
	cal, err := egov.SerbianCalendar().WithHolidays(egov.AnnualHoliday{
		Name:  egov.HolidayNames{English: "City Day", Latin: "Dan grada"},
		Month: time.October, Day: 5,
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	cal, err = cal.WithDaysOff(egov.DaysOff{
		First: egov.MustDate(2026, time.October, 7), Last: egov.MustDate(2026, time.October, 8),
		Name: egov.HolidayNames{English: "Team leave", Latin: "Odsustvo tima"},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	monday := egov.MustDate(2026, time.October, 5)
	n, _ := cal.WeekWorkingDays(monday)
	holidays, _ := cal.HolidaysIn(monday, monday.AddDays(6))
	fmt.Printf("week of %s: %d working days\n", monday, n)
	for _, h := range holidays {
		fmt.Println(h.Date, h.Name.English, h.Kind)
	}
	_, err = cal.WithDaysOff(egov.DaysOff{First: monday, Last: monday.AddDays(-3)})
	fmt.Println(err)
	// Output:
	// week of 2026-10-05: 2 working days
	// 2026-10-05 City Day local
	// 2026-10-07 Team leave day-off
	// 2026-10-08 Team leave day-off
	// invalid calendar: 3 problems:
	//	days_off[0].name.en: missing English name
	//	days_off[0].name.sr_latn: missing Serbian Latin name
	//	days_off[0].last: last day 2026-10-02 before first day 2026-10-05
}

func ExampleOrthodoxEaster() {
	for _, year := range []int{2025, 2026, 2027} {
		easter, _ := egov.OrthodoxEaster(year)
		fmt.Println(easter)
	}
	_, err := egov.OrthodoxEaster(0)
	fmt.Println(err)
	// Output:
	// 2025-04-20
	// 2026-04-12
	// 2027-05-02
	// invalid calendar: year: year 0 outside 1…9999
}
