package assemble

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"redress/internal/doc"
)

// noteMarker opens a block quote that is a drafting note for counsel.
const noteMarker = "[!NOTE]"

// md is CommonMark plus the typographer (curly quotes and dashes in the
// template's own text; data is tokenised, so it is never touched).
var md = goldmark.New(goldmark.WithExtensions(extension.Typographer))

// convert parses the executed template as Markdown and walks it into doc
// blocks.
func convert(src []byte, tab *table) []doc.Block {
	root := md.Parser().Parse(text.NewReader(src))
	c := converter{src: src, tab: tab}
	return c.blocks(root)
}

type converter struct {
	src []byte
	tab *table
}

func (c *converter) blocks(parent ast.Node) []doc.Block {
	var out []doc.Block
	for n := parent.FirstChild(); n != nil; n = n.NextSibling() {
		out = append(out, c.block(n)...)
	}
	return out
}

func (c *converter) block(n ast.Node) []doc.Block {
	switch x := n.(type) {
	case *ast.Heading:
		return []doc.Block{doc.Heading{Level: min(x.Level, 3), Spans: c.inlines(x, doc.Span{})}}
	case *ast.Paragraph, *ast.TextBlock:
		if bs, ok := c.tab.blockRef(c.rawText(n)); ok {
			return bs
		}
		spans := c.inlines(n, doc.Span{})
		if len(spans) == 0 {
			return nil
		}
		// Only the template's own text can open a pleading paragraph: a
		// value that happens to begin with a pilcrow stays literal.
		if strings.HasPrefix(c.rawText(n), pilcrow) {
			b, _ := numbered(doc.Paragraph{Spans: spans})
			return []doc.Block{b}
		}
		return []doc.Block{doc.Paragraph{Spans: spans}}
	case *ast.List:
		l := doc.List{Ordered: x.IsOrdered(), Start: x.Start}
		if l.Ordered && l.Start == 0 {
			l.Start = 1
		}
		for it := x.FirstChild(); it != nil; it = it.NextSibling() {
			l.Items = append(l.Items, doc.ListItem{Blocks: c.blocks(it)})
		}
		return []doc.Block{l}
	case *ast.Blockquote:
		// "> [!NOTE]" (GitHub's alert syntax) opens a drafting note for
		// counsel; any other block quote is a quotation.
		style := doc.Quote
		bs := c.blocks(x)
		if len(bs) > 0 {
			if p, ok := bs[0].(doc.Paragraph); ok && len(p.Spans) > 0 && strings.HasPrefix(p.Spans[0].Text, noteMarker) {
				style = doc.Note
				p.Spans[0].Text = strings.TrimLeft(strings.TrimPrefix(p.Spans[0].Text, noteMarker), " ")
				if p.Spans[0].Text == "" {
					p.Spans = p.Spans[1:]
				}
				if len(p.Spans) > 0 && p.Spans[0].Kind == doc.Break {
					p.Spans = p.Spans[1:]
				}
				bs[0] = p
			}
		}
		var out []doc.Block
		for _, b := range bs {
			if p, ok := b.(doc.Paragraph); ok {
				if len(p.Spans) == 0 {
					continue
				}
				p.Style = style
				b = p
			}
			out = append(out, b)
		}
		return out
	case *ast.ThematicBreak:
		return []doc.Block{doc.Rule{}}
	case *ast.FencedCodeBlock, *ast.CodeBlock, *ast.HTMLBlock:
		// Templates have no use for code; print whatever is there as text.
		var b bytes.Buffer
		lines := n.Lines()
		for i := 0; i < lines.Len(); i++ {
			seg := lines.At(i)
			b.Write(seg.Value(c.src))
		}
		return []doc.Block{doc.Paragraph{Spans: c.tab.expand(strings.TrimRight(b.String(), "\n"), doc.Span{})}}
	default:
		return c.blocks(n)
	}
}

// inlines walks inline children, carrying the style down.
func (c *converter) inlines(parent ast.Node, style doc.Span) []doc.Span {
	var out []doc.Span
	for n := parent.FirstChild(); n != nil; n = n.NextSibling() {
		switch x := n.(type) {
		case *ast.Text:
			s := string(x.Segment.Value(c.src))
			if !x.IsRaw() {
				s = string(util.ResolveNumericReferences(util.ResolveEntityNames(util.UnescapePunctuations([]byte(s)))))
			}
			out = append(out, c.tab.expand(s, style)...)
			switch {
			case x.HardLineBreak():
				out = append(out, doc.Span{Kind: doc.Break})
			case x.SoftLineBreak():
				out = append(out, c.tab.expand(" ", style)...)
			}
		case *ast.String:
			// The typographer writes its quotes and dashes as HTML
			// entities (&ldquo;); resolve them to the characters.
			out = append(out, c.tab.expand(string(util.ResolveEntityNames(x.Value)), style)...)
		case *ast.Emphasis:
			st := style
			if x.Level >= 2 {
				st.Bold = true
			} else {
				st.Italic = true
			}
			out = append(out, c.inlines(x, st)...)
		case *ast.CodeSpan:
			out = append(out, c.tab.expand(c.rawText(x), style)...)
		case *ast.RawHTML:
			segs := x.Segments
			for i := 0; i < segs.Len(); i++ {
				seg := segs.At(i)
				out = append(out, c.tab.expand(string(seg.Value(c.src)), style)...)
			}
		default:
			// Links, images, autolinks: keep their text.
			out = append(out, c.inlines(x, style)...)
		}
	}
	return merge(out)
}

// rawText is the source text of a node's inline children, for block-token
// detection and code spans.
func (c *converter) rawText(n ast.Node) string {
	var b strings.Builder
	for ch := n.FirstChild(); ch != nil; ch = ch.NextSibling() {
		if t, ok := ch.(*ast.Text); ok {
			b.Write(t.Segment.Value(c.src))
			continue
		}
		b.WriteString(c.rawText(ch))
	}
	return b.String()
}

// merge joins neighbouring text spans of the same style, so writers see
// whole words.
func merge(in []doc.Span) []doc.Span {
	var out []doc.Span
	for _, s := range in {
		if k := len(out) - 1; k >= 0 && s.Kind == doc.Text && out[k].Kind == doc.Text &&
			out[k].Bold == s.Bold && out[k].Italic == s.Italic && out[k].Underline == s.Underline {
			out[k].Text += s.Text
			continue
		}
		out = append(out, s)
	}
	return out
}
