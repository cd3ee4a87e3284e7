package main

import (
	"fmt"
	"io/fs"
	"path/filepath"

	"github.com/urfave/cli/v2"

	"redress/internal/casefile"
	"redress/internal/output"
	"redress/templates"
)

func newInitCommand() *cli.Command {
	return &cli.Command{
		Name:      "init",
		Usage:     "write a commented sample case file to start from",
		ArgsUsage: "[DIR]",
		Description: `Writes DIR/case.yaml (DIR defaults to the current folder): every key of the
   case file, each with a comment saying what it is, filled with a fictional
   example. Replace the example's values with your client's, then run
   'redress validate DIR/case.yaml'. Until every value that describes the
   example's person, office, matter or event is replaced, and the example
   client's name is gone from the texts, every command refuses the file
   (exit 65) and lists what is left. To try redress on a finished case, use
   samples/.

   Beside it, DIR/case.schema.json: the case file's JSON Schema ('redress
   schema'), which the first line of case.yaml names, so that VS Code's YAML
   extension (or another editor using yaml-language-server) completes keys,
   explains them and marks mistakes as you type. The schema is written
   beside the case, not fetched from a web address: it works offline and
   always matches this version of redress.

EXAMPLE:
   redress init mycase

` + exitStatusHelp,
		Flags:        []cli.Flag{&cli.BoolFlag{Name: "force", Usage: "overwrite an existing case.yaml and case.schema.json"}},
		OnUsageError: onUsageError,
		Action: func(c *cli.Context) error {
			if c.NArg() > 1 {
				return usageError{"init takes at most one folder"}
			}
			dir := "."
			if c.NArg() == 1 {
				dir = c.Args().First()
			}
			data, err := fs.ReadFile(templates.FS, initTemplate)
			if err != nil {
				return err
			}
			files := []output.File{
				{Name: "case.yaml", Data: data},
				{Name: casefile.SchemaFileName, Data: casefile.JSONSchema()},
			}
			if err := writeFiles(dir, files, c.Bool("force")); err != nil {
				return fmt.Errorf("%w: %w", errCantWrite, err)
			}
			path := filepath.Join(dir, "case.yaml")
			fmt.Fprintln(c.App.Writer, path)
			fmt.Fprintf(c.App.ErrWriter, "redress: %s holds a fictional example: replace its values with your client's; 'redress validate %s' lists those left\n", path, path)
			return nil
		},
	}
}
