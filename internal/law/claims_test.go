package law

import (
	"strings"
	"testing"

	"redress/internal/casefile"
)

// Each claimant's FTCA dates, the amendment and the late claim. Expected
// dates are worked out by hand (see TestDates for the counting rules).

func TestClaimantFTCADates(t *testing.T) {
	c := newCase(t, "2025-03-14", "IL")
	c.FTCA.PresentedOn = day(t, "2025-09-02")
	c.Claimants = append(c.Claimants,
		casefile.Claimant{Name: "Zoë O'Brien", FTCA: casefile.ClaimantFTCA{PresentedOn: day(t, "2025-08-31"), DeniedOn: day(t, "2025-12-01")}},
		casefile.Claimant{Name: "Nguyễn Văn Ân", FTCA: casefile.ClaimantFTCA{AmendedOn: day(t, "2025-10-31")}},
	)
	for _, tc := range []struct {
		i                                    int
		presented, amended, denied           string
		presentBy, sueFrom, sueBy, exhausted string
		late                                 bool
	}{
		// The case's dates: 2025-09-02 -> from 2026-03-03.
		{i: 0, presented: "2025-09-02", presentBy: "2027-03-14", sueFrom: "2026-03-03", exhausted: "2026-03-03"},
		// Own receipt and denial: denied 2025-12-01 -> sue by 2026-06-01;
		// allowed from the denial's mailing.
		{i: 1, presented: "2025-08-31", denied: "2025-12-01", presentBy: "2027-03-14", sueFrom: "2025-12-01", sueBy: "2026-06-01", exhausted: "2025-12-01"},
		// The case's receipt, own amendment: Oct 31 + 6 months = April 31,
		// which does not exist -> the six months end May 1, from May 2.
		{i: 2, presented: "2025-09-02", amended: "2025-10-31", presentBy: "2027-03-14", sueFrom: "2026-05-02", exhausted: "2026-05-02"},
		// Out of range: the case's own block.
		{i: 7, presented: "2025-09-02", presentBy: "2027-03-14", sueFrom: "2026-03-03", exhausted: "2026-03-03"},
	} {
		f := ClaimantFTCA(c, tc.i)
		got := []string{f.PresentedOn.String(), f.AmendedOn.String(), f.DeniedOn.String(), f.PresentBy.String(), f.SueFrom.String(), f.SueBy.String(), f.ExhaustedOn.String()}
		want := []string{tc.presented, tc.amended, tc.denied, tc.presentBy, tc.sueFrom, tc.sueBy, tc.exhausted}
		if strings.Join(got, " ") != strings.Join(want, " ") || f.Late != tc.late {
			t.Errorf("claimant %d: got %q late %v, want %q late %v", tc.i, got, f.Late, want, tc.late)
		}
	}
	if f := ClaimantFTCA(c, 7); f.Claimant != -1 {
		t.Errorf("out of range: claimant %d", f.Claimant)
	}
	// Compute carries the claimant's own dates for the documents.
	if f := Compute(c, 1, day(t, "2025-12-02")); f.FTCA.PresentedOn.String() != "2025-08-31" || f.FTCA.Claimant != 1 {
		t.Errorf("Compute's FTCA dates: %+v", f.FTCA)
	}
}

