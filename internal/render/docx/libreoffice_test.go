package docx

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"redress/internal/doc"
)

// lookTool finds an external program. A missing tool skips the test,
// unless REDRESS_REQUIRE_TOOLS=1 (CI), where it fails it.
func lookTool(t *testing.T, name string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("REDRESS_REQUIRE_TOOLS") == "1" {
			t.Fatalf("%s not found and REDRESS_REQUIRE_TOOLS=1: %v", name, err)
		}
		t.Skipf("%s not found: %v", name, err)
	}
	return path
}

// convertPDF converts .docx files to PDF with LibreOffice and returns the
// text of each PDF in reading layout (so a list label stays on its item's
// line), pages separated by form feeds.
func convertPDF(t *testing.T, docs map[string][]byte) map[string]string {
	t.Helper()
	soffice, pdftotext := lookTool(t, "soffice"), lookTool(t, "pdftotext")
	dir := t.TempDir()
	args := []string{
		// A private profile: a shared one is locked by any other running
		// LibreOffice and makes the conversion fail silently.
		"-env:UserInstallation=file://" + filepath.ToSlash(filepath.Join(dir, "profile")),
		"--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir,
	}
	for name, data := range docs {
		path := filepath.Join(dir, name+".docx")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		args = append(args, path)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 120*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, soffice, args...)
	cmd.Env = append(os.Environ(), "HOME="+dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	texts := map[string]string{}
	for name := range docs {
		pdf := filepath.Join(dir, name+".pdf")
		out, err := exec.CommandContext(ctx, pdftotext, "-layout", pdf, "-").CombinedOutput()
		if err != nil {
			t.Fatalf("pdftotext %s: %v\n%s", name, err, out)
		}
		texts[name] = string(out)
	}
	return texts
}

// complaint is a double-spaced document of n pleading paragraphs under
// headings, long enough to run over several pages.
func complaint(n int) *doc.Document {
	l := doc.LetterLayout()
	l.LineSpacing = 2
	d := &doc.Document{Layout: l, Footer: []doc.Paragraph{{Align: doc.Center, Spans: []doc.Span{
		doc.T("Complaint, page "), {Kind: doc.PageNumber}}}}}
	for i := 1; i <= n; i++ {
		if i%10 == 1 {
			d.Body = append(d.Body, doc.Heading{Level: 2, Spans: []doc.Span{doc.T(fmt.Sprintf("Count %d", i/10+1))}})
		}
		d.Body = append(d.Body, doc.Numbered{Num: i, Spans: []doc.Span{doc.T(fmt.Sprintf("Allegation number %d, about %s.", i, vietnamese))}})
	}
	return d
}

func TestLibreOffice(t *testing.T) {
	texts := convertPDF(t, map[string][]byte{
		"sample":    mustRender(t, sampleDocument()),
		"complaint": mustRender(t, complaint(42)),
	})

	got := texts["sample"]
	for _, s := range []string{vietnamese, apostrophe, markup, template, markdown, "DRAFT FOR ATTORNEY REVIEW",
		"Line one", "Line two", "$1,000.00", "Page 1 of 2", "Page 2 of 2", "Second page."} {
		if !strings.Contains(got, s) {
			t.Errorf("PDF text lacks %q", s)
		}
	}
	if pages := strings.Count(strings.TrimRight(got, "\f"), "\f") + 1; pages != 2 {
		t.Errorf("sample has %d pages, want 2", pages)
	}
	for _, re := range []string{
		`1\.\s+Allegation one`, `2\.\s+Allegation two`, `3\.\s+Allegation three`,
		`1\.\s+Alpha item`, `2\.\s+Beta item`, `1\.\s+Gamma item`, `2\.\s+Delta item`,
	} {
		if !regexp.MustCompile(re).MatchString(got) {
			t.Errorf("PDF text does not match %s", re)
		}
	}
	// A line break inside a paragraph survives as a line break.
	if !regexp.MustCompile(`Client: ` + vietnamese + `\s*\n\s*` + apostrophe).MatchString(got) {
		t.Errorf("line break lost in %q", got)
	}

	// Word's number of every pleading paragraph is its Num, across pages
	// and headings.
	got = texts["complaint"]
	for i := 1; i <= 42; i++ {
		re := fmt.Sprintf(`(?m)^\s*%d\.\s+Allegation number %d,`, i, i)
		if !regexp.MustCompile(re).MatchString(got) {
			t.Errorf("complaint: paragraph %d not numbered %d.", i, i)
		}
	}
	if !strings.Contains(got, "Complaint, page 2") {
		t.Error("complaint: no page 2 footer")
	}
}
