package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/urfave/cli/v2"

	"redress/internal/complaint"
	"redress/internal/letter"
)

func newValidateCommand() *cli.Command {
	return &cli.Command{
		Name:      "validate",
		Usage:     "check a case file, and what each document would refuse or warn about",
		ArgsUsage: "CASE",
		Description: `Reads the case file strictly: unknown keys (with the nearest known key),
   wrong types, impossible dates, bad money, missing required keys and values
   still left from the example 'redress init' writes are all reported in one
   run as file:line:col: key.path: message.

   Then, for a valid file, it drafts each document (letter, sf95, complaint;
   --for chooses) exactly as its command would, without writing anything, and
   reports per document: ok, with the warnings and notes the command would
   print; REFUSED, where the command refuses (exit 4): an SF-95 without a
   positive sum certain, a minor's or wrongful-death claim without a
   representative, FTCA counts before exhaustion without --allow-premature;
   or cannot be drafted, where the document needs data the file lacks (exit
   65): court.district, an attorney or a count for a complaint, an agency the
   directory does not know. --as-of, --templates and --allow-premature mean
   what they mean for the drafting commands. Writes nothing.

EXAMPLE:
   redress validate samples/california-nguyen.yaml
   redress validate mycase/case.yaml --for sf95,complaint --as-of 2026-12-01

EXIT STATUS OF VALIDATE:
   0    the case file is valid and every document asked for can be drafted
        (warnings allowed)
   4    the case file is valid, but a document's command would refuse it
   65   the case file has errors, or a document needs data it lacks; when one
        document is refused and another lacks data, 65
   An error that stops a document's check gives its own code from the table
   below, before 65 and 4 (3 for a --templates file with an error).

` + exitStatusHelp,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "for", Usage: "check only these documents: `KINDS` among letter, sf95, complaint, separated by commas (default: all)"},
			asOfFlag(),
			templatesFlag(),
			&cli.BoolFlag{Name: "allow-premature", Usage: "as for complaint: FTCA counts before the claim is exhausted are not refused"},
			allowOutsideFilesFlag(),
		},
		OnUsageError: onUsageError,
		Action:       runValidate,
	}
}

func runValidate(c *cli.Context) error {
	kinds, err := parseKinds(c.String("for"))
	if err != nil {
		return err
	}
	src, asOf, err := loadCase(c)
	if err != nil {
		return err
	}
	eng, err := engine(c)
	if err != nil {
		return err
	}
	d := &drafting{src: src, asOf: asOf, eng: eng}
	w := c.App.Writer
	n := len(src.Case.Claimants)
	fmt.Fprintf(w, "%s: the case file is valid (matter %s, %d %s)\n", src.Path, src.Case.Matter.ID, n, plural(n, "claimant", "claimants"))
	if dl := deadlineWarnings(src, asOf); len(dl) > 0 {
		fmt.Fprintf(w, "deadlines (as of %s; every document's command warns of them):\n", asOf)
		printIndented(w, "warning: ", dl)
	}

	// The verdict is the worst kind's: an error that stopped the check
	// (a template's, say), then missing data, then a refusal.
	var worst error
	rank := 0
	var failed []string
	for _, kind := range kinds {
		dr, err := draftKind(c, d, kind)
		if err == nil {
			fmt.Fprintf(w, "%s: ok (%s)\n", kind, dr.what)
			printIndented(w, "note: ", dr.notes)
			printIndented(w, "warning: ", dr.warnings)
			continue
		}
		r, msg, why := 3, "cannot be checked", "not checked"
		probs := refusal(err)
		switch {
		case probs != nil:
			r, msg, why = 1, fmt.Sprintf("REFUSED ('redress %s' would refuse it, exit %d)", kind, exitRefused), "refused"
			err = refusedError{fmt.Sprintf("%s: %s would be refused", src.Path, kind)}
		case errors.As(err, &probs):
			r, msg, why = 2, fmt.Sprintf("cannot be drafted: the case file lacks what it needs (exit %d)", exitData), "data missing"
		}
		failed = append(failed, kind+" ("+why+")")
		if probs != nil {
			fmt.Fprintf(w, "%s: %s:\n", kind, msg)
			for _, p := range probs {
				fmt.Fprintf(w, "  %s\n", p.Error())
			}
		} else {
			fmt.Fprintf(w, "%s: %s: %v\n", kind, msg, err)
		}
		if r > rank {
			rank, worst = r, err
		}
	}
	if worst == nil {
		return nil
	}
	fmt.Fprintf(c.App.ErrWriter, "redress: %s: not every document can be drafted: %s\n", src.Path, strings.Join(failed, ", "))
	return fmt.Errorf("%w: %w", errReported, worst)
}

// draftKind drafts one kind of document as its command does, with
// validate's options.
func draftKind(c *cli.Context, d *drafting, kind string) (*draft, error) {
	switch kind {
	case "letter":
		return draftLetters(d, letter.Options{})
	case "sf95":
		return draftSF95(d, nil)
	}
	return draftComplaint(d, complaint.Options{AllowPremature: c.Bool("allow-premature")})
}

func printIndented(w io.Writer, prefix string, lines []string) {
	for _, l := range lines {
		fmt.Fprintf(w, "  %s%s\n", prefix, l)
	}
}
