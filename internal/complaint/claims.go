package complaint

import (
	"redress/internal/casefile"
	"redress/internal/civil"
	"redress/internal/law"
	"redress/internal/money"
)

// Each plaintiff presented their own administrative claim (one SF-95 per
// claimant), which the agency received, and may have denied, on its own
// day. The exhaustion section pleads each plaintiff's own dates, and never
// alleges what the computed dates deny: a claim received after the
// presentment deadline, or a suit later than six months after a mailed
// denial, gets a [FACTS NEEDED: timeliness ...] marker instead of the
// allegation (rule 6), and a plaintiff whose claim stated no sum certain
// is not pleaded as having exhausted at all (rule 7).

// ClaimDates are one claimant's FTCA claim dates.
type ClaimDates struct {
	PresentedOn, DeniedOn, ReconsiderationFiledOn civil.Date
}

// claimDates returns claimant i's own FTCA claim dates: each claimant's
// SF-95 is received and decided on its own day (claimants[i].ftca), with
// the case's ftca dates as the default. It is the one place this package
// reads them.
func claimDates(k *casefile.Case, i int) ClaimDates {
	f := k.FTCADatesOf(i) // the claimant's own dates, the case's by default
	return ClaimDates{PresentedOn: f.PresentedOn, DeniedOn: f.DeniedOn, ReconsiderationFiledOn: f.ReconsiderationFiledOn}
}

// ClaimGroup is the administrative claims of the FTCA plaintiffs whose
// claims share every date and standing: one set of exhaustion allegations
// pleads them together.
type ClaimGroup struct {
	Plaintiffs []Plaintiff
	// Who names them as the allegations do: "Plaintiff" in a complaint
	// with one plaintiff, else "Plaintiff A" or "Plaintiffs A and B".
	Who  string
	Many bool // more than one plaintiff: "each presented", "elect"
	ClaimDates
	// Reconsidering is true while a request for reconsideration filed
	// within the six months after the denial gives the agency six more
	// months (28 C.F.R. § 14.9(b)).
	Reconsidering bool
	// MaySueFrom is the first day suit is allowed without a denial (the
	// deemed-denial date) or after a reconsideration request.
	MaySueFrom civil.Date
	// SuitBy is the last day to sue after the mailed denial.
	SuitBy civil.Date
	// PresentmentPassed and SuitPassed are the computed deadlines that
	// have passed (zero when they have not): the claim was received
	// after its presentment deadline, or six months after the mailed
	// denial are over.
	PresentmentPassed, SuitPassed civil.Date
	Amount                        money.Money
}

// Passed reports whether a computed deadline of the group's claims has
// passed.
func (g ClaimGroup) Passed() bool { return !g.PresentmentPassed.IsZero() || !g.SuitPassed.IsZero() }

// claimGroups returns the FTCA plaintiffs' claims grouped by their dates,
// in the plaintiffs' order, and the plaintiffs left out of the FTCA counts
// because their claims stated no positive sum certain.
func claimGroups(k *casefile.Case, ps []Plaintiff, asOf civil.Date) (groups []ClaimGroup, left []Plaintiff) {
	type key struct {
		ClaimDates
		recon                                         bool
		maySue, suitBy, presentmentPassed, suitPassed civil.Date
	}
	at := map[key]int{}
	for _, p := range ps {
		if !p.FTCA {
			left = append(left, p)
			continue
		}
		g := ClaimGroup{ClaimDates: claimDates(k, p.index)}
		for _, dl := range law.Compute(k, p.index, asOf).Deadlines {
			switch dl.Kind {
			case law.FTCAPresentment:
				if dl.Status == law.Passed {
					g.PresentmentPassed = dl.Date
				}
			case law.FTCADeemedDenial:
				g.MaySueFrom = dl.Date
			case law.FTCAReconsidered:
				g.Reconsidering, g.MaySueFrom = true, dl.Date
			case law.FTCASuit:
				g.SuitBy = dl.Date
				if dl.Status == law.Passed {
					g.SuitPassed = dl.Date
				}
			}
		}
		kk := key{g.ClaimDates, g.Reconsidering, g.MaySueFrom, g.SuitBy, g.PresentmentPassed, g.SuitPassed}
		if i, ok := at[kk]; ok {
			groups[i].Plaintiffs = append(groups[i].Plaintiffs, p)
			continue
		}
		at[kk] = len(groups)
		g.Plaintiffs = []Plaintiff{p}
		groups = append(groups, g)
	}
	for i := range groups {
		g := &groups[i]
		g.Many = len(g.Plaintiffs) > 1
		g.Who = "Plaintiff"
		if len(ps) > 1 {
			g.Who = plaintiffNames(g.Plaintiffs)
		}
		for _, p := range g.Plaintiffs {
			g.Amount += k.Claimants[p.index].Damages.Total()
		}
	}
	return groups, left
}
