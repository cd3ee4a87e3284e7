package docx

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"redress/internal/doc"
)

// FuzzWrite puts arbitrary strings everywhere text can go, with sizes,
// column spans, shading and row heights derived from them, and checks that
// Write neither panics nor fails, that every part parses (Write verifies
// that itself; readParagraphs checks it again, and where w:t and w:br sit),
// and that the text survives as the documented sanitisation of the input.
func FuzzWrite(f *testing.F) {
	for _, s := range []string{vietnamese, apostrophe, markup, template, markdown,
		"", "\x00", "a\r\nb\rc\n\td", "]]>", "&amp;", "\xff\xfe", "\uFFFE\U0001F600", "</w:t><w:br/>"} {
		f.Add(s, "x")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		spans := []doc.Span{doc.T(a), doc.BR(), {Text: b, Bold: true, Italic: true, Underline: true, Size: float64(len(b)) / 3}}
		// A form: a shaded band across three columns, a row of least
		// height with a cell spanning two, small labels and sized values.
		sized := []doc.Span{{Text: a, Size: float64(len(a)%40) / 4}, {Kind: doc.Break, Size: 7}, {Text: b, Size: 10}}
		form := doc.Table{Widths: []float64{float64(len(a)), 1, float64(len(b))}, Borders: len(a)%2 == 0, HeaderRows: len(b) % 3, Rows: []doc.Row{
			{Cells: []doc.Cell{{ColSpan: 3, Shade: true, Spans: spans}}},
			{MinHeight: float64(len(a)%300) * 1.37, Cells: []doc.Cell{{ColSpan: 2, Spans: sized, Align: doc.Align(len(b) % 4)}, {Shade: len(b)%2 == 1, Spans: sized}}},
			{Cells: []doc.Cell{{Spans: spans}, {ColSpan: 1}, {ColSpan: 0, Spans: sized}}},
		}}
		canvas := doc.Canvas{Items: []doc.CanvasItem{
			doc.Line{X2: float64(len(a))}, doc.Box{W: float64(len(b)), Checked: true},
			doc.TextBox{Size: float64(len(a)), Spans: sized}, doc.TextBox{}, doc.TextBox{Spans: spans},
		}}
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
				form,
				canvas,
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
		// The canvas ends the body with its text boxes that hold text.
		if last := body[len(body)-1].text; last != want {
			t.Fatalf("canvas text = %q, want %q", last, want)
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
