package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"redress/internal/verify"
)

// vietnameseTemplates writes a --templates folder that adds Vietnamese, as
// docs/templates.md tells an office to: English's two files copied, with
// the salutation and the page footer translated.
func vietnameseTemplates(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	en, err := os.ReadFile("../../templates/letter/en.md")
	if err != nil {
		t.Fatal(err)
	}
	words, err := os.ReadFile("../../templates/lang/en.yaml")
	if err != nil {
		t.Fatal(err)
	}
	letter := strings.Replace(string(en), "\nDear {{", "\nKính gửi {{", 1)
	lang := strings.NewReplacer(
		"name: English ", "name: Tiếng Việt ",
		"tag: en-US ", "tag: vi-US ",
		`"{firm} · {name} · Page {page} of {pages}"`, `"{firm} · {name} · Trang {page} / {pages}"`,
	).Replace(string(words))
	if letter == string(en) || !strings.Contains(lang, "Trang {page}") || !strings.Contains(lang, "Tiếng Việt") {
		t.Fatal("the English templates changed: this test no longer translates them")
	}
	os.MkdirAll(filepath.Join(dir, "letter"), 0o755)
	os.MkdirAll(filepath.Join(dir, "lang"), 0o755)
	os.WriteFile(filepath.Join(dir, "letter", "vi.md"), []byte(letter), 0o644)
	os.WriteFile(filepath.Join(dir, "lang", "vi.yaml"), []byte(lang), 0o644)
	if _, errs, code := runCLI(t, "templates", "check", dir); code != exitOK {
		t.Fatalf("templates check of the Vietnamese folder: exit %d\n%s", code, errs)
	}
	return dir
}

// isVietnamese reports whether a drafted letter's PDF and DOCX are the
// Vietnamese letter (its salutation and footer), failing when one format
// says one thing and the other another.
func isVietnamese(t *testing.T, pdf, name string) bool {
	t.Helper()
	text := verify.Fold(verify.Text(t, pdf))
	vi := strings.Contains(text, "Kính gửi "+name) && strings.Contains(text, "Trang 1 / ")
	en := strings.Contains(text, "Dear "+name) && strings.Contains(text, "Page 1 of ")
	if vi == en {
		t.Fatalf("%s is neither the Vietnamese nor the English letter:\n%s", pdf, text)
	}
	parts := verify.DOCXFile(t, strings.TrimSuffix(pdf, ".pdf")+".docx")
	var footer string
	for p, data := range parts {
		if strings.HasPrefix(p, "word/footer") {
			footer += string(data)
		}
	}
	if strings.Contains(string(parts["word/document.xml"]), "Kính gửi") != vi || strings.Contains(footer, "Trang") != vi {
		t.Fatalf("%s: the DOCX is not in the PDF's language (Vietnamese: %v)", pdf, vi)
	}
	return vi
}

