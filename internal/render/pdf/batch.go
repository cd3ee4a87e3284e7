package pdf

import (
	"bytes"
	"errors"
	"fmt"

	"redress/internal/doc"
)

// This file renders many documents at once. fpdf spends most of the time
// of a short document registering and subsetting the fonts (about 60% of
// the 20 ms a two-page letter takes alone), once per Fpdf; drawing many
// documents into one Fpdf pays that once for all of them.
//
//   - Combine makes one file of them all, for a print run: each document
//     is drawn exactly as Write draws it alone, on pages of its own.
//   - WriteEach makes one file per document: it draws the group into one
//     Fpdf, then cuts that file into one file per document (split.go).

// CombineOptions says how Combine joins documents.
type CombineOptions struct {
	// OddPageStarts starts every document on an odd page, for duplex
	// printing: a blank page (no header, footer or anything else) follows
	// a document that ends on an odd page.
	OddPageStarts bool
	// Bookmarks names each document in the outline: Bookmarks[i] is the
	// top-level entry of docs[i] (a client's name, say), with that
	// document's own heading bookmarks nested below it. It is nil or holds
	// one entry per document; an empty entry falls back to the document's
	// Meta.Title, and then to "Document N".
	Bookmarks []string
	// Meta is the combined file's metadata (the documents' own are not
	// used).
	Meta doc.Meta
}

// Combine renders docs into one PDF, in order. Each document is laid out
// and drawn exactly as Write draws it alone: its own running header and
// footer, and page fields that count only its own pages ("Page 2 of 3").
// Fonts are registered and subset once for the whole file.
func Combine(docs []*doc.Document, opt CombineOptions) ([]byte, error) {
	if len(docs) == 0 {
		return nil, errors.New("pdf: Combine: no documents")
	}
	if opt.Bookmarks != nil && len(opt.Bookmarks) != len(docs) {
		return nil, fmt.Errorf("pdf: Combine: %d bookmarks for %d documents", len(opt.Bookmarks), len(docs))
	}
	if err := checkDocs(docs); err != nil {
		return nil, err
	}
	var out bytes.Buffer
	err := catch(opt.Meta.Title, func() error {
		wt, err := loadWidths()
		if err != nil {
			return err
		}
		pdf, err := newPDF(opt.Meta)
		if err != nil {
			return err
		}
		c := newCanvas(pdf, wt)
		c.nest = 1
		for i, d := range docs {
			lo, err := layoutDocument(d)
			if err != nil {
				return docErr(i, d, err)
			}
			if opt.OddPageStarts && pdf.PageNo()%2 == 1 {
				pdf.AddPage() // the blank back of the last sheet
			}
			c.lead = bookmarkTitle(opt.Bookmarks, i, d)
			if err := c.document(lo); err != nil {
				return docErr(i, d, err)
			}
		}
		if err := pdf.Output(&out); err != nil {
			return fmt.Errorf("pdf: writing: %w", err)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// bookmarkTitle is the top-level outline entry of document i.
func bookmarkTitle(bookmarks []string, i int, d *doc.Document) string {
	if i < len(bookmarks) {
		if s := cleanMeta(bookmarks[i]); s != "" {
			return s
		}
	}
	if s := cleanMeta(d.Meta.Title); s != "" {
		return s
	}
	return fmt.Sprintf("Document %d", i+1)
}

// WriteEach renders each document as a PDF file of its own, as Write
// would, but at a fraction of the cost: the documents are drawn into one
// Fpdf, so the fonts are registered and subset once for the group, and
// that file is then cut into one file per document (split.go).
//
// Each file holds its document's pages, drawn exactly as Write draws
// them, its own metadata (title, author, subject, keywords, language,
// dates from its Meta, "redress" as creator and producer) and its own
// outline. What differs from Write's file is the embedded font subsets:
// they hold the glyphs of every document in the group, so a file is a
// little larger, and its bytes depend on the group it was rendered with,
// not on its document alone. For the same list of documents the output is
// the same, byte for byte, in any process. Callers that need stable bytes
// per document must therefore always group documents the same way (in
// fixed chunks).
//
// The larger the group, the less each file costs. Measured with two-page
// letters on one core: about 25 ms each with Write, 8 ms in groups of 5,
// 4 ms in groups of 20, 2.4 ms in groups of 100 or more (BenchmarkWrite200,
// BenchmarkWriteEach200). The larger the group, the more glyphs its font
// subsets may hold (in that benchmark, with accented names in ten languages, 51 KB
// a file against Write's 40 KB).
//
// WriteEach needs nothing shared and is safe to call from several
// goroutines at once. An empty list gives no files.
func WriteEach(docs []*doc.Document) ([][]byte, error) {
	if len(docs) == 0 {
		return nil, nil
	}
	if err := checkDocs(docs); err != nil {
		return nil, err
	}
	var group bytes.Buffer
	var files [][]byte
	parts := make([]part, len(docs))
	err := catch("batch", func() error {
		// The group file's own metadata and outline are never seen: only
		// its pages and fonts are copied out.
		wt, err := loadWidths()
		if err != nil {
			return err
		}
		pdf, err := newPDF(doc.Meta{})
		if err != nil {
			return err
		}
		// The page contents are compressed by split, with one compressor
		// for the group rather than fpdf's new one per page.
		pdf.SetCompression(false)
		var marks []mark
		c := newCanvas(pdf, wt)
		c.marks = &marks
		for i, d := range docs {
			lo, err := layoutDocument(d)
			if err != nil {
				return docErr(i, d, err)
			}
			first, m := pdf.PageNo()+1, len(marks)
			if err := c.document(lo); err != nil {
				return docErr(i, d, err)
			}
			parts[i] = part{first: first, pages: len(lo.pages), meta: d.Meta,
				marks: marks[m:len(marks):len(marks)]}
		}
		if err := pdf.Output(&group); err != nil {
			return fmt.Errorf("pdf: writing: %w", err)
		}
		files, err = split(group.Bytes(), parts)
		return err
	})
	if err != nil {
		return nil, err
	}
	return files, nil
}

// checkDocs rejects a list holding a nil document.
func checkDocs(docs []*doc.Document) error {
	for i, d := range docs {
		if d == nil {
			return fmt.Errorf("pdf: document %d is nil", i+1)
		}
	}
	return nil
}

// docErr names the document an error is about.
func docErr(i int, d *doc.Document, err error) error {
	return fmt.Errorf("pdf: document %d (%q): %w", i+1, d.Meta.Title, err)
}
