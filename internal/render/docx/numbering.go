package docx

import (
	"fmt"
	"strings"
)

// Word numbering ids. The pleading paragraphs of a complaint are ONE list
// (numId 1) so that Word renumbers every later paragraph when a lawyer
// inserts one; all bullet lists share numId 2, since bullets never count;
// every ordered list gets a list of its own (numId 3, 4, ...) so that it
// restarts at its Start instead of continuing the previous list.
const (
	pleadingNumID = 1
	bulletNumID   = 2
	firstListID   = 3

	// levels is how many levels each list defines: Word's maximum.
	levels = 9
	// levelIndent is the indent step of nested list levels, in twips.
	levelIndent = 720
	// hanging is the room for a list label, in twips.
	hanging = 360
)

// numbering collects the lists of one document while its body is written,
// then writes numbering.xml.
type numbering struct {
	pleadingStart int   // Num of the first pleading paragraph; 0 if none
	pleadingNext  int   // Num the next pleading paragraph must carry
	ordered       []int // Start of each ordered list, by list
	orderedLevel  []int // the level each ordered list sits at
}

// pleading returns the numId of a pleading paragraph with number num. Word
// numbers the list itself, so the numbers it shows equal Num only when Num
// runs consecutively; anything else is an error upstream, reported rather
// than silently renumbered.
func (n *numbering) pleading(num int) (int, error) {
	if n.pleadingStart == 0 {
		if num < 1 {
			return 0, fmt.Errorf("docx: pleading paragraph numbered %d; numbers start at 1", num)
		}
		n.pleadingStart, n.pleadingNext = num, num
	}
	if num != n.pleadingNext {
		return 0, fmt.Errorf("docx: pleading paragraph numbered %d follows %d; Word numbers them consecutively", num, n.pleadingNext-1)
	}
	n.pleadingNext++
	return pleadingNumID, nil
}

// orderedList registers an ordered list starting at start, at nesting level
// ilvl, and returns its numId. A Start below 1 is the zero value of
// doc.List and means 1.
func (n *numbering) orderedList(start, ilvl int) int {
	n.ordered = append(n.ordered, max(start, 1))
	n.orderedLevel = append(n.orderedLevel, ilvl)
	return firstListID + len(n.ordered) - 1
}

// xml returns numbering.xml. Each ordered list has its own abstractNum
// carrying its start, and its w:num also overrides the start: Word honours
// either, and LibreOffice has been known to continue lists that share an
// abstractNum, so both are set.
func (n *numbering) xml() []byte {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n")
	b.WriteString(`<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">`)

	// abstractNum 0: pleading paragraphs. The number sits at the first-line
	// indent and the text follows at the next tab stop, as in a complaint.
	start := max(n.pleadingStart, 1)
	b.WriteString(`<w:abstractNum w:abstractNumId="0"><w:nsid w:val="5EDD0000"/><w:multiLevelType w:val="singleLevel"/>`)
	fmt.Fprintf(&b, `<w:lvl w:ilvl="0"><w:start w:val="%d"/><w:numFmt w:val="decimal"/><w:suff w:val="tab"/><w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/>`, start)
	b.WriteString(`<w:pPr><w:tabs><w:tab w:val="num" w:pos="1440"/></w:tabs><w:ind w:left="0" w:firstLine="720"/></w:pPr></w:lvl></w:abstractNum>`)

	// abstractNum 1: bullets, shared by every bulleted list.
	bullets := [...]string{"•", "◦", "▪"}
	b.WriteString(`<w:abstractNum w:abstractNumId="1"><w:nsid w:val="5EDD0001"/><w:multiLevelType w:val="hybridMultilevel"/>`)
	for i := range levels {
		fmt.Fprintf(&b, `<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>`, i, bullets[i%len(bullets)])
		writeLevelIndent(&b, i)
		b.WriteString(`</w:lvl>`)
	}
	b.WriteString(`</w:abstractNum>`)

	// abstractNum 2, 3, ...: one per ordered list, decimal at every level,
	// so the label is the item's number as written in the template.
	for k, s := range n.ordered {
		fmt.Fprintf(&b, `<w:abstractNum w:abstractNumId="%d"><w:nsid w:val="%08X"/><w:multiLevelType w:val="hybridMultilevel"/>`, k+2, 0x5EDD0002+k)
		for i := range levels {
			lvlStart := 1
			if i == n.orderedLevel[k] {
				lvlStart = s
			}
			fmt.Fprintf(&b, `<w:lvl w:ilvl="%d"><w:start w:val="%d"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%%d."/><w:lvlJc w:val="left"/>`, i, lvlStart, i+1)
			writeLevelIndent(&b, i)
			b.WriteString(`</w:lvl>`)
		}
		b.WriteString(`</w:abstractNum>`)
	}

	fmt.Fprintf(&b, `<w:num w:numId="%d"><w:abstractNumId w:val="0"/></w:num>`, pleadingNumID)
	fmt.Fprintf(&b, `<w:num w:numId="%d"><w:abstractNumId w:val="1"/></w:num>`, bulletNumID)
	for k, s := range n.ordered {
		fmt.Fprintf(&b, `<w:num w:numId="%d"><w:abstractNumId w:val="%d"/><w:lvlOverride w:ilvl="%d"><w:startOverride w:val="%d"/></w:lvlOverride></w:num>`,
			firstListID+k, k+2, n.orderedLevel[k], s)
	}
	b.WriteString(`</w:numbering>`)
	return []byte(b.String())
}

// writeLevelIndent writes the indentation of list level i: each level one
// step further in, with a hanging label.
func writeLevelIndent(b *strings.Builder, i int) {
	fmt.Fprintf(b, `<w:pPr><w:ind w:left="%d" w:hanging="%d"/></w:pPr>`, listIndent(i), hanging)
}

// listIndent is the left indent of text at list level i, in twips.
func listIndent(i int) int { return levelIndent * (i + 1) }
