package docx

import (
	"fmt"
	"math"

	"redress/internal/doc"
)

// Page geometry in twips (1/20 pt), the unit of WordprocessingML lengths.
const (
	pageWidthTwips  = 12240 // 8.5 in
	pageHeightTwips = 15840 // 11 in
)

// twips converts PostScript points to twips, rounding to the nearest twip.
func twips(pt float64) int { return int(math.Round(pt * 20)) }

// layout is doc.Layout resolved to the integers WordprocessingML wants.
type layout struct {
	top, bottom, left, right int // margins, twips
	halfPoints               int // body font size, half-points (w:sz)
	line                     int // line spacing, 240ths of a line (w:spacing w:line); on pleading paper the exact pitch in twips
	after                    int // space after a body paragraph, twips
	// pleading is the number of lines Word numbers on each page
	// (doc.Layout.PleadingLines); 0 for plain paper. slot is then the exact
	// height of a single-spaced line, twips. See pleading.go.
	pleading, slot int
}

// textWidth is the width between the margins: the 100% of table widths.
func (l layout) textWidth() int { return pageWidthTwips - l.left - l.right }

// resolveLayout checks a doc.Layout and converts it. A zero Layout means
// doc.LetterLayout, so a caller that sets no layout still gets a sane page;
// a zero font size or line spacing alone falls back to 12 pt single.
func resolveLayout(in doc.Layout) (layout, error) {
	if in == (doc.Layout{}) {
		in = doc.LetterLayout()
	}
	if in.FontSize <= 0 {
		in.FontSize = 12
	}
	if in.LineSpacing <= 0 {
		in.LineSpacing = 1
	}
	for _, v := range []float64{in.MarginTop, in.MarginBottom, in.MarginLeft, in.MarginRight, in.ParagraphSpace, in.FontSize, in.LineSpacing} {
		if math.IsNaN(v) || math.IsInf(v, 0) || v < 0 {
			return layout{}, fmt.Errorf("docx: invalid layout value %v", v)
		}
	}
	l := layout{
		top:        twips(in.MarginTop),
		bottom:     twips(in.MarginBottom),
		left:       twips(in.MarginLeft),
		right:      twips(in.MarginRight),
		halfPoints: int(math.Round(in.FontSize * 2)),
		line:       int(math.Round(240 * in.LineSpacing)),
		after:      twips(in.ParagraphSpace),
	}
	// Word refuses a page whose margins leave no room; demand at least an inch.
	if l.textWidth() < 1440 || pageHeightTwips-l.top-l.bottom < 1440 {
		return layout{}, fmt.Errorf("docx: margins %v/%v/%v/%v pt leave less than an inch of text area",
			in.MarginTop, in.MarginRight, in.MarginBottom, in.MarginLeft)
	}
	if l.halfPoints < 2 || l.halfPoints > 3276 || l.line > 31680 || l.after > 31680 {
		return layout{}, fmt.Errorf("docx: font size, line spacing or paragraph space out of range")
	}
	if err := l.setPleading(in); err != nil {
		return layout{}, err
	}
	return l, nil
}
