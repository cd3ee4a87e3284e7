package law

import "redress/internal/civil"

// Facts is what the law says about one claimant's case on the as-of date.
type Facts struct {
	AsOf civil.Date
	// Deadlines in the order a client letter lists them: FTCA presentment,
	// deemed denial, suit after denial / reconsideration, Bivens
	// limitations. Only the deadlines that apply are present.
	Deadlines []Deadline
	// Warnings are sorted most urgent first.
	Warnings []Warning
	// Limitations is the borrowed state period used for the Bivens
	// deadline (zero Row if the state is unknown).
	Limitations LimitationsPeriod
}

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
	State    string     // a state without a limitations period on file
}

// LimitationsPeriod is the state limitations period chosen for a date.
type LimitationsPeriod struct {
	State     string // two-letter code, e.g. "IL"
	StateName string // "Illinois"
	// Years is the period the deadline is computed with. Where sources
	// disagree it is the earliest plausible period (Florida: 2).
	Years int
	// LongerYears is the longer period courts have applied where Years is
	// the earliest plausible one (Florida: 4); zero otherwise.
	LongerYears int
	Statute     string // "735 ILCS 5/13-202"
	Confidence  string // HIGH, MED or FLAG
	// Source is the notes' source column verbatim; Charts spells out the
	// general charts it cites by letter ("F = http://...").
	Source   string
	Charts   []string
	Note     string // e.g. Florida's two-year caution
	Verified civil.Date
	// From and Until bound the accrual dates this period covers (From
	// inclusive, Until exclusive; zero means unbounded), e.g. Louisiana's
	// 2-year period From 2024-07-01.
	From, Until civil.Date
}
