package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"redress/internal/batch"
	"redress/internal/casefile"
	"redress/internal/civil"
)

func newBatchCommand() *cli.Command {
	return &cli.Command{
		Name:      "batch",
		Usage:     "draft letters (or SF-95s) for every row of a roster, or every case file in a folder",
		ArgsUsage: "[ROSTER.csv]",
		Description: `With a roster: each row of the CSV, laid over --base CASE, is one matter. The
   header names key paths (matter.id, claimants[0].name, claimants[0].address.street,
   claimants[0].language, incident.date, ...). With --cases DIR: every case file in
   DIR is one matter.

   A row describes its own clients, completely. Every row names its own matter.id.
   Its claimants come from its cells alone: the base's claimants are never used, and
   a claimant cell left blank is blank (a name or address a document needs is an
   error for that row), never the base's value. The base supplies only what is shared
   by design: the firm and attorneys, the agency, the court, the counts, and the
   incident of people caught up in one event; for these a blank cell keeps the base
   value. No document of a row may name, or hold the e-mail, phone, street address,
   birth date or A-number of, anyone but the row's own claimants and representatives:
   a row whose text would (an incident.summary inherited from a base that tells its
   own client's story, a cell naming another row's client) is refused, before
   anything of it is written, with the key that carries the other person's data.

   Every record is checked first. A bad record is reported with the roster file,
   row, column and key, and skipped; every good record is written as
   <out>/<matter.id>/letter-<name>.pdf and .docx (or the SF-95 packet with
   --doc sf95). Files are written complete or not at all. manifest.json and
   manifest.csv in --out record each row, file, SHA-256, size, status and error,
   also when the run is interrupted; --resume then skips the records whose files
   are intact. The bytes of every file are the same whatever -j is.

   Deadlines: each claimant's passed deadlines (also a claim received late) and
   deadlines within 90 days, on the as-of date the letter uses, are in the
   manifest: a "warnings" list per entry in manifest.json, and in manifest.csv a
   "worst" column (passed, soon or blank: sort by it) and a "warnings" column
   such as "passed: ftca_presentment 2025-12-20; soon: bivens_limitations
   2026-12-20". A skipped (--resume) row's warnings are computed again for the
   current as-of date. After the summary line, the run says how many rows have a
   PASSED deadline and how many one within 90 days, naming the first five of
   each by row and client. --fail-on passed (or soon) makes such a run exit 5.
   Cells of manifest.csv that a spreadsheet would run as a formula (beginning
   with =, +, -, @, tab or carriage return) start with a single quote;
   manifest.json keeps the true values.

EXAMPLE:
   redress batch samples/roster/roster.csv --base samples/roster/base.yaml --out out/roster
   redress roster 100 --out roster.csv
   redress batch roster.csv --base samples/roster/base.yaml --out out/batch -j 2
   redress batch roster.csv --base samples/roster/base.yaml --out out/batch --resume
   redress batch roster.csv --base samples/roster/base.yaml --out out/nightly --fail-on passed
   redress batch --cases samples --doc sf95 --out out/claims

EXIT STATUS:
   0    every record was written (or skipped as intact with --resume)
   1    some records failed (each is listed; the others were written)
   2    usage error
   5    --fail-on: some rows have a passed deadline (or, with soon, one within
        90 days); every file was written (if records also failed, 1 wins)
   65   the roster's header (e.g. an unknown column) or the base case file has
        errors: nothing ran
   66   the roster, base or folder cannot be read (missing, a folder where a
        file belongs or a file where a folder belongs, "-", a base not named
        .yaml, .yml, .toml or .json)
   73   the output folder already holds a batch (manifest.json: use --resume
        or --force) or cannot be written
   130  interrupted: only complete files remain, and the manifest says what was done`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "base", Usage: "the base case `FILE` the roster's rows are laid over"},
			&cli.StringFlag{Name: "cases", Usage: "draft every case file in `DIR` instead of a roster"},
			&cli.StringFlag{Name: "doc", Value: "letter", Usage: "what to draft: letter or sf95"},
			&cli.StringFlag{Name: "out", Aliases: []string{"o"}, Usage: "write into `DIR` (a folder per matter, and the manifest; default: the settings' out, else out)"},
			formatFlag(),
			asOfFlag(),
			templatesFlag(),
			languageFlag(),
			&cli.IntFlag{Name: "jobs", Aliases: []string{"j"}, Usage: "`N` workers (default: the number of CPUs)"},
			&cli.BoolFlag{Name: "resume", Usage: "skip records whose files the manifest records and that are intact"},
			&cli.BoolFlag{Name: "force", Usage: "run into an output folder that has a manifest, replacing its files"},
			&cli.BoolFlag{Name: "combined", Usage: "also write letters-combined.pdf: every letter, each on an odd page, bookmarked by name"},
			&cli.StringFlag{Name: "fail-on", Usage: "exit 5 when some row has a passed deadline (`KIND` passed), or one passed or within 90 days (soon); every file is still written"},
			&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "no progress output"},
			allowOutsideFilesFlag(),
		},
		OnUsageError: onUsageError,
		Action:       runBatch,
	}
}

