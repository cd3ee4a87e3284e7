package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/urfave/cli/v2"

	"redress/internal/assemble"
	"redress/internal/casefile"
	"redress/internal/civil"
	"redress/templates"
)

// loadCase reads the case file named by the command's one argument,
// prints every data error and what the environment set, and applies
// --as-of.
func loadCase(c *cli.Context) (*casefile.Source, civil.Date, error) {
	if c.NArg() != 1 {
		return nil, civil.Date{}, usageError{fmt.Sprintf("%s needs exactly one case file, e.g. 'redress %s case.yaml'", c.Command.Name, c.Command.Name)}
	}
	path := c.Args().First()
	opts, err := caseOptions(c)
	if err != nil {
		return nil, civil.Date{}, err
	}
	warnUnknownEnv(c.App.ErrWriter)
	opts.AllowOutsideFiles = c.Bool("allow-outside-files")
	src, err := casefile.Load(path, opts)
	if err != nil {
		return nil, civil.Date{}, caseErrors(c, path, err) // a *casefile.ReadError says what to give instead
	}
	sayOverrides(c.App.ErrWriter, src.Overrides())
	for _, w := range src.Warnings {
		fmt.Fprintln(c.App.ErrWriter, "warning:", w.Error())
	}
	asOf, from, err := resolveAsOf(c, src.Case)
	if err != nil {
		return nil, civil.Date{}, err
	}
	if from != "" {
		// Loading checked the dates against the file's matter.as_of;
		// --as-of or today replaces it.
		if err := src.CheckAsOf(asOf, from); err != nil {
			return nil, civil.Date{}, caseErrors(c, path, err)
		}
	}
	return src, asOf, nil
}

// caseErrors prints the problems of a case file, if err holds them.
func caseErrors(c *cli.Context, path string, err error) error {
	return reportProblems(c, err, func(n int) string {
		return fmt.Sprintf("%s has %d %s", path, n, plural(n, "error", "errors"))
	})
}

// reportProblems prints the problems err holds, one a line, then what
// summary says of their number and that nothing was written; an error
// that holds none is returned as it is.
func reportProblems(c *cli.Context, err error, summary func(n int) string) error {
	var probs casefile.Problems
	if !errors.As(err, &probs) {
		return err
	}
	for _, p := range probs {
		fmt.Fprintln(c.App.ErrWriter, p.Error())
	}
	fmt.Fprintf(c.App.ErrWriter, "redress: %s; nothing was written\n", summary(len(probs)))
	return fmt.Errorf("%w: %w", errReported, probs)
}

// resolveAsOf picks the as-of date: --as-of, else matter.as_of (which the
// REDRESS_MATTER_AS_OF variable may have set), else today. from says
// where it came from when it is not the case's own ("--as-of 2026-12-01",
// "today, 2026-12-01"), and is "" when it is.
func resolveAsOf(c *cli.Context, k *casefile.Case) (asOf civil.Date, from string, err error) {
	if s := c.String("as-of"); s != "" {
		d, err := civil.ParseDate(s)
		if err != nil {
			return civil.Date{}, "", usageError{"--as-of: " + err.Error()}
		}
		k.Matter.AsOf = d
		return d, "--as-of " + d.String(), nil
	}
	if !k.Matter.AsOf.IsZero() {
		return k.Matter.AsOf, "", nil
	}
	d := civil.Of(time.Now())
	k.Matter.AsOf = d
	return d, "today, " + d.String() + ", as matter.as_of is not set", nil
}

// engine returns the template engine: the built-ins, overlaid by the
// templates folder of the settings (--templates DIR, REDRESS_TEMPLATES or
// the office settings file's templates:) when there is one.
func engine(c *cli.Context) (*assemble.Engine, error) {
	set, err := officeSettings(c)
	if err != nil {
		return nil, err
	}
	dir := set.Templates
	if dir == "" {
		return assemble.New(templates.FS), nil
	}
	if err := templatesDir(dir, settingFrom(set.Get("templates"))); err != nil {
		return nil, err
	}
	return assemble.New(assemble.OverlayDir(dir, templates.FS)), nil
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
