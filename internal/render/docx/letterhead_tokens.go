package docx

import (
	"errors"
	"regexp"
	"slices"
	"strings"
)

// Tokens in a letterhead's header and footer. A token is written
// {{name}} in the text of one paragraph; Word and LibreOffice often keep
// what was typed as one word in several runs (<w:r>), split by a
// spell-check mark, a revision id or a format change, so tokens are found
// in the text of all the w:t elements of a paragraph taken together, and
// the text of each w:t is rewritten: the value goes where the token
// starts, and the token's characters are removed from every w:t they are
// in. The runs keep their formatting (the value takes that of the run
// where the token starts). A tab, a line break or a nested paragraph (in
// a text box) separates text: no token spans one.

// tokenRE is a token: {{name}}, with optional spaces inside the braces.
var tokenRE = regexp.MustCompile(`\{\{\s*([A-Za-z][A-Za-z0-9_.\-]*)\s*\}\}`)

// textNode is one w:t element of a part with text content.
type textNode struct {
	open       int // where its start tag begins
	start, end int // its content
	group      int // the run of text it belongs to
}

// fillTokens replaces the known tokens of a WordprocessingML part.
func fillTokens(s string, tokens map[string]string) (string, error) {
	if len(tokens) == 0 || !strings.Contains(s, "{") {
		return s, nil
	}
	nodes, err := textNodes(s)
	if err != nil {
		return "", err
	}
	type edit struct {
		from, to int
		text     string
	}
	var edits []edit
	for i := 0; i < len(nodes); {
		j := i
		for j < len(nodes) && nodes[j].group == nodes[i].group {
			j++
		}
		group := nodes[i:j]
		i = j
		var all strings.Builder
		bounds := make([]int, 0, len(group)+1)
		for _, n := range group {
			bounds = append(bounds, all.Len())
			all.WriteString(unescapeXML(s[n.start:n.end]))
		}
		bounds = append(bounds, all.Len())
		c := all.String()
		type tok struct {
			ms, me int
			val    string
		}
		var toks []tok
		for _, m := range tokenRE.FindAllStringSubmatchIndex(c, -1) {
			if v, ok := tokens[c[m[2]:m[3]]]; ok {
				toks = append(toks, tok{m[0], m[1], oneLine(v)})
			}
		}
		if len(toks) == 0 {
			continue
		}
		for k, n := range group {
			a, z := bounds[k], bounds[k+1]
			var nb strings.Builder
			pos, changed := a, false
			for _, t := range toks {
				if t.me <= a || t.ms >= z {
					continue
				}
				changed = true
				if t.ms > pos {
					nb.WriteString(c[pos:t.ms])
				}
				if t.ms >= a {
					nb.WriteString(t.val)
				}
				pos = max(pos, min(t.me, z))
			}
			if !changed {
				continue
			}
			nb.WriteString(c[pos:z])
			var x strings.Builder
			x.WriteString(`<w:t xml:space="preserve">`)
			escapeText(&x, nb.String())
			edits = append(edits, edit{n.open, n.end, x.String()})
		}
	}
	if len(edits) == 0 {
		return s, nil
	}
	var b strings.Builder
	b.Grow(len(s) + 64*len(edits))
	at := 0
	for _, e := range edits {
		b.WriteString(s[at:e.from])
		b.WriteString(e.text)
		at = e.to
	}
	b.WriteString(s[at:])
	return b.String(), nil
}

