package pdf

import (
	"bytes"
	"math"
	"strings"
	"testing"

	"github.com/pdfcpu/pdfcpu/pkg/api"

	"redress/internal/doc"
)

// mixedDirection is a fuzz seed of left-to-right and right-to-left text:
// Hebrew names with numbers, brackets, points, the implicit marks,
// zero-width characters, an override the writer refuses, and Arabic,
// which the font lacks.
var mixedDirection = "Client: שרה כהן, 12 Main St.|שרה (כהן) «12» ≤ [3]|" +
	"שָׂרָה כֹּהֵן\u200F!|a\u200Eb\u200Bc\u200Dd|\u202Eevil\u202C|سارة ١٢|" +
	strings.Repeat("claim of שרה כהן 12, ", 40)

// FuzzWrite builds a document from arbitrary text and an arbitrary shape
// (block kinds, styles, nesting, page settings, canvas pages) and requires
// a PDF that pdfcpu accepts: never a panic, never an error.
func FuzzWrite(f *testing.F) {
	f.Add("Nguyễn Văn Ân|Zoë O'Brien|Smith & <Sons>|{{ .Secret }}|*not italic*", []byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
	f.Add("a\U0001F600b|\x00\xff|\u0301\u0301|   |", []byte{3, 3, 3, 3, 200, 7, 7, 1, 0, 255})
	f.Add(strings.Repeat("word ", 400), []byte{1, 9, 9, 9, 9, 9, 9, 9, 4, 4, 4, 4, 4})
	f.Add(strings.Repeat("x", 3000), []byte{2, 0, 5, 5, 5})
	f.Add("|||", []byte{255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255})
	f.Add("Nguyễn Văn Ân|Smith & <Sons>|"+strings.Repeat("claim ", 80), fuzzCanvasShape)
	f.Add("x|́|", []byte{0, 0, 0, 3, 9, 5, 0, 8, 9, 10, 3, 1, 7, 2, 4, 5, 6, 7, 8, 9, 10, 3, 65, 4, 2, 200, 1, 3, 9})
	f.Add(mixedDirection, []byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
	f.Add(mixedDirection, fuzzCanvasShape)
	f.Fuzz(func(t *testing.T, text string, shape []byte) {
		d := fuzzDocument(text, shape)
		var b bytes.Buffer
		if err := Write(&b, d); err != nil {
			t.Fatalf("Write: %v", err)
		}
		if !bytes.HasPrefix(b.Bytes(), []byte("%PDF-")) {
			t.Fatal("output is not a PDF")
		}
		if err := api.Validate(bytes.NewReader(b.Bytes()), pdfcpuConf()); err != nil {
			t.Fatalf("pdfcpu: %v", err)
		}
	})
}

// FuzzLayout runs layout and pagination alone (fast enough to explore
// far more shapes than FuzzWrite) and checks what pagination promises:
// every unit inside the text area, a canvas alone on its page, and
// nothing but finite coordinates on a canvas.
func FuzzLayout(f *testing.F) {
	f.Add("Nguyễn Văn Ân|Zoë O'Brien|Smith & <Sons>", []byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
	f.Add(strings.Repeat("word ", 400), []byte{1, 9, 9, 9, 9, 9, 9, 9, 4, 4, 4, 4, 4})
	f.Add(strings.Repeat("x", 3000), []byte{2, 0, 5, 5, 5})
	f.Add(strings.Repeat("long cell text ", 300), []byte{0, 0, 0, 1, 12, 0, 0, 2, 2, 3, 5, 5, 5, 5, 5})
	f.Add("Nguyễn Văn Ân|Smith & <Sons>|"+strings.Repeat("claim ", 80), fuzzCanvasShape)
	f.Add(mixedDirection, []byte{1, 9, 9, 9, 9, 9, 9, 9, 4, 4, 4, 4, 4})
	f.Add(mixedDirection, fuzzCanvasShape)
	f.Fuzz(func(t *testing.T, text string, shape []byte) {
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
