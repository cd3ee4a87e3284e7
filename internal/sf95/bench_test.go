package sf95

import (
	"bytes"
	"testing"

	"redress/internal/render/docx"
	"redress/internal/render/pdf"
)

// BenchmarkSF95PDF measures one claimant's SF-95 from the loaded case to
// the PDF's bytes: the boxes, fitting every value, both pages and the
// continuation sheet.
func BenchmarkSF95PDF(b *testing.B) {
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
		if err := pdf.Write(&buf, f.PDF); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(buf.Len()), "bytes/file")
}

// BenchmarkSF95DOCX measures the same form as a Word table.
func BenchmarkSF95DOCX(b *testing.B) {
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
		if err := docx.Write(&buf, f.DOCX); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(buf.Len()), "bytes/file")
}
