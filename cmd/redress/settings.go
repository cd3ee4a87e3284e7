package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/urfave/cli/v2"

	"redress/internal/casefile"
	"redress/internal/settings"
)

// settingsPlaces says where the office settings file is looked for: the
// working folder (and its parents) and the user's config folder. Tests
// replace it, so that they never read the real user's settings.
var settingsPlaces = func() (workDir, configDir string) {
	dir, err := os.UserConfigDir()
	if err != nil {
		dir = "" // no $HOME: no user config folder to look in
	}
	return ".", dir
}

// settingsKey is where a run keeps its resolved settings (App.Metadata).
const settingsKey = "redress/settings"

type resolvedSettings struct {
	st  *settings.Settings
	err error
}

// officeSettings returns the office's settings for this run, resolving
// them the first time: their problems are printed, and the settings file
// read and the variables that set a setting are named on standard error,
// once (a default the case file does not hold must never be a surprise).
// Every drafting command calls it before it reads a case file.
func officeSettings(c *cli.Context) (*settings.Settings, error) {
	if r, ok := c.App.Metadata[settingsKey].(*resolvedSettings); ok {
		return r.st, r.err
	}
	st, err := resolveSettings(c)
	if err == nil {
		if st.File != "" {
			fmt.Fprintf(c.App.ErrWriter, "redress: office settings: %s\n", st.File)
		}
		for _, v := range st.Values() {
			if v.From.Layer == settings.Env && !isCaseKey(v.Key) {
				fmt.Fprintf(c.App.ErrWriter, "redress: environment: %s=%s sets %s\n", v.From.Name, v.Text, v.Key)
			}
		}
	}
	if c.App.Metadata == nil {
		c.App.Metadata = map[string]any{}
	}
	c.App.Metadata[settingsKey] = &resolvedSettings{st, err}
	return st, err
}

// resolveSettings resolves the settings with the flags of the command
// that the user set, printing every problem of the settings file and the
// variables.
func resolveSettings(c *cli.Context) (*settings.Settings, error) {
	ex, err := initExample()
	if err != nil {
		return nil, err
	}
	workDir, configDir := settingsPlaces()
	flags := map[string]string{}
	for _, name := range settings.FlagNames() {
		if c.IsSet(name) {
			flags[name] = c.String(name)
		}
	}
	st, err := settings.Resolve(settings.Inputs{
		WorkDir: workDir, ConfigDir: configDir, Env: lookupEnv, Flags: flags,
		Case: casefile.Options{Example: ex, AllowOutsideFiles: c.Bool("allow-outside-files")},
	})
	var (
		probs casefile.Problems
		fErr  *settings.FlagError
	)
	switch {
	case errors.As(err, &fErr):
		return nil, usageError{err.Error()}
	case errors.As(err, &probs):
		for _, p := range probs {
			fmt.Fprintln(c.App.ErrWriter, p.Error())
		}
		fmt.Fprintf(c.App.ErrWriter, "redress: the office settings have %d %s; nothing was written\n", len(probs), plural(len(probs), "error", "errors"))
		return nil, fmt.Errorf("%w: %w", errReported, probs)
	}
	return st, err
}

// isCaseKey reports whether a setting is a case-file key (firm.name),
// whose variable casefile names itself (sayOverrides).
func isCaseKey(key string) bool {
	for _, k := range settings.Keys() {
		if k == key {
			return false
		}
	}
	return true
}

// settingFrom names where a setting came from, for a message about its
// value: the flag, the variable, or the key and the settings file's line.
func settingFrom(v settings.Value) string {
	if v.From.Layer == settings.File {
		return v.Key + " (" + v.From.String() + ")"
	}
	return v.From.String()
}
