package pdf

import (
	"github.com/go-pdf/fpdf"

	"redress/internal/doc"
)

// canvas draws laid-out pages with fpdf. It remembers the current font so
// that a page of text in one face is one SetFont, not one per run.
type canvas struct {
	pdf   *fpdf.Fpdf
	w     *widths
	face  face
	size  float64
	total int
	// Batches (batch.go) set these. lead is a top-level bookmark put on
	// the next page drawn (Combine's entry for a document), and nest is
	// added to the level of every heading's bookmark (1 under such an
	// entry). marks, when set, collects the headings' bookmarks instead of
	// handing them to fpdf: WriteEach writes each document's outline
	// itself.
	lead  string
	nest  int
	marks *[]mark
	// imgs are the pictures registered with pdf (image.go).
	imgs *imageSet
}

// mark is a bookmark collected for WriteEach: its title, outline level,
// the page it is on (fpdf's page number, 1 for the file's first page) and
// its y from the top of that page.
type mark struct {
	title string
	level int
	page  int
	y     float64
}

// shadeGrey is the fill behind a drafting note: light enough to copy and
// fax cleanly. cellGrey (0.9 grey) is the band a form shades in a table.
const (
	shadeGrey = 235
	cellGrey  = 230
)

// restSize is the size of the graphics state a document starts in and is
// left in (restState).
const restSize = 12

// newCanvas returns a canvas on pdf, which newPDF has put in the rest state.
func newCanvas(pdf *fpdf.Fpdf, w *widths) *canvas {
	return &canvas{pdf: pdf, w: w, face: regular, size: restSize}
}

// restState sets the graphics state fpdf carries from page to page (the
// font and the line width; fill colours are always set back at once) to
// the one newPDF starts a file in. A page begins with that state written
// out, so a document that starts in the rest state and is put back in it
// when its last page is drawn has the same page contents, byte for byte,
// whatever was drawn before it: alone (Write), in Combine or in WriteEach.
// Before the first page it writes nothing.
func (c *canvas) restState() {
	c.setFont(regular, restSize)
	if c.pdf.GetLineWidth() != ruleWidth {
		c.pdf.SetLineWidth(ruleWidth)
	}
}

func (c *canvas) setFont(f face, size float64) {
	if f != c.face || size != c.size {
		c.pdf.SetFont(family, f.style(), size)
		c.face, c.size = f, size
	}
}

// page draws one page: the pleading paper's numbers and rules (if any),
// frames and shaded cells behind the text, then the text and rules, then
// table borders, then the running header and footer.
func (c *canvas) page(pg page, n int, paper, header, footer []placed) {
	c.pdf.AddPage()
	if c.lead != "" {
		c.pdf.Bookmark(c.lead, 0, 0)
		c.lead = ""
	}
	for _, p := range paper {
		c.unit(p, n)
	}
	c.frames(pg.placed)
	c.shades(pg.placed)
	for _, p := range pg.placed {
		c.unit(p, n)
	}
	c.grids(pg.placed)
	for _, p := range header {
		c.unit(p, n)
	}
	for _, p := range footer {
		c.unit(p, n)
	}
}

func (c *canvas) unit(p placed, n int) {
	for _, it := range p.u.items {
		y := p.y + it.y
		switch it.kind {
		case itemText:
			text, w := it.text, it.w
			if it.field != doc.Text {
				text = fieldText(it.field, n, c.total)
				w = c.w.width(it.face, it.size, text)
			}
			c.setFont(it.face, it.size)
			c.pdf.Text(it.x, y, text)
			if it.underline {
				c.underline(it.x, y, w, it.size)
			}
		case itemUnderline:
			c.underline(it.x, y, it.w, it.size)
		case itemLine:
			c.lineWidth(it.lw)
			c.pdf.Line(it.x, y, it.x+it.w, y+it.h)
		case itemRect:
			c.lineWidth(it.lw)
			c.pdf.Rect(it.x, y, it.w, it.h, "D")
		case itemImage:
			c.image(it.img, it.x, y, it.w, it.h)
		case itemBookmark:
			if !p.repeat {
				c.bookmark(it.text, it.level+c.nest, y)
			}
		}
	}
}

