package sf95

import (
	"strings"

	"redress/internal/doc"
)

// page collects the items of one drawn page, and where each value went
// (tests check the drawn words against these rectangles).
type page struct {
	items  []doc.CanvasItem
	placed []Placement
	over   []overflow // values that continue on attached sheets
}

// put fits a value into its fill area and draws it; what does not fit
// is kept for the continuation sheets.
func (p *page) put(r rect, text, item string) {
	f := fit(text, r.inset(valueInset), item)
	p.value(item, r, f)
	if f.Rest != "" {
		p.over = append(p.over, overflow{item: item, text: f.Rest, shown: doc.PlainText(f.Shown)})
	}
}

// Placement is a value drawn in a box: the item, the box, the text shown.
type Placement struct {
	Item           string
	X0, Y0, X1, Y1 float64
	Text           string
}

func (p *page) rule(x0, y0, x1, y1, w float64) {
	p.items = append(p.items, doc.Line{X1: x0, Y1: y0, X2: x1, Y2: y1, Width: w})
}

func (p *page) border(r rect) {
	p.items = append(p.items, doc.Box{X: r.x0, Y: r.y0, W: r.w(), H: r.h(), Width: borderWidth})
}

func (p *page) check(r rect, checked bool) {
	p.items = append(p.items, doc.Box{X: r.x0, Y: r.y0, W: r.w(), H: r.h(), Width: checkWidth, Checked: checked})
}

// text places spans at size in r, top-aligned.
func (p *page) text(r rect, size float64, align doc.Align, sp ...doc.Span) {
	p.textLeading(r, size, leading, align, sp...)
}

func (p *page) textLeading(r rect, size, lead float64, align doc.Align, sp ...doc.Span) {
	p.items = append(p.items, doc.TextBox{X: r.x0, Y: r.y0, W: r.w(), H: r.h(), Spans: sp, Size: size, Align: align, Leading: lead})
	// Printed text is recorded too, so tests can find every label in the
	// rectangle it was drawn in. Item "" marks the form's own text.
	p.place("", r, doc.PlainText(sp))
}

// label prints a box label at 7 pt in the top-left of cell r.
func (p *page) label(r rect, s string) {
	p.text(rect{r.x0 + labelInsetX, r.y0 + labelInsetTop, r.x1 - labelInsetX, r.y1}, labelSize, doc.Left, spans(s, false)...)
}

// band prints a band row: its number at the left and its heading centred.
func (p *page) band(top, bottom float64, num string, head ...doc.Span) {
	r := rect{p1Left, top, p1Right, bottom}
	p.label(r, num)
	p.text(rect{r.x0, r.y0 + 5, r.x1, r.y1}, labelSize, doc.Center, head...)
}

// value places a fitted value in its fill area.
func (p *page) value(item string, r rect, f fitted) {
	p.items = append(p.items, doc.TextBox{X: r.x0 + valueInset, Y: r.y0 + valueInset, W: r.w() - 2*valueInset,
		H: r.h() - 2*valueInset, Spans: f.Shown, Size: f.Size, Align: doc.Left, Leading: leading})
	p.place(item, r, doc.PlainText(f.Shown))
}

func (p *page) place(item string, r rect, text string) {
	p.placed = append(p.placed, Placement{Item: item, X0: r.x0, Y0: r.y0, X1: r.x1, Y1: r.y1, Text: text})
}

// overflow is the text that continues on attached sheets, by item, and
// what the box shows instead (the DOCX form shows the same).
type overflow struct {
	item      string
	text      string
	shown     string
	witnesses []Witness
}

func bold(s string) doc.Span { return doc.Span{Text: s, Bold: true} }

func plain(s string) doc.Span { return doc.Span{Text: s} }

