package pdf

import (
	"bytes"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/pdfcpu/pdfcpu/pkg/api"

	"redress/internal/doc"
)

// Fuzzing the writer. A fuzz target explores only as far as its
// executions are cheap: with seeds of thousands of characters and pdfcpu
// judging every file, FuzzWrite ran 15 times in 30 s. So the targets take
// small inputs (a longer one is skipped: the shape bytes, not the text's
// length, make a document long, as fuzzDocument reuses the words), and
// check each file with the package's own cheap structural check
// (checkStructure); pdfcpu and qpdf judge the seeds in TestFuzzSeeds.

// maxFuzzText and maxFuzzShape bound the inputs the targets explore.
const (
	maxFuzzText  = 512
	maxFuzzShape = 128
)

// small skips an input longer than the targets explore.
func small(t *testing.T, text string, shape []byte) {
	if len(text) > maxFuzzText || len(shape) > maxFuzzShape {
		t.Skip("input longer than the fuzz targets explore")
	}
}

// mixedDirection is a fuzz seed of left-to-right and right-to-left text:
// Hebrew names with numbers, brackets, points, the implicit marks,
// zero-width characters, an override the writer refuses, and Arabic,
// which the font lacks.
var mixedDirection = "Client: שרה כהן, 12 Main St.|שרה (כהן) «12» ≤ [3]|" +
	"שָׂרָה כֹּהֵן\u200F!|a\u200Eb\u200Bc\u200Dd|\u202Eevil\u202C|سارة ١٢|" +
	strings.Repeat("claim of שרה כהן 12, ", 8)

// hostileTexts are the campaign's inputs, as words for fuzzDocument: the
// longest name a case may have, control and directional characters, the
// names the documents must print as written, Hebrew, emoji, and empty
// values.
var hostileTexts = []string{
	strings.Repeat("A", 200) + "|" + strings.Repeat("Nguyễn Văn Ân ", 15),
	"\a\b\x1b[31m|\x00|\u202Eevil\u202C|\u2066isolated\u2069|\u200B\u200C\u200D\u2060\uFEFF|\u00A0\u3000\u2028",
	"Smith & <Sons>|Zoë O'Brien|Nguyễn Văn Ân|<b>bold</b>|*Smith*|{{ .Name }}|%PDF-1.4|) Tj (|\\",
	"שרה כהן|משה לוי, 12 רחוב הרצל|(שרה) [כהן]",
	"😀|👍🏽|👨‍👩‍👧|🇺🇸|❤️|Zoë 😀 O'Brien",
	"|||||",
	"",
	" |\n|\t|\n\n\n",
}

// fuzzSeeds are the seeds of FuzzWrite, FuzzLayout and FuzzWriteEach.
func fuzzSeeds() []struct {
	text  string
	shape []byte
} {
	type seed = struct {
		text  string
		shape []byte
	}
	seeds := []seed{
		{"Nguyễn Văn Ân|Zoë O'Brien|Smith & <Sons>|{{ .Secret }}|*not italic*", []byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}},
		{"a\U0001F600b|\x00\xff|\u0301\u0301|   |", []byte{3, 3, 3, 3, 200, 7, 7, 1, 0, 255}},
		{strings.Repeat("word ", 60), []byte{1, 9, 9, 9, 9, 9, 9, 9, 4, 4, 4, 4, 4}},
		{strings.Repeat("x", 400), []byte{2, 0, 5, 5, 5}},
		{"|||", []byte{255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255}},
		{"Nguyễn Văn Ân|Smith & <Sons>|" + strings.Repeat("claim ", 40), fuzzCanvasShape},
		{"x|\u0301|", []byte{0, 0, 0, 3, 9, 5, 0, 8, 9, 10, 3, 1, 7, 2, 4, 5, 6, 7, 8, 9, 10, 3, 65, 4, 2, 200, 1, 3, 9}},
		{strings.Repeat("long cell text ", 25), []byte{0, 0, 0, 1, 12, 0, 0, 2, 2, 3, 5, 5, 5, 5, 5}},
		{mixedDirection, []byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}},
		{mixedDirection, fuzzCanvasShape},
	}
	for _, text := range hostileTexts {
		seeds = append(seeds, seed{text, []byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}}, seed{text, fuzzCanvasShape})
	}
	return seeds
}

