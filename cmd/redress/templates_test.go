package main

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"redress/internal/verify"
	"redress/templates"
)

// builtinPaths lists templates.FS, the files an export must reproduce.
func builtinPaths(t *testing.T) []string {
	t.Helper()
	paths, err := builtinFiles()
	if err != nil || len(paths) < 5 {
		t.Fatalf("built-in templates: %v (%v)", paths, err)
	}
	return paths
}

// exportTemplates exports the built-ins into a fresh folder.
func exportTemplates(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "tpl")
	mustRun(t, "templates", "export", dir)
	return dir
}

// insertLine puts text on line n (from 1) of dir/rel, pushing the rest down.
func insertLine(t *testing.T, dir, rel string, n int, text string) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(rel))
	src, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(string(src), "\n")
	if n < 1 || n > len(lines) {
		t.Fatalf("%s has %d lines, cannot insert at %d", rel, len(lines), n)
	}
	lines = append(lines[:n-1], append([]string{text + "\n"}, lines[n-1:]...)...)
	writeFile(t, p, strings.Join(lines, ""))
}

// replaceOnce replaces the first old in dir/rel and returns the line (from
// 1) it was on.
func replaceOnce(t *testing.T, dir, rel, old, new string) int {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(rel))
	src, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	i := strings.Index(string(src), old)
	if i < 0 {
		t.Fatalf("%s does not contain %q", rel, old)
	}
	writeFile(t, p, string(src[:i])+new+string(src[i+len(old):]))
	return 1 + strings.Count(string(src[:i]), "\n")
}

