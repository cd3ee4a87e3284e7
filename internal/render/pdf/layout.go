package pdf

import (
	"math"
	"strconv"

	"redress/internal/doc"
)

// This file turns blocks into units: the pieces pagination moves as a
// whole. A unit is usually one line of a paragraph or one line-band of a
// table row; it carries its drawing items (relative to its top), the space
// around it and whether it must stay on the page of the next unit. Keep
// rules (headings with what follows, no single line of a paragraph alone at
// the bottom or top of a page, groups together) are all expressed as that
// one flag, so the paginator has one rule to apply.

// itemKind says what an item draws.
type itemKind uint8

const (
	itemText      itemKind = iota // text at (x, baseline y)
	itemUnderline                 // an underline alone, under a stretched gap
	itemLine                      // a line from (x, y) to (x+w, y+h)
	itemBookmark                  // an outline entry pointing at y
	itemRect                      // a rectangle outline at (x, y), w by h
	itemImage                     // a picture, top-left at (x, y), w by h (image.go)
)

// item is one thing to draw. x is absolute; y is relative to the top of
// the unit that holds it.
type item struct {
	kind      itemKind
	x, y      float64
	w, h      float64
	text      string
	face      face
	size      float64
	underline bool
	field     doc.SpanKind
	level     int     // bookmark level, 0 at the top
	lw        float64 // stroke width of a line or rectangle (0: ruleWidth)
	img       *pimage // the picture of an itemImage
}

// unit is what the paginator places.
type unit struct {
	h             float64
	before, after float64 // space above and below; dropped at a page edge
	keep          bool    // keep on the same page as the next unit
	pageBreak     bool    // an explicit page break (no content)
	// canvas marks a whole page drawn at fixed positions: its items are
	// placed from the page's top-left corner, and it is alone on its page.
	canvas bool
	form   *doc.Canvas // the canvas, laid out when its page is drawn
	items  []item
	// baseline is the first baseline from the unit's top, or -1 when the
	// unit holds no text. A list item's marker is set on it.
	baseline float64
	frame    *frame // the note or mark box the unit belongs to
	grid     *grid  // the table the unit belongs to
	row      *row   // the table row the unit is a band of
	header   bool   // the unit is part of a table's repeated header rows
	// snap, on pleading paper, is the grid the unit's top goes on: the
	// paginator moves it down to the next multiple of snap from the top of
	// the text area. 0: placed right after what precedes it.
	snap float64
}

// breaksPage reports whether the unit ends the page before it: keep
// chains stop there.
func (u *unit) breaksPage() bool { return u.pageBreak || u.canvas }

// frame is a box drawn behind (shaded) or around (boxed) consecutive units.
type frame struct {
	kind frameKind
	x, w float64
}

// box is the horizontal extent blocks are laid out in.
type box struct {
	left, width float64
}

// layouter lays out the body of one document.
type layouter struct {
	ts      typesetter
	lay     doc.Layout
	bodyH   float64 // height of the page's text area, for keep-together
	grid    pleading
	outline outline
}

// outline turns heading levels into fpdf outline levels, which must start
// at 0 and go down one step at a time (fpdf links an entry to the latest
// entry one level up, and builds a corrupt outline if there is none).
type outline struct {
	haveTop bool
}

func (o *outline) level(headingLevel int) (int, bool) {
	switch {
	case headingLevel <= 1:
		o.haveTop = true
		return 0, true
	case headingLevel == 2 && o.haveTop:
		return 1, true
	case headingLevel == 2:
		return 0, true
	}
	return 0, false
}

// blocks lays out a sequence of blocks in b.
func (l *layouter) blocks(bs []doc.Block, b box) []*unit {
	var out []*unit
	for _, blk := range bs {
		out = append(out, l.block(blk, b)...)
	}
	return out
}

