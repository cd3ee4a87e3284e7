package law

import (
	"slices"
	"strconv"

	"redress/internal/casefile"
)

// Rule 6: any deadline within 90 days is a warning, and a passed deadline
// is a prominent one. Documents are still produced: counsel decides. Dates from which the client MAY act
// (Available) are not deadlines and raise no warning.

// soonDays is how close an open deadline must be to warn.
const soonDays = 90

// deadlineWarning returns the warning a deadline's status raises, if any.
// The claim's dates are the claimant's (a late claim is one claimant's).
func deadlineWarning(d Deadline, f FTCADates) (Warning, bool) {
	when := d.Label + " " + d.Date.English() + "."
	switch {
	case d.Status == Passed && d.Kind == FTCAPresentment && f.Late:
		return Warning{Severity: Urgent, Kind: d.Kind, Code: "received_late", Date: d.Date, Received: f.PresentedOn,
			Text: "The agency received the FTCA claim on " + f.PresentedOn.English() +
				". That is after the deadline, " + d.Date.English() +
				". The claim may be barred, and no date is given from which a suit is allowed. " +
				"A lawyer must review this now."}, true
	case d.Status == Passed:
		return Warning{Severity: Urgent, Kind: d.Kind, Code: "passed", Date: d.Date,
			Text: "This date has passed: " + when + " A lawyer must review this now."}, true
	case d.Status == Open && d.DaysLeft == 0:
		return Warning{Severity: Soon, Kind: d.Kind, Code: "last_day", Date: d.Date, Text: "Today is the last day: " + when}, true
	case d.Status == Open && d.DaysLeft == 1:
		return Warning{Severity: Soon, Kind: d.Kind, Code: "days_left", Date: d.Date, Days: 1, Text: "Only 1 day left: " + when}, true
	case d.Status == Open && d.DaysLeft > 0 && d.DaysLeft <= soonDays:
		return Warning{Severity: Soon, Kind: d.Kind, Code: "days_left", Date: d.Date, Days: d.DaysLeft,
			Text: "Only " + strconv.Itoa(d.DaysLeft) + " days left: " + when}, true
	}
	return Warning{}, false
}

// sumCertainWarning explains rule 6's last point: the amount in box 12d is
// the ceiling of any later FTCA suit (28 U.S.C. § 2675(b)).
func sumCertainWarning(c *casefile.Case, claimant int) (Warning, bool) {
	if claimant < 0 || claimant >= len(c.Claimants) {
		return Warning{}, false
	}
	total := c.Claimants[claimant].Damages.Total()
	if total <= 0 {
		return Warning{}, false
	}
	return Warning{Severity: Info, Kind: FTCAPresentment, Code: "sum_certain",
		Text: "The amount claimed on the SF-95 (box 12d, " + total.String() + ") is the most you can ask for " +
			"if you sue the United States later. The only exceptions are new evidence you could not " +
			"have found earlier, or new facts about the amount (28 U.S.C. § 2675(b))."}, true
}

// sortWarnings puts the most urgent first and keeps letter order within a
// severity.
func sortWarnings(ws []Warning) {
	slices.SortStableFunc(ws, func(a, b Warning) int { return int(b.Severity) - int(a.Severity) })
}
