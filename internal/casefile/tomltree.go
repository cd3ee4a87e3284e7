package casefile

import (
	"errors"
	"strings"

	"github.com/pelletier/go-toml/v2"
	"github.com/pelletier/go-toml/v2/unstable"
)

// parseTOML reads TOML with go-toml's unstable parser, the only one that
// exposes where each key and value was written. That parser reads one
// expression at a time and leaves tables to its caller, so the table rules
// that matter here are applied below: a key or table defined twice is an
// error, inline tables are closed, [[x]] appends to a list of tables.
// Local dates (2025-03-14) stay dates; they are never silently zeroed, as
// viper's decode of a toml.LocalDate into time.Time does.
//
// The parser is lenient about the content of numbers and dates; see
// checkTOML for the rest of the TOML spec.
func parseTOML(data []byte, c *collector) *node {
	b := &tomlBuilder{
		data:   data,
		lines:  c.lines,
		c:      c,
		root:   &node{kind: kindMap, pos: Pos{Line: 1, Col: 1}},
		tables: map[*node]tableKind{},
		arrays: map[*node]bool{},
	}
	b.cur = b.root
	var p unstable.Parser
	p.Reset(data)
	for !b.stopped && p.NextExpression() {
		b.expression(&p, p.Expression())
	}
	if b.stopped {
		return nil
	}
	if err := p.Error(); err != nil {
		b.c.at(b.errPos(err), "", "TOML syntax error: %s", err.Error())
		return nil
	}
	return b.root
}

// checkTOML runs go-toml's own decoder over a file whose tree was built,
// as a check of what the lenient parser lets through (a malformed number,
// a table defined by both dotted keys and a header). Its one error is
// dropped when a problem is already reported on that line: the decoder
// also rejects 2025-02-30, which the case-file decode has already named
// with its key and a better message.
func checkTOML(data []byte, c *collector) {
	var check map[string]any
	err := toml.Unmarshal(data, &check)
	if err == nil {
		return
	}
	var de *toml.DecodeError
	var pos Pos
	if errors.As(err, &de) {
		pos.Line, pos.Col = de.Position()
	}
	for _, p := range c.probs {
		if p.File == c.file && p.Pos.Line == pos.Line {
			return
		}
	}
	c.at(pos, "", "TOML syntax error: %s", err.Error())
}

// tableKind records how a table came to exist, which decides whether it
// may be defined or extended again.
type tableKind int

const (
	tableImplicit tableKind = iota // made as the parent of [a.b]
	tableDotted                    // made by a dotted key, a.b = 1
	tableHeader                    // defined by its own [header]
	tableInline                    // an inline table { ... }: closed
)

type tomlBuilder struct {
	data   []byte
	lines  *lineIndex
	c      *collector
	root   *node
	cur    *node // the table that key = value lines go into
	curAt  loc   // and its key path
	tables map[*node]tableKind
	arrays map[*node]bool // lists made by [[x]], which [[x]] may extend
	// stopped is set when a table has more than maxKeys keys: that one
	// problem is the file's, and the rest is not read.
	stopped bool
}

// add adds a key to table t, unless t already has maxKeys keys: then it
// reports the file's one problem and stops the build (see treesize.go).
func (b *tomlBuilder) add(t *node, key string, pos Pos, val *node, at loc) (prev *entry) {
	if len(t.entries) >= maxKeys && !b.stopped {
		b.c.at(pos, parentPath(at.path), "%s", tooManyKeys("table"))
		b.stopped = true
	}
	if b.stopped {
		return nil
	}
	return t.add(key, pos, val)
}

// at returns the position of a slice of the parser's input.
func (b *tomlBuilder) at(r unstable.Range) Pos {
	return b.lines.pos(int(r.Offset))
}

