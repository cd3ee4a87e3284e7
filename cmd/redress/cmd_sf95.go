package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/urfave/cli/v2"

	"redress/internal/casefile"
)

func newSF95Command() *cli.Command {
	return &cli.Command{
		Name:      "sf95",
		Usage:     "draft each claimant's Standard Form 95 and the letter presenting it",
		ArgsUsage: "CASE",
		Description: `Writes, for every claimant (or the one --claimant names), sf95-<name>.pdf and
   .docx (Standard Form 95, Rev. 2/2007, both pages, with continuation sheets for
   whatever does not fit a box) and claim-letter-<name>.pdf and .docx (the cover
   letter presenting the claim to the agency's claims office).

   redress refuses to draft a claim without a positive sum certain (28 C.F.R.
   § 14.2(a)), or a minor's or wrongful-death claim without a representative:
   such a claim can forfeit the client's rights. Nothing is written then.
   A presentment deadline within 90 days, or past, is a warning here and in the
   letter. Options may come before or after the case file.

EXAMPLE:
   redress sf95 samples/illinois-torres.yaml --out out/torres
   redress sf95 samples/california-nguyen.yaml --claimant 2 --format pdf

` + exitStatusHelp,
		Flags: append(outputFlags(),
			&cli.StringFlag{Name: "claimant", Usage: "draft only this claimant: a `NAME` or a number from 1"}),
		OnUsageError: onUsageError,
		Action:       runSF95,
	}
}

func runSF95(c *cli.Context) error {
	d, err := prepare(c)
	if err != nil {
		return err
	}
	only, err := pickClaimants(d.src.Case, c.String("claimant"))
	if err != nil {
		return err
	}
	dr, err := draftSF95(d, only)
	if err != nil {
		return failDraft(c, d.src.Path, err, "refusing to draft a claim that would put the client's rights at risk")
	}
	dr.print(c)
	return dr.write(c, d)
}

// pickClaimants reads --claimant: a number from 1, or a name (matched
// without regard to case). Empty means every claimant.
func pickClaimants(k *casefile.Case, sel string) ([]int, error) {
	if sel == "" {
		all := make([]int, len(k.Claimants))
		for i := range all {
			all[i] = i
		}
		return all, nil
	}
	if n, err := strconv.Atoi(sel); err == nil {
		if n < 1 || n > len(k.Claimants) {
			return nil, usageError{fmt.Sprintf("--claimant %d: the case has %d %s; give a number from 1 to %d or a name", n, len(k.Claimants), plural(len(k.Claimants), "claimant", "claimants"), len(k.Claimants))}
		}
		return []int{n - 1}, nil
	}
	var names []string
	for i, c := range k.Claimants {
		if strings.EqualFold(strings.TrimSpace(c.Name), strings.TrimSpace(sel)) {
			return []int{i}, nil
		}
		names = append(names, strconv.Quote(c.Name))
	}
	return nil, usageError{fmt.Sprintf("--claimant %q names no claimant of this case (claimants: %s)", sel, strings.Join(names, ", "))}
}

// printProblems prints case-file problems that a later stage found.
func printProblems(c *cli.Context, path string, err error) error {
	return reportProblems(c, err, func(n int) string {
		return fmt.Sprintf("%s: %d %s", path, n, plural(n, "problem", "problems"))
	})
}
