package pdf

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"

	"redress/internal/doc"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func TestMain(m *testing.M) {
	api.DisableConfigDir() // pdfcpu would otherwise write a config dir under $HOME
	os.Exit(m.Run())
}

func pdfcpuConf() *model.Configuration {
	conf := model.NewDefaultConfiguration()
	conf.ValidationMode = model.ValidationRelaxed
	return conf
}

func TestValidates(t *testing.T) {
	for name, d := range map[string]*doc.Document{"sample": sampleDocument(), "letter": letterDocument()} {
		t.Run(name, func(t *testing.T) {
			pdf := mustRender(t, d)
			if err := api.Validate(bytes.NewReader(pdf), pdfcpuConf()); err != nil {
				t.Errorf("pdfcpu: %v", err)
			}
			out := runTool(t, "qpdf", "--check", pdfFile(t, pdf))
			if !strings.Contains(out, "No syntax or stream encoding errors found") {
				t.Errorf("qpdf --check:\n%s", out)
			}
		})
	}
}

// TestFontsEmbedded checks that every font is embedded, with a Unicode
// map (so text can be searched and copied).
func TestFontsEmbedded(t *testing.T) {
	out := runTool(t, "pdffonts", pdfFile(t, mustRender(t, sampleDocument())))
	want := map[string]bool{"utf8liberationserif": false, "utf8liberationserifB": false, "utf8liberationserifI": false}
	for _, l := range strings.Split(out, "\n")[2:] {
		f := strings.Fields(l)
		if len(f) < 6 {
			continue
		}
		// name type... emb sub uni object ID: emb is the 5th field from the end.
		emb, uni := f[len(f)-5], f[len(f)-3]
		if emb != "yes" || uni != "yes" {
			t.Errorf("font %s: emb=%s uni=%s", f[0], emb, uni)
		}
		if _, ok := want[f[0]]; !ok {
			t.Errorf("unexpected font %s", f[0])
		}
		want[f[0]] = true
	}
	for name, seen := range want {
		if !seen {
			t.Errorf("font %s missing:\n%s", name, out)
		}
	}
}

// TestText checks the extracted text: every test string survives exactly,
// every page says "Page N of M" with the real total, and the whole text
// matches the golden file.
func TestText(t *testing.T) {
	pdf := mustRender(t, sampleDocument())
	pages := pdftotext(t, pdf)
	if len(pages) != 5 {
		t.Errorf("sample has %d pages, want 5", len(pages))
	}
	all := normSpace(strings.Join(pages, "\n"))
	for _, s := range mustKeep {
		if !strings.Contains(all, s) {
			t.Errorf("text lacks %q", s)
		}
	}
	for i, p := range pages {
		if want := fmt.Sprintf("Page %d of %d", i+1, len(pages)); !strings.Contains(p, want) {
			t.Errorf("page %d lacks %q", i+1, want)
		}
	}
	golden(t, "sample.txt", strings.Join(pages, "\f"))
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the output (go test -update rewrites it); got:\n%s", path, got)
	}
}

// TestWithinMargins checks every word's box: body text between the
// margins, header and footer text inside the page's printable area.
func TestWithinMargins(t *testing.T) {
	d := sampleDocument()
	lay := d.Layout
	const tol = 0.5
	left, right := lay.MarginLeft-tol, doc.PageWidth-lay.MarginRight+tol
	for pi, lines := range bboxPages(t, mustRender(t, d)) {
		for _, l := range lines {
			for _, w := range l.words {
				if w.xMin < left || w.xMax > right {
					t.Errorf("page %d: %q spans x %.1f–%.1f, outside the margins", pi+1, w.text, w.xMin, w.xMax)
				}
				inBody := w.yMin >= lay.MarginTop-tol && w.yMax <= doc.PageHeight-lay.MarginBottom+tol
				inHeader := w.yMin >= 18 && w.yMax <= lay.MarginTop
				inFooter := w.yMin >= doc.PageHeight-lay.MarginBottom && w.yMax <= doc.PageHeight-18
				if !inBody && !inHeader && !inFooter {
					t.Errorf("page %d: %q spans y %.1f–%.1f, across a margin", pi+1, w.text, w.yMin, w.yMax)
				}
			}
		}
	}
}

