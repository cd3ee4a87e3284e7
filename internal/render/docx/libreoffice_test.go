package docx

import (
	"context"
	"fmt"
	"html"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
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

// toPDF converts .docx files to PDF with LibreOffice, in one run, and
// returns the path of each PDF.
func toPDF(t *testing.T, docs map[string][]byte) map[string]string {
	t.Helper()
	soffice := lookTool(t, "soffice")
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
	pdfs := map[string]string{}
	for name := range docs {
		pdfs[name] = filepath.Join(dir, name+".pdf")
		if _, err := os.Stat(pdfs[name]); err != nil {
			t.Fatalf("soffice wrote no PDF for %s: %v", name, err)
		}
	}
	return pdfs
}

// pdfText runs pdftotext with args on a PDF and returns its output.
func pdfText(t *testing.T, pdf string, args ...string) string {
	t.Helper()
	pdftotext := lookTool(t, "pdftotext")
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, pdftotext, append(append(args, pdf), "-")...).CombinedOutput()
	if err != nil {
		t.Fatalf("pdftotext %s: %v\n%s", pdf, err, out)
	}
	return string(out)
}

// convertPDF converts .docx files to PDF with LibreOffice and returns the
// text of each PDF in reading layout (so a list label stays on its item's
// line), pages separated by form feeds.
func convertPDF(t *testing.T, docs map[string][]byte) map[string]string {
	t.Helper()
	lookTool(t, "pdftotext") // before the slow conversion
	texts := map[string]string{}
	for name, pdf := range toPDF(t, docs) {
		texts[name] = pdfText(t, pdf, "-layout")
	}
	return texts
}

// word is a word of a PDF page and its box, in points from the top left.
type word struct {
	page                   int // from 1
	xMin, yMin, xMax, yMax float64
	text                   string
}

var (
	bboxPage = regexp.MustCompile(`<page `)
	bboxWord = regexp.MustCompile(`<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>`)
)

// pdfWords returns the words of a PDF with their boxes (pdftotext -bbox).
func pdfWords(t *testing.T, pdf string) []word {
	t.Helper()
	var words []word
	page := 0
	for _, line := range strings.Split(pdfText(t, pdf, "-bbox"), "\n") {
		if bboxPage.MatchString(line) {
			page++
			continue
		}
		m := bboxWord.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		w := word{page: page, text: html.UnescapeString(m[5])}
		for i, f := range []*float64{&w.xMin, &w.yMin, &w.xMax, &w.yMax} {
			v, err := strconv.ParseFloat(m[i+1], 64)
			if err != nil {
				t.Fatal(err)
			}
			*f = v
		}
		words = append(words, w)
	}
	return words
}

// findWord returns the only word whose text is s.
func findWord(t *testing.T, words []word, s string) word {
	t.Helper()
	var found []word
	for _, w := range words {
		if w.text == s {
			found = append(found, w)
		}
	}
	if len(found) != 1 {
		t.Fatalf("%d words %q in the PDF, want 1", len(found), s)
	}
	return found[0]
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

// TestLibreOfficeForm checks that LibreOffice lays out a form table as the
// tree describes it: cells across their spanned columns, rows at least
// their MinHeight, labels smaller than values and close above them; and
// that a Canvas becomes text on a page of its own.
func TestLibreOfficeForm(t *testing.T) {
	lookTool(t, "pdftotext")
	pdfs := toPDF(t, map[string][]byte{
		"form":   mustRender(t, formDocument()),
		"canvas": mustRender(t, canvasDocument()),
	})

	text := pdfText(t, pdfs["form"], "-layout")
	for _, s := range []string{"CLAIM FOR DAMAGE, INJURY, OR DEATH", "BANDONE", "BANDTWO", "LABELONE 1. Submit to appropriate",
		"VALUEONE Department", "2. Name, address of claimant", vietnamese, markup, apostrophe,
		"3. TYPE OF EMPLOYMENT", "4. DATE OF BIRTH", "01/02/1960", "TALLROW 8. Basis of Claim", "AFTERTALL", "RIGHTEDGE"} {
		if !strings.Contains(text, s) {
			t.Errorf("form PDF text lacks %q", s)
		}
	}
	if strings.Contains(strings.TrimRight(text, "\f"), "\f") {
		t.Error("the form runs over one page")
	}

	words := pdfWords(t, pdfs["form"])
	const (
		left, textWidth = 72.0, doc.PageWidth - 2*72
		pad             = cellMarginX / 20.0
	)
	near := func(what string, got, want, tol float64) {
		t.Helper()
		if math.Abs(got-want) > tol {
			t.Errorf("%s = %.1f pt, want %.1f ± %.1f", what, got, want, tol)
		}
	}
	// A cell of ColSpan 8 spans the text width: right-aligned text ends at
	// the right margin, centred text is centred on the page.
	right := findWord(t, words, "RIGHTEDGE")
	near("right edge of a full-width cell", right.xMax, left+textWidth-pad, 2)
	band := findWord(t, words, "BANDONE")
	near("centre of a full-width band", (band.xMin+band.xMax)/2, doc.PageWidth/2, 2)
	near("left edge of a full-width cell", findWord(t, words, "TALLROW").xMin, left+pad, 1.5)
	// Cells of span 2 and 3 start at their grid columns.
	edge := func(cols int) float64 {
		x := left
		for _, f := range formWidths[:cols] {
			x += f * textWidth
		}
		return x + pad
	}
	for _, c := range []struct {
		word string
		col  int
	}{{"2.", 3}, {"4.", 2}, {"5.", 5}, {"6c", 3}, {"7a", 4}, {"7b", 6}, {"10.", 4}} {
		near("left edge of "+c.word, findWord(t, words, c.word).xMin, edge(c.col), 1.5)
	}
	// A row of MinHeight 100 puts the next row's text 100 pt lower.
	tall, after := findWord(t, words, "TALLROW"), findWord(t, words, "AFTERTALL")
	if d := after.yMin - tall.yMin; d < 99 {
		t.Errorf("text after a 100-pt row is %.1f pt below its text, want >= 100", d)
	}
	// A 7-pt label is 0.7 times as tall as a 10-pt value, and its line is
	// 7 pt tall, not the 12 pt of the paragraph's size.
	lbl, val := findWord(t, words, "LABELONE"), findWord(t, words, "VALUEONE")
	if r := (lbl.yMax - lbl.yMin) / (val.yMax - val.yMin); r < 0.6 || r > 0.8 {
		t.Errorf("label/value height = %.2f, want 0.7", r)
	}
	if d := val.yMin - lbl.yMin; d > 10 {
		t.Errorf("value %.1f pt below its label, want a 7-pt line", d)
	}

	// A canvas: its text boxes in order on a page between the paragraphs
	// before and after it.
	pages := strings.Split(strings.TrimRight(pdfText(t, pdfs["canvas"], "-layout"), "\f"), "\f")
	if len(pages) != 3 {
		t.Fatalf("canvas document has %d pages, want 3: %q", len(pages), pages)
	}
	for i, want := range [][]string{{"BEFORECANVAS"}, {"CANVASTEXT", vietnamese, "SECONDBOX", "THIRDBOX"}, {"AFTERCANVAS"}} {
		at := 0
		for _, s := range want {
			j := strings.Index(pages[i][at:], s)
			if j < 0 {
				t.Errorf("canvas page %d lacks %q after byte %d: %q", i+1, s, at, pages[i])
				break
			}
			at += j + len(s)
		}
	}
}
