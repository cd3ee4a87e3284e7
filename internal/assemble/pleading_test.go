package assemble

import (
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"redress/internal/doc"
)

func TestPleadingNumbersAndReferences(t *testing.T) {
	e := New(fstest.MapFS{
		"facts.md": {Data: []byte("## FACTS\n\n{{ range $i, $f := .F }}\n¶ {{ if eq $i 0 }}{{ label \"facts-first\" }}{{ end }}{{ if eq $i 2 }}{{ label \"facts-last\" }}{{ end }}{{ $f }}\n{{ end }}\n")},
		"count.md": {Data: []byte("¶ Plaintiffs incorporate paragraphs {{ ref \"facts-first\" }} through {{ ref \"facts-last\" }}.\n\n¶ {{ .X }}\n")},
	})
	a, err := e.Execute("facts.md", Input{Dot: map[string][]string{"F": {"One.", "¶ Two, from data.", "Three."}}})
	if err != nil {
		t.Fatal(err)
	}
	b, err := e.Execute("count.md", Input{Dot: map[string]string{"X": "¶ literal"}})
	if err != nil {
		t.Fatal(err)
	}
	all := append([]doc.Block{doc.Numbered{Spans: []doc.Span{doc.T("Intro.")}}}, append(a, b...)...)
	if err := Number(all); err != nil {
		t.Fatal(err)
	}
	want := []doc.Block{
		doc.Numbered{Num: 1, Spans: []doc.Span{doc.T("Intro.")}},
		doc.Heading{Level: 2, Spans: []doc.Span{doc.T("FACTS")}},
		doc.Numbered{Num: 2, Label: "facts-first", Spans: []doc.Span{doc.T("One.")}},
		doc.Numbered{Num: 3, Spans: []doc.Span{doc.T("¶ Two, from data.")}},
		doc.Numbered{Num: 4, Label: "facts-last", Spans: []doc.Span{doc.T("Three.")}},
		doc.Numbered{Num: 5, Spans: []doc.Span{doc.T("Plaintiffs incorporate paragraphs 2 through 4.")}},
		doc.Numbered{Num: 6, Spans: []doc.Span{doc.T("¶ literal")}},
	}
	if !reflect.DeepEqual(all, want) {
		t.Fatalf("got  %#v\nwant %#v", all, want)
	}
}

func TestUnknownReferenceIsAnError(t *testing.T) {
	e := New(fstest.MapFS{"t.md": {Data: []byte("¶ See {{ ref \"nowhere\" }}.\n")}})
	bs, err := e.Execute("t.md", Input{})
	if err != nil {
		t.Fatal(err)
	}
	if err := Number(bs); err == nil {
		t.Fatal("a reference to a missing label must be an error")
	}
}

func TestFrontMatterKeepsLineNumbers(t *testing.T) {
	meta, body := FrontMatter([]byte("---\ntitle: X\nkind: bivens\n---\nline five {{ .Missing }}\n"))
	if string(meta) != "title: X\nkind: bivens\n" {
		t.Errorf("meta = %q", meta)
	}
	e := New(fstest.MapFS{"c.md": {Data: []byte("---\ntitle: X\n---\n\n{{ .Missing }}\n")}})
	_, err := e.Execute("c.md", Input{Dot: struct{}{}})
	if err == nil || !strings.Contains(err.Error(), "c.md:5") {
		t.Errorf("error should name c.md:5, got %v; body %q", err, body)
	}
}
