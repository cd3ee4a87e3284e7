package docx

import (
	"strings"
	"time"

	"redress/internal/doc"
)

// coreXML returns docProps/core.xml: the title, author, subject, keywords
// and language Word shows under File > Info, and the creation and
// modification dates. Both dates are Meta.Created, in UTC and whole
// seconds (W3CDTF), so identical input gives identical bytes; a zero time
// (or one W3CDTF cannot spell)
// is left out rather than written as year 1.
func coreXML(m doc.Meta) []byte {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n")
	b.WriteString(`<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`)
	element := func(name, value string) {
		if value == "" {
			return
		}
		b.WriteString("<" + name + ">")
		escapeText(&b, value)
		b.WriteString("</" + name + ">")
	}
	element("dc:title", m.Title)
	element("dc:subject", m.Subject)
	element("dc:creator", m.Author)
	element("cp:keywords", m.Keywords)
	element("dc:language", m.Language)
	element("cp:lastModifiedBy", m.Author)
	if y := m.Created.UTC().Year(); y >= 1 && y <= 9999 && !m.Created.IsZero() {
		t := m.Created.UTC().Truncate(time.Second).Format(time.RFC3339)
		b.WriteString(`<dcterms:created xsi:type="dcterms:W3CDTF">` + t + `</dcterms:created>`)
		b.WriteString(`<dcterms:modified xsi:type="dcterms:W3CDTF">` + t + `</dcterms:modified>`)
	}
	b.WriteString("</cp:coreProperties>")
	return []byte(b.String())
}
