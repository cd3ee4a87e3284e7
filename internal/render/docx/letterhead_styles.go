package docx

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// Styles of a document on a letterhead. A law office's letterhead carries
// its look: its fonts and colours (in docDefaults and Normal), and the
// styles of its header and footer. A redress document carries its
// structure: a complaint double-spaced, a draft mark framed, a note
// shaded, address lines without space between them. So the merged
// stylesheet is the letterhead's, with:
//
//   - the styles the body is built from (BodyText, Title, Heading1-3,
//     Quote, Small, Mark, Note, Compact, ListParagraph, TableText,
//     TableGrid) taken from base/word/styles.xml, replacing the
//     letterhead's style of the same id or of the same name (LibreOffice
//     calls its body text style TextBody, named "Body Text"; references to
//     the replaced id are pointed at ours). They set no font, so they take
//     the letterhead's typeface from Normal; but the sizes and spacing
//     that the writer otherwise puts in docDefaults (from doc.Layout) are
//     set on each of them, since the letterhead's docDefaults and Normal
//     (LibreOffice sets no space after a paragraph, Word 8 pt) are kept
//     for its own header and footer;
//   - Normal, the default character, table and numbering styles, Header
//     and Footer: the letterhead's when it has them (by id, by name, or as
//     the default style of their type), the writer's otherwise.
//
// Numbering in the letterhead's styles (outline-numbered headings) is
// dropped with its numbering part.

// wonStyles are the style ids the writer's definitions win for.
var wonStyles = []string{styleBody, styleTitle, styleQuote, styleSmall, styleMark, styleNote, styleCompact,
	styleListParagraph, styleTableText, styleTableGrid, headingStyles[0], headingStyles[1], headingStyles[2]}

// supportStyles are the ones the letterhead's definitions win for.
var supportStyles = []string{"Normal", "DefaultParagraphFont", "TableNormal", "NoList", styleHeader, styleFooter}

// mergedStyles is the stylesheet of a document on a letterhead.
type mergedStyles struct {
	xml string
	// aliases maps a letterhead style id that the writer's replaced to the
	// writer's id (TextBody → BodyText), for the letterhead's header and
	// footer.
	aliases map[string]string
	// theirs maps a writer's style id to the letterhead's that stands for
	// it (Header → the letterhead's header style), for the paragraphs the
	// writer adds to the header and footer.
	theirs map[string]string
}

// rename returns the style id to use for one of the writer's.
func (st *mergedStyles) rename(id string) string {
	if st != nil {
		if t, ok := st.theirs[id]; ok {
			return t
		}
	}
	return id
}

// styleEl is one w:style element of a stylesheet.
type styleEl struct {
	start, end    int // byte range
	id, typ, name string
	isDefault     bool
	basedOn       string
}

var (
	styleStart = regexp.MustCompile(`<w:style[\s/>]`)
	attrRE     = regexp.MustCompile(`([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')`)
	nameVal    = regexp.MustCompile(`<w:name\s+w:val\s*=\s*(?:"([^"]*)"|'([^']*)')`)
	basedOnVal = regexp.MustCompile(`<w:basedOn\s+w:val\s*=\s*(?:"([^"]*)"|'([^']*)')`)
	refVal     = regexp.MustCompile(`(<w:(?:basedOn|next|link)\s+w:val\s*=\s*")([^"]*)(")`)
	numPrEl    = regexp.MustCompile(`(?s)<w:numPr\s*/>|<w:numPr\b.*?</w:numPr>`)
)

// attrs reads the attributes of a start tag.
func attrs(tag string) map[string]string {
	m := map[string]string{}
	for _, a := range attrRE.FindAllStringSubmatch(tag, -1) {
		v := a[2]
		if v == "" {
			v = a[3]
		}
		m[a[1]] = unescapeXML(v)
	}
	return m
}

func firstVal(re *regexp.Regexp, s string) string {
	m := re.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	if m[1] != "" {
		return unescapeXML(m[1])
	}
	return unescapeXML(m[2])
}