func TestLateClaimSaysLate(t *testing.T) {
	// 2023-05-01 + 2 years = 2025-05-01; received 2025-05-02.
	c := newCase(t, "2023-05-01", "IL")
	c.FTCA.PresentedOn = day(t, "2025-05-02")
	f := Compute(c, 0, day(t, "2026-01-01"))
	if fd := f.FTCA; !fd.Late || !fd.SueFrom.IsZero() || fd.ExhaustedOn.String() != "2025-11-03" {
		// Exhaustion is still counted (2025-05-02 + 6 months = 2025-11-02,
		// from 2025-11-03), but no "may sue from" date is given.
		t.Errorf("late claim dates: %+v", fd)
	}
	d := deadline(t, f, FTCAPresentment)
	if !noteContaining(d, "May 2, 2025", "late", "no date is given from which you may sue") {
		t.Errorf("presentment notes: %q", d.Notes)
	}
	w := warnings(f, Urgent, FTCAPresentment)
	if len(w) != 1 || w[0].Code != "received_late" || w[0].Received.String() != "2025-05-02" ||
		!strings.Contains(w[0].Text, "no date is given from which a suit is allowed") {
		t.Errorf("late warning: %+v", w)
	}
	// A second claimant whose own claim arrived in time is not late,
	// though the case's date is.
	c.Claimants = append(c.Claimants, casefile.Claimant{Name: "B", FTCA: casefile.ClaimantFTCA{PresentedOn: day(t, "2025-04-30")}})
	f = Compute(c, 1, day(t, "2025-06-01"))
	wantDate(t, deadline(t, f, FTCAPresentment), "2025-05-01", Met)
	// 2025-04-30 + 6 months = 2025-10-30, from 2025-10-31.
	wantDate(t, deadline(t, f, FTCADeemedDenial), "2025-10-31", Available)
	if len(warnings(f, Urgent, FTCAPresentment)) != 0 {
		t.Errorf("the second claimant's timely claim warned: %v", f.Warnings)
	}
}

func TestAmendmentNote(t *testing.T) {
	c := newCase(t, "2025-03-14", "IL")
	c.FTCA.PresentedOn = day(t, "2025-09-02")
	c.FTCA.AmendedOn = day(t, "2025-11-30")
	d := deadline(t, Compute(c, 0, day(t, "2025-12-01")), FTCADeemedDenial)
	// 2025-11-30 + 6 months = 2026-05-30; from 2026-05-31.
	wantDate(t, d, "2026-05-31", Available)
	if d.From.String() != "2025-11-30" || d.Authority != "28 U.S.C. § 2675(a); 28 C.F.R. § 14.2(c)" {
		t.Errorf("from %s authority %q", d.From, d.Authority)
	}
	if !noteContaining(d, "amended on November 30, 2025", "28 C.F.R. § 14.2(c)", "September 2, 2025") {
		t.Errorf("no amendment note: %q", d.Notes)
	}
	if !noteContaining(d, "through May 30, 2026", "first day after") {
		t.Errorf("no note on the six months' end: %q", d.Notes)
	}
	// An amendment dated before the receipt (an error validation reports)
	// does not move the date: 2025-09-02 -> 2026-03-03.
	c.FTCA.AmendedOn = day(t, "2025-08-01")
	wantDate(t, deadline(t, Compute(c, 0, day(t, "2025-12-01")), FTCADeemedDenial), "2026-03-03", Available)
}