// FuzzWrite builds a document from arbitrary text and an arbitrary shape
// (block kinds, styles, nesting, page settings, canvas pages) and requires
// a well-formed PDF with the pages layout made: never a panic, never an
// error.
func FuzzWrite(f *testing.F) {
	for _, s := range fuzzSeeds() {
		f.Add(s.text, s.shape)
	}
	f.Fuzz(func(t *testing.T, text string, shape []byte) {
		small(t, text, shape)
		lo, err := layoutDocument(fuzzDocument(text, shape))
		if err != nil {
			t.Fatalf("layout: %v", err)
		}
		var b bytes.Buffer
		if err := Write(&b, fuzzDocument(text, shape)); err != nil {
			t.Fatalf("Write: %v", err)
		}
		if err := checkStructure(b.Bytes(), len(lo.pages)); err != nil {
			t.Fatal(err)
		}
	})
}

// FuzzLayout runs layout and pagination alone (fast enough to explore
// far more shapes than FuzzWrite) and checks what pagination promises:
// every unit inside the text area, a canvas alone on its page, and
// nothing but finite coordinates on a canvas.
func FuzzLayout(f *testing.F) {
	for _, s := range fuzzSeeds() {
		f.Add(s.text, s.shape)
	}
	f.Fuzz(func(t *testing.T, text string, shape []byte) {
		small(t, text, shape)
		lo, err := layoutDocument(fuzzDocument(text, shape))
		if err != nil {
			t.Fatal(err)
		}
		for i, pg := range lo.pages {
			if pg.canvas {
				if len(pg.placed) != 1 || !pg.placed[0].u.canvas {
					t.Fatalf("page %d: a canvas shares its page with %d units", i+1, len(pg.placed)-1)
				}
				for _, it := range lo.l.forDrawing(pg, i+1, len(lo.pages)).placed[0].u.items {
					if !onCanvas(it.x/3, it.y/3, it.w/3, it.h/3) {
						t.Fatalf("page %d: canvas item %+v", i+1, it)
					}
				}
				continue
			}
			for _, p := range pg.placed {
				if p.u.canvas {
					t.Fatalf("page %d: a canvas on a page of text", i+1)
				}
				if p.y < lo.top-lineEpsilon || p.y+p.u.h > lo.bottom+lineEpsilon {
					t.Fatalf("page %d: unit at %.2f–%.2f, text area %.2f–%.2f", i+1, p.y, p.y+p.u.h, lo.top, lo.bottom)
				}
			}
		}
	})
}

