package pdf

import (
	"math"
	"strings"

	"redress/internal/doc"
)

// This file is the measuring side of doc.TextBox, for callers that must
// decide what fits in a form's box before they build the document (the
// SF-95). Every function here uses the typesetter, width table and
// constants that draw a TextBox, so a measurement is exactly what will be
// drawn. They need no Renderer, and are safe for concurrent use: the width
// table is built once and only read.
//
// Sizes and leadings are normalised as a TextBox's are: a size of 0 (or
// negative, or not finite) means 10 points, and sizes are clamped to 4–40
// points; a leading of 0 means 1.15, and leadings are clamped to 0.5–5.
//
// The geometry of a TextBox of height H set at one size s with leading L:
// the first baseline is ascent×s below the top (ascent = 0.891, Liberation
// Serif's), each next baseline L×s lower, and the last line's descent
// (0.2163×s) below its baseline. n lines therefore fit when
//
//	ascent×s + (n−1)×L×s + descent×s ≤ H
//
// which is what LinesThatFit counts. A line holding a larger span size is
// taller; TextHeight gives the height of any wrapped text. Text that does
// not fit its box is drawn on past the box's bottom, never cut there; only
// lines that would start below the bottom edge of the page are left out,
// as no one could see them.

// WrapText breaks spans into the lines a TextBox of the given width draws
// them in at size (a span's own Size overrides it). Each line holds the
// spans drawn on it, merged where their style is the same: the text is as
// drawn (cleaned as the writer cleans it: NFC, '?' for what the font
// cannot print, no zero-width characters or bidi marks), without the
// spaces a line was broken at, in reading order (right-to-left text is
// reordered only when drawn); a Break span, or a newline in the text,
// ends a line. Bold and italic come back as the face drawn (bold when
// both are set), and Size as the size drawn. Spans with no content give
// no lines.
//
// A page field (PageNumber, PageCount) comes back as a span of its kind.
// It is measured as four digits, wider than any real number, and drawn as
// its value: a line holding one may take more when drawn, so drawn text
// has at most the lines WrapText counts and what fits still fits.
//
// WrapText panics if the embedded fonts cannot be read, which only a
// broken build can cause (fonts.Check reports it at start-up).
func WrapText(spans []doc.Span, size, width float64) [][]doc.Span {
	t := typesetter{w: mustWidths()}
	lines := t.wrap(spans, textStyle{size: textSize(size, defaultBoxSize)}, width)
	if lines == nil {
		return nil
	}
	out := make([][]doc.Span, len(lines))
	for i := range lines {
		var ss []doc.Span
		for _, a := range lines[i].atoms {
			for _, r := range a.runs {
				sp := doc.Span{Kind: r.field, Bold: r.face == bold, Italic: r.face == italic,
					Underline: r.underline, Size: r.size}
				if r.field == doc.Text {
					sp.Text = r.text
				}
				if n := len(ss); n > 0 && sp.Kind == doc.Text && ss[n-1].Kind == doc.Text {
					if p := &ss[n-1]; p.Bold == sp.Bold && p.Italic == sp.Italic &&
						p.Underline == sp.Underline && p.Size == sp.Size {
						p.Text += sp.Text
						continue
					}
				}
				ss = append(ss, sp)
			}
		}
		out[i] = ss
	}
	return out
}

// LineHeight is the distance between baselines of a TextBox's lines at
// size with the given leading (0: 1.15).
func LineHeight(size, leading float64) float64 {
	return textSize(size, defaultBoxSize) * leadingOf(leading)
}

// TextWidth is the width, in points, that s takes drawn on one line at
// size (0: 10) in the face bold and italic select (bold when both are
// set). s is cleaned as span text is; a newline in it measures nothing.
func TextWidth(s string, size float64, bold, italic bool) float64 {
	f := faceOf(doc.Span{Bold: bold, Italic: italic}, false, false)
	s = strings.ReplaceAll(cleanText(s), "\n", "")
	return mustWidths().width(f, textSize(size, defaultBoxSize), s)
}

// maxFitLines caps LinesThatFit for a box of absurd or infinite height.
const maxFitLines = 1 << 20

// LinesThatFit is how many lines at size with the given leading fit in a
// TextBox of height h: the largest n with
// ascent×size + (n−1)×LineHeight + descent×size ≤ h (to within 1e-6
// point). It is 0 when not even one line fits.
func LinesThatFit(h, size, leading float64) int {
	s := textSize(size, defaultBoxSize)
	one := (ascent + descent) * s
	if !(h >= one-lineEpsilon) {
		return 0
	}
	n := math.Floor((h-one+lineEpsilon)/(leadingOf(leading)*s)) + 1
	if n > maxFitLines {
		return maxFitLines
	}
	return int(n)
}

// TextHeight is the height text takes in a TextBox: from the top of the
// box to the descent of the last line, for lines as WrapText returns them
// (a span's Size, or size when it has none, sets its line's height; the
// largest on a line counts). It is what a TextBox of that height holds
// without running past its bottom; no lines take no height.
func TextHeight(lines [][]doc.Span, size, leading float64) float64 {
	base := textSize(size, defaultBoxSize)
	sizes := make([]float64, len(lines))
	for i, ln := range lines {
		for _, sp := range ln {
			if sp.Kind != doc.Break {
				sizes[i] = max(sizes[i], textSize(sp.Size, base))
			}
		}
		if sizes[i] == 0 {
			sizes[i] = base
		}
	}
	_, h := baselines(sizes, leadingOf(leading))
	return h
}

// mustWidths is the shared width table, for the functions above that have
// no error to return.
func mustWidths() *widths {
	w, err := loadWidths()
	if err != nil {
		panic(err)
	}
	return w
}
