package civil

import (
	"fmt"
	"time"
)

// Date is a calendar day. The zero Date means "not given".
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// ParseDate reads an ISO date (YYYY-MM-DD) and rejects days that do not
// exist, such as 2025-02-30, which time.Parse would also reject but
// which many YAML and TOML decoders quietly roll over.
func ParseDate(s string) (Date, error) {
	t, err := time.Parse("2006-01-02", s)
	if err != nil || len(s) != 10 {
		return Date{}, fmt.Errorf("%q is not a date in the form YYYY-MM-DD that exists on the calendar", s)
	}
	return Of(t), nil
}

// Of returns the calendar day of t in t's own location.
func Of(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// IsZero reports whether the date was not given.
func (d Date) IsZero() bool { return d == Date{} }

// Valid reports whether the date exists on the calendar.
func (d Date) Valid() bool {
	if d.Month < 1 || d.Month > 12 || d.Day < 1 {
		return false
	}
	return d.Day <= DaysIn(d.Year, d.Month)
}

// Time returns midnight UTC at the start of the day.
func (d Date) Time() time.Time {
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC)
}

// String formats the date as ISO YYYY-MM-DD.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// English formats the date as a U.S. letter does: "March 14, 2027".
func (d Date) English() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%s %d, %d", d.Month, d.Day, d.Year)
}

// Weekday returns the day of the week.
func (d Date) Weekday() time.Weekday { return d.Time().Weekday() }

// Before reports whether d is strictly before e.
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

// After reports whether d is strictly after e.
func (d Date) After(e Date) bool { return d.Compare(e) > 0 }

// Compare returns -1, 0 or +1 as d is before, equal to or after e.
func (d Date) Compare(e Date) int {
	switch {
	case d.Year != e.Year:
		return sign(d.Year - e.Year)
	case d.Month != e.Month:
		return sign(int(d.Month) - int(e.Month))
	default:
		return sign(d.Day - e.Day)
	}
}

// DaysUntil returns the number of days from d to e (negative if e is earlier).
func (d Date) DaysUntil(e Date) int {
	return int(e.Time().Sub(d.Time()).Hours() / 24)
}

// AddDays returns the date n days later.
func (d Date) AddDays(n int) Date { return Of(d.Time().AddDate(0, 0, n)) }

// AddMonths returns the same calendar day n months later. Where that day
// does not exist (August 31 + 6 months), it returns the last day of the
// month, the earlier of the two plausible answers: for a deadline the
// earlier date is the safe one (shared/legal/README.md, "Rules the code
// computes"). time.AddDate would roll over into the next month instead.
func (d Date) AddMonths(n int) Date {
	total := d.Year*12 + int(d.Month-1) + n
	y, m := total/12, time.Month(total%12+1)
	if total%12 < 0 {
		y, m = y-1, m+12
	}
	day := d.Day
	if last := DaysIn(y, m); day > last {
		day = last
	}
	return Date{y, m, day}
}

// AddYears returns the same calendar day n years later; February 29
// becomes February 28 in a year that has none.
func (d Date) AddYears(n int) Date { return d.AddMonths(12 * n) }

// DaysIn returns the number of days in the month.
func DaysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func sign(n int) int {
	switch {
	case n < 0:
		return -1
	case n > 0:
		return 1
	}
	return 0
}
