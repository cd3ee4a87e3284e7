package law

import (
	"strconv"
	"strings"
	"time"

	"redress/internal/civil"
)

// A deadline that falls on a weekend or a legal holiday may run to the
// next day the clerk's office is open (Fed. R. Civ. P. 6(a)(1)(C): "the
// period continues to run until the end of the next day that is not a
// Saturday, Sunday, or legal holiday"), which can be two or three days
// later. Courts have done so for the FTCA's periods (Maahs v. United
// States (11th Cir. 1988), for presentment; Connors v. United States, 711
// F. Supp. 479 (C.D. Ill. 1989), for the suit after a denial), but not
// every court applies Rule 6(a) to a limitations period (the Sixth Circuit
// treats it as a way of computing a period, not of extending it: Bartlik
// v. U.S. Dep't of Labor, 62 F.3d 163 (6th Cir. 1995) (en banc)), and no
// source settles whether a court rule reaches the agency's receipt of a
// claim at all. So the computed date never moves: the deadline carries a
// note that names the next open day, and says to act earlier.
//
// Federal holidays follow 5 U.S.C. § 6103: the eleven holidays of
// subsection (a), and, for a holiday that falls on a Saturday, the Friday
// before, and on a Sunday, the Monday after (subsection (b), the rule for
// most federal employees and so for court and agency closings).
// Inauguration Day is left out: it is a holiday only in the Washington,
// D.C. area. Days the President closes offices by executive order, and a
// clerk's office closed by weather or by a local rule, are not
// predictable and are not computed. Martin Luther King Jr. Day counts
// from 1986 and Juneteenth from 2021; the Monday holidays follow the rules
// in force since 1971, and earlier years are not modelled
// (holidayTableFrom).

// holidayTableFrom is the first year whose holidays the table models.
const holidayTableFrom = 1971

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

// ClosedDay reports whether d is a day a federal court's clerk's office
// is closed by the calendar (a Saturday, a Sunday or a federal holiday),
// and names it: "Saturday", "Monday, Independence Day (observed)".
func ClosedDay(d civil.Date) (string, bool) {
	wd := d.Weekday()
	weekend := wd == time.Saturday || wd == time.Sunday
	name, hol := FederalHoliday(d)
	switch {
	case weekend && hol:
		return wd.String() + ", " + name, true
	case weekend:
		return wd.String(), true
	case hol:
		return name, true
	}
	return "", false
}

// NextOpenDay returns the first day after d that is neither a weekend day
// nor a federal holiday: the day Fed. R. Civ. P. 6(a) may carry a period
// ending on d to, if d is a closed day. It reports false for a date the
// holiday table does not model (before 1971), where the answer would be
// a guess.
func NextOpenDay(d civil.Date) (civil.Date, bool) {
	if d.Year < holidayTableFrom {
		return civil.Date{}, false
	}
	for n := d.AddDays(1); ; n = n.AddDays(1) {
		if _, closed := ClosedDay(n); !closed {
			return n, true
		}
	}
}

// closedDayNote explains, for a deadline on a closed day, what Rule 6(a)
// may do and why not to count on it. The presentment deadline adds that
// the rule may not reach the agency's receipt of a claim. A deadline that
// has passed keeps the note (a step taken on the next open day may still
// be timely in some courts) without the advice to act earlier.
func closedDayNote(kind DeadlineKind, d civil.Date, closed string, next civil.Date, passed bool) string {
	var b strings.Builder
	switch wd := d.Weekday(); {
	case closed == wd.String():
		b.WriteString("This date falls on a " + closed + ".")
	case strings.HasPrefix(closed, wd.String()+", "):
		b.WriteString("This date falls on a " + wd.String() + ", and is a federal holiday: " +
			strings.TrimPrefix(closed, wd.String()+", ") + ".")
	default:
		b.WriteString("This date is a federal holiday: " + closed + ".")
	}
	b.WriteString(" Fed. R. Civ. P. 6(a) may carry a period that ends on a weekend or federal holiday" +
		" to the next day the clerk's office is open")
	if !next.IsZero() {
		days := d.DaysUntil(next)
		b.WriteString(", here " + next.Weekday().String() + ", " + next.English() + " (" + dayCount(days) +
			" later), unless the office is closed that day for another reason")
	} else {
		b.WriteString(", which can be two or three days later")
	}
	b.WriteString(". Some courts have applied it to these periods (Maahs v. United States (11th Cir. 1988);" +
		" Connors v. United States, 711 F. Supp. 479 (C.D. Ill. 1989)), but not every court does")
	if kind == FTCAPresentment {
		b.WriteString(", and whether it reaches the agency's receipt of a claim is not settled")
	}
	if passed {
		b.WriteString(". The date above does not move: do not count on the rule without a lawyer's advice.")
	} else {
		b.WriteString(". The date above does not move. The safe course is to act earlier.")
	}
	return b.String()
}

func dayCount(n int) string {
	words := []string{"", "one day", "two days", "three days", "four days", "five days"}
	if n > 0 && n < len(words) {
		return words[n]
	}
	return strconv.Itoa(n) + " days"
}