// checkStructure is the fuzz targets' cheap check of a PDF file: the
// header and the end-of-file marker, a cross-reference table at the
// offset startxref gives, each of whose entries points at the object it
// numbers, a trailer whose /Size is the table's, and a page tree that
// counts the pages layout made (pages < 0: any number). It reads the file
// as the writers write it (fpdf, and split.go for WriteEach), not as
// every PDF may be written.
func checkStructure(pdf []byte, pages int) error {
	if !bytes.HasPrefix(pdf, []byte("%PDF-1.")) {
		return fmt.Errorf("no PDF header: %.20q", pdf)
	}
	if !bytes.HasSuffix(bytes.TrimRight(pdf, "\r\n"), []byte("%%EOF")) {
		return fmt.Errorf("no %%%%EOF at the end: %q", pdf[max(0, len(pdf)-20):])
	}
	i := bytes.LastIndex(pdf, []byte("startxref"))
	if i < 0 {
		return fmt.Errorf("no startxref")
	}
	fields := strings.Fields(string(pdf[i+len("startxref"):]))
	xref, err := strconv.Atoi(fields[0])
	if err != nil || xref < 0 || xref >= i || !bytes.HasPrefix(pdf[xref:], []byte("xref")) {
		return fmt.Errorf("startxref %q does not point at the cross-reference table", fields[0])
	}
	lines := strings.Split(string(pdf[xref:i]), "\n")
	var first, n int
	if len(lines) < 2 {
		return fmt.Errorf("the cross-reference table is cut short")
	}
	if _, err := fmt.Sscanf(lines[1], "%d %d", &first, &n); err != nil || first != 0 || n < 1 || len(lines) < 2+n {
		return fmt.Errorf("cross-reference section %q", lines[1])
	}
	for obj := 1; obj < n; obj++ {
		var off, gen int
		var use string
		if _, err := fmt.Sscanf(lines[2+obj], "%d %d %s", &off, &gen, &use); err != nil || use != "n" || off <= 0 || off >= xref {
			return fmt.Errorf("cross-reference entry %d: %q", obj, lines[2+obj])
		}
		if want := fmt.Sprintf("%d 0 obj", obj); !bytes.HasPrefix(pdf[off:], []byte(want)) {
			return fmt.Errorf("cross-reference entry %d points at %.20q, not %q", obj, pdf[off:], want)
		}
	}
	if trailer := strings.Join(lines[2+n:], "\n"); !strings.Contains(trailer, fmt.Sprintf("/Size %d\n", n)) {
		return fmt.Errorf("the trailer's /Size is not the table's %d: %q", n, trailer)
	}
	tree := bytes.Index(pdf, []byte("/Type /Pages"))
	if tree < 0 {
		return fmt.Errorf("no page tree")
	}
	var count int
	at := bytes.Index(pdf[tree:], []byte("/Count "))
	if at < 0 {
		return fmt.Errorf("the page tree has no /Count")
	}
	fmt.Sscanf(string(pdf[tree+at+len("/Count "):]), "%d", &count)
	leaves := len(pageObject.FindAllIndex(pdf, -1))
	if count != leaves || (pages >= 0 && count != pages) {
		return fmt.Errorf("the page tree counts %d pages, the file has %d page objects, layout made %d", count, leaves, pages)
	}
	return nil
}

// pageObject is the type entry of a page (not of the page tree, /Pages).
var pageObject = regexp.MustCompile(`/Type\s*/Page[^s]`)

// fuzzCanvasShape is a seed that draws canvases among other blocks.
var fuzzCanvasShape = []byte{0, 0, 0, 4, 1, 2, 9, 5, 0, 1, 2, 3, 4, 5, 1, 3, 6, 0, 2, 7, 9, 9, 9,
	2, 5, 17, 3, 0, 4, 2, 3, 1, 9, 0, 1, 77, 2, 1, 0, 70, 3, 2, 200, 9, 4, 0, 1, 2, 3, 7, 8, 1}

// shapeReader hands out the fuzzer's bytes as choices; once they run out
// every choice is 0 and every loop ends.
type shapeReader struct {
	shape []byte
	words []string
	wi    int
}

func (r *shapeReader) next() int {
	if len(r.shape) == 0 {
		return 0
	}
	b := r.shape[0]
	r.shape = r.shape[1:]
	return int(b)
}

func (r *shapeReader) word() string {
	if len(r.words) == 0 {
		return ""
	}
	w := r.words[r.wi%len(r.words)]
	r.wi++
	return w
}

func (r *shapeReader) spans() []doc.Span {
	n := r.next()%6 + 1
	var ss []doc.Span
	for i := 0; i < n; i++ {
		c := r.next()
		s := doc.Span{Kind: doc.SpanKind(c % 5 % 4), Text: r.word(),
			Bold: c&8 != 0, Italic: c&16 != 0, Underline: c&32 != 0}
		if c&64 != 0 {
			s.Size = r.odd(oddSizes)
		}
		ss = append(ss, s)
	}
	return ss
}

var (
	oddSizes  = []float64{0, 4, 7.5, 24, 40, 1000, -1, math.NaN(), math.Inf(1), 0.01}
	oddCoords = []float64{0, 36, 100, 300, 611, 791, -50, 1e6, math.NaN(), math.Inf(-1), 0.5, 12}
)

// odd picks one of vs.
func (r *shapeReader) odd(vs []float64) float64 { return vs[r.next()%len(vs)] }

