package law

import (
	"strings"

	"redress/internal/casefile"
	"redress/internal/civil"
)

// The FTCA clock is federal and separate from the Bivens clock. The rules:
//
//  1. The claim must be presented (RECEIVED by the agency) within two years
//     of accrual (28 U.S.C. § 2401(b); 28 C.F.R. § 14.2(a)).
//  2. The agency has six months from presentment; from the day after they
//     end the claimant may treat silence as a denial and sue (28 U.S.C.
//     § 2675(a): "any time thereafter"), and no suit deadline starts from
//     a deemed denial (Pascale v. United States, 998 F.2d 186 (3d Cir.
//     1993)). An amendment before final action gives the agency six more
//     months from the amendment (28 C.F.R. § 14.2(c)). A claim received
//     after the presentment deadline has no such date: it was late.
//  3. After a denial, suit must be filed within six months of its MAILING
//     (28 U.S.C. § 2401(b)). A reconsideration request filed within those six
//     months gives the agency six months from its filing to decide; suit is
//     not available until then or until the agency decides, and a new
//     six-month period runs from the mailing of a new denial
//     (28 C.F.R. § 14.9(b)).
//  4. A suit filed before a denial or the deemed-denial date must be
//     dismissed (28 U.S.C. § 2675(a); McNeil v. United States, 508 U.S. 106
//     (1993)).
//
// Each claimant presents their own SF-95, so these dates are each
// claimant's (casefile.Case.FTCADatesOf: the claimant's own dates, else the
// case's). Deadlines and first permitted days round a missing day in
// opposite directions (periods.go).

// FTCADates is one claimant's FTCA claim: the dates the case file gives
// for it (the claimant's own, else the case's) and the dates the law
// computes from them. A zero date is one not given, or one that does not
// apply. Documents use it to say each claimant's own dates, e.g. a
// complaint's "On <PresentedOn>, Plaintiff <name> presented ...".
type FTCADates struct {
	// Claimant is the index into the case's claimants (-1: the case's
	// own ftca block, for a case without claimants).
	Claimant int

	// The dates given. AccruedOn is ftca.accrued_on, else incident.date.
	AccruedOn, PresentedOn, AmendedOn, DeniedOn, ReconsiderationFiledOn civil.Date

	// PresentBy is the last day for the agency to receive the claim
	// (rule 1); zero without an accrual date.
	PresentBy civil.Date
	// Late reports that the agency received the claim after PresentBy.
	Late bool
	// SueFrom is the first day this claimant may sue: the day after the
	// agency's six months from presentment (or from the amendment, if
	// later) end; with a pending request to reconsider, the day after
	// the six months from the request end; after a denial (no request
	// pending), the denial's mailing date. Zero when the claim was never
	// presented, and for a late claim: a letter then says it was late,
	// not that a suit is allowed.
	SueFrom civil.Date
	// SueBy is the last day to sue after a mailed denial (rule 3), zero
	// without a denial and while a timely request to reconsider is
	// pending (the earlier deadline no longer controls).
	SueBy civil.Date
	// ReconsiderationPending reports a request to reconsider filed on or
	// after the denial and by its suit deadline, so the agency has six
	// months from it (28 C.F.R. § 14.9(b)).
	ReconsiderationPending bool
	// ExhaustedOn is the first day a suit on this claim would not be
	// premature under 28 U.S.C. § 2675(a): SueFrom, but also set for a
	// late claim (exhaustion and timeliness are separate questions).
	// Zero when the claim was never presented.
	ExhaustedOn civil.Date

	// suitBy is DeniedOn + 6 months even while reconsideration is
	// pending, for the note that it no longer controls; deemedFrom is
	// the date the agency's six months count from (presentment or the
	// later amendment).
	suitBy, deemedFrom civil.Date
	// At most one is true, and only when ReconsiderationFiledOn is set
	// and the request is not pending.
	reconLate     bool // filed after suitBy: gives no more time
	reconDecided  bool // filed before the denial on file, so that denial decided it
	reconNoDenial bool // filed, but no denial on file
}