// errPos finds where a parser error points: its highlight is a slice of
// the input, so the distance of its end from the end of the input's
// backing array gives its offset.
func (b *tomlBuilder) errPos(err error) Pos {
	var pe *unstable.ParserError
	if !errors.As(err, &pe) || pe.Highlight == nil {
		return b.lines.pos(len(b.data))
	}
	return b.lines.pos(cap(b.data) - cap(pe.Highlight))
}

// keyParts reads the (possibly dotted) key of a table header or key-value.
func (b *tomlBuilder) keyParts(n *unstable.Node) (keys []string, poss []Pos) {
	it := n.Key()
	for it.Next() {
		k := it.Node()
		keys = append(keys, string(k.Data))
		poss = append(poss, b.at(k.Raw))
	}
	return keys, poss
}

func (b *tomlBuilder) expression(p *unstable.Parser, n *unstable.Node) {
	if n == nil {
		return
	}
	switch n.Kind {
	case unstable.Table:
		keys, poss := b.keyParts(n)
		b.cur, b.curAt = b.header(keys, poss, false)
	case unstable.ArrayTable:
		keys, poss := b.keyParts(n)
		b.cur, b.curAt = b.header(keys, poss, true)
	case unstable.KeyValue:
		b.keyValue(b.cur, b.curAt, n)
	}
}

// detached is where the keys of a table that could not be defined go, so
// that they are still checked for syntax but cause no further errors.
func detached() *node { return &node{kind: kindMap} }

// header handles [a.b.c] and [[a.b.c]] and returns the table that the
// following key = value lines fill.
func (b *tomlBuilder) header(keys []string, poss []Pos, array bool) (*node, loc) {
	t := b.root
	name := ""
	var at loc
	for i, k := range keys {
		if name != "" {
			name += "."
		}
		name += k
		at = at.key(k)
		last := i == len(keys)-1
		e := t.get(k)
		if e == nil {
			if last && array {
				l := &node{kind: kindList, pos: poss[i]}
				b.arrays[l] = true
				b.add(t, k, poss[i], l, at)
				return b.appendTable(l, poss[i]), at.index(0)
			}
			m := &node{kind: kindMap, pos: poss[i]}
			b.tables[m] = tableImplicit
			if last {
				b.tables[m] = tableHeader
			}
			b.add(t, k, poss[i], m, at)
			t = m
			continue
		}
		v := e.val
		switch {
		case v.kind == kindList && b.arrays[v]:
			if last {
				if array {
					return b.appendTable(v, poss[i]), at.index(len(v.items))
				}
				b.c.at(poss[i], at.path, "[%s] is already a list of tables ([[%s]], line %d); use [[%s]] to add one", name, name, e.keyPos.Line, name)
				return detached(), at
			}
			at = at.index(len(v.items) - 1)
			t = v.items[len(v.items)-1]
		case v.kind == kindMap && b.tables[v] == tableInline:
			b.c.at(poss[i], at.path, "%s was written as an inline table { ... } on line %d and cannot be extended; put all its keys there", name, e.keyPos.Line)
			return detached(), at
		case v.kind == kindMap:
			if last {
				if array {
					b.c.at(poss[i], at.path, "[[%s]] would make a list, but %s is already a table (line %d)", name, name, e.keyPos.Line)
					return detached(), at
				}
				switch b.tables[v] {
				case tableHeader:
					b.c.at(poss[i], at.path, "table [%s] is written twice (first on line %d); keep one", name, e.keyPos.Line)
					return detached(), at
				case tableDotted:
					b.c.at(poss[i], at.path, "%s was begun with dotted keys (%s.… = on line %d), so a [%s] table cannot add to it; write all its keys one way", name, name, e.keyPos.Line, name)
					return detached(), at
				}
				b.tables[v] = tableHeader
			}
			t = v
		default:
			b.c.at(poss[i], at.path, "%s is already a value (line %d), not a table", name, e.keyPos.Line)
			return detached(), at
		}
	}
	return t, at
}

// appendTable adds a new table to a [[x]] list.
func (b *tomlBuilder) appendTable(l *node, pos Pos) *node {
	m := &node{kind: kindMap, pos: pos}
	b.tables[m] = tableHeader
	l.items = append(l.items, m)
	return m
}

