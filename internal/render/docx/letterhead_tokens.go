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
