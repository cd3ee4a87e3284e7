package docx

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"unicode/utf8"
)

// wellFormed checks that b is one well-formed XML element, optionally after
// an XML declaration: UTF-8 throughout, only characters XML 1.0 allows,
// tags that nest and match, attributes quoted, and every & starting a
// character or predefined entity reference.
//
// Why not encoding/xml: this check runs on every part of every document,
// and in a batch encoding/xml's decoder was 16% of the run for a property
// the writer establishes by construction. This scanner accepts only the
// XML the writer produces (no CDATA, DOCTYPE or processing
// instructions beyond the declaration), so anything unusual is an error,
// never a silent pass; a test checks it agrees with encoding/xml on every
// part we generate and on fuzzed input.
func wellFormed(b []byte) error {
	if !utf8.Valid(b) {
		return errors.New("not UTF-8")
	}
	s := scanner{b: b}
	if bytes.HasPrefix(b, []byte("<?xml")) {
		decl := xmlDecl.Find(b)
		if decl == nil {
			return errors.New(`XML declaration is not <?xml version="1.0" encoding="UTF-8"?>`)
		}
		s.i = len(decl)
	}
	return s.document()
}

// xmlDecl is the XML declaration the scanner accepts: version 1.0, UTF-8.
var xmlDecl = regexp.MustCompile(`^<\?xml version=(?:"1\.0"|'1\.0')(?: encoding=(?:"(?i:utf-8)"|'(?i:utf-8)'))?(?: standalone=(?:"(?:yes|no)"|'(?:yes|no)'))?[ \t\r\n]*\?>`)

type scanner struct {
	b    []byte
	i    int
	open [][]byte // names of the elements open at i
}

func (s *scanner) errorf(format string, a ...any) error {
	return fmt.Errorf("byte %d: %s", s.i, fmt.Sprintf(format, a...))
}

func (s *scanner) document() error {
	root := false
	for s.i < len(s.b) {
		c := s.b[s.i]
		if c != '<' {
			if len(s.open) == 0 && !isSpace(c) {
				return s.errorf("text outside the root element")
			}
			if err := s.text(); err != nil {
				return err
			}
			continue
		}
		if bytes.HasPrefix(s.b[s.i:], []byte("<!--")) {
			if err := s.comment(); err != nil {
				return err
			}
			continue
		}
		if s.i+1 < len(s.b) && s.b[s.i+1] == '/' {
			if err := s.endTag(); err != nil {
				return err
			}
			continue
		}
		if len(s.open) == 0 && root {
			return s.errorf("a second root element")
		}
		root = true
		if err := s.startTag(); err != nil {
			return err
		}
	}
	if len(s.open) > 0 {
		return fmt.Errorf("unclosed <%s>", s.open[len(s.open)-1])
	}
	if !root {
		return errors.New("no root element")
	}
	return nil
}

// comment consumes <!-- ... -->, which may not contain "--".
func (s *scanner) comment() error {
	body := s.b[s.i+4:]
	end := bytes.Index(body, []byte("--"))
	if end < 0 || end+2 >= len(body) || body[end+2] != '>' {
		return s.errorf("unterminated comment, or \"--\" inside one")
	}
	s.i += 4 + end + 3
	return nil
}

// text consumes character data up to the next '<'.
func (s *scanner) text() error {
	for s.i < len(s.b) && s.b[s.i] != '<' {
		if s.b[s.i] == ']' && bytes.HasPrefix(s.b[s.i:], []byte("]]>")) {
			return s.errorf(`"]]>" in text`)
		}
		if err := s.char('<'); err != nil {
			return err
		}
	}
	return nil
}

// char consumes one character of text or of an attribute value; stop is
// the character that may not occur unescaped there besides '<' and '&'.
func (s *scanner) char(stop byte) error {
	c := s.b[s.i]
	switch {
	case c == '&':
		return s.reference()
	case c == stop, c == '<':
		return s.errorf("unescaped %q", c)
	case c < 0x20 && c != '\t' && c != '\n' && c != '\r':
		return s.errorf("control character %U", rune(c))
	case c < utf8.RuneSelf:
		s.i++
		return nil
	}
	r, n := utf8.DecodeRune(s.b[s.i:])
	if !xmlChar(r) {
		return s.errorf("character %U is not allowed in XML", r)
	}
	s.i += n
	return nil
}

