package docx

import (
	"fmt"
	"strings"

	"redress/internal/doc"
)

// element is one child of w:body: a paragraph, a table or a page break.
// The body is first built as elements and only then written, so that a
// Group can mark its paragraphs keep-with-next after they exist, and a page
// break can become a property of the paragraph after it.
type element interface {
	writeXML(b *strings.Builder)
}

// paragraph is one w:p. Its fields are the paragraph properties the writer
// sets directly; everything else comes from the style.
type paragraph struct {
	style       string
	align       doc.Align
	keepNext    bool
	keepLines   bool
	breakBefore bool // starts a new page: a doc.PageBreak before it
	numID       int  // 0: not numbered
	ilvl        int
	indLeft     int  // left indent in twips; 0: the style's
	rule        bool // bottom border: doc.Rule
	markSize    int  // paragraph mark size in half-points; 0: the style's
	runs        string
	// noLineNumbers leaves the paragraph out of line numbering (pleading
	// paper's header and footer).
	noLineNumbers bool
}

func (p *paragraph) writeXML(b *strings.Builder) {
	// Children of w:pPr must come in schema order, or Word reports the file
	// as corrupt: pStyle, keepNext, keepLines, pageBreakBefore, numPr,
	// suppressLineNumbers, pBdr, ind, jc, rPr.
	b.WriteString(`<w:p><w:pPr><w:pStyle w:val="`)
	b.WriteString(p.style)
	b.WriteString(`"/>`)
	if p.keepNext {
		b.WriteString("<w:keepNext/>")
	}
	if p.keepLines {
		b.WriteString("<w:keepLines/>")
	}
	if p.breakBefore {
		b.WriteString("<w:pageBreakBefore/>")
	}
	if p.numID != 0 {
		fmt.Fprintf(b, `<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>`, p.ilvl, p.numID)
	}
	if p.noLineNumbers {
		b.WriteString("<w:suppressLineNumbers/>")
	}
	if p.rule {
		b.WriteString(`<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>`)
	}
	if p.indLeft != 0 {
		fmt.Fprintf(b, `<w:ind w:left="%d"/>`, p.indLeft)
	}
	if jc := justification(p.align); jc != "" {
		b.WriteString(`<w:jc w:val="` + jc + `"/>`)
	}
	if p.markSize != 0 {
		b.WriteString("<w:rPr>")
		writeSize(b, p.markSize)
		b.WriteString("</w:rPr>")
	}
	b.WriteString("</w:pPr>")
	b.WriteString(p.runs)
	b.WriteString("</w:p>")
}

// justification maps an alignment to w:jc. Left writes nothing, because
// Left is also the zero value and must not override a centred style such
// as Title.
func justification(a doc.Align) string {
	switch a {
	case doc.Center:
		return "center"
	case doc.Right:
		return "right"
	case doc.Justify:
		return "both"
	default:
		return ""
	}
}

// pageBreak is a doc.PageBreak. writeElements turns it into
// pageBreakBefore on the paragraph after it, or, before a table or at the
// end, into a paragraph holding <w:br w:type="page"/>. A paragraph of its
// own is what Word writes for Ctrl+Enter, but it occupies a line on the page
// it ends: when that page is full the paragraph moves to the next page and
// its break leaves that page blank (seen with LibreOffice), and Word shows
// its paragraph mark as an empty line at the top of the new page.
//
// A soft break is one a Canvas asks for before and after its text. It is
// dropped where it would leave a blank page: at the start or the end of
// the body, or next to another break.
type pageBreak struct{ soft bool }

func (pageBreak) writeXML(b *strings.Builder) {
	b.WriteString(`<w:p><w:pPr><w:pStyle w:val="` + styleCompact + `"/></w:pPr><w:r><w:br w:type="page"/></w:r></w:p>`)
}

