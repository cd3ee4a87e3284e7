package pdf

import (
	"bytes"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/pdfcpu/pdfcpu/pkg/api"

	"redress/internal/doc"
)

// pleadingDocument is a complaint on 28-line pleading paper: a
// single-spaced caption of three lines (an odd number, which must not
// push the body between the numbers), the title, headings, three pages of
// double-spaced pleading paragraphs with a single-spaced quotation and a
// body paragraph among them; then an empty page (two page breaks) and a
// canvas page.
func pleadingDocument() *doc.Document {
	lay := doc.PleadingLayout()
	lay.PleadingLines = 28
	d := &doc.Document{Layout: lay, Meta: doc.Meta{Title: "Pleading", Created: created},
		Footer: []doc.Paragraph{{Align: doc.Center, Spans: []doc.Span{doc.T("Page "),
			{Kind: doc.PageNumber}, doc.T(" of "), {Kind: doc.PageCount}}}}}
	for i := 1; i <= 3; i++ {
		d.Body = append(d.Body, doc.Paragraph{Style: doc.Compact, Spans: []doc.Span{doc.T(fmt.Sprintf("CAPTION LINE %d", i))}})
	}
	d.Body = append(d.Body, doc.Paragraph{Style: doc.Title, Spans: []doc.Span{doc.T("COMPLAINT")}},
		doc.Heading{Level: 1, Spans: []doc.Span{doc.T("Parties")}})
	for i := 1; i <= 18; i++ {
		d.Body = append(d.Body, doc.Numbered{Num: i, Spans: []doc.Span{doc.T(fmt.Sprintf("Allegation %d. ", i)), doc.T(filler)}})
		switch i {
		case 4:
			d.Body = append(d.Body, doc.Paragraph{Style: doc.Quote, Spans: []doc.Span{doc.T(strings.Repeat("QUOTED words of the statute ", 12))}})
		case 9:
			d.Body = append(d.Body, doc.Heading{Level: 2, Spans: []doc.Span{doc.T("Jurisdiction")}})
		case 12:
			d.Body = append(d.Body, doc.Paragraph{Align: doc.Justify, Spans: []doc.Span{doc.T(filler + filler)}})
		}
	}
	d.Body = append(d.Body, doc.PageBreak{}, doc.PageBreak{},
		doc.Canvas{Items: []doc.CanvasItem{doc.TextBox{X: 100, Y: 100, W: 300, H: 40, Size: 10,
			Spans: []doc.Span{doc.T("CANVAS PAGE")}}}})
	return d
}

// baseline is where a word of pdftotext -bbox sits: poppler's box runs
// from the font's ascent above the baseline to its descent below.
func (w bboxWord) baseline() float64 {
	return w.yMin + (w.yMax-w.yMin)*ascent/(ascent+descent)
}

