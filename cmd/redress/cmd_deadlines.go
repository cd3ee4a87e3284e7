package main

import (
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/urfave/cli/v2"

	"redress/internal/casefile"
	"redress/internal/civil"
	"redress/internal/law"
)

func newDeadlinesCommand() *cli.Command {
	return &cli.Command{
		Name:      "deadlines",
		Usage:     "print the case's computed deadlines and warnings",
		ArgsUsage: "CASE",
		Description: `Computes the FTCA presentment, deemed-denial and suit dates and the Bivens
   limitations date (borrowed from the state where the incident happened) as of
   --as-of, matter.as_of or today. Dates are never moved for weekends or
   holidays; a note says when one falls on such a day.

EXAMPLE:
   redress deadlines samples/texas-wrongful-death.yaml --as-of 2026-11-27
   redress deadlines case.yaml --json

` + exitStatusHelp,
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "json", Usage: "print JSON instead of a table"},
			asOfFlag(),
			allowOutsideFilesFlag(),
		},
		OnUsageError: onUsageError,
		Action: func(c *cli.Context) error {
			src, asOf, err := loadCase(c)
			if err != nil {
				return err
			}
			groups := deadlineGroups(src.Case, asOf)
			if c.Bool("json") {
				return writeDeadlinesJSON(c.App.Writer, src.Case, asOf, groups)
			}
			writeDeadlinesTable(c.App.Writer, src.Case, asOf, groups)
			return nil
		},
	}
}

// deadlineGroup is the deadlines of one or more claimants: claimants
// whose FTCA claims run on the same dates share one table.
type deadlineGroup struct {
	Claimants []string
	Facts     law.Facts
	// Warnings are every claimant's of the group, each once; one that only
	// some of its claimants have (the sum certain of an SF-95) names them.
	Warnings []law.Warning
}

// deadlineGroups computes every claimant's deadlines (each claimant's
// SF-95 is received and decided on its own dates) and groups the
// claimants whose deadlines are the same.
func deadlineGroups(k *casefile.Case, asOf civil.Date) []deadlineGroup {
	var groups []deadlineGroup
	for i := range max(1, len(k.Claimants)) {
		f := law.Compute(k, i, asOf)
		name := ""
		if i < len(k.Claimants) {
			name = k.Claimants[i].Name
		}
		j := slices.IndexFunc(groups, func(g deadlineGroup) bool {
			return reflect.DeepEqual(g.Facts.Deadlines, f.Deadlines) && reflect.DeepEqual(g.Facts.Undetermined, f.Undetermined)
		})
		if j < 0 {
			groups = append(groups, deadlineGroup{Facts: f})
			j = len(groups) - 1
		}
		groups[j].Claimants = append(groups[j].Claimants, name)
		for _, x := range f.Warnings {
			x.Text = x.Text + "\x00" + name // who has it, until all do
			groups[j].Warnings = append(groups[j].Warnings, x)
		}
	}
	for g := range groups {
		groups[g].Warnings = mergeWarnings(groups[g].Warnings, len(groups[g].Claimants))
	}
	return groups
}

// mergeWarnings says each warning once: text "\x00" name pairs from n
// claimants become the text, followed by the names when fewer than n
// claimants have it.
func mergeWarnings(ws []law.Warning, n int) []law.Warning {
	var out []law.Warning
	var who [][]string
	for _, x := range ws {
		text, name, _ := strings.Cut(x.Text, "\x00")
		j := slices.IndexFunc(out, func(o law.Warning) bool { return o.Text == text })
		if j < 0 {
			x.Text = text
			out = append(out, x)
			who = append(who, nil)
			j = len(out) - 1
		}
		who[j] = append(who[j], name)
	}
	for j := range out {
		if len(who[j]) < n {
			out[j].Text += " (" + strings.Join(who[j], ", ") + ")"
		}
	}
	return out
}

func writeDeadlinesTable(w io.Writer, k *casefile.Case, asOf civil.Date, groups []deadlineGroup) {
	fmt.Fprintf(w, "Matter %s, as of %s\n", k.Matter.ID, asOf.English())
	for _, g := range groups {
		if len(groups) > 1 {
			fmt.Fprintf(w, "\n%s\n", strings.Join(g.Claimants, ", "))
		}
		writeFacts(w, g.Facts, g.Warnings)
	}
}

