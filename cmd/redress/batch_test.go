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
	// A second run into the same folder needs --resume or --force: the
	// output exists.
	if _, _, code := runCLI(t, "batch", roster, "--base", rosterBase, "--out", out, "--quiet"); code != exitCantCreate {
		t.Errorf("second run without --resume: exit %d, want %d", code, exitCantCreate)
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

// triageRoster writes a base with no FTCA claim presented and a roster
// whose rows give their own claimant and dates. As of 2026-11-27 (the
// FTCA claim must be received 2 years after the incident; Illinois'
// Bivens period is 2 years, New York's 3):
//
//	line 2, NY, incident 2023-12-20: FTCA 2025-12-20 passed, Bivens
//	        2026-12-20 within 90 days (23 days)
//	line 3, IL, incident 2025-01-15: both 2027-01-15, 49 days away
//	line 4, IL, incident 2025-06-01: both 2027-06-01, 186 days away
//	then a row with an impossible incident date, 2025-02-30
//
// rows picks which of them to write.
func triageRoster(t *testing.T, dir string, rows ...int) (roster, base string) {
	t.Helper()
	data, err := os.ReadFile(rosterBase) // no claim presented
	if err != nil {
		t.Fatal(err)
	}
	base = filepath.Join(dir, "base.yaml")
	os.WriteFile(base, data, 0o644)
	all := []string{
		"TRI-1,2023-12-20,NY,Zoë O'Brien,1 Elm St.,Albany,NY,12207",
		"TRI-2,2025-01-15,IL,Nguyễn Văn Ân,2 Pine Ave.,Chicago,IL,60622",
		"TRI-3,2025-06-01,IL,Smith & <Sons>,3 Oak St.,Chicago,IL,60622",
		"TRI-4,2025-02-30,IL,Ana Díaz,4 Cedar Rd.,Chicago,IL,60622",
	}
	text := "matter.id,incident.date,incident.state,claimants[0].name,claimants[0].address.street,claimants[0].address.city,claimants[0].address.state,claimants[0].address.zip\n"
	for _, r := range rows {
		text += all[r] + "\n"
	}
	roster = filepath.Join(dir, "roster.csv")
	os.WriteFile(roster, []byte(text), 0o644)
	return roster, base
}

// TestBatchDeadlineTriage: the run names the rows with a passed deadline
// and those with one within 90 days, and --fail-on turns them into exit 5
// (records that failed still exit 1).
func TestBatchDeadlineTriage(t *testing.T) {
	// batch runs over the rows of triageRoster into a new folder.
	batch := func(rows []int, extra ...string) (errs string, code int, out, roster string) {
		dir := t.TempDir()
		roster, base := triageRoster(t, dir, rows...)
		out = filepath.Join(dir, "out")
		args := append([]string{"batch", roster, "--base", base, "--out", out, "--as-of", "2026-11-27", "--quiet", "-f", "pdf"}, extra...)
		_, errs, code = runCLI(t, args...)
		return errs, code, out, roster
	}
	all := []int{0, 1, 2}
	errs, code, out, roster := batch(all)
	if code != exitOK {
		t.Fatalf("without --fail-on: exit %d, want 0\n%s", code, errs)
	}
	want := "redress batch: 3 records: 3 written, 0 skipped as intact, 0 failed, 0 not done; 3 files; manifest in " + filepath.Join(out, "manifest.json") + "\n" +
		"redress batch: 1 row has a PASSED deadline: " + roster + ":2 Zoë O'Brien (FTCA claim must be received by December 20, 2025)\n" +
		"redress batch: 2 rows have a deadline within 90 days: " + roster + ":2 Zoë O'Brien (Bivens suit against the officers must be filed by December 20, 2026), " +
		roster + ":3 Nguyễn Văn Ân (FTCA claim must be received by January 15, 2027; Bivens suit against the officers must be filed by January 15, 2027); " +
		"see the warnings column of " + filepath.Join(out, "manifest.csv") + "\n"
	if errs != want {
		t.Errorf("stderr\n%s\nwant\n%s", errs, want)
	}
	csv, _ := os.ReadFile(filepath.Join(out, "manifest.csv"))
	for _, w := range []string{
		",worst,warnings\n",
		",passed,passed: ftca_presentment 2025-12-20; soon: bivens_limitations 2026-12-20\n",
		",soon,soon: ftca_presentment 2027-01-15; soon: bivens_limitations 2027-01-15\n",
	} {
		if !strings.Contains(string(csv), w) {
			t.Errorf("manifest.csv lacks %q:\n%s", w, csv)
		}
	}
	for _, l := range strings.Split(string(csv), "\n") {
		if strings.Contains(l, "letter-smith-sons.pdf") && !strings.HasSuffix(l, ",,") {
			t.Errorf("the row without warnings should end with empty worst and warnings cells: %s", l)
		}
	}

	errs, code, out, _ = batch(all, "--fail-on", "passed")
	if code != exitDeadlines || !strings.Contains(errs, "redress: --fail-on passed: 1 row has a passed deadline") {
		t.Errorf("--fail-on passed: exit %d, want %d\n%s", code, exitDeadlines, errs)
	}
	if _, err := os.Stat(filepath.Join(out, "TRI-1", "letter-zoe-o-brien.pdf")); err != nil {
		t.Errorf("--fail-on must still write every file: %v", err)
	}
	if errs, code, _, _ = batch(all, "--fail-on", "soon"); code != exitDeadlines {
		t.Errorf("--fail-on soon: exit %d, want %d\n%s", code, exitDeadlines, errs)
	}
	if errs, code, _, _ = batch(all, "--fail-on", "late"); code != exitUsage || !strings.Contains(errs, "use passed") {
		t.Errorf("--fail-on late: exit %d, want %d\n%s", code, exitUsage, errs)
	}

	// Only the row within 90 days: soon fails, passed does not.
	if errs, code, _, _ = batch([]int{1}, "--fail-on", "passed"); code != exitOK || strings.Contains(errs, "PASSED") {
		t.Errorf("a run without passed deadlines, --fail-on passed: exit %d, want 0\n%s", code, errs)
	}
	if errs, code, _, _ = batch([]int{1}, "--fail-on", "soon"); code != exitDeadlines {
		t.Errorf("--fail-on soon with a row within 90 days: exit %d, want %d\n%s", code, exitDeadlines, errs)
	}
	// Only the row without warnings: no triage lines, exit 0.
	if errs, code, _, _ = batch([]int{2}, "--fail-on", "soon"); code != exitOK || strings.Count(errs, "\n") != 1 {
		t.Errorf("no warnings: exit %d, want 0 and only the summary line\n%s", code, errs)
	}

	// A failed record wins over --fail-on: exit 1.
	// (row 3 is the row without warnings, given an impossible date)
	if errs, code, _, _ = batch([]int{0, 3}, "--fail-on", "passed"); code != exitInternal || !strings.Contains(errs, "PASSED deadline") {
		t.Errorf("a failed record and a passed deadline: exit %d, want %d\n%s", code, exitInternal, errs)
	}
}

// TestExitFiveDocumented: the new code is in the one table, the README's
// table and batch's help.
func TestExitFiveDocumented(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(readme), "| 5 | `batch --fail-on`") {
		t.Error("README.md's exit-status table lacks 5")
	}
	if !strings.Contains(exitStatusHelp, "\n   5    batch --fail-on") {
		t.Error("exitStatusHelp lacks 5")
	}
	if !strings.Contains(newBatchCommand().Description, "\n   5    --fail-on") {
		t.Error("batch's help lacks exit 5")
	}
}
