package law

import (
	"redress/internal/casefile"
	"redress/internal/civil"
)

// Compute derives one claimant's deadlines and warnings on asOf (normally
// the case's matter.as_of). The deadlines are the same for every claimant
// of a case; only the sum-certain warning depends on the claimant (an index
// into c.Claimants), because each claimant files their own SF-95.
//
// Compute is pure: it reads no clock and no file beyond the embedded
// tables, and never moves a date for a weekend or holiday.
func Compute(c *casefile.Case, claimant int, asOf civil.Date) Facts {
	f := Facts{AsOf: asOf}
	var extra []Warning

	ds, ws := ftcaDeadlines(c, asOf)
	f.Deadlines = append(f.Deadlines, ds...)
	extra = append(extra, ws...)

	if d, lp, w := bivensDeadline(c, asOf); w != nil {
		extra = append(extra, *w)
	} else {
		f.Deadlines = append(f.Deadlines, d)
		f.Limitations = lp
	}

	for i := range f.Deadlines {
		d := &f.Deadlines[i]
		d.DaysLeft = asOf.DaysUntil(d.Date)
		if w, ok := deadlineWarning(*d, c); ok {
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
