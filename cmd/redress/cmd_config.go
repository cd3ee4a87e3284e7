package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/urfave/cli/v2"

	"redress/internal/settings"
)

func newConfigCommand() *cli.Command {
	return &cli.Command{
		Name:  "config",
		Usage: "print the office settings in effect and where each comes from",
		Description: `Prints each setting the drafting commands use, and where its value comes
   from: the default built into redress, the office settings file (its name and
   line), a REDRESS_ variable, or a flag given to config as it would be given to
   a drafting command. Then the firm and court values a case file without its
   own firm or court block takes from the office settings file.

   The office settings file is the first redress.yaml found in the working
   folder, then in each parent folder up to the root, then in the user's config
   folder (redress/redress.yaml in $XDG_CONFIG_HOME or ~/.config on Linux,
   ~/Library/Application Support on macOS, %AppData% on Windows). Only that one
   is read. --path prints every settings file found, the one read first.

   Each later source wins, setting by setting: default < settings file <
   REDRESS_ variable < flag.

EXAMPLE:
   redress config
   redress config --path
   redress config --format pdf --templates my-templates

` + exitStatusHelp,
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "path", Usage: "print the settings files found, the one read first"},
			templatesFlag(),
			&cli.StringFlag{Name: "out", Aliases: []string{"o"}, Usage: "as for a drafting command: the output folder"},
			formatFlag(),
			allowOutsideFilesFlag(),
		},
		OnUsageError: onUsageError,
		Action:       runConfig,
	}
}

func runConfig(c *cli.Context) error {
	if c.NArg() > 0 {
		return usageError{fmt.Sprintf("config takes no arguments (got %q); it reads the office settings file it finds (see 'redress config --path')", c.Args().First())}
	}
	w := c.App.Writer
	workDir, configDir := settingsPlaces()
	if c.Bool("path") {
		found := settings.Find(workDir, configDir)
		for i, f := range found {
			if i == 0 {
				fmt.Fprintln(w, f)
			} else {
				fmt.Fprintf(w, "%s (not read: %s comes first)\n", f, found[0])
			}
		}
		if len(found) == 0 {
			fmt.Fprintf(c.App.ErrWriter, "redress config: no office settings file: looked for %s in %s\n", settings.FileName, settings.Searched(workDir, configDir))
		}
		return nil
	}
	st, err := resolveSettings(c)
	if err != nil {
		return err
	}
	if st.File == "" {
		fmt.Fprintf(c.App.ErrWriter, "redress config: no office settings file (looked for %s in %s); the defaults are in effect\n", settings.FileName, settings.Searched(workDir, configDir))
	}
	for _, v := range st.Values() {
		fmt.Fprintf(w, "%s = %s (%s)\n", v.Key, shownSetting(v), v.From)
	}
	return nil
}

// shownSetting writes a value on one line: the built-in templates by
// that name, a value with a line break or another control character
// quoted.
func shownSetting(v settings.Value) string {
	if v.Key == "templates" && v.Text == "" {
		return "built-in"
	}
	if strings.ContainsFunc(v.Text, func(r rune) bool { return r < ' ' || r == 0x7f }) {
		return strconv.Quote(v.Text)
	}
	return v.Text
}
