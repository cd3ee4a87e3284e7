package pdf

import (
	"bytes"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"

	"redress/internal/doc"
)

// Canvas pages and the text boxes on them are judged as the rest of the
// writer is: by reading the PDF back with poppler (word positions, and
// pixels for the lines and boxes, which have no text to find).

// formBoxes are text boxes of several sizes, alignments and leadings,
// laid out so that no two regions overlap even where text runs past a
// box's bottom. The last one holds more than it can.
func formBoxes() []doc.TextBox {
	long := "Claimant states that the vehicle owned by the agency struck the claimant's car at the " +
		"intersection of Main Street and Elm Street, causing damage to the rear bumper, the trunk " +
		"and the tail lights, and injuries to the claimant's neck and back."
	return []doc.TextBox{
		{X: 40, Y: 40, W: 250, H: 16, Size: 12, Spans: []doc.Span{doc.T("Nguyễn Văn Ân")}},
		{X: 320, Y: 40, W: 250, H: 14, Size: 10, Align: doc.Center, Spans: []doc.Span{doc.T("Smith & <Sons>")}},
		{X: 40, Y: 80, W: 200, H: 40, Size: 9, Align: doc.Right,
			Spans: []doc.Span{doc.T("12 Elm Street, Apt. 3"), doc.BR(), doc.T("Springfield, IL 62702")}},
		{X: 320, Y: 80, W: 250, H: 90, Size: 8, Align: doc.Justify, Spans: []doc.Span{doc.T(long)}},
		{X: 40, Y: 200, W: 250, H: 80, Size: 10, Leading: 1.5, Spans: []doc.Span{
			doc.B("Nguyễn Văn Ân"), doc.T(" of "), doc.I("Smith & <Sons>"), doc.T(", " + long)}},
		{X: 320, Y: 200, W: 250, H: 60, Size: 8, Spans: []doc.Span{
			{Text: "LARGE", Size: 16, Bold: true}, doc.T(" heading, then small text: " + long)}},
		{X: 40, Y: 400, W: 120, H: 30, Size: 9, Spans: []doc.Span{doc.T(long)}},
	}
}

func formCanvas() doc.Canvas {
	var c doc.Canvas
	c.Items = append(c.Items,
		doc.Line{X1: 36, Y1: 320, X2: 576, Y2: 320, Width: 2},
		doc.Line{X1: 300, Y1: 340, X2: 300, Y2: 380},
		doc.Box{X: 400, Y: 400, W: 10, H: 10},
		doc.Box{X: 420, Y: 400, W: 10, H: 10, Width: 0.75, Checked: true},
		&doc.Box{X: 36, Y: 36, W: 540, H: 720, Width: 1},
		nil,
		doc.Line{X1: math.NaN(), Y1: 1, X2: 2, Y2: 3}, // dropped
	)
	for _, tb := range formBoxes() {
		c.Items = append(c.Items, tb, doc.Box{X: tb.X, Y: tb.Y, W: tb.W, H: tb.H, Width: 0.25})
	}
	return c
}

func canvasDocument() *doc.Document {
	return &doc.Document{Meta: doc.Meta{Title: "SF-95", Created: created}, Layout: doc.LetterLayout(),
		Body: []doc.Block{formCanvas()}}
}

// wordBaseline is where a word's baseline is, from its box: poppler puts
// yMin one ascent above it and yMax one descent below.
func wordBaseline(w bboxWord) float64 {
	size := (w.yMax - w.yMin) / (ascent + descent)
	return w.yMin + ascent*size
}

