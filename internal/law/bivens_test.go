package law

import (
	"strings"
	"testing"
)

func TestBivensLeapDayIllinois(t *testing.T) {
	// Illinois: 2 years. 2024-02-29 + 2 years -> 2026-02-28.
	f := Compute(newCase(t, "2024-02-29", "IL"), 0, day(t, "2025-01-01"))
	d := deadline(t, f, BivensLimitations)
	wantDate(t, d, "2026-02-28", Open)
	if d.Authority != "735 ILCS 5/13-202" || d.Period != "2 years" {
		t.Errorf("authority %q period %q", d.Authority, d.Period)
	}
	if f.Limitations.State != "IL" || f.Limitations.Years != 2 || f.Limitations.Confidence != "HIGH" {
		t.Errorf("limitations %+v", f.Limitations)
	}
}

func TestBivensDoeNoteAlways(t *testing.T) {
	for _, st := range []string{"IL", "CA", "LA", "FL", "WI", "DC"} {
		d := deadline(t, Compute(newCase(t, "2025-03-03", st), 0, day(t, "2025-04-01")), BivensLimitations)
		if !noteContaining(d, `"John Doe"`, "does not stop the clock") {
			t.Errorf("%s: no Doe note: %q", st, d.Notes)
		}
	}
}

func TestBivensLouisiana(t *testing.T) {
	// Arose before 2024-07-01: 1 year. 2024-06-30 + 1 year = 2025-06-30.
	f := Compute(newCase(t, "2024-06-30", "LA"), 0, day(t, "2025-01-02"))
	wantDate(t, deadline(t, f, BivensLimitations), "2025-06-30", Open)
	if f.Limitations.Years != 1 || f.Limitations.LongerYears != 0 || !strings.Contains(f.Limitations.Statute, "art. 3492") {
		t.Errorf("limitations %+v", f.Limitations)
	}
	// Arose on 2024-07-01 itself: Act 423 covers claims arising AFTER its
	// effective date, so the earliest plausible date is the 1-year one,
	// 2025-07-01, with the note that a court may apply 2 years.
	f = Compute(newCase(t, "2024-07-01", "LA"), 0, day(t, "2025-01-02"))
	d := deadline(t, f, BivensLimitations)
	wantDate(t, d, "2025-07-01", Open)
	if f.Limitations.Years != 1 || f.Limitations.LongerYears != 2 || !f.Limitations.Uncertain() {
		t.Errorf("limitations %+v", f.Limitations)
	}
	if !noteContaining(d, "July 1, 2024", "arising after", "may read July 1 as covered") ||
		!noteContaining(d, "a longer period may apply") {
		t.Errorf("no July 1 note: %q", d.Notes)
	}
	// Arose on 2024-07-02: 2 years. 2024-07-02 + 2 years = 2026-07-02.
	f = Compute(newCase(t, "2024-07-02", "LA"), 0, day(t, "2025-01-02"))
	wantDate(t, deadline(t, f, BivensLimitations), "2026-07-02", Open)
	if f.Limitations.Years != 2 || !strings.Contains(f.Limitations.Statute, "Acts 2024, No. 423") {
		t.Errorf("limitations %+v", f.Limitations)
	}
	if f.Limitations.From.String() != "2024-07-02" {
		t.Errorf("from %s", f.Limitations.From)
	}
}

func TestBivensFlorida(t *testing.T) {
	// Computed with the earliest plausible 2 years: 2025-05-10 + 2 years =
	// 2027-05-10 (a Monday), not the 4-year 2029-05-10.
	f := Compute(newCase(t, "2025-05-10", "FL"), 0, day(t, "2026-11-28"))
	d := deadline(t, f, BivensLimitations)
	wantDate(t, d, "2027-05-10", Open)
	if d.Period != "2 years" || f.Limitations.Years != 2 || f.Limitations.LongerYears != 4 {
		t.Errorf("period %q limitations %+v", d.Period, f.Limitations)
	}
	if !noteContaining(d, "4 years", "Fla. Stat. § 95.11(3)", "HB 837", "Always file within 2 years") {
		t.Errorf("no Florida note: %q", d.Notes)
	}
	if f.Limitations.Confidence != "FLAG" {
		t.Errorf("confidence %q", f.Limitations.Confidence)
	}
}

func TestBivensWisconsin(t *testing.T) {
	// Before 2018-04-05: 6 years. 2018-04-04 + 6 = 2024-04-04 (Thursday).
	f := Compute(newCase(t, "2018-04-04", "WI"), 0, day(t, "2026-11-28"))
	wantDate(t, deadline(t, f, BivensLimitations), "2024-04-04", Passed)
	if f.Limitations.Years != 6 {
		t.Errorf("years %d", f.Limitations.Years)
	}
	// On 2018-04-05: 3 years. 2018-04-05 + 3 = 2021-04-05 (Monday).
	f = Compute(newCase(t, "2018-04-05", "WI"), 0, day(t, "2026-11-28"))
	wantDate(t, deadline(t, f, BivensLimitations), "2021-04-05", Passed)
	if f.Limitations.Years != 3 || f.Limitations.Statute != "Wis. Stat. § 893.53" {
		t.Errorf("limitations %+v", f.Limitations)
	}
}

func TestBivensUnknownState(t *testing.T) {
	f := Compute(newCase(t, "2025-03-03", "ZZ"), 0, day(t, "2025-04-01"))
	if hasDeadline(f, BivensLimitations) {
		t.Errorf("Bivens deadline for an unknown state")
	}
	if len(f.Undetermined) != 1 || f.Undetermined[0].Marker != "[AUTHORITY NEEDED: limitations period]" {
		t.Errorf("undetermined %+v", f.Undetermined)
	}
	if w := warnings(f, Urgent, BivensLimitations); len(w) != 1 || !strings.Contains(w[0].Text, `"ZZ"`) {
		t.Errorf("warnings %v", f.Warnings)
	}
	// The FTCA clock is federal and still computed.
	wantDate(t, deadline(t, f, FTCAPresentment), "2027-03-03", Open)
}

func TestBivensMediumConfidenceNote(t *testing.T) {
	d := deadline(t, Compute(newCase(t, "2025-03-03", "CA"), 0, day(t, "2025-04-01")), BivensLimitations)
	if !noteContaining(d, "A lawyer must confirm this period") {
		t.Errorf("no MED note: %q", d.Notes)
	}
}