func TestPrematureFTCASuitPerClaimant(t *testing.T) {
	c := newCase(t, "2025-03-14", "IL")
	c.Claimants[0].Damages.PersonalInjury = dollars(t, "1000")
	c.FTCA.PresentedOn = day(t, "2025-09-02") // from 2026-03-03
	c.Claimants = append(c.Claimants,
		casefile.Claimant{Name: "Zoë O'Brien", FTCA: casefile.ClaimantFTCA{AmendedOn: day(t, "2025-10-31")}}, // from 2026-05-02
	)
	c.Claimants[1].Damages.Property = dollars(t, "250")

	// On 2026-03-03 the first claimant may sue, the second may not.
	p, on, why := PrematureFTCASuit(c, day(t, "2026-03-03"))
	if !p || on.String() != "2026-05-02" || !strings.Contains(why, "For Zoë O'Brien:") || strings.Contains(why, "A. Client") ||
		!strings.Contains(why, "October 31, 2025 (28 C.F.R. § 14.2(c))") {
		t.Errorf("second claimant premature: %v %s %q", p, on, why)
	}
	if p, on, _ := PrematureFTCASuitFor(c, 0, day(t, "2026-03-03")); p || on.String() != "2026-03-03" {
		t.Errorf("first claimant: %v %s", p, on)
	}
	if p, on, _ := PrematureFTCASuit(c, day(t, "2026-05-02")); p || on.String() != "2026-05-02" {
		t.Errorf("both exhausted: %v %s", p, on)
	}

	// A claimant with no positive sum certain is not a plaintiff of the
	// FTCA counts, so their unexhausted claim does not make the suit
	// premature.
	c.Claimants[1].Damages.Property = dollars(t, "0")
	if p, on, why := PrematureFTCASuit(c, day(t, "2026-03-03")); p || on.String() != "2026-03-03" {
		t.Errorf("zero-sum claimant counted: %v %s %q", p, on, why)
	}
	// A third claimant whose claim was never presented: the first two
	// give their own receipt, and the case gives none, so none applies
	// to the third. Premature, with no date.
	c.Claimants[1].Damages.Property = dollars(t, "250")
	c.Claimants = append(c.Claimants, casefile.Claimant{Name: "Smith & <Sons>"})
	c.Claimants[2].Damages.Property = dollars(t, "5")
	c.Claimants[0].FTCA.PresentedOn = day(t, "2025-09-02")
	c.Claimants[1].FTCA.PresentedOn = day(t, "2025-09-02")
	c.FTCA.PresentedOn = c.FTCA.AccruedOn // zero
	p, on, why = PrematureFTCASuit(c, day(t, "2026-06-01"))
	if !p || !on.IsZero() || !strings.Contains(why, "For Smith & <Sons>: The FTCA claim has not been presented") {
		t.Errorf("never presented: %v %s %q", p, on, why)
	}
}

func TestWeekendNoteWords(t *testing.T) {
	// 2026-02-28 is a Saturday: the next open day is Monday, March 2, two
	// days later. The presentment note adds that Rule 6(a) may not reach
	// the agency's receipt; the Bivens note does not.
	f := Compute(newCase(t, "2024-02-29", "IL"), 0, day(t, "2025-01-01"))
	p := deadline(t, f, FTCAPresentment)
	if p.ClosedDay != "Saturday" || !noteContaining(p, "This date falls on a Saturday.",
		"to the next day the clerk's office is open, here Monday, March 2, 2026 (two days later)",
		"Maahs v. United States (11th Cir. 1988)", "Connors v. United States, 711 F. Supp. 479 (C.D. Ill. 1989)",
		"not every court does", "receipt of a claim is not settled", "The date above does not move.",
		"The safe course is to act earlier.") {
		t.Errorf("presentment: closed %q notes %q", p.ClosedDay, p.Notes)
	}
	b := deadline(t, f, BivensLimitations)
	if noteContaining(b, "receipt of a claim") || !noteContaining(b, "(two days later)") {
		t.Errorf("Bivens notes: %q", b.Notes)
	}
	// Saturday before Labor Day (Monday 2026-09-07): three days later.
	d := deadline(t, Compute(newCase(t, "2024-09-05", "IL"), 0, day(t, "2025-01-01")), BivensLimitations)
	if !noteContaining(d, "here Tuesday, September 8, 2026 (three days later)") {
		t.Errorf("Labor Day: %q", d.Notes)
	}
	// A passed deadline keeps the note, without the advice to act
	// earlier: 2025-02-28 + 2 years = Sunday 2027-02-28, received Monday.
	c0 := newCase(t, "2025-02-28", "IL")
	c0.FTCA.PresentedOn = day(t, "2027-03-01")
	d = deadline(t, Compute(c0, 0, day(t, "2027-03-05")), FTCAPresentment)
	if !noteContaining(d, "here Monday, March 1, 2027 (one day later)", "do not count on the rule") || noteContaining(d, "act earlier") {
		t.Errorf("passed: %q", d.Notes)
	}
	// A holiday on a weekday names the holiday.
	d = deadline(t, Compute(newCase(t, "2024-11-26", "IL"), 0, day(t, "2025-01-01")), BivensLimitations)
	if d.ClosedDay != "Thanksgiving Day" || !noteContaining(d, "This date is a federal holiday: Thanksgiving Day.", "here Friday, November 27, 2026 (one day later)") {
		t.Errorf("Thanksgiving: %q %q", d.ClosedDay, d.Notes)
	}
	// A first permitted day is not a deadline: no note, even on a Sunday.
	// 2025-07-31 + 6 months = 2026-01-31; from Sunday 2026-02-01.
	c := newCase(t, "2025-03-14", "IL")
	c.FTCA.PresentedOn = day(t, "2025-07-31")
	dd := deadline(t, Compute(c, 0, day(t, "2025-08-01")), FTCADeemedDenial)
	if dd.Date.String() != "2026-02-01" || dd.ClosedDay != "" || noteContaining(dd, "6(a)") {
		t.Errorf("deemed denial on a Sunday: %s %q %q", dd.Date, dd.ClosedDay, dd.Notes)
	}
}

