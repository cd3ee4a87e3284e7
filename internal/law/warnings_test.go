package law

import (
	"strings"
	"testing"
)

func TestPassedDeadlinesAreUrgent(t *testing.T) {
	// 2022-01-10 + 2 years = 2024-01-10: passed for both FTCA presentment
	// (never presented) and the Illinois 2-year Bivens period.
	f := Compute(newCase(t, "2022-01-10", "IL"), 0, day(t, "2026-11-28"))
	for _, k := range []DeadlineKind{FTCAPresentment, BivensLimitations} {
		d := deadline(t, f, k)
		wantDate(t, d, "2024-01-10", Passed)
		if d.DaysLeft >= 0 {
			t.Errorf("%s: days left %d", k, d.DaysLeft)
		}
		if w := warnings(f, Urgent, k); len(w) != 1 || !strings.Contains(w[0].Text, "January 10, 2024") {
			t.Errorf("%s: warnings %v", k, w)
		}
	}
}

func TestSoonWindow(t *testing.T) {
	asOf := "2026-11-28"
	for _, tc := range []struct {
		incident string
		days     int
		soon     bool
	}{
		// + 2 years = 2027-01-27, 60 days after 2026-11-28 (2 + 31 + 27).
		{"2025-01-27", 60, true},
		// + 2 years = 2027-02-26, 90 days after (2 + 31 + 31 + 26).
		{"2025-02-26", 90, true},
		// + 2 years = 2027-02-27, 91 days after.
		{"2025-02-27", 91, false},
		// + 2 years = 2026-11-28, the as-of date itself: still open.
		{"2024-11-28", 0, true},
	} {
		f := Compute(newCase(t, tc.incident, "IL"), 0, day(t, asOf))
		d := deadline(t, f, FTCAPresentment)
		if d.Status != Open || d.DaysLeft != tc.days {
			t.Errorf("%s: status %s days %d, want open %d", tc.incident, d.Status, d.DaysLeft, tc.days)
		}
		if got := len(warnings(f, Soon, FTCAPresentment)) == 1; got != tc.soon {
			t.Errorf("%s: soon warning %v, want %v (%v)", tc.incident, got, tc.soon, f.Warnings)
		}
	}
}

func TestSumCertainWarningPerClaimant(t *testing.T) {
	c := newCase(t, "2025-06-01", "IL")
	c.Claimants[0].Damages.PersonalInjury = dollars(t, "1000")
	c.Claimants[0].Damages.Property = dollars(t, "250.50")
	c.Claimants = append(c.Claimants, c.Claimants[0])
	c.Claimants[1].Damages.PersonalInjury = 0
	c.Claimants[1].Damages.Property = 0

	f := Compute(c, 0, day(t, "2025-07-01"))
	w := warnings(f, Info, FTCAPresentment)
	if len(w) != 1 || !strings.Contains(w[0].Text, "$1,250.50") || !strings.Contains(w[0].Text, "28 U.S.C. § 2675(b)") {
		t.Errorf("claimant 0: %v", f.Warnings)
	}
	if w := warnings(Compute(c, 1, day(t, "2025-07-01")), Info, FTCAPresentment); len(w) != 0 {
		t.Errorf("claimant 1 (no damages): %v", w)
	}
	if w := warnings(Compute(c, 5, day(t, "2025-07-01")), Info, FTCAPresentment); len(w) != 0 {
		t.Errorf("claimant out of range: %v", w)
	}
}

func TestWarningsMostUrgentFirst(t *testing.T) {
	// FTCA: presentment by 2026-12-28 (30 days: Soon). Kentucky Bivens
	// (1 year): 2025-12-28, passed (Urgent). Damages: Info.
	c := newCase(t, "2024-12-28", "KY")
	c.Claimants[0].Damages.PersonalInjury = dollars(t, "5000")
	f := Compute(c, 0, day(t, "2026-11-28"))
	if len(f.Warnings) != 3 {
		t.Fatalf("warnings %v", f.Warnings)
	}
	for i, want := range []Severity{Urgent, Soon, Info} {
		if f.Warnings[i].Severity != want {
			t.Errorf("warning %d: severity %d, want %d", i, f.Warnings[i].Severity, want)
		}
	}
}

func TestComputeIsPure(t *testing.T) {
	c := newCase(t, "2025-02-28", "FL")
	c.FTCA.PresentedOn = day(t, "2025-08-31")
	a := Compute(c, 0, day(t, "2026-01-01"))
	b := Compute(c, 0, day(t, "2026-01-01"))
	if len(a.Deadlines) != len(b.Deadlines) || len(a.Warnings) != len(b.Warnings) {
		t.Fatal("different results")
	}
	for i := range a.Deadlines {
		if a.Deadlines[i].Date != b.Deadlines[i].Date || strings.Join(a.Deadlines[i].Notes, "|") != strings.Join(b.Deadlines[i].Notes, "|") {
			t.Errorf("deadline %d differs", i)
		}
	}
}
