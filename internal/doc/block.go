package doc

// Block is a body element. The concrete types are Heading, Paragraph, List,
// Table, Group, Numbered, Rule and PageBreak.
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

// Table is a grid of cells. Widths are fractions of the text width and
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
}

// Cell is one table cell: one or more lines of spans (a Break span starts
// a new line).
type Cell struct {
	Spans []Span
	Align Align
}

// Group keeps its blocks together on one page when they fit on one page:
// a signature block, a letterhead, an address.
type Group struct {
	Blocks []Block
}

// Numbered is a pleading paragraph. Num is assigned once across the whole
// document by assemble; writers print it (PDF) or map it to one Word
// numbering list (DOCX) so that Word renumbers after an insertion.
type Numbered struct {
	Num   int
	Spans []Span
}

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