// keyValue handles a.b.c = value inside table t, which is at key path at.
func (b *tomlBuilder) keyValue(t *node, at loc, n *unstable.Node) {
	keys, poss := b.keyParts(n)
	if len(keys) == 0 {
		return
	}
	for i, k := range keys[:len(keys)-1] {
		at = at.key(k)
		e := t.get(k)
		switch {
		case e == nil:
			m := &node{kind: kindMap, pos: poss[i]}
			b.tables[m] = tableDotted
			b.add(t, k, poss[i], m, at)
			t = m
		case e.val.kind == kindMap && b.tables[e.val] != tableInline:
			t = e.val
		default:
			b.c.at(poss[i], at.path, "%s is already %s (line %d) and cannot take more keys", strings.Join(keys[:i+1], "."), describe(e.val, "an inline table"), e.keyPos.Line)
			return
		}
	}
	k, pos := keys[len(keys)-1], poss[len(poss)-1]
	at = at.key(k)
	val := b.value(n.Value(), pos, at)
	if prev := b.add(t, k, pos, val, at); prev != nil {
		b.c.at(pos, at.path, "key %q is written twice in this table (first on line %d); keep one", strings.Join(keys, "."), prev.keyPos.Line)
	}
}

// value converts a TOML value. keyPos stands in for values whose node has
// no range of its own (arrays).
func (b *tomlBuilder) value(n *unstable.Node, keyPos Pos, at loc) *node {
	if n == nil {
		return &node{kind: kindNull, pos: keyPos}
	}
	pos := keyPos
	if n.Raw.Length > 0 {
		pos = b.at(n.Raw)
	}
	if at.depth > maxDepth {
		b.c.at(pos, at.path, "%s", nestedTooDeep())
		return &node{kind: kindNull, pos: pos}
	}
	text := string(n.Data)
	switch n.Kind {
	case unstable.String:
		return &node{kind: kindString, pos: pos, text: text}
	case unstable.Bool:
		return &node{kind: kindBool, pos: pos, b: text == "true"}
	case unstable.Integer:
		return &node{kind: kindInt, pos: pos, text: text}
	case unstable.Float:
		return &node{kind: kindFloat, pos: pos, text: text}
	case unstable.LocalDate:
		return &node{kind: kindDate, pos: pos, text: text}
	case unstable.LocalTime:
		return &node{kind: kindTime, pos: pos, text: text}
	case unstable.LocalDateTime, unstable.DateTime:
		return &node{kind: kindDateTime, pos: pos, text: text}
	case unstable.Array:
		l := &node{kind: kindList, pos: pos}
		it := n.Children()
		for it.Next() {
			c := it.Node()
			if c.Kind == unstable.Comment {
				continue
			}
			item := b.value(c, pos, at.index(len(l.items)))
			if len(l.items) == 0 && n.Raw.Length == 0 {
				l.pos = item.pos
			}
			l.items = append(l.items, item)
		}
		return l
	case unstable.InlineTable:
		m := &node{kind: kindMap, pos: pos}
		b.tables[m] = tableHeader // open while its own keys are read
		it := n.Children()
		for it.Next() {
			if c := it.Node(); c.Kind == unstable.KeyValue {
				b.keyValue(m, at, c)
			}
		}
		b.closeInline(m)
		return m
	}
	b.c.at(pos, at.path, "this kind of TOML value (%s) cannot be used in a case file", n.Kind)
	return &node{kind: kindNull, pos: pos}
}

// closeInline marks an inline table, and the tables its dotted keys made,
// as closed to later extension.
func (b *tomlBuilder) closeInline(m *node) {
	b.tables[m] = tableInline
	for _, e := range m.entries {
		if e.val.kind == kindMap {
			if _, ours := b.tables[e.val]; ours {
				b.closeInline(e.val)
			}
		}
	}
}
