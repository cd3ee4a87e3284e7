package casefile

import (
	"errors"
	"strings"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
	"github.com/goccy/go-yaml/token"
)

// parseYAML reads YAML with goccy/go-yaml's parser, which keeps a token,
// and so a line and column, for every key and value. Duplicate keys are
// let through the parser and reported here, all of them, rather than
// stopping at the first.
func parseYAML(data []byte, c *collector) *node {
	if d, off := yamlNesting(data); d > maxDepth {
		c.at(c.lines.pos(off), "", "%s", nestedTooDeep())
		return nil
	}
	if off, wide := yamlWideMapping(data); wide {
		c.at(c.lines.pos(off), "", "%s", tooManyKeys("mapping"))
		return nil
	}
	f, err := parser.ParseBytes(data, 0, parser.AllowDuplicateMapKey())
	if err != nil {
		var ye yaml.Error
		if errors.As(err, &ye) {
			c.at(tokenPos(ye.GetToken()), "", "YAML syntax error: %s", ye.GetMessage())
		} else {
			c.at(Pos{}, "", "YAML syntax error: %v", err)
		}
		return nil
	}
	b := &yamlBuilder{c: c, anchors: map[string]anchor{}}
	var root *node
	for _, doc := range f.Docs {
		if doc == nil || doc.Body == nil {
			continue
		}
		if root != nil {
			pos := tokenPos(doc.Start) // the ---
			if doc.Start == nil {
				pos = tokenPos(doc.Body.GetToken())
			}
			c.at(pos, "", "a case file holds one YAML document; remove the second one (after ---) or put it in its own file")
			break
		}
		root = b.build(doc.Body, loc{})
	}
	if b.stopped {
		return nil
	}
	if root == nil {
		// An empty file is an empty mapping: the missing keys are then
		// reported one by one, which says more than "empty file".
		return &node{kind: kindMap, pos: Pos{Line: 1, Col: 1}}
	}
	return root
}

type yamlBuilder struct {
	c       *collector
	anchors map[string]anchor
	// size is what the tree built so far comes to with every alias
	// expanded (see maxTreeSize).
	size int
	// stopped is set when the file broke a bound of treesize.go: that
	// one problem is the file's, and the rest is not read.
	stopped bool
}

// anchor is a value defined with &name, for the aliases *name that
// repeat it, and its size with its own aliases expanded.
type anchor struct {
	val  *node
	size int
	uses int
}

// stop reports the problem that ends the build.
func (b *yamlBuilder) stop(pos Pos, path, format string, args ...any) *node {
	b.c.at(pos, path, format, args...)
	b.stopped = true
	return &node{kind: kindNull, pos: pos}
}

