package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// rosterBase is the sample base case for rosters: an event many clients
// share, with no claimants of its own.
const rosterBase = "../../samples/roster/base.yaml"

// rosterAddress is the header and the cells of a client's whole address:
// a roster row gives its clients completely.
const (
	rosterAddressCols = "claimants[0].address.street,claimants[0].address.city,claimants[0].address.state,claimants[0].address.zip"
	rosterAddress     = "1 Main St.,Chicago,IL,60601"
)

func TestBatchCommand(t *testing.T) {
	dir := t.TempDir()
	roster := filepath.Join(dir, "roster.csv")
	mustRun(t, "roster", "5", "--out", roster)
	data, _ := os.ReadFile(roster)
	lines := strings.Split(string(data), "\n")
	lines[3] = strings.Replace(lines[3], ",en,", ",en,", 1)
	cells := strings.Split(lines[3], ",")
	cells[len(cells)-1] = "-1"
	lines[3] = strings.Join(cells, ",")
	os.WriteFile(roster, []byte(strings.Join(lines, "\n")), 0o644)
	out := filepath.Join(dir, "out")
	_, errs, code := runCLI(t, "batch", roster, "--base", rosterBase, "--out", out, "--quiet", "--combined")
	if code != exitInternal || !strings.Contains(errs, "roster.csv:4:9") || !strings.Contains(errs, "claimants[0].damages.property") {
		t.Fatalf("exit %d; want 1 and the bad row named by line and column:\n%s", code, errs)
	}
	if !strings.Contains(errs, "4 written") || !strings.Contains(errs, "1 failed") {
		t.Errorf("summary:\n%s", errs)
	}
	for _, f := range []string{"manifest.json", "manifest.csv", "letters-combined.pdf"} {
		if _, err := os.Stat(filepath.Join(out, f)); err != nil {
			t.Error(err)
		}
	}
	// A second run into the same folder needs --resume or --force.
	if _, _, code := runCLI(t, "batch", roster, "--base", rosterBase, "--out", out, "--quiet"); code != exitUsage {
		t.Errorf("second run without --resume: exit %d, want %d", code, exitUsage)
	}
	// An unknown column stops the run before anything is drafted.
	bad := filepath.Join(dir, "bad.csv")
	os.WriteFile(bad, []byte("matter.id,claimants[0].nmae\nX-1,Ana\n"), 0o644)
	_, errs, code = runCLI(t, "batch", bad, "--base", rosterBase, "--out", filepath.Join(dir, "o2"), "--quiet")
	if code != exitData || !strings.Contains(errs, "claimants[0].name") {
		t.Errorf("unknown column: exit %d, want %d with a suggestion:\n%s", code, exitData, errs)
	}
	if _, err := os.Stat(filepath.Join(dir, "o2")); !os.IsNotExist(err) {
		t.Error("an unknown column must stop the run before anything is written")
	}
}
