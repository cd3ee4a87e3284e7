package pdf

import (
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"redress/internal/doc"
)

// The tests judge the PDF with tools that did not write it: pdfcpu,
// qpdf and poppler. Without REDRESS_REQUIRE_TOOLS=1 a missing tool skips
// the test that needs it; CI sets the variable so that a missing tool
// fails instead of passing silently.

func requireTool(t testing.TB, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("REDRESS_REQUIRE_TOOLS") == "1" {
			t.Fatalf("%s is required (REDRESS_REQUIRE_TOOLS=1) but not installed: apt-get install poppler-utils qpdf", name)
		}
		t.Skipf("%s not installed", name)
	}
	return p
}

// mustRender writes d and fails the test on error.
func mustRender(t testing.TB, d *doc.Document) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, d); err != nil {
		t.Fatalf("Write: %v", err)
	}
	return b.Bytes()
}

// pdfFile stores pdf in a temporary file for the command-line tools.
func pdfFile(t testing.TB, pdf []byte) string {
	t.Helper()
	name := filepath.Join(t.TempDir(), "out.pdf")
	if err := os.WriteFile(name, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	return name
}

// runTool runs a tool and returns its standard output.
func runTool(t testing.TB, tool string, args ...string) string {
	t.Helper()
	var out, errb bytes.Buffer
	cmd := exec.Command(requireTool(t, tool), args...)
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %s: %v\n%s%s", tool, strings.Join(args, " "), err, out.String(), errb.String())
	}
	return out.String()
}

// pdftotext extracts the text of every page, split at form feeds.
func pdftotext(t testing.TB, pdf []byte) []string {
	t.Helper()
	out := runTool(t, "pdftotext", "-enc", "UTF-8", pdfFile(t, pdf), "-")
	pages := strings.Split(out, "\f")
	if n := len(pages); n > 0 && strings.TrimSpace(pages[n-1]) == "" {
		pages = pages[:n-1]
	}
	return pages
}

// bboxWord and bboxLine are what pdftotext -bbox-layout reports.
type bboxWord struct {
	text                   string
	xMin, yMin, xMax, yMax float64
}

type bboxLine struct {
	words []bboxWord
	yMin  float64
}

func (l bboxLine) text() string {
	var s []string
	for _, w := range l.words {
		s = append(s, w.text)
	}
	return strings.Join(s, " ")
}

// bboxPages reads the position of every word, grouped by page and line.
func bboxPages(t testing.TB, pdf []byte) [][]bboxLine {
	t.Helper()
	out := runTool(t, "pdftotext", "-enc", "UTF-8", "-bbox-layout", pdfFile(t, pdf), "-")
	dec := xml.NewDecoder(strings.NewReader(out))
	dec.Strict = false
	dec.AutoClose = xml.HTMLAutoClose
	dec.Entity = xml.HTMLEntity
	var pages [][]bboxLine
	var word *bboxWord
	attr := func(se xml.StartElement, name string) float64 {
		for _, a := range se.Attr {
			if a.Name.Local == name {
				v, err := strconv.ParseFloat(a.Value, 64)
				if err != nil {
					t.Fatalf("bad %s=%q", name, a.Value)
				}
				return v
			}
		}
		t.Fatalf("<%s> without %s", se.Name.Local, name)
		return 0
	}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("parsing pdftotext -bbox-layout: %v", err)
		}
		switch v := tok.(type) {
		case xml.StartElement:
			switch v.Name.Local {
			case "page":
				pages = append(pages, nil)
			case "line":
				p := &pages[len(pages)-1]
				*p = append(*p, bboxLine{yMin: attr(v, "yMin")})
			case "word":
				word = &bboxWord{xMin: attr(v, "xMin"), yMin: attr(v, "yMin"), xMax: attr(v, "xMax"), yMax: attr(v, "yMax")}
			}
		case xml.CharData:
			if word != nil {
				word.text += string(v)
			}
		case xml.EndElement:
			if v.Name.Local == "word" && word != nil {
				p := pages[len(pages)-1]
				l := &p[len(p)-1]
				l.words = append(l.words, *word)
				word = nil
			}
		}
	}
	return pages
}

// normSpace collapses every run of white space to one space, so that a
// phrase wrapped across lines still matches.
func normSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