// build converts one goccy node. It never returns nil: a value it cannot
// use is reported and read as null, so that the rest of the file is still
// checked.
func (b *yamlBuilder) build(n ast.Node, at loc) *node {
	if n == nil || b.stopped {
		return &node{kind: kindNull}
	}
	pos := tokenPos(n.GetToken())
	if at.depth > maxDepth {
		b.c.at(pos, at.path, "%s", nestedTooDeep())
		return &node{kind: kindNull, pos: pos}
	}
	b.size++
	switch v := n.(type) {
	case *ast.NullNode:
		return &node{kind: kindNull, pos: pos}
	case *ast.BoolNode:
		return &node{kind: kindBool, pos: pos, b: v.Value}
	case *ast.IntegerNode:
		return &node{kind: kindInt, pos: pos, text: tokenValue(v.GetToken())}
	case *ast.FloatNode, *ast.InfinityNode, *ast.NanNode:
		return &node{kind: kindFloat, pos: pos, text: tokenValue(v.GetToken())}
	case *ast.StringNode:
		b.size += len(v.Value)
		return &node{kind: kindString, pos: pos, text: v.Value}
	case *ast.LiteralNode:
		// A block scalar (| or >) ends with a line break unless written
		// |- or >-; that break is layout, not content.
		text := ""
		if v.Value != nil {
			text = strings.TrimRight(v.Value.Value, "\r\n")
		}
		b.size += len(text)
		return &node{kind: kindString, pos: pos, text: text}
	case *ast.MappingNode:
		m := &node{kind: kindMap, pos: pos}
		for i, mv := range v.Values {
			if i == 0 && mv != nil && mv.Key != nil {
				m.pos = tokenPos(mv.Key.GetToken())
			}
			if i == maxKeys && mv != nil {
				return b.stop(tokenPos(mv.GetToken()), at.path, "%s", tooManyKeys("mapping"))
			}
			b.entry(m, mv, at)
		}
		return m
	case *ast.MappingValueNode:
		m := &node{kind: kindMap, pos: pos}
		if v.Key != nil {
			m.pos = tokenPos(v.Key.GetToken())
		}
		b.entry(m, v, at)
		return m
	case *ast.SequenceNode:
		l := &node{kind: kindList, pos: pos}
		for i, item := range v.Values {
			l.items = append(l.items, b.build(item, at.index(i)))
		}
		return l
	case *ast.AnchorNode:
		before := b.size
		val := b.build(v.Value, at)
		if v.Name != nil {
			b.anchors[tokenValue(v.Name.GetToken())] = anchor{val: val, size: b.size - before}
		}
		return val
	case *ast.AliasNode:
		name := ""
		if v.Value != nil {
			name = tokenValue(v.Value.GetToken())
		}
		a, ok := b.anchors[name]
		if !ok {
			b.c.at(pos, at.path, "alias *%s refers to no anchor &%s defined before it", name, name)
			return &node{kind: kindNull, pos: pos}
		}
		// An alias costs a few bytes and repeats its anchor's whole
		// value: counted here, before the decoder walks each repetition.
		a.uses++
		b.anchors[name] = a
		b.size += a.size
		if b.size > maxTreeSize {
			return b.stop(pos, at.path, "alias *%s is used here for the %s time; with every alias replaced by the value it repeats, the file would hold more than %d MiB of values, and a case file holds at most %d MiB: an alias may repeat an address or a name, not multiply the file (write the values out)",
				name, ordinal(a.uses), maxTreeSize>>20, maxSize>>20)
		}
		return a.val
	case *ast.TagNode:
		return b.tagged(v, pos, at)
	}
	b.c.at(pos, at.path, "this kind of YAML value (%s) cannot be used in a case file", n.Type())
	return &node{kind: kindNull, pos: pos}
}

// tagged handles an explicit tag. Only the standard tags are accepted, and
// !!str turns a number or boolean into its text, as a YAML author expects.
func (b *yamlBuilder) tagged(v *ast.TagNode, pos Pos, at loc) *node {
	tag := tokenValue(v.Start)
	val := b.build(v.Value, at)
	switch tag {
	case "!!str":
		switch val.kind {
		case kindInt, kindFloat, kindDate, kindTime, kindDateTime:
			return &node{kind: kindString, pos: val.pos, text: val.text}
		case kindBool:
			return &node{kind: kindString, pos: val.pos, text: tokenValue(v.Value.GetToken())}
		}
		return val
	case "!!int", "!!float", "!!bool", "!!null", "!!map", "!!seq", "!!timestamp":
		return val
	}
	b.c.at(pos, at.path, "the YAML tag %s is not supported in a case file; remove it", tag)
	return &node{kind: kindNull, pos: pos}
}

// entry adds one key and its value to a mapping.
func (b *yamlBuilder) entry(m *node, mv *ast.MappingValueNode, at loc) {
	if mv == nil {
		return
	}
	key, keyPos, ok := b.key(mv.Key, at)
	if !ok {
		return
	}
	b.size += len(key)
	val := b.build(mv.Value, at.key(key))
	if prev := m.add(key, keyPos, val); prev != nil {
		b.c.at(keyPos, at.key(key).path, "key %q is written twice in this mapping (first on line %d); keep one", key, prev.keyPos.Line)
	}
}

