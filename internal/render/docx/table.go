package docx

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"redress/internal/doc"
)

// Table limits and cell margins, in twips unless named otherwise.
const (
	// maxColumns is the most grid columns Word allows in a table.
	maxColumns = 63
	// maxRowHeight is the tallest row height Word accepts: 22 in.
	maxRowHeight = 31680
	// cellMarginX is the space between a cell's text and its left and
	// right edges: 57 twips, about 1 mm, rather than Word's default 108, so
	// that a form's narrow boxes keep room for their text.
	cellMarginX = 57
	// cellMarginY is the space above and below a cell's text: 1.45 pt, so
	// that a 7-pt label sits just under the rule above it as on a printed
	// form, while the text of a data table does not touch its borders.
	// TableText has no space before or after, so the lines of a cell (a
	// label over its value) stay together too.
	cellMarginY = 29
)

// table is a doc.Table ready to write: its grid in twips, and the grid
// columns each cell covers.
type table struct {
	t      doc.Table
	widths []int   // twips, one per grid column
	spans  [][]int // grid columns of each cell, by row
	// keepTogether and keepNext come from an enclosing Group: rows may not
	// split, and every row stays with the next (the last row too, when
	// keepNext is set).
	keepTogether bool
	keepNext     bool
}

// newTable fixes the grid of t, the n-th table of the document. The grid
// has len(t.Widths) columns (without Widths, as many equal columns as its
// widest row covers), and the cells of every row must cover exactly that
// many: a row that covers fewer or more, a ColSpan below 0, and a row
// height Word cannot take are errors naming the table and the row, since
// a form drawn on a wrong grid would mislead rather than merely look odd.
// Widths are fractions of the text width, scaled to fill it; when they do
// not make sense (zero, negative, not finite) the columns share the width
// equally rather than fail.
func newTable(t doc.Table, l layout, n int) (*table, error) {
	spans := make([][]int, len(t.Rows))
	cols := len(t.Widths)
	for ri, r := range t.Rows {
		if h := r.MinHeight; math.IsNaN(h) || h < 0 || twipsOrMax(h) > maxRowHeight {
			return nil, fmt.Errorf("docx: table %d, row %d: MinHeight %v pt is not between 0 and %d pt", n, ri+1, h, maxRowHeight/20)
		}
		spans[ri] = make([]int, len(r.Cells))
		covered := 0
		for ci, c := range r.Cells {
			span := max(c.ColSpan, 1)
			if c.ColSpan < 0 || span > maxColumns {
				return nil, fmt.Errorf("docx: table %d, row %d, cell %d: ColSpan %d is not between 0 and %d", n, ri+1, ci+1, c.ColSpan, maxColumns)
			}
			spans[ri][ci] = span
			covered += span
		}
		if len(t.Widths) == 0 {
			cols = max(cols, covered)
		}
	}
	if len(t.Rows) == 0 {
		cols = max(cols, 1)
		spans = [][]int{nil} // a table needs a row: cols empty cells
		for range cols {
			spans[0] = append(spans[0], 1)
		}
	}
	if cols > maxColumns {
		return nil, fmt.Errorf("docx: table %d has %d columns; Word allows at most %d", n, cols, maxColumns)
	}
	want := "len(Widths)"
	if len(t.Widths) == 0 {
		want = "as the widest row"
	}
	for ri, r := range t.Rows {
		covered := 0
		for _, s := range spans[ri] {
			covered += s
		}
		if covered != cols {
			return nil, fmt.Errorf("docx: table %d, row %d: its %d cells cover %d grid columns, want %d (%s)", n, ri+1, len(r.Cells), covered, cols, want)
		}
	}
	return &table{t: t, widths: columnWidths(t.Widths, cols, l.textWidth()), spans: spans}, nil
}

// twipsOrMax converts a row height to twips, saturating rather than
// overflowing on an absurd one.
func twipsOrMax(pt float64) int {
	if pt*20 > maxRowHeight {
		return maxRowHeight + 1
	}
	return twips(pt)
}

// columnWidths divides tw twips among cols columns in the proportions of
// fr, or equally when fr does not fit. The widths are differences of
// rounded column edges, so they add up to tw exactly.
func columnWidths(fr []float64, cols, tw int) []int {
	sum := 0.0
	ok := len(fr) == cols
	for _, f := range fr {
		if !(f > 0) || math.IsInf(f, 0) {
			ok = false
		}
		sum += f
	}
	if !ok || math.IsInf(sum, 0) {
		fr = make([]float64, cols)
		for i := range fr {
			fr[i] = 1
		}
		sum = float64(cols)
	}
	widths := make([]int, cols)
	acc, edge := 0.0, 0
	for i, f := range fr {
		acc += f
		next := int(math.Round(acc / sum * float64(tw)))
		if i == cols-1 {
			next = tw
		}
		widths[i] = max(next-edge, 1)
		edge = next
	}
	return widths
}

