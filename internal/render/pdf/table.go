package pdf

import (
	"math"

	"redress/internal/doc"
)

// grid is a table's column layout, shared by its units. The paginator
// repeats head at the top of every page the table continues on; the drawer
// rules each page's fragment of the table as one grid.
type grid struct {
	cols    []float64 // column edges, len(columns)+1
	borders bool
	head    []*unit
}

// Cell padding, in points.
const (
	cellPadX       = 4.0
	cellPadY       = 3.0
	plainCellGap   = 6.0 // between the columns of a borderless table
	plainCellPadY  = 1.0
	minColumnWidth = 1.0
)

// table lays a table out as row bands: band k of a row holds line k of
// every cell, and the bands of a row keep together. A row therefore moves
// to the next page as a whole when it fits on one, and a row taller than a
// page (a long narrative in a cell) still splits between lines, never
// through one. Header rows are bold and keep with the first body row.
// Tables are single-spaced.
func (l *layouter) table(t doc.Table, b box) []*unit {
	ncols := 0
	for _, r := range t.Rows {
		ncols = max(ncols, len(r.Cells))
	}
	if ncols == 0 {
		return nil
	}
	g := &grid{cols: columnEdges(t.Widths, ncols, b), borders: t.Borders}
	size := l.lay.FontSize
	lh := size * lineFactor
	padY := plainCellPadY
	if t.Borders {
		padY = cellPadY
	}
	var out []*unit
	for ri, row := range t.Rows {
		header := ri < t.HeaderRows
		cells := make([][]line, ncols)
		aligns := make([]doc.Align, ncols)
		nlines := 1
		for c := 0; c < ncols; c++ {
			var spans []doc.Span
			if c < len(row.Cells) {
				spans = row.Cells[c].Spans
				aligns[c] = row.Cells[c].Align
			}
			_, w := g.inner(c)
			geom := func(int) (float64, float64) { return 0, w }
			cells[c] = l.ts.breakLines(l.ts.atoms(spans, textStyle{size: size, bold: header}), size, geom)
			nlines = max(nlines, len(cells[c]))
		}
		for k := 0; k < nlines; k++ {
			u := &unit{h: lh, baseline: size * ascent, grid: g, rowStart: k == 0, header: header,
				keep: k < nlines-1}
			if k == 0 {
				u.h += padY
				u.baseline += padY
			}
			if k == nlines-1 {
				u.h += padY
			}
			for c := 0; c < ncols; c++ {
				if k >= len(cells[c]) {
					continue
				}
				x, _ := g.inner(c)
				for _, it := range cells[c][k].place(aligns[c], size) {
					it.x += x
					u.items = append(u.items, withY(it, u.baseline))
				}
			}
			if header {
				g.head = append(g.head, u)
			}
			out = append(out, u)
		}
	}
	if len(g.head) < len(out) {
		for _, u := range g.head {
			u.keep = true // header rows never end a page without a body row
		}
	}
	out[len(out)-1].after = l.lay.ParagraphSpace
	return out
}

// columnEdges turns width fractions into column edges across b. Widths
// that are missing, the wrong number, negative or not finite are replaced
// by equal columns; valid ones are scaled to fill the width exactly.
func columnEdges(fr []float64, n int, b box) []float64 {
	ws := make([]float64, n)
	sum := 0.0
	valid := len(fr) == n
	for i := 0; valid && i < n; i++ {
		if f := fr[i]; math.IsNaN(f) || math.IsInf(f, 0) || f <= 0 {
			valid = false
		} else {
			ws[i] = f
			sum += f
		}
	}
	if !valid || sum <= 0 {
		for i := range ws {
			ws[i] = 1
		}
		sum = float64(n)
	}
	edges := make([]float64, n+1)
	edges[0] = b.left
	for i, w := range ws {
		edges[i+1] = edges[i] + b.width*w/sum
	}
	edges[n] = b.left + b.width
	return edges
}

// inner is the text edge and width of column c, inside its padding.
// A borderless table has no padding at its outer edges, so its text lines
// up with the margin like the paragraphs around it.
func (g *grid) inner(c int) (x, w float64) {
	left, right := cellPadX, cellPadX
	if !g.borders {
		left, right = plainCellGap/2, plainCellGap/2
		if c == 0 {
			left = 0
		}
		if c == len(g.cols)-2 {
			right = 0
		}
	}
	x = g.cols[c] + left
	w = g.cols[c+1] - g.cols[c] - left - right
	if w < minColumnWidth {
		w = minColumnWidth
	}
	return x, w
}
