package casefile

import (
	"errors"
	"strings"
	"testing"

	"redress/internal/civil"
)

// Dates that exist on the calendar but cannot be right are refused at
// their key and line, naming the date they contradict. Each row is one
// case file and the one problem it must cause, or none.
func TestDateRules(t *testing.T) {
	const asOf = "  as_of: 2026-11-27"
	tests := []struct {
		name string
		yaml string
		path string
		line int
		msg  string
	}{
		{"year 0000", rep("date: 2025-03-14", "date: 0000-03-14"), "incident.date", 10, "0000-03-14 is before 1900"},
		{"year 0001", rep("date: 2025-03-14", "date: 0001-03-14"), "incident.date", 10, "0001-03-14 is before 1900; a date in a case file is between 1900 and 2100, so the year is a typo: check it"},
		{"year 9999", ins(7, "    date_of_birth: 9999-12-31"), "claimants[0].date_of_birth", 8, "9999-12-31 is after 2100; a date in a case file is between 1900 and 2100, so the year is a typo: check it"},
		{"year 1899", ins(13, "ftca: {presented_on: 1899-12-31}"), "ftca.presented_on", 14, "1899-12-31 is before 1900"},
		{"year 2101", ins(3, "  as_of: 2101-01-01"), "matter.as_of", 4, "2101-01-01 is after 2100"},
		{"first and last days", ins(13, "ftca: {accrued_on: 1900-01-01, presented_on: 2100-12-31}"), "", 0, ""},
		{"born after the incident", ins(7, "    date_of_birth: 2025-03-15"), "claimants[0].date_of_birth", 8, "the date of birth (2025-03-15) is after the incident (incident.date, 2025-03-14); a claimant was born before being harmed: check both dates"},
		{"born on the day", ins(7, "    date_of_birth: 2025-03-14"), "", 0, ""},
		{"survivor born after the incident", ins(7, "    date_of_birth: 2025-06-01", "    decedent: {name: José Pérez, date_of_death: 2025-03-20}", "    representative: {name: Rosa Pérez}"), "", 0, ""},
		{"death before the incident", ins(7, "    decedent: {name: José Pérez, date_of_death: 2025-03-13}", "    representative: {name: Rosa Pérez}"), "claimants[0].decedent.date_of_death", 8, "the death (2025-03-13) is before the incident (incident.date, 2025-03-14) that the claim says caused it: check both dates"},
		{"death before the decedent's birth", insInto(rep("name: Ana Pérez", "name: José Pérez"), 8, "    date_of_birth: 2025-04-01", "    decedent: {name: josé pérez, date_of_death: 2025-03-20}", "    representative: {name: Rosa Pérez}"),
			"claimants[0].decedent.date_of_death", 10, "the death (2025-03-20) is before the date of birth (claimants[0].date_of_birth, 2025-04-01): check both dates"},
		{"decedent claiming born after the incident", insInto(rep("name: Ana Pérez", "name: José Pérez"), 8, "    date_of_birth: 2025-04-01", "    decedent: {name: José Pérez, date_of_death: 2025-04-20}", "    representative: {name: Rosa Pérez}"),
			"claimants[0].date_of_birth", 9, "the date of birth (2025-04-01) is after the incident (incident.date, 2025-03-14)"},
		{"incident on the as-of date", insInto(ins(3, "  as_of: 2025-03-14"), 0), "", 0, ""},
		{"incident in the future", ins(3, "  as_of: 2025-03-13"), "incident.date", 11, `the incident (2025-03-14) is after the as-of date (matter.as_of, 2025-03-13), which is "today" for the deadlines; the incident in the future is a typo: check both dates`},
		{"death in the future", insInto(ins(3, asOf), 9, "    decedent: {name: José Pérez, date_of_death: 2026-11-28}", "    representative: {name: Rosa Pérez}"),
			"claimants[0].decedent.date_of_death", 10, `the death (2026-11-28) is after the as-of date (matter.as_of, 2026-11-27), which is "today" for the deadlines; the death in the future is a typo: check both dates`},
		{"born in the future", insInto(ins(3, asOf), 9, "    date_of_birth: 2026-12-01", "    decedent: {name: José Pérez, date_of_death: 2025-03-20}", "    representative: {name: Rosa Pérez}"),
			"claimants[0].date_of_birth", 10, `the date of birth (2026-12-01) is after the as-of date (matter.as_of, 2026-11-27)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := LoadBytes("case.yaml", []byte(tt.yaml), "yaml", Options{})
			if tt.msg == "" {
				if err != nil {
					t.Fatalf("want no problem, got:\n%v\nfile:\n%s", err, tt.yaml)
				}
				return
			}
			ps := problemsOf(t, err)
			if len(ps) != 1 || ps[0].Path != tt.path || ps[0].Pos.Line != tt.line || !strings.HasPrefix(ps[0].Msg, tt.msg) {
				t.Errorf("got:\n%v\nwant one problem at %s, line %d: %s", err, tt.path, tt.line, tt.msg)
			}
		})
	}
}

// insInto returns file with lines inserted after line n (0: at the top).
func insInto(file string, n int, lines ...string) string {
	all := strings.Split(strings.TrimSuffix(file, "\n"), "\n")
	out := append(append(append([]string{}, all[:n]...), lines...), all[n:]...)
	return strings.Join(out, "\n") + "\n"
}

// CheckAsOf holds the case to an as-of date that is not the file's
// (--as-of, or today), at the key's line.
func TestCheckAsOf(t *testing.T) {
	src, err := LoadBytes("case.yaml", []byte(minimalYAML), "yaml", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := src.CheckAsOf(civil.Date{Year: 2025, Month: 3, Day: 14}, "--as-of 2025-03-14"); err != nil {
		t.Errorf("the incident's own day: %v", err)
	}
	err = src.CheckAsOf(civil.Date{Year: 2025, Month: 3, Day: 1}, "--as-of 2025-03-01")
	var ps Problems
	if !errors.As(err, &ps) || len(ps) != 1 {
		t.Fatalf("want one problem, got %v", err)
	}
	want := `case.yaml:10:3: incident.date: the incident (2025-03-14) is after the as-of date (--as-of 2025-03-01), which is "today" for the deadlines; the incident in the future is a typo: check both dates`
	if ps[0].Error() != want {
		t.Errorf("got  %s\nwant %s", ps[0].Error(), want)
	}
}
