package main

import (
	"fmt"

	"github.com/urfave/cli/v2"
)

func newValidateCommand() *cli.Command {
	return &cli.Command{
		Name:      "validate",
		Usage:     "check a case file and list every error in it",
		ArgsUsage: "CASE",
		Description: `Reads the case file strictly: unknown keys (with the nearest known key),
   wrong types, impossible dates, bad money and missing required keys are all
   reported in one run as file:line:col: key.path: message. Writes nothing.

EXAMPLE:
   redress validate samples/california-nguyen.yaml

` + exitStatusHelp,
		OnUsageError: onUsageError,
		Action: func(c *cli.Context) error {
			src, _, err := loadCase(c)
			if err != nil {
				return err
			}
			n := len(src.Case.Claimants)
			fmt.Fprintf(c.App.Writer, "%s: valid (matter %s, %d %s)\n", src.Path, src.Case.Matter.ID, n, plural(n, "claimant", "claimants"))
			return nil
		},
	}
}