// ClaimantFTCA returns claimant i's FTCA dates: the claimant's own dates
// where the case file gives them, the case's otherwise, and the dates
// computed from them. An index out of range gives the case's dates.
func ClaimantFTCA(c *casefile.Case, i int) FTCADates {
	if i < 0 || i >= len(c.Claimants) {
		i = -1
	}
	g := c.FTCADatesOf(i)
	f := FTCADates{
		Claimant:               i,
		AccruedOn:              c.FTCA.AccruedOn,
		PresentedOn:            g.PresentedOn,
		AmendedOn:              g.AmendedOn,
		DeniedOn:               g.DeniedOn,
		ReconsiderationFiledOn: g.ReconsiderationFiledOn,
	}
	if f.AccruedOn.IsZero() {
		f.AccruedOn = c.Incident.Date
	}
	if !f.AccruedOn.IsZero() {
		f.PresentBy = f.AccruedOn.AddYears(2)
	}
	f.Late = !f.PresentedOn.IsZero() && !f.PresentBy.IsZero() && f.PresentedOn.After(f.PresentBy)
	if !f.DeniedOn.IsZero() {
		f.suitBy = f.DeniedOn.AddMonths(6)
		f.SueBy = f.suitBy
	}
	recon := f.ReconsiderationFiledOn
	switch {
	case recon.IsZero():
	case f.DeniedOn.IsZero():
		f.reconNoDenial = true
	case recon.Before(f.DeniedOn):
		// A request to reconsider answers a denial, so a denial mailed
		// after the request is the agency's decision on it (the user
		// recorded the new denial in denied_on).
		f.reconDecided = true
	case recon.After(f.suitBy):
		f.reconLate = true
	default:
		f.ReconsiderationPending = true
		f.SueBy = civil.Date{}
	}

	switch {
	case f.ReconsiderationPending:
		f.ExhaustedOn = firstPermittedDay(recon, 6)
	case !f.DeniedOn.IsZero():
		f.ExhaustedOn = f.DeniedOn
	case f.PresentedOn.IsZero():
	default:
		f.deemedFrom = f.PresentedOn
		if f.AmendedOn.After(f.PresentedOn) {
			f.deemedFrom = f.AmendedOn
		}
		f.ExhaustedOn = firstPermittedDay(f.deemedFrom, 6)
	}
	if !f.Late {
		f.SueFrom = f.ExhaustedOn
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
	citeAmendment       = "28 C.F.R. § 14.2(c)"
	citeSuit            = "28 U.S.C. § 2401(b)"
	citeReconsideration = "28 C.F.R. § 14.9(b)"
)

// ftcaDeadlines returns rules 1-3 for one claimant's dates in letter
// order, and the warnings that are not about a single date's status (a
// late reconsideration, a reconsideration without a denial).
func ftcaDeadlines(f FTCADates, asOf civil.Date) ([]Deadline, []Warning) {
	var ds []Deadline
	var ws []Warning

	if f.PresentBy.IsZero() {
		ws = append(ws, Warning{Severity: Urgent, Kind: FTCAPresentment, Code: "no_incident_date_ftca",
			Text: "The incident date is missing, so the deadline to present the FTCA claim could not be computed."})
	} else {
		d := Deadline{
			Kind:      FTCAPresentment,
			Label:     labelPresentment,
			Date:      f.PresentBy,
			From:      f.AccruedOn,
			Period:    "2 years",
			Authority: citePresentment,
			Notes: []string{
				"The claim counts only on the day the right agency RECEIVES it. " +
					"Mailing it is not enough. Send it early.",
			},
		}
		switch {
		case f.PresentedOn.IsZero():
			d.Status = openOrPassed(d.Date, asOf)
		case f.Late:
			d.Status = Passed
			d.Notes = append(d.Notes, "The agency received the claim on "+f.PresentedOn.English()+
				", after this date. The claim was late, so no date is given from which you may sue. "+
				"A lawyer must review this now.")
		default:
			d.Status = Met
		}
		ds = append(ds, withClosedDayNote(d))
	}

	switch {
	case f.PresentedOn.IsZero() || f.Late || !f.DeniedOn.IsZero():
	default:
		d := Deadline{
			Kind:      FTCADeemedDenial,
			Label:     labelDeemedDenial,
			Date:      f.SueFrom,
			From:      f.deemedFrom,
			Period:    "6 months",
			Status:    Available,
			Authority: citeDeemedDenial,
			Notes: []string{
				"The agency has six months to decide, through " + f.SueFrom.AddDays(-1).English() +
					". This is the first day after them. A lawsuit filed earlier must be dismissed " +
					"(McNeil v. United States, 508 U.S. 106 (1993)).",
				"This is not a deadline. If the agency has not decided by this date, " +
					"you may sue, but you do not have to.",
				"Waiting longer does not start a six-month deadline " +
					"(Pascale v. United States, 998 F.2d 186 (3d Cir. 1993)).",
				"If the agency mails you a denial, you must sue within six months " +
					"of the day it was mailed (28 U.S.C. § 2401(b)).",
			},
		}
		if f.deemedFrom != f.PresentedOn {
			d.Authority += "; " + citeAmendment
			d.Notes = append(d.Notes, "The claim was amended on "+f.AmendedOn.English()+
				". An amendment gives the agency six more months from the day it receives the amendment ("+
				citeAmendment+"), so this date counts from the amendment, not from "+
				f.PresentedOn.English()+", when the claim was first received.")
		}
		ds = append(ds, d)
	}

	if f.DeniedOn.IsZero() {
		if f.reconNoDenial {
			ws = append(ws, Warning{Severity: Info, Kind: FTCAReconsidered, Code: "reconsideration_without_denial", Filed: f.ReconsiderationFiledOn,
				Text: "The case file gives a date for a request to reconsider (" + f.ReconsiderationFiledOn.English() +
					") but no denial date. The request was left out of the dates. Check the case file."})
		}
		return ds, ws
	}

	if f.ReconsiderationPending {
		if f.Late {
			// No "may sue from" date for a late claim, and the old suit
			// deadline no longer controls: the presentment row and its
			// warning say what there is to say.
			return ds, ws
		}
		ds = append(ds, Deadline{
			Kind:      FTCAReconsidered,
			Label:     labelReconsidered,
			Date:      f.SueFrom,
			From:      f.ReconsiderationFiledOn,
			Period:    "6 months",
			Status:    Available,
			Authority: citeReconsideration,
			Notes: []string{
				"You asked the agency to reconsider on " + f.ReconsiderationFiledOn.English() +
					". The agency has six months from that day to decide, through " +
					f.SueFrom.AddDays(-1).English() + ".",
				"You may not sue before this date unless the agency decides first.",
				"The earlier deadline to sue, " + f.suitBy.English() + " (six months after the denial mailed on " +
					f.DeniedOn.English() + "), no longer controls.",
				"If the agency denies the claim again, you must sue within six months " +
					"of the day it mails that denial (28 U.S.C. § 2401(b)).",
			},
		})
		return ds, ws
	}

	d := Deadline{
		Kind:      FTCASuit,
		Label:     labelSuit,
		Date:      f.SueBy,
		From:      f.DeniedOn,
		Period:    "6 months",
		Status:    openOrPassed(f.SueBy, asOf),
		Authority: citeSuit,
		Notes: []string{
			"The six months count from the day the agency MAILED the denial, not the day you got it.",
		},
	}
	switch {
	case f.reconDecided:
		d.Notes = append(d.Notes, "You asked the agency to reconsider on "+f.ReconsiderationFiledOn.English()+
			". The denial mailed on "+f.DeniedOn.English()+" is taken as its decision, so the six months "+
			"count from that mailing. Check that this is right.")
	case f.reconLate:
		d.Notes = append(d.Notes, "Your request to reconsider ("+f.ReconsiderationFiledOn.English()+
			") came after this date. It does not give more time.")
		ws = append(ws, Warning{Severity: Urgent, Kind: FTCASuit, Code: "reconsideration_late", Date: f.SueBy, Filed: f.ReconsiderationFiledOn,
			Text: "The request to reconsider was filed on " + f.ReconsiderationFiledOn.English() +
				", after the deadline to sue (" + f.SueBy.English() + "). It does not give more time (" +
				citeReconsideration + ")."})
	case d.Status == Open:
		d.Notes = append(d.Notes, "Before this date you may ask the agency to reconsider. "+
			"That gives the agency six more months to decide ("+citeReconsideration+").")
	}
	return append(ds, withClosedDayNote(d)), ws
}

const dismissed = " A lawsuit filed too early must be dismissed (28 U.S.C. § 2675(a); " +
	"McNeil v. United States, 508 U.S. 106 (1993))."

// PrematureFTCASuit reports whether a complaint with FTCA counts would be
// filed too early on asOf (rule 4) for any plaintiff of the FTCA counts:
// the claimants whose SF-95 states a positive sum certain (a claim without
// one presents nothing to plead exhaustion on; the complaint leaves such
// a plaintiff out of the FTCA counts), or every claimant if none does.
// Such a suit must be dismissed (28 U.S.C. § 2675(a)), even if the denial
// comes while it is pending (McNeil v. United States, 508 U.S. 106
// (1993)), so the complaint generator refuses it unless the user
// overrides.
//
// exhaustedOn is the day from which suit is allowed for every such
// plaintiff: the latest of their ExhaustedOn dates, or zero when one of
// the premature claims was never presented. reason is a plain-English
// explanation when premature (naming each premature claimant when the
// case has several), empty otherwise.
func PrematureFTCASuit(c *casefile.Case, asOf civil.Date) (premature bool, exhaustedOn civil.Date, reason string) {
	var who []int
	for i, cl := range c.Claimants {
		if cl.Damages.Total() > 0 {
			who = append(who, i)
		}
	}
	if len(who) == 0 {
		for i := range c.Claimants {
			who = append(who, i)
		}
	}
	if len(who) == 0 {
		return PrematureFTCASuitFor(c, -1, asOf)
	}
	var reasons []string
	neverPresented := false
	var latestPremature, latest civil.Date
	for _, i := range who {
		p, on, why := PrematureFTCASuitFor(c, i, asOf)
		if on.After(latest) {
			latest = on
		}
		if !p {
			continue
		}
		premature = true
		neverPresented = neverPresented || on.IsZero()
		if on.After(latestPremature) {
			latestPremature = on
		}
		if len(c.Claimants) > 1 {
			why = "For " + c.Claimants[i].Name + ": " + why
		}
		reasons = append(reasons, why)
	}
	switch {
	case !premature:
		return false, latest, ""
	case neverPresented:
		return true, civil.Date{}, strings.Join(reasons, " ")
	}
	return true, latestPremature, strings.Join(reasons, " ")
}

// PrematureFTCASuitFor is PrematureFTCASuit for claimant i alone (an index
// out of range: the case's own ftca dates). exhaustedOn is the claim's
// ExhaustedOn.
func PrematureFTCASuitFor(c *casefile.Case, i int, asOf civil.Date) (premature bool, exhaustedOn civil.Date, reason string) {
	f := ClaimantFTCA(c, i)
	on := f.ExhaustedOn
	switch {
	case f.ReconsiderationPending:
		if asOf.Before(on) {
			return true, on, "A request to reconsider was filed on " + f.ReconsiderationFiledOn.English() +
				". The agency has six months from it, through " + on.AddDays(-1).English() +
				", so you may not sue until " + on.English() +
				" unless the agency decides first (" + citeReconsideration + ")." + dismissed
		}
	case !f.DeniedOn.IsZero():
	case f.PresentedOn.IsZero():
		return true, on, "The FTCA claim has not been presented to the agency. " +
			"You may sue only after the agency denies the claim, or after six months pass " +
			"without a decision." + dismissed
	case asOf.Before(on):
		from := "received the claim on " + f.PresentedOn.English()
		if f.deemedFrom != f.PresentedOn {
			from += " and its amendment on " + f.AmendedOn.English() + " (" + citeAmendment + ")"
		}
		return true, on, "The agency " + from + " and has not decided it. It has six months, through " +
			on.AddDays(-1).English() + ", so you may not sue until " + on.English() +
			", unless the agency denies the claim first." + dismissed
	}
	return false, on, ""
}

// openOrPassed is the status of a deadline nothing has met yet: open
// through the day itself, passed from the next day.
func openOrPassed(date, asOf civil.Date) Status {
	if asOf.After(date) {
		return Passed
	}
	return Open
}

// withClosedDayNote adds the weekend/holiday note, and ClosedDay and
// NextOpenDay, to a deadline that falls on one. A deadline already met
// needs no such note; a passed one keeps it, since a step taken on the
// next open day may still be timely in some courts. Dates from which the
// client MAY act (Available) never get it: they are not deadlines.
func withClosedDayNote(d Deadline) Deadline {
	if d.Status == Met || d.Status == Available || d.Status == Unknown {
		return d
	}
	closed, ok := ClosedDay(d.Date)
	if !ok {
		return d
	}
	d.ClosedDay = closed
	d.NextOpenDay, _ = NextOpenDay(d.Date)
	d.Notes = append(d.Notes, closedDayNote(d.Kind, d.Date, closed, d.NextOpenDay, d.Status == Passed))
	return d
}
