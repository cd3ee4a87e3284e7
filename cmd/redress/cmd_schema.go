package main

import (
	"github.com/urfave/cli/v2"

	"redress/internal/casefile"
)

// newSchemaCommand prints the case file's JSON Schema, generated from the
// binary's own Go types, so it always matches the redress that prints it
// (docs/case.schema.json is the same schema, for readers of the docs).
func newSchemaCommand() *cli.Command {
	return &cli.Command{
		Name:  "schema",
		Usage: "print the JSON Schema of the case file, for editors",
		Description: `Prints the JSON Schema (draft-07) of the case file: every key, what it means,
   which keys are required, and the form of dates, times, amounts, ZIP codes and
   language codes. An editor that reads JSON Schema (VS Code with the YAML
   extension, or any editor using yaml-language-server) then completes keys
   and marks unknown keys and wrong values as you type. 'redress init' writes
   it beside the case file it starts, as case.schema.json, and points the case
   file's first line at it:

   # yaml-language-server: $schema=./case.schema.json

   For a case file elsewhere, save the schema beside it and add that line.
   'redress validate' remains the full check: some rules (a date before
   another, a representative for a minor) are beyond a schema.

EXAMPLE:
   redress schema > mycase/case.schema.json

` + exitStatusHelp,
		OnUsageError: onUsageError,
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return usageError{"schema takes no arguments"}
			}
			_, err := c.App.Writer.Write(casefile.JSONSchema())
			return err
		},
	}
}
