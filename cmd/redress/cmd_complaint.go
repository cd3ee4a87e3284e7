package main

import (
	"fmt"

	"github.com/urfave/cli/v2"

	"redress/internal/complaint"
)

func newComplaintCommand() *cli.Command {
	return &cli.Command{
		Name:      "complaint",
		Usage:     "draft a Bivens/FTCA complaint skeleton for the district court",
		ArgsUsage: "CASE",
		Description: `Writes complaint.pdf and complaint.docx for the court in court.district: the
   caption, jurisdiction and venue, parties, exhaustion (FTCA counts only), one
   numbered paragraph per fact, one count per key of complaint.counts (each from
   templates/complaint/counts/<key>.md), prayer for relief, jury demand and the
   Rule 11 signature block. Paragraphs are numbered once through the whole
   complaint, as one Word numbering list in the DOCX. Minors appear by
   initials, birth dates as years, and A-numbers never (Fed. R. Civ. P. 5.2).
   Drafting notes for counsel are included unless --clean.

   FTCA counts before the claim is exhausted (never presented, or no denial and
   less than six months since presentment) are refused unless --allow-premature;
   the message gives the date exhaustion completes.

EXAMPLE:
   redress complaint samples/illinois-torres.yaml --out out/torres
   redress complaint --list-counts
   redress complaint case.yaml --clean --pleading-paper

` + exitStatusHelp,
		Flags: append(outputFlags(),
			&cli.BoolFlag{Name: "clean", Usage: "leave out the drafting notes for counsel"},
			&cli.BoolFlag{Name: "allow-premature", Usage: "draft FTCA counts even though the claim is not yet exhausted"},
			&cli.BoolFlag{Name: "pleading-paper", Usage: "number 28 lines down the left margin of every page (N.D. Cal. Civ. L.R. 3-4(c))"},
			&cli.BoolFlag{Name: "list-counts", Usage: "list the count catalogue and exit"},
		),
		OnUsageError: onUsageError,
		Action:       runComplaint,
	}
}

func runComplaint(c *cli.Context) error {
	if c.Bool("list-counts") {
		eng, err := engine(c)
		if err != nil {
			return err
		}
		cat, err := complaint.Catalogue(eng.FS())
		if err != nil {
			return err
		}
		fmt.Fprint(c.App.Writer, complaint.List(cat))
		return nil
	}
	d, err := prepare(c)
	if err != nil {
		return err
	}
	dr, err := draftComplaint(d, complaint.Options{
		Clean: c.Bool("clean"), AllowPremature: c.Bool("allow-premature"), PleadingPaper: c.Bool("pleading-paper"),
	})
	if err != nil {
		return failDraft(c, d.src.Path, err, "refusing to draft a premature FTCA suit")
	}
	dr.print(c)
	return dr.write(c, d)
}