// dropSoftBreaks removes the soft page breaks that would leave a blank
// page. Two soft breaks in a row keep one.
func dropSoftBreaks(els []element) []element {
	isBreak := func(e element) bool { _, ok := e.(pageBreak); return ok }
	out := els[:0:0]
	for i, e := range els {
		if pb, ok := e.(pageBreak); ok && pb.soft {
			if len(out) == 0 || isBreak(out[len(out)-1]) || i+1 == len(els) || isBreak(els[i+1]) {
				continue
			}
		}
		out = append(out, e)
	}
	return out
}

// canvas is what DOCX makes of a doc.Canvas, a page drawn at fixed
// positions for the PDF writer. A .docx has no faithful equivalent that a
// lawyer could still edit (absolutely positioned text frames are fragile in
// Word and worse in LibreOffice), so callers that write a prescribed form
// to DOCX give this writer a doc.Table laid out like the form instead (see
// doc.Row.MinHeight, doc.Cell.ColSpan and Shade). A Canvas that reaches
// this writer anyway does not fail the document: the text of each TextBox
// becomes a plain body paragraph, in item order, on a page of its own;
// Lines and Boxes, and the boxes' positions and sizes, are dropped (the
// spans keep their own Size). A Canvas without text adds nothing.
func canvas(c doc.Canvas) []element {
	var els []element
	for _, it := range c.Items {
		var tb doc.TextBox
		switch it := it.(type) {
		case doc.TextBox:
			tb = it
		case *doc.TextBox:
			if it == nil {
				continue
			}
			tb = *it
		default:
			continue
		}
		if !hasRuns(tb.Spans) {
			continue
		}
		els = append(els, &paragraph{style: styleBody, align: tb.Align, markSize: markSize(tb.Spans), runs: runsXML(tb.Spans, false)})
	}
	if len(els) == 0 {
		return nil
	}
	return append(append([]element{pageBreak{soft: true}}, els...), pageBreak{soft: true})
}

// hasRuns reports whether spans write any run: text, a break or a field.
func hasRuns(spans []doc.Span) bool {
	for _, s := range spans {
		if s.Kind != doc.Text || s.Text != "" {
			return true
		}
	}
	return false
}

// bodyWriter turns blocks into elements, registering lists as it goes.
type bodyWriter struct {
	lay    layout
	nums   *numbering
	tables int    // tables so far, to name one in an error
	media  *media // the pictures (letterhead_image.go); nil: none
}

// writeBody returns the body XML of blocks, the document's numbering and
// its pictures (nil if none). It fails on a table whose rows do not fill
// its grid.
func writeBody(blocks []doc.Block, l layout) (string, *numbering, *media, error) {
	bw := &bodyWriter{lay: l, nums: &numbering{}}
	els, err := bw.blocks(blocks, 0)
	if err != nil {
		return "", nil, nil, err
	}
	els = dropSoftBreaks(els)
	if len(els) == 0 {
		els = append(els, &paragraph{style: styleCompact})
	}
	var b strings.Builder
	b.Grow(512 * len(els))
	writeElements(&b, els)
	return b.String(), bw.nums, bw.media, nil
}

// writeElements writes elements in order. Every table is followed by an
// empty Compact paragraph: it gives the table the space after it that a
// paragraph has, keeps Word from merging two adjacent tables into one, and
// means the body never ends with a table, which Word does not expect.
func writeElements(b *strings.Builder, els []element) {
	for i, e := range els {
		if _, ok := e.(pageBreak); ok && i+1 < len(els) {
			if p, ok := els[i+1].(*paragraph); ok {
				p.breakBefore = true
				continue
			}
		}
		e.writeXML(b)
		if t, ok := e.(*table); ok {
			(&paragraph{style: styleCompact, keepNext: t.keepNext}).writeXML(b)
		}
	}
}

// blocks converts a sequence of blocks. depth is the list nesting level.
func (bw *bodyWriter) blocks(blocks []doc.Block, depth int) ([]element, error) {
	var els []element
	for _, blk := range blocks {
		more, err := bw.block(blk, depth)
		if err != nil {
			return nil, err
		}
		els = append(els, more...)
	}
	return els, nil
}