// TestPleadingPaper reads the rendered pages back with poppler: every page
// of text, and the empty page, has the numbers 1 to 28 right-aligned left
// of the text area, one pitch apart; the canvas page has none; and every
// line of the double-spaced paragraphs (and the headings) stands on the
// baseline of a number, before and after the caption, the title and the
// quotation.
func TestPleadingPaper(t *testing.T) {
	d := pleadingDocument()
	lay := d.Layout
	pdf := mustRender(t, d)
	if err := api.Validate(bytes.NewReader(pdf), pdfcpuConf()); err != nil {
		t.Errorf("pdfcpu: %v", err)
	}
	if out := runTool(t, "qpdf", "--check", pdfFile(t, pdf)); !strings.Contains(out, "No syntax or stream encoding errors found") {
		t.Errorf("qpdf --check:\n%s", out)
	}

	const n = 28
	top, bottom := lay.MarginTop, doc.PageHeight-lay.MarginBottom
	pitch := (bottom - top) / n
	pages := bboxPages(t, pdf)
	if len(pages) != 5 {
		t.Fatalf("%d pages, want 5 (three of text, an empty one, a canvas)", len(pages))
	}
	aligned := 0
	for pi, lines := range pages {
		var numbers, body []bboxWord
		for _, l := range lines {
			for _, w := range l.words {
				switch {
				case w.xMax < lay.MarginLeft:
					numbers = append(numbers, w)
				case w.yMin >= top-0.5 && w.yMax <= bottom+0.5:
					body = append(body, w)
				}
			}
		}
		if pi == 4 {
			if len(numbers) != 0 {
				t.Errorf("canvas page has %d words left of the text area, want none", len(numbers))
			}
			continue
		}
		if pi == 3 && len(body) != 0 {
			t.Errorf("page 4 should be empty, has %d words", len(body))
		}
		if pi < 3 && len(body) == 0 {
			t.Errorf("page %d has no body text", pi+1)
		}

		// The numbers: 1 to 28 from the top, right-aligned 0.2 in left of
		// the text, number k on the baseline of grid line k.
		sort.Slice(numbers, func(i, j int) bool { return numbers[i].yMin < numbers[j].yMin })
		if len(numbers) != n {
			t.Errorf("page %d has %d numbers in the margin, want %d", pi+1, len(numbers), n)
			continue
		}
		var baselines []float64
		for k, w := range numbers {
			if w.text != strconv.Itoa(k+1) {
				t.Errorf("page %d: number %d reads %q", pi+1, k+1, w.text)
			}
			if want := lay.MarginLeft - 0.2*inch; math.Abs(w.xMax-want) > 0.5 {
				t.Errorf("page %d: number %d ends at x %.2f, want %.2f", pi+1, k+1, w.xMax, want)
			}
			want := top + float64(k)*pitch + lay.FontSize*ascent
			if b := w.baseline(); math.Abs(b-want) > 0.5 {
				t.Errorf("page %d: number %d on baseline %.2f, want %.2f", pi+1, k+1, b, want)
			}
			if k > 0 {
				if gap := w.baseline() - baselines[k-1]; math.Abs(gap-pitch) > 0.5 {
					t.Errorf("page %d: numbers %d and %d are %.2f pt apart, want %.2f", pi+1, k, k+1, gap, pitch)
				}
			}
			baselines = append(baselines, w.baseline())
		}

		// The body: each line of the double-spaced text on a number.
		byLine := map[int][]bboxWord{}
		for _, w := range body {
			key := int(math.Round(w.baseline() * 4))
			byLine[key] = append(byLine[key], w)
		}
		keys := make([]int, 0, len(byLine))
		for k := range byLine {
			keys = append(keys, k)
		}
		sort.Ints(keys)
		for _, key := range keys {
			ws := byLine[key]
			text := ws[0].text
			for _, w := range ws[1:] {
				text += " " + w.text
			}
			if strings.Contains(text, "CAPTION") || strings.Contains(text, "QUOTED") || text == "COMPLAINT" {
				continue // single-spaced, or a larger size: half lines
			}
			b := ws[0].baseline()
			best := math.Inf(1)
			for _, nb := range baselines {
				best = math.Min(best, math.Abs(b-nb))
			}
			if best > 1 {
				t.Errorf("page %d: line %q on baseline %.2f, %.2f pt off the nearest number", pi+1, text, b, best)
			}
			aligned++
		}
	}
	if aligned < 60 {
		t.Errorf("only %d lines checked against the numbers; the document is too short to test", aligned)
	}
}

// TestPleadingGrid checks the layout itself: on a page of pleading paper
// every unit starts on the grid of half lines, and a double-spaced line is
// exactly one pitch tall.
func TestPleadingGrid(t *testing.T) {
	lo := layoutOf(t, pleadingDocument())
	pitch := (lo.bottom - lo.top) / 28
	if lo.l.grid.pitch != pitch || lo.paper == nil {
		t.Fatalf("grid pitch %v, paper %v; want %v and a paper unit", lo.l.grid.pitch, lo.paper != nil, pitch)
	}
	for pi, pg := range lo.pages {
		if pg.canvas {
			continue
		}
		for _, p := range pg.placed {
			if p.u.snap == 0 {
				continue
			}
			k := (p.y - lo.top) / p.u.snap
			if math.Abs(k-math.Round(k)) > 1e-6 {
				t.Errorf("page %d: unit at %.3f is off its grid of %.3f", pi+1, p.y, p.u.snap)
			}
		}
	}
	// A body line on pleading paper is one pitch tall, a single-spaced
	// one half a pitch, a 14-pt title line two half pitches.
	l := lo.l
	for _, c := range []struct{ size, spacing, want float64 }{
		{12, 2, pitch}, {12, 1, pitch / 2}, {9, 1, pitch / 2}, {14, 1, pitch},
	} {
		if h, _ := l.lineHeight(c.size, c.spacing); math.Abs(h-c.want) > 1e-9 {
			t.Errorf("line of %v pt at spacing %v is %.3f tall, want %.3f", c.size, c.spacing, h, c.want)
		}
	}
}

// TestPleadingLinesSanitized: a negative or absurd number of lines is
// dropped, like any other unusable layout value; a sane one is kept.
func TestPleadingLinesSanitized(t *testing.T) {
	for in, want := range map[int]int{-1: 0, 0: 0, 28: 28, maxPleadingLines: maxPleadingLines, maxPleadingLines + 1: 0, 1 << 40: 0} {
		lay := doc.PleadingLayout()
		lay.PleadingLines = in
		if got := sanitizeLayout(lay).PleadingLines; got != want {
			t.Errorf("PleadingLines %d sanitized to %d, want %d", in, got, want)
		}
	}
	// Plain paper: no grid, no furniture.
	lo := layoutOf(t, sampleDocument())
	if lo.paper != nil || lo.l.grid.on() {
		t.Error("a document without pleading lines got pleading paper")
	}
}