func (t *table) writeXML(b *strings.Builder) {
	b.WriteString("<w:tbl><w:tblPr>")
	if t.t.Borders {
		b.WriteString(`<w:tblStyle w:val="` + styleTableGrid + `"/>`)
	}
	// The table spans the text width (5000 fiftieths of a percent) with a
	// fixed layout, so the columns keep the widths the template asked for.
	b.WriteString(`<w:tblW w:w="5000" w:type="pct"/>`)
	if !t.t.Borders {
		b.WriteString(`<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>`)
	}
	b.WriteString(`<w:tblLayout w:type="fixed"/>`)
	fmt.Fprintf(b, `<w:tblCellMar><w:top w:w="%d" w:type="dxa"/><w:left w:w="%d" w:type="dxa"/><w:bottom w:w="%d" w:type="dxa"/><w:right w:w="%d" w:type="dxa"/></w:tblCellMar>`,
		cellMarginY, cellMarginX, cellMarginY, cellMarginX)
	b.WriteString("</w:tblPr><w:tblGrid>")
	for _, w := range t.widths {
		fmt.Fprintf(b, `<w:gridCol w:w="%d"/>`, w)
	}
	b.WriteString("</w:tblGrid>")
	for ri, spans := range t.spans {
		var r doc.Row
		if ri < len(t.t.Rows) {
			r = t.t.Rows[ri]
		}
		header := ri < t.t.HeaderRows
		height := twips(r.MinHeight)
		b.WriteString("<w:tr>")
		if header || t.keepTogether || height > 0 {
			// Children of w:trPr in the order Word writes them.
			b.WriteString("<w:trPr>")
			if t.keepTogether || height > 0 {
				// A row of prescribed height is a form's box: it never
				// splits across pages.
				b.WriteString("<w:cantSplit/>")
			}
			if height > 0 {
				fmt.Fprintf(b, `<w:trHeight w:val="%d" w:hRule="atLeast"/>`, height)
			}
			if header {
				// Header rows repeat at the top of each page.
				b.WriteString("<w:tblHeader/>")
			}
			b.WriteString("</w:trPr>")
		}
		keep := header || (t.keepTogether && ri < len(t.spans)-1) || t.keepNext
		col := 0
		for ci, span := range spans {
			var c doc.Cell
			if ci < len(r.Cells) {
				c = r.Cells[ci]
			}
			w := 0
			for _, cw := range t.widths[col : col+span] {
				w += cw
			}
			col += span
			writeCell(b, c, w, span, header, keep)
		}
		b.WriteString("</w:tr>")
	}
	b.WriteString("</w:tbl>")
}

// writeCell writes one cell of the given width in twips, covering span
// grid columns: one paragraph per line, since a Break span in a cell starts
// a new line. A header row is bold, and its paragraphs keep with the next
// row so a header never ends a page alone. Each paragraph mark takes the
// size of its line's spans (an empty line, that of the cell's), so that in
// Word a line of 7-pt label is 7 pt tall (see markSize).
func writeCell(b *strings.Builder, c doc.Cell, width, span int, bold, keepNext bool) {
	// Children of w:tcPr in schema order: tcW, gridSpan, shd.
	fmt.Fprintf(b, `<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>`, width)
	if span > 1 {
		fmt.Fprintf(b, `<w:gridSpan w:val="%d"/>`, span)
	}
	if c.Shade {
		b.WriteString(`<w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/>`)
	}
	b.WriteString("</w:tcPr>")
	lines := splitLines(c.Spans)
	cellSize := markSize(slices.Concat(lines...))
	for _, line := range lines {
		size := markSize(line)
		if !hasRuns(line) {
			size = cellSize
		}
		p := paragraph{style: styleTableText, align: c.Align, keepNext: keepNext, markSize: size, runs: runsXML(line, bold)}
		p.writeXML(b)
	}
	b.WriteString("</w:tc>")
}

// splitLines splits spans at Break spans. It always returns at least one
// line, because every cell must hold a paragraph.
func splitLines(spans []doc.Span) [][]doc.Span {
	lines := [][]doc.Span{nil}
	for _, s := range spans {
		if s.Kind == doc.Break {
			lines = append(lines, nil)
			continue
		}
		lines[len(lines)-1] = append(lines[len(lines)-1], s)
	}
	return lines
}