func (bw *bodyWriter) block(blk doc.Block, depth int) ([]element, error) {
	switch b := blk.(type) {
	case doc.Heading:
		return []element{&paragraph{style: headingStyle(b.Level), keepNext: true, markSize: markSize(b.Spans), runs: runsXML(b.Spans, false)}}, nil
	case doc.Paragraph:
		return []element{&paragraph{style: paragraphStyle(b.Style), align: b.Align, keepNext: b.KeepWithNext,
			markSize: markSize(b.Spans), runs: runsXML(b.Spans, false)}}, nil
	case doc.Numbered:
		id, err := bw.nums.pleading(b.Num)
		if err != nil {
			return nil, err
		}
		return []element{&paragraph{style: styleBody, numID: id, markSize: markSize(b.Spans), runs: runsXML(b.Spans, false)}}, nil
	case doc.List:
		return bw.list(b, depth)
	case doc.Table:
		bw.tables++
		t, err := newTable(b, bw.lay, bw.tables)
		if err != nil {
			return nil, err
		}
		return []element{t}, nil
	case doc.Canvas:
		return canvas(b), nil
	case doc.Group:
		els, err := bw.blocks(b.Blocks, depth)
		if err != nil {
			return nil, err
		}
		keepTogether(els)
		return els, nil
	case doc.Rule:
		return []element{&paragraph{style: styleCompact, rule: true}}, nil
	case doc.PageBreak:
		return []element{pageBreak{}}, nil
	case doc.Image:
		return bw.image(b)
	case nil:
		return nil, nil
	default:
		return nil, fmt.Errorf("docx: unknown block type %T", blk)
	}
}

// keepTogether keeps a group's elements on one page: every paragraph keeps
// its lines together and, except the last, stays with the next.
func keepTogether(els []element) {
	for i, e := range els {
		last := i == len(els)-1
		switch e := e.(type) {
		case *paragraph:
			e.keepLines = true
			e.keepNext = e.keepNext || !last
		case *table:
			e.keepTogether = true
			e.keepNext = e.keepNext || !last
		}
	}
}

// list converts a bulleted or ordered list at nesting level depth. The
// first paragraph of each item carries the number; later paragraphs of the
// item are indented to the item's text.
func (bw *bodyWriter) list(l doc.List, depth int) ([]element, error) {
	ilvl := min(depth, levels-1)
	numID := bulletNumID
	if l.Ordered {
		numID = bw.nums.orderedList(l.Start, ilvl)
	}
	var els []element
	for _, item := range l.Items {
		itemEls, err := bw.blocks(item.Blocks, depth+1)
		if err != nil {
			return nil, err
		}
		for _, e := range itemEls {
			if p, ok := e.(*paragraph); ok && p.style == styleBody && p.numID == 0 {
				p.style = styleListParagraph
			}
		}
		// An item that does not open with a plain paragraph (a nested list,
		// a table, or nothing) still gets its number, on an empty line.
		first, ok := firstParagraph(itemEls)
		if !ok {
			first = &paragraph{style: styleListParagraph}
			itemEls = append([]element{first}, itemEls...)
		}
		first.numID, first.ilvl = numID, ilvl
		for _, e := range itemEls[1:] {
			if p, ok := e.(*paragraph); ok && p.numID == 0 && p.indLeft == 0 {
				p.indLeft = listIndent(ilvl)
			}
		}
		els = append(els, itemEls...)
	}
	return els, nil
}

// firstParagraph returns the first element if it is an unnumbered paragraph.
func firstParagraph(els []element) (*paragraph, bool) {
	if len(els) == 0 {
		return nil, false
	}
	p, ok := els[0].(*paragraph)
	if !ok || p.numID != 0 || p.rule {
		return nil, false
	}
	return p, true
}

// runsXML returns the runs of spans as a string.
func runsXML(spans []doc.Span, bold bool) string {
	var b strings.Builder
	writeRuns(&b, spans, bold)
	return b.String()
}