// TestAddedLanguage: a language a --templates folder adds is accepted in
// a case file and a roster row and drafts that language's letter; without
// the folder the same case drafts English, with a warning that names the
// claimant and the languages there are.
func TestAddedLanguage(t *testing.T) {
	tpl := vietnameseTemplates(t)
	body := strings.Replace(minimal, "    damages:", "    language: vi\n    damages:", 1)
	path := writeCase(t, "case.yaml", body)
	const name = "Nguyễn Văn Ân"
	warning := `warning: ` + name + `: language "vi" has no advisory letter among the templates (have: en, es; a language needs letter/vi.md and lang/vi.yaml); the letter is in English`

	// validate drafts the letters as letter would: it knows the
	// templates' languages, and says what letter will warn about.
	if out, errs, code := runCLI(t, "validate", path, "--for", "letter", "--templates", tpl); code != exitOK || strings.Contains(out+errs, "warning") {
		t.Errorf("validate --templates: exit %d\n%s%s", code, out, errs)
	}
	if out, errs, code := runCLI(t, "validate", path, "--for", "letter"); code != exitOK || !strings.Contains(out, strings.TrimPrefix(warning, "warning: ")) {
		t.Errorf("validate without the templates: exit %d; want 0 and\n%s\ngot:\n%s%s", code, warning, out, errs)
	}

	// letter: Vietnamese with the folder, English and a warning without.
	out := t.TempDir()
	_, errs, code := runCLI(t, "letter", path, "--templates", tpl, "--out", out)
	if code != exitOK || strings.Contains(errs, "warning") {
		t.Fatalf("letter --templates: exit %d\n%s", code, errs)
	}
	if !isVietnamese(t, filepath.Join(out, "letter-nguyen-van-an.pdf"), name) {
		t.Error("letter --templates: the letter is not in Vietnamese")
	}
	out = t.TempDir()
	_, errs, code = runCLI(t, "letter", path, "--out", out)
	if code != exitOK || strings.Count(errs, warning) != 1 {
		t.Errorf("letter without the templates: exit %d; want 0 and once\n%s\ngot:\n%s", code, warning, errs)
	}
	if isVietnamese(t, filepath.Join(out, "letter-nguyen-van-an.pdf"), name) {
		t.Error("letter without the templates: Vietnamese")
	}

	// batch: a roster row's language, and the warning names the row.
	dir := t.TempDir()
	roster := filepath.Join(dir, "roster.csv")
	os.WriteFile(roster, []byte("matter.id,claimants[0].name,claimants[0].address.street,claimants[0].address.city,claimants[0].address.state,claimants[0].address.zip,claimants[0].language\n"+
		"V-1,Ana Ruiz,1 Elm St.,Chicago,IL,60622,vi\n"+
		"V-2,Bo Lee,2 Oak St.,Chicago,IL,60622,en\n"), 0o644)
	args := []string{"batch", roster, "--base", rosterBase, "--quiet", "--as-of", "2026-11-27"}
	_, errs, code = runCLI(t, append(args, "--templates", tpl, "--out", filepath.Join(dir, "vi"))...)
	if code != exitOK || strings.Contains(errs, "warning") {
		t.Fatalf("batch --templates: exit %d\n%s", code, errs)
	}
	if !isVietnamese(t, filepath.Join(dir, "vi", "V-1", "letter-ana-ruiz.pdf"), "Ana Ruiz") {
		t.Error("batch --templates: row V-1 (vi) is not in Vietnamese")
	}
	if isVietnamese(t, filepath.Join(dir, "vi", "V-2", "letter-bo-lee.pdf"), "Bo Lee") {
		t.Error("batch --templates: row V-2 (en) is in Vietnamese")
	}
	_, errs, code = runCLI(t, append(args, "--out", filepath.Join(dir, "en"))...)
	rowWarning := `warning: ` + roster + `:2: Ana Ruiz: language "vi" has no advisory letter among the templates (have: en, es;`
	if code != exitOK || strings.Count(errs, rowWarning) != 1 || strings.Count(errs, "warning:") != 1 {
		t.Errorf("batch without the templates: exit %d; want 0 and one warning\n%s\ngot:\n%s", code, rowWarning, errs)
	}
	if isVietnamese(t, filepath.Join(dir, "en", "V-1", "letter-ana-ruiz.pdf"), "Ana Ruiz") {
		t.Error("batch without the templates: row V-1 is in Vietnamese")
	}
}

// TestLanguageFlagForm: --language checks its form as the case file does.
func TestLanguageFlagForm(t *testing.T) {
	_, errs, code := runCLI(t, "letter", "../../samples/illinois-torres.yaml", "--language", "Spanish", "--out", t.TempDir())
	if code != exitUsage || !strings.Contains(errs, `--language: "Spanish" is the name of a language; write its code, es`) {
		t.Errorf("--language Spanish: exit %d\n%s", code, errs)
	}
}