// linesIn groups the words whose left edge lies in [x0, x1] and whose top
// lies in [y0, y1] into lines by baseline, top to bottom, left to right.
func linesIn(words []bboxWord, x0, x1, y0, y1 float64) [][]bboxWord {
	var in []bboxWord
	for _, w := range words {
		if w.xMin >= x0 && w.xMin <= x1 && w.yMin >= y0 && w.yMin <= y1 {
			in = append(in, w)
		}
	}
	sort.SliceStable(in, func(i, j int) bool {
		bi, bj := wordBaseline(in[i]), wordBaseline(in[j])
		if math.Abs(bi-bj) > 0.05 {
			return bi < bj
		}
		return in[i].xMin < in[j].xMin
	})
	var lines [][]bboxWord
	for _, w := range in {
		if n := len(lines); n > 0 && math.Abs(wordBaseline(lines[n-1][0])-wordBaseline(w)) <= 0.05 {
			lines[n-1] = append(lines[n-1], w)
			continue
		}
		lines = append(lines, []bboxWord{w})
	}
	return lines
}

func pageWords(lines []bboxLine) []bboxWord {
	var ws []bboxWord
	for _, l := range lines {
		ws = append(ws, l.words...)
	}
	return ws
}

func spansText(ss []doc.Span) string { return doc.PlainText(ss) }

// TestCanvasTextBoxes draws text boxes and compares what poppler reads
// with what WrapText promised: the same lines with the same words, inside
// the box where WrapText and LinesThatFit say they fit, aligned as asked,
// baselines LineHeight apart, and the text's bottom where TextHeight says.
func TestCanvasTextBoxes(t *testing.T) {
	const tol = 0.05
	pages := bboxPages(t, mustRender(t, canvasDocument()))
	if len(pages) != 1 {
		t.Fatalf("%d pages, want 1", len(pages))
	}
	words := pageWords(pages[0])
	seen := 0
	overflowed := false
	for bi, tb := range formBoxes() {
		want := WrapText(tb.Spans, tb.Size, tb.W)
		height := TextHeight(want, tb.Size, tb.Leading)
		fits := len(want) <= LinesThatFit(tb.H, tb.Size, tb.Leading)
		if fits != (height <= tb.H+lineEpsilon) {
			t.Errorf("box %d: LinesThatFit says fits=%v, TextHeight %.3f in %.3f", bi, fits, height, tb.H)
		}
		got := linesIn(words, tb.X-tol, tb.X+tb.W+tol, tb.Y-tol, tb.Y+height+tol)
		var gotText, wantText []string
		for _, l := range got {
			var s []string
			for _, w := range l {
				s = append(s, w.text)
			}
			gotText = append(gotText, strings.Join(s, " "))
			seen += len(l)
		}
		for _, l := range want {
			wantText = append(wantText, normSpace(spansText(l)))
		}
		if strings.Join(gotText, "\n") != strings.Join(wantText, "\n") {
			t.Errorf("box %d: drawn lines\n%s\nWrapText lines\n%s", bi, strings.Join(gotText, "\n"), strings.Join(wantText, "\n"))
			continue
		}
		for li, l := range got {
			first, last := l[0], l[len(l)-1]
			if first.xMin < tb.X-tol || last.xMax > tb.X+tb.W+tol {
				t.Errorf("box %d line %d: x %.2f–%.2f outside %.2f–%.2f", bi, li, first.xMin, last.xMax, tb.X, tb.X+tb.W)
			}
			for _, w := range l {
				if w.yMin < tb.Y-tol {
					t.Errorf("box %d: %q starts at y %.2f, above the box at %.2f", bi, w.text, w.yMin, tb.Y)
				}
				if fits && w.yMax > tb.Y+tb.H+tol {
					t.Errorf("box %d: %q ends at y %.2f, below the box at %.2f, though WrapText says it fits", bi, w.text, w.yMax, tb.Y+tb.H)
				}
			}
			hard := li == len(got)-1 || tb.Align == doc.Right // the right-aligned box breaks at a Break
			switch tb.Align {
			case doc.Left:
				if math.Abs(first.xMin-tb.X) > tol {
					t.Errorf("box %d line %d: left-aligned text starts at %.2f", bi, li, first.xMin)
				}
			case doc.Right:
				if math.Abs(last.xMax-(tb.X+tb.W)) > tol {
					t.Errorf("box %d line %d: right-aligned text ends at %.2f, box at %.2f", bi, li, last.xMax, tb.X+tb.W)
				}
			case doc.Center:
				if mid := (first.xMin + last.xMax) / 2; math.Abs(mid-(tb.X+tb.W/2)) > tol {
					t.Errorf("box %d line %d: centred text's middle at %.2f", bi, li, mid)
				}
			case doc.Justify:
				if !hard && math.Abs(last.xMax-(tb.X+tb.W)) > tol {
					t.Errorf("box %d line %d: justified line ends at %.2f", bi, li, last.xMax)
				}
			}
			if li > 0 && tb.Spans[0].Size == 0 {
				if d := wordBaseline(first) - wordBaseline(got[li-1][0]); math.Abs(d-LineHeight(tb.Size, tb.Leading)) > tol {
					t.Errorf("box %d: baselines %.3f apart, LineHeight %.3f", bi, d, LineHeight(tb.Size, tb.Leading))
				}
			}
		}
		if bottom := got[len(got)-1][0].yMax; math.Abs(bottom-(tb.Y+height)) > tol {
			t.Errorf("box %d: text ends at %.3f, TextHeight says %.3f", bi, bottom, tb.Y+height)
		}
		if !fits {
			overflowed = true
			if got[len(got)-1][0].yMax <= tb.Y+tb.H {
				t.Errorf("box %d: text that does not fit was cut at the bottom", bi)
			}
		}
	}
	if !overflowed {
		t.Error("no box overflowed; the test's last box should")
	}
	if seen != len(words) {
		t.Errorf("%d words in the boxes, %d on the page: text was drawn outside every box", seen, len(words))
	}
	all := normSpace(strings.Join(pdftotext(t, mustRender(t, canvasDocument())), " "))
	for _, s := range []string{"Nguyễn Văn Ân", "Smith & <Sons>"} {
		if !strings.Contains(all, s) {
			t.Errorf("text lacks %q", s)
		}
	}
}

