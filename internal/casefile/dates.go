package casefile

import (
	"fmt"
	"strings"

	"redress/internal/civil"
)

// Dates that cannot be right. A date that exists on the calendar can still
// be a typo that the documents would print and the deadlines would be
// computed from: the year 0001 or 9999, a client born after the incident
// that harmed them, an incident after the as-of date (which is "today"
// for the deadlines, so the incident would be in the future). Each is
// refused at its key, naming the other date it contradicts. The FTCA
// claim's own dates against each other are validator.ftca's.

// firstYear and lastYear bound every date of a case: no client, incident
// or claim of this century has a date outside them, and the form YYYY
// makes 0025 for 2025, or 2205 for 2025, an easy slip.
const firstYear, lastYear = 1900, 2100

// dateRange says what is wrong with a date outside firstYear-lastYear.
func dateRange(d civil.Date) string {
	switch {
	case d.Year < firstYear:
		return fmt.Sprintf("%s is before %d; a date in a case file is between %d and %d, so the year is a typo: check it", d, firstYear, firstYear, lastYear)
	case d.Year > lastYear:
		return fmt.Sprintf("%s is after %d; a date in a case file is between %d and %d, so the year is a typo: check it", d, lastYear, firstYear, lastYear)
	}
	return ""
}

// dates checks the dates of a case against each other, where both were
// given and neither was already reported.
func (v *validator) dates(cs *Case) {
	given := func(path string, d civil.Date) bool { return !d.IsZero() && !v.failed(path) }
	inc := cs.Incident.Date
	incGiven := given("incident.date", inc)
	for i, c := range cs.Claimants {
		p := fmt.Sprintf("claimants[%d]", i)
		dob, dod := c.DateOfBirth, c.Decedent.DateOfDeath
		dobGiven, dodGiven := given(p+".date_of_birth", dob), given(p+".decedent.date_of_death", dod)
		// In a wrongful-death claim the claimant is usually a survivor,
		// who may have been born after the incident (a child born after
		// a parent's death); the date of birth is the decedent's only
		// when the claimant is the decedent (an estate claiming in the
		// decedent's name). Otherwise the claimant was harmed in it.
		self := c.IsWrongfulDeath() && sameName(c.Name, c.Decedent.Name)
		switch {
		case self && dobGiven && dodGiven && dod.Before(dob):
			v.report(p+".decedent.date_of_death", "the death (%s) is before the date of birth (%s.date_of_birth, %s): check both dates", dod, p, dob)
		case dobGiven && incGiven && dob.After(inc) && (self || !c.IsWrongfulDeath()):
			v.report(p+".date_of_birth", "the date of birth (%s) is after the incident (incident.date, %s); a claimant was born before being harmed: check both dates", dob, inc)
		}
		if dodGiven && incGiven && dod.Before(inc) {
			v.report(p+".decedent.date_of_death", "the death (%s) is before the incident (incident.date, %s) that the claim says caused it: check both dates", dod, inc)
		}
	}
	if asOf := cs.Matter.AsOf; given("matter.as_of", asOf) {
		for _, pr := range afterAsOf(cs, asOf, fmt.Sprintf("matter.as_of, %s", asOf)) {
			if !v.failed(pr.path) {
				v.report(pr.path, "%s", pr.msg)
			}
		}
	}
}

// sameName reports whether two names are the same but for case and the
// spaces around them.
func sameName(a, b string) bool {
	return a != "" && strings.EqualFold(strings.TrimSpace(a), strings.TrimSpace(b))
}

// dateProblem is a problem about the date at a key path.
type dateProblem struct{ path, msg string }

// afterAsOf lists the dates of a case that come after the as-of date:
// the incident, a client's birth, a death. asOf says where the as-of
// date came from, for the message ("matter.as_of, 2026-11-27").
func afterAsOf(cs *Case, asOf civil.Date, from string) []dateProblem {
	var out []dateProblem
	future := func(path, what string, d civil.Date) {
		if !d.IsZero() && d.After(asOf) {
			out = append(out, dateProblem{path, fmt.Sprintf("%s (%s) is after the as-of date (%s), which is \"today\" for the deadlines; %s in the future is a typo: check both dates", what, d, from, what)})
		}
	}
	future("incident.date", "the incident", cs.Incident.Date)
	for i, c := range cs.Claimants {
		p := fmt.Sprintf("claimants[%d]", i)
		future(p+".date_of_birth", "the date of birth", c.DateOfBirth)
		future(p+".decedent.date_of_death", "the death", c.Decedent.DateOfDeath)
	}
	return out
}

// CheckAsOf checks the case's dates against the as-of date a command
// uses when it is not the case file's matter.as_of (which loading has
// checked): --as-of, or today. from says which, for the message
// ("--as-of 2026-12-01", "today, 2026-12-01"). The result is Problems,
// or nil.
func (s *Source) CheckAsOf(asOf civil.Date, from string) error {
	var out Problems
	for _, pr := range afterAsOf(s.Case, asOf, from) {
		out = append(out, s.Problemf(pr.path, "%s", pr.msg))
	}
	if len(out) == 0 {
		return nil
	}
	out.Sort()
	return out
}
