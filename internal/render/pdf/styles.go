package pdf

import (
	"math"

	"redress/internal/doc"
)

// Font metrics of Liberation Serif (the same for all three faces), as
// fractions of the font size. A line's normal height is ascent + descent +
// line gap (1.15); text sits at the top of its line box, so with double
// spacing the extra space falls below each line and the first line of a
// page starts exactly at the top margin.
const (
	ascent     = 0.891  // hhea ascender 1825/2048
	descent    = 0.2163 // hhea descender 443/2048
	lineFactor = 1.15
	// Underline position below the baseline and thickness, as Times uses.
	underlinePos   = 0.10
	underlineThick = 0.05
)

// Fixed measures of the house style, in points.
const (
	inch          = 72.0
	quoteIndent   = 0.5 * inch // both sides
	listIndent    = 0.5 * inch // from the list's edge to its text
	markerIndent  = 0.25 * inch
	numberIndent  = 0.5 * inch // a pleading paragraph's number
	numberText    = 1.0 * inch // where its first line's text starts
	hfSize        = 10.0       // running header and footer
	smallSize     = 9.0
	titleSize     = 14.0
	notePad       = 6.0 // inside a drafting note's shaded box
	markPadX      = 8.0 // inside the box around a conspicuous mark
	markPadY      = 4.0
	ruleWidth     = 0.5
	hfDistance    = 0.5 * inch // header and footer from the page edge
	hfGap         = 6.0        // between a running header or footer and the body
	minBodyHeight = 2 * inch
)

// frameKind is the decoration around a paragraph.
type frameKind uint8

const (
	noFrame frameKind = iota
	shaded            // a drafting note: light grey fill
	boxed             // a conspicuous mark: thin box around the text
)

// pstyle is how a paragraph style is set in PDF. The DOCX writer maps the
// same doc styles to named Word styles; these numbers are the PDF's
// equivalent.
type pstyle struct {
	text          textStyle
	spacing       float64 // line spacing multiple
	before, after float64
	align         doc.Align
	indentL       float64
	indentR       float64
	frame         frameKind
	keepTogether  bool
	// fullLine: on pleading paper, the paragraph starts on a numbered line
	// even when it is single-spaced (the title and headings).
	fullLine bool
}

// paraStyle gives the PDF look of a paragraph. Only body text and pleading
// paragraphs take the document's line spacing: titles, quotations, notes,
// address and signature lines are single-spaced even in a double-spaced
// complaint, as court rules allow for block quotations and as captions and
// signature blocks always are.
func paraStyle(lay doc.Layout, p doc.Paragraph) pstyle {
	fs := lay.FontSize
	ps := pstyle{text: textStyle{size: fs}, spacing: 1, after: lay.ParagraphSpace, align: p.Align}
	switch p.Style {
	case doc.Body:
		ps.spacing = lay.LineSpacing
	case doc.Title:
		ps.text.size = math.Max(titleSize, fs)
		ps.text.bold = true
		ps.align = doc.Center
		ps.after = math.Max(lay.ParagraphSpace, fs)
		ps.keepTogether = true
		ps.fullLine = true
	case doc.Quote:
		ps.indentL, ps.indentR = quoteIndent, quoteIndent
	case doc.Small:
		ps.text.size = math.Min(smallSize, fs)
	case doc.Mark:
		ps.text.bold = true
		ps.align = doc.Center
		ps.frame = boxed
		ps.keepTogether = true
	case doc.Note:
		ps.text.size = math.Max(fs-1, 6)
		ps.text.italic = true
		ps.frame = shaded
	case doc.Compact:
		ps.after = 0
	}
	return ps
}

// headingStyle gives the look of a heading: level 1 centred bold (a count
// of a complaint, a letter's main section), level 2 bold, level 3 italic.
// Headings are single-spaced, with space above that disappears at the top
// of a page.
func headingStyle(lay doc.Layout, level int) pstyle {
	fs := lay.FontSize
	ps := pstyle{text: textStyle{size: fs}, spacing: 1, before: fs * 0.5,
		after: math.Max(lay.ParagraphSpace, fs*0.5), keepTogether: true, fullLine: true}
	if lay.PleadingLines > 0 {
		// On pleading paper a heading starts on the next numbered line;
		// space above would only push it to the one after.
		ps.before = 0
	}
	switch {
	case level <= 1:
		ps.text.bold = true
		ps.align = doc.Center
	case level == 2:
		ps.text.bold = true
	default:
		ps.text.italic = true
	}
	return ps
}

// hfStyle is the look of a running header or footer paragraph.
func hfStyle(p doc.Paragraph) pstyle {
	size := hfSize
	if p.Style == doc.Small {
		size = smallSize
	}
	return pstyle{text: textStyle{size: size}, spacing: 1, align: p.Align}
}

// Font sizes a span or a text box may ask for. Sizes outside the range
// are clamped to it: a line at the largest size, triple-spaced, is still
// shorter than the smallest text area (minBodyHeight), so pagination
// always has room for it.
const (
	minTextSize = 4.0
	maxTextSize = 40.0
)

// textSize normalises a requested font size: 0, a negative or a value that
// is not finite means def; anything else is clamped to the usable range.
func textSize(s, def float64) float64 {
	if !(s > 0) || math.IsInf(s, 0) {
		return def
	}
	return math.Min(math.Max(s, minTextSize), maxTextSize)
}

// sanitizeLayout replaces unusable page settings with those of a letter,
// so that a zero or corrupt Layout still gives a readable page rather than
// a panic or a page with no room for text. A zero Layout means "not set".
func sanitizeLayout(l doc.Layout) doc.Layout {
	def := doc.LetterLayout()
	if l == (doc.Layout{}) {
		return def
	}
	ok := func(v, lo, hi float64) bool { return !math.IsNaN(v) && v >= lo && v <= hi }
	fix := func(v *float64, lo, hi, d float64) {
		if !ok(*v, lo, hi) {
			*v = d
		}
	}
	fix(&l.MarginTop, 18, 3*inch, def.MarginTop)
	fix(&l.MarginBottom, 18, 3*inch, def.MarginBottom)
	fix(&l.MarginLeft, 18, 3*inch, def.MarginLeft)
	fix(&l.MarginRight, 18, 3*inch, def.MarginRight)
	fix(&l.FontSize, 6, 36, def.FontSize)
	fix(&l.LineSpacing, 0.75, 3, def.LineSpacing)
	fix(&l.ParagraphSpace, 0, 72, def.ParagraphSpace)
	if l.PleadingLines < 0 || l.PleadingLines > maxPleadingLines {
		l.PleadingLines = def.PleadingLines
	}
	return l
}