// scanStyles finds the w:style elements of a stylesheet, and where its
// root element closes.
func scanStyles(s string) (els []styleEl, closeAt int, err error) {
	closeAt = strings.LastIndex(s, "</w:styles>")
	if closeAt < 0 {
		return nil, 0, fmt.Errorf("no </w:styles>")
	}
	for _, loc := range styleStart.FindAllStringIndex(s, -1) {
		start := loc[0]
		if len(els) > 0 && start < els[len(els)-1].end {
			return nil, 0, fmt.Errorf("a style inside a style at byte %d", start)
		}
		tagEnd := tagEnd(s, start)
		if tagEnd < 0 {
			return nil, 0, fmt.Errorf("unterminated <w:style> at byte %d", start)
		}
		e := styleEl{start: start}
		if s[tagEnd-2] == '/' {
			e.end = tagEnd
		} else {
			c := strings.Index(s[tagEnd:], "</w:style>")
			if c < 0 {
				return nil, 0, fmt.Errorf("unclosed <w:style> at byte %d", start)
			}
			e.end = tagEnd + c + len("</w:style>")
		}
		a := attrs(s[start:tagEnd])
		e.id, e.typ = a["w:styleId"], a["w:type"]
		e.isDefault = a["w:default"] == "1" || a["w:default"] == "true" || a["w:default"] == "on"
		body := s[tagEnd:e.end]
		e.name = firstVal(nameVal, body)
		e.basedOn = firstVal(basedOnVal, body)
		els = append(els, e)
	}
	return els, closeAt, nil
}

// tagEnd returns the index just after the start tag that begins at i
// (quoted attribute values may hold '>'), or -1.
func tagEnd(s string, i int) int {
	var q byte
	for j := i + 1; j < len(s); j++ {
		c := s[j]
		switch {
		case q != 0:
			if c == q {
				q = 0
			}
		case c == '"' || c == '\'':
			q = c
		case c == '>':
			return j + 1
		}
	}
	return -1
}

// mergeStyles merges the writer's stylesheet (base/word/styles.xml) into
// the letterhead's, as the file comment says, for layout l and language
// lang. Without a letterhead stylesheet it is the writer's own.
func mergeStyles(ours, theirs string, l layout, lang string) (*mergedStyles, error) {
	st := &mergedStyles{aliases: map[string]string{}, theirs: map[string]string{}}
	if theirs == "" {
		st.xml = stylesFor(ours, l, lang)
		return st, nil
	}
	if lang == "" {
		lang = "en-US"
	}
	ourEls, _, err := scanStyles(ours)
	if err != nil {
		return nil, err
	}
	theirEls, closeAt, err := scanStyles(theirs)
	if err != nil {
		return nil, err
	}
	byID := map[string]int{}
	byName := map[string]int{}
	defaults := map[string]int{}
	for i, e := range theirEls {
		if _, ok := byID[e.id]; !ok {
			byID[e.id] = i
		}
		if _, ok := byName[strings.ToLower(e.name)]; !ok && e.name != "" {
			byName[strings.ToLower(e.name)] = i
		}
		if _, ok := defaults[e.typ]; !ok && e.isDefault {
			defaults[e.typ] = i
		}
	}
	remove := map[int]bool{}
	var add []styleEl
	for _, e := range ourEls {
		switch {
		case slices.Contains(wonStyles, e.id):
			if i, ok := byID[e.id]; ok {
				remove[i] = true
			}
			if i, ok := byName[strings.ToLower(e.name)]; ok && theirEls[i].id != e.id {
				remove[i] = true
				st.aliases[theirEls[i].id] = e.id
			}
			add = append(add, e)
		case slices.Contains(supportStyles, e.id):
			if _, ok := byID[e.id]; ok {
				continue
			}
			if i, ok := byName[strings.ToLower(e.name)]; ok && theirEls[i].typ == e.typ && !remove[i] {
				st.theirs[e.id] = theirEls[i].id
				continue
			}
			if i, ok := defaults[e.typ]; ok && e.isDefault {
				st.theirs[e.id] = theirEls[i].id
				continue
			}
			add = append(add, e)
		}
	}
	var b strings.Builder
	b.Grow(len(theirs) + len(ours))
	at := 0
	for i, e := range theirEls {
		b.WriteString(theirs[at:e.start])
		at = e.end
		if remove[i] {
			continue
		}
		el := theirs[e.start:e.end]
		el = numPrEl.ReplaceAllString(el, "")
		el = renameRefs(el, st.aliases)
		b.WriteString(el)
	}
	b.WriteString(theirs[at:closeAt])
	for _, e := range add {
		el := ours[e.start:e.end]
		if e.typ == "paragraph" && (e.basedOn == "Normal" || e.basedOn == "") && e.id != "Normal" {
			if el, err = setLayout(el, l, lang); err != nil {
				return nil, fmt.Errorf("style %s: %w", e.id, err)
			}
		}
		el = renameRefs(el, st.theirs)
		b.WriteString(el)
	}
	b.WriteString(theirs[closeAt:])
	st.xml = pleadingSpacing(b.String(), l)
	return st, nil
}

