package doc

import "testing"

// oddBlock is a block type TextOf has no case for: its text must still
// be read.
type oddBlock struct {
	Caption string
	Lines   []Span
	Inner   []Block
	Data    []byte
}

func (oddBlock) isBlock() {}

func TestTextOfEveryBlock(t *testing.T) {
	d := &Document{
		Meta: Meta{Title: "Advisory letter", Subject: "Torres v. United States",
			Author: "Lakeshore Clinic", Keywords: "FTCA; Bivens", Language: "en-US"},
		Header: []Paragraph{{Spans: []Span{B("DRAFT"), T(" for review")}}},
		Footer: []Paragraph{{Spans: []Span{T("Page "), {Kind: PageNumber}, T(" of "), {Kind: PageCount}}}},
		Letterhead: &Letterhead{Tokens: map[string]string{
			"firm.phone": "(312) 555-0142", "claimant.name": "Zoë O'Brien", "attorney.bar": ""}},
		Body: []Block{
			Group{Letterhead: true, Blocks: []Block{
				Image{Data: []byte{0x89, 'P', 'N', 'G'}, Width: 72, Height: 36, Alt: "Clinic logo"},
				Paragraph{Style: Compact, Spans: []Span{T("Smith & <Sons>"), BR(), T("410 N. Main St.")}},
			}},
			Heading{Level: 1, Spans: []Span{T("Your "), I("claim")}},
			Paragraph{Spans: []Span{T("Dear Nguyễn Văn Ân:")}},
			Rule{},
			List{Ordered: true, Start: 1, Items: []ListItem{
				{Blocks: []Block{Paragraph{Spans: []Span{T("first item")}}}},
				{Blocks: []Block{
					Paragraph{Spans: []Span{T("second item")}},
					List{Items: []ListItem{{Blocks: []Block{Paragraph{Spans: []Span{T("nested item")}}}}}},
				}},
			}},
			Table{Widths: []float64{0.5, 0.5}, HeaderRows: 1, Rows: []Row{
				{Cells: []Cell{{Spans: []Span{B("Deadline")}}, {Spans: []Span{B("Date")}}}},
				{Cells: []Cell{{Spans: []Span{T("Suit")}}, {Spans: []Span{T("March 14,"), BR(), T("2027")}}}},
				{Cells: []Cell{{Spans: []Span{T("Only cell")}, ColSpan: 2}}},
			}},
			PageBreak{},
			Numbered{Num: 7, Label: "facts-first", Spans: []Span{T("On March 14, 2025, officers stopped Ms. Torres.")}},
			Canvas{Items: []CanvasItem{
				Line{X1: 0, Y1: 0, X2: 10, Y2: 0, Width: 1},
				Box{X: 1, Y: 1, W: 5, H: 5, Checked: true},
				TextBox{X: 10, Y: 10, W: 100, H: 20, Size: 8, Spans: []Span{T("1. Submit to")}},
				&TextBox{Spans: []Span{T("2. Name of claimant")}},
			}},
			&Paragraph{Spans: []Span{T("a pointer to a paragraph")}},
			nil,
			oddBlock{Caption: "odd caption", Lines: []Span{T("odd line")},
				Inner: []Block{Paragraph{Spans: []Span{T("odd inner")}}}, Data: []byte("odd bytes")},
		},
	}
	want := "Advisory letter\n" +
		"Torres v. United States\n" +
		"Lakeshore Clinic\n" +
		"FTCA; Bivens\n" +
		"DRAFT for review\n" +
		"Page  of \n" +
		"Zoë O'Brien\n" + // claimant.name, then firm.phone: by token name; attorney.bar is empty
		"(312) 555-0142\n" +
		"Clinic logo\n" +
		"Smith & <Sons>\n410 N. Main St.\n" +
		"Your claim\n" +
		"Dear Nguyễn Văn Ân:\n" +
		"first item\n" +
		"second item\n" +
		"nested item\n" +
		"Deadline\tDate\n" +
		"Suit\tMarch 14,\n2027\n" +
		"Only cell\n" +
		"On March 14, 2025, officers stopped Ms. Torres.\n" +
		"1. Submit to\n" +
		"2. Name of claimant\n" +
		"a pointer to a paragraph\n" +
		"odd caption\n" +
		"odd line\n" +
		"odd inner\n"
	if got := TextOf(d); got != want {
		t.Errorf("TextOf:\ngot:\n%s\nwant:\n%s", got, want)
	}
	if got := TextOf(nil); got != "" {
		t.Errorf("TextOf(nil) = %q, want empty", got)
	}
	if got := TextOf(&Document{}); got != "" {
		t.Errorf("TextOf(empty document) = %q, want empty", got)
	}
}
