package casefile

import (
	"bytes"
	"sort"
	"unicode/utf8"
)

// kind is what a value in the generic tree is. The three formats disagree
// about types (YAML has no dates in goccy's reading, JSON has no dates at
// all, TOML has four kinds of date and time), so each parser maps its own
// types onto these kinds and the decoder alone decides what a key accepts.
type kind int

const (
	kindNull     kind = iota // null, ~, or an empty YAML value: "not given"
	kindString               // text; node.text is the decoded string
	kindInt                  // an integer; node.text is the literal as written
	kindFloat                // a decimal number; node.text is the literal as written
	kindBool                 // node.b
	kindDate                 // a native date (TOML local date); node.text is YYYY-MM-DD
	kindTime                 // a native time of day (TOML local time); node.text as written
	kindDateTime             // a date with a time (TOML); accepted by no key
	kindMap                  // node.entries, in file order
	kindList                 // node.items
)

// node is one value of a parsed case file, whatever the format, with the
// position where it was written. Numbers keep their literal text so that
// money is read exactly (1850.005 must be caught, not rounded by a float).
type node struct {
	kind    kind
	pos     Pos
	text    string
	b       bool
	entries []entry
	items   []*node

	// env names the environment variable the value came from; such a
	// value has no position, and its errors are reported against the
	// variable instead of the file.
	env string

	// cell is set on a value laid over the tree by a roster row: a cell's
	// value, or a mapping or list item the row created on the way to it.
	// Its errors are reported against the roster row, not the base file.
	cell *cellRef
}

// entry is one key of a mapping, with where the key itself was written.
type entry struct {
	key    string
	keyPos Pos
	val    *node
}

// get returns the entry for key, or nil.
func (n *node) get(key string) *entry {
	for i := range n.entries {
		if n.entries[i].key == key {
			return &n.entries[i]
		}
	}
	return nil
}

// add appends key to a mapping, or reports the earlier entry if the key is
// already there. The first value wins, so a duplicate is reported once and
// does not also cause errors of its own.
func (n *node) add(key string, keyPos Pos, val *node) (prev *entry) {
	if e := n.get(key); e != nil {
		return e
	}
	n.entries = append(n.entries, entry{key: key, keyPos: keyPos, val: val})
	return nil
}

// describe names a value for messages ("got a list", "got the number
// 60610"); mapNoun is the format's word for a mapping.
func describe(n *node, mapNoun string) string {
	switch n.kind {
	case kindNull:
		return "nothing (null)"
	case kindString:
		return "the text " + quoteShort(n.text)
	case kindInt, kindFloat:
		return "the number " + n.text
	case kindBool:
		if n.b {
			return "true"
		}
		return "false"
	case kindDate:
		return "the date " + n.text
	case kindTime:
		return "the time " + n.text
	case kindDateTime:
		return "the date and time " + n.text
	case kindMap:
		return mapNoun
	case kindList:
		return "a list"
	}
	return "a value"
}

// quoteShort quotes s for a message, shortening long text so that a
// one-line error stays one line.
func quoteShort(s string) string {
	const max = 40
	if utf8.RuneCountInString(s) > max {
		r := []rune(s)
		s = string(r[:max]) + "…"
	}
	return sprintf("%q", s)
}

// lineIndex turns byte offsets into 1-based line and column numbers. The
// column counts characters, not bytes, as editors do.
//
// Counting the characters from the start of the line on every call would
// make a file of one long line (JSON as many programs write it) cost the
// square of its length, as every value asks for its position: a 1 MiB
// line took minutes. So the index also keeps, every runeStep bytes, how
// many characters come before that point, and a column is counted from
// the nearest such point. The index is not changed after it is built,
// which lets the rows of a roster share their base file's index.
type lineIndex struct {
	data   []byte
	starts []int // byte offset where each line begins
	// runesAt[i] is the number of characters in data[:i*runeStep].
	runesAt []int
}

// runeStep is the distance, in bytes, between the points where lineIndex
// records a character count.
const runeStep = 1024

func newLineIndex(data []byte) *lineIndex {
	starts := []int{0}
	runesAt := make([]int, 0, len(data)/runeStep+1)
	n := 0
	for i, c := range data {
		if i%runeStep == 0 {
			runesAt = append(runesAt, n)
		}
		if c == '\n' {
			starts = append(starts, i+1)
		}
		if !utf8.RuneStart(c) {
			continue
		}
		n++
	}
	return &lineIndex{data: data, starts: starts, runesAt: runesAt}
}

// runesBefore returns the number of characters in data[:off]: the bytes
// that start a character (in valid UTF-8, as the text before any
// position asked for is, every character is one such byte).
func (li *lineIndex) runesBefore(off int) int {
	k := off / runeStep
	if k >= len(li.runesAt) {
		k = len(li.runesAt) - 1
	}
	if k < 0 {
		return 0
	}
	n := li.runesAt[k]
	for _, c := range li.data[k*runeStep : off] {
		if utf8.RuneStart(c) {
			n++
		}
	}
	return n
}

// pos returns the position of the byte at offset off (clamped to the data).
func (li *lineIndex) pos(off int) Pos {
	if off < 0 {
		off = 0
	}
	if off > len(li.data) {
		off = len(li.data)
	}
	line := sort.Search(len(li.starts), func(i int) bool { return li.starts[i] > off }) - 1
	if line < 0 {
		line = 0
	}
	col := li.runesBefore(off) - li.runesBefore(li.starts[line]) + 1
	return Pos{Line: line + 1, Col: col}
}

// offset returns the byte offset of a position (clamped to the data, and
// to the end of its line).
func (li *lineIndex) offset(p Pos) int {
	if p.Line < 1 || p.Line > len(li.starts) {
		return len(li.data)
	}
	start := li.starts[p.Line-1]
	end := len(li.data)
	if p.Line < len(li.starts) {
		end = li.starts[p.Line] - 1 // the line's '\n'
	}
	if p.Col <= 1 {
		return start
	}
	// The byte at the column is the first whose count of characters
	// before it reaches the column's.
	want := li.runesBefore(start) + p.Col - 1
	k := sort.Search(len(li.runesAt), func(i int) bool { return li.runesAt[i] > want }) - 1
	off := max(k*runeStep, start)
	n := li.runesBefore(off)
	for ; off < end; off++ {
		if utf8.RuneStart(li.data[off]) {
			if n == want {
				return off
			}
			n++
		}
	}
	return end
}

// find returns where rune r is first written at or after position from:
// a bad character in a long text is then reported on its own line, not
// where the text begins. ok is false when r is not written literally
// (an escape such as \a, or a character composed by normalisation).
func (li *lineIndex) find(from Pos, r rune) (Pos, bool) {
	if from.Line < 1 {
		return Pos{}, false
	}
	start := li.offset(from)
	i := bytes.IndexRune(li.data[start:], r)
	if i < 0 {
		return Pos{}, false
	}
	return li.pos(start + i), true
}

// loc is where a parser is in the tree: the key path, for messages, and
// the depth, to bound recursion.
type loc struct {
	path  string
	depth int
}

func (l loc) key(k string) loc { return loc{joinPath(l.path, k), l.depth + 1} }

func (l loc) index(i int) loc { return loc{sprintf("%s[%d]", l.path, i), l.depth + 1} }