// TestWrapTextLongParagraph: a paragraph of many lines in a text box is
// drawn in exactly the lines WrapText gives, at several widths and sizes.
func TestWrapTextLongParagraph(t *testing.T) {
	text := "Plaintiff Nguyễn Văn Ân, of Smith & <Sons>, says: " + filler + filler + filler + filler
	for _, c := range []struct{ w, size float64 }{{500, 10}, {230, 8}, {151.5, 11}, {97, 7}} {
		tb := doc.TextBox{X: 50, Y: 60, W: c.w, H: 650, Size: c.size, Align: doc.Justify, Spans: []doc.Span{doc.T(text)}}
		want := WrapText(tb.Spans, tb.Size, tb.W)
		d := &doc.Document{Body: []doc.Block{doc.Canvas{Items: []doc.CanvasItem{tb}}}}
		pages := bboxPages(t, mustRender(t, d))
		got := linesIn(pageWords(pages[0]), 0, doc.PageWidth, 0, doc.PageHeight)
		if len(got) != len(want) {
			t.Errorf("width %.1f size %.0f: %d lines drawn, WrapText says %d", c.w, c.size, len(got), len(want))
		}
		if len(want) < 5 {
			t.Errorf("width %.1f: only %d lines; the test wants a long paragraph", c.w, len(want))
		}
		for i := 0; i < min(len(got), len(want)); i++ {
			var s []string
			for _, w := range got[i] {
				s = append(s, w.text)
			}
			if g, w := strings.Join(s, " "), normSpace(spansText(want[i])); g != w {
				t.Errorf("width %.1f line %d: drawn %q, WrapText %q", c.w, i, g, w)
			}
		}
	}
}

