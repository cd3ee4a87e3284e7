package casefile

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
)

// parseJSON reads JSON token by token with encoding/json's Decoder, which
// gives byte offsets that lineIndex turns into lines and columns. Numbers
// stay json.Number, the literal text, so that money is read exactly.
// Unlike json.Unmarshal, it reports duplicate keys instead of keeping the
// last one silently.
func parseJSON(data []byte, c *collector) *node {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	b := &jsonBuilder{data: data, dec: dec, lines: c.lines, c: c}
	root, ok := b.value(loc{})
	if !ok {
		return nil
	}
	if root.kind != kindMap {
		c.at(root.pos, "", "a JSON case file is one object, {\"schema\": 1, ...}; this file holds %s", describe(root, "an object"))
		return nil
	}
	start := b.next()
	if _, err := dec.Token(); err != io.EOF {
		b.syntax(err, start, "unexpected text after the closing } of the case file")
		return nil
	}
	return root
}

type jsonBuilder struct {
	data  []byte
	dec   *json.Decoder
	lines *lineIndex
	c     *collector
}

// next returns the offset where the next token starts: InputOffset is the
// end of the previous token, and a separator may lie in between.
func (b *jsonBuilder) next() int {
	off := int(b.dec.InputOffset())
	for off < len(b.data) {
		switch b.data[off] {
		case ' ', '\t', '\r', '\n', ',', ':':
			off++
			continue
		}
		break
	}
	return off
}

// syntax reports a syntax error: at the offset the decoder gives, or else
// where the failing token began.
func (b *jsonBuilder) syntax(err error, start int, fallback string) {
	var se *json.SyntaxError
	switch {
	case errors.As(err, &se):
		off := int(se.Offset)
		if off > 0 {
			off-- // Offset counts the byte that failed
		}
		b.c.at(b.lines.pos(off), "", "JSON syntax error: %s", se.Error())
	case err == io.EOF || errors.Is(err, io.ErrUnexpectedEOF):
		b.c.at(b.lines.pos(len(b.data)), "", "JSON syntax error: the file ends before the JSON is complete (a missing } or ]?)")
	case err != nil:
		b.c.at(b.lines.pos(start), "", "JSON syntax error: %v", err)
	default:
		b.c.at(b.lines.pos(start), "", "JSON syntax error: %s", fallback)
	}
}

// value reads one value. ok is false after a syntax error, which ends the
// parse: the decoder cannot resynchronise.
func (b *jsonBuilder) value(at loc) (*node, bool) {
	start := b.next()
	pos := b.lines.pos(start)
	tok, err := b.dec.Token()
	if err != nil {
		b.syntax(err, start, "")
		return nil, false
	}
	if at.depth > maxDepth {
		b.c.at(pos, at.path, "%s", nestedTooDeep())
		return nil, false
	}
	switch t := tok.(type) {
	case nil:
		return &node{kind: kindNull, pos: pos}, true
	case bool:
		return &node{kind: kindBool, pos: pos, b: t}, true
	case json.Number:
		k := kindInt
		if bytes.ContainsAny([]byte(t), ".eE") {
			k = kindFloat
		}
		return &node{kind: k, pos: pos, text: string(t)}, true
	case string:
		return &node{kind: kindString, pos: pos, text: t}, true
	case json.Delim:
		switch t {
		case '{':
			return b.object(pos, at)
		case '[':
			return b.array(pos, at)
		}
	}
	b.syntax(nil, start, "unexpected "+sprintf("%v", tok))
	return nil, false
}

func (b *jsonBuilder) object(pos Pos, at loc) (*node, bool) {
	m := &node{kind: kindMap, pos: pos}
	for keys := 0; b.dec.More(); keys++ {
		start := b.next()
		keyPos := b.lines.pos(start)
		if keys == maxKeys {
			b.c.at(keyPos, at.path, "%s", tooManyKeys("object"))
			return nil, false
		}
		tok, err := b.dec.Token()
		if err != nil {
			b.syntax(err, start, "")
			return nil, false
		}
		key, isString := tok.(string)
		if !isString {
			b.syntax(nil, start, "an object key must be a string in double quotes")
			return nil, false
		}
		val, ok := b.value(at.key(key))
		if !ok {
			return nil, false
		}
		if prev := m.add(key, keyPos, val); prev != nil {
			b.c.at(keyPos, at.key(key).path, "key %q is written twice in this object (first on line %d); keep one", key, prev.keyPos.Line)
		}
	}
	return m, b.close()
}

func (b *jsonBuilder) array(pos Pos, at loc) (*node, bool) {
	l := &node{kind: kindList, pos: pos}
	for i := 0; b.dec.More(); i++ {
		val, ok := b.value(at.index(i))
		if !ok {
			return nil, false
		}
		l.items = append(l.items, val)
	}
	return l, b.close()
}

// close reads the } or ] that ends an object or array.
func (b *jsonBuilder) close() bool {
	start := b.next()
	if _, err := b.dec.Token(); err != nil {
		b.syntax(err, start, "")
		return false
	}
	return true
}
