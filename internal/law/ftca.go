package law

import (
	"redress/internal/casefile"
	"redress/internal/civil"
)

// The FTCA clock is federal and separate from the Bivens clock (notes 5.3.6).
// Rules 1-4 of shared/legal/README.md:
//
//  1. The claim must be presented (RECEIVED by the agency) within two years
//     of accrual (28 U.S.C. § 2401(b); 28 C.F.R. § 14.2(a)).
//  2. Six months after presentment the claimant may treat silence as a
//     denial and sue (28 U.S.C. § 2675(a)); no suit deadline starts from a
//     deemed denial (Pascale v. United States, 998 F.2d 186 (3d Cir. 1993)).
//  3. After a denial, suit must be filed within six months of its MAILING
//     (28 U.S.C. § 2401(b)). A reconsideration request filed within those six
//     months gives the agency six months from its filing to decide; suit is
//     not available until then or until the agency decides, and a new
//     six-month period runs from the mailing of a new denial
//     (28 C.F.R. § 14.9(b)).
//  4. A suit filed before a denial or the deemed-denial date must be
//     dismissed (28 U.S.C. § 2675(a)).
//
// Dates count "same calendar day N months later", the last day of the month
// where that day does not exist (civil.Date.AddMonths).

// ftcaDates is a case's FTCA dates with the defaults applied and the
// reconsideration classified.
type ftcaDates struct {
	accrued, presented, denied, recon civil.Date

	presentBy civil.Date // accrued + 2 years; zero without an accrual date
	suitBy    civil.Date // denied + 6 months; zero without a denial

	// Exactly one of these is true when recon is set.
	reconPending   bool // filed on or after the denial, by suitBy
	reconLate      bool // filed after suitBy: gives no more time
	reconDecided   bool // filed before the denial on file, so that denial decided it
	reconNoDenial  bool // filed, but no denial on file
	reconAvailable civil.Date
}

func ftcaDatesOf(c *casefile.Case) ftcaDates {
	f := ftcaDates{
		accrued:   c.FTCA.AccruedOn,
		presented: c.FTCA.PresentedOn,
		denied:    c.FTCA.DeniedOn,
		recon:     c.FTCA.ReconsiderationFiledOn,
	}
	if f.accrued.IsZero() {
		f.accrued = c.Incident.Date
	}
	if !f.accrued.IsZero() {
		f.presentBy = f.accrued.AddYears(2)
	}
	if !f.denied.IsZero() {
		f.suitBy = f.denied.AddMonths(6)
	}
	if !f.recon.IsZero() {
		switch {
		case f.denied.IsZero():
			f.reconNoDenial = true
		case f.recon.Before(f.denied):
			// A request to reconsider answers a denial, so a denial
			// mailed after the request is the agency's decision on it
			// (the user recorded the new denial in denied_on).
			f.reconDecided = true
		case f.recon.After(f.suitBy):
			f.reconLate = true
		default:
			f.reconPending = true
			f.reconAvailable = f.recon.AddMonths(6)
		}
	}
	return f
}

const (
	labelPresentment    = "The agency must RECEIVE your FTCA claim (SF-95) by"
	labelDeemedDenial   = "From this date you may treat the agency's silence as a denial and sue"
	labelSuit           = "You must FILE your FTCA lawsuit in federal court by"
	labelReconsidered   = "From this date you may sue if the agency has not decided your request to reconsider"
	citePresentment     = "28 U.S.C. § 2401(b); 28 C.F.R. § 14.2(a)"
	citeDeemedDenial    = "28 U.S.C. § 2675(a)"
	citeSuit            = "28 U.S.C. § 2401(b)"
	citeReconsideration = "28 C.F.R. § 14.9(b)"
)

