package main

import (
	"fmt"
	"io/fs"
	"path/filepath"

	"github.com/urfave/cli/v2"

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
   example. Edit it, then run 'redress validate DIR/case.yaml'.

EXAMPLE:
   redress init mycase

` + exitStatusHelp,
		Flags:        []cli.Flag{&cli.BoolFlag{Name: "force", Usage: "overwrite an existing case.yaml"}},
		OnUsageError: onUsageError,
		Action: func(c *cli.Context) error {
			if c.NArg() > 1 {
				return usageError{"init takes at most one folder"}
			}
			dir := "."
			if c.NArg() == 1 {
				dir = c.Args().First()
			}
			data, err := fs.ReadFile(templates.FS, "init/case.yaml")
			if err != nil {
				return err
			}
			if err := output.WriteAll(dir, []output.File{{Name: "case.yaml", Data: data}}, c.Bool("force")); err != nil {
				return fmt.Errorf("%w: %w", errCantWrite, err)
			}
			fmt.Fprintln(c.App.Writer, filepath.Join(dir, "case.yaml"))
			return nil
		},
	}
}
