package law

import (
	"time"

	"redress/internal/civil"
)

// A deadline that falls on a weekend or a legal holiday may run to the next
// business day in some courts (Fed. R. Civ. P. 6(a); Maahs (11th Cir. 1988);
// Connors v. United States, 711 F. Supp. 479 (C.D. Ill. 1989)), but not in
// all, and perhaps not for the administrative presentment deadline at all
// (sf95-and-ftca-notes.md section 5). So the computed date never moves:
// the deadline only carries a note.
//
// Federal holidays follow 5 U.S.C. § 6103: the eleven holidays of
// subsection (a), and, for a holiday that falls on a Saturday, the Friday
// before, and on a Sunday, the Monday after (subsection (b), the rule for
// most federal employees and so for court and agency closings).
// Inauguration Day is left out: it is a holiday only in the Washington,
// D.C. area. Days the President closes offices by executive order are not
// predictable and are not computed. Martin Luther King Jr. Day counts from
// 1986 and Juneteenth from 2021; the Monday holidays follow the rules in
// force since 1971, and earlier years are not modelled.

// FederalHoliday reports whether d is a federal holiday, or the weekday on
// which one is observed, and names it ("Independence Day (observed)").
func FederalHoliday(d civil.Date) (string, bool) {
	// New Year's Day on a Saturday is observed on December 31 of the year
	// before, so the next year's holidays are checked too.
	for _, y := range []int{d.Year, d.Year + 1} {
		for _, h := range holidaysOf(y) {
			if h.date == d {
				return h.name, true
			}
			if obs := observed(h.date); obs != h.date && obs == d {
				return h.name + " (observed)", true
			}
		}
	}
	return "", false
}

type holiday struct {
	name string
	date civil.Date
}

// holidaysOf lists the legal public holidays of 5 U.S.C. § 6103(a) for a
// year, on their actual dates.
func holidaysOf(y int) []holiday {
	fixed := func(m time.Month, day int) civil.Date { return civil.Date{Year: y, Month: m, Day: day} }
	hs := []holiday{{"New Year's Day", fixed(time.January, 1)}}
	if y >= 1986 {
		hs = append(hs, holiday{"Birthday of Martin Luther King, Jr.", nthWeekday(y, time.January, time.Monday, 3)})
	}
	hs = append(hs,
		holiday{"Washington's Birthday", nthWeekday(y, time.February, time.Monday, 3)},
		holiday{"Memorial Day", lastWeekday(y, time.May, time.Monday)},
	)
	if y >= 2021 {
		hs = append(hs, holiday{"Juneteenth National Independence Day", fixed(time.June, 19)})
	}
	return append(hs,
		holiday{"Independence Day", fixed(time.July, 4)},
		holiday{"Labor Day", nthWeekday(y, time.September, time.Monday, 1)},
		holiday{"Columbus Day", nthWeekday(y, time.October, time.Monday, 2)},
		holiday{"Veterans Day", fixed(time.November, 11)},
		holiday{"Thanksgiving Day", nthWeekday(y, time.November, time.Thursday, 4)},
		holiday{"Christmas Day", fixed(time.December, 25)},
	)
}

// observed moves a Saturday holiday to Friday and a Sunday one to Monday.
func observed(d civil.Date) civil.Date {
	switch d.Weekday() {
	case time.Saturday:
		return d.AddDays(-1)
	case time.Sunday:
		return d.AddDays(1)
	}
	return d
}

// nthWeekday returns the n-th given weekday of a month (n from 1).
func nthWeekday(y int, m time.Month, wd time.Weekday, n int) civil.Date {
	first := civil.Date{Year: y, Month: m, Day: 1}
	offset := (int(wd) - int(first.Weekday()) + 7) % 7
	return first.AddDays(offset + 7*(n-1))
}

// lastWeekday returns the last given weekday of a month.
func lastWeekday(y int, m time.Month, wd time.Weekday) civil.Date {
	last := civil.Date{Year: y, Month: m, Day: civil.DaysIn(y, m)}
	back := (int(last.Weekday()) - int(wd) + 7) % 7
	return last.AddDays(-back)
}

// closedDayNote returns the weekend/holiday note for a deadline date, or
// false if the date is an ordinary business day.
func closedDayNote(d civil.Date) (string, bool) {
	wd := d.Weekday()
	weekend := wd == time.Saturday || wd == time.Sunday
	name, hol := FederalHoliday(d)
	var first string
	switch {
	case weekend && hol:
		first = "This date falls on a " + wd.String() + ", " + name + "."
	case weekend:
		first = "This date falls on a " + wd.String() + "."
	case hol:
		first = "This date is a federal holiday: " + name + "."
	default:
		return "", false
	}
	return first + " Some courts move a deadline that falls on a weekend or federal holiday" +
		" to the next business day (Fed. R. Civ. P. 6(a); Maahs v. United States (11th Cir. 1988);" +
		" Connors v. United States, 711 F. Supp. 479 (C.D. Ill. 1989))." +
		" Do not count on that. The safe course is to act before this date.", true
}
