package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestUnreadableInputs: a case file, base, roster or --cases folder that
// cannot be read exits 66 (not 1, "internal error") and says what to give
// instead, for every command that reads one.
func TestUnreadableInputs(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "case.yaml")
	os.WriteFile(good, []byte(minimal), 0o644)
	txt := filepath.Join(dir, "case.txt")
	os.WriteFile(txt, []byte(minimal), 0o644)
	folder := filepath.Join(dir, "cases")
	os.MkdirAll(folder, 0o755)
	os.WriteFile(filepath.Join(folder, "b-case.yaml"), []byte(minimal), 0o644)
	os.WriteFile(filepath.Join(folder, "a-case.toml"), []byte("schema = 1\n"), 0o644)
	os.WriteFile(filepath.Join(folder, "roster.csv"), []byte("matter.id\nX-1\n"), 0o644)
	empty := filepath.Join(dir, "empty")
	os.MkdirAll(empty, 0o755)
	loop := filepath.Join(dir, "loop.yaml")
	if err := os.Symlink(loop, loop); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "caes.yaml")
	out := filepath.Join(dir, "out")

	const (
		isFolder   = "is a folder; give a case file such as "
		stdin      = "-: reading a case file from standard input is not supported; give the file's path"
		extension  = "case.txt: a case file ends in .yaml, .yml, .toml or .json"
		rosterPipe = "-: reading a roster from standard input is not supported; give the file's path"
	)
	for _, tc := range []struct {
		args []string
		want []string
	}{
		{[]string{"validate", txt}, []string{extension}},
		{[]string{"validate", folder}, []string{folder + ": " + isFolder + filepath.Join(folder, "a-case.toml")}},
		{[]string{"validate", empty}, []string{empty + ": is a folder; give a case file (a .yaml, .yml, .toml or .json file)"}},
		{[]string{"validate", "-"}, []string{stdin}},
		{[]string{"validate", missing}, []string{missing + ": no such file; did you mean " + good + "?"}},
		{[]string{"validate", loop}, []string{loop + ": cannot be read: "}},
		{[]string{"letter", txt, "--out", out}, []string{extension}},
		{[]string{"letter", folder, "--out", out}, []string{isFolder}},
		{[]string{"letter", "-", "--out", out}, []string{stdin}},
		{[]string{"sf95", txt, "--out", out}, []string{extension}},
		{[]string{"sf95", folder, "--out", out}, []string{isFolder}},
		{[]string{"sf95", "-", "--out", out}, []string{stdin}},
		{[]string{"complaint", txt, "--out", out}, []string{extension}},
		{[]string{"complaint", folder, "--out", out}, []string{isFolder}},
		{[]string{"complaint", "-", "--out", out}, []string{stdin}},
		{[]string{"deadlines", txt}, []string{extension}},
		{[]string{"deadlines", folder}, []string{isFolder}},
		{[]string{"deadlines", "-"}, []string{stdin}},
		{[]string{"batch", filepath.Join(folder, "roster.csv"), "--base", txt, "--out", out}, []string{extension}},
		{[]string{"batch", filepath.Join(folder, "roster.csv"), "--base", folder, "--out", out}, []string{isFolder}},
		{[]string{"batch", filepath.Join(folder, "roster.csv"), "--base", "-", "--out", out}, []string{stdin}},
		{[]string{"batch", folder, "--base", good, "--out", out}, []string{folder + ": is a folder; give a roster such as " + filepath.Join(folder, "roster.csv")}},
		{[]string{"batch", empty, "--base", good, "--out", out}, []string{empty + ": is a folder; give a roster (a .csv file)"}},
		{[]string{"batch", "-", "--base", good, "--out", out}, []string{rosterPipe}},
		{[]string{"batch", filepath.Join(dir, "nope.csv"), "--base", good, "--out", out}, []string{"nope.csv: no such file"}},
		{[]string{"batch", loop, "--base", good, "--out", out}, []string{loop + ": cannot be read: "}},
		{[]string{"batch", "--cases", good, "--out", out}, []string{good + ": is a file; --cases takes a folder of case files (for this one case file: redress letter " + good}},
		{[]string{"batch", "--cases", missing, "--out", out}, []string{missing + ": no such folder; --cases takes a folder of case files"}},
	} {
		_, errs, code := runCLI(t, tc.args...)
		name := "redress " + strings.Join(tc.args, " ")
		if code != exitNoInput {
			t.Errorf("%s: exit %d, want %d\n%s", name, code, exitNoInput, errs)
		}
		for _, w := range tc.want {
			if !strings.Contains(errs, w) {
				t.Errorf("%s: message lacks %q:\n%s", name, w, errs)
			}
		}
		if strings.Contains(errs, "internal") {
			t.Errorf("%s: calls a bad name an internal error:\n%s", name, errs)
		}
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("an unreadable input wrote %s", out)
	}
}

// TestUnreadablePermission: a case file the account may not read. Root
// reads every file, so the test needs another user.
func TestUnreadablePermission(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root can read a file without read permission")
	}
	p := writeCase(t, "case.yaml", minimal)
	if err := os.Chmod(p, 0); err != nil {
		t.Fatal(err)
	}
	_, errs, code := runCLI(t, "validate", p)
	if code != exitNoInput || !strings.Contains(errs, p+": cannot be read: permission denied") {
		t.Errorf("exit %d, want %d naming the file and the permission:\n%s", code, exitNoInput, errs)
	}
}

// clientRoster is a roster of two rows, each with its claimant.
const clientRoster = "matter.id,claimants[0].name,claimants[0].address.street,claimants[0].address.city,claimants[0].address.state,claimants[0].address.zip\n" +
	"E-1,Ana Ruiz,1 Elm St.,Chicago,IL,60622\n" +
	"E-2,Bo Lee,2 Oak St.,Chicago,IL,60622\n"

// TestBatchIntoAFinishedBatch: a folder that holds a batch's manifest is an
// existing output (73), not a usage error; the message says how to go on.
func TestBatchIntoAFinishedBatch(t *testing.T) {
	dir := t.TempDir()
	roster := filepath.Join(dir, "roster.csv")
	os.WriteFile(roster, []byte(clientRoster), 0o644)
	out := filepath.Join(dir, "out")
	args := []string{"batch", roster, "--base", rosterBase, "--out", out, "--quiet", "--format", "pdf"}
	mustRun(t, args...)
	_, errs, code := runCLI(t, args...)
	if code != exitCantCreate {
		t.Errorf("second run: exit %d, want %d", code, exitCantCreate)
	}
	for _, w := range []string{out + " already holds a batch (manifest.json)", "--resume", "--force"} {
		if !strings.Contains(errs, w) {
			t.Errorf("second run: message lacks %q:\n%s", w, errs)
		}
	}
	mustRun(t, append(args, "--resume")...)
	mustRun(t, append(args, "--force")...)
}
