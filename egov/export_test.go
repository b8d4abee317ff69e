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
