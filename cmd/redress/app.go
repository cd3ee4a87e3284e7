package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/urfave/cli/v2"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

func newApp() *cli.App {
	cli.VersionFlag = &cli.BoolFlag{Name: "version", Usage: "print the version"}
	return &cli.App{
		Name:    "redress",
		Usage:   "draft FTCA claims, complaints and client letters from one case file",
		Version: version,
		Description: `redress reads one case file (YAML, TOML or JSON) and drafts documents as PDF
   and DOCX. Every document is a draft for attorney review.

EXAMPLE:
   redress init mycase
   redress validate mycase/case.yaml
   redress letter mycase/case.yaml --out letters

` + exitStatusHelp,
		Commands: []*cli.Command{
			newInitCommand(),
			newValidateCommand(),
			newLetterCommand(),
			newSF95Command(),
			newComplaintCommand(),
			newBatchCommand(),
			newRosterCommand(),
			newDeadlinesCommand(),
			newTemplatesCommand(),
			newSchemaCommand(),
			newConfigCommand(),
			newVersionCommand(),
		},
		Suggest:        true,
		Writer:         os.Stdout,
		ErrWriter:      os.Stderr,
		ExitErrHandler: func(*cli.Context, error) {}, // exit codes are decided in main
		OnUsageError:   onUsageError,
		CommandNotFound: func(c *cli.Context, name string) {
			notFound = name
		},
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return usageError{fmt.Sprintf("unknown command %q: run 'redress --help' for the list", c.Args().First())}
			}
			return cli.ShowAppHelp(c)
		},
	}
}

var notFound string

func onUsageError(c *cli.Context, err error, isSub bool) error {
	return usageError{err.Error() + " (see --help)"}
}

// isCLIUsage recognises the usage errors that urfave/cli reports itself.
func isCLIUsage(err error) bool {
	msg := err.Error()
	return notFound != "" || strings.Contains(msg, "Required flag") || strings.Contains(msg, "flag provided but not defined")
}

// Shared flags of the commands that draft documents.
func outputFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "out", Aliases: []string{"o"}, Usage: "write files into `DIR` (default: <out>/<matter.id>, where out is the settings' out folder, else out)"},
		formatFlag(),
		&cli.BoolFlag{Name: "force", Usage: "overwrite existing files"},
		asOfFlag(),
		templatesFlag(),
		allowOutsideFilesFlag(),
	}
}

// formatFlag chooses the formats; without it, the settings' (pdf,docx
// unless the office or REDRESS_FORMATS says otherwise).
func formatFlag() cli.Flag {
	return &cli.StringFlag{Name: "format", Aliases: []string{"f"}, Usage: "which formats to write: pdf, docx or pdf,docx (default: the settings' formats, else pdf,docx)"}
}

// allowOutsideFilesFlag lets a case file or roster name a letterhead or
// logo outside its own folder (casefile.Options.AllowOutsideFiles): every
// command that reads a case file has it.
func allowOutsideFilesFlag() cli.Flag {
	return &cli.BoolFlag{Name: "allow-outside-files", Usage: "let firm.letterhead and firm.logo name files outside the folder of the case file (or roster, or office settings file) that names them"}
}

func asOfFlag() cli.Flag {
	return &cli.StringFlag{Name: "as-of", Usage: "compute deadlines and date documents as of `YYYY-MM-DD` (overrides matter.as_of; default: today)"}
}

func templatesFlag() cli.Flag {
	return &cli.StringFlag{Name: "templates", Usage: "use templates from `DIR`; a file there replaces the built-in of the same name (default: the settings' templates folder, else none)"}
}

// reorderArgs moves each command's flags in front of its positional
// arguments, so that "redress letter case.yaml --out x" works: urfave/cli
// v2 stops parsing flags at the first positional argument. A "--" ends
// the flags, as usual.
func reorderArgs(app *cli.App, args []string) []string {
	if len(args) < 2 {
		return args
	}
	out := []string{args[0]}
	i := 1
	// Global flags come first; then the command name.
	for i < len(args) && strings.HasPrefix(args[i], "-") && args[i] != "--" {
		out = append(out, args[i])
		i++
	}
	if i >= len(args) {
		return out
	}
	cmd := app.Command(args[i])
	if cmd == nil {
		return append(out, args[i:]...)
	}
	out = append(out, args[i])
	i++
	// A command with subcommands: reorder after the subcommand name.
	if len(cmd.Subcommands) > 0 && i < len(args) {
		if sub := cmd.Command(args[i]); sub != nil {
			out = append(out, args[i])
			i++
			cmd = sub
		}
	}
	takesValue := map[string]bool{}
	for _, f := range cmd.Flags {
		_, isBool := f.(*cli.BoolFlag)
		for _, n := range f.Names() {
			takesValue[n] = !isBool
		}
	}
	var flags, pos []string
	for ; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			pos = append(pos, args[i+1:]...)
			break
		}
		if !strings.HasPrefix(a, "-") || a == "-" {
			pos = append(pos, a)
			continue
		}
		flags = append(flags, a)
		name := strings.TrimLeft(a, "-")
		if strings.Contains(name, "=") {
			continue
		}
		if takesValue[name] && i+1 < len(args) {
			flags = append(flags, args[i+1])
			i++
		}
	}
	out = append(out, flags...)
	if len(pos) > 0 {
		out = append(out, "--")
		out = append(out, pos...)
	}
	return out
}
