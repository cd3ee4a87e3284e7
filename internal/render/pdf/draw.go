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
}

// shadeGrey is the fill behind a drafting note: light enough to copy and
// fax cleanly.
const shadeGrey = 235

func (c *canvas) setFont(f face, size float64) {
	if f != c.face || size != c.size {
		c.pdf.SetFont(family, f.style(), size)
		c.face, c.size = f, size
	}
}

// page draws one page: frames behind the text, then the text and rules,
// then table grids, then the running header and footer.
func (c *canvas) page(pg page, n int, header, footer []placed) {
	c.pdf.AddPage()
	c.frames(pg.placed)
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
			c.pdf.SetLineWidth(ruleWidth)
			c.pdf.Line(it.x, y, it.x+it.w, y+it.h)
		case itemBookmark:
			if !p.repeat {
				// fpdf converts the title to UTF-16 only while a UTF-8
				// font is current; setFont has run before any page.
				c.pdf.Bookmark(it.text, it.level, y)
			}
		}
	}
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

// grids rules each page's fragment of a bordered table: its outline, a
// line above every row, and the column edges.
func (c *canvas) grids(ps []placed) {
	for i := 0; i < len(ps); {
		g := ps[i].u.grid
		j := i
		for j+1 < len(ps) && ps[j+1].u.grid == g {
			j++
		}
		if g != nil && g.borders {
			c.pdf.SetLineWidth(ruleWidth)
			top := ps[i].y
			bottom := ps[j].y + ps[j].u.h
			left, right := g.cols[0], g.cols[len(g.cols)-1]
			c.pdf.Line(left, top, right, top)
			for k := i + 1; k <= j; k++ {
				if ps[k].u.rowStart {
					c.pdf.Line(left, ps[k].y, right, ps[k].y)
				}
			}
			c.pdf.Line(left, bottom, right, bottom)
			for _, x := range g.cols {
				c.pdf.Line(x, top, x, bottom)
			}
		}
		i = j + 1
	}
}
