// Command redress drafts what a civil-rights case against U.S. immigration
// officers needs first (client advisory letters, SF-95 claims, complaint
// skeletons) from one case file, as DOCX and PDF.
//
// This file holds the one table of exit codes; every command returns
// ordinary errors and main maps them here.
package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/signal"
	"syscall"

	"redress/internal/assemble"
	"redress/internal/casefile"
	"redress/internal/output"
)

// Exit codes. The same table is in every command's help and in README.md.
const (
	exitOK          = 0   // success
	exitInternal    = 1   // an unexpected failure (a bug: please report it); for batch, some records failed
	exitUsage       = 2   // bad command line: unknown command or flag, missing argument
	exitTemplate    = 3   // a template has a syntax error or failed while running
	exitRefused     = 4   // the case is valid but the document would harm the client's rights (e.g. no sum certain)
	exitDeadlines   = 5   // batch --fail-on: some rows have a passed (or, with soon, a near) deadline; every file was written
	exitData        = 65  // the case file (or the office settings file) has errors (all are listed)
	exitNoInput     = 66  // the case file (or a roster, a templates folder, the office settings file) cannot be read: missing, a folder, "-", not .yaml/.yml/.toml/.json
	exitCantCreate  = 73  // an output file exists (without --force; a batch's manifest, without --resume or --force) or cannot be written
	exitInterrupted = 130 // interrupted by Ctrl-C or SIGTERM
)

const exitStatusHelp = `EXIT STATUS:
   0    success
   1    unexpected internal error (please report it); batch: some records failed
   2    usage error: unknown command or flag, missing argument
   3    template error (the message names the template file and line)
   4    refused: the document would put the client's rights at risk
   5    batch --fail-on: some rows have a passed deadline (or, with soon, one
        within 90 days); every file was written
   65   the case file (or the office settings file) has errors (every one is
        listed, with file:line:col and key)
   66   the case file, roster, templates folder or office settings file cannot
        be read (missing, a folder, "-", a case file not named .yaml, .yml,
        .toml or .json)
   73   an output file exists (use --force; for batch, --resume or --force) or
        cannot be written
   130  interrupted`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	app := newApp()
	args := reorderArgs(app, os.Args)
	done := make(chan struct{})
	go watchInterrupt(ctx, args, done, os.Stderr)
	err := app.RunContext(ctx, args)
	close(done)
	code := exitCode(err)
	switch {
	case errors.Is(err, context.Canceled):
		fmt.Fprintln(os.Stderr, "redress: interrupted")
	case err != nil && !errors.Is(err, errReported):
		fmt.Fprintln(os.Stderr, "redress:", err)
	}
	if ctx.Err() != nil && code == exitOK {
		code = exitInterrupted
	}
	stop()
	os.Exit(code)
}

// errReported marks an error whose details were already printed.
var errReported = errors.New("reported")

// usageError is a mistake on the command line.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// existsError is an output that exists and that the user did not say to
// replace (exit 73, as output.ErrExists).
type existsError struct{ msg string }

func (e existsError) Error() string { return e.msg }
func (e existsError) Unwrap() error { return output.ErrExists }

// refusedError is a document redress will not produce.
type refusedError struct{ msg string }

func (e refusedError) Error() string { return e.msg }

// exitCode maps an error to the table above.
func exitCode(err error) int {
	var (
		probs casefile.Problems
		tErr  *assemble.TemplateError
		uErr  usageError
		rErr  refusedError
		pErr  *fs.PathError
	)
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, context.Canceled):
		return exitInterrupted
	case errors.As(err, &probs):
		return exitData
	case errors.As(err, &tErr):
		return exitTemplate
	case errors.As(err, &uErr), isCLIUsage(err):
		return exitUsage
	case errors.As(err, &rErr):
		return exitRefused
	case errors.As(err, new(batchFailed)):
		return exitInternal // batch: some records failed, the rest were written
	case errors.As(err, new(batchDeadlines)):
		return exitDeadlines
	case errors.Is(err, output.ErrExists), errors.Is(err, errCantWrite):
		return exitCantCreate
	case errors.As(err, new(*casefile.ReadError)), errors.As(err, &pErr), errors.Is(err, errNoInput):
		return exitNoInput
	}
	return exitInternal
}

var (
	errNoInput   = errors.New("cannot read input")
	errCantWrite = errors.New("cannot write output")
)