// page1 draws the front of the form with the claimant's values.
func page1(b Boxes) (doc.Canvas, []overflow, []Placement) {
	p := &page{}
	put := p.put
	draftMark(p)
	p.border(rect{p1Left, p1Top, p1Right, p1Bottom})
	for _, y := range p1Rows[1 : len(p1Rows)-1] {
		p.rule(p1Left, y, p1Right, y, ruleWidth)
	}
	for i, top := range p1Rows[:len(p1Rows)-1] {
		for _, x := range p1Cols[top] {
			p.rule(x, top, x, p1Rows[i+1], ruleWidth)
		}
	}

	// Row A: title, instructions, OMB block.
	p.text(rect{p1Left, 30, 229.4, 67.7}, 12, doc.Center, bold(titleLine1), doc.BR(), bold(titleLine2))
	ins := append([]doc.Span{{Text: instructionsHead, Bold: true, Size: 10}}, sized(spans(instructionsText, false), 8)...)
	// The form prints this cell in Arial; Liberation Serif is narrower,
	// so the lines break at other words, and a tighter leading keeps the
	// cell's four lines inside it.
	p.textLeading(rect{229.4 + 3, 21.5, 485.9 - 3, 66.5}, 8, 1.08, doc.Left, ins...)
	p.text(rect{485.9, 32, p1Right, 67.7}, 8, doc.Center, plain(ombLine1), doc.BR(), plain(ombLine2))

	// Row B: boxes 1 and 2.
	p.label(rect{p1Left, 67.7, 319.5, 144.3}, label1)
	put(fill1, b.Agency, "1")
	p.label(rect{319.5, 67.7, p1Right, 144.3}, label2)
	put(fill2, b.ClaimantBlock, "2")

	// Row C: boxes 3 to 7.
	p.label(rect{p1Left, 144.3, 143.9, 171.6}, label3)
	p.check(check3Military, b.Military)
	p.text(rect{text3Military, 158.3, 89, 171.6}, labelSize, doc.Left, plain(label3M))
	p.check(check3Civilian, b.Civilian)
	p.text(rect{text3Civilian, 158.3, 143.9, 171.6}, labelSize, doc.Left, plain(label3C))
	p.label(rect{143.9, 144.3, 229.4, 171.6}, label4)
	put(fill4, b.BirthDate, "4")
	p.label(rect{229.4, 144.3, 319.5, 171.6}, label5)
	put(fill5, b.MaritalStatus, "5")
	p.label(rect{319.5, 144.3, 485.9, 171.6}, label6)
	put(fill6, b.DateAndDay, "6")
	p.label(rect{485.9, 144.3, p1Right, 171.6}, label7)
	put(fill7, b.Time, "7")

	// Row D: box 8.
	p.label(rect{p1Left, 171.6, p1Right, 272.2}, label8)
	put(fill8, b.Basis, "8")

	// Rows E-G: box 9.
	p.band(272.2, 289.4, label9, bold(band9))
	p.label(rect{p1Left, 289.4, p1Right, 322.4}, label9Owner)
	put(fill9Owner, b.Owner, "9")
	p.label(rect{p1Left, 322.4, p1Right, 371.5}, label9Descr)
	put(fill9Descr, b.Property, "9")

	// Rows H-I: box 10.
	p.band(371.5, 388.6, label10, bold(band10))
	p.label(rect{p1Left, 388.6, p1Right, 461.8}, label10Body)
	put(fill10, b.Injury, "10")

	// Rows J-L: box 11.
	p.band(461.8, 479.0, label11, bold(band11))
	p.text(rect{p1Left, 484, 229.5, 495.9}, labelSize, doc.Center, plain(label11Name))
	p.text(rect{229.5, 484, p1Right, 495.9}, labelSize, doc.Center, plain(label11Addr))
	if rest := witnesses(p, b.Witnesses); len(rest) > 0 {
		p.over = append(p.over, overflow{item: "11", witnesses: rest})
	}

	// Rows M-N: box 12.
	p.label(rect{p1Left, 553.0, p1Right, 570.2}, label12)
	p.text(rect{p1Left, 558.2, p1Right, 570.2}, labelSize, doc.Center, bold(band12Bold), plain(band12Plain))
	p.label(rect{p1Left, 570.2, 143.9, 611.2}, label12a)
	put(fill12a, Amount(b.Property12a), "12a")
	p.label(rect{143.9, 570.2, 292.4, 611.2}, label12b)
	put(fill12b, Amount(b.Injury12b), "12b")
	p.label(rect{292.4, 570.2, 422.9, 611.2}, label12c)
	put(fill12c, Amount(b.Death12c), "12c")
	p.label(rect{422.9, 570.2, p1Right, 611.2}, label12d)
	put(fill12d, b.Total12d.String(), "12d")

	// Row O: the certification.
	p.text(rect{p1Left + labelInsetX, 614.5, p1Right - labelInsetX, 636.7}, labelSize, doc.Left, spans(certification, true)...)

	// Row P: 13a and 14 stay blank for the ink signature and its date.
	p.label(rect{p1Left, 636.7, 319.4, 669.7}, label13a)
	p.label(rect{319.4, 636.7, 496.6, 669.7}, label13b)
	put(fill13b, b.Phone13b, "13b")
	p.label(rect{496.6, 636.7, p1Right, 669.7}, label14)

	// Row Q: the penalties.
	p.text(rect{p1Left, 672.5, 319.4, 727.5}, labelSize, doc.Center, spans(civilHead, true)...)
	p.text(rect{p1Left + labelInsetX, 690, 319.4 - labelInsetX, 727.5}, labelSize, doc.Left, plain(civilText))
	p.text(rect{319.4, 672.5, p1Right, 727.5}, labelSize, doc.Center, spans(criminalHead, true)...)
	p.text(rect{319.4 + labelInsetX, 690, p1Right - labelInsetX, 727.5}, labelSize, doc.Left, plain(criminalText))

	// The footer, outside the border.
	p.text(rect{p1Left, 730, 229.4, 765}, 8, doc.Left, spans(footerLeft, false)...)
	p.text(rect{229.4, 730, 400, 765}, 8, doc.Center, bold(footerCenter))
	p.text(rect{400, 730, p1Right, 765}, 8, doc.Right, bold(footerRight1B), plain(footerRight1), doc.BR(),
		doc.Span{Text: footerRight2, Size: 7}, doc.BR(), doc.Span{Text: footerRight3, Size: 7})
	return doc.Canvas{Items: p.items}, p.over, p.placed
}

