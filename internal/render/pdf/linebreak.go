package pdf

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"redress/internal/doc"
)

// This file is the typesetter: it turns spans into measured atoms (words,
// spaces, breaks) and atoms into lines, and positions the pieces of a line.
// Lines break only at U+0020 spaces and Break spans; a no-break space
// (U+00A0) holds "§ 1983" together. A word wider than the line is cut
// between characters, never inside a character with its accents.

// run is text in one face: the smallest thing measured and drawn.
type run struct {
	text      string
	face      face
	underline bool
	// field is doc.Text for literal text, or doc.PageNumber/PageCount for a
	// number only known once the document is paginated; text then holds a
	// placeholder of typical width.
	field doc.SpanKind
	size  float64 // font size: the span's own, or the paragraph's
	w     float64
	// level is the bidi embedding level of the whole run (reorder.go): 0
	// left to right, 1 right to left, 2 a number in right-to-left text.
	level uint8
}

type atomKind uint8

const (
	atomWord  atomKind = iota // runs with no space between them
	atomSpace                 // one or more spaces: a break opportunity
	atomBreak                 // a forced line break
)

// atom is a word, a space or a break.
type atom struct {
	kind atomKind
	runs []run
	w    float64
}

// textStyle is what a paragraph style imposes on its spans.
type textStyle struct {
	size         float64 // for spans without a size of their own
	bold, italic bool    // forced on every span
	// page and total resolve page fields when total > 0 (running headers
	// and footers are laid out once per page).
	page, total int
}

// fieldPlaceholder stands in for a page number or count whose value is not
// known while laying out the body: four digits is wider than any real
// value, so the line never overflows when the number is drawn in the slot.
// Page fields belong in running headers and footers, which are laid out
// again for each page with the real values; in the body the slot leaves a
// little extra space after the number.
const fieldPlaceholder = "0000"

// typesetter measures with the shared width table.
type typesetter struct {
	w *widths
}

// atoms splits spans into measured atoms. Adjacent spans with no space
// between them (a bold word followed by a comma) form one word.
func (t *typesetter) atoms(spans []doc.Span, st textStyle) []atom {
	n := 0
	for _, s := range spans {
		n += len(s.Text)
	}
	b := atomBuilder{t: t, st: st, out: make([]atom, 0, n/3+2), slab: make([]run, 0, n/3+2)}
	for _, s := range spans {
		f := faceOf(s, st.bold, st.italic)
		ul := s.Underline
		size := textSize(s.Size, st.size)
		switch s.Kind {
		case doc.Break:
			b.lineBreak()
		case doc.PageNumber, doc.PageCount:
			text, field := fieldPlaceholder, s.Kind
			if st.total > 0 {
				text, field = fieldText(s.Kind, st.page, st.total), doc.Text
			}
			b.addRun(run{text: text, face: f, underline: ul, field: field, size: size})
		case doc.Text:
			b.addText(cleanText(s.Text), f, ul, size)
		}
	}
	b.flushWord()
	t.resolveBidi(b.out)
	return b.out
}

// atomBuilder collects atoms. Every atom's runs are a capped window of one
// slab, so a paragraph costs a few allocations rather than one per word and
// one per space; appending to the slab never touches a finished atom's runs.
type atomBuilder struct {
	t     *typesetter
	st    textStyle
	out   []atom
	slab  []run
	first int // index in slab of the current word's first run
}

func (b *atomBuilder) addText(s string, f face, ul bool, size float64) {
	for len(s) > 0 {
		switch s[0] {
		case ' ':
			n := 1
			for n < len(s) && s[n] == ' ' {
				n++
			}
			b.addSpace(s[:n], f, ul, size)
			s = s[n:]
		case '\n':
			b.lineBreak()
			s = s[1:]
		default:
			n := strings.IndexAny(s, " \n")
			if n < 0 {
				n = len(s)
			}
			b.addRun(run{text: s[:n], face: f, underline: ul, field: doc.Text, size: size})
			s = s[n:]
		}
	}
}

// addRun appends to the current word, merging with the previous run when
// the style is the same.
func (b *atomBuilder) addRun(r run) {
	if n := len(b.slab); n > b.first {
		p := &b.slab[n-1]
		if p.field == doc.Text && r.field == doc.Text && p.face == r.face && p.underline == r.underline &&
			p.size == r.size {
			p.text += r.text
			return
		}
	}
	b.slab = append(b.slab, r)
}

// take returns the runs from the current word's first to the end of the
// slab, capped so that later appends cannot reach them.
func (b *atomBuilder) take() []run {
	runs := b.slab[b.first:len(b.slab):len(b.slab)]
	b.first = len(b.slab)
	return runs
}

func (b *atomBuilder) flushWord() {
	if len(b.slab) == b.first {
		return
	}
	a := atom{kind: atomWord, runs: b.take()}
	b.measure(&a)
	b.out = append(b.out, a)
}

