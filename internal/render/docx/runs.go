package docx

import (
	"encoding/xml"
	"fmt"
	"math"
	"strings"

	"redress/internal/doc"
)

// escapeText writes s as XML character data (also safe in a quoted
// attribute). encoding/xml.EscapeText turns the characters XML 1.0 forbids,
// and bytes that are not UTF-8, into U+FFFD, so no input can make the part
// unparseable. Writing to a strings.Builder cannot fail.
func escapeText(b *strings.Builder, s string) {
	_ = xml.EscapeText(b, []byte(s))
}

// writeRuns writes spans as w:r elements. bold forces bold, for table
// header rows.
func writeRuns(b *strings.Builder, spans []doc.Span, bold bool) {
	for _, s := range spans {
		switch s.Kind {
		case doc.Text:
			if s.Text == "" {
				continue
			}
			b.WriteString("<w:r>")
			writeRPr(b, s, bold)
			writeText(b, s.Text)
			b.WriteString("</w:r>")
		case doc.Break:
			// w:br is a sibling of w:t inside a run, never inside w:t:
			// that mistake is the library's Replace bug, and LibreOffice
			// drops such a break.
			b.WriteString("<w:r>")
			writeRPr(b, s, bold)
			b.WriteString("<w:br/></w:r>")
		case doc.PageNumber:
			writeField(b, s, bold, "PAGE")
		case doc.PageCount:
			writeField(b, s, bold, "NUMPAGES")
		}
	}
}

// writeRPr writes the run properties of a span, in schema order (b, i,
// sz, u).
func writeRPr(b *strings.Builder, s doc.Span, bold bool) {
	bold = bold || s.Bold
	hp := halfPoints(s.Size)
	if !bold && !s.Italic && !s.Underline && hp == 0 {
		return
	}
	b.WriteString("<w:rPr>")
	if bold {
		b.WriteString("<w:b/><w:bCs/>")
	}
	if s.Italic {
		b.WriteString("<w:i/><w:iCs/>")
	}
	writeSize(b, hp)
	if s.Underline {
		b.WriteString(`<w:u w:val="single"/>`)
	}
	b.WriteString("</w:rPr>")
}

// Font sizes Word accepts, in half-points: 1 pt to 1638 pt.
const (
	minHalfPoints = 2
	maxHalfPoints = 3276
)

// halfPoints converts a span's font size in points to half-points (w:sz),
// rounding to the nearest half point. 0 means the paragraph's size, and so
// does a size that is not a positive finite number; a size outside what
// Word accepts is clamped to 1 or 1638 pt.
func halfPoints(size float64) int {
	if !(size > 0) || math.IsInf(size, 1) {
		return 0
	}
	return int(min(max(math.Round(size*2), minHalfPoints), maxHalfPoints))
}

// writeSize writes w:sz and w:szCs (the size of complex-script text, such
// as Arabic or Hebrew, which Word otherwise leaves at the paragraph's size).
// hp 0 writes nothing.
func writeSize(b *strings.Builder, hp int) {
	if hp != 0 {
		fmt.Fprintf(b, `<w:sz w:val="%d"/><w:szCs w:val="%d"/>`, hp, hp)
	}
}

// markSize is the size, in half-points, to give the paragraph mark of a
// paragraph holding spans: the largest span size when every span sets one,
// else 0 (the paragraph's size). Word makes the last line of a paragraph
// at least as tall as its paragraph mark, so a line of 7-pt spans behind a
// 12-pt mark would be 12 pt tall and a form's label lines would lose their
// compactness. (LibreOffice heeds the mark's size only in an empty
// paragraph; this sizes those too.)
func markSize(spans []doc.Span) int {
	hp := 0
	for _, s := range spans {
		if s.Kind == doc.Text && s.Text == "" {
			continue // writes no run
		}
		h := halfPoints(s.Size)
		if h == 0 {
			return 0
		}
		hp = max(hp, h)
	}
	return hp
}

// writeText writes the content of one run. Span text is literal and should
// hold no control characters, but a stray tab or newline becomes w:tab or
// w:br beside the w:t rather than whitespace Word would collapse.
func writeText(b *strings.Builder, text string) {
	for text != "" {
		i := strings.IndexAny(text, "\t\r\n")
		chunk := text
		if i >= 0 {
			chunk = text[:i]
		}
		if chunk != "" {
			b.WriteString(`<w:t xml:space="preserve">`)
			escapeText(b, chunk)
			b.WriteString("</w:t>")
		}
		if i < 0 {
			return
		}
		switch text[i] {
		case '\t':
			b.WriteString("<w:tab/>")
		case '\r':
			if strings.HasPrefix(text[i:], "\r\n") {
				i++
			}
			b.WriteString("<w:br/>")
		case '\n':
			b.WriteString("<w:br/>")
		}
		text = text[i+1:]
	}
}

// writeField writes a complex field (PAGE or NUMPAGES) whose result Word
// and LibreOffice compute at layout time. The cached result "1" is only
// what a reader that does not lay out pages shows.
func writeField(b *strings.Builder, s doc.Span, bold bool, instr string) {
	run := func(inner string) {
		b.WriteString("<w:r>")
		writeRPr(b, s, bold)
		b.WriteString(inner)
		b.WriteString("</w:r>")
	}
	run(`<w:fldChar w:fldCharType="begin"/>`)
	run(`<w:instrText xml:space="preserve"> ` + instr + ` </w:instrText>`)
	run(`<w:fldChar w:fldCharType="separate"/>`)
	run(`<w:t>1</w:t>`)
	run(`<w:fldChar w:fldCharType="end"/>`)
}
