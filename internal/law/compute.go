package law

import (
	"redress/internal/casefile"
	"redress/internal/civil"
)

// Compute derives one claimant's deadlines and warnings on asOf (normally
// the case's matter.as_of). claimant is an index into c.Claimants: each
// claimant files their own SF-95, so the FTCA dates (ClaimantFTCA) and the
// sum-certain warning are the claimant's; the Bivens deadline is the
// case's. An index out of range gives the case's own FTCA dates.
//
// Compute is pure: it reads no clock and no file beyond the embedded
// tables, and never moves a date for a weekend or holiday.
func Compute(c *casefile.Case, claimant int, asOf civil.Date) Facts {
	f := Facts{AsOf: asOf, FTCA: ClaimantFTCA(c, claimant)}
	var extra []Warning

	ds, ws := ftcaDeadlines(f.FTCA, asOf)
	f.Deadlines = append(f.Deadlines, ds...)
	extra = append(extra, ws...)

	d, lp, w := bivensDeadline(c, asOf)
	switch {
	case d.Status == Unknown:
		f.Undetermined = append(f.Undetermined, d)
	case w == nil:
		f.Deadlines = append(f.Deadlines, d)
		f.Limitations = lp
	}
	if w != nil {
		extra = append(extra, *w)
	}

	for i := range f.Deadlines {
		d := &f.Deadlines[i]
		d.DaysLeft = asOf.DaysUntil(d.Date)
		if w, ok := deadlineWarning(*d, f.FTCA); ok {
			f.Warnings = append(f.Warnings, w)
		}
	}
	f.Warnings = append(f.Warnings, extra...)
	if w, ok := sumCertainWarning(c, claimant); ok {
		f.Warnings = append(f.Warnings, w)
	}
	sortWarnings(f.Warnings)
	return f
}