func (b *atomBuilder) addSpace(s string, f face, ul bool, size float64) {
	b.flushWord()
	b.slab = append(b.slab, run{text: s, face: f, underline: ul, field: doc.Text, size: size})
	a := atom{kind: atomSpace, runs: b.take()}
	b.measure(&a)
	b.out = append(b.out, a)
}

func (b *atomBuilder) lineBreak() {
	b.flushWord()
	b.out = append(b.out, atom{kind: atomBreak})
}

func (b *atomBuilder) measure(a *atom) {
	a.w = 0
	for i := range a.runs {
		r := &a.runs[i]
		r.w = b.t.w.width(r.face, r.size, r.text)
		a.w += r.w
	}
}

// line is one laid-out line: the atoms on it and where it sits.
type line struct {
	atoms  []atom
	w      float64 // natural width
	indent float64 // start of the line from the block's text edge
	avail  float64 // width available from indent
	// hard is set when the line ends the paragraph or at a Break: it is not
	// stretched when justifying.
	hard bool
	// lead counts the leading space atoms kept at the start of a paragraph
	// or after a Break; they are indentation, not stretchable gaps.
	lead int
	// size is the largest font size on the line (the paragraph's size for
	// an empty line): it sets the line's height.
	size float64
}

func (l *line) hasWords() bool { return len(l.atoms) > l.lead }

// geometry gives the indent and available width of line i of a paragraph.
type geometry func(i int) (indent, avail float64)

// lineEpsilon absorbs float rounding when a line fits exactly.
const lineEpsilon = 1e-6

// breakLines fills lines greedily: each line takes as many words as fit.
// Greedy breaking is what word processors do, so a reader comparing the PDF
// with the DOCX sees the same kind of ragged edge. size is the paragraph's
// font size, the height of a line with no text.
func (t *typesetter) breakLines(atoms []atom, size float64, geom geometry) []line {
	var (
		lines   []line
		cur     line
		pending []atom // spaces after the last word, placed only if a word follows
		pendW   float64
		atStart = true // at the paragraph's start or just after a Break
		// placed holds the atoms of every line, in order; each line's atoms
		// are a capped window of it (from is where the current line's
		// window starts), so a paragraph's lines share one array.
		placed = make([]atom, 0, len(atoms)+4)
		from   int
	)
	push := func(a ...atom) {
		placed = append(placed, a...)
		cur.atoms = placed[from:len(placed):len(placed)]
	}
	start := func() {
		cur = line{}
		cur.indent, cur.avail = geom(len(lines))
		pending, pendW = pending[:0], 0
		from = len(placed)
	}
	finish := func(hard bool) {
		cur.hard = hard
		cur.size = 0
		for _, a := range cur.atoms {
			for _, r := range a.runs {
				cur.size = max(cur.size, r.size)
			}
		}
		if cur.size == 0 {
			cur.size = size
		}
		lines = append(lines, cur)
	}
	start()
	var (
		carry    atom // the rest of a word cut at the end of the previous line
		carrying bool
	)
	for i := 0; i < len(atoms) || carrying; {
		var a atom
		if carrying {
			a, carrying = carry, false
		} else {
			a = atoms[i]
			i++
		}
		switch a.kind {
		case atomBreak:
			finish(true)
			start()
			atStart = true
		case atomSpace:
			switch {
			case cur.hasWords():
				pending = append(pending, a)
				pendW += a.w
			case atStart:
				push(a)
				cur.w += a.w
				cur.lead++
			}
			// A space at the start of a wrapped line is dropped.
		case atomWord:
			if cur.hasWords() {
				if cur.w+pendW+a.w <= cur.avail+lineEpsilon {
					push(pending...)
					push(a)
					cur.w += pendW + a.w
					pending, pendW = pending[:0], 0
					continue
				}
				finish(false)
				start()
				atStart = false
				carry, carrying = a, true
				continue
			}
			if a.w > cur.avail-cur.w+lineEpsilon && cur.lead > 0 {
				// Indentation that would force a word to be cut goes.
				placed = placed[:from]
				cur.atoms, cur.w, cur.lead = nil, 0, 0
			}
			atStart = false
			if a.w <= cur.avail-cur.w+lineEpsilon {
				push(a)
				cur.w += a.w
				continue
			}
			head, tail := t.cutWord(a, cur.avail-cur.w)
			push(head)
			cur.w += head.w
			if len(tail.runs) == 0 {
				// One character wider than the line: it stands alone,
				// and whatever follows goes to the next line.
				continue
			}
			finish(false)
			start()
			carry, carrying = tail, true
		}
	}
	finish(true)
	return lines
}

