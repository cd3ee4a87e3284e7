package law

import "redress/internal/civil"

// Dates are calendar dates, and "+ N months" is the same calendar day N
// months later. Where that day does not exist (August 31 + 6 months),
// the answer is rounded in the SAFE direction, which depends on what the
// date is for:
//
//   - a deadline, the last day to act (presentment, suit after a denial,
//     Bivens), takes the last day of the month, the earlier date
//     (civil.Date.AddMonths): acting a day early costs nothing;
//   - a first permitted day, the first day a suit is allowed (after the
//     agency's six months, after a request to reconsider), is the day
//     AFTER the period ends, and a period that would end on a missing day
//     ends on the first of the next month, the later date
//     (firstPermittedDay): a suit filed a day early must be dismissed
//     (McNeil v. United States, 508 U.S. 106 (1993)), so the count never
//     rounds toward it.

// firstPermittedDay returns the first day a suit is allowed after a
// period of n months that starts on from: the period ends on the same
// calendar day n months later, or on the first of the next month where
// that day does not exist, and the suit is allowed from the day after.
// A claim received on 2025-09-02 may be treated as denied from
// 2026-03-03; one received on 2025-08-31, from 2026-03-02.
func firstPermittedDay(from civil.Date, months int) civil.Date {
	end := from.AddMonths(months)
	if end.Day < from.Day {
		// AddMonths kept to the last day of a shorter month: the period
		// really ends on the first of the next.
		end = end.AddDays(1)
	}
	return end.AddDays(1)
}
