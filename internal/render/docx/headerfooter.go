package docx

import (
	"strings"

	"redress/internal/doc"
)

// The header and footer parts are generated whole and put into the zip
// before the library opens it, rather than filled through the library's
// ReplaceHeader/ReplaceFooter: those XML-escape their argument (so they
// cannot insert runs or fields), map newlines to <w:br/> inside w:t, and
// write to maps shared by every Editable() copy of a reader.

// headerXML returns word/header1.xml for the header paragraphs.
func headerXML(paras []doc.Paragraph, l layout) []byte {
	return hdrFtrXML("w:hdr", styleHeader, paras, l)
}

// footerXML returns word/footer1.xml for the footer paragraphs.
func footerXML(paras []doc.Paragraph, l layout) []byte {
	return hdrFtrXML("w:ftr", styleFooter, paras, l)
}

// hdrFtrXML writes a header or footer part. Body-style paragraphs take the
// part's own style (small, single-spaced, no space after); PageNumber and
// PageCount spans become PAGE and NUMPAGES fields. A part must hold at
// least one paragraph, so an empty header is one empty paragraph.
//
// On pleading paper every paragraph of the part suppresses line numbers:
// Word never numbers header and footer lines, but LibreOffice numbers
// those whose style does not say otherwise (Small does not).
func hdrFtrXML(root, style string, paras []doc.Paragraph, l layout) []byte {
	noNumbers := l.pleading > 0
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n")
	b.WriteString("<" + root + ` xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">`)
	if len(paras) == 0 {
		(&paragraph{style: style, noLineNumbers: noNumbers}).writeXML(&b)
	}
	for _, p := range paras {
		s := paragraphStyle(p.Style)
		if s == styleBody {
			s = style
		}
		(&paragraph{style: s, align: p.Align, noLineNumbers: noNumbers, markSize: markSize(p.Spans),
			runs: runsXML(p.Spans, false)}).writeXML(&b)
	}
	b.WriteString("</" + root + ">")
	return []byte(b.String())
}