// TestWrapText covers the contract of the measuring functions.
func TestWrapText(t *testing.T) {
	w := TextWidth("Smith & <Sons>", 10, false, false)
	if got := WrapText([]doc.Span{doc.T("Smith & <Sons>")}, 10, w); len(got) != 1 {
		t.Errorf("text exactly as wide as the box: %d lines", len(got))
	}
	got := WrapText([]doc.Span{doc.T("Smith & <Sons>")}, 10, w-0.01)
	if len(got) != 2 || spansText(got[0]) != "Smith &" || spansText(got[1]) != "<Sons>" {
		t.Errorf("narrower box: %v", got)
	}
	got = WrapText([]doc.Span{doc.B("Nguyễn"), doc.T(" Văn"), doc.T(" Ân"), doc.BR(), doc.T("Smith\nJones")}, 9, 300)
	want := [][]doc.Span{
		{{Text: "Nguyễn", Bold: true, Size: 9}, {Text: " Văn Ân", Size: 9}},
		{{Text: "Smith", Size: 9}},
		{{Text: "Jones", Size: 9}},
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("WrapText = %v, want %v", got, want)
	}
	if got := WrapText([]doc.Span{doc.T("Nguye\u0302\u0303n \U0001F600")}, 0, 300); spansText(got[0][:1]) != "Nguyễn ?" {
		t.Errorf("text not cleaned as drawn: %v", got)
	}
	if got := WrapText(nil, 10, 100); got != nil {
		t.Errorf("no spans: %v", got)
	}
	if got := WrapText([]doc.Span{doc.T("a"), doc.BR()}, 10, 100); len(got) != 2 {
		t.Errorf("a trailing Break: %d lines, want 2 (the second empty)", len(got))
	}
	if got := WrapText([]doc.Span{doc.T("abc")}, 10, math.NaN()); len(got) != 3 {
		t.Errorf("a NaN width: %d lines, want one character a line", len(got))
	}
	if got := WrapText([]doc.Span{{Text: "x", Size: 1000}}, 10, 100); got[0][0].Size != maxTextSize {
		t.Errorf("span size not clamped: %v", got)
	}
	if a, b := TextWidth("Zoë", 0, false, false), TextWidth("Zoë", 10, false, false); a != b || a <= 0 {
		t.Errorf("size 0 does not mean 10: %v vs %v", a, b)
	}
	if TextWidth("Zoë", 10, true, true) != TextWidth("Zoë", 10, true, false) {
		t.Error("bold italic is not measured as bold")
	}
	if got := LineHeight(10, 0); math.Abs(got-11.5) > 1e-9 {
		t.Errorf("LineHeight(10, 0) = %v", got)
	}

	for _, size := range []float64{6, 8, 10, 12.5} {
		for _, lead := range []float64{0, 1, 1.5} {
			for n := 1; n <= 40; n++ {
				lines := make([][]doc.Span, n)
				h := TextHeight(lines, size, lead)
				want := ascent*size + float64(n-1)*LineHeight(size, lead) + descent*size
				if math.Abs(h-want) > 1e-9 {
					t.Fatalf("TextHeight(%d lines, %v, %v) = %v, want %v", n, size, lead, h, want)
				}
				if got := LinesThatFit(h, size, lead); got != n {
					t.Errorf("LinesThatFit(%v, %v, %v) = %d, want %d", h, size, lead, got, n)
				}
				if got := LinesThatFit(h-0.01, size, lead); got != n-1 {
					t.Errorf("LinesThatFit(%v-0.01, %v, %v) = %d, want %d", h, size, lead, got, n-1)
				}
			}
		}
	}
	for _, h := range []float64{math.NaN(), math.Inf(-1), -5, 0} {
		if got := LinesThatFit(h, 10, 0); got != 0 {
			t.Errorf("LinesThatFit(%v) = %d", h, got)
		}
	}
	if got := LinesThatFit(math.Inf(1), 10, 0); got != maxFitLines {
		t.Errorf("LinesThatFit(+Inf) = %d", got)
	}
	// A larger span makes its line taller.
	mixed := [][]doc.Span{{{Text: "BIG", Size: 20}}, {doc.T("small")}}
	if got, want := TextHeight(mixed, 10, 0), ascent*20+(lineFactor-ascent)*20+ascent*10+descent*10; math.Abs(got-want) > 1e-9 {
		t.Errorf("mixed TextHeight = %v, want %v", got, want)
	}
}

