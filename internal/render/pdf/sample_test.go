package pdf

import (
	"fmt"
	"time"

	"redress/internal/doc"
)

// The strings every rendering must keep exactly: accents (precomposed and
// stacked), apostrophes, markup characters and template syntax that must
// stay literal.
var mustKeep = []string{
	"Nguyễn Văn Ân",
	"Zoë O'Brien",
	"Smith & <Sons>",
	"{{ .Secret }}",
	"*not italic*",
}

var created = time.Date(2026, 3, 14, 15, 9, 26, 0, time.FixedZone("EST", -5*3600))

// filler is a sentence of ordinary legal prose.
const filler = "The agency's employee, acting within the scope of his office, failed to exercise " +
	"the care that a reasonable person would have exercised in the same circumstances, and that " +
	"failure caused the injuries described below. "

// sampleDocument has every block kind, every paragraph style and the
// strings of mustKeep, and runs to five pages.
func sampleDocument() *doc.Document {
	d := &doc.Document{
		Meta: doc.Meta{Title: "Complaint — Nguyễn Văn Ân v. United States", Author: "Zoë O'Brien",
			Subject: "Smith & <Sons>", Keywords: "FTCA, negligence", Language: "en-US", Created: created},
		Layout: doc.LetterLayout(),
		Header: []doc.Paragraph{{Style: doc.Small, Align: doc.Right,
			Spans: []doc.Span{doc.T("Nguyễn Văn Ân v. United States — draft")}}},
		Footer: []doc.Paragraph{{Align: doc.Center, Spans: []doc.Span{doc.T("Page "),
			{Kind: doc.PageNumber}, doc.T(" of "), {Kind: doc.PageCount}}}},
	}
	p := func(style doc.ParagraphStyle, align doc.Align, spans ...doc.Span) doc.Paragraph {
		return doc.Paragraph{Style: style, Align: align, Spans: spans}
	}
	d.Body = []doc.Block{
		p(doc.Mark, doc.Center, doc.T("DRAFT FOR ATTORNEY REVIEW")),
		p(doc.Title, doc.Center, doc.T("COMPLAINT FOR DAMAGES")),
		doc.Group{Blocks: []doc.Block{
			p(doc.Compact, doc.Left, doc.B("Zoë O'Brien"), doc.T(", Esq.")),
			p(doc.Compact, doc.Left, doc.T("Smith & <Sons>, LLP")),
			p(doc.Compact, doc.Left, doc.T("100 Main Street"), doc.BR(), doc.T("Springfield, IL 62701")),
		}},
		doc.Rule{},
		doc.Heading{Level: 1, Spans: []doc.Span{doc.T("Parties")}},
		p(doc.Body, doc.Justify, doc.T("Plaintiff "), doc.B("Nguyễn Văn Ân"),
			doc.T(" brings this action against the United States. "), doc.I("Plaintiff"),
			doc.T(" is represented by "), doc.Span{Text: "Zoë O'Brien", Underline: true},
			doc.T(". "+filler+filler)),
		p(doc.Body, doc.Left, doc.T("A template field written as {{ .Secret }} and markdown written as *not italic* are text, and so is Smith & <Sons>.")),
		doc.Heading{Level: 2, Spans: []doc.Span{doc.T("Jurisdiction")}},
	}
	for i := 1; i <= 12; i++ {
		d.Body = append(d.Body, doc.Numbered{Num: i, Spans: []doc.Span{
			doc.T(fmt.Sprintf("Allegation %d. ", i)), doc.T(filler)}})
	}
	d.Body = append(d.Body,
		p(doc.Quote, doc.Justify, doc.I("“The United States shall be liable … in the same manner and to the same extent as a private individual under like circumstances.”"), doc.T(" 28 U.S.C. § 2674.")),
		p(doc.Note, doc.Left, doc.T("Drafting note: confirm the date the claim was presented to the agency; the six-month period under 28 U.S.C. § 2675(a) runs from it.")),
		doc.Heading{Level: 1, Spans: []doc.Span{doc.T("Damages")}},
		doc.List{Items: []doc.ListItem{
			{Blocks: []doc.Block{p(doc.Body, doc.Left, doc.T("Medical expenses of "), doc.B("$12,400.00"), doc.T("."))}},
			{Blocks: []doc.Block{
				p(doc.Body, doc.Left, doc.T("Lost wages, which include:")),
				doc.List{Ordered: true, Items: []doc.ListItem{
					{Blocks: []doc.Block{p(doc.Body, doc.Left, doc.T("wages from the date of injury;"))}},
					{Blocks: []doc.Block{p(doc.Body, doc.Left, doc.T("wages for appointments."))}},
				}},
			}},
			{Blocks: []doc.Block{p(doc.Body, doc.Justify, doc.T("Pain and suffering. "+filler))}},
		}},
	)
	t := doc.Table{Widths: []float64{0.2, 0.55, 0.25}, HeaderRows: 1, Borders: true,
		Rows: []doc.Row{{Cells: []doc.Cell{{Spans: []doc.Span{doc.T("Date")}},
			{Spans: []doc.Span{doc.T("Item")}}, {Spans: []doc.Span{doc.T("Amount")}, Align: doc.Right}}}}}
	for i := 1; i <= 24; i++ {
		t.Rows = append(t.Rows, doc.Row{Cells: []doc.Cell{
			{Spans: []doc.Span{doc.T(fmt.Sprintf("2025-%02d-%02d", i%12+1, i%28+1))}},
			{Spans: []doc.Span{doc.T(fmt.Sprintf("Treatment visit %d", i)), doc.BR(), doc.I("Springfield Clinic")}},
			{Spans: []doc.Span{doc.T(fmt.Sprintf("$%d.00", 100+i*7))}, Align: doc.Right},
		}})
	}
	d.Body = append(d.Body, doc.Heading{Level: 2, Spans: []doc.Span{doc.T("Itemised expenses")}}, t)
	for i := 13; i <= 16; i++ {
		d.Body = append(d.Body, doc.Numbered{Num: i, Spans: []doc.Span{doc.T(filler)}})
	}
	d.Body = append(d.Body,
		doc.PageBreak{},
		doc.Heading{Level: 1, Spans: []doc.Span{doc.T("Prayer for relief")}},
		p(doc.Body, doc.Justify, doc.T("WHEREFORE, Plaintiff "), doc.B("Nguyễn Văn Ân"),
			doc.T(" asks the Court to enter judgment against the United States. "+filler)),
		doc.Group{Blocks: []doc.Block{
			p(doc.Compact, doc.Left, doc.T("Respectfully submitted,")),
			p(doc.Compact, doc.Left, doc.T(" ")),
			p(doc.Compact, doc.Left, doc.T("______________________________")),
			p(doc.Compact, doc.Left, doc.T("Zoë O'Brien")),
			p(doc.Small, doc.Left, doc.T("Counsel for Plaintiff")),
		}},
	)
	return d
}

