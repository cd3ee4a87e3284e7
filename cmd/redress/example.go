package main

import (
	"fmt"
	"io/fs"
	"sync"

	"github.com/urfave/cli/v2"

	"redress/internal/casefile"
	"redress/templates"
)

// initTemplate is the case file 'redress init' writes: the built-in one,
// never a --templates folder's (init has no such option).
const initTemplate = "init/case.yaml"

// initExample is the fictional case of initTemplate, decoded once like
// any case file. Every command that loads a case file passes it to
// casefile (caseOptions), which reports each value still holding the
// example: a case file half-edited from 'redress init' must not become a
// document about two people. The values come from the template itself,
// so a change to the template changes the check.
var initExample = sync.OnceValues(func() (*casefile.Example, error) {
	data, err := fs.ReadFile(templates.FS, initTemplate)
	if err == nil {
		var src *casefile.Source
		if src, err = casefile.LoadBytes(initTemplate, data, "yaml", casefile.Options{}); err == nil {
			return casefile.NewExample(src.Case), nil
		}
	}
	// %v, not %w: a broken built-in template is a bug (exit 1), not a
	// problem of the user's case file (exit 65).
	return nil, fmt.Errorf("the built-in %s cannot be read as a case file (please report it): %v", initTemplate, err)
})

// caseOptions are the options every command loads a user's case file
// (or roster base) with: environment overrides, the init example, and the
// office's defaults (the firm and court blocks of a case file without
// them, the language of a claimant without one).
func caseOptions(c *cli.Context) (casefile.Options, error) {
	ex, err := initExample()
	if err != nil {
		return casefile.Options{}, err
	}
	st, err := officeSettings(c)
	if err != nil {
		return casefile.Options{}, err
	}
	return casefile.Options{Env: lookupEnv, Example: ex, Defaults: st.Defaults()}, nil
}
