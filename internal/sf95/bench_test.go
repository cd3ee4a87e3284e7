package sf95

import (
	"bytes"
	"io"
	"testing"

	"redress/internal/doc"
	"redress/internal/render/docx"
	"redress/internal/render/pdf"
)

// benchForm measures one claimant's SF-95 from the loaded case to the
// file's bytes: the boxes, fitting every value, both pages and the
// continuation sheet, then the writer.
func benchForm(b *testing.B, write func(io.Writer, *doc.Document) error, pick func(*Form) *doc.Document) {
	src := load(b, "../../samples/illinois-torres.yaml")
	a, err := ResolveAgency(src)
	if err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		f := BuildForm(src.Case, 0, a, asOf)
		buf.Reset()
		if err := write(&buf, pick(f)); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(buf.Len()), "bytes/file")
}

func BenchmarkSF95PDF(b *testing.B) {
	benchForm(b, pdf.Write, func(f *Form) *doc.Document { return f.PDF })
}

// BenchmarkSF95DOCX measures the same form as a Word table.
func BenchmarkSF95DOCX(b *testing.B) {
	benchForm(b, docx.Write, func(f *Form) *doc.Document { return f.DOCX })
}
