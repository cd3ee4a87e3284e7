package complaint

import (
	"bytes"
	"testing"

	"redress/internal/assemble"
	"redress/internal/render/docx"
	"redress/internal/render/pdf"
	"redress/templates"
)

// BenchmarkComplaint drafts the three-plaintiff complaint (four counts)
// and writes it as PDF and as DOCX.
func BenchmarkComplaint(b *testing.B) {
	src := load(b, "testdata/three-plaintiffs.yaml")
	eng := assemble.New(templates.FS)
	var p, d bytes.Buffer
	for b.Loop() {
		res, err := Build(eng, src, asOf, Options{})
		if err != nil {
			b.Fatal(err)
		}
		p.Reset()
		d.Reset()
		if err := pdf.Write(&p, res.Document); err != nil {
			b.Fatal(err)
		}
		if err := docx.Write(&d, res.Document); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(p.Len()), "pdf-bytes")
	b.ReportMetric(float64(d.Len()), "docx-bytes")
}
