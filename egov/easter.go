package egov

import (
	"strconv"
	"time"
)

// OrthodoxEaster returns the date of Orthodox Easter Sunday (Vaskrs) in
// year, as a civil Date: the Easter of the Serbian Orthodox Church, whose
// Good Friday to Easter Monday are public holidays in Serbia.
//
// The Church reckons Easter with the Julian computus on the Julian
// calendar: the first Sunday after the Paschal full moon of a fixed
// 19-year cycle (Meeus' Julian algorithm). OrthodoxEaster converts that
// Julian date to the proleptic Gregorian calendar of Date for every year a
// Date holds: 13 days later from 1900 to 2099, 14 from 2100, and two days
// earlier in the first century. Years outside MinYear…MaxYear are an
// error in a *ValidationError at "year".
func OrthodoxEaster(year int) (Date, error) {
	if err := checkYear(year); err != nil {
		return Date{}, err
	}
	return orthodoxEaster(year), nil
}

// orthodoxEaster returns Orthodox Easter Sunday of a year known to be in
// range.
func orthodoxEaster(year int) Date { return dateOfDayNumber(easterDayNumber(year)) }

// easterDayNumber returns the day number (see Date.dayNumber) of Orthodox
// Easter Sunday of a year known to be in range.
func easterDayNumber(year int) int {
	month, day := julianEaster(year)
	// Julian Easter falls from 22 March to 25 April, days that every
	// Gregorian year has too, so the Julian month and day read as a
	// Gregorian Date and then moved by the calendars' difference.
	d := Date{year: int16(year), month: uint8(month), day: uint8(day)}
	return d.dayNumber() + julianLag(year)
}

// julianEaster returns the month and day of Easter Sunday in the Julian
// calendar (Meeus, Astronomical Algorithms, the Julian algorithm).
func julianEaster(year int) (time.Month, int) {
	a := year % 4
	b := year % 7
	c := year % 19
	d := (19*c + 15) % 30         // days from 21 March to the Paschal full moon
	e := (2*a + 4*b - d + 34) % 7 // days from the full moon to the next Sunday, less one
	n := d + e + 114              // 31 × month + day − 1
	return time.Month(n / 31), n%31 + 1
}

// julianLag returns how many days the Julian calendar runs behind the
// proleptic Gregorian one from 1 March of year on: the Gregorian calendar
// drops the leap day of each century year not divisible by 400, and the
// two calendars agree from 1 March 200 to 28 February 300. From March 1900
// to February 2100 the lag is 13 days.
func julianLag(year int) int { return year/100 - year/400 - 2 }

// checkYear returns a *ValidationError at "year" unless year is one a Date
// may hold.
func checkYear(year int) error {
	if year >= MinYear && year <= MaxYear {
		return nil
	}
	var ps ProblemList
	ps.Add("year", strconv.Itoa(year), "year %d outside %d…%d", year, MinYear, MaxYear)
	return ps.Err("calendar")
}
