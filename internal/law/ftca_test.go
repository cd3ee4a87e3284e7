package law

import (
	"strings"
	"testing"
)

// The expected dates below are worked out by hand, not by the code under
// test: "+ N months" is the same calendar day N months later, or the last
// day of the month where that day does not exist.

func TestPresentmentLeapDay(t *testing.T) {
	// 2024-02-29 + 2 years = 2026-02-29, which does not exist (2026 is not
	// a leap year) -> 2026-02-28, a Saturday.
	c := newCase(t, "2024-02-29", "IL")
	f := Compute(c, 0, day(t, "2025-01-01"))
	d := deadline(t, f, FTCAPresentment)
	wantDate(t, d, "2026-02-28", Open)
	if d.From.String() != "2024-02-29" || d.Period != "2 years" {
		t.Errorf("from %s period %q", d.From, d.Period)
	}
	if d.Label != "The agency must RECEIVE your FTCA claim (SF-95) by" {
		t.Errorf("label %q", d.Label)
	}
	if !strings.Contains(d.Authority, "28 U.S.C. § 2401(b)") {
		t.Errorf("authority %q", d.Authority)
	}
	if !noteContaining(d, "Saturday", "Fed. R. Civ. P. 6(a)") {
		t.Errorf("no weekend note: %q", d.Notes)
	}
	// 2025-01-01 to 2026-02-28: 365 days to 2026-01-01, + 31 (Jan) + 27 = 423.
	if d.DaysLeft != 423 {
		t.Errorf("days left %d, want 423", d.DaysLeft)
	}
}

func TestPresentmentCountsFromAccruedOn(t *testing.T) {
	// accrued_on overrides the incident date: 2025-03-10 + 2 years = 2027-03-10.
	c := newCase(t, "2025-01-05", "IL")
	c.FTCA.AccruedOn = day(t, "2025-03-10")
	d := deadline(t, Compute(c, 0, day(t, "2026-11-28")), FTCAPresentment)
	wantDate(t, d, "2027-03-10", Open)
}

func TestPresentmentMetAndLate(t *testing.T) {
	// 2023-05-01 + 2 years = 2025-05-01 (a Thursday).
	c := newCase(t, "2023-05-01", "IL")
	c.FTCA.PresentedOn = day(t, "2025-05-01") // received on the last day: met
	f := Compute(c, 0, day(t, "2025-06-01"))
	wantDate(t, deadline(t, f, FTCAPresentment), "2025-05-01", Met)
	if w := warnings(f, Urgent, FTCAPresentment); len(w) != 0 {
		t.Errorf("met deadline warned: %v", w)
	}

	c.FTCA.PresentedOn = day(t, "2025-05-02") // one day late
	f = Compute(c, 0, day(t, "2025-06-01"))
	wantDate(t, deadline(t, f, FTCAPresentment), "2025-05-01", Passed)
	w := warnings(f, Urgent, FTCAPresentment)
	if len(w) != 1 || !strings.Contains(w[0].Text, "May 2, 2025") || !strings.Contains(w[0].Text, "after the deadline") {
		t.Errorf("late presentment warning: %v", w)
	}
}

func TestDeemedDenialWithoutDenial(t *testing.T) {
	// Presented 2026-03-31; + 6 months = 2026-09-31, which does not exist,
	// so the six months end on 2026-10-01 and suit is allowed from the day
	// after, 2026-10-02.
	c := newCase(t, "2025-06-01", "IL")
	c.FTCA.PresentedOn = day(t, "2026-03-31")
	f := Compute(c, 0, day(t, "2026-05-01"))
	d := deadline(t, f, FTCADeemedDenial)
	wantDate(t, d, "2026-10-02", Available)
	if d.Label != "From this date you may treat the agency's silence as a denial and sue" {
		t.Errorf("label %q", d.Label)
	}
	if !noteContaining(d, "Pascale v. United States, 998 F.2d 186 (3d Cir. 1993)") {
		t.Errorf("no Pascale note: %q", d.Notes)
	}
	if hasDeadline(f, FTCASuit) || hasDeadline(f, FTCAReconsidered) {
		t.Errorf("a suit deadline without a denial: %+v", f.Deadlines)
	}
	// Long after the deemed-denial date there is still no deadline to warn of.
	f = Compute(c, 0, day(t, "2028-01-01"))
	for _, w := range f.Warnings {
		if w.Kind == FTCADeemedDenial || w.Kind == FTCASuit {
			t.Errorf("unexpected warning %v", w)
		}
	}
}

