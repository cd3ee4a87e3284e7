package assemble

import (
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
	"text/template"

	"redress/internal/doc"
)

func run(t *testing.T, src string, dot any) []doc.Block {
	t.Helper()
	e := New(fstest.MapFS{"t.md": {Data: []byte(src)}})
	bs, err := e.Execute("t.md", Input{
		Dot:   dot,
		Funcs: template.FuncMap{"upper": func(s string) string { return s + "!" }},
		Blocks: map[string]BlockFunc{"sig": func(args ...any) ([]doc.Block, error) {
			return []doc.Block{doc.Paragraph{Style: doc.Compact, Spans: []doc.Span{doc.T("SIGNED")}}}, nil
		}},
	})
	if err != nil {
		t.Fatal(err)
	}
	return bs
}

func TestDataIsLiteral(t *testing.T) {
	dot := map[string]string{"Name": "*Smith* & <b>Sons</b> {{ .Secret }} __x__ `c` [l](u) \\* # h"}
	bs := run(t, "Dear **{{ .Name }}**, and *{{ upper .Name }}*.\n", dot)
	want := []doc.Block{doc.Paragraph{Spans: []doc.Span{
		doc.T("Dear "),
		doc.B(dot["Name"]),
		doc.T(", and "),
		doc.I(dot["Name"] + "!"),
		doc.T("."),
	}}}
	if !reflect.DeepEqual(bs, want) {
		t.Fatalf("got  %#v\nwant %#v", bs, want)
	}
}

func TestMarkdownStructure(t *testing.T) {
	src := "## Your deadlines\n\nFirst line\nsame paragraph.\n\n{{ sig }}\n\n{{ range .L }}\n- {{ . }}\n{{ end }}\n\n1. one\n2. two\n\n> quoted\n"
	bs := run(t, src, map[string][]string{"L": {"a # b", "1. c"}})
	want := []doc.Block{
		doc.Heading{Level: 2, Spans: []doc.Span{doc.T("Your deadlines")}},
		doc.Paragraph{Spans: []doc.Span{doc.T("First line same paragraph.")}},
		doc.Paragraph{Style: doc.Compact, Spans: []doc.Span{doc.T("SIGNED")}},
		doc.List{Items: []doc.ListItem{
			{Blocks: []doc.Block{doc.Paragraph{Spans: []doc.Span{doc.T("a # b")}}}},
			{Blocks: []doc.Block{doc.Paragraph{Spans: []doc.Span{doc.T("1. c")}}}},
		}},
		doc.List{Ordered: true, Start: 1, Items: []doc.ListItem{
			{Blocks: []doc.Block{doc.Paragraph{Spans: []doc.Span{doc.T("one")}}}},
			{Blocks: []doc.Block{doc.Paragraph{Spans: []doc.Span{doc.T("two")}}}},
		}},
		doc.Paragraph{Style: doc.Quote, Spans: []doc.Span{doc.T("quoted")}},
	}
	if !reflect.DeepEqual(bs, want) {
		t.Fatalf("got  %#v\nwant %#v", bs, want)
	}
}

func TestNewlineInDataIsLineBreak(t *testing.T) {
	bs := run(t, "{{ .A }}\n", map[string]string{"A": "one\ntwo"})
	want := []doc.Block{doc.Paragraph{Spans: []doc.Span{doc.T("one"), doc.BR(), doc.T("two")}}}
	if !reflect.DeepEqual(bs, want) {
		t.Fatalf("got %#v", bs)
	}
}

func TestErrorsNameFileAndLine(t *testing.T) {
	e := New(fstest.MapFS{"t.md": {Data: []byte("ok\n\n{{ .Missing }}\n")}})
	_, err := e.Execute("t.md", Input{Dot: struct{ A string }{}})
	if err == nil || !strings.Contains(err.Error(), "t.md:3") {
		t.Fatalf("want an error naming t.md:3, got %v", err)
	}
	e = New(fstest.MapFS{"t.md": {Data: []byte("ok\n{{ if }}\n")}})
	_, err = e.Execute("t.md", Input{})
	if err == nil || !strings.Contains(err.Error(), "t.md:2") {
		t.Fatalf("want a syntax error naming t.md:2, got %v", err)
	}
}

func TestTypographerGivesCharactersNotEntities(t *testing.T) {
	bs := run(t, "We call it the \"FTCA claim\" -- it's {{ .A }}.\n", map[string]string{"A": `"raw" -- 'x'`})
	want := []doc.Block{doc.Paragraph{Spans: []doc.Span{doc.T("We call it the \u201cFTCA claim\u201d \u2013 it\u2019s \"raw\" -- 'x'.")}}}
	if !reflect.DeepEqual(bs, want) {
		t.Fatalf("got  %#v\nwant %#v", bs, want)
	}
}

func TestNoteBlockQuote(t *testing.T) {
	bs := run(t, "> [!NOTE]\n> For counsel: check {{ .A }}.\n\n> A quotation.\n", map[string]string{"A": "*this*"})
	want := []doc.Block{
		doc.Paragraph{Style: doc.Note, Spans: []doc.Span{doc.T("For counsel: check *this*.")}},
		doc.Paragraph{Style: doc.Quote, Spans: []doc.Span{doc.T("A quotation.")}},
	}
	if !reflect.DeepEqual(bs, want) {
		t.Fatalf("got  %#v\nwant %#v", bs, want)
	}
}
