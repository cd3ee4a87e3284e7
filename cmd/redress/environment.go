package main

import (
	"io"
	"os"
	"slices"
	"strings"

	"redress/internal/casefile"
	"redress/internal/settings"
	"redress/internal/suggest"
)

// The process environment, as the commands read it: REDRESS_<KEY_PATH>
// overrides a case-file value (casefile/env.go), and REDRESS_TEMPLATES,
// REDRESS_OUT, REDRESS_FORMATS and REDRESS_LANGUAGE an office setting
// (internal/settings). Tests replace both, so
// that they neither depend on nor change the real environment.
var (
	lookupEnv = os.LookupEnv
	environ   = os.Environ
)

// warnUnknownEnv names each REDRESS_ variable that sets nothing (a typo
// of an override would otherwise change nothing without a word). A
// command calls it once, before it reads a case file. The variables of
// the office settings (REDRESS_TEMPLATES, ...) set something; a variable
// that names no case-file key and is near one of them (REDRESS_TEMPLATE)
// is named with the setting it may have meant.
func warnUnknownEnv(w io.Writer) {
	vars := settings.EnvVars()
	var rest []string
	for _, kv := range environ() {
		if name, _, _ := strings.Cut(kv, "="); !slices.Contains(vars, name) {
			rest = append(rest, kv)
		}
	}
	for _, msg := range casefile.UnknownEnv(rest) {
		name, _, _ := strings.Cut(msg, " ")
		near := suggest.Nearest(name, vars, strings.ToUpper)
		if near != "" && strings.HasPrefix(msg, name+" names no case-file key") && !strings.Contains(msg, "did you mean") {
			msg = name + " names no case-file key or setting; did you mean " + near + "?"
		}
		io.WriteString(w, "redress: warning: "+msg+"\n")
	}
}

// sayOverrides says which variables set a case-file value, once per run,
// so that a value the file does not hold is never a surprise.
func sayOverrides(w io.Writer, overrides []casefile.Override) {
	for _, o := range overrides {
		io.WriteString(w, "redress: environment: "+o.String()+"\n")
	}
}