// cutWord splits a word that is wider than room: the head takes as many
// characters as fit (at least one, so layout always progresses), keeping
// combining marks with their base character. Only the head is measured,
// so cutting a very long word into many lines stays linear.
func (t *typesetter) cutWord(a atom, room float64) (head, tail atom) {
	head.kind, tail.kind = atomWord, atomWord
	for k, r := range a.runs {
		if r.field != doc.Text {
			// A field is indivisible.
			if head.w+r.w > room+lineEpsilon && len(head.runs) > 0 {
				tail.runs = append(tail.runs, a.runs[k:]...)
				break
			}
			head.runs = append(head.runs, r)
			head.w += r.w
			continue
		}
		s, used, i := r.text, 0.0, 0
		for i < len(s) {
			n := graphemeLen(s[i:])
			cw := t.w.width(r.face, r.size, s[i:i+n])
			if head.w+used+cw > room+lineEpsilon && (head.w+used > 0 || len(head.runs) > 0 || i > 0) {
				break
			}
			used += cw
			i += n
		}
		if i > 0 {
			h := r
			h.text, h.w = s[:i], used
			head.runs = append(head.runs, h)
			head.w += used
		}
		if i < len(s) {
			tr := r
			tr.text, tr.w = s[i:], r.w-used
			tail.runs = append(append(tail.runs, tr), a.runs[k+1:]...)
			break
		}
	}
	tail.w = a.w - head.w
	return head, tail
}

// graphemeLen is the byte length of the first character of s with the
// combining marks that follow it.
func graphemeLen(s string) int {
	_, n := utf8.DecodeRuneInString(s)
	for n < len(s) {
		r, m := utf8.DecodeRuneInString(s[n:])
		if !isMark(r) {
			break
		}
		n += m
	}
	return n
}

// isMark reports whether r is a combining mark, drawn on the character
// before it.
func isMark(r rune) bool {
	return unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r)
}

// place positions the pieces of a line. x is measured from the block's
// text edge, and the baseline is at y 0. Justified lines get their extra
// width spread evenly over the gaps between words; the last line of a
// paragraph and a line ending at a Break stay flush left. A line with
// right-to-left text on it is placed in visual order (placeVisual).
func (l *line) place(align doc.Align) []item {
	extra := l.avail - l.w
	if extra < 0 {
		extra = 0
	}
	x := l.indent
	stretch := 0.0
	switch align {
	case doc.Center:
		x += extra / 2
	case doc.Right:
		x += extra
	case doc.Justify:
		if !l.hard {
			gaps := 0
			for _, a := range l.atoms[l.lead:] {
				if a.kind == atomSpace {
					gaps++
				}
			}
			if gaps > 0 {
				stretch = extra / float64(gaps)
			}
		}
	}
	if l.isRightToLeft() {
		return l.placeVisual(x, stretch)
	}
	items := make([]item, 0, 4)
	var j joiner
	joinable := true // may the next run merge with the previous item
	for k, a := range l.atoms {
		if a.kind == atomSpace && stretch > 0 && k >= l.lead {
			// A stretched gap is not drawn as text; an underlined one
			// keeps its underline.
			w := a.w + stretch
			if a.runs[0].underline {
				items = append(j.done(items), item{kind: itemUnderline, x: x, w: w, size: a.runs[0].size})
			}
			x += w
			joinable = false
			continue
		}
		for _, r := range a.runs {
			items = j.add(items, item{kind: itemText, x: x, w: r.w, text: r.text, face: r.face,
				size: r.size, underline: r.underline, field: r.field}, joinable)
			joinable = true
			x += r.w
		}
	}
	return j.done(items)
}

// joiner merges text items that share a style and touch, so that a plain
// line is one text operator. The merged text is built in one buffer and
// set when the item is complete, rather than concatenated word by word.
type joiner struct {
	buf    []byte
	active bool // buf holds the text of the last item
}

// add appends it to items, or merges it into the last item when joinable.
func (j *joiner) add(items []item, it item, joinable bool) []item {
	if n := len(items); joinable && n > 0 {
		p := &items[n-1]
		if p.kind == itemText && p.field == doc.Text && it.field == doc.Text &&
			p.face == it.face && p.underline == it.underline && p.size == it.size {
			if !j.active {
				j.buf = append(j.buf[:0], p.text...)
				j.active = true
			}
			j.buf = append(j.buf, it.text...)
			p.w += it.w
			return items
		}
	}
	items = j.done(items)
	return append(items, it)
}

// done sets the last item's merged text.
func (j *joiner) done(items []item) []item {
	if j.active {
		items[len(items)-1].text = string(j.buf)
		j.active = false
	}
	return items
}

// fieldText is the value of a page field.
func fieldText(k doc.SpanKind, page, total int) string {
	if k == doc.PageCount {
		return strconv.Itoa(total)
	}
	return strconv.Itoa(page)
}
