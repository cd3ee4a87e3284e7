package docx

import (
	"embed"
	"fmt"
	"io/fs"
	"strings"
	"sync"
)

// baseFiles are the static parts of every document, kept as readable source
// files rather than an opaque .docx so that a change to a style is a diff.
// The all: prefix is needed because _rels/ starts with an underscore.
//
//go:embed all:base
var baseFiles embed.FS

// Part names the writer uses.
const (
	partDocument  = "word/document.xml"
	partStyles    = "word/styles.xml"
	partNumbering = "word/numbering.xml"
	partHeader    = "word/header1.xml"
	partFooter    = "word/footer1.xml"
	partCore      = "docProps/core.xml"
)

// baseDoc is the zipped base document and the parts the writer rewrites.
type baseDoc struct {
	zip    []byte // deterministic zip of base/
	styles string // word/styles.xml of the base
}

// loadBase zips base/ once per process. Its invariants are checked here so
// that a broken base file fails every Write with one clear error naming the
// file, not with a document Word refuses to open.
var loadBase = sync.OnceValues(func() (*baseDoc, error) {
	sub, err := fs.Sub(baseFiles, "base")
	if err != nil {
		return nil, err
	}
	for _, name := range []string{contentTypes, partDocument, partStyles, partNumbering, partHeader, partFooter, partCore} {
		if _, err := fs.Stat(sub, name); err != nil {
			return nil, fmt.Errorf("docx: base document: %w", err)
		}
	}
	document, err := fs.ReadFile(sub, partDocument)
	if err != nil {
		return nil, err
	}
	if _, err := spliceBody(string(document), "", layout{}); err != nil {
		return nil, fmt.Errorf("docx: base/%s: %w", partDocument, err)
	}
	styles, err := fs.ReadFile(sub, partStyles)
	if err != nil {
		return nil, err
	}
	if err := checkStyles(string(styles)); err != nil {
		return nil, fmt.Errorf("docx: base/%s: %w", partStyles, err)
	}
	z, err := zipFS(sub)
	if err != nil {
		return nil, err
	}
	return &baseDoc{zip: z, styles: string(styles)}, nil
})

// spliceBody puts body in place of everything between <w:body> and the
// final <w:sectPr of document.xml, and sets the page margins of that
// sectPr from l. With a zero layout it only checks the invariants.
func spliceBody(content, body string, l layout) (string, error) {
	const open = "<w:body>"
	if strings.Count(content, open) != 1 {
		return "", fmt.Errorf("want exactly one %s", open)
	}
	start := strings.Index(content, open) + len(open)
	sect := strings.LastIndex(content, "<w:sectPr")
	if sect < start {
		return "", fmt.Errorf("no final <w:sectPr> in the body")
	}
	tail := content[sect:]
	m := strings.Index(tail, "<w:pgMar ")
	if m < 0 {
		return "", fmt.Errorf("final <w:sectPr> has no <w:pgMar>")
	}
	end := strings.Index(tail[m:], "/>")
	if end < 0 {
		return "", fmt.Errorf("unterminated <w:pgMar>")
	}
	end += m + len("/>")
	// Line numbering goes right after pgMar (pleading.go), which is its
	// place in CT_SectPr only if neither paperSrc nor pgBorders follows.
	if strings.Contains(tail[end:], "<w:paperSrc") || strings.Contains(tail[end:], "<w:pgBorders") ||
		strings.Contains(tail, "<w:lnNumType") {
		return "", fmt.Errorf("final <w:sectPr> has paperSrc, pgBorders or lnNumType")
	}
	if l == (layout{}) {
		return content, nil
	}
	// The header and footer sit halfway into the top and bottom margins.
	pgMar := fmt.Sprintf(`<w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" w:header="%d" w:footer="%d" w:gutter="0"/>`,
		l.top, l.right, l.bottom, l.left, l.top/2, l.bottom/2) + lnNumType(l)
	var b strings.Builder
	b.Grow(len(content) + len(body) + len(pgMar))
	b.WriteString(content[:start])
	b.WriteString(body)
	b.WriteString(tail[:m])
	b.WriteString(pgMar)
	b.WriteString(tail[end:])
	return b.String(), nil
}
