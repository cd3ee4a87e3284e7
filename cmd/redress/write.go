package main

import (
	"fmt"
	"path/filepath"

	"github.com/urfave/cli/v2"

	"redress/internal/assemble"
	"redress/internal/casefile"
	"redress/internal/civil"
	"redress/internal/output"
)

// drafting is what every drafting command starts from: the formats, the
// loaded case and its as-of date, and the template engine.
type drafting struct {
	formats []output.Format
	src     *casefile.Source
	asOf    civil.Date
	eng     *assemble.Engine
}

// prepare reads the settings (--format, the office's), the case file
// (printing its problems) and the templates, in that order, so a bad flag
// is reported before the file.
func prepare(c *cli.Context) (*drafting, error) {
	set, err := officeSettings(c)
	if err != nil {
		return nil, err
	}
	formats := set.Formats
	src, asOf, err := loadCase(c)
	if err != nil {
		return nil, err
	}
	eng, err := engine(c)
	if err != nil {
		return nil, err
	}
	return &drafting{formats: formats, src: src, asOf: asOf, eng: eng}, nil
}

// writeOut finishes a drafting command: the deadline warnings on stderr,
// then every file written into --out (or out/<matter.id>), all or
// nothing, and their paths on stdout.
func writeOut(c *cli.Context, src *casefile.Source, asOf civil.Date, files []output.File) error {
	for _, w := range deadlineWarnings(src, asOf) {
		fmt.Fprintln(c.App.ErrWriter, "warning:", w)
	}
	dir := outDir(c, src.Case.Matter.ID)
	if err := writeFiles(dir, files, c.Bool("force")); err != nil {
		return fmt.Errorf("%w: %w", errCantWrite, err)
	}
	for _, f := range files {
		fmt.Fprintln(c.App.Writer, filepath.Join(dir, f.Name))
	}
	return nil
}
