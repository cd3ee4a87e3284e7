package doc

import "time"

// Document is one output document: metadata, page layout, running header
// and footer, and the body.
type Document struct {
	Meta   Meta
	Layout Layout
	// Header and Footer are repeated on every page. Their spans may hold
	// PageNumber and PageCount fields.
	Header []Paragraph
	Footer []Paragraph
	Body   []Block
	// Letterhead, when set, is the firm's letterhead document, which the
	// DOCX writer builds the file on (see Letterhead); the PDF writer
	// ignores it. Nil: the writer's own page setup and styles.
	Letterhead *Letterhead
}

// Meta is the document's metadata, written to the PDF info dictionary and
// to the DOCX core properties.
type Meta struct {
	Title    string
	Author   string
	Subject  string
	Keywords string
	Language string // BCP 47, e.g. "en-US"
	// Created is the fixed timestamp written as creation and modification
	// date, so identical input gives identical bytes.
	Created time.Time
}

// Layout is the page setup. Lengths are in PostScript points (1/72 inch).
// The page is always U.S. Letter (612 x 792 pt).
type Layout struct {
	MarginTop, MarginBottom, MarginLeft, MarginRight float64
	FontSize                                         float64 // body text, e.g. 12
	// LineSpacing multiplies the font's normal line height: 1 for letters,
	// 2 for a complaint's body.
	LineSpacing float64
	// ParagraphSpace is the space after each body paragraph, in points.
	ParagraphSpace float64
	// PleadingLines, when positive, numbers that many lines down the left
	// margin of every page (pleading paper, e.g. 28 under N.D. Cal. Civ.
	// L.R. 3-4(c)): drawn in the PDF, Word line numbering in the DOCX.
	PleadingLines int
}

// LetterLayout is the layout of a business letter: one-inch margins, 12 pt
// single-spaced text with a blank line between paragraphs.
func LetterLayout() Layout {
	return Layout{MarginTop: 72, MarginBottom: 72, MarginLeft: 72, MarginRight: 72,
		FontSize: 12, LineSpacing: 1, ParagraphSpace: 10}
}

// PleadingLayout is the layout of a federal complaint: one-inch margins,
// 12 pt text, double-spaced body.
func PleadingLayout() Layout {
	return Layout{MarginTop: 72, MarginBottom: 72, MarginLeft: 72, MarginRight: 72,
		FontSize: 12, LineSpacing: 2, ParagraphSpace: 0}
}

// PageWidth and PageHeight are U.S. Letter in points.
const (
	PageWidth  = 612.0
	PageHeight = 792.0
)
