package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"redress/internal/verify"
)

// No test reads the settings of the machine it runs on: without
// useSettings, no folder is searched for a settings file.
func init() {
	settingsPlaces = func() (string, string) { return "", "" }
}

// useSettings makes the commands look for the office settings file in
// work (and its parents) and then in config, for one test.
func useSettings(t *testing.T, work, config string) {
	t.Helper()
	old := settingsPlaces
	t.Cleanup(func() { settingsPlaces = old })
	settingsPlaces = func() (string, string) { return work, config }
}

// officeSettingsFile is an office's settings; line numbers in the tests
// are counted by hand from it.
const officeSettingsFile = `# Office settings (fictional)
firm:
  name: Smith & <Sons>
  address: {street: "1 Main St.", city: Chicago, state: IL, zip: "60601"}
  phone: (312) 555-0100
  attorneys:
    - name: Zoë O'Brien
      bar: IL 6301234
court:
  district: Northern District of Illinois
formats: [pdf]
language: es
`

// caseWithoutFirm is minimal without its firm block, and with no
// claimant language.
var caseWithoutFirm = func() string {
	a := strings.Index(minimal, "firm:\n")
	b := strings.Index(minimal, "claimants:\n")
	return minimal[:a] + minimal[b:]
}()

// officeFolders writes the settings file in office/ and returns the
// office folder, a working folder below it and an empty config folder.
func officeFolders(t *testing.T, settingsText string) (office, work, config string) {
	t.Helper()
	root := t.TempDir()
	office = filepath.Join(root, "office")
	work = filepath.Join(office, "cases")
	config = filepath.Join(root, "config")
	for _, d := range []string{work, config} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(office, "redress.yaml"), []byte(settingsText), 0o644); err != nil {
		t.Fatal(err)
	}
	return office, work, config
}

// TestConfig: each setting with where it comes from, for every layer.
func TestConfig(t *testing.T) {
	office, work, config := officeFolders(t, officeSettingsFile)
	useSettings(t, work, config)
	withEnv(t, map[string]string{"REDRESS_TEMPLATES": "my-templates", "REDRESS_FIRM_PHONE": "(312) 555-0199"})
	file := filepath.Join(office, "redress.yaml")
	out, errs, code := runCLI(t, "config", "--format", "docx")
	want := strings.Join([]string{
		"templates = my-templates (REDRESS_TEMPLATES)",
		"out = out (default)",
		"formats = docx (--format)",
		"language = es (" + file + ":12)",
		"firm.name = Smith & <Sons> (" + file + ":3)",
		"firm.address.street = 1 Main St. (" + file + ":4)",
		"firm.address.city = Chicago (" + file + ":4)",
		"firm.address.state = IL (" + file + ":4)",
		"firm.address.zip = 60601 (" + file + ":4)",
		"firm.phone = (312) 555-0199 (REDRESS_FIRM_PHONE)",
		"firm.attorneys[0].name = Zoë O'Brien (" + file + ":7)",
		"firm.attorneys[0].bar = IL 6301234 (" + file + ":8)",
		"court.district = Northern District of Illinois (" + file + ":10)",
	}, "\n") + "\n"
	if code != exitOK || out != want || errs != "" {
		t.Errorf("redress config: exit %d\n%s\nwant:\n%s\nstderr: %s", code, out, want, errs)
	}

	// No settings file: the defaults, and a word on where it looked.
	useSettings(t, config, "")
	withEnv(t, nil)
	out, errs, code = runCLI(t, "config")
	if code != exitOK || out != "templates = built-in (default)\nout = out (default)\nformats = pdf,docx (default)\nlanguage = en (default)\n" ||
		!strings.Contains(errs, "no office settings file (looked for redress.yaml in "+config+" and its parents)") {
		t.Errorf("no settings: exit %d\n%s\n%s", code, out, errs)
	}
}

func TestConfigPath(t *testing.T) {
	office, work, config := officeFolders(t, officeSettingsFile)
	user := filepath.Join(config, "redress", "redress.yaml")
	if err := os.MkdirAll(filepath.Dir(user), 0o755); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(user, []byte("out: x\n"), 0o644)
	useSettings(t, work, config)
	near := filepath.Join(office, "redress.yaml")
	out, _, code := runCLI(t, "config", "--path")
	if want := near + "\n" + user + " (not read: " + near + " comes first)\n"; code != exitOK || out != want {
		t.Errorf("config --path: exit %d\n%s\nwant:\n%s", code, out, want)
	}
	os.Remove(near)
	if out, _, _ := runCLI(t, "config", "--path"); out != user+"\n" {
		t.Errorf("config --path without the office's file: %q", out)
	}
	if _, _, code := runCLI(t, "config", "case.yaml"); code != exitUsage {
		t.Errorf("config with an argument: exit %d, want %d", code, exitUsage)
	}
}

