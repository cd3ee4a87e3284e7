package docx

import (
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	"redress/internal/doc"
)

// letter is a two-page client letter: letterhead, date and address blocks,
// a reference line, fourteen paragraphs of about a hundred words, a short
// table of deadlines and a signature block.
func letter() *doc.Document {
	compact := func(s string) doc.Block { return doc.Paragraph{Style: doc.Compact, Spans: []doc.Span{doc.T(s)}} }
	sentence := "The Federal Tort Claims Act requires that you present your claim in writing to the " +
		"agency within two years, and the agency then has six months to decide it; "
	d := &doc.Document{
		Meta:   doc.Meta{Title: "Letter to " + vietnamese, Author: apostrophe, Language: "en-US", Created: time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)},
		Layout: doc.LetterLayout(),
		Footer: []doc.Paragraph{{Align: doc.Center, Spans: []doc.Span{doc.T("Page "), {Kind: doc.PageNumber}, doc.T(" of "), {Kind: doc.PageCount}}}},
		Body: []doc.Block{
			doc.Paragraph{Style: doc.Mark, Spans: []doc.Span{doc.T("DRAFT FOR ATTORNEY REVIEW")}},
			doc.Group{Blocks: []doc.Block{compact("O'Brien Law Office"), compact("12 Main Street"), compact("Springfield, IL 62701")}},
			doc.Paragraph{Spans: []doc.Span{doc.T("January 2, 2025")}},
			doc.Group{Blocks: []doc.Block{compact(vietnamese), compact("34 Elm Street"), compact("Springfield, IL 62702")}},
			doc.Paragraph{Spans: []doc.Span{doc.B("Re: "), doc.T("Your claim against the United States")}},
			doc.Paragraph{Spans: []doc.Span{doc.T("Dear " + vietnamese + ":")}},
		},
	}
	for i := range 14 {
		d.Body = append(d.Body, doc.Paragraph{Align: doc.Justify, Spans: []doc.Span{
			doc.T(strings.Repeat(sentence, 2)), doc.I(fmt.Sprintf("paragraph %d", i+1)), doc.T(".")}})
		if i == 6 {
			d.Body = append(d.Body, doc.Table{Widths: []float64{0.6, 0.4}, HeaderRows: 1, Borders: true, Rows: []doc.Row{
				{Cells: []doc.Cell{{Spans: []doc.Span{doc.T("Deadline")}}, {Spans: []doc.Span{doc.T("Date")}}}},
				{Cells: []doc.Cell{{Spans: []doc.Span{doc.T("Present the SF-95")}}, {Spans: []doc.Span{doc.T("March 1, 2026")}}}},
				{Cells: []doc.Cell{{Spans: []doc.Span{doc.T("Sue after a denial")}}, {Spans: []doc.Span{doc.T("six months after it")}}}},
			}})
		}
	}
	d.Body = append(d.Body, doc.Group{Blocks: []doc.Block{compact("Sincerely,"), compact(""), compact(apostrophe), compact("Attorney at Law")}})
	return d
}

func BenchmarkLetter(b *testing.B) {
	d := letter()
	b.ReportAllocs()
	for b.Loop() {
		if err := Write(io.Discard, d); err != nil {
			b.Fatal(err)
		}
	}
}
