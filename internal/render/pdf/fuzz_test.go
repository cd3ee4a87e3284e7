package pdf

import (
	"bytes"
	"math"
	"strings"
	"testing"

	"redress/internal/doc"
)

// FuzzWrite builds a document from arbitrary text and an arbitrary shape
// (block kinds, styles, nesting, page settings) and requires a PDF: never
// a panic, never an error.
func FuzzWrite(f *testing.F) {
	f.Add("Nguyễn Văn Ân|Zoë O'Brien|Smith & <Sons>|{{ .Secret }}|*not italic*", []byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
	f.Add("a\U0001F600b|\x00\xff|\u0301\u0301|   |", []byte{3, 3, 3, 3, 200, 7, 7, 1, 0, 255})
	f.Add(strings.Repeat("word ", 400), []byte{1, 9, 9, 9, 9, 9, 9, 9, 4, 4, 4, 4, 4})
	f.Add(strings.Repeat("x", 3000), []byte{2, 0, 5, 5, 5})
	f.Add("|||", []byte{255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255})
	f.Fuzz(func(t *testing.T, text string, shape []byte) {
		d := fuzzDocument(text, shape)
		var b bytes.Buffer
		if err := Write(&b, d); err != nil {
			t.Fatalf("Write: %v", err)
		}
		if !bytes.HasPrefix(b.Bytes(), []byte("%PDF-")) {
			t.Fatal("output is not a PDF")
		}
	})
}

// FuzzLayout runs layout and pagination alone (fast enough to explore
// far more shapes than FuzzWrite) and checks what pagination promises:
// every unit inside the text area, and every page holding something.
func FuzzLayout(f *testing.F) {
	f.Add("Nguyễn Văn Ân|Zoë O'Brien|Smith & <Sons>", []byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
	f.Add(strings.Repeat("word ", 400), []byte{1, 9, 9, 9, 9, 9, 9, 9, 4, 4, 4, 4, 4})
	f.Add(strings.Repeat("x", 3000), []byte{2, 0, 5, 5, 5})
	f.Add(strings.Repeat("long cell text ", 300), []byte{0, 0, 0, 1, 12, 0, 0, 2, 2, 3, 5, 5, 5, 5, 5})
	f.Fuzz(func(t *testing.T, text string, shape []byte) {
		lo, err := layoutDocument(fuzzDocument(text, shape))
		if err != nil {
			t.Fatal(err)
		}
		for i, pg := range lo.pages {
			for _, p := range pg.placed {
				if p.y < lo.top-lineEpsilon || p.y+p.u.h > lo.bottom+lineEpsilon {
					t.Fatalf("page %d: unit at %.2f–%.2f, text area %.2f–%.2f", i+1, p.y, p.y+p.u.h, lo.top, lo.bottom)
				}
			}
		}
	})
}

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
		ss = append(ss, s)
	}
	return ss
}

func (r *shapeReader) paragraph() doc.Paragraph {
	c := r.next()
	return doc.Paragraph{Style: doc.ParagraphStyle(c % 8), Align: doc.Align(c / 8 % 5),
		KeepWithNext: c&64 != 0, Spans: r.spans()}
}

func (r *shapeReader) blocks(depth int) []doc.Block {
	var bs []doc.Block
	for n := r.next() % 8; n > 0; n-- {
		c := r.next()
		switch c % 9 {
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
				for m := r.next() % 4; m > 0; m-- {
					row.Cells = append(row.Cells, doc.Cell{Spans: r.spans(), Align: doc.Align(r.next() % 5)})
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
		}
	}
	return bs
}

func fuzzDocument(text string, shape []byte) *doc.Document {
	r := &shapeReader{shape: shape, words: strings.Split(text, "|")}
	d := &doc.Document{Meta: doc.Meta{Title: r.word(), Author: r.word(), Language: r.word()}}
	if c := r.next(); c&1 != 0 {
		odd := []float64{0, -1, math.NaN(), math.Inf(1), 1e9, 300, 0.5}
		pick := func() float64 { return odd[r.next()%len(odd)] }
		d.Layout = doc.Layout{MarginTop: pick(), MarginBottom: pick(), MarginLeft: pick(), MarginRight: pick(),
			FontSize: pick(), LineSpacing: pick(), ParagraphSpace: pick()}
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