// bookmark adds an outline entry at y on the current page. fpdf converts
// the title to UTF-16 only while a UTF-8 font is current: from newPDF on,
// one of ours always is.
func (c *canvas) bookmark(title string, level int, y float64) {
	if c.marks != nil {
		*c.marks = append(*c.marks, mark{title: title, level: level, page: c.pdf.PageNo(), y: y})
		return
	}
	c.pdf.Bookmark(title, level, y)
}

// lineWidth sets the stroke width (0: a rule's).
func (c *canvas) lineWidth(w float64) {
	if w == 0 {
		w = ruleWidth
	}
	c.pdf.SetLineWidth(w)
}

func (c *canvas) underline(x, baseline, w, size float64) {
	c.pdf.Rect(x, baseline+underlinePos*size, w, underlineThick*size, "F")
}

// frames draws the shading or box of each run of consecutive units that
// share a frame. A note split across pages gets a box on each page.
func (c *canvas) frames(ps []placed) {
	for i := 0; i < len(ps); {
		fr := ps[i].u.frame
		j := i
		for j+1 < len(ps) && ps[j+1].u.frame == fr {
			j++
		}
		if fr != nil {
			top := ps[i].y
			h := ps[j].y + ps[j].u.h - top
			switch fr.kind {
			case shaded:
				c.pdf.SetFillColor(shadeGrey, shadeGrey, shadeGrey)
				c.pdf.Rect(fr.x, top, fr.w, h, "F")
				c.pdf.SetFillColor(0, 0, 0)
			case boxed:
				c.pdf.SetLineWidth(ruleWidth)
				c.pdf.Rect(fr.x, top, fr.w, h, "D")
			}
		}
		i = j + 1
	}
}

// rowFragments calls f for each table row on a page, with the top and
// bottom of the part of it placed there (a row taller than a page is
// split), and whether the next thing on the page is another row of the
// same table.
func rowFragments(ps []placed, f func(g *grid, r *row, top, bottom float64, more bool)) {
	for i := 0; i < len(ps); {
		r := ps[i].u.row
		j := i
		for j+1 < len(ps) && ps[j+1].u.row == r {
			j++
		}
		if r != nil {
			g := ps[i].u.grid
			more := j+1 < len(ps) && ps[j+1].u.row != nil && ps[j+1].u.grid == g
			f(g, r, ps[i].y, ps[j].y+ps[j].u.h, more)
		}
		i = j + 1
	}
}

// shades fills the shaded cells of each row on the page.
func (c *canvas) shades(ps []placed) {
	rowFragments(ps, func(_ *grid, r *row, top, bottom float64, _ bool) {
		for _, cb := range r.cells {
			if cb.shade {
				c.pdf.SetFillColor(cellGrey, cellGrey, cellGrey)
				c.pdf.Rect(cb.x0, top, cb.x1-cb.x0, bottom-top, "F")
				c.pdf.SetFillColor(0, 0, 0)
			}
		}
	})
}

// grids rules bordered tables cell by cell, so that a cell spanning
// several columns has no edge through it: a line above each row's part on
// the page, the left edge of each of its cells and the table's right edge,
// and a line under the table's last row on the page.
func (c *canvas) grids(ps []placed) {
	rowFragments(ps, func(g *grid, r *row, top, bottom float64, more bool) {
		if !g.borders || len(r.cells) == 0 {
			return
		}
		c.pdf.SetLineWidth(ruleWidth)
		left, right := r.cells[0].x0, r.cells[len(r.cells)-1].x1
		c.pdf.Line(left, top, right, top)
		for _, cb := range r.cells {
			c.pdf.Line(cb.x0, top, cb.x0, bottom)
		}
		c.pdf.Line(right, top, right, bottom)
		if !more {
			c.pdf.Line(left, bottom, right, bottom)
		}
	})
}
