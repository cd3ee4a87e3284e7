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
func headerXML(paras []doc.Paragraph) []byte {
	return hdrFtrXML("w:hdr", styleHeader, paras)
}

// footerXML returns word/footer1.xml for the footer paragraphs.
func footerXML(paras []doc.Paragraph) []byte {
	return hdrFtrXML("w:ftr", styleFooter, paras)
}

// hdrFtrXML writes a header or footer part. Body-style paragraphs take the
// part's own style (small, single-spaced, no space after); PageNumber and
// PageCount spans become PAGE and NUMPAGES fields. A part must hold at
// least one paragraph, so an empty header is one empty paragraph.
func hdrFtrXML(root, style string, paras []doc.Paragraph) []byte {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n")
	b.WriteString("<" + root + ` xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">`)
	if len(paras) == 0 {
		(&paragraph{style: style}).writeXML(&b)
	}
	for _, p := range paras {
		s := paragraphStyle(p.Style)
		if s == styleBody {
			s = style
		}
		(&paragraph{style: s, align: p.Align, markSize: markSize(p.Spans), runs: runsXML(p.Spans, false)}).writeXML(&b)
	}
	b.WriteString("</" + root + ">")
	return []byte(b.String())
}
