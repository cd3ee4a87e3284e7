package letter

import (
	"bytes"
	"path/filepath"
	"testing"

	"redress/internal/assemble"
	"redress/internal/casefile"
	"redress/internal/civil"
	"redress/internal/render/docx"
	"redress/internal/render/pdf"
	"redress/templates"
)

// benchLetter measures one sample letter, from the loaded case to the
// file's bytes: law, template, Markdown, layout and the writer.
func benchLetter(b *testing.B, write func(*bytes.Buffer, *Result) error) {
	src, err := casefile.Load(filepath.Join("..", "..", "samples", "illinois-torres.yaml"), casefile.Options{})
	if err != nil {
		b.Fatal(err)
	}
	eng := assemble.New(templates.FS)
	asOf := civil.Date{Year: 2026, Month: 11, Day: 27}
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		res, err := Build(eng, src.Case, 0, asOf)
		if err != nil {
			b.Fatal(err)
		}
		buf.Reset()
		if err := write(&buf, res); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(buf.Len()), "bytes/file")
}

func BenchmarkLetterPDF(b *testing.B) {
	benchLetter(b, func(w *bytes.Buffer, r *Result) error { return pdf.Write(w, r.Document) })
}

func BenchmarkLetterDOCX(b *testing.B) {
	benchLetter(b, func(w *bytes.Buffer, r *Result) error { return docx.Write(w, r.Document) })
}

func BenchmarkLetterAssembleOnly(b *testing.B) {
	benchLetter(b, func(*bytes.Buffer, *Result) error { return nil })
}
