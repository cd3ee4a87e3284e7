package law

import (
	"strings"
	"testing"

	"redress/internal/casefile"
	"redress/internal/civil"
	"redress/internal/money"
)

// day parses an ISO date written literally in a test.
func day(t *testing.T, s string) civil.Date {
	t.Helper()
	d, err := civil.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// newCase returns a one-claimant case with an incident on the date in the
// state, and nothing presented yet.
func newCase(t *testing.T, incident, state string) *casefile.Case {
	t.Helper()
	c := &casefile.Case{}
	c.Incident.Date = day(t, incident)
	c.Incident.State = state
	c.Claimants = []casefile.Claimant{{Name: "A. Client"}}
	return c
}

// deadline returns the deadline of a kind, failing if it is absent.
func deadline(t *testing.T, f Facts, k DeadlineKind) Deadline {
	t.Helper()
	for _, d := range f.Deadlines {
		if d.Kind == k {
			return d
		}
	}
	t.Fatalf("no %s deadline in %+v", k, f.Deadlines)
	return Deadline{}
}

func hasDeadline(f Facts, k DeadlineKind) bool {
	for _, d := range f.Deadlines {
		if d.Kind == k {
			return true
		}
	}
	return false
}

// wantDate checks a deadline's date and status.
func wantDate(t *testing.T, d Deadline, date string, st Status) {
	t.Helper()
	if got := d.Date.String(); got != date {
		t.Errorf("%s: date %s, want %s", d.Kind, got, date)
	}
	if d.Status != st {
		t.Errorf("%s: status %s, want %s", d.Kind, d.Status, st)
	}
}

// noteContaining reports whether some note of d contains all the parts.
func noteContaining(d Deadline, parts ...string) bool {
	for _, n := range d.Notes {
		ok := true
		for _, p := range parts {
			ok = ok && strings.Contains(n, p)
		}
		if ok {
			return true
		}
	}
	return false
}

// warnings returns the warnings of a severity and kind.
func warnings(f Facts, s Severity, k DeadlineKind) []Warning {
	var out []Warning
	for _, w := range f.Warnings {
		if w.Severity == s && w.Kind == k {
			out = append(out, w)
		}
	}
	return out
}

func dollars(t *testing.T, s string) money.Money {
	t.Helper()
	m, err := money.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return m
}