func runBatch(c *cli.Context) error {
	set, err := officeSettings(c)
	if err != nil {
		return err
	}
	doc := c.String("doc")
	if doc != "letter" && doc != "sf95" {
		return usageError{fmt.Sprintf("--doc %q: use letter or sf95", doc)}
	}
	opt := batch.Options{Doc: doc, Formats: set.Formats, Out: set.Out, Jobs: c.Int("jobs"),
		Resume: c.Bool("resume"), Force: c.Bool("force"), Combined: c.Bool("combined"), Language: c.String("language"),
		Today: civil.Of(time.Now()), Errors: c.App.ErrWriter}
	if s := c.String("as-of"); s != "" {
		if opt.AsOf, err = civil.ParseDate(s); err != nil {
			return usageError{"--as-of: " + err.Error()}
		}
	}
	failOn := c.String("fail-on")
	if failOn != "" && failOn != batch.WarnPassed && failOn != batch.WarnSoon {
		return usageError{fmt.Sprintf("--fail-on %q: use passed (a deadline has passed) or soon (passed, or within 90 days)", failOn)}
	}
	if opt.Combined && doc != "letter" {
		return usageError{"--combined makes a print run of letters; use it with --doc letter"}
	}
	if _, err := os.Stat(filepath.Join(opt.Out, "manifest.json")); err == nil && !opt.Resume && !opt.Force {
		return existsError{fmt.Sprintf("%s already holds a batch (manifest.json): use --resume to finish it, --force to run it again, or --out for a new folder", opt.Out)}
	}
	copts, err := caseOptions(c)
	if err != nil {
		return err
	}
	copts.AllowOutsideFiles = c.Bool("allow-outside-files")
	var recs batch.Records
	switch {
	case c.String("cases") != "" && (c.NArg() > 0 || c.String("base") != ""):
		return usageError{"give either a roster with --base, or --cases DIR, not both"}
	case c.String("cases") != "":
		warnUnknownEnv(c.App.ErrWriter)
		if err := checkCasesFolder(c.String("cases")); err != nil {
			return err
		}
		f, err := batch.ReadFolder(c.String("cases"), copts)
		if err != nil {
			return fmt.Errorf("%w: %w", errNoInput, err)
		}
		recs = f
		sayOverrides(c.App.ErrWriter, casefile.EnvOverrides(copts.Env)) // on every file of the folder
	case c.NArg() == 1 && c.String("base") != "":
		warnUnknownEnv(c.App.ErrWriter)
		base, err := casefile.LoadBase(c.String("base"), copts)
		if err != nil {
			return inputError(c, c.String("base"), err)
		}
		sayOverrides(c.App.ErrWriter, casefile.EnvOverrides(copts.Env)) // on the base, under every row
		if n := len(base.Claimants); n > 0 {
			fmt.Fprintf(c.App.ErrWriter, "redress batch: the base case %s has %d %s; a roster run does not use them: each row gives its own claimants\n",
				c.String("base"), n, plural(n, "claimant", "claimants"))
		}
		r, err := casefile.LoadRoster(c.Args().First(), base, copts)
		if err != nil {
			return inputError(c, c.Args().First(), err)
		}
		recs = batch.Roster{Path: c.Args().First(), R: r}
	default:
		return usageError{"batch needs a roster and --base CASE (redress batch roster.csv --base case.yaml), or --cases DIR"}
	}
	eng, err := engine(c)
	if err != nil {
		return err
	}
	if err := checkLanguage(c, eng); err != nil {
		return err
	}
	if !c.Bool("quiet") {
		opt.Progress = batch.NewProgress(c.App.ErrWriter, isTerminal(c.App.ErrWriter))
	}
	tuneGC()
	sum, err := batch.Run(c.Context, recs, eng, opt)
	if sum != nil {
		fmt.Fprintf(c.App.ErrWriter, "redress batch: %d records: %d written, %d skipped as intact, %d failed, %d not done; %d files; manifest in %s\n",
			sum.Records, sum.Written, sum.Skipped, sum.Failed, sum.Pending, sum.Files, filepath.Join(opt.Out, "manifest.json"))
		sum.WriteTriage(c.App.ErrWriter, filepath.Join(opt.Out, "manifest.csv"))
	}
	if errors.Is(err, batch.ErrRecordsFailed) {
		return fmt.Errorf("%w: %w", errReported, batchFailed{})
	}
	if err != nil && !errors.Is(err, c.Context.Err()) {
		return fmt.Errorf("%w: %w", errCantWrite, err)
	}
	if err == nil && failOn != "" {
		if n := sum.RowsAtLeast(failOn); n > 0 {
			return batchDeadlines{failOn: failOn, rows: n}
		}
	}
	return err
}

