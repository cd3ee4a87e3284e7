package casefile

import (
	"bytes"
	"reflect"
	"sync"
)

// The bounds on the tree a file is parsed into. A case file is at most
// maxSize bytes, but bytes are not the cost: a YAML alias repeats a whole
// subtree for the price of a few bytes (a 107 KB file whose facts repeat
// one alias 11,000 times made 11 million characters of facts, and
// 'validate' took 16 s and 2 GB), and goccy/go-yaml's parser takes time
// quadratic in the number of keys of one block mapping (20,000 keys took
// 2 s, 100,000 a minute). Each bound is far above any real case file, so
// that it only ever stops a file that is wrong or hostile, and each
// refuses the file with one problem at the place that broke it rather
// than a flood of consequences.
const (
	// maxDepth bounds how deeply values nest. The schema is five levels
	// deep; the bound keeps a hostile file from exhausting the stack of
	// a recursive parser.
	maxDepth = 100
	// maxKeys bounds the keys of one mapping, far above the schema's
	// widest (widestMapping).
	maxKeys = 1000
	// maxTreeSize bounds what the tree's values come to once every alias
	// is expanded, counted as the bytes of their text and keys plus one
	// per value. A file without aliases comes to less than its own size,
	// at most maxSize, so only aliases that multiply the file reach it.
	maxTreeSize = 2 * maxSize
)

// nestedTooDeep is the message of a file nested more than maxDepth levels.
func nestedTooDeep() string {
	return sprintf("values are nested more than %d levels deep; a case file is never this deep", maxDepth)
}

// tooManyKeys is the message of a mapping with more than maxKeys keys;
// mapWord is the format's word for a mapping.
func tooManyKeys(mapWord string) string {
	return sprintf("this %s has more than %s keys; no %s of a case file has more than %d (is this the right file?)",
		mapWord, thousands(maxKeys), mapWord, widestMapping())
}

// widestMapping is the number of keys of the schema's widest mapping.
var widestMapping = sync.OnceValue(func() int {
	widest := len(infoOf(reflect.TypeFor[Case]()).keys)
	for _, sp := range schemaPaths() {
		t := sp.typ
		if t.Kind() == reflect.Slice {
			t = t.Elem()
		}
		if t.Kind() == reflect.Struct && !isScalar(t) {
			widest = max(widest, len(infoOf(t).keys))
		}
	}
	return widest
})

// yamlWideMapping finds a block mapping with more than maxKeys keys and
// returns the offset of the line that exceeds it, before goccy's parser,
// whose time grows with the square of that number, ever sees the file.
// It counts the lines that begin at the same indentation within one
// mapping: a line less indented ends the mapping, and a sequence entry
// ("- ") begins a new one. Lines inside a block scalar (after | or >) or
// a flow collection ([ or { over several lines) are text or flow values,
// which the parser reads in linear time, and are not counted. It is a
// heuristic, like yamlNesting: a line it takes for a key only makes it
// count sooner, and no real case file is near the bound.
func yamlWideMapping(data []byte) (off int, found bool) {
	type level struct{ col, lines int }
	var stack []level
	block := -1 // inside a block scalar: the indentation of its header line
	flow := 0   // open flow brackets
	for start := 0; start < len(data); {
		end := bytes.IndexByte(data[start:], '\n')
		if end < 0 {
			end = len(data)
		} else {
			end += start
		}
		line, lineOff := data[start:end], start
		start = end + 1

		indent := 0
		for indent < len(line) && line[indent] == ' ' {
			indent++
		}
		rest := bytes.TrimRight(line[indent:], " \t\r")
		if len(rest) == 0 || rest[0] == '#' {
			continue
		}
		if block >= 0 {
			if indent > block {
				continue
			}
			block = -1
		}
		if flow == 0 {
			col := indent
			for len(stack) > 0 && stack[len(stack)-1].col > col {
				stack = stack[:len(stack)-1]
			}
			// Each "- " is a sequence entry: what follows it on the
			// line begins a new item, at its own column.
			for rest[0] == '-' && (len(rest) == 1 || rest[1] == ' ') {
				n := 1 + len(rest[1:]) - len(bytes.TrimLeft(rest[1:], " "))
				col += n
				rest = rest[n:]
				for len(stack) > 0 && stack[len(stack)-1].col >= col {
					stack = stack[:len(stack)-1]
				}
				if len(rest) == 0 {
					break
				}
			}
			if len(rest) > 0 {
				if len(stack) > 0 && stack[len(stack)-1].col == col {
					stack[len(stack)-1].lines++
					if stack[len(stack)-1].lines > maxKeys {
						return lineOff + col, true
					}
				} else {
					stack = append(stack, level{col, 1})
				}
			}
		}
		flow = max(0, flow+flowChange(rest))
		if flow == 0 && blockScalarHeader(rest) {
			block = indent
		}
	}
	return 0, false
}

// flowChange returns how many flow brackets a line opens less how many
// it closes, outside quoted text and comments.
func flowChange(line []byte) int {
	n := 0
	var quote byte
	for i, c := range line {
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '#' && (i == 0 || line[i-1] == ' '):
			return n
		case c == '[' || c == '{':
			n++
		case c == ']' || c == '}':
			n--
		}
	}
	return n
}

// blockScalarHeader reports whether a line ends by opening a block scalar:
// "key: |", "- >-", "|2+", with an optional comment after.
func blockScalarHeader(line []byte) bool {
	if i := bytes.Index(line, []byte(" #")); i >= 0 {
		line = bytes.TrimRight(line[:i], " ")
	}
	line = bytes.TrimRight(line, "+-0123456789")
	if len(line) == 0 || (line[len(line)-1] != '|' && line[len(line)-1] != '>') {
		return false
	}
	line = line[:len(line)-1]
	return len(line) == 0 || line[len(line)-1] == ' '
}
