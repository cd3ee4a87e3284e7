package law

import "redress/internal/civil"

// Facts is what the law says about one claimant's case on the as-of date.
type Facts struct {
	AsOf civil.Date
	// Deadlines in the order a client letter lists them: FTCA presentment,
	// deemed denial, suit after denial / reconsideration, Bivens
	// limitations. Only the deadlines that apply and have a date are
	// present (see Undetermined).
	Deadlines []Deadline
	// Warnings are sorted most urgent first.
	Warnings []Warning
	// Undetermined are the deadlines that apply but whose date cannot be
	// computed because no source gives the period (Status Unknown, zero
	// Date): documents print the deadline's Marker where the date would
	// be. Today only the Bivens deadline of a place whose borrowed period
	// is not known (Northern Mariana Islands, American Samoa, a state
	// missing from the table).
	Undetermined []Deadline
	// Limitations is the borrowed period used for the Bivens deadline:
	// zero (State "") when no period could be used, in which case the
	// Bivens deadline is in Undetermined.
	Limitations LimitationsPeriod
	// FTCA is this claimant's own FTCA claim dates, given and computed.
	FTCA FTCADates
}

// MarkerLimitationsPeriod is what a document prints in place of a Bivens
// deadline whose borrowed period no source gives: a visible placeholder for
// the attorney, never a guessed date.
const MarkerLimitationsPeriod = "[AUTHORITY NEEDED: limitations period]"

// DeadlineKind names a deadline rule.
type DeadlineKind string

const (
	FTCAPresentment   DeadlineKind = "ftca_presentment"   // rule 1
	FTCADeemedDenial  DeadlineKind = "ftca_deemed_denial" // rule 2
	FTCASuit          DeadlineKind = "ftca_suit"          // rule 3
	FTCAReconsidered  DeadlineKind = "ftca_reconsideration"
	BivensLimitations DeadlineKind = "bivens_limitations" // rule 5
)

// Status is where a deadline stands on the as-of date.
type Status string

const (
	// Open: the date is ahead and nothing has met it yet.
	Open Status = "open"
	// Met: the step was taken in time (e.g. presented on or before the date).
	Met Status = "met"
	// Passed: the date is before the as-of date and the step was not taken.
	Passed Status = "passed"
	// Available: a date from which the client MAY act (deemed denial);
	// it is not a deadline that can be missed.
	Available Status = "available"
	// Unknown: the deadline applies but no source gives the period, so
	// it has no date (Facts.Undetermined); Marker says so.
	Unknown Status = "unknown"
)

// Deadline is one computed date.
type Deadline struct {
	Kind DeadlineKind
	// Label is a short plain-English name, e.g. "Agency must receive your
	// FTCA claim (SF-95) by".
	Label string
	Date  civil.Date
	// From is the date the period is counted from, and Period says how
	// long it is ("2 years", "6 months").
	From   civil.Date
	Period string
	Status Status
	// DaysLeft is Date minus the as-of date (negative once passed).
	DaysLeft int
	// Authority is the citation, e.g. "28 U.S.C. § 2401(b)".
	Authority string
	// Notes are plain-English cautions attached to this date: weekend or
	// holiday, a longer period that may apply, Doe defendants.
	Notes []string
	// ClosedDay names why a deadline's date is not a day the clerk's
	// office is open ("Saturday", "Independence Day (observed)"), and
	// NextOpenDay is the next day that is (not a weekend day, not a
	// federal holiday), to which Fed. R. Civ. P. 6(a) may carry the
	// period in some courts. Both are empty for a date on which offices
	// are open, for dates from which the client MAY act, for a deadline
	// already met, and NextOpenDay also for a year the holiday table does
	// not model (before 1971). The Date itself never moves.
	ClosedDay   string
	NextOpenDay civil.Date
	// Marker is set only for Status Unknown: the placeholder a document
	// prints instead of the date (MarkerLimitationsPeriod).
	Marker string
}

// Severity orders warnings.
type Severity int

const (
	Info   Severity = iota
	Soon            // within 90 days of the as-of date
	Urgent          // passed, or a rule that forfeits rights
)

// Warning is something counsel (and, in plain words, the client) must see.
type Warning struct {
	Severity Severity
	Kind     DeadlineKind // the deadline it concerns, if any
	Text     string       // for counsel, in English
	// Code names the warning for a client letter, which says it in the
	// client's language from its own words (lang/<code>.yaml,
	// "warning_<code>"); the fields below are what those words may use.
	Code     string
	Date     civil.Date // the deadline's date
	Received civil.Date // when the agency received the claim
	Filed    civil.Date // when reconsideration was asked for
	Days     int        // days left
	// State is the place without a limitations period: its code as the
	// case file gives it (no_limitations, a place not in the table), or
	// its name (limitations_unknown, a place whose period is not known).
	State string
}

// LimitationsPeriod is the borrowed limitations period chosen for a place
// and an accrual date, with everything a document needs to say how sure it
// is: the longer period that may apply, the confidence, the note and the
// date the row was last checked.
type LimitationsPeriod struct {
	State     string // two-letter code, e.g. "IL"
	StateName string // "Illinois"
	// Years is the period the deadline is computed with. Where sources
	// disagree it is the earliest plausible period (Florida from
	// 2023-03-24: 2). Zero means no period is known for the place
	// (Known reports false) and no deadline is computed.
	Years int
	// LongerYears is the longer period courts have applied, or may,
	// where Years is the earliest plausible one (Florida from 2023-03-24:
	// 4; Louisiana for a claim arising on 2024-07-01: 2); zero otherwise.
	LongerYears int
	// Statute is the statute borrowed ("735 ILCS 5/13-202"); a subsection
	// the sources did not confirm is marked "(subsection unverified)".
	Statute string
	// Confidence is HIGH (a court decision applies this period to § 1983
	// or Bivens there), MED (secondary sources agree, no such decision
	// read), FLAG (recently changed, disputed or often stated wrong) or
	// UNVERIFIED (no reliable source: Years is zero).
	Confidence string
	// Source is the row's sources, as the research recorded them; Charts
	// spells out the general charts it cites by letter ("F = http://...").
	Source string
	Charts []string
	// Note is the row's plain-English note followed by the period's
	// (Florida's two-year caution, Louisiana's July 1 reading).
	Note string
	// Verified is the day the row was last checked against its sources.
	Verified civil.Date
	// From and Until bound the accrual dates this period covers (From
	// inclusive, Until exclusive; zero means unbounded), e.g. Louisiana's
	// 2-year period From 2024-07-01.
	From, Until civil.Date
}