// batchFailed maps to exit 1: some records failed, the others were
// written.
type batchFailed struct{}

func (batchFailed) Error() string { return "some records failed" }

// batchDeadlines maps to exit 5: every record was written, but --fail-on
// asked a scripted run to stop on rows with passed (or near) deadlines.
type batchDeadlines struct {
	failOn string
	rows   int
}

func (e batchDeadlines) Error() string {
	what := "a passed deadline (or one that could not be computed)"
	if e.failOn == batch.WarnSoon {
		what = "a passed deadline or one within 90 days"
	}
	rows := "rows have"
	if e.rows == 1 {
		rows = "row has"
	}
	return fmt.Sprintf("--fail-on %s: %d %s %s; every file was written", e.failOn, e.rows, rows, what)
}

// inputError prints a roster's or base's problems, or reports a file that
// cannot be read.
func inputError(c *cli.Context, path string, err error) error {
	var probs casefile.Problems
	if errors.As(err, &probs) {
		return printProblems(c, path, err)
	}
	return err // a *casefile.ReadError says what to give instead
}

// checkCasesFolder reports a --cases that is not a folder, saying what to
// give instead (exit 66).
func checkCasesFolder(dir string) error {
	st, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return &casefile.ReadError{Path: dir, Msg: "no such folder; --cases takes a folder of case files", Err: err}
	case err != nil:
		return &casefile.ReadError{Path: dir, Msg: "cannot be read: " + err.Error(), Err: err}
	case !st.IsDir():
		return &casefile.ReadError{Path: dir, Msg: fmt.Sprintf("is a file; --cases takes a folder of case files (for this one case file: redress letter %s, or a roster with --base %s)", dir, dir)}
	}
	return nil
}

func isTerminal(w any) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0 && !strings.EqualFold(os.Getenv("TERM"), "dumb")
}

// tuneGC sets the garbage collector for a batch, unless GOGC or GOMEMLIMIT
// say otherwise. A batch allocates fast and keeps little: each worker's
// chunk of letters is garbage once written. GOGC=200 halves the number of
// collections (1,000 rows: 4.7 s -> 4.0 s wall, 8.0 s -> 6.8 s CPU). The
// soft limit of 128 MiB caps the heap, so peak memory hardly grows with the
// roster: the live heap grows by about 1 KB a row (the roster and the
// plan), and without a cap the heap goal, three times the live heap, would
// follow it.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(200)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(128 << 20)
	}
}