// TestDraftingTakesOfficeSettings: a case file without a firm block is
// drafted with the office's firm, formats and language, into the
// office's output folder; the run names the settings file it read.
func TestDraftingTakesOfficeSettings(t *testing.T) {
	path := writeCase(t, "case.yaml", caseWithoutFirm)
	// Without office settings the case lacks a firm.
	if _, errs, code := runCLI(t, "validate", path); code != exitData || !strings.Contains(errs, "firm.name: required") {
		t.Fatalf("without settings: exit %d, want %d (firm.name required)\n%s", code, exitData, errs)
	}

	drafts := filepath.Join(t.TempDir(), "drafts")
	office, work, config := officeFolders(t, officeSettingsFile+"out: "+drafts+"\n")
	useSettings(t, work, config)
	withEnv(t, nil)
	out, errs, code := runCLI(t, "letter", path)
	pdf := filepath.Join(drafts, "TEST-1", "letter-nguyen-van-an.pdf")
	if code != exitOK || out != pdf+"\n" {
		t.Fatalf("letter: exit %d, stdout %q, want only %s\n%s", code, out, pdf, errs)
	}
	if n := strings.Count(errs, "redress: office settings: "+filepath.Join(office, "redress.yaml")+"\n"); n != 1 {
		t.Errorf("the settings file is named %d times, want once:\n%s", n, errs)
	}
	text := verify.Fold(verify.Text(t, pdf))
	verify.ContainsAll(t, pdf, text, "Smith & <Sons>", "(312) 555-0100", "14 de marzo de 2025")
	if _, err := os.Stat(strings.TrimSuffix(pdf, ".pdf") + ".docx"); err == nil {
		t.Error("a DOCX was written, but the office's formats are [pdf]")
	}

	// Flags win over the settings: --out is the folder itself, --format.
	dir := t.TempDir()
	mustRun(t, "letter", path, "--out", dir, "--format", "docx")
	if _, err := os.Stat(filepath.Join(dir, "letter-nguyen-van-an.docx")); err != nil {
		t.Errorf("--format docx --out %s: %v", dir, err)
	}

	// validate and deadlines read the same case with the office's firm.
	for _, args := range [][]string{{"validate", path, "--for", "letter,sf95"}, {"deadlines", path}, {"sf95", path, "--out", t.TempDir()}} {
		if _, errs, code := runCLI(t, args...); code != exitOK {
			t.Errorf("redress %s: exit %d\n%s", strings.Join(args, " "), code, errs)
		}
	}
}

// TestSettingsProblemsStopCommands: a settings file with errors stops
// every command that reads a case (exit 65), each error at its line; a
// bad flag is a usage error first.
func TestSettingsProblemsStopCommands(t *testing.T) {
	office, work, config := officeFolders(t, "firm:\n  nmae: Lakeshore\nformats: pfd\n")
	useSettings(t, work, config)
	withEnv(t, nil)
	file := filepath.Join(office, "redress.yaml")
	path := writeCase(t, "case.yaml", minimal)
	for _, args := range [][]string{{"validate", path}, {"letter", path, "--out", t.TempDir()}, {"deadlines", path}, {"config"}} {
		_, errs, code := runCLI(t, args...)
		for _, want := range []string{
			file + `:2:3: firm.nmae: unknown key "nmae"; did you mean name?`,
			file + `:3:10: formats: unknown format "pfd": use pdf, docx or pdf,docx`,
			"redress: the office settings have 2 errors",
		} {
			if code != exitData || !strings.Contains(errs, want) {
				t.Errorf("redress %s: exit %d, want %d and %q:\n%s", strings.Join(args, " "), code, exitData, want, errs)
			}
		}
	}
	if _, errs, code := runCLI(t, "letter", path, "--format", "pdff"); code != exitUsage || !strings.Contains(errs, `--format: unknown format "pdff"`) {
		t.Errorf("a bad --format: exit %d\n%s", code, errs)
	}
	os.WriteFile(file, []byte("templates: missing-folder\n"), 0o644)
	if _, errs, code := runCLI(t, "letter", path, "--out", t.TempDir()); code != exitNoInput || !strings.Contains(errs, "templates ("+file+":1)") {
		t.Errorf("a templates folder that is not there: exit %d, want %d naming the settings file's line\n%s", code, exitNoInput, errs)
	}
}

