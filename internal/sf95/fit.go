package sf95

import (
	"strings"
	"unicode"

	"redress/internal/doc"
	"redress/internal/render/pdf"
)

// leading is the baseline distance of values, as a multiple of the size.
const leading = 1.15

// fitted is a value laid into a box: what the box shows, at what size,
// and what goes on a continuation sheet.
type fitted struct {
	Shown []doc.Span
	Size  float64
	Rest  string // "" when everything fits
}

// spans turns text with newlines into spans.
func spans(s string, bold bool) []doc.Span {
	var out []doc.Span
	for i, line := range strings.Split(s, "\n") {
		if i > 0 {
			out = append(out, doc.Span{Kind: doc.Break})
		}
		if line != "" {
			out = append(out, doc.Span{Text: line, Bold: bold})
		}
	}
	return out
}

// continued is the notice a box shows when its value goes on.
func continued(item string) string {
	return "(continued on attached sheet, item " + item + ")"
}

// fit lays text into box r: at the largest size from 10 pt down to 7 pt
// at which it fits; else at 7 pt, the lines that fit, the notice, and the
// rest for a continuation sheet. Text is never shrunk below 7 pt and
// never clipped.
func fit(text string, r rect, item string) fitted {
	sp := spans(text, false)
	for size := maxValueSize; size >= minValueSize; size -= 0.5 {
		lines := pdf.WrapText(sp, size, r.w())
		if len(lines) <= pdf.LinesThatFit(r.h(), size, leading) {
			return fitted{Shown: sp, Size: size}
		}
	}
	size := minValueSize
	lines := pdf.WrapText(sp, size, r.w())
	note := spans(continued(item), false)
	note[0].Italic = true
	noteLines := len(pdf.WrapText(note, size, r.w()))
	n := pdf.LinesThatFit(r.h(), size, leading) - noteLines
	if n < 0 {
		n = 0
	}
	head, rest := splitAfterLines(text, lines, n)
	shown := spans(strings.TrimRight(head, " \n"), false)
	if len(shown) > 0 {
		shown = append(shown, doc.Span{Kind: doc.Break})
	}
	return fitted{Shown: append(shown, note...), Size: size, Rest: rest}
}

// splitAfterLines finds where the first n wrapped lines end in the
// original text, so that the rest keeps its own line breaks. The wrapped
// lines hold the original characters less the spaces and newlines that
// were broken at.
func splitAfterLines(text string, lines [][]doc.Span, n int) (head, rest string) {
	if n >= len(lines) {
		return text, ""
	}
	pos := 0
	rs := []rune(text)
	for _, line := range lines[:n] {
		for _, r := range doc.PlainText(line) {
			for pos < len(rs) && rs[pos] != r && unicode.IsSpace(rs[pos]) {
				pos++
			}
			if pos < len(rs) && rs[pos] == r {
				pos++
			}
		}
	}
	head = string(rs[:pos])
	rest = strings.TrimLeft(string(rs[pos:]), " \n\t")
	return head, rest
}

func wrap(s string, size, width float64) [][]doc.Span {
	return pdf.WrapText(spans(s, false), size, width)
}

func linesThatFit(h, size float64) int { return pdf.LinesThatFit(h, size, leading) }

func lineHeight(size float64) float64 { return pdf.LineHeight(size, leading) }