// witnesses lays box 11's rows, name beside address, at the largest size
// at which all fit; else at 7 pt, as many as fit and the notice. It
// returns the witnesses that go on a continuation sheet.
func witnesses(p *page, ws []Witness) []Witness {
	if len(ws) == 0 {
		p.value("11", fill11Name, fitted{Shown: []doc.Span{plain(None)}, Size: maxValueSize})
		return nil
	}
	nameBox, addrBox := fill11Name.inset(valueInset), fill11Addr.inset(valueInset)
	rows := func(size float64) []float64 {
		h := make([]float64, len(ws))
		for i, w := range ws {
			n := max(len(wrap(w.Name, size, nameBox.w())), len(wrap(w.Address, size, addrBox.w())))
			h[i] = float64(n)
		}
		return h
	}
	avail := func(size float64) int { return linesThatFit(nameBox.h(), size) }
	place := func(size float64, ws []Witness, heights []float64, note bool) {
		y := nameBox.y0
		for i, w := range ws {
			lh := lineHeight(size)
			p.items = append(p.items,
				doc.TextBox{X: nameBox.x0, Y: y, W: nameBox.w(), H: nameBox.y1 - y, Spans: spans(w.Name, false), Size: size, Leading: leading},
				doc.TextBox{X: addrBox.x0, Y: y, W: addrBox.w(), H: addrBox.y1 - y, Spans: spans(w.Address, false), Size: size, Leading: leading})
			p.place("11", fill11Name, w.Name)
			p.place("11", fill11Addr, w.Address)
			y += heights[i] * lh
		}
		if note {
			p.items = append(p.items, doc.TextBox{X: nameBox.x0, Y: y, W: addrBox.x1 - nameBox.x0, H: addrBox.y1 - y,
				Spans: []doc.Span{{Text: continued("11"), Italic: true}}, Size: size, Leading: leading})
			p.place("11", rect{nameBox.x0, y, addrBox.x1, addrBox.y1}, continued("11"))
		}
	}
	for size := maxValueSize; size >= minValueSize; size -= 0.5 {
		h := rows(size)
		if sum(h) <= float64(avail(size)) {
			place(size, ws, h, false)
			return nil
		}
	}
	size := minValueSize
	h := rows(size)
	room := float64(avail(size) - 1) // one line for the notice
	n, used := 0, 0.0
	for n < len(ws) && used+h[n] <= room {
		used += h[n]
		n++
	}
	place(size, ws[:n], h[:n], true)
	return ws[n:]
}

func sum(xs []float64) float64 {
	t := 0.0
	for _, x := range xs {
		t += x
	}
	return t
}

// sized sets the size of every span.
func sized(sp []doc.Span, size float64) []doc.Span {
	for i := range sp {
		sp[i].Size = size
	}
	return sp
}

// draftMark prints the draft notice in the top margin, outside the form.
func draftMark(p *page) {
	p.text(rect{p1Left, 6, p1Right, 18}, 7, doc.Center,
		bold("DRAFT FOR ATTORNEY REVIEW"), plain(" — prepared by redress; check every box against the file before the claimant signs"))
}

func joinLines(lines ...string) string { return strings.Join(lines, "\n") }