func TestSuitAfterDenialMonthEnd(t *testing.T) {
	for _, tc := range []struct {
		denied, want string
	}{
		// 2025-08-31 + 6 months = 2026-02-31 -> 2026-02-28 (Saturday).
		{"2025-08-31", "2026-02-28"},
		// 2026-03-31 + 6 months = 2026-09-31 -> 2026-09-30 (Wednesday).
		{"2026-03-31", "2026-09-30"},
	} {
		c := newCase(t, "2024-10-01", "IL")
		c.FTCA.PresentedOn = day(t, "2025-02-01")
		c.FTCA.DeniedOn = day(t, tc.denied)
		f := Compute(c, 0, day(t, tc.denied))
		d := deadline(t, f, FTCASuit)
		wantDate(t, d, tc.want, Open)
		if d.Authority != "28 U.S.C. § 2401(b)" || d.Period != "6 months" {
			t.Errorf("authority %q period %q", d.Authority, d.Period)
		}
		if hasDeadline(f, FTCADeemedDenial) {
			t.Errorf("deemed denial listed after an actual denial")
		}
	}
	// The Wednesday date carries no weekend note; the Saturday one does.
	c := newCase(t, "2024-10-01", "IL")
	c.FTCA.PresentedOn = day(t, "2025-02-01")
	c.FTCA.DeniedOn = day(t, "2026-03-31")
	if d := deadline(t, Compute(c, 0, day(t, "2026-04-01")), FTCASuit); noteContaining(d, "Fed. R. Civ. P. 6(a)") {
		t.Errorf("weekend note on a Wednesday: %q", d.Notes)
	}
}

func TestReconsiderationReplacesSuitDeadline(t *testing.T) {
	// Denied 2026-03-31 -> suit by 2026-09-30. Reconsideration filed
	// 2026-05-15 (before that) -> the agency has through 2026-05-15 + 6
	// months = 2026-11-15; suit is available from the day after, Monday
	// 2026-11-16.
	c := newCase(t, "2024-10-01", "IL")
	c.FTCA.PresentedOn = day(t, "2025-02-01")
	c.FTCA.DeniedOn = day(t, "2026-03-31")
	c.FTCA.ReconsiderationFiledOn = day(t, "2026-05-15")
	// As of 2026-10-15 the original suit deadline is behind us, but it no
	// longer controls: nothing may be Passed because of it.
	f := Compute(c, 0, day(t, "2026-10-15"))
	d := deadline(t, f, FTCAReconsidered)
	wantDate(t, d, "2026-11-16", Available)
	if d.Authority != "28 C.F.R. § 14.9(b)" {
		t.Errorf("authority %q", d.Authority)
	}
	if !noteContaining(d, "September 30, 2026", "no longer controls") {
		t.Errorf("notes do not explain the old deadline: %q", d.Notes)
	}
	if hasDeadline(f, FTCASuit) || hasDeadline(f, FTCADeemedDenial) {
		t.Errorf("old suit deadline or deemed denial still listed: %+v", f.Deadlines)
	}
	for _, w := range f.Warnings {
		if w.Kind == FTCASuit || w.Kind == FTCAReconsidered {
			t.Errorf("unexpected warning %v", w)
		}
	}
}

func TestReconsiderationOnLastDay(t *testing.T) {
	// Filed on the suit deadline itself (2026-09-30) still counts:
	// 2026-09-30 + 6 months = 2027-03-30, suit from 2027-03-31.
	c := newCase(t, "2024-10-01", "IL")
	c.FTCA.PresentedOn = day(t, "2025-02-01")
	c.FTCA.DeniedOn = day(t, "2026-03-31")
	c.FTCA.ReconsiderationFiledOn = day(t, "2026-09-30")
	wantDate(t, deadline(t, Compute(c, 0, day(t, "2026-10-01")), FTCAReconsidered), "2027-03-31", Available)
}

func TestLateReconsiderationDoesNotHelp(t *testing.T) {
	// Denied 2025-08-31 -> suit by 2026-02-28. A request filed 2026-03-02
	// comes too late: the suit deadline stands and has passed.
	c := newCase(t, "2024-01-15", "IL")
	c.FTCA.PresentedOn = day(t, "2025-02-01")
	c.FTCA.DeniedOn = day(t, "2025-08-31")
	c.FTCA.ReconsiderationFiledOn = day(t, "2026-03-02")
	f := Compute(c, 0, day(t, "2026-03-10"))
	wantDate(t, deadline(t, f, FTCASuit), "2026-02-28", Passed)
	if hasDeadline(f, FTCAReconsidered) {
		t.Errorf("late reconsideration listed")
	}
	found := false
	for _, w := range warnings(f, Urgent, FTCASuit) {
		found = found || strings.Contains(w.Text, "does not give more time")
	}
	if !found {
		t.Errorf("no warning about the late reconsideration: %v", f.Warnings)
	}
}

func TestReconsiderationDecided(t *testing.T) {
	// Request filed 2026-01-10, then a denial mailed 2026-03-31 is on file:
	// that denial decided the request; suit by 2026-09-30.
	c := newCase(t, "2024-10-01", "IL")
	c.FTCA.PresentedOn = day(t, "2025-02-01")
	c.FTCA.DeniedOn = day(t, "2026-03-31")
	c.FTCA.ReconsiderationFiledOn = day(t, "2026-01-10")
	f := Compute(c, 0, day(t, "2026-04-01"))
	d := deadline(t, f, FTCASuit)
	wantDate(t, d, "2026-09-30", Open)
	if !noteContaining(d, "January 10, 2026", "decision") {
		t.Errorf("notes: %q", d.Notes)
	}
}

