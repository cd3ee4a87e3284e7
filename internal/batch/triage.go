package batch

import (
	"fmt"
	"io"
	"strings"

	"redress/internal/casefile"
	"redress/internal/civil"
	"redress/internal/law"
)

// Triage: a run over five hundred clients must not bury the three whose
// deadline passed last week. `redress letter` prints a case's deadline
// warnings; a batch puts each claimant's into the manifest (a column of
// manifest.csv to sort by), counts and names the rows that have them at
// the end of the run, and, with --fail-on, exits with its own code.
//
// The warnings are law.Compute's, on the as-of date the letter is drafted
// with, so the manifest never disagrees with the letter. Only those that
// call for action are kept: a passed deadline (or a claim received late)
// and one within 90 days. Information for counsel (the sum certain) is in
// the documents, not in the triage.

// Warning kinds, most urgent first.
const (
	// WarnPassed: a deadline has passed, or the agency received the claim
	// after it (law's Urgent warnings with a date).
	WarnPassed = "passed"
	// WarnUnknown: a deadline could not be computed (law's Urgent
	// warnings without a date, e.g. no limitations period on file for the
	// state); a lawyer must find it. Validated cases do not raise it
	// today, but an urgent warning must never be dropped for lack of a
	// kind.
	WarnUnknown = "unknown"
	// WarnSoon: a deadline within 90 days of the as-of date, the last day
	// included.
	WarnSoon = "soon"
)

// warnKinds is the kinds in order of urgency.
var warnKinds = []string{WarnPassed, WarnUnknown, WarnSoon}

// Warning is one deadline warning of a manifest entry.
type Warning struct {
	Kind     string `json:"kind"`     // WarnPassed, WarnUnknown or WarnSoon
	Deadline string `json:"deadline"` // the law.DeadlineKind, e.g. "ftca_presentment"
	// Label names the deadline for the office: "FTCA claim must be
	// received by".
	Label string `json:"label"`
	Date  string `json:"date,omitempty"` // the deadline, YYYY-MM-DD
	// Code is law's name for the warning ("passed", "received_late",
	// "days_left", "last_day", "no_limitations", ...).
	Code string `json:"code"`
}

// deadlineLabels are short names of the deadlines for counsel and staff
// (law's labels speak to the client: "The agency must RECEIVE your FTCA
// claim (SF-95) by"). A kind not listed here takes law's label.
var deadlineLabels = map[law.DeadlineKind]string{
	law.FTCAPresentment:   "FTCA claim must be received by",
	law.FTCASuit:          "FTCA suit must be filed by",
	law.BivensLimitations: "Bivens suit against the officers must be filed by",
}

// deadlineWarnings returns claimant i's passed, unknown and soon deadline
// warnings on asOf, most urgent first (law's order).
func deadlineWarnings(k *casefile.Case, i int, asOf civil.Date) []Warning {
	f := law.Compute(k, i, asOf)
	out := []Warning{}
	for _, w := range f.Warnings {
		var kind string
		switch {
		case w.Severity == law.Urgent && w.Date.IsZero():
			kind = WarnUnknown
		case w.Severity == law.Urgent:
			kind = WarnPassed
		case w.Severity == law.Soon:
			kind = WarnSoon
		default:
			continue
		}
		x := Warning{Kind: kind, Deadline: string(w.Kind), Label: deadlineLabel(w.Kind, f), Code: w.Code}
		if !w.Date.IsZero() {
			x.Date = w.Date.String()
		}
		out = append(out, x)
	}
	return out
}

func deadlineLabel(k law.DeadlineKind, f law.Facts) string {
	if l, ok := deadlineLabels[k]; ok {
		return l
	}
	for _, d := range f.Deadlines {
		if d.Kind == k {
			return d.Label
		}
	}
	return string(k)
}

// mergeWarnings is the warnings of several claimants of one record, each
// once, in order. (The deadlines of a case are the same for all its
// claimants, so a row's warnings are usually one claimant's.)
func mergeWarnings(lists [][]Warning) []Warning {
	out := []Warning{}
	seen := map[Warning]bool{}
	for _, ws := range lists {
		for _, w := range ws {
			if !seen[w] {
				seen[w] = true
				out = append(out, w)
			}
		}
	}
	return out
}

// worst is the most urgent kind among ws ("" for none).
func worst(ws []Warning) string {
	for _, k := range warnKinds {
		for _, w := range ws {
			if w.Kind == k {
				return k
			}
		}
	}
	return ""
}