// letterDocument is a two-page client letter, the common case.
func letterDocument() *doc.Document {
	d := &doc.Document{
		Meta:   doc.Meta{Title: "Letter to Nguyễn Văn Ân", Author: "Zoë O'Brien", Language: "en-US", Created: created},
		Layout: doc.LetterLayout(),
		Footer: []doc.Paragraph{{Style: doc.Small, Align: doc.Center, Spans: []doc.Span{doc.T("Page "),
			{Kind: doc.PageNumber}, doc.T(" of "), {Kind: doc.PageCount}}}},
	}
	p := func(style doc.ParagraphStyle, align doc.Align, spans ...doc.Span) doc.Paragraph {
		return doc.Paragraph{Style: style, Align: align, Spans: spans}
	}
	d.Body = []doc.Block{
		p(doc.Mark, doc.Center, doc.T("DRAFT FOR ATTORNEY REVIEW")),
		doc.Group{Blocks: []doc.Block{
			p(doc.Compact, doc.Center, doc.B("Smith & <Sons>, LLP")),
			p(doc.Compact, doc.Center, doc.T("100 Main Street · Springfield, IL 62701")),
		}},
		doc.Rule{},
		p(doc.Body, doc.Left, doc.T("March 14, 2026")),
		doc.Group{Blocks: []doc.Block{
			p(doc.Compact, doc.Left, doc.T("Nguyễn Văn Ân")),
			p(doc.Compact, doc.Left, doc.T("12 Elm Street, Apt. 3")),
			p(doc.Body, doc.Left, doc.T("Springfield, IL 62702")),
		}},
		p(doc.Body, doc.Left, doc.B("Re: "), doc.T("Your claim against the United States")),
		p(doc.Body, doc.Left, doc.T("Dear Nguyễn Văn Ân:")),
	}
	for i := 0; i < 7; i++ {
		if i == 3 {
			d.Body = append(d.Body, doc.Heading{Level: 2, Spans: []doc.Span{doc.T("What happens next")}})
		}
		d.Body = append(d.Body, p(doc.Body, doc.Justify, doc.T(filler+filler+filler)))
	}
	d.Body = append(d.Body, doc.Group{Blocks: []doc.Block{
		p(doc.Body, doc.Left, doc.T("Sincerely,")),
		p(doc.Compact, doc.Left, doc.T(" ")),
		p(doc.Compact, doc.Left, doc.T("Zoë O'Brien")),
		p(doc.Compact, doc.Left, doc.T("Smith & <Sons>, LLP")),
	}})
	return d
}
