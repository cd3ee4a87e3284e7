package docx

import (
	"errors"
	"fmt"
	"strings"

	"redress/internal/doc"
	"redress/internal/letterhead"
)

// A document with a Letterhead (doc.Letterhead) is built on the firm's
// own .docx, as internal/letterhead opened and cleaned it (once per file
// in a run, when the case was loaded). The writer builds its package as
// always (base/, the body, numbering, core properties) and then takes
// from the letterhead:
//
//   - its headers and footers for the first page (when it has a
//     different first page) and the others, with the tokens filled in
//     (letterhead_tokens.go) and the document's own running header set
//     above them and its running footer below them, so that the draft
//     mark and "Page N of M" stay on every page (letterhead_parts.go). A
//     page kind the letterhead has no header (or footer) for gets the
//     document's own. Even-page headers are not used: the writer's
//     settings do not turn them on.
//   - the pictures and fonts those parts, the font table and the theme
//     refer to, under the names letterhead.Open gave them, and the font
//     table and the theme themselves (Word styles name theme fonts);
//   - the page size, margins and header and footer distances of the
//     letterhead's last section (the body's text width and, on pleading
//     paper, its line grid follow them), and its different-first-page
//     switch;
//   - the styles, merged with the writer's (letterhead_styles.go).
//
// Nothing else of the letterhead file reaches the document: letterhead.Open
// keeps only those parts, cleaned of macros, links and fetching fields.

// Namespaces and relationship types the letterhead code writes.
const (
	mainNS        = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	relNS         = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	pkgRelNS      = "http://schemas.openxmlformats.org/package/2006/relationships"
	relTypeBase   = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
	relHeader     = relTypeBase + "header"
	relFooter     = relTypeBase + "footer"
	relStyles     = relTypeBase + "styles"
	relTheme      = relTypeBase + "theme"
	relFontTable  = relTypeBase + "fontTable"
	relImage      = relTypeBase + "image"
	ctHeader      = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"
	ctFooter      = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"
	ctTheme       = "application/vnd.openxmlformats-officedocument.theme+xml"
	partDocRels   = "word/_rels/document.xml.rels"
	partFontTable = "word/fontTable.xml"
	partTheme     = "word/theme/theme1.xml"
)

// bodyLayout is the layout of a document set on the letterhead's page:
// in's font size and spacing, with margins that give the letterhead's text
// width and height. layout measures the text area from a Letter page
// (textWidth, setPleading), so the margins it holds are those that give
// that area on a Letter page (one of them negative for a larger sheet);
// the section written into the document is the letterhead's own
// (sectPr).
func bodyLayout(pg letterhead.Page, in doc.Layout) (layout, error) {
	l, err := resolveLayout(in)
	if err != nil {
		return layout{}, err
	}
	l.left = pg.Left + pg.Gutter
	l.right = pageWidthTwips - l.left - pg.TextWidth()
	l.top = max(pg.Top, -pg.Top)
	l.bottom = pageHeightTwips - l.top - pg.TextHeight()
	// Pleading paper's grid depends on the text height: set it again.
	if in.LineSpacing <= 0 {
		in.LineSpacing = 1
	}
	l.pleading, l.slot = 0, 0
	l.line = int(0.5 + 240*in.LineSpacing)
	l.after = twips(in.ParagraphSpace)
	if err := l.setPleading(in); err != nil {
		return layout{}, err
	}
	return l, nil
}

// sectPr is the body's section: the letterhead's page setup, the header
// and footer references the package holds, the pleading paper's line
// numbering.
func sectPr(pg letterhead.Page, l layout, refs []hfRef) string {
	var b strings.Builder
	b.WriteString("<w:sectPr>")
	for _, r := range refs {
		fmt.Fprintf(&b, `<w:%sReference w:type="%s" r:id="%s"/>`, r.element, r.kind, r.id)
	}
	fmt.Fprintf(&b, `<w:pgSz w:w="%d" w:h="%d"`, pg.Width, pg.Height)
	if pg.Landscape {
		b.WriteString(` w:orient="landscape"`)
	}
	b.WriteString("/>")
	fmt.Fprintf(&b, `<w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" w:header="%d" w:footer="%d" w:gutter="%d"/>`,
		pg.Top, pg.Right, pg.Bottom, pg.Left, pg.Header, pg.Footer, pg.Gutter)
	b.WriteString(lnNumType(l))
	b.WriteString(`<w:cols w:space="720"/>`)
	if pg.TitlePg {
		b.WriteString("<w:titlePg/>")
	}
	b.WriteString(`<w:docGrid w:linePitch="360"/></w:sectPr>`)
	return b.String()
}

// hfRef is a header or footer reference of the body's section.
type hfRef struct {
	element string // "header" or "footer"
	kind    string // "default" or "first"
	id      string // relationship id
}

// replaceSectPr puts sect in place of the final w:sectPr of document.xml.
func replaceSectPr(content, sect string) (string, error) {
	start := strings.LastIndex(content, "<w:sectPr")
	end := strings.LastIndex(content, "</w:sectPr>")
	if start < 0 || end < start {
		return "", errors.New("no final <w:sectPr> in the body")
	}
	return content[:start] + sect + content[end+len("</w:sectPr>"):], nil
}

// withoutLetterhead returns blocks without the groups marked Letterhead,
// at any depth; blocks itself is not changed.
func withoutLetterhead(blocks []doc.Block) []doc.Block {
	out := make([]doc.Block, 0, len(blocks))
	for _, b := range blocks {
		switch x := b.(type) {
		case doc.Group:
			if x.Letterhead {
				continue
			}
			x.Blocks = withoutLetterhead(x.Blocks)
			b = x
		case *doc.Group:
			if x == nil {
				continue
			}
			if x.Letterhead {
				continue
			}
			g := *x
			g.Blocks = withoutLetterhead(g.Blocks)
			b = g
		case doc.List:
			items := make([]doc.ListItem, len(x.Items))
			for i, it := range x.Items {
				items[i] = doc.ListItem{Blocks: withoutLetterhead(it.Blocks)}
			}
			x.Items = items
			b = x
		}
		out = append(out, b)
	}
	return out
}
