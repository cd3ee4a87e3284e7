package sf95

import (
	"redress/internal/doc"
	"redress/internal/render/pdf"
)

// page2 draws the back of the form: insurance items 15-19 with the
// claimant's answers, then the printed instructions and notices.
func page2(b Boxes) (doc.Canvas, []overflow, []Placement) {
	p := &page{}
	put := p.put
	draftMark(p)
	p.border(rect{p2Left, p2Top, p2Right, p2Bottom})
	for _, y := range p2Rows[1 : len(p2Rows)-1] {
		p.rule(p2Left, y, p2Right, y, ruleWidth)
	}
	p.rule(p2Col17, 119.1, p2Col17, 168.2, ruleWidth)

	lab := func(r rect, s string) { p.label(r, s) }
	p.text(rect{p2Left, 23.5, p2Right, 37}, labelSize+1, doc.Center, bold(insuranceHead))
	lab(rect{p2Left, 40, p2Right, 53.9}, subrogation)

	// 15: the question, Yes, the "if yes" text, No, on one line.
	p.text(rect{p2Left + labelInsetX, 57.6, check15Yes.x0 - 2, 67}, labelSize, doc.Left, plain(label15))
	p.check(check15Yes, b.AccidentInsured)
	p.text(rect{text15Yes, 57.6, text15Yes + 14, 67}, labelSize, doc.Left, plain(label15Yes))
	p.text(rect{text15Yes + 16, 57.6, check15No.x0 - 2, 67}, labelSize-0.5, doc.Left, plain(label15IfYes))
	p.check(check15No, !b.AccidentInsured)
	p.text(rect{text15No, 57.6, p2Right, 67}, labelSize, doc.Left, plain(label15No))
	put(fill15, b.AccidentInsurance, "15")

	// 16 and 17.
	lab(rect{p2Left, 119.1, check16Yes.x0 - 2, 168.2}, label16)
	p.check(check16Yes, b.ClaimFiled)
	p.text(rect{text16Yes, 122.2, text16Yes + 20, 131}, labelSize, doc.Left, plain(label15Yes))
	p.check(check16No, !b.ClaimFiled)
	p.text(rect{text16No, 122.2, p2Col17, 131}, labelSize, doc.Left, plain(label15No))
	lab(rect{p2Col17, 119.1, p2Right, 168.2}, label17)
	put(fill17, b.Deductible, "17")

	// 18.
	lab(rect{p2Left, 168.2, p2Right, 233.3}, label18)
	put(fill18, b.InsurerAction, "18")

	// 19.
	p.text(rect{p2Left + labelInsetX, 236.9, check19Yes.x0 - 2, 246}, labelSize, doc.Left, plain(label19))
	p.check(check19Yes, b.LiabilityInsured)
	p.text(rect{text19Yes, 236.9, text19Yes + 14, 246}, labelSize, doc.Left, plain(label15Yes))
	p.text(rect{text19Yes + 16, 236.9, check19No.x0 - 2, 246}, labelSize, doc.Left, plain(label19IfYes))
	p.check(check19No, !b.LiabilityInsured)
	p.text(rect{text19No, 236.9, p2Right, 246}, labelSize, doc.Left, plain(label15No))
	put(fill19, b.LiabilityCarrier, "19")

	instructions(p)
	notices(p)
	p.text(rect{400, 754, 589, 766}, 8, doc.Right, bold(footerBackB1), plain(footerBack), bold(footerBackB2))
	return doc.Canvas{Items: p.items}, p.over, p.placed
}

// flow places paragraphs one below another in a column from y, and
// returns the y below the last. Each paragraph is a list of spans.
func flow(p *page, x0, x1, y float64, size, gap float64, paras ...[]doc.Span) float64 {
	for _, sp := range paras {
		n := len(pdf.WrapText(sp, size, x1-x0))
		p.text(rect{x0, y, x1, y + float64(n)*lineHeight(size) + 2}, size, doc.Left, sp...)
		y += float64(n)*lineHeight(size) + gap
	}
	return y
}

