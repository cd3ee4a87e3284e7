package main

import (
	"fmt"
	"path/filepath"

	"github.com/urfave/cli/v2"

	"redress/internal/drafts"
)

func newLetterCommand() *cli.Command {
	return &cli.Command{
		Name:      "letter",
		Usage:     "draft a plain-language advisory letter for each claimant",
		ArgsUsage: "CASE",
		Description: `Writes letter-<name>.pdf and letter-<name>.docx for every claimant in the case
   file: the client's options, their own computed deadlines, and what to do now.
   Each letter is marked as a draft for attorney review. Options may come before
   or after the case file.

EXAMPLE:
   redress letter samples/illinois-torres.yaml --out out/torres --as-of 2026-11-27

` + exitStatusHelp,
		Flags:        outputFlags(),
		OnUsageError: onUsageError,
		Action:       runLetter,
	}
}

func runLetter(c *cli.Context) error {
	d, err := prepare(c)
	if err != nil {
		return err
	}
	formats, src, asOf, eng := d.formats, d.src, d.asOf, d.eng
	res, err := drafts.Letters(eng, src.Case, asOf, formats, nil)
	if err != nil {
		return err
	}
	for _, w := range res.Warnings {
		fmt.Fprintln(c.App.ErrWriter, "warning:", w)
	}
	files := res.Plain()
	return writeOut(c, src, asOf, files)
}

// outDir is --out, or out/<matter.id>.
func outDir(c *cli.Context, id string) string {
	if d := c.String("out"); d != "" {
		return d
	}
	return filepath.Join("out", id)
}