// renameRefs points the basedOn, next and link references of a style at
// other ids.
func renameRefs(el string, ids map[string]string) string {
	if len(ids) == 0 {
		return el
	}
	return refVal.ReplaceAllStringFunc(el, func(m string) string {
		p := refVal.FindStringSubmatch(m)
		if to, ok := ids[unescapeXML(p[2])]; ok {
			return p[1] + xmlAttr(to) + p[3]
		}
		return m
	})
}

// Schema order of the children of w:style, w:pPr and w:rPr
// (ECMA-376 Part 1, CT_Style, CT_PPrBase, CT_RPr), for inserting one.
var (
	styleOrder = strings.Fields(`name aliases basedOn next link autoRedefine hidden uiPriority semiHidden
		unhideWhenUsed qFormat locked personal personalCompose personalReply rsid pPr rPr tblPr trPr tcPr tblStylePr`)
	pPrOrder = strings.Fields(`pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr
		suppressLineNumbers pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct
		autoSpaceDE autoSpaceDN bidi adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents
		suppressOverlap jc textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange`)
	rPrOrder = strings.Fields(`rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss
		imprint noProof snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u effect
		bdr shd fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath`)
)

// setLayout gives one of the writer's paragraph styles, based on Normal,
// what it would otherwise inherit from the writer's docDefaults: widow
// control, the space before (0) and after a paragraph and the line
// spacing where the style sets none, the body font size where it sets
// none, and the document's language.
func setLayout(el string, l layout, lang string) (string, error) {
	open := tagEnd(el, 0)
	closeAt := strings.LastIndex(el, "</w:style>")
	if open < 0 || closeAt < open {
		return "", fmt.Errorf("cannot edit the style")
	}
	kids, err := children(el[open:closeAt])
	if err != nil {
		return "", err
	}
	ppr, _ := findChild(kids, "pPr")
	pkids, err := children(inner(ppr))
	if err != nil {
		return "", err
	}
	if _, i := findChild(pkids, "widowControl"); i < 0 {
		pkids = append(pkids, xmlChild{"widowControl", "<w:widowControl/>"})
	}
	sp, i := findChild(pkids, "spacing")
	a := attrs(sp)
	want := []struct{ name, val string }{
		{"w:before", "0"}, {"w:after", strconv.Itoa(l.after)}, {"w:line", strconv.Itoa(l.line)}, {"w:lineRule", l.lineRule()},
	}
	var spb strings.Builder
	spb.WriteString("<w:spacing")
	for _, w := range want {
		v, ok := a[w.name]
		if !ok {
			v = w.val
		}
		spb.WriteString(" " + w.name + `="` + xmlAttr(v) + `"`)
	}
	spb.WriteString("/>")
	if i >= 0 {
		pkids[i].xml = spb.String()
	} else {
		pkids = append(pkids, xmlChild{"spacing", spb.String()})
	}
	kids = setChild(kids, "pPr", "<w:pPr>"+joinOrdered(pkids, pPrOrder)+"</w:pPr>")

	rpr, _ := findChild(kids, "rPr")
	rkids, err := children(inner(rpr))
	if err != nil {
		return "", err
	}
	if _, i := findChild(rkids, "sz"); i < 0 {
		rkids = append(rkids, xmlChild{"sz", fmt.Sprintf(`<w:sz w:val="%d"/>`, l.halfPoints)})
		if _, i := findChild(rkids, "szCs"); i < 0 {
			rkids = append(rkids, xmlChild{"szCs", fmt.Sprintf(`<w:szCs w:val="%d"/>`, l.halfPoints)})
		}
	}
	if _, i := findChild(rkids, "lang"); i < 0 {
		rkids = append(rkids, xmlChild{"lang", `<w:lang w:val="` + xmlAttr(lang) + `"/>`})
	}
	kids = setChild(kids, "rPr", "<w:rPr>"+joinOrdered(rkids, rPrOrder)+"</w:rPr>")
	return el[:open] + joinOrdered(kids, styleOrder) + "</w:style>", nil
}