// TestWrapTextConcurrent measures from several goroutines at once (run
// with -race): the functions share only the read-only width table.
func TestWrapTextConcurrent(t *testing.T) {
	spans := []doc.Span{doc.T("Nguyễn Văn Ân, Smith & <Sons>. " + filler + filler)}
	want := fmt.Sprint(WrapText(spans, 9, 180))
	errs := make(chan error, 8)
	for g := 0; g < 8; g++ {
		go func() {
			for i := 0; i < 20; i++ {
				if got := fmt.Sprint(WrapText(spans, 9, 180)); got != want {
					errs <- fmt.Errorf("concurrent WrapText differs")
					return
				}
				_ = TextWidth("Zoë", 9, false, true) + LineHeight(9, 0) + float64(LinesThatFit(100, 9, 0))
			}
			errs <- nil
		}()
	}
	for g := 0; g < 8; g++ {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}

// gray is a page rendered by pdftoppm in grey levels.
type gray struct {
	w, h int
	dpi  float64
	pix  []byte
}

// at is the grey level at (x, y) in points: 0 black, 255 white.
func (g gray) at(x, y float64) int {
	px, py := int(x*g.dpi/72), int(y*g.dpi/72)
	if px < 0 || py < 0 || px >= g.w || py >= g.h {
		return 255
	}
	return int(g.pix[py*g.w+px])
}

// darkest is the darkest level within r points of (x, y).
func (g gray) darkest(x, y, r float64) int {
	d := 255
	step := 72 / g.dpi
	for dx := -r; dx <= r; dx += step {
		for dy := -r; dy <= r; dy += step {
			d = min(d, g.at(x+dx, y+dy))
		}
	}
	return d
}

// rasterize renders one page with pdftoppm at 144 dpi.
func rasterize(t *testing.T, pdf []byte, page int) gray {
	t.Helper()
	out := filepath.Join(t.TempDir(), "page")
	n := strconv.Itoa(page)
	runTool(t, "pdftoppm", "-gray", "-r", "144", "-f", n, "-l", n, "-singlefile", pdfFile(t, pdf), out)
	data, err := os.ReadFile(out + ".pgm")
	if err != nil {
		t.Fatal(err)
	}
	var w, h, maxv int
	// P5 header: magic, width, height, maxval, one white space, pixels.
	fields, rest := 0, data
	var vals [4]string
	for fields < 4 {
		rest = bytes.TrimLeft(rest, " \t\r\n")
		i := bytes.IndexAny(rest, " \t\r\n")
		vals[fields], rest = string(rest[:i]), rest[i:]
		fields++
	}
	rest = rest[1:]
	if vals[0] != "P5" {
		t.Fatalf("pdftoppm wrote %q, not a PGM", vals[0])
	}
	w, _ = strconv.Atoi(vals[1])
	h, _ = strconv.Atoi(vals[2])
	maxv, _ = strconv.Atoi(vals[3])
	if maxv != 255 || len(rest) != w*h {
		t.Fatalf("unexpected PGM: %dx%d max %d, %d bytes", w, h, maxv, len(rest))
	}
	return gray{w: w, h: h, dpi: 144, pix: rest}
}

// TestCanvasShapes looks at the pixels of lines and boxes: they are drawn
// where placed, a checked box has its X and an unchecked one none.
func TestCanvasShapes(t *testing.T) {
	g := rasterize(t, mustRender(t, canvasDocument()), 1)
	for _, c := range []struct {
		what string
		x, y float64
		dark bool
	}{
		{"thick line", 300, 320, true},
		{"above the thick line", 300, 316, false},
		{"vertical line", 300, 360, true},
		{"unchecked box edge", 400, 405, true},
		{"unchecked box centre", 405, 405, false},
		{"checked box edge", 420, 405, true},
		{"checked box centre", 425, 405, true},
		{"checked box X arm", 422.5, 402.5, true},
		{"checked box between arms", 425, 402, false},
		{"page border", 36, 600, true},
		{"empty page", 450, 600, false},
	} {
		v := g.darkest(c.x, c.y, 0.5)
		if c.dark && v > 128 || !c.dark && v < 240 {
			t.Errorf("%s at (%.1f, %.1f): grey %d, want dark=%v", c.what, c.x, c.y, v, c.dark)
		}
	}
}

// TestCanvasPages: canvases take pages 1 and 2, without the running header
// and footer or bookmarks; the body starts on page 3, numbered 3 of N.
func TestCanvasPages(t *testing.T) {
	d := &doc.Document{Meta: doc.Meta{Title: "Claim", Created: created}, Layout: doc.LetterLayout(),
		Header: []doc.Paragraph{{Style: doc.Small, Align: doc.Right, Spans: []doc.Span{doc.T("Running header")}}},
		Footer: []doc.Paragraph{{Align: doc.Center, Spans: []doc.Span{doc.T("Page "),
			{Kind: doc.PageNumber}, doc.T(" of "), {Kind: doc.PageCount}}}},
	}
	d.Body = append(d.Body,
		doc.Canvas{Items: []doc.CanvasItem{doc.TextBox{X: 50, Y: 50, W: 300, H: 20, Spans: []doc.Span{doc.T("Form page one")}}}},
		&doc.Canvas{Items: []doc.CanvasItem{doc.TextBox{X: 50, Y: 50, W: 300, H: 20, Spans: []doc.Span{
			doc.T("Form sheet "), {Kind: doc.PageNumber}, doc.T(" of "), {Kind: doc.PageCount}}}}},
	)
	for i := 1; i <= 6; i++ {
		d.Body = append(d.Body, doc.Heading{Level: 1, Spans: []doc.Span{doc.T(fmt.Sprintf("Section %d", i))}},
			doc.Paragraph{Spans: []doc.Span{doc.T(fmt.Sprintf("Body paragraph %d. ", i) + filler + filler + filler)}})
	}
	pdf := mustRender(t, d)
	pages := pdftotext(t, pdf)
	n := len(pages)
	if n < 4 {
		t.Fatalf("%d pages, want the body to run past page 3", n)
	}
	if !strings.Contains(pages[0], "Form page one") || !strings.Contains(pages[1], fmt.Sprintf("Form sheet 2 of %d", n)) {
		t.Errorf("canvases not on pages 1 and 2:\n%q\n%q", pages[0], pages[1])
	}
	for i, p := range pages {
		hasHF := strings.Contains(p, "Running header") || strings.Contains(p, "Page ")
		if i < 2 && hasHF {
			t.Errorf("canvas page %d has the running header or footer:\n%s", i+1, p)
		}
		if i >= 2 {
			if want := fmt.Sprintf("Page %d of %d", i+1, n); !strings.Contains(p, want) || !strings.Contains(p, "Running header") {
				t.Errorf("page %d lacks %q or the header:\n%s", i+1, want, p)
			}
		}
	}
	body := bodyLines(bboxPages(t, pdf)[2], d.Layout)
	if len(body) == 0 || body[0].text() != "Section 1" {
		t.Errorf("page 3 does not open with the body: %v", body)
	}
	bms, err := api.Bookmarks(bytes.NewReader(pdf), pdfcpuConf())
	if err != nil {
		t.Fatal(err)
	}
	var walk func(bs []pdfcpu.Bookmark)
	count := 0
	walk = func(bs []pdfcpu.Bookmark) {
		for _, b := range bs {
			count++
			if b.PageFrom < 3 {
				t.Errorf("bookmark %q points at canvas page %d", b.Title, b.PageFrom)
			}
			walk(b.Kids)
		}
	}
	walk(bms)
	if count != 6 {
		t.Errorf("%d bookmarks, want 6", count)
	}
	checkValid(t, pdf)
}

// TestCanvasPagination places canvases among other blocks.
func TestCanvasPagination(t *testing.T) {
	para := fillerLines(1)[0]
	cv := doc.Canvas{Items: []doc.CanvasItem{doc.Line{X1: 0, Y1: 0, X2: 10, Y2: 10}}}
	for _, c := range []struct {
		name  string
		body  []doc.Block
		pages string // what each page holds: c canvas, t text, - nothing
	}{
		{"alone", []doc.Block{cv}, "c"},
		{"two", []doc.Block{cv, cv}, "cc"},
		{"between paragraphs", []doc.Block{para, cv, para}, "tct"},
		{"page breaks around", []doc.Block{para, doc.PageBreak{}, cv, doc.PageBreak{}, para}, "tct"},
		{"trailing break", []doc.Block{cv, doc.PageBreak{}}, "c"},
		{"two breaks after", []doc.Block{cv, doc.PageBreak{}, doc.PageBreak{}, para}, "c-t"},
		{"kept heading before", []doc.Block{doc.Heading{Level: 1, Spans: []doc.Span{doc.T("H")}}, cv, para}, "tct"},
		{"in a group", []doc.Block{doc.Group{Blocks: []doc.Block{para, cv, para}}}, "tct"},
		{"in a list", []doc.Block{doc.List{Items: []doc.ListItem{{Blocks: []doc.Block{cv}}, {Blocks: []doc.Block{para}}}}}, "ct"},
		{"nil pointer", []doc.Block{(*doc.Canvas)(nil), para}, "t"},
		{"empty canvas", []doc.Block{para, doc.Canvas{}}, "tc"},
	} {
		lo := layoutOf(t, &doc.Document{Body: c.body})
		var got strings.Builder
		for _, pg := range lo.pages {
			switch {
			case pg.canvas:
				got.WriteByte('c')
				if len(pg.placed) != 1 || !pg.placed[0].u.canvas {
					t.Errorf("%s: a canvas page holds %d units", c.name, len(pg.placed))
				}
			case len(pg.placed) == 0:
				got.WriteByte('-')
			default:
				got.WriteByte('t')
				for _, p := range pg.placed {
					if p.u.canvas {
						t.Errorf("%s: a canvas shares a page", c.name)
					}
				}
			}
		}
		if got.String() != c.pages {
			t.Errorf("%s: pages %q, want %q", c.name, got.String(), c.pages)
		}
	}
}

func checkValid(t *testing.T, pdf []byte) {
	t.Helper()
	if err := api.Validate(bytes.NewReader(pdf), pdfcpuConf()); err != nil {
		t.Errorf("pdfcpu: %v", err)
	}
	out := runTool(t, "qpdf", "--check", pdfFile(t, pdf))
	if !strings.Contains(out, "No syntax or stream encoding errors found") {
		t.Errorf("qpdf --check:\n%s", out)
	}
}

// TestCanvasValidDeterministic: a canvas document is a valid PDF, and the
// same every time.
func TestCanvasValidDeterministic(t *testing.T) {
	a := mustRender(t, canvasDocument())
	checkValid(t, a)
	if b := mustRender(t, canvasDocument()); !bytes.Equal(a, b) {
		t.Error("two renderings of the canvas differ")
	}
	out := runTool(t, "pdffonts", pdfFile(t, a))
	if strings.Count(out, "utf8liberationserif") != 3 {
		t.Errorf("fonts:\n%s", out)
	}
}
