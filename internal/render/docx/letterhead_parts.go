package docx

import (
	"errors"
	"regexp"
	"strings"
)

// A letterhead's header or footer, made ready for one document: its
// tokens filled in (letterhead_tokens.go), its style references pointed
// at the merged stylesheet's, its paragraphs kept out of pleading paper's
// line numbering, and the document's own running header or footer added.
// The part is letterhead.Open's plain rewrite of the letterhead's, so the
// edits here are string work on XML of a known shape.

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
