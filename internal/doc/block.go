package doc

// Block is a body element. The concrete types are Heading, Paragraph, List,
// Table, Group, Numbered, Rule, PageBreak, Canvas and Image.
type Block interface{ isBlock() }

// Heading is a section heading. Writers keep it on the same page as the
// block that follows it, and the PDF writer bookmarks it.
type Heading struct {
	Level int // 1, 2 or 3
	Spans []Span
}

// Paragraph is a run of text in one of a few named styles.
type Paragraph struct {
	Style ParagraphStyle
	Align Align
	Spans []Span
	// KeepWithNext keeps the paragraph on the page of the block after it.
	KeepWithNext bool
}

// ParagraphStyle names the look of a paragraph. Each writer maps a style
// to its own means (a DOCX style id, a PDF font size and indent).
type ParagraphStyle int

const (
	// Body is ordinary text.
	Body ParagraphStyle = iota
	// Title is a document title: bold and centred by the writers.
	Title
	// Quote is an indented block quotation.
	Quote
	// Small is smaller text: footers, notes under a table.
	Small
	// Mark is a conspicuous notice such as "DRAFT FOR ATTORNEY REVIEW":
	// bold, and framed or shaded where the format allows.
	Mark
	// Note is a drafting note for counsel, visibly set apart.
	Note
	// Compact is body text without space after it: address blocks,
	// letterhead and signature lines.
	Compact
)

// Align is horizontal alignment.
type Align int

const (
	Left Align = iota
	Center
	Right
	Justify
)

// List is a bulleted or numbered list. Numbered lists restart at Start.
type List struct {
	Ordered bool
	Start   int
	Items   []ListItem
}

// ListItem is one item; it holds paragraphs (and possibly nested lists).
type ListItem struct {
	Blocks []Block
}

// Table is a grid of cells. A cell may span several grid columns
// (ColSpan); the cells of a row then cover len(Widths) columns in all. Widths are fractions of the text width and
// add up to 1. The first HeaderRows rows repeat on each page and are bold.
type Table struct {
	Widths     []float64
	HeaderRows int
	Rows       []Row
	// Borders draws cell borders (true for data tables).
	Borders bool
}

// Row is a table row.
type Row struct {
	Cells []Cell
	// MinHeight is the row's least height in points (0: as tall as its
	// text). A form's boxes keep their printed height this way.
	MinHeight float64
}

// Cell is one table cell: one or more lines of spans (a Break span starts
// a new line).
type Cell struct {
	Spans []Span
	Align Align
	// ColSpan is how many grid columns the cell covers (0 or 1: one).
	ColSpan int
	// Shade fills the cell with a light gray, as forms shade their bands.
	Shade bool
}

// Group keeps its blocks together on one page when they fit on one page:
// a signature block, a letterhead, an address.
type Group struct {
	Blocks []Block
	// Letterhead marks the firm's letterhead drawn in the body (its logo,
	// name and address). A DOCX written over the firm's own letterhead
	// document (Document.Letterhead) leaves such a group out, since that
	// document's header carries the firm's name; the PDF always draws it.
	Letterhead bool
}

// Numbered is a pleading paragraph. Num is assigned once across the whole
// document by assemble; writers print it (PDF) or map it to one Word
// numbering list (DOCX) so that Word renumbers after an insertion.
type Numbered struct {
	Num   int
	Spans []Span
	// Label names the paragraph for references ("facts-first"); it is
	// not printed.
	Label string
}

// Canvas is one whole page drawn at fixed positions, for a government
// form whose layout is prescribed to the point (the SF-95). It always
// takes a page of its own, and the running header and footer are not
// drawn on it. Only the PDF writer draws it; what does not fit a box is
// the caller's business (measure first with the PDF writer's WrapText).
type Canvas struct {
	Items []CanvasItem
}

// CanvasItem is a Line, a Box or a TextBox. Coordinates are points from
// the top-left corner of the page, y downward.
type CanvasItem interface{ isCanvasItem() }

// Line is a straight line of the given stroke width.
type Line struct {
	X1, Y1, X2, Y2, Width float64
}

// Box is a rectangle outline (a check box, a border); Checked draws an X
// in it.
type Box struct {
	X, Y, W, H, Width float64
	Checked           bool
}

// TextBox is text wrapped inside a rectangle at a fixed size, starting at
// its top. Text that does not fit is drawn past the bottom (callers measure
// first so that it never happens); only lines that would start below the
// page itself are dropped.
type TextBox struct {
	X, Y, W, H float64
	Spans      []Span
	Size       float64 // points
	Align      Align
	// Leading is the distance between baselines as a multiple of Size
	// (0: 1.15).
	Leading float64
}

func (Canvas) isBlock()       {}
func (Line) isCanvasItem()    {}
func (Box) isCanvasItem()     {}
func (TextBox) isCanvasItem() {}

// Rule is a horizontal line across the text width.
type Rule struct{}

// PageBreak starts a new page.
type PageBreak struct{}

func (Heading) isBlock()   {}
func (Paragraph) isBlock() {}
func (List) isBlock()      {}
func (Table) isBlock()     {}
func (Group) isBlock()     {}
func (Numbered) isBlock()  {}
func (Rule) isBlock()      {}
func (PageBreak) isBlock() {}