func (l *layouter) block(blk doc.Block, b box) []*unit {
	switch v := blk.(type) {
	case doc.Heading:
		return l.heading(v, b)
	case *doc.Heading:
		if v != nil {
			return l.heading(*v, b)
		}
	case doc.Paragraph:
		return l.paragraph(v, b)
	case *doc.Paragraph:
		if v != nil {
			return l.paragraph(*v, b)
		}
	case doc.List:
		return l.list(v, b)
	case *doc.List:
		if v != nil {
			return l.list(*v, b)
		}
	case doc.Table:
		return l.table(v, b)
	case *doc.Table:
		if v != nil {
			return l.table(*v, b)
		}
	case doc.Group:
		return l.group(v.Blocks, b)
	case *doc.Group:
		if v != nil {
			return l.group(v.Blocks, b)
		}
	case doc.Numbered:
		return l.numbered(v, b)
	case *doc.Numbered:
		if v != nil {
			return l.numbered(*v, b)
		}
	case doc.Rule, *doc.Rule:
		return l.rule(b)
	case doc.PageBreak, *doc.PageBreak:
		return []*unit{{pageBreak: true, baseline: -1}}
	case doc.Image:
		return l.image(v, b)
	case *doc.Image:
		if v != nil {
			return l.image(*v, b)
		}
	case doc.Canvas:
		return []*unit{l.canvasPage(v)}
	case *doc.Canvas:
		if v != nil {
			return []*unit{l.canvasPage(*v)}
		}
	}
	return nil
}

// heading is set as a paragraph whose every line keeps with the next, so a
// heading always has at least the first lines of its section under it
// (the next paragraph's first line keeps with its second). Levels 1 and 2
// are bookmarked.
func (l *layouter) heading(h doc.Heading, b box) []*unit {
	ps := headingStyle(l.lay, h.Level)
	us := l.text(h.Spans, ps, b, nil)
	for _, u := range us {
		u.keep = true
	}
	if lvl, ok := l.outline.level(h.Level); ok && len(us) > 0 {
		title := cleanMeta(doc.PlainText(h.Spans))
		us[0].items = append(us[0].items, item{kind: itemBookmark, text: title, level: lvl})
	}
	return us
}

func (l *layouter) paragraph(p doc.Paragraph, b box) []*unit {
	us := l.text(p.Spans, paraStyle(l.lay, p), b, nil)
	if p.KeepWithNext && len(us) > 0 {
		us[len(us)-1].keep = true
	}
	return us
}

// numbered sets a pleading paragraph: its number half an inch in, the text
// of its first line from one inch, and the following lines from the margin
// (the usual layout of a federal complaint).
func (l *layouter) numbered(n doc.Numbered, b box) []*unit {
	ps := pstyle{text: textStyle{size: l.lay.FontSize}, spacing: l.lay.LineSpacing,
		after: l.lay.ParagraphSpace, align: doc.Left}
	num := strconv.Itoa(n.Num) + "."
	numX := math.Min(numberIndent, b.width/4)
	numW := l.ts.w.width(regular, ps.text.size, num)
	first := math.Max(numberText, numX+numW+ps.text.size/2)
	if first > b.width/2 {
		first = b.width / 2
	}
	geom := func(i int) (float64, float64) {
		if i == 0 {
			return first, b.width - first
		}
		return 0, b.width
	}
	marker := item{kind: itemText, x: b.left + numX, w: numW, text: num, face: regular, size: ps.text.size}
	us := l.text(n.Spans, ps, b, geom)
	us[0].items = append(us[0].items, withY(marker, us[0].baseline))
	return us
}

// text lays out spans in style ps: one unit per line, with the widow and
// orphan rule (no paragraph leaves a single line alone at the bottom or
// top of a page) and the style's frame. geom overrides the line geometry.
func (l *layouter) text(spans []doc.Span, ps pstyle, b box, geom geometry) []*unit {
	inner := box{left: b.left + ps.indentL, width: b.width - ps.indentL - ps.indentR}
	if inner.width < b.width/4 {
		inner = b // indents that leave no room are ignored
	}
	var fr *frame
	padTop, padBottom, padX := 0.0, 0.0, 0.0
	switch ps.frame {
	case shaded:
		padTop, padBottom, padX = notePad, notePad, notePad
	case boxed:
		padTop, padBottom, padX = markPadY, markPadY, markPadX
	}
	if padX > 0 && inner.width > 8*padX {
		fr = &frame{kind: ps.frame, x: inner.left, w: inner.width}
		inner = box{left: inner.left + padX, width: inner.width - 2*padX}
	}
	if geom == nil {
		geom = func(int) (float64, float64) { return 0, inner.width }
	}
	lines := l.ts.breakLines(l.ts.atoms(spans, ps.text), ps.text.size, geom)
	us := make([]*unit, len(lines))
	maxW := 0.0
	for i := range lines {
		ln := &lines[i]
		maxW = math.Max(maxW, ln.indent+ln.w)
		// A line is as tall as its largest text.
		h, _ := l.lineHeight(ln.size, ps.spacing)
		u := &unit{h: h, baseline: ln.size * ascent, frame: fr}
		for _, it := range ln.place(ps.align) {
			it.x += inner.left
			u.items = append(u.items, withY(it, u.baseline))
		}
		n := len(lines)
		u.keep = ps.keepTogether && i < n-1 || n >= 2 && (i == 0 || i == n-2)
		us[i] = u
	}
	first, last := us[0], us[len(us)-1]
	first.before = ps.before
	last.after = ps.after
	if _, snap := l.lineHeight(ps.text.size, ps.spacing); snap > 0 {
		// On pleading paper a paragraph starts on its grid (pleading.go).
		first.snap = snap
		if ps.fullLine || ps.spacing == l.lay.LineSpacing {
			first.snap = l.grid.pitch
		}
	}
	if fr != nil {
		first.h += padTop
		first.baseline += padTop
		shift(first, padTop)
		last.h += padBottom
		if fr.kind == boxed {
			// The box hugs the text (centred, as marks are).
			w := math.Min(maxW+2*padX, fr.w)
			fr.x += (fr.w - w) / 2
			fr.w = w
		}
	}
	return us
}