func writeFile(t *testing.T, p, s string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestTemplatesExportIsByteIdentical(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "tpl")
	out := mustRun(t, "templates", "export", dir)
	paths := builtinPaths(t)
	for _, p := range paths {
		want, err := fs.ReadFile(templates.FS, p)
		if err != nil {
			t.Fatal(err)
		}
		target := filepath.Join(dir, filepath.FromSlash(p))
		got, err := os.ReadFile(target)
		if err != nil {
			t.Errorf("%s was not exported: %v", p, err)
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from the built-in", p)
		}
		if !strings.Contains(out, target+"\n") {
			t.Errorf("export did not print %s:\n%s", target, out)
		}
	}
	exported, err := userFiles(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(exported) != len(paths) {
		t.Errorf("exported %d files, want the %d built-ins: %v", len(exported), len(paths), exported)
	}
	for _, want := range []string{"letter/en.md", "claim-letter/en.md", "complaint/complaint.md", "complaint/counts/ftca_battery.md", "init/case.yaml"} {
		if !contains(exported, want) {
			t.Errorf("export lacks %s", want)
		}
	}
}

func TestTemplatesExportRefusesExistingFiles(t *testing.T) {
	dir := exportTemplates(t)
	// An edited file must survive, and a deleted one must stay deleted: a
	// refused export writes nothing at all.
	edited := filepath.Join(dir, "letter", "en.md")
	writeFile(t, edited, "our own letter\n")
	deleted := filepath.Join(dir, "init", "case.yaml")
	if err := os.Remove(deleted); err != nil {
		t.Fatal(err)
	}
	_, errs, code := runCLI(t, "templates", "export", dir)
	if code != exitCantCreate {
		t.Fatalf("second export without --force: exit %d, want %d\n%s", code, exitCantCreate, errs)
	}
	if !strings.Contains(errs, filepath.Join(dir, "claim-letter", "en.md")) || !strings.Contains(errs, "--force") {
		t.Errorf("the refusal should name an existing file and --force:\n%s", errs)
	}
	if got, _ := os.ReadFile(edited); string(got) != "our own letter\n" {
		t.Errorf("a refused export overwrote %s", edited)
	}
	if _, err := os.Stat(deleted); err == nil {
		t.Errorf("a refused export wrote %s", deleted)
	}
	// With --force, everything is the built-in again.
	mustRun(t, "templates", "export", dir, "--force")
	want, _ := fs.ReadFile(templates.FS, "letter/en.md")
	if got, _ := os.ReadFile(edited); !bytes.Equal(got, want) {
		t.Errorf("export --force did not restore %s", edited)
	}
	if _, err := os.Stat(deleted); err != nil {
		t.Errorf("export --force did not write %s", deleted)
	}
}

// Checking the untouched built-ins finds nothing: no false alarm on any
// template redress ships.
func TestTemplatesCheckBuiltinsClean(t *testing.T) {
	dir := exportTemplates(t)
	out, errs, code := runCLI(t, "templates", "check", dir)
	if code != exitOK || errs != "" {
		t.Fatalf("check of the untouched built-ins: exit %d\n%s%s", code, out, errs)
	}
	n := 0
	for _, p := range builtinPaths(t) {
		if isTemplatePath(p) {
			n++
		}
	}
	if want := fmt.Sprintf("%d templates checked, no problems\n", n); out != want {
		t.Errorf("got %q, want %q", out, want)
	}
}

func TestTemplatesCheckFindsFieldTypo(t *testing.T) {
	dir := exportTemplates(t)
	insertLine(t, dir, "letter/en.md", 61, "Your name: {{ .Claimant.Nmae }}")
	_, errs, code := runCLI(t, "templates", "check", dir)
	if code != exitTemplate {
		t.Fatalf("exit %d, want %d\n%s", code, exitTemplate, errs)
	}
	// "Your name: {{ .Claimant" is 23 bytes: the unknown .Nmae is at
	// column 24.
	want := filepath.Join(dir, "letter", "en.md") + ":61:24: .Claimant.Nmae"
	if !strings.Contains(errs, want) || !strings.Contains(errs, "did you mean Name?") {
		t.Errorf("want %q and the suggestion Name in:\n%s", want, errs)
	}
}

func TestTemplatesCheckFindsVariableChainTypo(t *testing.T) {
	dir := exportTemplates(t)
	line := replaceOnce(t, dir, "letter/en.md", "{{ money $c.Damages.Total }}", "{{ money $c.Damages.Totl }}")
	_, errs, code := runCLI(t, "templates", "check", dir)
	if code != exitTemplate {
		t.Fatalf("exit %d, want %d\n%s", code, exitTemplate, errs)
	}
	want := fmt.Sprintf("letter/en.md:%d:", line)
	for _, w := range []string{want, "$c.Damages.Totl", "did you mean Total?"} {
		if !strings.Contains(errs, w) {
			t.Errorf("output lacks %q:\n%s", w, errs)
		}
	}
}

func TestTemplatesCheckFindsSyntaxError(t *testing.T) {
	dir := exportTemplates(t)
	insertLine(t, dir, "claim-letter/en.md", 80, "{{ if }}")
	_, errs, code := runCLI(t, "templates", "check", dir)
	if code != exitTemplate {
		t.Fatalf("exit %d, want %d\n%s", code, exitTemplate, errs)
	}
	if want := filepath.Join(dir, "claim-letter", "en.md") + ":80: syntax: missing value for if"; !strings.Contains(errs, want) {
		t.Errorf("want %q in:\n%s", want, errs)
	}
}

// Every problem of every file is reported in one run, each with its file
// and line.
func TestTemplatesCheckReportsAllProblems(t *testing.T) {
	dir := exportTemplates(t)
	l1 := replaceOnce(t, dir, "letter/en.md", "{{ $c.Decedent.Name }}", "{{ $c.Decedent.Nmae }}")
	l2 := replaceOnce(t, dir, "letter/en.md", "{{ date .AsOf }}", "{{ dat .AsOf }}")
	l3 := replaceOnce(t, dir, "claim-letter/en.md", "{{ .TotalWords }}", "{{ .TotalWord }}")
	l4 := replaceOnce(t, dir, "complaint/complaint.md", "{{ .StateName }}", "{{ .StateNmae }}")
	l5 := replaceOnce(t, dir, "complaint/counts/ftca_battery.md", "{{ .Defendants }}", "{{ .Defendant }}")
	insertLine(t, dir, "complaint/counts/ftca_assault.md", 40, "{{ len .Plaintiffs ) }}")
	_, errs, code := runCLI(t, "templates", "check", dir)
	if code != exitTemplate {
		t.Fatalf("exit %d, want %d\n%s", code, exitTemplate, errs)
	}
	for _, w := range []string{
		fmt.Sprintf("letter/en.md:%d:", l1), "$c.Decedent.Nmae",
		fmt.Sprintf("letter/en.md:%d:", l2), `function "dat" not defined; did you mean date?`,
		fmt.Sprintf("claim-letter/en.md:%d:", l3), "did you mean TotalWords?",
		fmt.Sprintf("complaint/complaint.md:%d:", l4), "did you mean StateName?",
		fmt.Sprintf("complaint/counts/ftca_battery.md:%d:", l5), "did you mean Defendants?",
		"complaint/counts/ftca_assault.md:40: syntax: unexpected right paren",
	} {
		if !strings.Contains(errs, w) {
			t.Errorf("output lacks %q:\n%s", w, errs)
		}
	}
}

// A count is checked with the rules of the count catalogue too.
func TestTemplatesCheckCountFrontMatter(t *testing.T) {
	dir := exportTemplates(t)
	replaceOnce(t, dir, "complaint/counts/ftca_negligence.md", "kind: ftca", "kind: tort")
	_, errs, code := runCLI(t, "templates", "check", dir)
	if code != exitTemplate || !strings.Contains(errs, "ftca_negligence.md:1: kind must be bivens or ftca") {
		t.Errorf("exit %d, want a front matter problem:\n%s", code, errs)
	}
}

func TestTemplatesCheckUsage(t *testing.T) {
	if _, _, code := runCLI(t, "templates", "check"); code != exitUsage {
		t.Errorf("check without a folder: exit %d, want %d", code, exitUsage)
	}
	if _, _, code := runCLI(t, "templates", "check", filepath.Join(t.TempDir(), "missing")); code != exitNoInput {
		t.Errorf("check of a missing folder: exit %d, want %d", code, exitNoInput)
	}
	if _, _, code := runCLI(t, "templates", "export"); code != exitUsage {
		t.Errorf("export without a folder: exit %d, want %d", code, exitUsage)
	}
	if _, _, code := runCLI(t, "templates", "frobnicate"); code != exitUsage {
		t.Errorf("unknown subcommand: exit %d, want %d", code, exitUsage)
	}
}

func TestTemplatesList(t *testing.T) {
	out := mustRun(t, "templates", "list")
	for _, p := range builtinPaths(t) {
		if !strings.Contains(out, p+" ") {
			t.Errorf("list lacks %s:\n%s", p, out)
		}
	}
	for _, w := range []string{"letter: client advisory letter (en)", "claim letter: SF-95 presentment letter",
		"count: Excessive Force", "count: Negligence", "init: the case file", "language data"} {
		if !strings.Contains(out, w) {
			t.Errorf("list lacks %q:\n%s", w, out)
		}
	}

	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "letter", "en.md"), "letter\n")
	writeFile(t, filepath.Join(dir, "claim_letter", "en.md"), "typo\n")
	writeFile(t, filepath.Join(dir, "complaint", "counts", "ftca_trespass.md"),
		"---\ntitle: Trespass\nkind: ftca\nagainst: united_states\nbasis: FTCA\n---\nbody\n")
	out = mustRun(t, "templates", "list", "--templates", dir)
	builtinSection, _, _ := strings.Cut(out, "\n\n")
	for _, l := range strings.Split(builtinSection, "\n") {
		if strings.HasPrefix(l, "letter/en.md ") != strings.Contains(l, "overridden by") {
			t.Errorf("only letter/en.md is overridden; got %q", l)
		}
	}
	for _, w := range []string{
		"overridden by " + filepath.Join(dir, "letter", "en.md"),
		filepath.Join(dir, "claim_letter", "en.md"), "probably a typo", "did you mean claim-letter/en.md?",
		filepath.Join(dir, "complaint", "counts", "ftca_trespass.md"), "adds a count: Trespass",
	} {
		if !strings.Contains(out, w) {
			t.Errorf("list --templates lacks %q:\n%s", w, out)
		}
	}
}

