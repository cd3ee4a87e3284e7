package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"
	"time"

	"redress/internal/doc"
)

const wNS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

// Strings that must survive every writer exactly.
const (
	vietnamese = "Nguyễn Văn Ân"
	apostrophe = "Zoë O'Brien"
	markup     = "Smith & <Sons>"
	template   = "{{ .Secret }}"
	markdown   = "*not italic*"
)

// sampleDocument holds every block kind, nested lists, a table with a
// header row, three pleading paragraphs split by other blocks and two
// ordered lists that must each start at 1.
func sampleDocument() *doc.Document {
	u := func(s string) doc.Span { return doc.Span{Text: s, Underline: true} }
	p := func(spans ...doc.Span) doc.Paragraph { return doc.Paragraph{Spans: spans} }
	item := func(blocks ...doc.Block) doc.ListItem { return doc.ListItem{Blocks: blocks} }
	return &doc.Document{
		Meta: doc.Meta{
			Title: "Claim of " + vietnamese, Author: apostrophe, Subject: markup,
			Keywords: "FTCA; SF-95", Language: "vi-VN",
			Created: time.Date(2025, 3, 4, 5, 6, 7, 0, time.FixedZone("PST", -8*3600)),
		},
		Layout: doc.LetterLayout(),
		Header: []doc.Paragraph{{Style: doc.Small, Align: doc.Right, Spans: []doc.Span{doc.T(vietnamese + " v. United States")}}},
		Footer: []doc.Paragraph{{Align: doc.Center, Spans: []doc.Span{
			doc.T("Page "), {Kind: doc.PageNumber}, doc.T(" of "), {Kind: doc.PageCount}}}},
		Body: []doc.Block{
			doc.Paragraph{Style: doc.Mark, Spans: []doc.Span{doc.T("DRAFT FOR ATTORNEY REVIEW")}},
			doc.Paragraph{Style: doc.Title, Spans: []doc.Span{doc.T(markup)}},
			doc.Heading{Level: 1, Spans: []doc.Span{doc.T("Parties")}},
			doc.Paragraph{Align: doc.Justify, Spans: []doc.Span{
				doc.T("Client: "), doc.B(vietnamese), doc.BR(), doc.I(apostrophe), doc.T(" "),
				u(template), doc.T(" "), doc.T(markdown)}},
			doc.Numbered{Num: 1, Spans: []doc.Span{doc.T("Allegation one about " + vietnamese + ".")}},
			doc.Numbered{Num: 2, Spans: []doc.Span{doc.T("Allegation two.")}},
			doc.Heading{Level: 2, Spans: []doc.Span{doc.T("Damages")}},
			doc.List{Ordered: true, Start: 1, Items: []doc.ListItem{
				item(p(doc.T("Alpha item"))),
				item(p(doc.T("Beta item")), p(doc.T("Beta continued")),
					doc.List{Items: []doc.ListItem{item(p(doc.T("Beta bullet")))}}),
			}},
			doc.Numbered{Num: 3, Spans: []doc.Span{doc.T("Allegation three.")}},
			doc.Heading{Level: 3, Spans: []doc.Span{doc.T("Second list")}},
			doc.List{Ordered: true, Items: []doc.ListItem{
				item(p(doc.T("Gamma item"))), item(p(doc.T("Delta item"))),
			}},
			doc.List{Items: []doc.ListItem{item(p(doc.T("Bullet item")))}},
			doc.Table{Widths: []float64{0.3, 0.7}, HeaderRows: 1, Borders: true, Rows: []doc.Row{
				{Cells: []doc.Cell{{Spans: []doc.Span{doc.T("Item")}}, {Spans: []doc.Span{doc.T("Amount")}, Align: doc.Right}}},
				{Cells: []doc.Cell{{Spans: []doc.Span{doc.T(markup)}}, {Spans: []doc.Span{doc.T("$1,000.00")}, Align: doc.Right}}},
				{Cells: []doc.Cell{{Spans: []doc.Span{doc.T("Line one"), doc.BR(), doc.T("Line two")}}, {}}},
			}},
			doc.Paragraph{Style: doc.Quote, Spans: []doc.Span{doc.T("A quoted passage.")}},
			doc.Paragraph{Style: doc.Note, Spans: []doc.Span{doc.T("Note to counsel.")}},
			doc.Paragraph{Style: doc.Small, Spans: []doc.Span{doc.T("Small print.")}},
			doc.Rule{},
			doc.Paragraph{KeepWithNext: true, Spans: []doc.Span{doc.T("Kept with the signature.")}},
			doc.Group{Blocks: []doc.Block{
				doc.Paragraph{Style: doc.Compact, Spans: []doc.Span{doc.T("Sincerely,")}},
				doc.Paragraph{Style: doc.Compact, Spans: []doc.Span{doc.T(apostrophe)}},
				doc.Paragraph{Style: doc.Compact, Spans: []doc.Span{doc.T("Attorney at Law")}},
			}},
			doc.PageBreak{},
			doc.Paragraph{Spans: []doc.Span{doc.T("Second page.")}},
		},
	}
}