// reference consumes &name; or &#N; or &#xH;.
func (s *scanner) reference() error {
	end := bytes.IndexByte(s.b[s.i:], ';')
	if end < 0 || end > 12 {
		return s.errorf("& that starts no reference")
	}
	ref := s.b[s.i+1 : s.i+end]
	switch string(ref) {
	case "amp", "lt", "gt", "quot", "apos":
		s.i += end + 1
		return nil
	}
	if len(ref) < 2 || ref[0] != '#' {
		return s.errorf("unknown entity &%s;", ref)
	}
	digits, base := ref[1:], 10
	if digits[0] == 'x' {
		digits, base = digits[1:], 16
	}
	if len(digits) == 0 {
		return s.errorf("empty character reference")
	}
	var r rune
	for _, d := range digits {
		v := rune(-1)
		switch {
		case d >= '0' && d <= '9':
			v = rune(d - '0')
		case base == 16 && d >= 'a' && d <= 'f':
			v = rune(d-'a') + 10
		case base == 16 && d >= 'A' && d <= 'F':
			v = rune(d-'A') + 10
		}
		if v < 0 {
			return s.errorf("bad character reference &%s;", ref)
		}
		r = r*rune(base) + v
	}
	if !xmlChar(r) {
		return s.errorf("character reference &%s; to a character XML forbids", ref)
	}
	s.i += end + 1
	return nil
}

// xmlChar reports whether XML 1.0 allows r.
func xmlChar(r rune) bool {
	switch {
	case r == '\t', r == '\n', r == '\r':
		return true
	case r < 0x20, r >= 0xD800 && r <= 0xDFFF, r == 0xFFFE, r == 0xFFFF, r > 0x10FFFF:
		return false
	}
	return true
}

func (s *scanner) startTag() error {
	s.i++ // <
	name, err := s.name()
	if err != nil {
		return err
	}
	for {
		hadSpace := s.spaces()
		if s.i >= len(s.b) {
			return s.errorf("unterminated <%s", name)
		}
		switch s.b[s.i] {
		case '/':
			if s.i+1 >= len(s.b) || s.b[s.i+1] != '>' {
				return s.errorf("'/' not followed by '>' in <%s", name)
			}
			s.i += 2
			return nil
		case '>':
			s.i++
			s.open = append(s.open, name)
			return nil
		}
		if !hadSpace {
			return s.errorf("no space before an attribute of <%s", name)
		}
		if err := s.attribute(); err != nil {
			return err
		}
	}
}

func (s *scanner) attribute() error {
	if _, err := s.name(); err != nil {
		return err
	}
	s.spaces()
	if s.i >= len(s.b) || s.b[s.i] != '=' {
		return s.errorf("attribute without '='")
	}
	s.i++
	s.spaces()
	if s.i >= len(s.b) || (s.b[s.i] != '"' && s.b[s.i] != '\'') {
		return s.errorf("attribute value not quoted")
	}
	q := s.b[s.i]
	s.i++
	for s.i < len(s.b) && s.b[s.i] != q {
		if err := s.char(q); err != nil {
			return err
		}
	}
	if s.i >= len(s.b) {
		return s.errorf("unterminated attribute value")
	}
	s.i++
	return nil
}

func (s *scanner) endTag() error {
	s.i += 2 // </
	name, err := s.name()
	if err != nil {
		return err
	}
	s.spaces()
	if s.i >= len(s.b) || s.b[s.i] != '>' {
		return s.errorf("unterminated </%s", name)
	}
	s.i++
	if len(s.open) == 0 || !bytes.Equal(s.open[len(s.open)-1], name) {
		return s.errorf("unexpected </%s>", name)
	}
	s.open = s.open[:len(s.open)-1]
	return nil
}

// name consumes an element or attribute name. Only the characters the
// writer uses are accepted: ASCII letters, digits and "_-.:", starting with
// a letter or '_'.
func (s *scanner) name() ([]byte, error) {
	start := s.i
	for s.i < len(s.b) {
		c := s.b[s.i]
		letter := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
		if !letter && (s.i == start || !(c >= '0' && c <= '9' || c == '-' || c == '.' || c == ':')) {
			break
		}
		s.i++
	}
	name := s.b[start:s.i]
	if len(name) == 0 {
		return nil, s.errorf("expected a name")
	}
	// At most one colon, between a prefix and a local name that both start
	// with a letter or '_'.
	if c := bytes.IndexByte(name, ':'); c >= 0 {
		local := name[c+1:]
		if len(local) == 0 || bytes.IndexByte(local, ':') >= 0 || !(local[0] >= 'a' && local[0] <= 'z' || local[0] >= 'A' && local[0] <= 'Z' || local[0] == '_') {
			return nil, s.errorf("bad qualified name %q", name)
		}
	}
	return name, nil
}

func (s *scanner) spaces() bool {
	start := s.i
	for s.i < len(s.b) && isSpace(s.b[s.i]) {
		s.i++
	}
	return s.i > start
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
