package pdf

import (
	"math"
	"testing"

	"redress/internal/doc"
)

// formTable has a header row, a shaded cell spanning two columns, a row
// with a least height, and a row after it. In the letter layout its
// column edges are at 72, 189, 306 and 540.
func formTable() doc.Table {
	c := func(s string) doc.Cell { return doc.Cell{Spans: []doc.Span{doc.T(s)}} }
	return doc.Table{Widths: []float64{0.25, 0.25, 0.5}, HeaderRows: 1, Borders: true, Rows: []doc.Row{
		{Cells: []doc.Cell{c("Hdr1"), c("Hdr2"), c("Hdr3")}},
		{Cells: []doc.Cell{{Spans: []doc.Span{doc.T("Spanning two columns")}, ColSpan: 2, Align: doc.Right, Shade: true},
			c("Third")}},
		{MinHeight: 100, Cells: []doc.Cell{c("Alpha"), c("Beta"), c("Gamma")}},
		{Cells: []doc.Cell{c("After"), {Spans: []doc.Span{{Text: "Large", Size: 20}}}, c("Zeta")}},
	}}
}

// findWord is the first word on a page with the text s.
func findWord(t *testing.T, lines []bboxLine, s string) bboxWord {
	t.Helper()
	for _, l := range lines {
		for _, w := range l.words {
			if w.text == s {
				return w
			}
		}
	}
	t.Fatalf("%q not on the page", s)
	return bboxWord{}
}

// TestTableSpansShadeMinHeight spot-checks a form-like table: a spanning
// cell's text aligns to the edge of its last column, the cell after it
// starts in the third column, the least height holds, a larger span makes
// its band taller, shading fills only the shaded cell, and no border runs
// through the spanning cell.
func TestTableSpansShadeMinHeight(t *testing.T) {
	const tol = 0.05
	d := &doc.Document{Meta: doc.Meta{Created: created}, Layout: doc.LetterLayout(),
		Body: []doc.Block{formTable()}}
	pdf := mustRender(t, d)
	checkValid(t, pdf)
	lines := bboxPages(t, pdf)[0]
	left, width := d.Layout.MarginLeft, doc.PageWidth-d.Layout.MarginLeft-d.Layout.MarginRight
	edge1, edge2 := left+width*0.25, left+width*0.5

	if w := findWord(t, lines, "columns"); math.Abs(w.xMax-(edge2-cellPadX)) > tol {
		t.Errorf("spanning cell's right-aligned text ends at %.2f, want %.2f", w.xMax, edge2-cellPadX)
	}
	if w := findWord(t, lines, "Third"); math.Abs(w.xMin-(edge2+cellPadX)) > tol {
		t.Errorf("cell after the span starts at %.2f, want %.2f", w.xMin, edge2+cellPadX)
	}
	if w := findWord(t, lines, "Beta"); math.Abs(w.xMin-(edge1+cellPadX)) > tol {
		t.Errorf("second column starts at %.2f, want %.2f", w.xMin, edge1+cellPadX)
	}
	alpha, after := findWord(t, lines, "Alpha"), findWord(t, lines, "After")
	// Text sits at the top of its row: the first baseline is padY and one
	// ascent of the band's largest size below the row's top.
	fs := d.Layout.FontSize
	alphaTop := wordBaseline(alpha) - cellPadY - ascent*fs
	afterTop := wordBaseline(after) - cellPadY - ascent*20
	if d := afterTop - alphaTop; math.Abs(d-100) > tol {
		t.Errorf("row with MinHeight 100 is %.2f tall", d)
	}
	large := findWord(t, lines, "Large")
	if h := large.yMax - large.yMin; math.Abs(h-20*(ascent+descent)) > tol {
		t.Errorf("a 20 pt span is %.2f tall", h)
	}
	// The band is set for the largest text: the small words share its
	// baseline, and the row is 20 pt × 1.15 plus padding tall.
	if math.Abs(wordBaseline(after)-wordBaseline(large)) > tol {
		t.Errorf("baselines in one band differ: %.2f and %.2f", wordBaseline(after), wordBaseline(large))
	}

	spanning := findWord(t, lines, "Spanning")
	g := rasterize(t, pdf, 1)
	rowY := (spanning.yMin + spanning.yMax) / 2
	if v := g.at(left+6, rowY); v < 215 || v > 245 {
		t.Errorf("shaded cell is grey %d at its left, want about 230", v)
	}
	if v := g.at(edge2+60, rowY); v < 250 {
		t.Errorf("unshaded cell is grey %d, want white", v)
	}
	if v := g.darkest(edge1, rowY, 0.5); v < 200 {
		t.Errorf("a border runs through the spanning cell (grey %d at x %.1f)", v, edge1)
	}
	if v := g.darkest(edge2, rowY, 0.5); v > 128 {
		t.Errorf("no border after the spanning cell (grey %d)", v)
	}
	alphaY := alpha.yMin + 50 // inside the tall row, below its text
	for _, x := range []float64{left, edge1, edge2, left + width} {
		if v := g.darkest(x, alphaY, 0.5); v > 128 {
			t.Errorf("tall row has no border at x %.1f (grey %d)", x, v)
		}
	}
	if v := g.darkest(edge1+30, alphaY, 0.5); v < 250 {
		t.Errorf("tall row is not empty below its text (grey %d)", v)
	}
}

