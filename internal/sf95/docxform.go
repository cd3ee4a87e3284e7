package sf95

import (
	"strings"

	"redress/internal/doc"
)

// The DOCX form is the SF-95 as one editable Word table per page. The
// grid columns are the union of the printed form's column rules, so each
// box spans the same columns it does on paper and each row keeps its
// printed height as a minimum.
var (
	// Page 1 rules: 18.7 143.9 229.4 292.4 319.5 422.9 485.9 496.6 591.2.
	docxGrid1 = widths(18.7, 143.9, 229.4, 292.4, 319.5, 422.9, 485.9, 496.6, 591.2)
	// Page 2 rules: 19.6 303.4 450.1 593.0.
	docxGrid2 = widths(19.6, 303.4, 450.1, 593.0)
)

func widths(edges ...float64) []float64 {
	total := edges[len(edges)-1] - edges[0]
	out := make([]float64, len(edges)-1)
	for i := range out {
		out[i] = (edges[i+1] - edges[i]) / total
	}
	return out
}

// cell is a box: its label at 7 pt, then its value at 10 pt.
func cell(span int, label string, value ...doc.Span) doc.Cell {
	sp := sized(spans(label, false), labelSize)
	if len(value) > 0 {
		sp = append(sp, doc.Span{Kind: doc.Break})
		sp = append(sp, sized(value, maxValueSize)...)
	}
	return doc.Cell{Spans: sp, ColSpan: span}
}

func val(s string) []doc.Span { return spans(s, false) }

func band(span int, spans ...doc.Span) doc.Cell {
	return doc.Cell{Spans: sized(spans, labelSize), ColSpan: span, Align: doc.Center, Shade: true}
}

func printed(span int, align doc.Align, size float64, sp ...doc.Span) doc.Cell {
	return doc.Cell{Spans: sized(sp, size), ColSpan: span, Align: align}
}

// checkbox writes a check box as text: "[X] Yes" or "[ ] No".
func checkbox(checked bool, label string) string {
	if checked {
		return "[X] " + label
	}
	return "[ ] " + label
}

func row(h float64, cells ...doc.Cell) doc.Row { return doc.Row{Cells: cells, MinHeight: h} }

