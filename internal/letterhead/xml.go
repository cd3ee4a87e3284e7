package letterhead

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// An XML part of the letterhead as the sanitiser reads and rewrites it: a
// list of tokens, each element's start and end tied together and every
// prefix resolved to its namespace, so that rules can name elements by
// namespace (whatever prefix the file uses) and drop whole elements.
//
// Every part redress copies is written again from its tokens (write), not
// copied as bytes: what comes out is UTF-8 with one XML declaration, no
// DOCTYPE, CDATA, comments or processing instructions, every text and
// attribute value escaped, names of ASCII letters, digits and "_-.:"
// only. That is the XML the DOCX writer's own scanner accepts and the
// only XML its text edits (tokens, styles) have to handle, so that what
// Open accepts, drafting accepts too.

// Namespaces the sanitiser knows elements by.
const (
	nsW   = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsR   = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	nsPkg = "http://schemas.openxmlformats.org/package/2006/relationships"
	nsCT  = "http://schemas.openxmlformats.org/package/2006/content-types"
	nsA   = "http://schemas.openxmlformats.org/drawingml/2006/main"
	nsV   = "urn:schemas-microsoft-com:vml"
	nsO   = "urn:schemas-microsoft-com:office:office"
	nsXML = "http://www.w3.org/XML/1998/namespace"
)

type tokKind uint8

const (
	tStart tokKind = iota
	tEnd
	tText
)

// tok is one token of a part.
type tok struct {
	kind   tokKind
	name   xml.Name   // as written: Space is the prefix
	ns     string     // the namespace the element's prefix is bound to
	attrs  []xml.Attr // as written
	attrNS []string   // the namespace of each attribute ("" for none)
	text   []byte     // a text token's characters, unescaped
	match  int        // a start's end token and an end's start token
	parent int        // the enclosing element's start token, -1 for the root
	empty  bool       // a start written as <x/>
}

// part is a parsed XML part.
type part struct {
	toks []tok
}

// is reports whether token i is the start of element ns:local.
func (p *part) is(i int, ns, local string) bool {
	t := &p.toks[i]
	return t.kind == tStart && t.ns == ns && t.name.Local == local
}

// attr returns the value of token i's attribute ns:local.
func (p *part) attr(i int, ns, local string) (string, bool) {
	t := &p.toks[i]
	for k, a := range t.attrs {
		if t.attrNS[k] == ns && a.Name.Local == local {
			return a.Value, true
		}
	}
	return "", false
}

// ancestor returns the nearest start token enclosing token i (not i
// itself) that ok accepts, or -1.
func (p *part) ancestor(i int, ok func(j int) bool) int {
	for j := p.toks[i].parent; j >= 0; j = p.toks[j].parent {
		if ok(j) {
			return j
		}
	}
	return -1
}

// root returns the root element's start token.
func (p *part) root() *tok {
	for i := range p.toks {
		if p.toks[i].kind == tStart {
			return &p.toks[i]
		}
	}
	return nil
}

// parseXML reads a part into tokens. It checks what the DOCX writer's
// scanner checks and encoding/xml does not on its own: matching end tags,
// declared prefixes, one root and no text around it, ASCII names.
func parseXML(b []byte) (*part, error) {
	d := xml.NewDecoder(bytes.NewReader(b))
	d.Strict = true
	p := &part{}
	type scope struct {
		start int
		ns    map[string]string // the prefixes its start tag declares
	}
	var stack []scope
	lookup := func(prefix string) (string, bool) {
		switch prefix {
		case "xml":
			return nsXML, true
		case "xmlns":
			return "", true
		}
		for i := len(stack) - 1; i >= 0; i-- {
			if uri, ok := stack[i].ns[prefix]; ok {
				return uri, true
			}
		}
		return "", prefix == ""
	}
	roots := 0
	var last int64
	for {
		raw, err := d.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, xmlError(err)
		}
		off := d.InputOffset()
		width := off - last
		last = off
		parent := -1
		if len(stack) > 0 {
			parent = stack[len(stack)-1].start
		}
		switch t := raw.(type) {
		case xml.StartElement:
			if len(stack) == 0 {
				if roots++; roots > 1 {
					return nil, errors.New("it has a second root element")
				}
			}
			if err := checkName(t.Name); err != nil {
				return nil, err
			}
			sc := scope{start: len(p.toks)}
			for _, a := range t.Attr {
				if err := checkName(a.Name); err != nil {
					return nil, err
				}
				switch {
				case a.Name.Space == "xmlns":
					if sc.ns == nil {
						sc.ns = map[string]string{}
					}
					sc.ns[a.Name.Local] = a.Value
				case a.Name.Space == "" && a.Name.Local == "xmlns":
					if sc.ns == nil {
						sc.ns = map[string]string{}
					}
					sc.ns[""] = a.Value
				}
			}
			stack = append(stack, sc)
			nt := tok{kind: tStart, name: t.Name, attrs: t.Attr, parent: parent, attrNS: make([]string, len(t.Attr))}
			var ok bool
			if nt.ns, ok = lookup(t.Name.Space); !ok {
				return nil, fmt.Errorf("the prefix %q of <%s> is not declared", t.Name.Space, qname(t.Name))
			}
			for k, a := range t.Attr {
				if a.Name.Space == "" {
					continue // an attribute without a prefix has no namespace
				}
				if nt.attrNS[k], ok = lookup(a.Name.Space); !ok {
					return nil, fmt.Errorf("the prefix %q of the attribute %s is not declared", a.Name.Space, qname(a.Name))
				}
			}
			p.toks = append(p.toks, nt)
		case xml.EndElement:
			if len(stack) == 0 {
				return nil, fmt.Errorf("</%s> closes nothing", qname(t.Name))
			}
			start := stack[len(stack)-1].start
			stack = stack[:len(stack)-1]
			if st := p.toks[start].name; st != t.Name {
				return nil, fmt.Errorf("</%s> closes <%s>", qname(t.Name), qname(st))
			}
			p.toks[start].match = len(p.toks)
			// A start tag written <x/> is followed by its end at once, and
			// the end takes no bytes of its own.
			p.toks[start].empty = width == 0 && start == len(p.toks)-1
			p.toks = append(p.toks, tok{kind: tEnd, name: t.Name, ns: p.toks[start].ns, match: start, parent: p.toks[start].parent})
		case xml.CharData:
			if len(stack) == 0 {
				if len(bytes.TrimLeft(t, " \t\r\n")) > 0 {
					return nil, errors.New("it has text outside its root element")
				}
				continue
			}
			p.toks = append(p.toks, tok{kind: tText, text: bytes.Clone(t), parent: parent})
		case xml.Directive:
			return nil, errors.New("it holds a DOCTYPE or other <!...> declaration, which Word never writes")
		case xml.Comment, xml.ProcInst:
			// Dropped: the XML declaration is written again, and comments
			// and processing instructions carry nothing Word needs.
		}
	}
	if len(stack) > 0 {
		return nil, fmt.Errorf("<%s> is never closed", qname(p.toks[stack[len(stack)-1].start].name))
	}
	if roots == 0 {
		return nil, errors.New("it has no root element")
	}
	return p, nil
}