// TestTableGrid covers the grid's shape: Widths decide the columns when
// rows cover fewer, a span is clipped at the grid's edge, a huge ColSpan
// stays bounded, and a MinHeight taller than a page still fits one.
func TestTableGrid(t *testing.T) {
	c := doc.Cell{Spans: []doc.Span{doc.T("x")}}
	lo := layoutOf(t, &doc.Document{Body: []doc.Block{
		doc.Table{Widths: []float64{0.5, 0.25, 0.25}, Borders: true, Rows: []doc.Row{{Cells: []doc.Cell{c}}}},
		doc.Table{Borders: true, Rows: []doc.Row{
			{Cells: []doc.Cell{{ColSpan: 1 << 40}, c}},
			{Cells: []doc.Cell{c, {ColSpan: -3}}, MinHeight: 1e9},
			{Cells: []doc.Cell{c}, MinHeight: math.NaN()},
		}},
	}})
	var rows []*row
	seen := map[*row]bool{}
	for _, pg := range lo.pages {
		for _, p := range pg.placed {
			if p.y+p.u.h > lo.bottom+lineEpsilon {
				t.Errorf("a row ends at %.1f, below the text area at %.1f", p.y+p.u.h, lo.bottom)
			}
			if r := p.u.row; r != nil && !seen[r] {
				seen[r] = true
				rows = append(rows, r)
			}
		}
	}
	if len(rows) != 4 {
		t.Fatalf("%d rows, want 4", len(rows))
	}
	if n := len(rows[0].cells); n != 3 {
		t.Errorf("a one-cell row in a three-column table has %d cells, want 3", n)
	}
	tw := doc.PageWidth - lo.l.lay.MarginLeft - lo.l.lay.MarginRight
	if r := rows[0].cells[0]; math.Abs(r.x1-r.x0-tw/2) > 1e-6 {
		t.Errorf("first column is %.2f wide, want half the text width", r.x1-r.x0)
	}
	// The huge span is cut to maxColSpan columns, and the grid has one
	// more for the cell after it.
	if n := len(rows[1].cells); n != 2 {
		t.Errorf("row with a huge span has %d cells, want 2", n)
	}
	for i, r := range rows[2:] {
		if n := len(r.cells); n != maxColSpan+1 || r.cells[n-1].x1 != rows[1].cells[1].x1 {
			t.Errorf("row %d has %d cells, want %d reaching the table's edge", i+3, n, maxColSpan+1)
		}
	}
}

// TestSpanSizes: a span's size sets the height of its line in a
// paragraph, and the other lines keep the paragraph's.
func TestSpanSizes(t *testing.T) {
	d := &doc.Document{Layout: doc.LetterLayout(), Body: []doc.Block{doc.Paragraph{Style: doc.Compact, Spans: []doc.Span{
		{Text: "BIG", Size: 24}, doc.T(" then ordinary text. " + filler + filler)}}}}
	lo := layoutOf(t, d)
	us := unitsOf(lo.pages[0])
	fs := d.Layout.FontSize
	if len(us) < 3 {
		t.Fatalf("%d lines", len(us))
	}
	if h := us[0].h; math.Abs(h-24*lineFactor) > 1e-9 {
		t.Errorf("line with a 24 pt span is %.2f tall", h)
	}
	if h := us[1].h; math.Abs(h-fs*lineFactor) > 1e-9 {
		t.Errorf("ordinary line is %.2f tall, want %.2f", h, fs*lineFactor)
	}
	if it := us[0].items[0]; it.size != 24 || it.text != "BIG" {
		t.Errorf("first item %+v", it)
	}
	// The words after BIG are measured at the paragraph's size.
	ts := testTypesetter(t)
	it := us[0].items[1]
	if want := ts.w.width(regular, fs, it.text); math.Abs(it.w-want) > 1e-9 || it.size != fs {
		t.Errorf("ordinary run measured %.3f at %.1f, want %.3f at %.1f", it.w, it.size, want, fs)
	}
	pages := bboxPages(t, mustRender(t, d))
	big := findWord(t, pages[0], "BIG")
	if h := big.yMax - big.yMin; math.Abs(h-24*(ascent+descent)) > 0.05 {
		t.Errorf("BIG drawn %.2f tall", h)
	}
	if big.yMin < d.Layout.MarginTop-0.05 {
		t.Errorf("BIG starts at %.2f, above the margin", big.yMin)
	}
}
