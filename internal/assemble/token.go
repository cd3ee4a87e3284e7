package assemble

import (
	"fmt"
	"strconv"
	"strings"

	"redress/internal/doc"
)

// Tokens are made of characters from the Private Use Area. casefile
// rejects them in input (the font has no glyph for them), so a token can
// only come from lit or a block function.
const (
	valueOpen  = '\uE000'
	valueClose = '\uE001'
	blockOpen  = '\uE002'
	blockClose = '\uE003'
)

// Markup is text that a function returns to be read as Markdown rather
// than printed literally. Only Go code in redress creates Markup; a value
// from a case file never is one.
type Markup string

// table holds the values and blocks of one template execution.
type table struct {
	values []string
	blocks [][]doc.Block
}

// lit is appended to every printing action. It turns the action's value
// into a value token, except Markup, which passes through.
func (t *table) lit(v any) Markup {
	switch x := v.(type) {
	case Markup:
		return x
	case nil:
		return ""
	}
	s := fmt.Sprint(v)
	if s == "" {
		return ""
	}
	t.values = append(t.values, s)
	return Markup(string(valueOpen) + strconv.Itoa(len(t.values)-1) + string(valueClose))
}

// block stores blocks and returns their token, which must stand alone as a
// paragraph in the Markdown.
func (t *table) block(bs []doc.Block) Markup {
	t.blocks = append(t.blocks, bs)
	return Markup("\n\n" + string(blockOpen) + strconv.Itoa(len(t.blocks)-1) + string(blockClose) + "\n\n")
}

// expand replaces value tokens in s with their literal text, as spans in
// the given style. A newline inside a value becomes a line break.
func (t *table) expand(s string, style doc.Span) []doc.Span {
	var out []doc.Span
	emit := func(text string) {
		for i, line := range strings.Split(text, "\n") {
			if i > 0 {
				out = append(out, doc.Span{Kind: doc.Break})
			}
			if line != "" {
				sp := style
				sp.Kind, sp.Text = doc.Text, line
				out = append(out, sp)
			}
		}
	}
	for s != "" {
		i := strings.IndexRune(s, valueOpen)
		if i < 0 {
			emit(s)
			break
		}
		emit(s[:i])
		rest := s[i+len(string(valueOpen)):]
		j := strings.IndexRune(rest, valueClose)
		n, err := strconv.Atoi(rest[:max(j, 0)])
		if j < 0 || err != nil || n < 0 || n >= len(t.values) {
			// Not one of ours: print it as it stands.
			emit(s[i : i+len(string(valueOpen))])
			s = rest
			continue
		}
		emit(t.values[n])
		s = rest[j+len(string(valueClose)):]
	}
	return out
}

// blockRef returns the blocks a paragraph stands for, if its whole text is
// one block token.
func (t *table) blockRef(s string) ([]doc.Block, bool) {
	s = strings.TrimSpace(s)
	if !strings.HasPrefix(s, string(blockOpen)) || !strings.HasSuffix(s, string(blockClose)) {
		return nil, false
	}
	n, err := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(s, string(blockOpen)), string(blockClose)))
	if err != nil || n < 0 || n >= len(t.blocks) {
		return nil, false
	}
	return t.blocks[n], true
}