// oneLine makes a token's value one line of text: line ends and tabs
// become spaces (a value is inserted into one w:t).
func oneLine(v string) string {
	if !strings.ContainsAny(v, "\r\n\t") {
		return v
	}
	return strings.Join(strings.Fields(strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ", "\t", " ").Replace(v)), " ")
}

// separators end a run of text within a paragraph.
var separators = []string{"w:tab", "w:ptab", "w:br", "w:cr", "w:fldChar", "w:sym", "w:drawing", "w:pict", "w:object"}

// textNodes finds the w:t elements of a part, in order, each with the
// run of text it belongs to: the text of one paragraph between
// separators. The part is well formed (checked when the letterhead was
// parsed).
func textNodes(s string) ([]textNode, error) {
	var nodes []textNode
	type para struct{ group int }
	var stack []*para
	groups := 0
	newGroup := func() int { groups++; return groups }
	var cur *textNode
	for i := 0; ; {
		lt := strings.IndexByte(s[i:], '<')
		if lt < 0 {
			break
		}
		i += lt
		switch {
		case strings.HasPrefix(s[i:], "<!--"):
			end := strings.Index(s[i:], "-->")
			if end < 0 {
				return nil, errors.New("unterminated comment")
			}
			i += end + 3
			continue
		case strings.HasPrefix(s[i:], "<?"):
			end := strings.Index(s[i:], "?>")
			if end < 0 {
				return nil, errors.New("unterminated processing instruction")
			}
			i += end + 2
			continue
		case strings.HasPrefix(s[i:], "<!"):
			return nil, errors.New("DOCTYPE or CDATA section in a header or footer")
		}
		e := tagEnd(s, i)
		if e < 0 {
			return nil, errors.New("unterminated tag")
		}
		closing := s[i+1] == '/'
		name := s[i+1 : e-1]
		if closing {
			name = name[1:]
		}
		if k := strings.IndexAny(name, " \t\r\n/"); k >= 0 {
			name = name[:k]
		}
		self := !closing && s[e-2] == '/'
		switch {
		case closing && name == "w:p":
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
			if len(stack) > 0 {
				stack[len(stack)-1].group = newGroup()
			}
		case closing && name == "w:t":
			if cur != nil {
				cur.end = i
				nodes = append(nodes, *cur)
				cur = nil
			}
		case !closing && name == "w:p" && !self:
			if len(stack) > 0 {
				stack[len(stack)-1].group = newGroup()
			}
			stack = append(stack, &para{group: newGroup()})
		case !closing && name == "w:t" && !self && len(stack) > 0:
			cur = &textNode{open: i, start: e, group: stack[len(stack)-1].group}
		case !closing && len(stack) > 0 && slices.Contains(separators, name):
			stack[len(stack)-1].group = newGroup()
		}
		i = e
	}
	return nodes, nil
}

// styleRefRE is a reference to a paragraph, run or table style.
var styleRefRE = regexp.MustCompile(`(<w:(?:pStyle|rStyle|tblStyle)\s+w:val\s*=\s*")([^"]*)(")`)

// fillPart prepares a letterhead header or footer for one document: its
// tokens filled in, its references to styles the writer's replaced
// pointed at the writer's (aliases), its paragraphs out of the line
// numbering on pleading paper, and own (the document's running header or
// footer paragraphs, already so) set first (above) or last in it.
func fillPart(part []byte, tokens map[string]string, own string, above bool, aliases map[string]string, pleading bool) ([]byte, error) {
	s, err := fillTokens(string(part), tokens)
	if err != nil {
		return nil, err
	}
	if pleading {
		if s, err = suppressNumbers(s); err != nil {
			return nil, err
		}
	}
	if len(aliases) > 0 {
		s = styleRefRE.ReplaceAllStringFunc(s, func(m string) string {
			p := styleRefRE.FindStringSubmatch(m)
			if to, ok := aliases[unescapeXML(p[2])]; ok {
				return p[1] + xmlAttr(to) + p[3]
			}
			return m
		})
	}
	if own != "" {
		root := rootStart(s)
		if root < 0 {
			return nil, errors.New("no root element")
		}
		e := tagEnd(s, root)
		if e < 0 {
			return nil, errors.New("unterminated root tag")
		}
		name := s[root+1 : e-1]
		if k := strings.IndexAny(name, " \t\r\n/"); k >= 0 {
			name = name[:k]
		}
		switch {
		case s[e-2] == '/': // <w:hdr .../>: an empty part
			s = s[:e-2] + ">" + own + "</" + name + ">" + s[e:]
		case above:
			s = s[:e] + own + s[e:]
		default:
			c := strings.LastIndex(s, "</"+name)
			if c < e {
				return nil, errors.New("unclosed root element")
			}
			s = s[:c] + own + s[c:]
		}
	}
	b := []byte(s)
	if err := wellFormed(b); err != nil {
		return nil, err
	}
	return b, nil
}

// rootStart returns where the root element's start tag begins.
func rootStart(s string) int {
	for i := 0; ; {
		lt := strings.IndexByte(s[i:], '<')
		if lt < 0 {
			return -1
		}
		i += lt
		switch {
		case strings.HasPrefix(s[i:], "<?"):
			end := strings.Index(s[i:], "?>")
			if end < 0 {
				return -1
			}
			i += end + 2
		case strings.HasPrefix(s[i:], "<!--"):
			end := strings.Index(s[i:], "-->")
			if end < 0 {
				return -1
			}
			i += end + 3
		default:
			return i
		}
	}
}

// suppressNumbers keeps every paragraph of a letterhead's header or
// footer out of pleading paper's line numbering, as hdrFtrXML does for
// the writer's own: Word never numbers header lines, LibreOffice numbers
// those whose style does not say otherwise.
func suppressNumbers(s string) (string, error) {
	const mark = "<w:suppressLineNumbers/>"
	var b strings.Builder
	b.Grow(len(s) + 256)
	at := 0
	for i := 0; ; {
		k := strings.Index(s[i:], "<w:p")
		if k < 0 {
			break
		}
		i += k
		e := tagEnd(s, i)
		if e < 0 {
			return "", errors.New("unterminated tag")
		}
		if c := s[i+len("<w:p")]; c != '>' && c != ' ' && c != '/' && c != '\t' && c != '\n' && c != '\r' {
			i = e // <w:pPr>, <w:pStyle ...>, ...
			continue
		}
		b.WriteString(s[at:i])
		if s[e-2] == '/' { // <w:p/>
			b.WriteString(s[i:e-2] + "><w:pPr>" + mark + "</w:pPr></w:p>")
			at, i = e, e
			continue
		}
		b.WriteString(s[i:e])
		at, i = e, e
		if !strings.HasPrefix(s[e:], "<w:pPr") || (s[e+len("<w:pPr")] != '>' && s[e+len("<w:pPr")] != '/' && s[e+len("<w:pPr")] != ' ') {
			b.WriteString("<w:pPr>" + mark + "</w:pPr>")
			continue
		}
		end := elementEnd(s, e)
		if end < 0 {
			return "", errors.New("unclosed <w:pPr>")
		}
		kids, err := children(inner(s[e:end]))
		if err != nil {
			return "", err
		}
		if _, j := findChild(kids, "suppressLineNumbers"); j < 0 {
			kids = append(kids, xmlChild{"suppressLineNumbers", mark})
		}
		b.WriteString("<w:pPr>" + joinOrdered(kids, pPrOrder) + "</w:pPr>")
		at, i = end, end
	}
	b.WriteString(s[at:])
	return b.String(), nil
}

// elementEnd returns the index just after the element whose start tag
// begins at i, or -1.
func elementEnd(s string, i int) int {
	depth := 0
	for {
		e := tagEnd(s, i)
		if e < 0 {
			return -1
		}
		switch {
		case s[i+1] == '/':
			depth--
		case s[i+1] == '!' || s[i+1] == '?':
		case s[e-2] != '/':
			depth++
		}
		if depth <= 0 {
			return e
		}
		k := strings.IndexByte(s[e:], '<')
		if k < 0 {
			return -1
		}
		i = e + k
	}
}
