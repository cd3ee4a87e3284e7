package casefile

import (
	"fmt"

	"redress/internal/civil"
)

// Each claimant presents their own SF-95, so the agency receives, may
// amend, denies and reconsiders each claim on its own day (28 C.F.R.
// § 14.2(a), (c); § 14.9). A claimant's ftca block gives the dates that
// differ from the case's ftca block; a date it leaves out is the case's,
// so a case whose claimants share their dates writes them once.

// FTCADatesOf returns claimant i's FTCA claim dates: each of the
// claimant's own ftca dates, and the case's where the claimant gives
// none. An index out of range gives the case's dates.
func (cs *Case) FTCADatesOf(i int) ClaimantFTCA {
	f := ClaimantFTCA{
		PresentedOn:            cs.FTCA.PresentedOn,
		AmendedOn:              cs.FTCA.AmendedOn,
		DeniedOn:               cs.FTCA.DeniedOn,
		ReconsiderationFiledOn: cs.FTCA.ReconsiderationFiledOn,
	}
	if i < 0 || i >= len(cs.Claimants) {
		return f
	}
	own := cs.Claimants[i].FTCA
	for _, p := range []struct{ own, out *civil.Date }{
		{&own.PresentedOn, &f.PresentedOn},
		{&own.AmendedOn, &f.AmendedOn},
		{&own.DeniedOn, &f.DeniedOn},
		{&own.ReconsiderationFiledOn, &f.ReconsiderationFiledOn},
	} {
		if !p.own.IsZero() {
			*p.out = *p.own
		}
	}
	return f
}

// claimDate is one FTCA date as validation sees it: its value for the
// claim being checked, the key path that gave it, and whether that key is
// the one being checked (a claimant's own date, or any case-level date
// when the case's block is checked).
type claimDate struct {
	key  string // presented_on, ...
	what string // "the agency's receipt of the claim", for messages
	date civil.Date
	path string
	own  bool
}

// ftcaDates checks the FTCA dates against each other, against the
// incident and against matter.as_of: the case's ftca block, then each
// claimant's dates as they apply to that claimant (their own, else the
// case's). A date is checked where it is written: a claimant's check
// reports a contradiction only when one of the claimant's own dates takes
// part in it (one that lies wholly in the case's block is reported once,
// for the case), except that a denial with no presentment date is found
// per claimant, since claimants who each give their own presentment date
// may share the case's denial date. A denial before the presentment, and a
// reconsideration with no denial, are checked for the case's block by
// ftca (validate.go).
func (v *validator) ftcaDates(cs *Case) {
	seen := map[string]bool{}
	report := func(path, format string, args ...any) {
		if k := path + "\x00" + fmt.Sprintf(format, args...); !seen[k] {
			seen[k] = true
			v.report(path, format, args...)
		}
	}
	v.claimDates(cs, -1, report)
	for i := range cs.Claimants {
		v.claimDates(cs, i, report)
	}
}

// claimDatesOf returns the four dates of claimant i (i < 0: the case's
// block) in the order a claim goes through them.
func claimDatesOf(cs *Case, i int) []claimDate {
	eff := cs.FTCADatesOf(i)
	var own ClaimantFTCA
	if i >= 0 {
		own = cs.Claimants[i].FTCA
	}
	ds := []claimDate{
		{key: "presented_on", what: "the agency's receipt of the claim", date: eff.PresentedOn, own: !own.PresentedOn.IsZero()},
		{key: "amended_on", what: "the amendment of the claim", date: eff.AmendedOn, own: !own.AmendedOn.IsZero()},
		{key: "denied_on", what: "the mailing of the denial", date: eff.DeniedOn, own: !own.DeniedOn.IsZero()},
		{key: "reconsideration_filed_on", what: "the request to reconsider", date: eff.ReconsiderationFiledOn, own: !own.ReconsiderationFiledOn.IsZero()},
	}
	for j := range ds {
		d := &ds[j]
		switch {
		case i < 0:
			d.path, d.own = "ftca."+d.key, true
		case d.own:
			d.path = claimantFTCAPath(i, d.key)
		default:
			d.path = "ftca." + d.key
		}
	}
	return ds
}

func claimantFTCAPath(i int, key string) string {
	return fmt.Sprintf("claimants[%d].ftca.%s", i, key)
}

// claimDates checks claimant i's dates (i < 0: the case's block).
func (v *validator) claimDates(cs *Case, i int, report func(path, format string, args ...any)) {
	ds := claimDatesOf(cs, i)
	presented, amended, denied, recon := ds[0], ds[1], ds[2], ds[3]
	asOf, incident := cs.Matter.AsOf, cs.Incident.Date
	caseBlock := i < 0

	for _, d := range ds {
		if d.date.IsZero() || !d.own || v.failed(d.path) {
			continue
		}
		if !asOf.IsZero() && d.date.After(asOf) && !v.failed("matter.as_of") {
			report(d.path, "%s (%s) cannot come after matter.as_of (%s), the day the documents speak from; correct the date, or set matter.as_of to a later day",
				d.what, d.date, asOf)
		}
		if !incident.IsZero() && d.date.Before(incident) && !v.failed("incident.date") {
			report(d.path, "%s (%s) cannot come before the incident (incident.date, %s); check both dates",
				d.what, d.date, incident)
		}
	}

	// A step that needs an earlier one: a denial or an amendment of a
	// claim the file says was never presented. Checked per claimant when
	// there are claimants (see ftcaDates).
	if !caseBlock || len(cs.Claimants) == 0 {
		for _, d := range []claimDate{denied, amended} {
			if d.date.IsZero() || !presented.date.IsZero() || v.failed(d.path) || v.failed(presented.path) {
				continue
			}
			give := "ftca.presented_on (or, where the claimants' claims arrived on different days, each claimant's claimants[n].ftca.presented_on)"
			if d.own {
				give = claimantFTCAPath(i, "presented_on") + " (or ftca.presented_on, if every claimant's claim arrived that day)"
			}
			report(d.path, "%s is dated %s, but no date says when the agency received the claim: give %s, the day the agency received the SF-95",
				d.what, d.date, give)
		}
	}

	// Steps out of order, reported at the date written in the block
	// being checked. The case block's denial before its presentment is
	// validate.go's.
	type pair struct {
		later, earlier claimDate
		atLater        bool // report at the later step's key (else the earlier's), if written here
		why            string
	}
	pairs := []pair{
		{amended, presented, true, "an amendment changes a claim already presented"},
		{denied, amended, false, "a claim may be amended only before the agency's final action (28 C.F.R. § 14.2(c))"},
	}
	if !caseBlock {
		pairs = append(pairs, pair{denied, presented, true, "the agency can deny only a claim it has received"})
	}
	for _, p := range pairs {
		a, b := p.later, p.earlier
		if a.date.IsZero() || b.date.IsZero() || !a.date.Before(b.date) || !(a.own || b.own) ||
			v.failed(a.path) || v.failed(b.path) {
			continue
		}
		at := a
		if (!p.atLater && b.own) || !a.own {
			at = b
		}
		report(at.path, "%s (%s, %s) comes before %s (%s, %s), but %s; check both dates",
			a.what, a.path, a.date, b.what, b.path, b.date, p.why)
	}

	if !caseBlock && recon.own && !recon.date.IsZero() && denied.date.IsZero() && !v.failed(recon.path) {
		report(recon.path, "a request for reconsideration answers a denial, but no denial date applies to this claimant; give %s (or ftca.denied_on), the day the denial was mailed",
			claimantFTCAPath(i, "denied_on"))
	}
}