// TestHeadingNeverLastLine moves a heading down a page line by line, and
// checks that it is never the last line of a page: it goes to the next
// page with its paragraph. At least one position must have needed the
// move, or the test proved nothing.
func TestHeadingNeverLastLine(t *testing.T) {
	moved := false
	for k := 38; k <= 47; k++ {
		d := &doc.Document{Layout: doc.LetterLayout(), Meta: doc.Meta{Created: created},
			Footer: []doc.Paragraph{{Align: doc.Center, Spans: []doc.Span{{Kind: doc.PageNumber}}}}}
		for i := 0; i < k; i++ {
			d.Body = append(d.Body, doc.Paragraph{Style: doc.Compact, Spans: []doc.Span{doc.T(fmt.Sprintf("Filler line %d", i))}})
		}
		d.Body = append(d.Body, doc.Heading{Level: 2, Spans: []doc.Span{doc.T("Section heading")}},
			doc.Paragraph{Spans: []doc.Span{doc.T(filler + filler)}})
		pages := bboxPages(t, mustRender(t, d))
		for pi, lines := range pages {
			body := bodyLines(lines, d.Layout)
			if len(body) == 0 {
				continue
			}
			if body[len(body)-1].text() == "Section heading" {
				t.Errorf("k=%d: heading is the last line of page %d", k, pi+1)
			}
			if pi > 0 && body[0].text() == "Section heading" {
				moved = true
			}
		}
	}
	if !moved {
		t.Error("no position pushed the heading to the next page; adjust the test's range")
	}
}

// TestNoWidowsOrOrphans moves a five-line paragraph down the page and
// checks that no page holds exactly one of its lines.
func TestNoWidowsOrOrphans(t *testing.T) {
	var words []string
	for i := 1; i <= 60; i++ {
		words = append(words, fmt.Sprintf("w%d", i))
	}
	split := false
	for k := 40; k <= 47; k++ {
		d := &doc.Document{Layout: doc.LetterLayout(), Meta: doc.Meta{Created: created}}
		for i := 0; i < k; i++ {
			d.Body = append(d.Body, doc.Paragraph{Style: doc.Compact, Spans: []doc.Span{doc.T(fmt.Sprintf("Filler line %d", i))}})
		}
		d.Body = append(d.Body, doc.Paragraph{Spans: []doc.Span{doc.T(strings.Join(words, " "))}})
		pages := bboxPages(t, mustRender(t, d))
		for pi, lines := range pages {
			n := 0
			for _, l := range lines {
				if strings.HasPrefix(l.text(), "w") {
					n++
				}
			}
			if n == 1 {
				t.Errorf("k=%d: page %d holds a single line of the paragraph", k, pi+1)
			}
			if n > 0 && n < 5 {
				split = true
			}
		}
	}
	if !split {
		t.Error("the paragraph never split across pages; adjust the test's range")
	}
}

// bodyLines drops the lines in the top and bottom margins.
func bodyLines(lines []bboxLine, lay doc.Layout) []bboxLine {
	var out []bboxLine
	for _, l := range lines {
		if l.yMin >= lay.MarginTop-1 && l.yMin < doc.PageHeight-lay.MarginBottom {
			out = append(out, l)
		}
	}
	return out
}

// TestDeterministic renders the same document twice, once through a
// reused Renderer, and expects identical bytes.
func TestDeterministic(t *testing.T) {
	a := mustRender(t, sampleDocument())
	r := New()
	var b bytes.Buffer
	for i := 0; i < 2; i++ {
		b.Reset()
		if err := r.Render(&b, sampleDocument()); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a, b.Bytes()) {
			t.Fatalf("render %d differs from the first (%d vs %d bytes)", i+2, len(a), b.Len())
		}
	}
}

