package civil

import (
	"testing"
	"time"
)

func d(y int, m time.Month, day int) Date { return Date{y, m, day} }

func TestAddMonthsClampsToMonthEnd(t *testing.T) {
	for _, tc := range []struct {
		from Date
		n    int
		want Date
	}{
		{d(2025, 8, 31), 6, d(2026, 2, 28)},  // Feb 2026 has 28 days
		{d(2023, 8, 31), 6, d(2024, 2, 29)},  // 2024 is a leap year
		{d(2026, 3, 31), 6, d(2026, 9, 30)},  // September has 30 days
		{d(2024, 2, 29), 24, d(2026, 2, 28)}, // leap day + 2 years
		{d(2024, 2, 29), 48, d(2028, 2, 29)}, // the next leap day exists
		{d(2025, 1, 15), 6, d(2025, 7, 15)},
		{d(2025, 12, 1), 1, d(2026, 1, 1)},
		{d(2025, 1, 31), -2, d(2024, 11, 30)},
	} {
		if got := tc.from.AddMonths(tc.n); got != tc.want {
			t.Errorf("%s + %d months = %s, want %s", tc.from, tc.n, got, tc.want)
		}
	}
	if got := d(2024, 2, 29).AddYears(1); got != d(2025, 2, 28) {
		t.Errorf("2024-02-29 + 1 year = %s", got)
	}
}

func TestParseDate(t *testing.T) {
	if got, err := ParseDate("2025-03-14"); err != nil || got != d(2025, 3, 14) {
		t.Errorf("ParseDate(2025-03-14) = %v, %v", got, err)
	}
	for _, bad := range []string{"2025-02-30", "2025-13-01", "2025-3-14", "14/03/2025", "", "2025-02-29"} {
		if _, err := ParseDate(bad); err == nil {
			t.Errorf("ParseDate(%q) accepted an impossible or malformed date", bad)
		}
	}
	if got := d(2027, 3, 14).English(); got != "March 14, 2027" {
		t.Errorf("English() = %q", got)
	}
	if d(2027, 2, 28).Weekday() != time.Sunday {
		t.Error("2027-02-28 is a Sunday")
	}
	if n := d(2026, 11, 27).DaysUntil(d(2027, 3, 14)); n != 107 {
		t.Errorf("DaysUntil = %d, want 107 (3+31+31+28+14)", n)
	}
}

func TestParseTimeOfDay(t *testing.T) {
	for in, want := range map[string]string{
		"06:40": "6:40 A.M.", "18:05": "6:05 P.M.", "00:00": "12:00 A.M.", "12:30": "12:30 P.M.",
		"6:40 AM": "6:40 A.M.", "12:15 am": "12:15 A.M.", "11:59 PM": "11:59 P.M.", "12:00 PM": "12:00 P.M.",
	} {
		got, err := ParseTimeOfDay(in)
		if err != nil || got.String() != want {
			t.Errorf("ParseTimeOfDay(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, bad := range []string{"25:61", "24:00", "6:40", "13:00 PM", "0:30 AM", "6.40", "noon", "06:4", ""} {
		if _, err := ParseTimeOfDay(bad); err == nil {
			t.Errorf("ParseTimeOfDay(%q) accepted a bad time", bad)
		}
	}
}