// The acceptance test of the feature: an office exports the templates,
// changes one sentence, and its letters say the new sentence.
func TestTemplatesEditedLetterChangesTheLetter(t *testing.T) {
	const old, edited = "Here is what we understand happened:", "This is the account of the events as you gave it to us:"
	dir := exportTemplates(t)
	replaceOnce(t, dir, "letter/en.md", old, edited)
	mustRun(t, "templates", "check", dir)

	ours := filepath.Join(t.TempDir(), "ours")
	mustRun(t, "letter", "../../samples/illinois-torres.yaml", "--templates", dir, "--out", ours, "--format", "docx")
	builtin := filepath.Join(t.TempDir(), "builtin")
	mustRun(t, "letter", "../../samples/illinois-torres.yaml", "--out", builtin, "--format", "docx")

	got := documentXML(t, ours)
	if !strings.Contains(got, edited) || strings.Contains(got, old) {
		t.Errorf("the letter drafted with --templates does not carry the edited sentence")
	}
	if got := documentXML(t, builtin); !strings.Contains(got, old) || strings.Contains(got, edited) {
		t.Errorf("the letter drafted from the built-ins should carry the original sentence")
	}
}

// documentXML returns word/document.xml of the one letter in dir.
func documentXML(t *testing.T, dir string) string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(dir, "letter-*.docx"))
	if len(files) == 0 {
		t.Fatalf("no letter in %s", dir)
	}
	doc, ok := verify.DOCXFile(t, files[0])["word/document.xml"]
	if !ok {
		t.Fatalf("%s has no word/document.xml", files[0])
	}
	return string(doc)
}

// An error while a template runs names the template file and line, and
// exits with the template error code.
func TestTemplateRuntimeErrorNamesFileAndLine(t *testing.T) {
	dir := t.TempDir()
	src, _ := fs.ReadFile(templates.FS, "letter/en.md")
	writeFile(t, filepath.Join(dir, "letter", "en.md"), string(src))
	// deadline returns nil for a kind the client has no deadline of; .Date
	// of nil fails only when the template runs.
	insertLine(t, dir, "letter/en.md", 61, `{{ (deadline "no_such_deadline").Date }}`)
	_, errs, code := runCLI(t, "letter", "../../samples/illinois-torres.yaml", "--templates", dir, "--out", filepath.Join(t.TempDir(), "out"))
	if code != exitTemplate {
		t.Fatalf("exit %d, want %d\n%s", code, exitTemplate, errs)
	}
	// The file is named by its path in the --templates folder, the one
	// the lawyer edited.
	if want := filepath.Join(dir, "letter", "en.md") + ":61:"; !strings.Contains(errs, want) || !strings.Contains(errs, "nil pointer") {
		t.Errorf("the error should name %s and say what failed:\n%s", want, errs)
	}
}
