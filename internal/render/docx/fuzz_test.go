package docx

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"redress/internal/doc"
)

// FuzzWrite puts arbitrary strings everywhere text can go and checks that
// Write neither panics nor fails, that every part parses (Write verifies
// that itself; readParagraphs checks it again, and where w:t and w:br sit),
// and that the text survives as the documented sanitisation of the input.
func FuzzWrite(f *testing.F) {
	for _, s := range []string{vietnamese, apostrophe, markup, template, markdown,
		"", "\x00", "a\r\nb\rc\n\td", "]]>", "&amp;", "\xff\xfe", "\uFFFE\U0001F600", "</w:t><w:br/>"} {
		f.Add(s, "x")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		spans := []doc.Span{doc.T(a), doc.BR(), {Text: b, Bold: true, Italic: true, Underline: true}}
		d := &doc.Document{
			Meta:   doc.Meta{Title: a, Author: b, Subject: a, Keywords: b, Language: a},
			Header: []doc.Paragraph{{Spans: spans}},
			Footer: []doc.Paragraph{{Spans: append(spans, doc.Span{Kind: doc.PageNumber})}},
			Body: []doc.Block{
				doc.Paragraph{Spans: spans},
				doc.Heading{Level: len(a), Spans: spans},
				doc.Numbered{Num: 1, Spans: spans},
				doc.List{Ordered: true, Start: len(b), Items: []doc.ListItem{{Blocks: []doc.Block{doc.Paragraph{Spans: spans}}}}},
				doc.Table{Widths: []float64{float64(len(a))}, HeaderRows: 1, Rows: []doc.Row{{Cells: []doc.Cell{{Spans: spans}}}}},
				doc.Group{Blocks: []doc.Block{doc.Paragraph{Style: doc.ParagraphStyle(len(a)), Spans: spans}}},
			},
		}
		var buf bytes.Buffer
		if err := Write(&buf, d); err != nil {
			t.Fatalf("Write: %v", err)
		}
		p := parts(t, buf.Bytes())
		for _, name := range []string{partHeader, partFooter, partCore, partStyles, partNumbering} {
			readParagraphs(t, p[name])
		}
		body := readParagraphs(t, p[partDocument])
		want := sanitize(a) + "\n" + sanitize(b)
		if body[0].text != want {
			t.Fatalf("text = %q, want %q", body[0].text, want)
		}
	})
}

// sanitize is what a reader of the .docx gets back for s: characters XML
// forbids and bytes that are not UTF-8 become U+FFFD, a tab stays a tab,
// and CR LF, CR and LF each become one line break.
func sanitize(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r == '\r':
			if i < len(s) && s[i] == '\n' {
				i++
			}
			b.WriteByte('\n')
		case r == '\t' || r == '\n':
			b.WriteRune(r)
		case r == utf8.RuneError && n == 1, !xmlChar(r):
			b.WriteRune('\uFFFD')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// xmlChar reports whether XML 1.0 allows r.
func xmlChar(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D ||
		r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}