// xmlChild is one child element: its local name (in the w namespace) and
// its XML.
type xmlChild struct{ name, xml string }

// children splits the content of an element into its child elements;
// text and comments between them are dropped. Only "w:" children are
// expected (the writer's own styles).
func children(s string) ([]xmlChild, error) {
	var out []xmlChild
	i := 0
	for {
		lt := strings.IndexByte(s[i:], '<')
		if lt < 0 {
			return out, nil
		}
		i += lt
		if strings.HasPrefix(s[i:], "<!--") {
			end := strings.Index(s[i:], "-->")
			if end < 0 {
				return nil, fmt.Errorf("unterminated comment")
			}
			i += end + 3
			continue
		}
		start := i
		depth := 0
		for {
			e := tagEnd(s, i)
			if e < 0 {
				return nil, fmt.Errorf("unterminated tag")
			}
			switch {
			case s[i+1] == '/':
				depth--
			case s[e-2] != '/':
				depth++
			}
			i = e
			if depth <= 0 {
				break
			}
			lt := strings.IndexByte(s[i:], '<')
			if lt < 0 {
				return nil, fmt.Errorf("unclosed element")
			}
			i += lt
		}
		el := s[start:i]
		name := el[1:]
		if k := strings.IndexAny(name, " \t\r\n/>"); k >= 0 {
			name = name[:k]
		}
		out = append(out, xmlChild{strings.TrimPrefix(name, "w:"), el})
	}
}

// inner returns the content of an element ("" for a missing or empty one).
func inner(el string) string {
	if el == "" {
		return ""
	}
	open := tagEnd(el, 0)
	if open < 0 || el[open-2] == '/' {
		return ""
	}
	closeAt := strings.LastIndex(el, "</")
	if closeAt < open {
		return ""
	}
	return el[open:closeAt]
}

func findChild(kids []xmlChild, name string) (string, int) {
	for i, k := range kids {
		if k.name == name {
			return k.xml, i
		}
	}
	return "", -1
}

func setChild(kids []xmlChild, name, xml string) []xmlChild {
	if _, i := findChild(kids, name); i >= 0 {
		kids[i].xml = xml
		return kids
	}
	return append(kids, xmlChild{name, xml})
}

// joinOrdered writes children in schema order; a child the order does
// not know keeps its place after the known ones before it.
func joinOrdered(kids []xmlChild, order []string) string {
	rank := func(name string) int {
		if i := slices.Index(order, name); i >= 0 {
			return i
		}
		return -1
	}
	sorted := slices.Clone(kids)
	last := 0
	ranks := make([]int, len(sorted))
	for i, k := range sorted {
		r := rank(k.name)
		if r < 0 {
			r = last
		}
		ranks[i], last = r, r
	}
	idx := make([]int, len(sorted))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return ranks[a] - ranks[b] })
	var b strings.Builder
	for _, i := range idx {
		b.WriteString(sorted[i].xml)
	}
	return b.String()
}

// unescapeXML replaces the predefined entities and character references
// of XML character data.
func unescapeXML(s string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '&')
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		s = s[i:]
		end := strings.IndexByte(s, ';')
		if end < 0 {
			b.WriteString(s)
			return b.String()
		}
		ref := s[1:end]
		switch ref {
		case "amp":
			b.WriteByte('&')
		case "lt":
			b.WriteByte('<')
		case "gt":
			b.WriteByte('>')
		case "quot":
			b.WriteByte('"')
		case "apos":
			b.WriteByte('\'')
		default:
			var n uint64
			var err error
			switch {
			case strings.HasPrefix(ref, "#x"):
				n, err = strconv.ParseUint(ref[2:], 16, 32)
			case strings.HasPrefix(ref, "#"):
				n, err = strconv.ParseUint(ref[1:], 10, 32)
			default:
				err = fmt.Errorf("unknown")
			}
			if err != nil {
				b.WriteString(s[:end+1])
			} else {
				b.WriteRune(rune(n))
			}
		}
		s = s[end+1:]
	}
}
