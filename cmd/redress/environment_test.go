package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// withEnv makes vars the whole environment the commands see, for one test.
func withEnv(t *testing.T, vars map[string]string) {
	t.Helper()
	oldLookup, oldEnviron := lookupEnv, environ
	t.Cleanup(func() { lookupEnv, environ = oldLookup, oldEnviron })
	lookupEnv = func(k string) (string, bool) {
		v, ok := vars[k]
		return v, ok
	}
	environ = func() []string {
		var out []string
		for k, v := range vars {
			out = append(out, k+"="+v)
		}
		sort.Strings(out)
		return out
	}
}

const (
	sayAsOf   = "redress: environment: REDRESS_MATTER_AS_OF=2026-12-01 sets matter.as_of\n"
	sayFirm   = "redress: environment: REDRESS_FIRM_NAME=Lakeshore Clinic sets firm.name\n"
	warnAsOf  = "redress: warning: REDRESS_MATTER_ASOF names no case-file key; did you mean REDRESS_MATTER_AS_OF?\n"
	torresArg = "../../samples/illinois-torres.yaml"
)

var testEnv = map[string]string{
	"REDRESS_FIRM_NAME":     "Lakeshore Clinic",
	"REDRESS_MATTER_AS_OF":  "2026-12-01",
	"REDRESS_MATTER_ASOF":   "2026-12-02",
	"REDRESS_REQUIRE_TOOLS": "1",
	"HOME":                  "/nonexistent",
}

// TestEnvironmentIsAnnounced: every command that reads a case file says,
// once, which variables set a value (in the order of the schema) and warns,
// once, about a REDRESS_ variable that sets nothing; the test suite's own
// variable is not warned about.
func TestEnvironmentIsAnnounced(t *testing.T) {
	withEnv(t, testEnv)
	dir := t.TempDir()
	roster := filepath.Join(dir, "roster.csv")
	os.WriteFile(roster, []byte(clientRoster), 0o644)
	for _, args := range [][]string{
		{"validate", torresArg},
		{"deadlines", torresArg},
		{"letter", torresArg, "--out", filepath.Join(dir, "letter"), "--format", "pdf"},
		{"sf95", torresArg, "--out", filepath.Join(dir, "sf95"), "--format", "pdf"},
		{"complaint", torresArg, "--out", filepath.Join(dir, "complaint"), "--format", "pdf"},
		{"batch", roster, "--base", rosterBase, "--out", filepath.Join(dir, "batch"), "--format", "pdf", "--quiet"},
		{"batch", "--cases", "../../samples", "--out", filepath.Join(dir, "cases"), "--format", "pdf", "--quiet"},
	} {
		name := "redress " + strings.Join(args, " ")
		_, errs, code := runCLI(t, args...)
		if code != exitOK && code != exitRefused { // complaint: FTCA not exhausted yet
			t.Errorf("%s: exit %d\n%s", name, code, errs)
		}
		for _, want := range []string{sayAsOf, sayFirm, warnAsOf} {
			if n := strings.Count(errs, want); n != 1 {
				t.Errorf("%s: %q printed %d times, want once:\n%s", name, want, n, errs)
			}
		}
		if strings.Index(errs, sayAsOf) > strings.Index(errs, sayFirm) {
			t.Errorf("%s: overrides not in the order of the case file's keys:\n%s", name, errs)
		}
		if strings.Contains(errs, "REDRESS_REQUIRE_TOOLS") || strings.Contains(errs, "HOME") {
			t.Errorf("%s: warns about a variable that is not an override:\n%s", name, errs)
		}
	}
}

// TestEnvironmentApplies: the announced value is the one used, and with no
// REDRESS_ variables nothing is said.
func TestEnvironmentApplies(t *testing.T) {
	withEnv(t, testEnv)
	out, errs, code := runCLI(t, "deadlines", "--json", torresArg)
	var got struct {
		AsOf string `json:"as_of"`
	}
	if code != exitOK || json.Unmarshal([]byte(out), &got) != nil || got.AsOf != "2026-12-01" {
		t.Errorf("deadlines with REDRESS_MATTER_AS_OF=2026-12-01: exit %d, as_of %q\n%s", code, got.AsOf, errs)
	}

	withEnv(t, map[string]string{"PATH": "/usr/bin", "REDRESS_REQUIRE_TOOLS": "1"})
	_, errs, _ = runCLI(t, "validate", torresArg)
	if strings.Contains(errs, "redress: environment") || strings.Contains(errs, "warning") {
		t.Errorf("no overrides set, yet:\n%s", errs)
	}
}

// TestEnvironmentWarningBeforeErrors: a mistyped variable is named even
// when the case file has errors (it may be why).
func TestEnvironmentWarningBeforeErrors(t *testing.T) {
	withEnv(t, map[string]string{"REDRESS_MATTER_ASOF": "2026-12-01"})
	path := writeCase(t, "case.yaml", strings.Replace(minimal, "  as_of: 2026-11-27\n", "", 1)+"bogus: 1\n")
	_, errs, code := runCLI(t, "validate", path)
	if code != exitData || !strings.Contains(errs, warnAsOf) {
		t.Errorf("exit %d, want %d and the warning:\n%s", code, exitData, errs)
	}
}