func TestNextOpenDay(t *testing.T) {
	for _, tc := range []struct{ d, want string }{
		{"2026-09-05", "2026-09-08"}, // Saturday; Monday is Labor Day
		{"2026-09-04", "2026-09-08"}, // an open Friday: the next open day after it
		{"2021-12-31", "2022-01-03"}, // New Year's Day observed, then a weekend
		{"2027-12-24", "2027-12-27"}, // Christmas observed
		{"1985-02-24", "1985-02-25"}, // the Connors Sunday
		{"1971-01-01", "1971-01-04"}, // the first modelled year: Friday holiday, weekend
		{"1970-12-31", ""},           // before the table: no guess
	} {
		got, ok := NextOpenDay(day(t, tc.d))
		if got.String() != tc.want || ok != (tc.want != "") {
			t.Errorf("%s: %s %v, want %q", tc.d, got, ok, tc.want)
		}
	}
	if name, ok := ClosedDay(day(t, "2026-07-04")); !ok || name != "Saturday, Independence Day" {
		t.Errorf("2026-07-04: %q %v", name, ok)
	}
	if name, ok := ClosedDay(day(t, "2026-09-09")); ok || name != "" {
		t.Errorf("a Wednesday: %q %v", name, ok)
	}
}

func TestTerritoryRows(t *testing.T) {
	pr, ok := Limitations("PR", day(t, "2020-11-27"))
	if !ok || !pr.Known() || pr.StateName != "Puerto Rico" || pr.Confidence != "HIGH" ||
		!strings.Contains(pr.Statute, "art. 1868(2)") || pr.Until.String() != "2020-11-28" ||
		!strings.Contains(pr.Note, "Carreras-Rosa") ||
		!strings.Contains(pr.Note, "[AUTHORITY NEEDED: effect of an extrajudicial claim on the period against federal officers]") {
		t.Errorf("PR old Code: %+v", pr)
	}
	pr, _ = Limitations("Puerto Rico", day(t, "2020-11-28"))
	if pr.Confidence != "MED" || !strings.Contains(pr.Statute, "Ley 55-2020") || !strings.Contains(pr.Statute, "[verify") ||
		pr.From.String() != "2020-11-28" {
		t.Errorf("PR new Code: %+v", pr)
	}
	gu, _ := Limitations("GU", day(t, "2025-01-01"))
	if gu.Years != 2 || gu.LongerYears != 3 || gu.Confidence != "FLAG" || !gu.Uncertain() || !strings.Contains(gu.Note, "[verify]") {
		t.Errorf("GU: %+v", gu)
	}
	vi, _ := Limitations("VI", day(t, "2025-01-01"))
	if vi.Years != 2 || vi.Statute != "5 V.I.C. § 31(5)(A)" || vi.Confidence != "MED" || vi.StateName != "U.S. Virgin Islands" {
		t.Errorf("VI: %+v", vi)
	}
	for _, code := range []string{"MP", "AS"} {
		lp, ok := Limitations(code, day(t, "2025-01-01"))
		if !ok || lp.Known() || lp.Years != 0 || lp.Statute != "" || lp.Confidence != "UNVERIFIED" ||
			!strings.Contains(lp.Note, "[verify]") || lp.Verified.IsZero() {
			t.Errorf("%s: %+v", code, lp)
		}
		f := Compute(newCase(t, "2025-03-14", code), 0, day(t, "2025-04-01"))
		if hasDeadline(f, BivensLimitations) || f.Limitations.State != "" || len(f.Undetermined) != 1 {
			t.Fatalf("%s: deadlines %+v undetermined %+v", code, f.Deadlines, f.Undetermined)
		}
		u := f.Undetermined[0]
		if u.Kind != BivensLimitations || u.Status != Unknown || u.Marker != MarkerLimitationsPeriod ||
			u.Authority != MarkerLimitationsPeriod || u.From.String() != "2025-03-14" ||
			!noteContaining(u, "no date is computed") || !noteContaining(u, `"John Doe"`) {
			t.Errorf("%s: undetermined %+v", code, u)
		}
		w := warnings(f, Urgent, BivensLimitations)
		if len(w) != 1 || w[0].Code != "limitations_unknown" || w[0].State != lp.StateName ||
			!strings.Contains(w[0].Text, "[AUTHORITY NEEDED: limitations period]") ||
			!strings.Contains(w[0].Text, map[string]string{"MP": "in the Northern Mariana Islands,", "AS": "in American Samoa,"}[code]) {
			t.Errorf("%s: warnings %+v", code, w)
		}
	}
	as, _ := Limitations("AS", day(t, "2025-01-01"))
	if !strings.Contains(as.Note, "[AUTHORITY NEEDED: forum]") {
		t.Errorf("AS forum: %q", as.Note)
	}
}

