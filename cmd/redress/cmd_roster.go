package main

import (
	"fmt"
	"strconv"

	"github.com/urfave/cli/v2"

	"redress/internal/batch"
	"redress/internal/output"
)

func newRosterCommand() *cli.Command {
	return &cli.Command{
		Name:      "roster",
		Usage:     "write a fictional N-row roster for trying and timing batch runs",
		ArgsUsage: "N",
		Description: `Writes a CSV roster of N fictional clients (example.org addresses) with the
   columns matter.id, claimants[0].name, claimants[0].address.street,
   claimants[0].address.city, claimants[0].address.zip, claimants[0].email,
   claimants[0].language and claimants[0].damages.property, to lay over a base
   case file with 'redress batch ROSTER --base CASE'. The same N gives the same
   file.

EXAMPLE:
   redress roster 1000 --out roster.csv
   /usr/bin/time -v redress batch roster.csv --base samples/roster/base.yaml --out out/batch --quiet

` + exitStatusHelp,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "out", Aliases: []string{"o"}, Usage: "write to `FILE` (default: standard output)"},
			&cli.BoolFlag{Name: "force", Usage: "overwrite FILE"},
		},
		OnUsageError: onUsageError,
		Action: func(c *cli.Context) error {
			n, err := strconv.Atoi(c.Args().First())
			if c.NArg() != 1 || err != nil || n < 1 || n > 1000000 {
				return usageError{"roster needs a number of rows from 1 to 1000000, e.g. 'redress roster 1000'"}
			}
			data := batch.FictionalRoster(n)
			if c.String("out") == "" {
				_, err := c.App.Writer.Write(data)
				return err
			}
			dir, name := splitPath(c.String("out"))
			if err := writeFiles(dir, []output.File{{Name: name, Data: data}}, c.Bool("force")); err != nil {
				return fmt.Errorf("%w: %w", errCantWrite, err)
			}
			return nil
		},
	}
}

func splitPath(p string) (dir, name string) {
	for i := len(p) - 1; i >= 0; i-- {
		if p[i] == '/' {
			return p[:i], p[i+1:]
		}
	}
	return ".", p
}