func (r *shapeReader) paragraph() doc.Paragraph {
	c := r.next()
	return doc.Paragraph{Style: doc.ParagraphStyle(c % 8), Align: doc.Align(c / 8 % 5),
		KeepWithNext: c&64 != 0, Spans: r.spans()}
}

func (r *shapeReader) blocks(depth int) []doc.Block {
	var bs []doc.Block
	for n := r.next() % 8; n > 0; n-- {
		c := r.next()
		switch c % 10 {
		case 0:
			bs = append(bs, doc.Heading{Level: c / 9 % 5, Spans: r.spans()})
		case 1:
			bs = append(bs, r.paragraph())
		case 2:
			if depth < 4 {
				l := doc.List{Ordered: c&16 != 0, Start: c / 32}
				for k := r.next() % 4; k > 0; k-- {
					l.Items = append(l.Items, doc.ListItem{Blocks: r.blocks(depth + 1)})
				}
				bs = append(bs, l)
			}
		case 3:
			tb := doc.Table{HeaderRows: c / 9 % 3, Borders: c&1 != 0}
			for k := r.next() % 4; k > 0; k-- {
				tb.Widths = append(tb.Widths, float64(r.next())/100-0.2)
			}
			for k := r.next() % 5; k > 0; k-- {
				var row doc.Row
				if c&2 != 0 {
					row.MinHeight = r.odd(oddCoords)
				}
				for m := r.next() % 4; m > 0; m-- {
					a := r.next()
					row.Cells = append(row.Cells, doc.Cell{Spans: r.spans(), Align: doc.Align(a % 5),
						ColSpan: a/5%4 - 1, Shade: a&128 != 0})
				}
				tb.Rows = append(tb.Rows, row)
			}
			bs = append(bs, tb)
		case 4:
			if depth < 4 {
				bs = append(bs, doc.Group{Blocks: r.blocks(depth + 1)})
			}
		case 5:
			bs = append(bs, doc.Numbered{Num: c*97 - 3000, Spans: r.spans()})
		case 6:
			bs = append(bs, doc.Rule{})
		case 7:
			bs = append(bs, doc.PageBreak{})
		case 8:
			bs = append(bs, &doc.Paragraph{Spans: r.spans()}, (*doc.Heading)(nil), nil)
		case 9:
			bs = append(bs, r.canvas())
		}
	}
	return bs
}

func (r *shapeReader) canvas() doc.Block {
	var cv doc.Canvas
	for k := r.next() % 6; k > 0; k-- {
		c := r.next()
		switch c % 5 {
		case 0:
			cv.Items = append(cv.Items, doc.Line{X1: r.odd(oddCoords), Y1: r.odd(oddCoords),
				X2: r.odd(oddCoords), Y2: r.odd(oddCoords), Width: r.odd(oddSizes)})
		case 1:
			cv.Items = append(cv.Items, &doc.Box{X: r.odd(oddCoords), Y: r.odd(oddCoords),
				W: r.odd(oddCoords), H: r.odd(oddCoords), Width: r.odd(oddSizes), Checked: c&8 != 0})
		case 2, 3:
			tb := doc.TextBox{X: r.odd(oddCoords), Y: r.odd(oddCoords), W: r.odd(oddCoords),
				H: r.odd(oddCoords), Size: r.odd(oddSizes), Align: doc.Align(c / 5 % 5),
				Leading: r.odd(oddSizes), Spans: r.spans()}
			if c&16 != 0 {
				cv.Items = append(cv.Items, &tb)
			} else {
				cv.Items = append(cv.Items, tb)
			}
		case 4:
			cv.Items = append(cv.Items, nil, (*doc.TextBox)(nil), (*doc.Line)(nil))
		}
	}
	if r.next()&1 != 0 {
		return &cv
	}
	return cv
}

