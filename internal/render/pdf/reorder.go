package pdf

import (
	"strings"
	"unicode/utf8"

	"redress/internal/doc"
)

// This file applies bidi.go's levels to the typesetter's atoms and lines.
// A paragraph's levels are resolved on its whole text, in logical order,
// before lines are broken (resolveBidi), and every run is split where the
// level changes; lines are broken in logical order, and each line is then
// reordered for drawing on its own (line.placeVisual): trailing spaces go
// to the paragraph's level (L1), runs of higher levels are reversed (L2),
// and the text of a right-to-left run is drawn backwards, character by
// character with its combining marks kept after it, with brackets
// mirrored (L4). The widths do not change: a mirrored bracket is as wide
// as the bracket (bidi_test.go checks the font).
//
// fpdf draws a string's glyphs left to right, one after another, with no
// shaping. That is all Hebrew needs. Arabic would need joining forms, but
// Liberation Serif has no Arabic letters at all: casefile refuses them as
// characters the font cannot print, and cleanText prints '?'.
//
// Text with no right-to-left character and no invisible mark (below) is
// left as it was: it costs one scan of its non-ASCII text.

// invisible reports whether r is a format character that shows nothing:
// the zero-width space, non-joiner and joiner, the left-to-right and
// right-to-left marks, and the deprecated format characters U+206A-206F.
// Liberation Serif has visible glyphs for them (a box, an arrow), which
// fpdf would print, so they are dropped once the levels are resolved (the
// marks steer the levels of their neighbours). They are all zero-width in
// the font, so no measurement changes.
func invisible(r rune) bool {
	return r >= '\u200B' && r <= '\u200F' || r >= '\u206A' && r <= '\u206F'
}

// needsBidi reports whether the text of runs holds a character that makes
// the paragraph need the bidi rules or dropping.
func needsBidi(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			for _, r := range s[i:] {
				if isRTL(r) || invisible(r) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// resolveBidi resolves the levels of the atoms out (one paragraph of spans,
// in which each Break ends a bidi paragraph) and splits their runs where
// the level changes.
func (t *typesetter) resolveBidi(out []atom) {
	start := 0
	for i := 0; i <= len(out); i++ {
		if i == len(out) || out[i].kind == atomBreak {
			t.bidiParagraph(out[start:i])
			start = i + 1
		}
	}
}

func (t *typesetter) bidiParagraph(atoms []atom) {
	need, n := false, 0
	for _, a := range atoms {
		for _, r := range a.runs {
			need = need || needsBidi(r.text)
			n += len(r.text)
		}
	}
	if !need {
		return
	}
	runes := make([]rune, 0, n)
	for _, a := range atoms {
		for _, r := range a.runs {
			runes = append(runes, []rune(r.text)...)
		}
	}
	levels := resolveLevels(runes)
	// The split runs of the paragraph share one new slab.
	slab := make([]run, 0, len(runes)/2+len(atoms))
	pos := 0 // index in runes and levels
	for i := range atoms {
		a := &atoms[i]
		first := len(slab)
		for _, r := range a.runs {
			if r.field != doc.Text {
				// A page field is digits: one level, never split.
				r.level = levels[pos]
				pos += utf8.RuneCountInString(r.text)
				slab = append(slab, r)
				continue
			}
			if r.text == "" {
				slab = append(slab, r)
				continue
			}
			var b strings.Builder
			lv, split := levels[pos], false
			flush := func() {
				if b.Len() > 0 {
					p := r
					p.text, p.level = b.String(), lv
					p.w = t.w.width(p.face, p.size, p.text)
					slab = append(slab, p)
					b.Reset()
				}
			}
			for _, c := range r.text {
				if levels[pos] != lv {
					flush()
					lv, split = levels[pos], true
				}
				pos++
				if invisible(c) {
					split = true
					continue
				}
				b.WriteRune(c)
			}
			if !split {
				// One level and nothing dropped: the run as it was.
				r.level = lv
				slab = append(slab, r)
				continue
			}
			flush()
		}
		a.runs = slab[first:len(slab):len(slab)]
		a.w = 0
		for _, r := range a.runs {
			a.w += r.w
		}
	}
}

// isRightToLeft reports whether the line holds text at a level above 0,
// which must be reordered.
func (l *line) isRightToLeft() bool {
	for _, a := range l.atoms {
		for _, r := range a.runs {
			if r.level > 0 {
				return true
			}
		}
	}
	return false
}

// piece is a run of a line, or a stretched gap, being put in visual order.
type piece struct {
	r     run
	gap   bool    // a justified space: no text, width w
	w     float64 // the width it takes on the line
	level uint8
}

// placeVisual is place for a line that holds right-to-left text: the
// pieces from x on in visual order, stretch added to each gap between
// words.
func (l *line) placeVisual(x, stretch float64) []item {
	ps := make([]piece, 0, 2*len(l.atoms))
	for k, a := range l.atoms {
		if a.kind == atomSpace && stretch > 0 && k >= l.lead {
			ps = append(ps, piece{r: a.runs[0], gap: true, w: a.w + stretch, level: a.runs[0].level})
			continue
		}
		for _, r := range a.runs {
			ps = append(ps, piece{r: r, w: r.w, level: r.level})
		}
	}
	// L1: spaces at the end of the line are at the paragraph's level.
	for k := len(ps) - 1; k >= 0 && strings.Trim(ps[k].r.text, " ") == ""; k-- {
		ps[k].level = 0
	}
	levels := make([]uint8, len(ps))
	for i, p := range ps {
		levels[i] = p.level
	}
	items := make([]item, 0, 4)
	var j joiner
	joinable := true
	for _, i := range visualOrder(levels) {
		p := ps[i]
		if p.gap {
			if p.r.underline {
				items = append(j.done(items), item{kind: itemUnderline, x: x, w: p.w, size: p.r.size})
			}
			x += p.w
			joinable = false
			continue
		}
		text := p.r.text
		if p.level%2 == 1 {
			text = reverseText(text)
		}
		items = j.add(items, item{kind: itemText, x: x, w: p.w, text: text, face: p.r.face,
			size: p.r.size, underline: p.r.underline, field: p.r.field}, joinable)
		joinable = true
		x += p.w
	}
	return j.done(items)
}

// reverseText is s drawn right to left: its characters in reverse order,
// each followed by its own combining marks (a Hebrew point stays on its
// letter), and mirrored characters mirrored.
func reverseText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for end := len(s); end > 0; {
		// Find the start of the last character with its marks.
		start := end
		for start > 0 {
			r, n := utf8.DecodeLastRuneInString(s[:start])
			start -= n
			if !isMark(r) {
				break
			}
		}
		r, n := utf8.DecodeRuneInString(s[start:end])
		b.WriteRune(mirror(r))
		b.WriteString(s[start+n : end])
		end = start
	}
	return b.String()
}
