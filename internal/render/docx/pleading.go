package docx

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"

	"redress/internal/doc"
)

// Pleading paper in Word. When doc.Layout.PleadingLines is N > 0:
//
//   - the final sectPr gets Word line numbering, restarting on every page:
//     <w:lnNumType w:countBy="1" w:distance="288" w:restart="newPage"/>,
//     the numbers 0.2 in left of the text, placed after w:pgMar as CT_SectPr
//     orders it (spliceBody checks that the base has nothing between them
//     that must come first);
//   - lines are set at exact heights so that N body lines fill the text
//     area: the body's line (docDefaults, so Normal and every style based
//     on it) is exactly the pitch, and single-spaced styles (Quote, Note,
//     Small, Mark, Compact) exactly a slot, pitch/LineSpacing: two caption
//     or quotation lines take the room of one double-spaced line. The title
//     and headings take a whole pitch, with no space above them; the title
//     leaves one blank pitch below it. Other space before and after is
//     rounded to whole slots.
//
// The slot is rounded down to a whole twip and the pitch is LineSpacing
// slots rounded down, so that N pitches never exceed the text area (12960
// twips with one-inch margins: 28 lines give a slot of 231 and a pitch of
// 462 twips; 463 would push the 28th line to the next page).
//
// Word numbers the lines that hold text, beside each line, so a number
// always sits on the baseline of its line; but it counts lines, not the
// grid: a half-height caption line is numbered too, and blank space (the
// title's space below, a table, which Word does not number) is not. A page
// of double-spaced body text shows 1 to N. Header and footer paragraphs
// carry suppressLineNumbers (LibreOffice would number them). The Header
// and Footer styles keep their own spacing, though a Small paragraph there
// takes Small's exact slot; a header or footer taller than its margin
// pushes the body down and the last line to the next page. Table cells
// keep their natural single spacing, as in the PDF.

// maxPleadingLines bounds doc.Layout.PleadingLines: more would leave lines
// too short for text.
const maxPleadingLines = 100

// lineNumberDistance is the gap from the text to the line numbers, twips
// (0.2 in).
const lineNumberDistance = 288

// setPleading sets the exact line pitch of pleading paper from in, whose
// margins l already holds.
func (l *layout) setPleading(in doc.Layout) error {
	n := in.PleadingLines
	if n <= 0 {
		return nil
	}
	if n > maxPleadingLines {
		return fmt.Errorf("docx: %d pleading lines per page, at most %d", n, maxPleadingLines)
	}
	textH := pageHeightTwips - l.top - l.bottom
	slot := int(float64(textH) / (float64(n) * in.LineSpacing))
	pitch := int(float64(slot) * in.LineSpacing)
	if slot < 1 || pitch < 1 {
		return fmt.Errorf("docx: %d pleading lines at line spacing %v leave no height for a line", n, in.LineSpacing)
	}
	l.pleading, l.slot, l.line = n, slot, pitch
	l.after = roundTo(l.after, slot)
	return nil
}

// lineRule is the w:lineRule of the document's line spacing.
func (l layout) lineRule() string {
	if l.pleading > 0 {
		return "exact"
	}
	return "auto"
}

// lnNumType is the line numbering of the section: none on plain paper.
func lnNumType(l layout) string {
	if l.pleading == 0 {
		return ""
	}
	return fmt.Sprintf(`<w:lnNumType w:countBy="1" w:distance="%d" w:restart="newPage"/>`, lineNumberDistance)
}

// roundTo rounds v to the nearest multiple of unit.
func roundTo(v, unit int) int {
	return int(math.Round(float64(v)/float64(unit))) * unit
}

// pleadingStyle is how a style of base/word/styles.xml is set on pleading
// paper: a whole pitch or a slot per line, and its space before and after
// (-1: the style's own, rounded to slots).
type pleadingStyle struct {
	id            string
	wholePitch    bool
	before, after int
}

// afterPitch stands for one pitch of space after a paragraph.
const afterPitch = -2

var pleadingStyles = []pleadingStyle{
	{styleTitle, true, 0, afterPitch},
	{headingStyles[0], true, 0, 0},
	{headingStyles[1], true, 0, 0},
	{headingStyles[2], true, 0, 0},
	{styleQuote, false, -1, -1},
	{styleNote, false, -1, -1},
	{styleSmall, false, -1, -1},
	{styleMark, false, -1, -1},
	{styleCompact, false, -1, -1},
}

// styleSpacing finds the w:spacing element of the style id in styles.
func styleSpacing(styles, id string) (start, end int, err error) {
	at := strings.Index(styles, `w:styleId="`+id+`"`)
	if at < 0 {
		return 0, 0, fmt.Errorf("style %q is not defined", id)
	}
	close := strings.Index(styles[at:], "</w:style>")
	if close < 0 {
		return 0, 0, fmt.Errorf("style %q is not closed", id)
	}
	body := styles[at : at+close]
	s := strings.Index(body, "<w:spacing ")
	if s < 0 {
		return 0, 0, fmt.Errorf("style %q has no <w:spacing>", id)
	}
	e := strings.Index(body[s:], "/>")
	if e < 0 {
		return 0, 0, fmt.Errorf("style %q has an unterminated <w:spacing>", id)
	}
	return at + s, at + s + e + len("/>"), nil
}

var spacingAttr = regexp.MustCompile(`w:(before|after)="(\d+)"`)

// pleadingSpacing rewrites the spacing of the single-spaced styles for
// pleading paper (see pleadingStyles); on plain paper it returns styles.
// checkStyles has made sure, when the base was loaded, that every one of
// them has a w:spacing element.
func pleadingSpacing(styles string, l layout) string {
	if l.pleading == 0 {
		return styles
	}
	for _, ps := range pleadingStyles {
		start, end, err := styleSpacing(styles, ps.id)
		if err != nil {
			continue
		}
		own := map[string]int{"before": 0, "after": l.after}
		for _, m := range spacingAttr.FindAllStringSubmatch(styles[start:end], -1) {
			v, _ := strconv.Atoi(m[2])
			own[m[1]] = roundTo(v, l.slot)
		}
		before, after, line := ps.before, ps.after, l.slot
		if before < 0 {
			before = own["before"]
		}
		switch after {
		case -1:
			after = own["after"]
		case afterPitch:
			after = l.line
		}
		if ps.wholePitch {
			line = l.line
		}
		styles = styles[:start] + fmt.Sprintf(`<w:spacing w:before="%d" w:after="%d" w:line="%d" w:lineRule="exact"/>`,
			before, after, line) + styles[end:]
	}
	return styles
}