// TestMetadata reads the info dictionary and outline back with pdfcpu.
func TestMetadata(t *testing.T) {
	d := sampleDocument()
	pdf := mustRender(t, d)
	info, err := api.PDFInfo(bytes.NewReader(pdf), "sample.pdf", nil, false, pdfcpuConf())
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ name, got, want string }{
		{"title", info.Title, d.Meta.Title},
		{"author", info.Author, d.Meta.Author},
		{"subject", info.Subject, d.Meta.Subject},
		{"creator", info.Creator, "redress"},
		{"producer", info.Producer, "redress"},
		{"keywords", strings.Join(info.Keywords, ", "), d.Meta.Keywords},
	} {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.name, c.got, c.want)
		}
	}
	// 15:09:26 EST is 20:09:26 UTC.
	if !bytes.Contains(pdf, []byte("/CreationDate (D:20260314200926)")) ||
		!bytes.Contains(pdf, []byte("/ModDate (D:20260314200926)")) {
		t.Error("creation and modification dates are not the document's date in UTC")
	}
	if !bytes.Contains(pdf, []byte("/Lang (en-US)")) {
		t.Error("catalog lacks /Lang (en-US)")
	}

	bms, err := api.Bookmarks(bytes.NewReader(pdf), pdfcpuConf())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	var walk func(bs []pdfcpu.Bookmark, depth int)
	walk = func(bs []pdfcpu.Bookmark, depth int) {
		for _, b := range bs {
			got = append(got, fmt.Sprintf("%s%s p%d", strings.Repeat("  ", depth), b.Title, b.PageFrom))
			walk(b.Kids, depth+1)
		}
	}
	walk(bms, 0)
	want := []string{"Parties p1", "  Jurisdiction p1", "Damages p2", "  Itemised expenses p2", "Prayer for relief p5"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("outline:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestZeroDate writes the fixed fallback date, never the clock.
func TestZeroDate(t *testing.T) {
	d := letterDocument()
	d.Meta.Created = d.Meta.Created.AddDate(-3000, 0, 0) // year -974: unusable
	if pdf := mustRender(t, d); !bytes.Contains(pdf, []byte("/CreationDate (D:20000101000000)")) {
		t.Error("an unusable date did not fall back to 2000-01-01")
	}
	d.Meta = doc.Meta{}
	if pdf := mustRender(t, d); !bytes.Contains(pdf, []byte("/CreationDate (D:20000101000000)")) {
		t.Error("a zero date did not fall back to 2000-01-01")
	}
}

// TestHostileText feeds text the font or fpdf cannot print: it must come
// out as '?' in a valid PDF, never as a panic or a missing character.
func TestHostileText(t *testing.T) {
	d := letterDocument()
	hostile := "a\U0001F600b c\x01d e\xffg h\u4E2Di Nguye\u0302\u0303n"
	d.Meta.Title = hostile
	d.Meta.Language = "not a (language)"
	d.Header = []doc.Paragraph{{Spans: []doc.Span{doc.T(hostile)}}}
	d.Body = append(d.Body, doc.Heading{Level: 1, Spans: []doc.Span{doc.T(hostile)}},
		doc.Paragraph{Spans: []doc.Span{doc.T(hostile)}})
	pdf := mustRender(t, d)
	if err := api.Validate(bytes.NewReader(pdf), pdfcpuConf()); err != nil {
		t.Errorf("pdfcpu: %v", err)
	}
	text := strings.Join(pdftotext(t, pdf), "")
	if !strings.Contains(text, "a?b c?d e?g h?i Nguyễn") {
		t.Errorf("hostile text not replaced as expected:\n%s", text)
	}
	if bytes.Contains(pdf, []byte("/Lang")) {
		t.Error("a malformed language tag reached the catalog")
	}
}

// TestConcurrent renders from several goroutines, one Renderer each, as
// batch workers do; run with -race. Every result must equal the serial one.
func TestConcurrent(t *testing.T) {
	want := mustRender(t, letterDocument())
	errs := make(chan error, 4)
	for g := 0; g < 4; g++ {
		go func() {
			r := New()
			for i := 0; i < 3; i++ {
				var b bytes.Buffer
				if err := r.Render(&b, letterDocument()); err != nil {
					errs <- err
					return
				}
				if !bytes.Equal(b.Bytes(), want) {
					errs <- fmt.Errorf("concurrent render differs from the serial one")
					return
				}
			}
			errs <- nil
		}()
	}
	for g := 0; g < 4; g++ {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}

// TestNilDocument is an error, not a panic.
func TestNilDocument(t *testing.T) {
	var b bytes.Buffer
	if err := Write(&b, nil); err == nil || b.Len() > 0 {
		t.Errorf("Write(nil) = %v with %d bytes written", err, b.Len())
	}
}

// TestCatch: a panic while rendering becomes an error naming the document.
func TestCatch(t *testing.T) {
	err := catch("Letter", func() error {
		var s []int
		_ = s[3] // what fpdf does with a rune beyond its width table
		return nil
	})
	if err == nil || !strings.Contains(err.Error(), `"Letter"`) {
		t.Errorf("catch = %v", err)
	}
}