// ftcaDeadlines returns rules 1-3 in letter order, and the warnings that
// are not about a single date's status (a late reconsideration, a
// reconsideration without a denial).
func ftcaDeadlines(c *casefile.Case, asOf civil.Date) ([]Deadline, []Warning) {
	f := ftcaDatesOf(c)
	var ds []Deadline
	var ws []Warning

	if f.presentBy.IsZero() {
		ws = append(ws, Warning{Severity: Urgent, Kind: FTCAPresentment, Code: "no_incident_date_ftca",
			Text: "The incident date is missing, so the deadline to present the FTCA claim could not be computed."})
	} else {
		d := Deadline{
			Kind:      FTCAPresentment,
			Label:     labelPresentment,
			Date:      f.presentBy,
			From:      f.accrued,
			Period:    "2 years",
			Authority: citePresentment,
			Notes: []string{
				"The claim counts only on the day the right agency RECEIVES it. " +
					"Mailing it is not enough. Send it early.",
			},
		}
		switch {
		case f.presented.IsZero():
			d.Status = openOrPassed(d.Date, asOf)
		case !f.presented.After(d.Date):
			d.Status = Met
		default:
			d.Status = Passed
			d.Notes = append(d.Notes, "The agency received the claim on "+f.presented.English()+
				", after this date.")
		}
		ds = append(ds, withClosedDayNote(d))
	}

	switch {
	case f.presented.IsZero():
	case f.denied.IsZero():
		ds = append(ds, Deadline{
			Kind:      FTCADeemedDenial,
			Label:     labelDeemedDenial,
			Date:      f.presented.AddMonths(6),
			From:      f.presented,
			Period:    "6 months",
			Status:    Available,
			Authority: citeDeemedDenial,
			Notes: []string{
				"This is not a deadline. If the agency has not decided by this date, " +
					"you may sue, but you do not have to.",
				"Waiting longer does not start a six-month deadline " +
					"(Pascale v. United States, 998 F.2d 186 (3d Cir. 1993)).",
				"If the agency mails you a denial, you must sue within six months " +
					"of the day it was mailed (28 U.S.C. § 2401(b)).",
			},
		})
	}

	if f.denied.IsZero() {
		if f.reconNoDenial {
			ws = append(ws, Warning{Severity: Info, Kind: FTCAReconsidered, Code: "reconsideration_without_denial", Filed: f.recon,
				Text: "The case file gives a date for a request to reconsider (" + f.recon.English() +
					") but no denial date. The request was left out of the dates. Check the case file."})
		}
		return ds, ws
	}

	if f.reconPending {
		ds = append(ds, Deadline{
			Kind:      FTCAReconsidered,
			Label:     labelReconsidered,
			Date:      f.reconAvailable,
			From:      f.recon,
			Period:    "6 months",
			Status:    Available,
			Authority: citeReconsideration,
			Notes: []string{
				"You asked the agency to reconsider on " + f.recon.English() +
					". The agency has six months from that day to decide.",
				"You may not sue before this date unless the agency decides first.",
				"The earlier deadline to sue, " + f.suitBy.English() + " (six months after the denial mailed on " +
					f.denied.English() + "), no longer controls.",
				"If the agency denies the claim again, you must sue within six months " +
					"of the day it mails that denial (28 U.S.C. § 2401(b)).",
			},
		})
		return ds, ws
	}

	d := Deadline{
		Kind:      FTCASuit,
		Label:     labelSuit,
		Date:      f.suitBy,
		From:      f.denied,
		Period:    "6 months",
		Status:    openOrPassed(f.suitBy, asOf),
		Authority: citeSuit,
		Notes: []string{
			"The six months count from the day the agency MAILED the denial, not the day you got it.",
		},
	}
	switch {
	case f.reconDecided:
		d.Notes = append(d.Notes, "You asked the agency to reconsider on "+f.recon.English()+
			". The denial mailed on "+f.denied.English()+" is taken as its decision, so the six months "+
			"count from that mailing. Check that this is right.")
	case f.reconLate:
		d.Notes = append(d.Notes, "Your request to reconsider ("+f.recon.English()+
			") came after this date. It does not give more time.")
		ws = append(ws, Warning{Severity: Urgent, Kind: FTCASuit, Code: "reconsideration_late", Date: f.suitBy, Filed: f.recon,
			Text: "The request to reconsider was filed on " + f.recon.English() +
				", after the deadline to sue (" + f.suitBy.English() + "). It does not give more time (" +
				citeReconsideration + ")."})
	case d.Status == Open:
		d.Notes = append(d.Notes, "Before this date you may ask the agency to reconsider. "+
			"That gives the agency six more months to decide ("+citeReconsideration+").")
	}
	return append(ds, withClosedDayNote(d)), ws
}

// PrematureFTCASuit reports whether a complaint with FTCA counts would be
// filed too early on asOf (rule 4): the claim was never presented, or the
// agency has not denied it and six months have not passed since it was
// presented (or since a pending request to reconsider was filed). Such a
// suit must be dismissed (28 U.S.C. § 2675(a)), even if the denial comes
// while it is pending (McNeil v. United States, 508 U.S. 106 (1993)), so
// the complaint generator refuses it unless the user overrides.
//
// exhaustedOn is the date from which suit is allowed (the denial's date,
// the deemed-denial date, or six months after a reconsideration request);
// it is zero when the claim was never presented. reason is a plain-English
// explanation when premature, empty otherwise.
func PrematureFTCASuit(c *casefile.Case, asOf civil.Date) (premature bool, exhaustedOn civil.Date, reason string) {
	f := ftcaDatesOf(c)
	const dismissed = " A lawsuit filed too early must be dismissed (28 U.S.C. § 2675(a); " +
		"McNeil v. United States, 508 U.S. 106 (1993))."
	switch {
	case f.reconPending:
		if asOf.Before(f.reconAvailable) {
			return true, f.reconAvailable, "A request to reconsider was filed on " + f.recon.English() +
				". You may not sue until " + f.reconAvailable.English() +
				", six months later, unless the agency decides first (" + citeReconsideration + ")." + dismissed
		}
		return false, f.reconAvailable, ""
	case !f.denied.IsZero():
		return false, f.denied, ""
	case f.presented.IsZero():
		return true, civil.Date{}, "The FTCA claim has not been presented to the agency. " +
			"You may sue only after the agency denies the claim, or after six months pass " +
			"without a decision." + dismissed
	}
	deemed := f.presented.AddMonths(6)
	if asOf.Before(deemed) {
		return true, deemed, "The agency received the claim on " + f.presented.English() +
			" and has not decided it. You may not sue until " + deemed.English() +
			", six months later, unless the agency denies the claim first." + dismissed
	}
	return false, deemed, ""
}

// openOrPassed is the status of a deadline nothing has met yet: open
// through the day itself, passed from the next day.
func openOrPassed(date, asOf civil.Date) Status {
	if asOf.After(date) {
		return Passed
	}
	return Open
}

// withClosedDayNote adds the weekend/holiday note to a deadline that falls
// on one. A deadline already met needs no such note; a passed one keeps it,
// since a step taken on the next business day may still be timely in some
// courts. Dates from which the client MAY act (Available) never get it:
// they are not deadlines.
func withClosedDayNote(d Deadline) Deadline {
	if d.Status == Met || d.Status == Available {
		return d
	}
	if note, ok := closedDayNote(d.Date); ok {
		d.Notes = append(d.Notes, note)
	}
	return d
}
