package main

import (
	"fmt"
	"runtime"

	"github.com/urfave/cli/v2"
)

func newVersionCommand() *cli.Command {
	return &cli.Command{
		Name:  "version",
		Usage: "print the version of redress",
		Description: `EXAMPLE:
   redress version

` + exitStatusHelp,
		Action: func(c *cli.Context) error {
			fmt.Fprintf(c.App.Writer, "redress %s (%s)\n", version, runtime.Version())
			return nil
		},
	}
}