func writeFacts(w io.Writer, f law.Facts, warnings []law.Warning) {
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "DATE\tWEEKDAY\tSTATUS\tDAYS\tDEADLINE\tAUTHORITY")
	for _, d := range f.Deadlines {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\t%s\n", d.Date.English(), d.Date.Weekday(), d.Status, d.DaysLeft, d.Label, d.Authority)
	}
	for _, d := range f.Undetermined {
		fmt.Fprintf(tw, "%s\t\t%s\t\t%s\t%s\n", d.Marker, d.Status, d.Label, d.Authority)
	}
	tw.Flush()
	if l := f.Limitations; l.State != "" {
		fmt.Fprintf(w, "\nBivens limitations borrowed from %s: %s, %s (confidence %s, last checked %s)\n",
			l.StateName, years(l.Years), l.Statute, l.Confidence, l.Verified.English())
		if l.LongerYears > 0 {
			fmt.Fprintf(w, "  A longer period, %s, may apply; the date above uses the earliest plausible one.\n", years(l.LongerYears))
		}
	}
	notes := map[string]bool{}
	first := true
	for _, d := range append(append([]law.Deadline(nil), f.Deadlines...), f.Undetermined...) {
		for _, n := range d.Notes {
			if notes[n] {
				continue
			}
			if first {
				fmt.Fprintln(w, "\nNotes:")
				first = false
			}
			notes[n] = true
			fmt.Fprintln(w, "  - "+n)
		}
	}
	if len(warnings) > 0 {
		fmt.Fprintln(w, "\nWarnings:")
		for _, x := range warnings {
			fmt.Fprintf(w, "  %s: %s\n", strings.ToUpper(severity(x.Severity)), x.Text)
		}
	}
}

// years says a number of years: "1 year", "2 years".
func years(n int) string {
	return fmt.Sprintf("%d %s", n, plural(n, "year", "years"))
}

func severity(s law.Severity) string {
	switch s {
	case law.Urgent:
		return "urgent"
	case law.Soon:
		return "soon"
	}
	return "note"
}

type jsonDeadline struct {
	Kind      string   `json:"kind"`
	Label     string   `json:"label"`
	Date      string   `json:"date,omitempty"`
	Weekday   string   `json:"weekday,omitempty"`
	Marker    string   `json:"marker,omitempty"`
	From      string   `json:"from,omitempty"`
	Period    string   `json:"period,omitempty"`
	Status    string   `json:"status"`
	DaysLeft  int      `json:"days_left"`
	Authority string   `json:"authority"`
	Notes     []string `json:"notes,omitempty"`
}

type jsonFacts struct {
	Claimants   []string       `json:"claimants,omitempty"`
	Deadlines   []jsonDeadline `json:"deadlines"`
	Limitations any            `json:"limitations,omitempty"`
	Warnings    []any          `json:"warnings"`
}

// writeDeadlinesJSON prints every claimant group's deadlines under
// "groups"; the top-level "deadlines", "limitations" and "warnings" are
// the first claimant's, as they were before each claimant had dates of
// their own, so that scripts written then keep working.
func writeDeadlinesJSON(w io.Writer, k *casefile.Case, asOf civil.Date, groups []deadlineGroup) error {
	first := factsJSON(groups[0])
	first.Claimants = nil
	out := struct {
		Matter string `json:"matter"`
		AsOf   string `json:"as_of"`
		jsonFacts
		Groups []jsonFacts `json:"groups"`
	}{Matter: k.Matter.ID, AsOf: asOf.String(), jsonFacts: first}
	for _, g := range groups {
		out.Groups = append(out.Groups, factsJSON(g))
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

func factsJSON(g deadlineGroup) jsonFacts {
	f := g.Facts
	out := jsonFacts{Claimants: g.Claimants, Deadlines: []jsonDeadline{}, Warnings: []any{}}
	for _, d := range append(append([]law.Deadline(nil), f.Deadlines...), f.Undetermined...) {
		jd := jsonDeadline{Kind: string(d.Kind), Label: d.Label, Marker: d.Marker, From: d.From.String(), Period: d.Period,
			Status: string(d.Status), DaysLeft: d.DaysLeft, Authority: d.Authority, Notes: d.Notes}
		if !d.Date.IsZero() {
			jd.Date, jd.Weekday = d.Date.String(), d.Date.Weekday().String()
		}
		out.Deadlines = append(out.Deadlines, jd)
	}
	if l := f.Limitations; l.State != "" {
		out.Limitations = map[string]any{"state": l.State, "years": l.Years, "longer_years": l.LongerYears, "statute": l.Statute,
			"confidence": l.Confidence, "note": l.Note, "verified": l.Verified.String(), "source": l.Source}
	}
	for _, x := range g.Warnings {
		out.Warnings = append(out.Warnings, map[string]string{"severity": severity(x.Severity), "kind": string(x.Kind), "text": x.Text})
	}
	return out
}
