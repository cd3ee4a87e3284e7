package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"redress/internal/verify"
)

// TestLanguageFlag: --language es writes the Spanish letter; a language the
// templates cannot write is a usage error, not a quiet English letter.
func TestLanguageFlag(t *testing.T) {
	out := t.TempDir()
	mustRun(t, "letter", "../../samples/illinois-torres.yaml", "--language", "es", "--as-of", "2026-11-27", "--out", out)
	pdf := filepath.Join(out, "letter-maria-elena-torres.pdf")
	verify.PDF(t, pdf)
	text := verify.Fold(verify.Text(t, pdf))
	// The incident date, 2025-03-14, in Spanish form, and the footer.
	verify.ContainsAll(t, pdf, text, "14 de marzo de 2025", "Página 1 de")
	// (The sample's evidence list says "March 14, 2025": case data is
	// printed as typed, so only the letter's own words are checked here.)
	if strings.Contains(text, "Page 1 of") || strings.Contains(text, "What must happen") {
		t.Errorf("%s: English footer or table heading in the Spanish letter", pdf)
	}

	_, errs, code := runCLI(t, "letter", "../../samples/illinois-torres.yaml", "--language", "xx", "--out", t.TempDir())
	if code != exitUsage || !strings.Contains(errs, "--language xx") || !strings.Contains(errs, "have: en, es") {
		t.Errorf("--language xx: exit %d, want %d naming the languages there are:\n%s", code, exitUsage, errs)
	}
}

// TestBatchLanguagePerRow: each roster row's letter is in that row's
// language, and the manifest says which.
func TestBatchLanguagePerRow(t *testing.T) {
	dir := t.TempDir()
	roster := filepath.Join(dir, "roster.csv")
	os.WriteFile(roster, []byte("matter.id,claimants[0].name,claimants[0].language,"+rosterAddressCols+"\nL-1,Ana Ruiz,es,"+rosterAddress+"\nL-2,Bo Lee,en,"+rosterAddress+"\nL-3,Cy Diaz,,"+rosterAddress+"\n"), 0o644)
	out := filepath.Join(dir, "out")
	mustRun(t, "batch", roster, "--base", rosterBase, "--out", out, "--quiet", "--format", "pdf", "--as-of", "2026-11-27")
	// A blank language cell is blank, whatever the base: English.
	want := map[string]string{"L-1/letter-ana-ruiz.pdf": "es", "L-2/letter-bo-lee.pdf": "en", "L-3/letter-cy-diaz.pdf": "en"}
	for f, lang := range want {
		text := verify.Fold(verify.Text(t, filepath.Join(out, f)))
		spanish := strings.Contains(text, "Página 1 de")
		if spanish != (lang == "es") {
			t.Errorf("%s: Spanish footer %v, want language %s", f, spanish, lang)
		}
	}
	var m struct {
		Entries []struct{ Matter, Language string }
	}
	data, err := os.ReadFile(filepath.Join(out, "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, e := range m.Entries {
		got[e.Matter] = e.Language
	}
	for f, lang := range want {
		if m := strings.Split(f, "/")[0]; got[m] != lang {
			t.Errorf("manifest: %s language %q, want %q", m, got[m], lang)
		}
	}

	// --language overrides every row.
	out2 := filepath.Join(dir, "out2")
	mustRun(t, "batch", roster, "--base", rosterBase, "--out", out2, "--quiet", "--format", "pdf", "--language", "en")
	if text := verify.Fold(verify.Text(t, filepath.Join(out2, "L-1/letter-ana-ruiz.pdf"))); strings.Contains(text, "Página") {
		t.Error("--language en: row L-1 still in Spanish")
	}
}

// TestAddedCountJoinsTheCatalogue: a count added in a --templates folder
// is listed beside the built-in ones.
func TestAddedCountJoinsTheCatalogue(t *testing.T) {
	dir := t.TempDir()
	src, err := os.ReadFile("../../templates/complaint/counts/ftca_battery.md")
	if err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(filepath.Join(dir, "complaint", "counts"), 0o755)
	added := strings.Replace(string(src), "title: Battery", "title: Trespass to Land", 1)
	os.WriteFile(filepath.Join(dir, "complaint", "counts", "ftca_trespass.md"), []byte(added), 0o644)
	list := mustRun(t, "complaint", "--list-counts", "--templates", dir)
	for _, want := range []string{"ftca_trespass", "Trespass to Land", "ftca_battery", "bivens_excessive_force"} {
		if !strings.Contains(list, want) {
			t.Errorf("--list-counts lacks %q:\n%s", want, list)
		}
	}
}

// TestTemplatesCheckLanguageFile: a language file with a key missing and a
// placeholder renamed is reported with its file and lines.
func TestTemplatesCheckLanguageFile(t *testing.T) {
	dir := t.TempDir()
	en, err := os.ReadFile("../../templates/lang/en.yaml")
	if err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(filepath.Join(dir, "lang"), 0o755)
	xx := strings.Replace(string(en), `  closing: "Sincerely,"`+"\n", "", 1)
	xx = strings.Replace(xx, `"By email: {email}"`, `"Correo: {correo}"`, 1)
	os.WriteFile(filepath.Join(dir, "lang", "xx.yaml"), []byte(xx), 0o644)
	line := 1 + strings.Count(xx[:strings.Index(xx, "Correo")], "\n")
	_, errs, code := runCLI(t, "templates", "check", dir)
	for _, want := range []string{"xx.yaml:", "words.closing: missing", "xx.yaml:" + itoa(line) + ": words.by_email", "{email}"} {
		if !strings.Contains(errs, want) {
			t.Errorf("templates check lacks %q:\n%s", want, errs)
		}
	}
	if code != exitTemplate {
		t.Errorf("exit %d, want %d", code, exitTemplate)
	}
}
