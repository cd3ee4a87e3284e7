package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/urfave/cli/v2"

	"redress/internal/casefile"
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
			facts := law.Compute(src.Case, 0, asOf)
			if c.Bool("json") {
				return writeDeadlinesJSON(c.App.Writer, src.Case, facts)
			}
			writeDeadlinesTable(c.App.Writer, src.Case, facts)
			return nil
		},
	}
}

func writeDeadlinesTable(w io.Writer, k *casefile.Case, f law.Facts) {
	fmt.Fprintf(w, "Matter %s, as of %s\n\n", k.Matter.ID, f.AsOf.English())
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "DATE\tWEEKDAY\tSTATUS\tDAYS\tDEADLINE\tAUTHORITY")
	for _, d := range f.Deadlines {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\t%s\n", d.Date.English(), d.Date.Weekday(), d.Status, d.DaysLeft, d.Label, d.Authority)
	}
	tw.Flush()
	if l := f.Limitations; l.State != "" {
		fmt.Fprintf(w, "\nBivens limitations borrowed from %s: %d years, %s (confidence %s)\n", l.StateName, l.Years, l.Statute, l.Confidence)
	}
	notes := map[string]bool{}
	first := true
	for _, d := range f.Deadlines {
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
	if len(f.Warnings) > 0 {
		fmt.Fprintln(w, "\nWarnings:")
		for _, x := range f.Warnings {
			fmt.Fprintf(w, "  %s: %s\n", strings.ToUpper(severity(x.Severity)), x.Text)
		}
	}
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
	Date      string   `json:"date"`
	Weekday   string   `json:"weekday"`
	From      string   `json:"from,omitempty"`
	Period    string   `json:"period,omitempty"`
	Status    string   `json:"status"`
	DaysLeft  int      `json:"days_left"`
	Authority string   `json:"authority"`
	Notes     []string `json:"notes,omitempty"`
}

func writeDeadlinesJSON(w io.Writer, k *casefile.Case, f law.Facts) error {
	out := struct {
		Matter      string         `json:"matter"`
		AsOf        string         `json:"as_of"`
		Deadlines   []jsonDeadline `json:"deadlines"`
		Limitations any            `json:"limitations,omitempty"`
		Warnings    []any          `json:"warnings"`
	}{Matter: k.Matter.ID, AsOf: f.AsOf.String(), Deadlines: []jsonDeadline{}, Warnings: []any{}}
	for _, d := range f.Deadlines {
		out.Deadlines = append(out.Deadlines, jsonDeadline{
			Kind: string(d.Kind), Label: d.Label, Date: d.Date.String(), Weekday: d.Date.Weekday().String(),
			From: d.From.String(), Period: d.Period, Status: string(d.Status), DaysLeft: d.DaysLeft,
			Authority: d.Authority, Notes: d.Notes,
		})
	}
	if l := f.Limitations; l.State != "" {
		out.Limitations = map[string]any{"state": l.State, "years": l.Years, "statute": l.Statute, "confidence": l.Confidence, "note": l.Note}
	}
	for _, x := range f.Warnings {
		out.Warnings = append(out.Warnings, map[string]string{"severity": severity(x.Severity), "kind": string(x.Kind), "text": x.Text})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
