package verify

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
)

// Tool returns the path of an external program, skipping the test when
// it is missing, or failing it when REDRESS_REQUIRE_TOOLS=1.
func Tool(t testing.TB, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("REDRESS_REQUIRE_TOOLS") == "1" {
			t.Fatalf("%s is required (REDRESS_REQUIRE_TOOLS=1) but not installed: %v", name, err)
		}
		t.Skipf("%s not installed", name)
	}
	return p
}

func run(t testing.TB, timeout time.Duration, name string, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, Tool(t, name), args...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %s: %v\n%s%s", name, strings.Join(args, " "), err, out.String(), errb.String())
	}
	return out.String()
}

var pdfcpuOnce sync.Once

// PDF checks a PDF file with pdfcpu (relaxed validation), qpdf --check,
// and pdffonts (every font embedded). It returns the text pdftotext
// extracts (with -layout).
func PDF(t testing.TB, path string) string {
	t.Helper()
	pdfcpuOnce.Do(api.DisableConfigDir)
	conf := model.NewDefaultConfiguration()
	conf.ValidationMode = model.ValidationRelaxed
	if err := api.ValidateFile(path, conf); err != nil {
		t.Fatalf("pdfcpu: %s is not a valid PDF: %v", path, err)
	}
	out := run(t, time.Minute, "qpdf", "--check", path)
	if !strings.Contains(out, "No syntax or stream encoding errors") {
		t.Fatalf("qpdf --check %s:\n%s", path, out)
	}
	FontsEmbedded(t, path)
	return Text(t, path)
}

// FontsEmbedded fails unless pdffonts lists at least one font and every
// font is embedded.
func FontsEmbedded(t testing.TB, path string) {
	t.Helper()
	out := run(t, time.Minute, "pdffonts", path)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < 3 {
		t.Fatalf("pdffonts %s lists no fonts:\n%s", path, out)
	}
	// Columns: name type encoding emb sub uni object ID; "emb" is the
	// first yes/no column.
	for _, l := range lines[2:] {
		f := strings.Fields(l)
		for _, w := range f {
			if w == "yes" {
				break
			}
			if w == "no" {
				t.Fatalf("pdffonts %s: font not embedded: %s", path, l)
			}
		}
	}
}

// Text returns pdftotext -layout output, pages separated by form feeds.
func Text(t testing.TB, path string) string {
	t.Helper()
	return run(t, time.Minute, "pdftotext", "-layout", "-enc", "UTF-8", path, "-")
}

// RawText returns pdftotext output in reading order without layout.
func RawText(t testing.TB, path string) string {
	t.Helper()
	return run(t, time.Minute, "pdftotext", "-enc", "UTF-8", path, "-")
}

var sofficeMu sync.Mutex

// DOCXToPDF converts a DOCX with LibreOffice (headless) and returns the
// PDF's path. A conversion that fails, or that LibreOffice refuses, fails
// the test: a document Word or LibreOffice must repair is a bug.
func DOCXToPDF(t testing.TB, docxPath string) string {
	t.Helper()
	soffice := Tool(t, "soffice")
	// One conversion at a time: LibreOffice's profile does not share.
	sofficeMu.Lock()
	defer sofficeMu.Unlock()
	outDir := t.TempDir()
	profile := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, soffice, "--headless", "--norestore",
		"-env:UserInstallation=file://"+profile, "--convert-to", "pdf", "--outdir", outDir, docxPath)
	cmd.Env = append(os.Environ(), "HOME="+profile)
	out, err := cmd.CombinedOutput()
	pdf := filepath.Join(outDir, strings.TrimSuffix(filepath.Base(docxPath), filepath.Ext(docxPath))+".pdf")
	if err != nil {
		t.Fatalf("soffice --convert-to pdf %s: %v\n%s", docxPath, err, out)
	}
	if _, err := os.Stat(pdf); err != nil {
		t.Fatalf("LibreOffice did not convert %s: %s", docxPath, out)
	}
	return pdf
}

// ContainsAll fails for each want that text lacks. Whitespace runs in
// both are folded to one space first, since pdftotext lays out columns.
func ContainsAll(t testing.TB, what, text string, wants ...string) {
	t.Helper()
	norm := Fold(text)
	for _, w := range wants {
		if !strings.Contains(norm, Fold(w)) {
			t.Errorf("%s lacks %q", what, w)
		}
	}
}

// Fold folds whitespace runs to one space and turns curly apostrophes
// into straight ones.
func Fold(s string) string {
	s = strings.NewReplacer("\u2019", "'", "\u00a0", " ").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

// Describe is for messages.
func Describe(path string) string { return fmt.Sprintf("%s", filepath.Base(path)) }