func TestLimitationsUncertain(t *testing.T) {
	for _, tc := range []struct {
		state, accrual string
		uncertain      bool
	}{
		{"IL", "2025-01-15", false}, // HIGH, no dagger
		{"CA", "2025-01-15", false}, // MED, no dagger
		{"TN", "2025-01-15", true},  // HIGH, but its subsection is unverified
		{"FL", "2022-01-15", true},  // FLAG
		{"FL", "2025-01-15", true},  // FLAG, a longer period
		{"VI", "2025-01-15", false}, // MED
	} {
		lp, _ := Limitations(tc.state, day(t, tc.accrual))
		if lp.Uncertain() != tc.uncertain {
			t.Errorf("%s %s: uncertain %v", tc.state, tc.accrual, lp.Uncertain())
		}
	}
	// The documents say so: the note is on the deadline.
	d := deadline(t, Compute(newCase(t, "2025-01-15", "TN"), 0, day(t, "2025-02-01")), BivensLimitations)
	if !noteContaining(d, "a longer period may apply", "A lawyer must confirm it") {
		t.Errorf("TN notes: %q", d.Notes)
	}
}

func TestFloridaNotesByAccrual(t *testing.T) {
	// A 2022 incident: 4 years, HB 837 not retroactive; no "file within 2
	// years" advice.
	d := deadline(t, Compute(newCase(t, "2022-06-15", "FL"), 0, day(t, "2025-01-01")), BivensLimitations)
	if d.Period != "4 years" || !noteContaining(d, "before March 24, 2023", "not retroactive", "Ellison v. Lester") ||
		noteContaining(d, "Always file within 2 years") {
		t.Errorf("2022: %q %q", d.Period, d.Notes)
	}
	d = deadline(t, Compute(newCase(t, "2023-03-24", "FL"), 0, day(t, "2025-01-01")), BivensLimitations)
	if d.Period != "2 years" || !noteContaining(d, "courts have used 4", "may still", "We treat the 2-year date as the deadline") {
		t.Errorf("2023-03-24: %q %q", d.Period, d.Notes)
	}
}