// key reads a mapping key, which must be a plain scalar: the schema's keys
// are all snake_case words.
func (b *yamlBuilder) key(k ast.MapKeyNode, at loc) (string, Pos, bool) {
	if k == nil {
		return "", Pos{}, false
	}
	pos := tokenPos(k.GetToken())
	var n ast.Node = k
	if mk, ok := k.(*ast.MappingKeyNode); ok {
		n = mk.Value
		if n == nil {
			b.c.at(pos, at.path, "a key is missing after '?'")
			return "", pos, false
		}
		pos = tokenPos(n.GetToken())
	}
	switch v := n.(type) {
	case *ast.MergeKeyNode:
		b.c.at(pos, at.path, "YAML merge keys (<<) are not supported in a case file; write the keys out")
		return "", pos, false
	case *ast.StringNode:
		return v.Value, pos, true
	case *ast.IntegerNode, *ast.FloatNode, *ast.BoolNode, *ast.NullNode, *ast.InfinityNode, *ast.NanNode:
		return tokenValue(v.GetToken()), pos, true
	}
	b.c.at(pos, at.path, "a key must be a plain word such as name, not %s", n.Type())
	return "", pos, false
}

func tokenPos(tk *token.Token) Pos {
	if tk == nil || tk.Position == nil {
		return Pos{}
	}
	return Pos{Line: tk.Position.Line, Col: tk.Position.Column}
}

func tokenValue(tk *token.Token) string {
	if tk == nil {
		return ""
	}
	return tk.Value
}

// yamlNesting estimates how deeply a YAML text nests and returns where
// that depth was first reached. goccy's parser takes time quadratic in the
// nesting and recurses once per level, so a hostile file of a million '['
// would hang or exhaust the stack before any error. It counts flow
// brackets ([ and {), skipping quoted text (within a line) and comments, and runs of
// block indicators ("- - - x") at the start of a line. It is a heuristic
// against accidents and naive attacks, not a YAML lexer: a real case file
// is nowhere near the limit, and the size limit bounds what it can miss.
func yamlNesting(data []byte) (depth, off int) {
	flow := 0
	lineStart := true
	run := 0 // block indicators so far at the start of this line
	tokenStart := func(i int) bool {
		if i == 0 {
			return true
		}
		switch data[i-1] {
		case ' ', '\t', '\n', '\r', '[', '{', ',', ':':
			return true
		}
		return false
	}
	note := func(d, i int) {
		if d > depth {
			depth, off = d, i
		}
	}
	for i := 0; i < len(data); i++ {
		c := data[i]
		if lineStart {
			switch {
			case c == ' ' || c == '\t':
				continue
			case (c == '-' || c == '?') && i+1 < len(data) && (data[i+1] == ' ' || data[i+1] == '\t'):
				run++
				note(run, i)
				i++
				continue
			}
			lineStart = false
		}
		switch c {
		case '\n':
			lineStart, run = true, 0
		case '[', '{':
			flow++
			note(flow, i)
		case ']', '}':
			if flow > 0 {
				flow--
			}
		case '"':
			if tokenStart(i) {
				for i+1 < len(data) && data[i+1] != '"' && data[i+1] != '\n' {
					if data[i+1] == '\\' && i+2 < len(data) && data[i+2] != '\n' {
						i++
					}
					i++
				}
				if i+1 < len(data) && data[i+1] == '"' {
					i++
				}
			}
		case '\'':
			if tokenStart(i) {
				for i+1 < len(data) && data[i+1] != '\'' && data[i+1] != '\n' {
					i++
				}
				if i+1 < len(data) && data[i+1] == '\'' {
					i++
				}
			}
		case '#':
			if tokenStart(i) {
				for i+1 < len(data) && data[i+1] != '\n' {
					i++
				}
			}
		}
	}
	return depth, off
}
