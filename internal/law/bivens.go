package law

import (
	"fmt"
	"strconv"

	"redress/internal/casefile"
	"redress/internal/civil"
)

// Rule 5: a Bivens claim against the officers personally must be filed
// within the borrowed state period (limitations.go), counted from the
// incident date. Where sources disagree the earliest plausible period is
// used (notes 5.3.2), MED and FLAG rows are routed to a lawyer (5.3.4),
// and the deadline always says that suing "John Doe" officers does not
// stop the clock against the real officer (notes 1.6, 5.3.5): in most
// circuits an amendment naming the officer after the period has run does
// not relate back under Fed. R. Civ. P. 15(c)(1)(C).

const (
	labelBivens = "You must FILE any lawsuit against the officers themselves (Bivens) by"

	noteDoe = `Naming "John Doe" officers does not stop the clock against the real officer. ` +
		"Find out the officers' names and name them in a lawsuit before this date."
	noteForum = "This uses the law of the state where the incident happened. " +
		"If you sue in another state, a different period may apply."
	noteAccrual = "The count starts on the day of the incident. For some claims, such as false arrest, " +
		"the start date may differ (Wallace v. Kato, 549 U.S. 384 (2007))."
	noteMED = "A lawyer must confirm this period. It comes from general charts, " +
		"not from a court decision about a case like this one."
	noteFLAG = "A lawyer must check this period. It changed recently or is often stated wrong."
)

// bivensDeadline returns the Bivens limitations deadline and the period
// used, or a warning when it cannot be computed.
func bivensDeadline(c *casefile.Case, asOf civil.Date) (Deadline, LimitationsPeriod, *Warning) {
	inc := c.Incident
	if inc.Date.IsZero() {
		return Deadline{}, LimitationsPeriod{}, &Warning{Severity: Urgent, Kind: BivensLimitations, Code: "no_incident_date_bivens",
			Text: "The incident date is missing, so the deadline to sue the officers could not be computed."}
	}
	lp, ok := Limitations(inc.State, inc.Date)
	if !ok {
		return Deadline{}, LimitationsPeriod{}, &Warning{Severity: Urgent, Kind: BivensLimitations, Code: "no_limitations", State: inc.State,
			Text: fmt.Sprintf("No limitations period is on file for the state %q, "+
				"so the deadline to sue the officers could not be computed. A lawyer must find it.", inc.State)}
	}
	d := Deadline{
		Kind:      BivensLimitations,
		Label:     labelBivens,
		Date:      inc.Date.AddYears(lp.Years),
		From:      inc.Date,
		Period:    years(lp.Years),
		Status:    openOrPassed(inc.Date.AddYears(lp.Years), asOf),
		Authority: lp.Statute,
	}
	if lp.Note != "" {
		d.Notes = append(d.Notes, lp.Note)
	}
	switch lp.Confidence {
	case "MED":
		d.Notes = append(d.Notes, noteMED)
	case "FLAG":
		d.Notes = append(d.Notes, noteFLAG)
	}
	d.Notes = append(d.Notes, noteAccrual, noteForum, noteDoe)
	return withClosedDayNote(d), lp, nil
}

func years(n int) string {
	if n == 1 {
		return "1 year"
	}
	return strconv.Itoa(n) + " years"
}
