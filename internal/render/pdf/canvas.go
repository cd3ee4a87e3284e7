package pdf

import (
	"math"

	"redress/internal/doc"
)

// This file lays out a doc.Canvas: a whole page of lines, boxes and text
// boxes at positions a government form prescribes. The page is one unit
// whose items are placed from the page's top-left corner; the paginator
// gives it a page of its own, and the drawer leaves out the running header
// and footer there. What is on a canvas does not change where it goes, so
// its items are laid out once the page numbers are known (canvasItems),
// and a page field in a text box is set as its value, like a footer's.
//
// A text box is set with the typesetter that sets paragraphs (wrap, below),
// which is also what WrapText measures with: what a caller measured to fit
// a box is what gets drawn in it.

// Defaults and bounds of canvas items.
const (
	defaultBoxSize = 10.0 // a TextBox with no size
	minLeading     = 0.5  // TextBox.Leading bounds, as a multiple of the size
	maxLeading     = 5.0
	maxStroke      = 10.0 // the widest line or box outline
	checkInset     = 1.5  // the X of a checked box, from the box's edges
	// canvasLimit bounds coordinates: an item further off the page than
	// this, or with a coordinate that is not a finite number, is dropped
	// (fpdf would write it into the page as a number no reader accepts).
	canvasLimit = 10000.0
)

// canvasPage is the unit that stands for a canvas in pagination. Its
// items are laid out when the page is drawn (forDrawing).
func (l *layouter) canvasPage(c doc.Canvas) *unit {
	return &unit{canvas: true, baseline: -1, form: &c}
}

// forDrawing returns page n of total with a canvas's items laid out;
// other pages are returned as they are.
func (l *layouter) forDrawing(pg page, n, total int) page {
	if !pg.canvas || len(pg.placed) != 1 || pg.placed[0].u.form == nil {
		return pg
	}
	u := *pg.placed[0].u
	u.items = l.canvasItems(*u.form, n, total)
	return page{placed: []placed{{u: &u}}, canvas: true}
}

// canvasItems lays out the items of a canvas on page n of total. Items
// that are nil, of an unknown type or far off the page are left out.
func (l *layouter) canvasItems(c doc.Canvas, n, total int) []item {
	var items []item
	for _, ci := range c.Items {
		switch v := ci.(type) {
		case doc.Line:
			items = appendLine(items, v)
		case *doc.Line:
			if v != nil {
				items = appendLine(items, *v)
			}
		case doc.Box:
			items = appendBox(items, v)
		case *doc.Box:
			if v != nil {
				items = appendBox(items, *v)
			}
		case doc.TextBox:
			items = l.appendTextBox(items, v, n, total)
		case *doc.TextBox:
			if v != nil {
				items = l.appendTextBox(items, *v, n, total)
			}
		}
	}
	return items
}

// onCanvas reports whether every coordinate is a finite number within
// canvasLimit of the page.
func onCanvas(vs ...float64) bool {
	for _, v := range vs {
		if !(math.Abs(v) <= canvasLimit) {
			return false
		}
	}
	return true
}

// strokeWidth is a line width: 0 (unset), negative or not finite gives
// the width of a rule.
func strokeWidth(w float64) float64 {
	if !(w > 0) || math.IsInf(w, 0) {
		return ruleWidth
	}
	return math.Min(w, maxStroke)
}

func appendLine(items []item, ln doc.Line) []item {
	if !onCanvas(ln.X1, ln.Y1, ln.X2, ln.Y2) {
		return items
	}
	return append(items, item{kind: itemLine, x: ln.X1, y: ln.Y1, w: ln.X2 - ln.X1, h: ln.Y2 - ln.Y1,
		lw: strokeWidth(ln.Width)})
}

