package pdf

import (
	"math"
	"strconv"

	"redress/internal/doc"
)

// This file is pleading paper: when Layout.PleadingLines is N > 0, every
// page of text (not a canvas page) has the numbers 1 to N down its left
// margin and a double rule between them and the text, and the body is set
// on the grid the numbers mark.
//
// The grid: the text area (between the top and bottom of the body, after
// any running header and footer) is cut into N equal lines, so the pitch
// is its height over N (648/28 = 23.14 pt for one-inch margins and 28
// lines). Number k stands on the baseline of grid line k: the top of the
// text area plus k-1 pitches plus the body font's ascent, which is exactly
// where the first line of a body paragraph set on line k has its baseline.
//
// The body: a line at the document's LineSpacing (body text, pleading
// paragraphs, list items) is one pitch tall; a single-spaced line (title,
// headings, quotations, notes, captions and signature blocks) is
// pitch/LineSpacing tall, half a pitch in a double-spaced complaint, so two
// of them fill one numbered line. A line whose text is larger than the body
// size takes as many such slots as it needs (a 14-pt title takes two).
// Every paragraph starts on its own grid: a double-spaced paragraph, a
// heading or the title on the next numbered line, a single-spaced one on
// the next half line, so an odd number of caption lines or a table's height
// never pushes later body text between the numbers. Headings drop their
// space above, which the snap to the next numbered line replaces. Inside a
// shaded note or a boxed mark the padding moves the lines off the grid;
// the paragraph after it snaps back. Tables keep their natural row heights
// and start on the next half line.

// maxPleadingLines bounds Layout.PleadingLines: more lines than this on a
// page leaves lines too short for text. sanitizeLayout drops a larger (or
// negative) value, as it replaces any other unusable setting.
const maxPleadingLines = 100

// Pleading paper measures, in points.
const (
	pleadingGap    = 0.2 * inch // from the numbers' right edge to the text
	pleadingRuleW  = 0.4        // stroke of each vertical rule
	pleadingRuleSp = 2.0        // between the two rules
	minNumberSize  = 10.0
	maxNumberSize  = 12.0
	snapEpsilon    = 1e-6 // in grid lines: float rounding when already on the grid
)

// pleading is the pleading-paper grid of a document's text area.
type pleading struct {
	lines int     // numbered lines per page; 0: plain paper
	top   float64 // top of the text area
	pitch float64 // height of one numbered line
}

func newPleading(lines int, top, bottom float64) pleading {
	if lines <= 0 {
		return pleading{}
	}
	return pleading{lines: lines, top: top, pitch: (bottom - top) / float64(lines)}
}

// on reports whether the document is set on pleading paper.
func (p pleading) on() bool { return p.lines > 0 }

// paper is the furniture of one page of pleading paper, as a unit placed at
// the page's top-left corner: the numbers, right-aligned pleadingGap left of
// the text, and the double rule halfway between them and the text, from the
// top of the page to its bottom. Numbers are set in the body size, held to
// 10–12 pt.
func (p pleading) paper(lay doc.Layout, w *widths) *unit {
	if !p.on() {
		return nil
	}
	gap := math.Min(pleadingGap, lay.MarginLeft/3)
	right := lay.MarginLeft - gap
	size := math.Min(math.Max(lay.FontSize, minNumberSize), maxNumberSize)
	u := &unit{baseline: -1}
	mid := lay.MarginLeft - gap/2
	for _, x := range []float64{mid - pleadingRuleSp/2, mid + pleadingRuleSp/2} {
		u.items = append(u.items, item{kind: itemLine, x: x, h: doc.PageHeight, lw: pleadingRuleW})
	}
	for k := 1; k <= p.lines; k++ {
		s := strconv.Itoa(k)
		nw := w.width(regular, size, s)
		u.items = append(u.items, item{kind: itemText, x: right - nw, y: p.baseline(k, lay.FontSize),
			w: nw, text: s, face: regular, size: size})
	}
	return u
}

// baseline is the baseline of numbered line k (from 1): where a body line
// of text of size fs set on that line has its baseline.
func (p pleading) baseline(k int, fs float64) float64 {
	return p.top + float64(k-1)*p.pitch + fs*ascent
}

// lineHeight is the height of a line of text of the given size at a line
// spacing, and the grid its paragraph starts on (0: none). On plain paper
// it is the font's normal line height times the spacing.
func (l *layouter) lineHeight(size, spacing float64) (h, snap float64) {
	if !l.grid.on() {
		return size * lineFactor * spacing, 0
	}
	slot := l.grid.pitch * spacing / l.lay.LineSpacing
	n := math.Max(1, math.Ceil(size/l.lay.FontSize-snapEpsilon))
	return l.capLine(n * slot), slot
}

// singleSlot is the height of a single-spaced line on pleading paper (0 on
// plain paper): the grid tables and rules start on.
func (l *layouter) singleSlot() float64 {
	if !l.grid.on() {
		return 0
	}
	return l.grid.pitch / l.lay.LineSpacing
}

// capLine keeps a line on pleading paper shorter than the text area, with
// room for a note's padding, so that pagination always has room for it.
// Only absurd settings reach the cap: a page of one or two numbered lines,
// or large text at a tiny body size.
func (l *layouter) capLine(h float64) float64 {
	return math.Min(h, l.bodyH-2*notePad)
}

// snapTo moves y (on a page whose text area starts at top) down to the
// next multiple of snap from top; a snap of 0 leaves it.
func snapTo(y, top, snap float64) float64 {
	if snap <= 0 {
		return y
	}
	return top + math.Ceil((y-top)/snap-snapEpsilon)*snap
}
