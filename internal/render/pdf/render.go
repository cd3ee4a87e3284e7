package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"io"

	"redress/internal/doc"
)

// Renderer writes documents as PDF. Batch code keeps one per worker
// goroutine; a Renderer must not be used by two goroutines at once. Between
// documents it keeps only its output buffer: fpdf cannot be reused after
// Output, and the font width table is shared process-wide.
type Renderer struct {
	buf bytes.Buffer
}

// New returns a Renderer.
func New() *Renderer { return &Renderer{} }

// Write renders d as PDF to w. Nothing is written unless rendering
// succeeds.
func Write(w io.Writer, d *doc.Document) error {
	return New().Render(w, d)
}

// Render renders d as PDF to w. The whole file is built in memory and
// written with one Write call, so w receives either a complete PDF or
// nothing. An fpdf failure, even a panic inside fpdf, is returned as an
// error.
func (r *Renderer) Render(w io.Writer, d *doc.Document) error {
	if d == nil {
		return errors.New("pdf: nil document")
	}
	r.buf.Reset()
	if err := catch(d.Meta.Title, func() error { return render(&r.buf, d) }); err != nil {
		return err
	}
	_, err := w.Write(r.buf.Bytes())
	return err
}

// catch runs f and turns a panic into an error. fpdf panics on some input
// instead of reporting it (a rune beyond its width table, a malformed
// UTF-8 string in its UTF-16 conversion); cleanText keeps such input out,
// and this keeps one bad document from taking a whole batch down if
// something still slips through.
func catch(title string, f func() error) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("pdf: internal error rendering %q: %v", title, p)
		}
	}()
	return f()
}

// render lays the whole document out first, so the page total is known,
// and then draws it.
func render(out *bytes.Buffer, d *doc.Document) error {
	lo, err := layoutDocument(d)
	if err != nil {
		return err
	}
	pdf, err := newPDF(d.Meta)
	if err != nil {
		return err
	}
	c := newCanvas(pdf, lo.l.ts.w)
	if err := c.document(lo); err != nil {
		return err
	}
	if err := pdf.Output(out); err != nil {
		return fmt.Errorf("pdf: writing: %w", err)
	}
	return nil
}

// document draws a laid-out document on pages of its own, added after
// whatever c.pdf already holds. Its pages are numbered from 1 and counted
// alone ("Page N of M" counts only them), whatever comes before it in the
// file: Write, Combine and WriteEach all draw a document through here, and
// it starts and ends in the rest state (draw.go), so each draws the same
// page contents. The rest state's font is a UTF-8 face, as Bookmark needs.
func (c *canvas) document(lo *laidOut) error {
	total := len(lo.pages)
	c.total = total
	for i, pg := range lo.pages {
		n := i + 1
		var paper, header, footer []placed
		if pg.canvas {
			pg = lo.l.forDrawing(pg, n, total)
		} else {
			header, footer = lo.rt.headerAt(n, total), lo.rt.footerAt(n, total)
			if lo.paper != nil {
				paper = []placed{{u: lo.paper}}
			}
		}
		c.page(pg, n, paper, header, footer)
		if err := c.pdf.Error(); err != nil {
			return fmt.Errorf("pdf: drawing page %d: %w", n, err)
		}
	}
	c.restState()
	return c.pdf.Error()
}

// laidOut is a paginated document, ready to draw.
type laidOut struct {
	l           *layouter
	rt          *running
	pages       []page
	top, bottom float64 // the body's text area
	// paper is what pleading paper prints on every page of text (the line
	// numbers and rules), placed from the page's corner; nil on plain paper.
	paper *unit
}

func layoutDocument(d *doc.Document) (*laidOut, error) {
	wt, err := loadWidths()
	if err != nil {
		return nil, err
	}
	if err := checkImages(d.Body); err != nil {
		return nil, err
	}
	lay := sanitizeLayout(d.Layout)
	textBox := box{left: lay.MarginLeft, width: doc.PageWidth - lay.MarginLeft - lay.MarginRight}
	// The running header and footer have a layouter of their own: they
	// are never set on the body's pleading grid.
	rt := &running{l: &layouter{ts: typesetter{w: wt}, lay: lay}, box: textBox, lay: lay,
		header: d.Header, footer: d.Footer}
	top, bottom := rt.bodyBounds()
	l := &layouter{ts: typesetter{w: wt}, lay: lay, bodyH: bottom - top,
		grid: newPleading(lay.PleadingLines, top, bottom)}
	pages := paginate(l.blocks(d.Body, textBox), top, bottom)
	return &laidOut{l: l, rt: rt, pages: pages, top: top, bottom: bottom,
		paper: l.grid.paper(lay, wt)}, nil
}

// running lays out the running header and footer. They sit half an inch
// from the page edge (less when the margin is under an inch) and push the
// body's text area inwards if they are taller than the margin allows.
type running struct {
	l              *layouter
	box            box
	lay            doc.Layout
	header, footer []doc.Paragraph
}

// stack lays paragraphs out one under another with page fields resolved
// (page 0 of total 0 gives the placeholder width used for measuring).
func (rt *running) stack(ps []doc.Paragraph, page, total int) []*unit {
	var us []*unit
	for _, p := range ps {
		st := hfStyle(p)
		st.text.page, st.text.total = page, total
		us = append(us, rt.l.text(p.Spans, st, rt.box, nil)...)
	}
	return us
}

func (rt *running) headerTop() float64 { return min(hfDistance, rt.lay.MarginTop/2) }

func (rt *running) footerBottom() float64 {
	return doc.PageHeight - min(hfDistance, rt.lay.MarginBottom/2)
}

// bodyBounds is the top and bottom of the body's text area.
func (rt *running) bodyBounds() (top, bottom float64) {
	top, bottom = rt.lay.MarginTop, doc.PageHeight-rt.lay.MarginBottom
	if h := stackHeight(rt.stack(rt.header, 0, 0)); h > 0 {
		top = max(top, rt.headerTop()+h+hfGap)
	}
	if h := stackHeight(rt.stack(rt.footer, 0, 0)); h > 0 {
		bottom = min(bottom, rt.footerBottom()-h-hfGap)
	}
	if bottom-top < minBodyHeight {
		// A header or footer taller than the page allows overlaps the
		// margins rather than leaving no room for the body.
		top, bottom = rt.lay.MarginTop, doc.PageHeight-rt.lay.MarginBottom
	}
	return top, bottom
}

func (rt *running) headerAt(page, total int) []placed {
	return stackAt(rt.stack(rt.header, page, total), rt.headerTop())
}

func (rt *running) footerAt(page, total int) []placed {
	us := rt.stack(rt.footer, page, total)
	return stackAt(us, rt.footerBottom()-stackHeight(us))
}

// stackAt places units one under another from y, keeping the space
// between them.
func stackAt(us []*unit, y float64) []placed {
	ps := make([]placed, len(us))
	for i, u := range us {
		if i > 0 {
			y += us[i-1].after + u.before
		}
		ps[i] = placed{u: u, y: y}
		y += u.h
	}
	return ps
}