// appendBox adds a rectangle outline and, for a checked box, an X of two
// diagonals inset from its corners (less in a box too small for the
// inset), in the outline's width.
func appendBox(items []item, b doc.Box) []item {
	if !onCanvas(b.X, b.Y, b.W, b.H) {
		return items
	}
	lw := strokeWidth(b.Width)
	items = append(items, item{kind: itemRect, x: b.X, y: b.Y, w: b.W, h: b.H, lw: lw})
	if b.Checked {
		x0, x1 := min(b.X, b.X+b.W), max(b.X, b.X+b.W)
		y0, y1 := min(b.Y, b.Y+b.H), max(b.Y, b.Y+b.H)
		in := min(checkInset, (x1-x0)/4, (y1-y0)/4)
		x0, x1, y0, y1 = x0+in, x1-in, y0+in, y1-in
		items = append(items,
			item{kind: itemLine, x: x0, y: y0, w: x1 - x0, h: y1 - y0, lw: lw},
			item{kind: itemLine, x: x0, y: y1, w: x1 - x0, h: y0 - y1, lw: lw})
	}
	return items
}

// appendTextBox sets a text box: its lines from the top of the box, the
// first baseline one ascent below the top, each next line one band lower
// (see baselines). H plays no part: text that does not fit runs past the
// bottom rather than being cut, down to the bottom of the page.
func (l *layouter) appendTextBox(items []item, tb doc.TextBox, page, total int) []item {
	if !onCanvas(tb.X, tb.Y, tb.W) {
		return items
	}
	st := textStyle{size: textSize(tb.Size, defaultBoxSize), page: page, total: total}
	lines := l.ts.wrap(tb.Spans, st, tb.W)
	ys, _ := baselines(lineSizes(lines), leadingOf(tb.Leading))
	for i := range lines {
		if tb.Y+ys[i]-ascent*lines[i].size > doc.PageHeight {
			// Lines that start below the page could never be seen; text
			// no one can see has no place in a filed document.
			break
		}
		for _, it := range lines[i].place(tb.Align) {
			it.x += tb.X
			it.y = tb.Y + ys[i]
			items = append(items, it)
		}
	}
	return items
}

// wrap breaks spans into the lines of a text box of the given width in
// style st (its size already normalised by textSize). Spans with no
// content give no lines. WrapText and appendTextBox both call it:
// measuring and drawing cannot disagree.
func (t *typesetter) wrap(spans []doc.Span, st textStyle, width float64) []line {
	w := boxWidth(width)
	atoms := t.atoms(spans, st)
	if len(atoms) == 0 {
		return nil
	}
	return t.breakLines(atoms, st.size, func(int) (float64, float64) { return 0, w })
}

// boxWidth is the width a text box sets its lines in: at least
// minColumnWidth (a narrower or NaN width sets one character a line), at
// most canvasLimit.
func boxWidth(w float64) float64 {
	if !(w >= minColumnWidth) {
		return minColumnWidth
	}
	return math.Min(w, canvasLimit)
}

// leadingOf is a text box's baseline distance as a multiple of the size:
// 0 (unset), negative or not finite gives 1.15; others are clamped to
// [0.5, 5].
func leadingOf(l float64) float64 {
	if !(l > 0) || math.IsInf(l, 0) {
		return lineFactor
	}
	return math.Min(math.Max(l, minLeading), maxLeading)
}

func lineSizes(lines []line) []float64 {
	s := make([]float64, len(lines))
	for i := range lines {
		s[i] = lines[i].size
	}
	return s
}

// baselines places the lines of a text box whose lines have the given
// (largest) font sizes: ys are the baselines from the top of the box, and
// bottom is the lowest descent, the height the text takes. Each line owns
// a band leading×size tall with its baseline one ascent below the band's
// top, as paragraph lines do; with one size throughout, the first
// baseline is ascent×size down and the next ones leading×size apart.
func baselines(sizes []float64, leading float64) (ys []float64, bottom float64) {
	ys = make([]float64, len(sizes))
	y := 0.0
	for i, s := range sizes {
		if i == 0 {
			y = ascent * s
		} else {
			y += (leading-ascent)*sizes[i-1] + ascent*s
		}
		ys[i] = y
		bottom = y + descent*s
	}
	return ys, bottom
}
