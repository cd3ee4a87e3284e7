package law

import (
	"slices"
	"strings"
	"testing"
)

// allCodes is the 50 states and D.C., written out so that a dropped row
// fails the test.
var allCodes = []string{
	"AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID",
	"IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO",
	"MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA",
	"RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
}

// territories are the five inhabited territories, where the FTCA applies.
var territories = []string{"PR", "GU", "VI", "MP", "AS"}

func TestLimitationsTableComplete(t *testing.T) {
	if err := CheckData(); err != nil {
		t.Fatal(err)
	}
	codes := LimitationsStates()
	if len(codes) != 56 || len(allCodes) != 51 {
		t.Fatalf("%d rows, want 56 (50 states, D.C. and 5 territories)", len(codes))
	}
	for _, c := range slices.Concat(allCodes, territories) {
		if !slices.Contains(codes, c) {
			t.Errorf("%s missing", c)
		}
	}
}

func TestLimitationsRows(t *testing.T) {
	accrual := day(t, "2025-01-15")
	for _, tc := range []struct {
		state      string
		years      int
		statute    string
		confidence string
	}{
		// Spot checks against notes section 5.2, including the rows the
		// notes say general charts get wrong.
		{"AR", 3, "Ark. Code Ann. § 16-56-105", "HIGH"},
		{"CT", 3, "Conn. Gen. Stat. § 52-577", "HIGH"},
		{"MN", 6, "Minn. Stat. § 541.05, subd. 1(5)", "HIGH"},
		{"KY", 1, "Ky. Rev. Stat. § 413.140(1)(a)", "HIGH"},
		{"MO", 5, "Mo. Rev. Stat. § 516.120(4)", "HIGH"},
		{"ME", 6, "Me. Rev. Stat. tit. 14, § 752", "HIGH"},
		{"ND", 6, "N.D. Cent. Code § 28-01-16(5)", "HIGH"},
		{"NY", 3, "N.Y. C.P.L.R. 214(5)", "HIGH"},
		{"CA", 2, "Cal. Civ. Proc. Code § 335.1", "MED"},
		{"TX", 2, "Tex. Civ. Prac. & Rem. Code § 16.003", "MED"},
		{"WY", 4, "Wyo. Stat. § 1-3-105(a)(iv)(C)", "MED"},
		{"UT", 4, `Utah Code § 78B-2-307 (residual "relief not otherwise provided for by law"; formerly § 78-12-25(3))`, "HIGH"},
		{"TN", 1, "Tenn. Code Ann. § 28-3-104(a)(1) (subsection unverified)", "HIGH"},
		{"DC", 3, "D.C. Code § 12-301(8) (subsection unverified)", "MED"},
	} {
		lp, ok := Limitations(tc.state, accrual)
		if !ok || lp.Years != tc.years || lp.Statute != tc.statute || lp.Confidence != tc.confidence {
			t.Errorf("%s: %+v", tc.state, lp)
		}
		if lp.Verified.String() != "2026-11-27" || lp.Source == "" {
			t.Errorf("%s: verified %s source %q", tc.state, lp.Verified, lp.Source)
		}
	}
}

func TestLimitationsDaggerRowsMarked(t *testing.T) {
	// The statutes marked † in notes section 5.2.
	dagger := []string{"CO", "DC", "FL", "IA", "KS", "MI", "MT", "NV", "NC", "OK", "SC", "SD", "TN", "VT"}
	for _, c := range allCodes {
		lp, _ := Limitations(c, day(t, "2025-01-15"))
		marked := strings.Contains(lp.Statute, "(subsection unverified)")
		if marked != slices.Contains(dagger, c) {
			t.Errorf("%s: statute %q marked=%v", c, lp.Statute, marked)
		}
	}
}

func TestLimitationsLookup(t *testing.T) {
	for _, s := range []string{"il", " IL ", "Illinois", "ILLINOIS"} {
		if lp, ok := Limitations(s, day(t, "2025-01-15")); !ok || lp.State != "IL" || lp.StateName != "Illinois" {
			t.Errorf("%q: %+v %v", s, lp, ok)
		}
	}
	if _, ok := Limitations("XX", day(t, "2025-01-15")); ok {
		t.Error("XX found")
	}
	if _, ok := Limitations("", day(t, "2025-01-15")); ok {
		t.Error("empty state found")
	}
	lp, _ := Limitations("IL", day(t, "2025-01-15"))
	// Illinois' source cites charts F, T and N by letter.
	if len(lp.Charts) != 3 || !strings.HasPrefix(lp.Charts[0], "F = http://freelegalshield.com/") {
		t.Errorf("charts %q", lp.Charts)
	}
	// Louisiana's source mentions "C.C. Art.", which is not chart C.
	la, _ := Limitations("LA", day(t, "2025-01-15"))
	if len(la.Charts) != 0 {
		t.Errorf("LA charts %q", la.Charts)
	}
}

func TestLimitationsStrict(t *testing.T) {
	good := `
charts: {F: "http://example.invalid/f"}
states:
  - code: IL
    name: Illinois
    periods:
      - years: 2
        statute: "735 ILCS 5/13-202"
    confidence: HIGH
    source: F
    note: ""
    verified: "2026-11-27"
`
	if _, err := parseLimitations([]byte(good)); err != nil {
		t.Fatalf("good table: %v", err)
	}
	unknown := strings.Replace(strings.Replace(strings.Replace(good, `    periods:
      - years: 2
        statute: "735 ILCS 5/13-202"`, "    periods: []", 1), "confidence: HIGH", "confidence: UNVERIFIED", 1),
		`note: ""`, `note: "No reliable source."`, 1)
	if _, err := parseLimitations([]byte(unknown)); err != nil {
		t.Fatalf("a place whose period is not known: %v", err)
	}
	for name, bad := range map[string]string{
		"unknown field":   strings.Replace(good, `note: ""`, `notes: ""`, 1),
		"unknown period":  strings.Replace(good, `years: 2`, "years: 2\n        yeers: 3", 1),
		"bad confidence":  strings.Replace(good, "HIGH", "LOW", 1),
		"bad date":        strings.Replace(good, "2026-11-27", "2026-02-30", 1),
		"no statute":      strings.Replace(good, `statute: "735 ILCS 5/13-202"`, `statute: ""`, 1),
		"duplicate state": good + strings.SplitN(good, "states:\n", 2)[1],
		"duplicate key":   strings.Replace(good, "    name: Illinois\n", "    name: Illinois\n    name: Illinois\n", 1),
		"first has from":  strings.Replace(good, `years: 2`, "years: 2\n        from: \"2020-01-01\"", 1),
		"gap": strings.Replace(good, `        statute: "735 ILCS 5/13-202"`,
			`        statute: "a"
        until: "2020-01-01"
      - years: 3
        statute: "b"
        from: "2020-01-02"`, 1),
		"earliest not shorter":  strings.Replace(good, `years: 2`, "years: 2\n        earliest_years: 2", 1),
		"bad period confidence": strings.Replace(good, `years: 2`, "years: 2\n        confidence: LOW", 1),
		"UNVERIFIED period":     strings.Replace(good, "confidence: HIGH", "confidence: UNVERIFIED", 1),
		"no periods": strings.Replace(good, `    periods:
      - years: 2
        statute: "735 ILCS 5/13-202"`, "    periods: []", 1),
		"UNVERIFIED without a note": strings.Replace(strings.Replace(good, `    periods:
      - years: 2
        statute: "735 ILCS 5/13-202"`, "    periods: []", 1), "confidence: HIGH", "confidence: UNVERIFIED", 1),
	} {
		if _, err := parseLimitations([]byte(bad)); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}
