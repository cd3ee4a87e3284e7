package doc

// Span is a piece of inline content: text in one style, a line break, or a
// page-number field.
type Span struct {
	Kind      SpanKind
	Text      string // for Text spans; literal, never markup
	Bold      bool
	Italic    bool
	Underline bool
	// Size is the font size in points; 0 means the paragraph's size.
	Size float64
}

// SpanKind says what a span is.
type SpanKind int

const (
	// Text is literal text.
	Text SpanKind = iota
	// Break is a line break within the paragraph.
	Break
	// PageNumber is the current page's number.
	PageNumber
	// PageCount is the number of pages in the document.
	PageCount
)

// T returns a plain text span.
func T(s string) Span { return Span{Text: s} }

// B returns a bold text span.
func B(s string) Span { return Span{Text: s, Bold: true} }

// I returns an italic text span.
func I(s string) Span { return Span{Text: s, Italic: true} }

// BR returns a line break.
func BR() Span { return Span{Kind: Break} }

// PlainText returns the text of spans, with breaks as newlines and fields
// as "#". It is for tests and metadata, not for layout.
func PlainText(spans []Span) string { return spanText(spans, "#") }

// spanText returns the text of spans, with breaks as newlines and each
// field (a page number) as field.
func spanText(spans []Span, field string) string {
	var b []byte
	for _, s := range spans {
		switch s.Kind {
		case Text:
			b = append(b, s.Text...)
		case Break:
			b = append(b, '\n')
		default:
			b = append(b, field...)
		}
	}
	return string(b)
}
