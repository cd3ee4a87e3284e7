package main

import (
	"io"
	"os"

	"redress/internal/casefile"
)

// The process environment, as the commands read it: REDRESS_<KEY_PATH>
// overrides a case-file value (casefile/env.go). Tests replace both, so
// that they neither depend on nor change the real environment.
var (
	lookupEnv = os.LookupEnv
	environ   = os.Environ
)

// warnUnknownEnv names each REDRESS_ variable that sets nothing (a typo
// of an override would otherwise change nothing without a word). A
// command calls it once, before it reads a case file.
func warnUnknownEnv(w io.Writer) {
	for _, msg := range casefile.UnknownEnv(environ()) {
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
