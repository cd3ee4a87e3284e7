package assemble

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"redress/internal/doc"
)

// Pleading paragraphs. In a template, a paragraph that begins with "¶ "
// is one numbered allegation (doc.Numbered). {{ label "name" }} right
// after the pilcrow names it; {{ ref "name" }} anywhere prints its
// number. Numbers are assigned once, across the whole document, after
// every template has run (Number), and references are filled in after
// that, so "paragraphs 14 through 25" is computed, never typed.

// pilcrow opens a numbered pleading paragraph.
const pilcrow = "¶ "

// Label and reference tokens carry the name itself, so a reference made
// in one template (a count) resolves to a label made in another (the
// facts).
const (
	labelOpen, labelClose = '\uE004', '\uE005'
	refOpen, refClose     = '\uE006', '\uE007'
)

var (
	nameRE  = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)
	labelRE = regexp.MustCompile("\uE004([a-z0-9-]+)\uE005")
	refRE   = regexp.MustCompile("\uE006([a-z0-9-]+)\uE007")
)

// pleadingFuncs are the functions every template has: label and ref.
func pleadingFuncs() map[string]any {
	return map[string]any{
		"label": func(name string) (Markup, error) {
			if !nameRE.MatchString(name) {
				return "", fmt.Errorf("label %q: use lower-case letters, digits and hyphens", name)
			}
			return Markup(string(labelOpen) + name + string(labelClose)), nil
		},
		"ref": func(name string) (Markup, error) {
			if !nameRE.MatchString(name) {
				return "", fmt.Errorf("ref %q: use lower-case letters, digits and hyphens", name)
			}
			return Markup(string(refOpen) + name + string(refClose)), nil
		},
	}
}

// numbered turns a paragraph that begins with the pilcrow into a
// pleading paragraph, taking its label out of the text.
func numbered(p doc.Paragraph) (doc.Block, bool) {
	if len(p.Spans) == 0 || p.Spans[0].Kind != doc.Text || !strings.HasPrefix(p.Spans[0].Text, pilcrow) {
		return p, false
	}
	spans := append([]doc.Span(nil), p.Spans...)
	spans[0].Text = strings.TrimPrefix(spans[0].Text, pilcrow)
	n := doc.Numbered{}
	for i := range spans {
		if m := labelRE.FindStringSubmatch(spans[i].Text); m != nil && n.Label == "" {
			n.Label = m[1]
		}
		spans[i].Text = labelRE.ReplaceAllString(spans[i].Text, "")
	}
	spans[0].Text = strings.TrimLeft(spans[0].Text, " ")
	n.Spans = dropEmpty(spans)
	return n, true
}

func dropEmpty(spans []doc.Span) []doc.Span {
	out := spans[:0]
	for _, s := range spans {
		if s.Kind == doc.Text && s.Text == "" {
			continue
		}
		out = append(out, s)
	}
	return out
}

// Number numbers every pleading paragraph of the document 1, 2, 3, ...
// in reading order, then fills in every reference. A reference to a label
// no paragraph carries, or a label used twice, is an error.
func Number(blocks []doc.Block) error {
	nums := map[string]int{}
	n := 0
	var err error
	walk(blocks, func(b doc.Block) doc.Block {
		if x, ok := b.(doc.Numbered); ok {
			n++
			x.Num = n
			if x.Label != "" {
				if _, dup := nums[x.Label]; dup && err == nil {
					err = fmt.Errorf("label %q is on two paragraphs (%d and %d)", x.Label, nums[x.Label], n)
				}
				nums[x.Label] = n
			}
			return x
		}
		return b
	})
	if err != nil {
		return err
	}
	resolve := func(spans []doc.Span) []doc.Span {
		for i := range spans {
			spans[i].Text = refRE.ReplaceAllStringFunc(spans[i].Text, func(tok string) string {
				name := refRE.FindStringSubmatch(tok)[1]
				num, ok := nums[name]
				if !ok {
					if err == nil {
						err = fmt.Errorf("ref %q: no paragraph has that label", name)
					}
					return "[REFERENCE " + name + " NOT FOUND]"
				}
				return strconv.Itoa(num)
			})
		}
		return spans
	}
	walk(blocks, func(b doc.Block) doc.Block { return mapSpans(b, resolve) })
	return err
}

// walk visits every block, depth first, replacing each with f's result.
func walk(blocks []doc.Block, f func(doc.Block) doc.Block) {
	for i, b := range blocks {
		switch x := b.(type) {
		case doc.Group:
			walk(x.Blocks, f)
		case doc.List:
			for _, it := range x.Items {
				walk(it.Blocks, f)
			}
		}
		blocks[i] = f(blocks[i])
	}
}

// mapSpans applies f to every run of spans a block holds directly.
func mapSpans(b doc.Block, f func([]doc.Span) []doc.Span) doc.Block {
	switch x := b.(type) {
	case doc.Paragraph:
		x.Spans = f(x.Spans)
		return x
	case doc.Heading:
		x.Spans = f(x.Spans)
		return x
	case doc.Numbered:
		x.Spans = f(x.Spans)
		return x
	case doc.Table:
		for r := range x.Rows {
			for c := range x.Rows[r].Cells {
				x.Rows[r].Cells[c].Spans = f(x.Rows[r].Cells[c].Spans)
			}
		}
		return x
	}
	return b
}

// MapText applies f to the text of every span in the blocks (for
// redaction: a minor's name, an A-number).
func MapText(blocks []doc.Block, f func(string) string) {
	walk(blocks, func(b doc.Block) doc.Block {
		return mapSpans(b, func(spans []doc.Span) []doc.Span {
			for i := range spans {
				if spans[i].Kind == doc.Text {
					spans[i].Text = f(spans[i].Text)
				}
			}
			return spans
		})
	})
}

// Filter drops every block for which keep is false, at any depth.
func Filter(blocks []doc.Block, keep func(doc.Block) bool) []doc.Block {
	out := blocks[:0:0]
	for _, b := range blocks {
		if !keep(b) {
			continue
		}
		switch x := b.(type) {
		case doc.Group:
			x.Blocks = Filter(x.Blocks, keep)
			b = x
		case doc.List:
			for i := range x.Items {
				x.Items[i].Blocks = Filter(x.Items[i].Blocks, keep)
			}
			b = x
		}
		out = append(out, b)
	}
	return out
}
