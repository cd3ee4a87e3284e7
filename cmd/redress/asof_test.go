package main

import (
	"strings"
	"testing"
)

// --as-of replaces matter.as_of, and the case's dates are held to it: an
// incident after it would be in the future, which is a typo in one of
// the two dates. The problem is at the incident's line in the file.
func TestAsOfBeforeIncident(t *testing.T) {
	const sample = "../../samples/illinois-torres.yaml" // incident.date 2025-03-14, on line 60
	out, errs, code := runCLI(t, "letter", sample, "--as-of", "2025-03-13", "--out", t.TempDir())
	if code != exitData {
		t.Fatalf("exit %d, want %d\n%s%s", code, exitData, out, errs)
	}
	want := sample + `:60:3: incident.date: the incident (2025-03-14) is after the as-of date (--as-of 2025-03-13), which is "today" for the deadlines; the incident in the future is a typo: check both dates`
	if !strings.Contains(errs, want) {
		t.Errorf("stderr:\n%s\nwant:\n%s", errs, want)
	}
	if _, errs, code := runCLI(t, "deadlines", sample, "--as-of", "2025-03-14"); code != exitOK {
		t.Errorf("--as-of the incident's own day: exit %d\n%s", code, errs)
	}
}
