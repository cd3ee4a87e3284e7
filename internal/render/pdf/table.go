package pdf

import (
	"math"

	"redress/internal/doc"
)

// grid is a table's column layout, shared by its units. The paginator
// repeats head at the top of every page the table continues on; the drawer
// rules and shades each page's fragment of every row.
type grid struct {
	cols    []float64 // column edges, len(columns)+1
	borders bool
	head    []*unit
}

// row is a table row as the drawer sees it: the extent of each cell, for
// its border and shading. The units of a row (its line bands) share it.
type row struct {
	cells []cellBox
}

// cellBox is one cell's horizontal extent, from column edge to column
// edge across the columns it spans.
type cellBox struct {
	x0, x1 float64
	shade  bool
}

// Cell padding, in points.
const (
	cellPadX       = 4.0
	cellPadY       = 3.0
	plainCellGap   = 6.0 // between the columns of a borderless table
	plainCellPadY  = 1.0
	minColumnWidth = 1.0
	// maxColSpan bounds a cell's ColSpan, so that a corrupt value cannot
	// make a grid of a billion columns.
	maxColSpan = 64
)

// colSpan is how many grid columns a cell asks to cover.
func colSpan(c doc.Cell) int {
	return min(max(c.ColSpan, 1), maxColSpan)
}

// table lays a table out as row bands: band k of a row holds line k of
// every cell, and the bands of a row keep together. A row therefore moves
// to the next page as a whole when it fits on one, and a row taller than a
// page (a long narrative in a cell) still splits between lines, never
// through one. A band is as tall as the largest text on it; a row with a
// MinHeight gets the missing height below its last band. Header rows are
// bold and keep with the first body row. Tables are single-spaced.
//
// The grid has as many columns as the widest row covers (a cell covers
// ColSpan columns), or as Widths has, whichever is more; columns a row
// leaves over are empty cells. Widths that do not match the grid give
// equal columns, as in the DOCX writer.
func (l *layouter) table(t doc.Table, b box) []*unit {
	ncols := len(t.Widths)
	for _, r := range t.Rows {
		n := 0
		for _, c := range r.Cells {
			n += colSpan(c)
		}
		ncols = max(ncols, n)
	}
	if ncols == 0 || len(t.Rows) == 0 {
		return nil
	}
	g := &grid{cols: columnEdges(t.Widths, ncols, b), borders: t.Borders}
	size := l.lay.FontSize
	padY := plainCellPadY
	if t.Borders {
		padY = cellPadY
	}
	var out []*unit
	for ri, r := range t.Rows {
		header := ri < t.HeaderRows
		type cellLines struct {
			x     float64
			align doc.Align
			lines []line
		}
		rw := &row{}
		var cells []cellLines
		nbands := 1
		for c0, ci := 0, 0; c0 < ncols; ci++ {
			var cell doc.Cell
			if ci < len(r.Cells) {
				cell = r.Cells[ci]
			}
			c1 := min(c0+colSpan(cell), ncols)
			x, w := g.inner(c0, c1)
			geom := func(int) (float64, float64) { return 0, w }
			lines := l.ts.breakLines(l.ts.atoms(cell.Spans, textStyle{size: size, bold: header}), size, geom)
			cells = append(cells, cellLines{x: x, align: cell.Align, lines: lines})
			rw.cells = append(rw.cells, cellBox{x0: g.cols[c0], x1: g.cols[c1], shade: cell.Shade})
			nbands = max(nbands, len(lines))
			c0 = c1
		}
		var us []*unit
		rowH := 0.0
		for k := 0; k < nbands; k++ {
			bandSize := 0.0
			for _, c := range cells {
				if k < len(c.lines) {
					bandSize = max(bandSize, c.lines[k].size)
				}
			}
			u := &unit{h: bandSize * lineFactor, baseline: bandSize * ascent, grid: g, row: rw,
				header: header, keep: k < nbands-1}
			if k == 0 {
				u.h += padY
				u.baseline += padY
			}
			if k == nbands-1 {
				u.h += padY
			}
			for _, c := range cells {
				if k >= len(c.lines) {
					continue
				}
				for _, it := range c.lines[k].place(c.align) {
					it.x += c.x
					u.items = append(u.items, withY(it, u.baseline))
				}
			}
			rowH += u.h
			us = append(us, u)
		}
		// A row's least height is capped at the text area (less the
		// header rows repeated above it), so that it always fits on a page.
		limit := l.bodyH
		if hh := stackHeight(g.head); !header && hh <= l.bodyH/3 {
			limit -= hh
		}
		if minH := math.Min(r.MinHeight, limit); minH > rowH {
			us[len(us)-1].h += minH - rowH
		}
		if header {
			g.head = append(g.head, us...)
		}
		out = append(out, us...)
	}
	if len(g.head) < len(out) {
		for _, u := range g.head {
			u.keep = true // header rows never end a page without a body row
		}
	}
	out[len(out)-1].after = l.lay.ParagraphSpace
	out[0].snap = l.singleSlot() // pleading paper: start on a half line
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

// inner is the text edge and width of a cell covering columns c0 to c1
// (exclusive), inside its padding. A borderless table has no padding at
// its outer edges, so its text lines up with the margin like the
// paragraphs around it.
func (g *grid) inner(c0, c1 int) (x, w float64) {
	left, right := cellPadX, cellPadX
	if !g.borders {
		left, right = plainCellGap/2, plainCellGap/2
		if c0 == 0 {
			left = 0
		}
		if c1 == len(g.cols)-1 {
			right = 0
		}
	}
	x = g.cols[c0] + left
	w = g.cols[c1] - g.cols[c0] - left - right
	if w < minColumnWidth {
		w = minColumnWidth
	}
	return x, w
}
