package law

import (
	"strings"
	"testing"
)

func TestFederalHoliday(t *testing.T) {
	for _, tc := range []struct {
		date, name string // name "" = not a holiday
	}{
		{"2026-01-01", "New Year's Day"},
		{"2021-12-31", "New Year's Day (observed)"},           // Jan 1, 2022 was a Saturday
		{"2023-01-02", "New Year's Day (observed)"},           // Jan 1, 2023 was a Sunday
		{"2026-01-19", "Birthday of Martin Luther King, Jr."}, // Mondays of Jan 2026: 5, 12, 19
		{"2026-02-16", "Washington's Birthday"},               // Mondays of Feb 2026: 2, 9, 16
		{"2026-05-25", "Memorial Day"},                        // May 31, 2026 is a Sunday
		{"2026-06-19", "Juneteenth National Independence Day"},
		{"2022-06-20", "Juneteenth National Independence Day (observed)"},
		{"2020-06-19", ""},                            // before the 2021 Act
		{"2026-07-03", "Independence Day (observed)"}, // July 4, 2026 is a Saturday
		{"2026-07-04", "Independence Day"},
		{"2026-09-07", "Labor Day"},
		{"2026-10-12", "Columbus Day"},
		{"2026-11-11", "Veterans Day"},
		{"2026-11-26", "Thanksgiving Day"}, // Thursdays of Nov 2026: 5, 12, 19, 26
		{"2026-12-25", "Christmas Day"},
		{"2027-12-24", "Christmas Day (observed)"}, // Dec 25, 2027 is a Saturday
		{"2026-12-31", ""},
		{"2026-09-30", ""},
		{"2025-01-20", "Birthday of Martin Luther King, Jr."}, // Inauguration Day too, but not counted
	} {
		name, ok := FederalHoliday(day(t, tc.date))
		if name != tc.name || ok != (tc.name != "") {
			t.Errorf("%s: got %q %v, want %q", tc.date, name, ok, tc.name)
		}
	}
}

func TestSundayDeadlineNote(t *testing.T) {
	// 2025-02-28 + 2 years = 2027-02-28, a Sunday (checked with date(1)).
	f := Compute(newCase(t, "2025-02-28", "IL"), 0, day(t, "2026-11-28"))
	for _, k := range []DeadlineKind{FTCAPresentment, BivensLimitations} {
		d := deadline(t, f, k)
		wantDate(t, d, "2027-02-28", Open) // never moved to Monday
		if !noteContaining(d, "Sunday", "Fed. R. Civ. P. 6(a)", "Maahs", "Connors v. United States, 711 F. Supp. 479 (C.D. Ill. 1989)", "not every court", "act earlier") {
			t.Errorf("%s: no weekend note: %q", k, d.Notes)
		}
	}
}

func TestHolidayDeadlineNote(t *testing.T) {
	// Texas, 2 years: 2024-07-03 + 2 years = 2026-07-03, a Friday on which
	// Independence Day (Saturday, July 4, 2026) is observed.
	f := Compute(newCase(t, "2024-07-03", "TX"), 0, day(t, "2026-01-05"))
	d := deadline(t, f, BivensLimitations)
	wantDate(t, d, "2026-07-03", Open)
	if !noteContaining(d, "federal holiday: Independence Day (observed)", "Fed. R. Civ. P. 6(a)") {
		t.Errorf("no holiday note: %q", d.Notes)
	}
}

func TestBusinessDayHasNoNote(t *testing.T) {
	// 2024-09-30 + 2 years = 2026-09-30, a Wednesday.
	f := Compute(newCase(t, "2024-09-30", "IL"), 0, day(t, "2025-01-05"))
	for _, d := range f.Deadlines {
		for _, n := range d.Notes {
			if strings.Contains(n, "6(a)") {
				t.Errorf("%s: weekend note on a Wednesday", d.Kind)
			}
		}
	}
}
