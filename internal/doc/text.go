package doc

import (
	"reflect"
	"slices"
	"strings"
)

// TextOf returns all the text a reader of the finished document can see, as
// plain text: the metadata (title, subject, author, keywords: a PDF
// viewer's or Word's document properties show them), the running header
// and footer, the letterhead's token values, then the body in document
// order. Each paragraph-like block (a heading, a paragraph, a list item's
// paragraph, a table row, a text box, an image's description) is one
// line; a Break span is a newline, and the cells of a table row are
// separated by tabs.
//
// It exists so that a check on what a document says (a client's data
// that must not reach another client's letter) reads the document the
// writers print, not the case file it came from: whatever a template, a
// Go-built block or a bug put into the tree is here.
//
// It is the text of both writers at once: the letterhead token values
// that only the DOCX writer inserts, and a letterhead Group that only the
// PDF writer draws when the DOCX is built on the firm's letterhead
// document. A check that passes on it passes on either file.
//
// Left out, because they are not text of the model: the numbers the
// writers generate (page numbers, the numbers of ordered lists and of
// pleading paragraphs) and the letterhead document's own typed text. Of
// the letterhead (Document.Letterhead), only the token values are in
// the model: which of them the DOCX writer inserts depends on which
// {{name}} tokens the firm's .docx header and footer contain, which only
// that file knows, so every value is included, in the order of the token
// names (a value no token names is then included although no reader
// sees it). The rest of the letterhead's header and footer is the firm's
// own fixed file, the same for every document of the firm, and stays
// out.
//
// (It is not called Text because Text is the span kind.)
func TextOf(d *Document) string {
	if d == nil {
		return ""
	}
	var t textWriter
	for _, s := range []string{d.Meta.Title, d.Meta.Subject, d.Meta.Author, d.Meta.Keywords} {
		t.line(s)
	}
	for _, p := range d.Header {
		t.spans(p.Spans)
	}
	for _, p := range d.Footer {
		t.spans(p.Spans)
	}
	if lh := d.Letterhead; lh != nil {
		names := make([]string, 0, len(lh.Tokens))
		for name := range lh.Tokens {
			names = append(names, name)
		}
		slices.Sort(names)
		for _, name := range names {
			t.line(lh.Tokens[name])
		}
	}
	for _, b := range d.Body {
		t.block(b)
	}
	return t.b.String()
}

// textWriter collects lines; an empty line is left out.
type textWriter struct {
	b strings.Builder
}

func (t *textWriter) line(s string) {
	if s == "" {
		return
	}
	t.b.WriteString(s)
	t.b.WriteByte('\n')
}

func (t *textWriter) spans(spans []Span) {
	t.line(visibleText(spans))
}

func (t *textWriter) block(b Block) {
	switch b := b.(type) {
	case nil:
	case Heading:
		t.spans(b.Spans)
	case Paragraph:
		t.spans(b.Spans)
	case List:
		for _, it := range b.Items {
			for _, c := range it.Blocks {
				t.block(c)
			}
		}
	case Table:
		for _, r := range b.Rows {
			cells := make([]string, len(r.Cells))
			for i, c := range r.Cells {
				cells[i] = visibleText(c.Spans)
			}
			t.line(strings.TrimRight(strings.Join(cells, "\t"), "\t"))
		}
	case Group:
		for _, c := range b.Blocks {
			t.block(c)
		}
	case Numbered:
		t.spans(b.Spans)
	case Canvas:
		for _, it := range b.Items {
			if tb, ok := it.(TextBox); ok {
				t.spans(tb.Spans)
			} else if tb, ok := it.(*TextBox); ok && tb != nil {
				t.spans(tb.Spans)
			}
		}
	case Image:
		t.line(b.Alt)
	case Rule, PageBreak:
	default:
		t.other(reflect.ValueOf(b))
	}
}

// other reads a block of a type the switch above does not name: a
// pointer to a block, or a block type added later. Its spans, nested
// blocks and strings are taken by reflection, so that a new kind of
// block can never hide text from a check that reads the document through
// TextOf.
func (t *textWriter) other(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return
		}
		if b, ok := v.Elem().Interface().(Block); ok && v.Kind() == reflect.Pointer {
			t.block(b)
			return
		}
		t.other(v.Elem())
	case reflect.Struct:
		if v.Type() == reflect.TypeFor[Span]() {
			t.spans([]Span{v.Interface().(Span)})
			return
		}
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				t.other(v.Field(i))
			}
		}
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeFor[Span]() {
			t.spans(v.Interface().([]Span))
			return
		}
		if v.Type().Elem().Kind() == reflect.Uint8 {
			return // binary data: an image's bytes
		}
		for i := range v.Len() {
			t.other(v.Index(i))
		}
	case reflect.String:
		t.line(v.String())
	}
}

// visibleText returns the text of spans with breaks as newlines and
// fields (page numbers) left out, unlike PlainText, which marks a field
// with "#" for tests.
func visibleText(spans []Span) string { return spanText(spans, "") }