func fuzzDocument(text string, shape []byte) *doc.Document {
	r := &shapeReader{shape: shape, words: strings.Split(text, "|")}
	d := &doc.Document{Meta: doc.Meta{Title: r.word(), Author: r.word(), Language: r.word()}}
	c := r.next()
	if c&1 != 0 {
		odd := []float64{0, -1, math.NaN(), math.Inf(1), 1e9, 300, 0.5}
		pick := func() float64 { return odd[r.next()%len(odd)] }
		d.Layout = doc.Layout{MarginTop: pick(), MarginBottom: pick(), MarginLeft: pick(), MarginRight: pick(),
			FontSize: pick(), LineSpacing: pick(), ParagraphSpace: pick()}
	}
	// Bits 1 and 2 of the same byte put the page on pleading paper: 28
	// lines, or a number of lines from sane to absurd.
	switch c >> 1 & 3 {
	case 1:
		d.Layout.PleadingLines = 28
	case 2:
		d.Layout.PleadingLines = []int{-3, 1, 2, 7, maxPleadingLines, maxPleadingLines + 1, 1 << 30}[c>>3%7]
	}
	for n := r.next() % 3; n > 0; n-- {
		d.Header = append(d.Header, r.paragraph())
	}
	for n := r.next() % 3; n > 0; n-- {
		d.Footer = append(d.Footer, r.paragraph())
	}
	for len(r.shape) > 0 {
		d.Body = append(d.Body, r.blocks(0)...)
	}
	return d
}

// TestFuzzSeeds judges the fuzz seeds' files with tools that did not
// write them, as the fuzz targets no longer do on every execution: pdfcpu
// and qpdf accept each file Write and WriteEach make of a seed, and the
// structural check the targets rely on accepts them too (so that it is
// known to pass on good files) and refuses a damaged one (so that it can
// fail).
func TestFuzzSeeds(t *testing.T) {
	var docs []*doc.Document
	for i, s := range fuzzSeeds() {
		d := fuzzDocument(s.text, s.shape)
		lo, err := layoutDocument(fuzzDocument(s.text, s.shape))
		if err != nil {
			t.Fatalf("seed %d: layout: %v", i, err)
		}
		pdf := mustRender(t, d)
		if err := checkStructure(pdf, len(lo.pages)); err != nil {
			t.Errorf("seed %d: %v", i, err)
		}
		if err := api.Validate(bytes.NewReader(pdf), pdfcpuConf()); err != nil {
			t.Errorf("seed %d: pdfcpu: %v", i, err)
		}
		if out := runTool(t, "qpdf", "--check", pdfFile(t, pdf)); !strings.Contains(out, "No syntax or stream encoding errors found") {
			t.Errorf("seed %d: qpdf --check:\n%s", i, out)
		}
		docs = append(docs, d)
	}
	files, err := WriteEach(docs)
	if err != nil {
		t.Fatal(err)
	}
	for i, f := range files {
		if err := checkStructure(f, -1); err != nil {
			t.Errorf("WriteEach file %d: %v", i+1, err)
		}
		if err := api.Validate(bytes.NewReader(f), pdfcpuConf()); err != nil {
			t.Errorf("WriteEach file %d: pdfcpu: %v", i+1, err)
		}
	}

	good := mustRender(t, letterDocument())
	for name, bad := range map[string][]byte{
		"cut short":    good[:len(good)/2],
		"shifted":      append([]byte("\n"), good...),
		"no header":    good[5:],
		"a page added": bytes.Replace(good, []byte("/Count 2"), []byte("/Count 3"), 1),
	} {
		if err := checkStructure(bad, -1); err == nil {
			t.Errorf("%s: the structural check accepts it", name)
		}
	}
	if err := checkStructure(good, 2); err != nil {
		t.Errorf("the two-page letter: %v", err)
	}
	if err := checkStructure(good, 3); err == nil {
		t.Error("a two-page letter passes as three pages")
	}
}

// Every seed is one the targets explore, not one they skip.
func TestFuzzSeedsAreSmall(t *testing.T) {
	for i, s := range fuzzSeeds() {
		if len(s.text) > maxFuzzText || len(s.shape) > maxFuzzShape {
			t.Errorf("seed %d: %d bytes of text and %d of shape, more than the targets explore", i, len(s.text), len(s.shape))
		}
	}
	for i, s := range append([]string{mixedDirection}, hostileTexts...) {
		if len(s) > maxFuzzText {
			t.Errorf("text %d: %d bytes", i, len(s))
		}
	}
}
