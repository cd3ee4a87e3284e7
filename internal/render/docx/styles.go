package docx

import (
	"fmt"
	"strings"

	"redress/internal/doc"
)

// Style ids the writer emits. Each one is defined in base/word/styles.xml;
// checkStyles enforces that when the base is loaded.
const (
	styleBody          = "BodyText"
	styleTitle         = "Title"
	styleQuote         = "Quote"
	styleSmall         = "Small"
	styleMark          = "Mark"
	styleNote          = "Note"
	styleCompact       = "Compact"
	styleListParagraph = "ListParagraph"
	styleTableText     = "TableText"
	styleHeader        = "Header"
	styleFooter        = "Footer"
	styleTableGrid     = "TableGrid"
)

// headingStyles are the heading style ids by level, 1 to 3.
var headingStyles = [...]string{"Heading1", "Heading2", "Heading3"}

// writerStyles lists every style id the writer can emit.
func writerStyles() []string {
	return append([]string{styleBody, styleTitle, styleQuote, styleSmall, styleMark, styleNote,
		styleCompact, styleListParagraph, styleTableText, styleHeader, styleFooter, styleTableGrid},
		headingStyles[:]...)
}

// paragraphStyle maps a doc paragraph style to its Word style id. An
// unknown style falls back to body text rather than to a dangling id.
func paragraphStyle(s doc.ParagraphStyle) string {
	switch s {
	case doc.Title:
		return styleTitle
	case doc.Quote:
		return styleQuote
	case doc.Small:
		return styleSmall
	case doc.Mark:
		return styleMark
	case doc.Note:
		return styleNote
	case doc.Compact:
		return styleCompact
	default:
		return styleBody
	}
}

// headingStyle maps a heading level to its style id, clamping to 1..3.
func headingStyle(level int) string {
	return headingStyles[min(max(level, 1), 3)-1]
}

// checkStyles reports a style id the writer emits that styles.xml lacks,
// and a docDefaults element that stylesFor could not replace.
func checkStyles(styles string) error {
	for _, id := range writerStyles() {
		if !strings.Contains(styles, `w:styleId="`+id+`"`) {
			return fmt.Errorf("style %q is not defined", id)
		}
	}
	if strings.Count(styles, "<w:docDefaults>") != 1 || strings.Count(styles, "</w:docDefaults>") != 1 {
		return fmt.Errorf("want exactly one <w:docDefaults> element")
	}
	for _, ps := range pleadingStyles {
		if _, _, err := styleSpacing(styles, ps.id); err != nil {
			return err
		}
	}
	return nil
}

// stylesFor returns styles.xml with its docDefaults generated from the
// layout and language of one document. The layout lives in the defaults
// rather than on every paragraph so that a lawyer who changes the spacing
// of Normal in Word changes the whole document. Styles that must stay
// single-spaced whatever the body spacing (headings, tables, quotations,
// the header and footer) set their own spacing in styles.xml.
func stylesFor(base string, l layout, lang string) string {
	if lang == "" {
		lang = "en-US"
	}
	start := strings.Index(base, "<w:docDefaults>")
	end := strings.Index(base, "</w:docDefaults>") + len("</w:docDefaults>")
	var b strings.Builder
	b.Grow(len(base))
	b.WriteString(base[:start])
	b.WriteString(`<w:docDefaults><w:rPrDefault><w:rPr>`)
	b.WriteString(`<w:rFonts w:ascii="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>`)
	fmt.Fprintf(&b, `<w:sz w:val="%d"/><w:szCs w:val="%d"/>`, l.halfPoints, l.halfPoints)
	b.WriteString(`<w:lang w:val="`)
	escapeText(&b, lang)
	b.WriteString(`" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>`)
	fmt.Fprintf(&b, `<w:pPrDefault><w:pPr><w:spacing w:after="%d" w:line="%d" w:lineRule="%s"/></w:pPr></w:pPrDefault>`,
		l.after, l.line, l.lineRule())
	b.WriteString(`</w:docDefaults>`)
	b.WriteString(base[end:])
	return pleadingSpacing(b.String(), l)
}
