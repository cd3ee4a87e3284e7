package main

import (
	"fmt"
	"path/filepath"

	"github.com/urfave/cli/v2"

	"redress/internal/casefile"
	"redress/internal/civil"
	"redress/internal/output"
)

// writeOut finishes a drafting command: the deadline warnings on stderr,
// then every file written into --out (or out/<matter.id>), all or
// nothing, and their paths on stdout.
func writeOut(c *cli.Context, src *casefile.Source, asOf civil.Date, files []output.File) error {
	printDeadlineWarnings(c, src, asOf)
	dir := outDir(c, src.Case.Matter.ID)
	if err := output.WriteAll(dir, files, c.Bool("force")); err != nil {
		return fmt.Errorf("%w: %w", errCantWrite, err)
	}
	for _, f := range files {
		fmt.Fprintln(c.App.Writer, filepath.Join(dir, f.Name))
	}
	return nil
}
