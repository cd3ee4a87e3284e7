package law

import (
	"fmt"
	"strconv"
	"strings"

	"redress/internal/casefile"
	"redress/internal/civil"
)

// Rule 5: a Bivens claim against the officers personally must be filed
// within the borrowed period (limitations.go), counted from the incident
// date and chosen by it where the place changed its law. Where sources
// disagree the earliest plausible period is used and the deadline says a
// longer one may apply; MED and FLAG rows are routed to a lawyer; and the
// deadline always says that suing "John Doe" officers does not stop the
// clock against the real officer: in most circuits an amendment naming
// the officer after the period has run does not relate back under Fed. R.
// Civ. P. 15(c)(1)(C). Where no period is known (a territory whose
// period no reliable source gives), no date is computed: the deadline is
// Unknown and carries MarkerLimitationsPeriod.

const (
	labelBivens = "You must FILE any lawsuit against the officers themselves (Bivens) by"

	noteDoe = `Naming "John Doe" officers does not stop the clock against the real officer. ` +
		"Find out the officers' names and name them in a lawsuit before this date."
	noteForum = "This uses the law of the place where the incident happened. " +
		"If you sue in another state, a different period may apply."
	noteAccrual = "The count starts on the day of the incident. For some claims, such as false arrest, " +
		"the start date may differ (Wallace v. Kato, 549 U.S. 384 (2007))."
	noteMED = "A lawyer must confirm this period. Its sources are general charts or secondary reports, " +
		"not a court decision about a case like this one."
	noteUncertain = "Sources disagree about this period or its statute, or it changed recently. " +
		"The date shown uses the earliest plausible period; a longer period may apply. " +
		"A lawyer must confirm it."
	noteUnknown = "No reliable source gives the period courts borrow here, so no date is computed. " +
		"A lawyer must find the period now."
)

// bivensDeadline returns the Bivens limitations deadline and the period
// used; or, when no period is known, an Unknown deadline (no date) and a
// warning; or, without an incident date, only a warning.
func bivensDeadline(c *casefile.Case, asOf civil.Date) (Deadline, LimitationsPeriod, *Warning) {
	inc := c.Incident
	if inc.Date.IsZero() {
		return Deadline{}, LimitationsPeriod{}, &Warning{Severity: Urgent, Kind: BivensLimitations, Code: "no_incident_date_bivens",
			Text: "The incident date is missing, so the deadline to sue the officers could not be computed."}
	}
	lp, inTable := Limitations(inc.State, inc.Date)
	if !lp.Known() {
		d := Deadline{
			Kind:      BivensLimitations,
			Label:     labelBivens,
			From:      inc.Date,
			Status:    Unknown,
			Authority: MarkerLimitationsPeriod,
			Marker:    MarkerLimitationsPeriod,
		}
		if lp.Note != "" {
			d.Notes = append(d.Notes, lp.Note)
		}
		d.Notes = append(d.Notes, noteUnknown, noteAccrual, noteForum, noteDoe)
		if !inTable {
			return d, LimitationsPeriod{}, &Warning{Severity: Urgent, Kind: BivensLimitations, Code: "no_limitations", State: inc.State,
				Text: fmt.Sprintf("No limitations period is on file for the state %q, "+
					"so the deadline to sue the officers could not be computed. A lawyer must find it.", inc.State)}
		}
		return d, LimitationsPeriod{}, &Warning{Severity: Urgent, Kind: BivensLimitations, Code: "limitations_unknown", State: lp.StateName,
			Text: "No reliable source gives the limitations period for suing the officers in " + placeName(lp.StateName) +
				", so no deadline was computed: " + MarkerLimitationsPeriod + ". A lawyer must find it now."}
	}
	date := inc.Date.AddYears(lp.Years)
	d := Deadline{
		Kind:      BivensLimitations,
		Label:     labelBivens,
		Date:      date,
		From:      inc.Date,
		Period:    years(lp.Years),
		Status:    openOrPassed(date, asOf),
		Authority: lp.Statute,
	}
	if lp.Note != "" {
		d.Notes = append(d.Notes, lp.Note)
	}
	switch {
	case lp.Uncertain():
		d.Notes = append(d.Notes, noteUncertain)
	case lp.Confidence == "MED":
		d.Notes = append(d.Notes, noteMED)
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

// placeName is a place's name as a sentence says it: "the Northern Mariana
// Islands", "Puerto Rico".
func placeName(name string) string {
	if strings.HasSuffix(name, " Islands") {
		return "the " + name
	}
	return name
}
