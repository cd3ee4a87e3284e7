package docx

import (
	"bytes"
	"errors"
	"fmt"
	"io"

	"github.com/nguyenthenguyen/docx"

	"redress/internal/doc"
	"redress/internal/letterhead"
)

// Write writes d to w as a .docx file. Identical input gives identical
// bytes, and Write is safe for concurrent use: each call opens its own copy
// of the base. It fails, writing nothing to w, on a layout whose margins
// leave no text area, on pleading paragraphs whose Num does not run
// consecutively (Word numbers them itself, so it could not show those
// numbers), and on a table whose rows do not each cover its grid exactly
// or whose row heights or column spans Word cannot take.
//
// A doc.Canvas is drawn only by the PDF writer; here its text becomes
// plain paragraphs on a page of their own (see canvas). Callers that write
// a prescribed form to DOCX give it a doc.Table shaped like the form.
func Write(w io.Writer, d *doc.Document) error {
	out, err := render(d)
	if err != nil {
		return err
	}
	_, err = w.Write(out)
	return err
}

// render builds the .docx bytes of d.
func render(d *doc.Document) ([]byte, error) {
	if d == nil {
		return nil, errors.New("docx: nil document")
	}
	base, err := loadBase()
	if err != nil {
		return nil, err
	}
	l, err := resolveLayout(d.Layout)
	if err != nil {
		return nil, err
	}
	// A letterhead sets the page and replaces the body's own letterhead
	// (letterhead.go).
	var lh *letterhead.Letterhead
	blocks := d.Body
	if d.Letterhead != nil {
		if lh = d.Letterhead.Source; lh == nil {
			return nil, errors.New("docx: a letterhead without its opened file (doc.Letterhead.Source)")
		}
		if l, err = bodyLayout(lh.Page, d.Layout); err != nil {
			return nil, err
		}
		blocks = withoutLetterhead(blocks)
	}
	body, nums, pics, err := writeBody(blocks, l)
	if err != nil {
		return nil, err
	}

	// The parts that depend on the document go into the zip before the
	// library opens it, since it can neither add parts nor touch docProps.
	parts := map[string][]byte{
		partStyles:    []byte(stylesFor(base.styles, l, d.Meta.Language)),
		partNumbering: nums.xml(),
		partHeader:    headerXML(d.Header, l),
		partFooter:    footerXML(d.Footer, l),
		partCore:      coreXML(d.Meta),
	}
	var pkg []byte
	sect := "" // the body's section, when the letterhead sets it
	if lh == nil && pics.empty() {
		pkg, err = overlayZip(base.zip, parts)
	} else {
		pkg, sect, err = buildPackage(base, parts, d, lh, l, pics)
	}
	if err != nil {
		return nil, err
	}

	// A fresh reader per document: Editable() copies share the header,
	// footer and image maps of their reader.
	r, err := docx.ReadDocxFromMemory(bytes.NewReader(pkg), int64(len(pkg)))
	if err != nil {
		return nil, fmt.Errorf("docx: open base: %w", err)
	}
	defer r.Close()
	e := r.Editable()
	content, err := spliceBody(e.GetContent(), body, l)
	if err == nil && (sect != "" || !pics.empty()) {
		content, err = finishDocument(content, sect, pics)
	}
	if err != nil {
		return nil, fmt.Errorf("docx: %s: %w", partDocument, err)
	}
	e.SetContent(content)

	var buf bytes.Buffer
	buf.Grow(len(pkg) + len(body)/2)
	if err := e.Write(&buf); err != nil {
		return nil, fmt.Errorf("docx: write: %w", err)
	}
	if err := verify(buf.Bytes()); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