// render writes d, failing the test on error.
func mustRender(tb testing.TB, d *doc.Document) []byte {
	tb.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, d); err != nil {
		tb.Fatalf("Write: %v", err)
	}
	return buf.Bytes()
}

// parts unzips a package.
func parts(tb testing.TB, pkg []byte) map[string][]byte {
	tb.Helper()
	zr, err := zip.NewReader(bytes.NewReader(pkg), int64(len(pkg)))
	if err != nil {
		tb.Fatal(err)
	}
	m := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			tb.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			tb.Fatal(err)
		}
		m[f.Name] = b
	}
	return m
}

// wpara is a paragraph as Word will see it.
type wpara struct {
	style   string
	numID   string
	ilvl    string
	keep    bool // keepNext
	inTable bool
	text    string // w:t text; w:tab as \t, w:br as \n, a field as #
}

// readParagraphs decodes the paragraphs of a WordprocessingML part. It
// fails the test if a w:t or w:br is anywhere but directly in a run.
func readParagraphs(tb testing.TB, part []byte) []wpara {
	tb.Helper()
	dec := xml.NewDecoder(bytes.NewReader(part))
	var (
		stack []string
		out   []wpara
		cur   *wpara
		text  strings.Builder
		depth int // tables
		inT   bool
		field bool // between fldChar begin and end: skip instruction and cached result
	)
	attr := func(se xml.StartElement, name string) string {
		for _, a := range se.Attr {
			if a.Name.Space == wNS && a.Name.Local == name {
				return a.Value
			}
		}
		return ""
	}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			tb.Fatalf("decode: %v", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			parent := ""
			if len(stack) > 0 {
				parent = stack[len(stack)-1]
			}
			stack = append(stack, t.Name.Local)
			if t.Name.Space != wNS {
				continue
			}
			if cur == nil && t.Name.Local != "p" && t.Name.Local != "tbl" {
				continue
			}
			switch t.Name.Local {
			case "tbl":
				depth++
			case "p":
				cur = &wpara{inTable: depth > 0}
				text.Reset()
			case "pStyle":
				if parent == "pPr" {
					cur.style = attr(t, "val")
				}
			case "numId":
				cur.numID = attr(t, "val")
			case "ilvl":
				cur.ilvl = attr(t, "val")
			case "keepNext":
				if parent == "pPr" {
					cur.keep = true
				}
			case "t", "br", "tab", "instrText":
				if parent != "r" {
					tb.Fatalf("w:%s inside w:%s, want w:r", t.Name.Local, parent)
				}
				switch t.Name.Local {
				case "t":
					inT = true
				case "br":
					text.WriteByte('\n')
				case "tab":
					text.WriteByte('\t')
				}
			case "fldChar":
				switch attr(t, "fldCharType") {
				case "begin":
					text.WriteByte('#')
					field = true
				case "end":
					field = false
				}
			}
		case xml.EndElement:
			stack = stack[:len(stack)-1]
			if t.Name.Space != wNS {
				continue
			}
			switch t.Name.Local {
			case "tbl":
				depth--
			case "t":
				inT = false
			case "p":
				cur.text = text.String()
				out = append(out, *cur)
				cur = nil
			}
		case xml.CharData:
			if inT && !field {
				text.Write(t)
			}
		}
	}
	return out
}

// texts returns the text of each paragraph.
func texts(ps []wpara) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.text
	}
	return out
}

// find returns the first paragraph whose text contains s.
func find(tb testing.TB, ps []wpara, s string) wpara {
	tb.Helper()
	for _, p := range ps {
		if strings.Contains(p.text, s) {
			return p
		}
	}
	tb.Fatalf("no paragraph contains %q; have %q", s, texts(ps))
	return wpara{}
}