func TestReconsiderationWithoutDenial(t *testing.T) {
	c := newCase(t, "2024-10-01", "IL")
	c.FTCA.PresentedOn = day(t, "2025-02-01")
	c.FTCA.ReconsiderationFiledOn = day(t, "2025-09-01")
	f := Compute(c, 0, day(t, "2025-10-01"))
	// Presented 2025-02-01 + 6 months = 2025-08-01; suit from 2025-08-02.
	wantDate(t, deadline(t, f, FTCADeemedDenial), "2025-08-02", Available)
	if len(warnings(f, Info, FTCAReconsidered)) != 1 {
		t.Errorf("no warning about the stray reconsideration date: %v", f.Warnings)
	}
}

func TestMissingIncidentDate(t *testing.T) {
	c := newCase(t, "2024-10-01", "IL")
	c.Incident.Date = c.FTCA.AccruedOn // zero
	f := Compute(c, 0, day(t, "2025-01-01"))
	if len(f.Deadlines) != 0 {
		t.Errorf("deadlines without an incident date: %+v", f.Deadlines)
	}
	if len(warnings(f, Urgent, FTCAPresentment)) != 1 || len(warnings(f, Urgent, BivensLimitations)) != 1 {
		t.Errorf("warnings: %v", f.Warnings)
	}
}

func TestPrematureFTCASuit(t *testing.T) {
	c := newCase(t, "2025-06-01", "IL")

	// Never presented: premature, no exhaustion date.
	p, on, why := PrematureFTCASuit(c, day(t, "2026-01-01"))
	if !p || !on.IsZero() || !strings.Contains(why, "28 U.S.C. § 2675(a)") {
		t.Errorf("not presented: %v %s %q", p, on, why)
	}

	// Presented 2026-03-31: the six months would end on Sept. 31, which
	// does not exist, so they end on Oct. 1 and suit is allowed from Oct. 2.
	// A complaint on Sept. 30 (the last day of September) or Oct. 1 (the
	// six months' last day) is premature.
	c.FTCA.PresentedOn = day(t, "2026-03-31")
	for _, asOf := range []string{"2026-09-30", "2026-10-01"} {
		p, on, why = PrematureFTCASuit(c, day(t, asOf))
		if !p || on.String() != "2026-10-02" || !strings.Contains(why, "October 2, 2026") || !strings.Contains(why, "through October 1, 2026") {
			t.Errorf("%s, before the first permitted day: %v %s %q", asOf, p, on, why)
		}
	}
	p, on, why = PrematureFTCASuit(c, day(t, "2026-10-02"))
	if p || on.String() != "2026-10-02" || why != "" {
		t.Errorf("on the first permitted day: %v %s %q", p, on, why)
	}

	// Denied 2026-06-15: exhausted on the denial.
	c.FTCA.DeniedOn = day(t, "2026-06-15")
	p, on, _ = PrematureFTCASuit(c, day(t, "2026-06-16"))
	if p || on.String() != "2026-06-15" {
		t.Errorf("denied: %v %s", p, on)
	}

	// Reconsideration filed 2026-07-01 (before 2026-12-15, the suit
	// deadline): the agency has through 2026-07-01 + 6 months =
	// 2027-01-01, so suit is premature until 2027-01-02.
	c.FTCA.ReconsiderationFiledOn = day(t, "2026-07-01")
	p, on, why = PrematureFTCASuit(c, day(t, "2027-01-01"))
	if !p || on.String() != "2027-01-02" || !strings.Contains(why, "28 C.F.R. § 14.9(b)") {
		t.Errorf("reconsideration pending: %v %s %q", p, on, why)
	}
	p, on, _ = PrematureFTCASuit(c, day(t, "2027-01-02"))
	if p || on.String() != "2027-01-02" {
		t.Errorf("reconsideration period over: %v %s", p, on)
	}
}

func TestLatePresentmentAfterSundayKeepsNote(t *testing.T) {
	// 2025-02-28 + 2 years = 2027-02-28, a Sunday. Received Monday
	// 2027-03-01: passed, but the note says some courts extend to Monday.
	c := newCase(t, "2025-02-28", "IL")
	c.FTCA.PresentedOn = day(t, "2027-03-01")
	d := deadline(t, Compute(c, 0, day(t, "2027-03-05")), FTCAPresentment)
	wantDate(t, d, "2027-02-28", Passed)
	if !noteContaining(d, "Sunday", "Fed. R. Civ. P. 6(a)") {
		t.Errorf("no weekend note: %q", d.Notes)
	}
	// Received on the Friday before: met, and no note is needed.
	c.FTCA.PresentedOn = day(t, "2027-02-26")
	d = deadline(t, Compute(c, 0, day(t, "2027-03-05")), FTCAPresentment)
	wantDate(t, d, "2027-02-28", Met)
	if noteContaining(d, "Fed. R. Civ. P. 6(a)") {
		t.Errorf("weekend note on a met deadline: %q", d.Notes)
	}
}