// xmlError words an error of encoding/xml without its "XML syntax error"
// preamble.
func xmlError(err error) error {
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		return fmt.Errorf("line %d: %s", se.Line, se.Msg)
	}
	return errors.New(strings.TrimPrefix(err.Error(), "xml: "))
}

// checkName accepts the names the DOCX writer's scanner accepts: ASCII
// letters, digits and "_-.", starting with a letter or '_', with an
// optional prefix. Word and LibreOffice write no others.
func checkName(n xml.Name) error {
	ok := func(s string) bool {
		if s == "" {
			return false
		}
		for i := 0; i < len(s); i++ {
			c := s[i]
			letter := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
			if !letter && (i == 0 || !(c >= '0' && c <= '9' || c == '-' || c == '.')) {
				return false
			}
		}
		return true
	}
	if !ok(n.Local) || n.Space != "" && !ok(n.Space) {
		return fmt.Errorf("the name %q is not one Word writes", qname(n))
	}
	return nil
}

func qname(n xml.Name) string {
	if n.Space == "" {
		return n.Local
	}
	return n.Space + ":" + n.Local
}

// edits is what the sanitiser changes in a part.
type edits struct {
	drop     []bool         // tokens left out
	dropAttr map[int][]bool // start token → its attributes left out
}

func newEdits(p *part) *edits {
	return &edits{drop: make([]bool, len(p.toks)), dropAttr: map[int][]bool{}}
}

// element leaves out the element that starts at token i, with everything
// in it.
func (e *edits) element(p *part, i int) {
	for k := i; k <= p.toks[i].match; k++ {
		e.drop[k] = true
	}
}

// unwrap leaves out the start and end tags of the element at i, keeping
// what it holds.
func (e *edits) unwrap(p *part, i int) {
	e.drop[i], e.drop[p.toks[i].match] = true, true
}

// attribute leaves out attribute k of the start token i.
func (e *edits) attribute(p *part, i, k int) {
	d := e.dropAttr[i]
	if d == nil {
		d = make([]bool, len(p.toks[i].attrs))
		e.dropAttr[i] = d
	}
	d[k] = true
}

// within leaves out every element and text that lies wholly between
// tokens from and to (inclusive); the elements that enclose from or to
// stay.
func (e *edits) within(p *part, from, to int) {
	for k := from; k <= to; {
		t := &p.toks[k]
		switch {
		case t.kind == tStart && t.match <= to:
			e.element(p, k)
			k = t.match + 1
		case t.kind == tText:
			e.drop[k] = true
			k++
		default:
			k++
		}
	}
}

// write writes the part's tokens, without those e leaves out, as the
// package comment says. The root element always has an end tag: the
// writer's text edits look for it.
func (p *part) write(e *edits) []byte {
	var b bytes.Buffer
	b.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n")
	for i := range p.toks {
		if e != nil && e.drop[i] {
			continue
		}
		t := &p.toks[i]
		switch t.kind {
		case tStart:
			b.WriteByte('<')
			b.WriteString(qname(t.name))
			var gone []bool
			if e != nil {
				gone = e.dropAttr[i]
			}
			for k, a := range t.attrs {
				if gone != nil && gone[k] {
					continue
				}
				b.WriteByte(' ')
				b.WriteString(qname(a.Name))
				b.WriteString(`="`)
				escape(&b, a.Value, true)
				b.WriteByte('"')
			}
			if t.empty && t.parent >= 0 {
				b.WriteString("/>")
			} else {
				b.WriteByte('>')
			}
		case tEnd:
			if s := &p.toks[t.match]; s.empty && s.parent >= 0 {
				continue
			}
			b.WriteString("</")
			b.WriteString(qname(t.name))
			b.WriteByte('>')
		case tText:
			escape(&b, string(t.text), false)
		}
	}
	return b.Bytes()
}

// escape writes s as XML text, or as an attribute value (where quotes,
// tabs and line ends are escaped too, so that they survive reading).
func escape(b *bytes.Buffer, s string, attr bool) {
	for _, r := range s {
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '"' && attr:
			b.WriteString("&quot;")
		case r == '\t' && attr:
			b.WriteString("&#9;")
		case r == '\n' && attr:
			b.WriteString("&#10;")
		case r == '\r':
			b.WriteString("&#13;")
		default:
			b.WriteRune(r)
		}
	}
}
