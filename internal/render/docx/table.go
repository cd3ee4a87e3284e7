package docx

import (
	"fmt"
	"math"
	"strings"

	"redress/internal/doc"
)

// table is a doc.Table ready to write, with its column widths in twips.
type table struct {
	t      doc.Table
	widths []int // twips, one per column
	// keepTogether and keepNext come from an enclosing Group: rows may not
	// split, and every row stays with the next (the last row too, when
	// keepNext is set).
	keepTogether bool
	keepNext     bool
}

// newTable fixes the column widths of t. Widths are fractions of the text
// width; when they are missing, or do not match the widest row, or do not
// make sense, the columns share the width equally rather than fail.
func newTable(t doc.Table, l layout) *table {
	cols := len(t.Widths)
	for _, r := range t.Rows {
		cols = max(cols, len(r.Cells))
	}
	cols = max(cols, 1)
	tw := l.textWidth()
	fr := t.Widths
	if len(fr) != cols || !validFractions(fr) {
		fr = make([]float64, cols)
		for i := range fr {
			fr[i] = 1 / float64(cols)
		}
	}
	widths := make([]int, cols)
	for i, f := range fr {
		widths[i] = max(int(math.Round(f*float64(tw))), 1)
	}
	return &table{t: t, widths: widths}
}

func validFractions(fr []float64) bool {
	sum := 0.0
	for _, f := range fr {
		if !(f > 0) || math.IsInf(f, 0) {
			return false
		}
		sum += f
	}
	return sum > 0.5 && sum < 1.5
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
	b.WriteString(`<w:tblLayout w:type="fixed"/></w:tblPr>`)
	b.WriteString("<w:tblGrid>")
	for _, w := range t.widths {
		fmt.Fprintf(b, `<w:gridCol w:w="%d"/>`, w)
	}
	b.WriteString("</w:tblGrid>")
	rows := t.t.Rows
	if len(rows) == 0 {
		rows = []doc.Row{{}} // a table needs a row
	}
	for ri, r := range rows {
		header := ri < t.t.HeaderRows
		b.WriteString("<w:tr>")
		if header || t.keepTogether {
			b.WriteString("<w:trPr>")
			if t.keepTogether {
				b.WriteString("<w:cantSplit/>")
			}
			if header {
				// Header rows repeat at the top of each page.
				b.WriteString("<w:tblHeader/>")
			}
			b.WriteString("</w:trPr>")
		}
		keep := header || (t.keepTogether && ri < len(rows)-1) || t.keepNext
		for ci, w := range t.widths {
			var c doc.Cell
			if ci < len(r.Cells) {
				c = r.Cells[ci]
			}
			writeCell(b, c, w, header, keep)
		}
		b.WriteString("</w:tr>")
	}
	b.WriteString("</w:tbl>")
}

// writeCell writes one cell: one paragraph per line, since a Break span in
// a cell starts a new line. A header row is bold, and its paragraphs keep
// with the next row so a header never ends a page alone.
func writeCell(b *strings.Builder, c doc.Cell, width int, bold, keepNext bool) {
	fmt.Fprintf(b, `<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>`, width)
	for _, line := range splitLines(c.Spans) {
		p := paragraph{style: styleTableText, align: c.Align, keepNext: keepNext, runs: runsXML(line, bold)}
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