// instructions draws row 7: the full-width lead, the "Complete all items"
// line, the all-capitals "deemed presented" paragraph split across the two
// columns, then the two columns of instructions.
func instructions(p *page) {
	const top = 298.5
	l0, l1 := p2Left+labelInsetX, p2Mid-labelInsetX
	r0, r1 := p2Mid+labelInsetX, p2Right-labelInsetX
	p.text(rect{p2Left, top + 3, p2Right, top + 14}, labelSize+1, doc.Center, bold(instructionsHead2))
	y := flow(p, l0, r1, top+14, 9, 3, []doc.Span{bold(instrLead)})
	p.text(rect{p2Left, y, p2Right, y + 10}, 8, doc.Center, bold(instrComplete))
	y += 12

	// The capitals paragraph: four lines left, the rest right.
	caps := []doc.Span{plain(instrDeemed1), bold(instrDeemedSum), plain(instrDeemed2), bold(instrDeemedTwo), plain(instrDeemed3)}
	const capsSize = 6.9
	lines := pdf.WrapText(caps, capsSize, l1-l0)
	half := (len(lines) + 1) / 2
	left, right := joinSpanLines(lines[:half]), joinSpanLines(lines[half:])
	// The right column is wrapped again at its own width.
	rightText := pdf.WrapText(right, capsSize, r1-r0)
	p.text(rect{l0, y, l1, y + 40}, capsSize, doc.Left, left...)
	p.text(rect{r0, y, r1, y + 40}, capsSize, doc.Left, joinSpanLines(rightText)...)
	y += float64(max(half, len(rightText)))*lineHeight(capsSize) + 4
	p.rule(p2Mid, y, p2Mid, 624.4, ruleWidth)

	italic := func(s string) doc.Span { return doc.Span{Text: s, Italic: true} }
	flow(p, l0, l1, y+2, labelSize, 4,
		[]doc.Span{bold(instrFailure)},
		[]doc.Span{plain(instrHelp)},
		[]doc.Span{plain(instrAgent)},
		[]doc.Span{plain(instrBoth)})
	flow(p, r0, r1, y+2, labelSize, 4,
		[]doc.Span{plain(instrEvidence)},
		[]doc.Span{italic("(a)"), plain(" " + instrEvidenceA)},
		[]doc.Span{italic("(b)"), plain(" " + instrEvidenceB)},
		[]doc.Span{italic("(c)"), plain(" " + instrEvidenceC)},
		[]doc.Span{italic("(d)"), bold(" " + instrEvidenceD)})
}

// notices draws rows 8 and 9: the Privacy Act and Paperwork Reduction Act
// notices.
func notices(p *page) {
	l0, l1 := p2Left+labelInsetX, p2Mid-labelInsetX
	r0, r1 := p2Mid+labelInsetX, p2Right-labelInsetX
	italic := func(s string) doc.Span { return doc.Span{Text: s, Italic: true} }
	p.text(rect{p2Left, 626.5, p2Right, 636}, labelSize, doc.Center, bold(privacyHead))
	y := flow(p, l0, r1, 634.5, labelSize, 0.5, []doc.Span{plain(privacyIntro)})
	p.rule(p2Mid, y, p2Mid, 684.4, ruleWidth)
	flow(p, l0, l1, y, labelSize, 0, []doc.Span{plain("A. "), italic(privacyA), plain(privacyAText)})
	flow(p, r0, r1, y, labelSize, 0,
		[]doc.Span{plain("B. "), italic(privacyB), plain(privacyBText)},
		[]doc.Span{plain("C. "), italic(privacyC), plain(privacyCText)},
		[]doc.Span{plain("D. "), italic(privacyD), plain(privacyDText)})
	p.text(rect{p2Left, 686.5, p2Right, 696}, labelSize, doc.Center, bold(paperworkHead))
	flow(p, l0, r1, 695, labelSize, 0, []doc.Span{plain(paperworkText)})
}

// joinSpanLines joins wrapped lines back into one run of spans, with a
// space where each line was broken.
func joinSpanLines(lines [][]doc.Span) []doc.Span {
	var out []doc.Span
	for i, l := range lines {
		if i > 0 {
			out = append(out, doc.Span{Text: " "})
		}
		out = append(out, l...)
	}
	return out
}