// TestSettingsEnvironment: a settings variable is named once, is not
// warned about, and a near miss of one is.
func TestSettingsEnvironment(t *testing.T) {
	out := t.TempDir()
	withEnv(t, map[string]string{"REDRESS_OUT": out, "REDRESS_FORMATS": "pdf", "REDRESS_TEMPLATE": "x", "REDRESS_COURT": "x"})
	path := writeCase(t, "case.yaml", minimal)
	stdout, errs, code := runCLI(t, "letter", path)
	if code != exitOK || stdout != filepath.Join(out, "TEST-1", "letter-nguyen-van-an.pdf")+"\n" {
		t.Fatalf("exit %d\n%s%s", code, stdout, errs)
	}
	for _, want := range []string{
		"redress: environment: REDRESS_OUT=" + out + " sets out\n",
		"redress: environment: REDRESS_FORMATS=pdf sets formats\n",
		"redress: warning: REDRESS_TEMPLATE names no case-file key or setting; did you mean REDRESS_TEMPLATES?\n",
		"redress: warning: REDRESS_COURT names court, which holds several keys",
	} {
		if n := strings.Count(errs, want); n != 1 {
			t.Errorf("%q printed %d times, want once:\n%s", want, n, errs)
		}
	}
	if strings.Contains(errs, "REDRESS_OUT names") || strings.Contains(errs, "REDRESS_FORMATS names") {
		t.Errorf("a settings variable is warned about:\n%s", errs)
	}
}

// TestBatchTakesOfficeSettings: a roster over a base without a firm block
// is drafted with the office's firm, into the office's output folder, in
// its formats.
func TestBatchTakesOfficeSettings(t *testing.T) {
	drafts := filepath.Join(t.TempDir(), "drafts")
	_, work, config := officeFolders(t, officeSettingsFile+"out: "+drafts+"\n")
	useSettings(t, work, config)
	withEnv(t, nil)
	dir := t.TempDir()
	base := filepath.Join(dir, "base.yaml")
	os.WriteFile(base, []byte("schema: 1\nmatter: {as_of: 2026-11-27}\nincident: {date: 2025-06-05, place: \"Chicago, Illinois\", state: IL, agency: ICE}\n"), 0o644)
	roster := filepath.Join(dir, "roster.csv")
	os.WriteFile(roster, []byte(clientRoster), 0o644)
	if _, errs, code := runCLI(t, "batch", roster, "--base", base, "--quiet"); code != exitOK {
		t.Fatalf("batch: exit %d\n%s", code, errs)
	}
	pdf := filepath.Join(drafts, "E-1", "letter-ana-ruiz.pdf")
	verify.ContainsAll(t, pdf, verify.Fold(verify.Text(t, pdf)), "Smith & <Sons>", "5 de junio de 2025")
	if _, err := os.Stat(filepath.Join(drafts, "manifest.json")); err != nil {
		t.Errorf("the manifest is not in the office's out folder: %v", err)
	}
	if docx, _ := filepath.Glob(filepath.Join(drafts, "*", "*.docx")); len(docx) != 0 {
		t.Errorf("DOCX written, but the office's formats are [pdf]: %v", docx)
	}
}

// TestReadmeOfficeSettings: the README's settings file is read as it
// says, and 'redress config' prints what the README shows.
func TestReadmeOfficeSettings(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	text := string(readme)
	block := func(start, end string) string {
		a := strings.Index(text, start)
		if a < 0 {
			t.Fatalf("README has no %q", start)
		}
		b := strings.Index(text[a:], end)
		return text[a : a+b]
	}
	settingsText := block("# redress.yaml (fictional)", "```")
	office, work, config := officeFolders(t, settingsText)
	lh, err := os.ReadFile("../../samples/letterhead/letterhead.docx")
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(office, "letterhead.docx"), lh, 0o644)
	useSettings(t, work, config)
	withEnv(t, map[string]string{"REDRESS_TEMPLATES": "my-templates"})
	out, errs, code := runCLI(t, "config", "--format", "pdf")
	shown := block("$ REDRESS_TEMPLATES=my-templates redress config --format pdf\n", "...\n")
	shown = strings.TrimPrefix(shown, "$ REDRESS_TEMPLATES=my-templates redress config --format pdf\n")
	shown = strings.ReplaceAll(shown, "../redress.yaml", filepath.Join(office, "redress.yaml"))
	if code != exitOK || !strings.HasPrefix(out, shown) {
		t.Errorf("exit %d; redress config printed:\n%s\nthe README shows:\n%s\n%s", code, out, shown, errs)
	}
}