// warningsCell is the warnings column of manifest.csv:
// "passed: ftca_presentment 2025-12-20; soon: bivens_limitations 2026-12-20".
// A code other than the plain passed/days left says why in parentheses
// ("(received_late)").
func warningsCell(ws []Warning) string {
	parts := make([]string, len(ws))
	for i, w := range ws {
		s := w.Kind + ": " + w.Deadline
		if w.Date != "" {
			s += " " + w.Date
		}
		switch w.Code {
		case "passed", "days_left", "last_day", "":
		default:
			s += " (" + w.Code + ")"
		}
		parts[i] = s
	}
	return strings.Join(parts, "; ")
}

// Triage is the rows of a run that have a warning of one kind.
type Triage struct {
	Rows  int       // how many
	First []Flagged // the first few, in record order
}

// Flagged is one row with warnings of a kind.
type Flagged struct {
	Record   string   // the roster row or case file
	Clients  []string // its claimants' names
	Warnings []Warning
}

// triageListed is how many rows of each kind the summary names.
const triageListed = 5

// triage counts one record's entries, in record order. A row is counted
// under every kind it has: "3 rows have a PASSED deadline" and "12 rows
// have a deadline within 90 days" are each true of the rows they count.
func (s *Summary) triage(es []Entry) {
	var clients []string
	lists := make([][]Warning, len(es))
	for i, e := range es {
		if e.Claimant != "" {
			clients = append(clients, e.Claimant)
		}
		lists[i] = e.Warnings
	}
	ws := mergeWarnings(lists)
	if len(ws) == 0 {
		return
	}
	if s.Triage == nil {
		s.Triage = map[string]*Triage{}
	}
	for _, k := range warnKinds {
		var of []Warning
		for _, w := range ws {
			if w.Kind == k {
				of = append(of, w)
			}
		}
		if len(of) == 0 {
			continue
		}
		t := s.Triage[k]
		if t == nil {
			t = &Triage{}
			s.Triage[k] = t
		}
		t.Rows++
		if len(t.First) < triageListed {
			t.First = append(t.First, Flagged{Record: es[0].Record, Clients: clients, Warnings: of})
		}
	}
	switch worst(ws) {
	case WarnPassed, WarnUnknown:
		s.urgentRows++
	}
	s.flaggedRows++
}

// RowsAtLeast is how many rows have a warning at least as urgent as kind:
// for WarnSoon every row with a warning, for WarnPassed the rows with a
// passed deadline or one that could not be computed (--fail-on).
func (s *Summary) RowsAtLeast(kind string) int {
	if kind == WarnSoon {
		return s.flaggedRows
	}
	return s.urgentRows
}

// triageHeads say what a kind's rows have.
var triageHeads = map[string]string{
	WarnPassed:  "a PASSED deadline",
	WarnUnknown: "a deadline that could not be computed (a lawyer must find it)",
	WarnSoon:    "a deadline within 90 days",
}

// WriteTriage writes, after the run's one-line summary, a line for each
// kind of warning some rows have: how many rows, and the first few by row
// and client with the deadline, e.g.
//
//	redress batch: 1 row has a PASSED deadline: roster.csv:4 Ana Díaz (FTCA claim must be received by December 20, 2025)
//
// The last line points to the manifest's warnings column, which has them
// all. Nothing is written when no row has a warning.
func (s *Summary) WriteTriage(w io.Writer, manifestCSV string) {
	var lines []string
	for _, k := range warnKinds {
		t := s.Triage[k]
		if t == nil {
			continue
		}
		verb := "rows have"
		if t.Rows == 1 {
			verb = "row has"
		}
		items := make([]string, len(t.First))
		for i, f := range t.First {
			items[i] = f.String()
		}
		line := fmt.Sprintf("redress batch: %d %s %s: %s", t.Rows, verb, triageHeads[k], strings.Join(items, ", "))
		if more := t.Rows - len(t.First); more > 0 {
			line += fmt.Sprintf(", and %d more", more)
		}
		lines = append(lines, line)
	}
	if len(lines) == 0 {
		return
	}
	lines[len(lines)-1] += "; see the warnings column of " + manifestCSV
	for _, l := range lines {
		fmt.Fprintln(w, l)
	}
}

// String is "roster.csv:4 Ana Díaz (FTCA claim must be received by
// December 20, 2025)".
func (f Flagged) String() string {
	s := f.Record
	if len(f.Clients) > 0 {
		s += " " + strings.Join(f.Clients, ", ")
	}
	what := make([]string, len(f.Warnings))
	for i, w := range f.Warnings {
		what[i] = w.Label + ": no date could be computed"
		if d, err := civil.ParseDate(w.Date); err == nil {
			what[i] = w.Label + " " + d.English()
		}
	}
	return s + " (" + strings.Join(what, "; ") + ")"
}