// list sets bulleted and numbered lists: the marker a quarter inch in,
// the item's text half an inch in; nested lists step in by half an inch.
// Items are separated by half the paragraph space.
func (l *layouter) list(li doc.List, b box) []*unit {
	inner := box{left: b.left + listIndent, width: b.width - listIndent}
	if inner.width < inch {
		inner = b // deep nesting stops indenting rather than squeezing text
	}
	start := li.Start
	if start <= 0 {
		start = 1
	}
	size := l.lay.FontSize
	lh, snap := l.lineHeight(size, l.lay.LineSpacing)
	if snap > 0 {
		snap = l.grid.pitch
	}
	var out []*unit
	for i, it := range li.Items {
		us := l.blocks(it.Blocks, inner)
		if len(us) == 0 {
			us = []*unit{{h: lh, baseline: size * ascent, after: l.lay.ParagraphSpace, snap: snap}}
		}
		marker := "\u2022"
		if li.Ordered {
			marker = strconv.Itoa(start+i) + "."
		}
		mw := l.ts.w.width(regular, size, marker)
		x := math.Max(b.left, math.Min(b.left+markerIndent, inner.left-mw-size/3))
		for _, u := range us {
			if u.baseline >= 0 {
				u.items = append(u.items, withY(item{kind: itemText, x: x, w: mw, text: marker,
					face: regular, size: size}, u.baseline))
				break
			}
		}
		if last := us[len(us)-1]; i < len(li.Items)-1 {
			last.after = math.Min(last.after, l.lay.ParagraphSpace/2)
		}
		out = append(out, us...)
	}
	return out
}

// group keeps its blocks on one page when they fit on one page; a group
// taller than a page falls back to the ordinary rules inside it.
func (l *layouter) group(bs []doc.Block, b box) []*unit {
	us := l.blocks(bs, b)
	if stackHeight(us) <= l.bodyH {
		for _, u := range us[:max(len(us)-1, 0)] {
			if !u.breaksPage() {
				u.keep = true
			}
		}
	}
	return us
}

// rule is a thin line across the text width, centred in a line of space
// (on pleading paper, a single-spaced line of the grid).
func (l *layouter) rule(b box) []*unit {
	h, snap := l.lay.FontSize, l.singleSlot()
	if snap > 0 {
		h = l.capLine(snap)
	}
	return []*unit{{h: h, baseline: -1, after: l.lay.ParagraphSpace / 2, snap: snap,
		items: []item{{kind: itemLine, x: b.left, y: h / 2, w: b.width}}}}
}

// stackHeight is the height of units set one after another on one page.
func stackHeight(us []*unit) float64 {
	h := 0.0
	for i, u := range us {
		if i > 0 {
			h += us[i-1].after + u.before
		}
		h += u.h
	}
	return h
}

// withY moves an item built at y 0 to y.
func withY(it item, y float64) item {
	it.y += y
	return it
}

// shift moves every item of u down by dy.
func shift(u *unit, dy float64) {
	for i := range u.items {
		u.items[i].y += dy
	}
}