// docxForm is the DOCX body: the draft notice, page 1's table, the
// footer lines, a page break, page 2's table.
func docxForm(b Boxes) []doc.Block {
	mark := doc.Paragraph{Style: doc.Mark, Align: doc.Center, Spans: []doc.Span{doc.B("DRAFT FOR ATTORNEY REVIEW — check every box against the file before the claimant signs")}}
	t1 := doc.Table{Widths: docxGrid1, Borders: true}
	t1.Rows = []doc.Row{
		row(49, printed(2, doc.Center, 12, bold(titleLine1), doc.BR(), bold(titleLine2)),
			printed(4, doc.Left, 8, append([]doc.Span{{Text: instructionsHead, Bold: true, Size: 10}}, plain(strings.ReplaceAll(instructionsText, "\n", " ")))...),
			printed(2, doc.Center, 8, plain(ombLine1), doc.BR(), plain(ombLine2))),
		row(76.6, cell(4, label1, val(b.Agency)...), cell(4, label2, val(b.ClaimantBlock)...)),
		row(27.3, cell(1, label3, plain(checkbox(b.Military, label3M)+"  "+checkbox(b.Civilian, label3C))),
			cell(1, label4, val(b.BirthDate)...), cell(2, label5, val(b.MaritalStatus)...),
			cell(2, label6, val(b.DateAndDay)...), cell(2, label7, val(b.Time)...)),
		row(100.6, cell(8, label8, val(b.Basis)...)),
		row(17.2, band(8, plain(label9+" "), bold(band9))),
		row(33, cell(8, label9Owner, val(b.Owner)...)),
		row(49.1, cell(8, label9Descr, val(b.Property)...)),
		row(17.1, band(8, plain(label10+" "), bold(band10))),
		row(73.2, cell(8, label10Body, val(b.Injury)...)),
		row(17.2, band(8, plain(label11+" "), bold(band11))),
		row(16.9, printed(2, doc.Center, labelSize, plain(label11Name)), printed(6, doc.Center, labelSize, plain(label11Addr))),
	}
	if len(b.Witnesses) == 0 {
		t1.Rows = append(t1.Rows, row(57.1, printed(2, doc.Left, maxValueSize, plain(None)), printed(6, doc.Left, maxValueSize)))
	}
	for _, w := range b.Witnesses {
		t1.Rows = append(t1.Rows, row(0, printed(2, doc.Left, maxValueSize, val(w.Name)...), printed(6, doc.Left, maxValueSize, val(w.Address)...)))
	}
	t1.Rows = append(t1.Rows,
		row(17.2, band(8, plain(label12+"   "), bold(band12Bold), plain(band12Plain))),
		row(41, cell(1, label12a, plain(Amount(b.Property12a))), cell(2, label12b, plain(Amount(b.Injury12b))),
			cell(2, label12c, plain(Amount(b.Death12c))), cell(3, strings.ReplaceAll(label12d, "\n", " "), bold(b.Total12d.String()))),
		row(25.5, printed(8, doc.Left, labelSize, bold(strings.ReplaceAll(certification, "\n", " ")))),
		row(33, cell(4, label13a), cell(3, label13b, val(b.Phone13b)...), cell(1, label14)),
		row(57.8, printed(4, doc.Left, labelSize, append(spans(civilHead, true), doc.BR(), plain(civilText))...),
			printed(4, doc.Left, labelSize, append(spans(criminalHead, true), doc.BR(), plain(criminalText))...)),
	)
	foot := doc.Paragraph{Style: doc.Small, Spans: []doc.Span{
		doc.T(strings.ReplaceAll(footerLeft, "\n", " · ") + "    "), doc.B(footerCenter), doc.T("    "),
		doc.B(footerRight1B), doc.T(footerRight1 + " · " + footerRight2 + " · " + footerRight3),
	}}

	t2 := doc.Table{Widths: docxGrid2, Borders: true}
	t2.Rows = []doc.Row{
		row(18.3, band(3, bold(insuranceHead))),
		row(16.9, printed(3, doc.Left, labelSize, plain(subrogation))),
		row(65.2, cell(3, label15+"   "+checkbox(b.AccidentInsured, label15Yes)+"   "+label15IfYes+"   "+checkbox(!b.AccidentInsured, label15No), val(b.AccidentInsurance)...)),
		row(49.1, cell(2, label16+"   "+checkbox(b.ClaimFiled, label15Yes)+"   "+checkbox(!b.ClaimFiled, label15No)), cell(1, label17, val(b.Deductible)...)),
		row(65.1, cell(3, label18, val(b.InsurerAction)...)),
		row(65.2, cell(3, label19+"   "+checkbox(b.LiabilityInsured, label15Yes)+"   "+label19IfYes+"   "+checkbox(!b.LiabilityInsured, label15No), val(b.LiabilityCarrier)...)),
		row(0, printed(3, doc.Left, labelSize,
			doc.Span{Text: instructionsHead2, Bold: true, Size: labelSize + 1}, doc.BR(),
			doc.Span{Text: instrLead, Bold: true, Size: 9}, doc.BR(),
			doc.Span{Text: instrComplete, Bold: true, Size: 8}, doc.BR(),
			plain(instrDeemed1), bold(instrDeemedSum), plain(instrDeemed2), bold(instrDeemedTwo), plain(instrDeemed3))),
		row(0, printed(1, doc.Left, labelSize, bold(instrFailure), doc.BR(), doc.BR(), plain(instrHelp), doc.BR(), doc.BR(), plain(instrAgent), doc.BR(), doc.BR(), plain(instrBoth)),
			printed(2, doc.Left, labelSize, plain(instrEvidence), doc.BR(), doc.BR(),
				doc.Span{Text: "(a)", Italic: true}, plain(" "+instrEvidenceA), doc.BR(), doc.BR(),
				doc.Span{Text: "(b)", Italic: true}, plain(" "+instrEvidenceB), doc.BR(), doc.BR(),
				doc.Span{Text: "(c)", Italic: true}, plain(" "+instrEvidenceC), doc.BR(), doc.BR(),
				doc.Span{Text: "(d)", Italic: true}, bold(" "+instrEvidenceD))),
		row(0, printed(3, doc.Left, labelSize, bold(privacyHead), doc.BR(), plain(privacyIntro))),
		row(0, printed(1, doc.Left, labelSize, plain("A. "), doc.Span{Text: privacyA, Italic: true}, plain(privacyAText)),
			printed(2, doc.Left, labelSize, plain("B. "), doc.Span{Text: privacyB, Italic: true}, plain(privacyBText), doc.BR(),
				plain("C. "), doc.Span{Text: privacyC, Italic: true}, plain(privacyCText), doc.BR(),
				plain("D. "), doc.Span{Text: privacyD, Italic: true}, plain(privacyDText))),
		row(0, printed(3, doc.Left, labelSize, bold(paperworkHead), doc.BR(), plain(paperworkText))),
	}
	foot2 := doc.Paragraph{Style: doc.Small, Align: doc.Right, Spans: []doc.Span{doc.B(footerBackB1), doc.T(footerBack), doc.B(footerBackB2)}}
	return []doc.Block{mark, t1, foot, doc.PageBreak{}, t2, foot2}
}
