package pdf

import (
	"bytes"
	"fmt"
	"io"
	"testing"

	"redress/internal/doc"
)

// BenchmarkLetter renders the two-page client letter. Most of the time is
// fpdf registering and subsetting the three faces, which it does again for
// every document.
func BenchmarkLetter(b *testing.B) {
	d := letterDocument()
	lo, err := layoutDocument(d)
	if err != nil {
		b.Fatal(err)
	}
	if n := len(lo.pages); n != 2 {
		b.Fatalf("letter has %d pages, want 2", n)
	}
	r := New()
	b.ReportAllocs()
	for b.Loop() {
		if err := r.Render(io.Discard, d); err != nil {
			b.Fatal(err)
		}
	}
}

// benchLetters are 200 two-page client letters to different clients, the
// load of a batch run.
func benchLetters(b *testing.B) []*doc.Document {
	docs := make([]*doc.Document, 200)
	hint := 0
	for i := range docs {
		name := fmt.Sprintf("%s %d", clientNames[i%len(clientNames)], i+1)
		docs[i], hint = fitLetter(b, name, 2, hint)
	}
	return docs
}

// reportBatch reports the time per letter and the mean file size.
func reportBatch(b *testing.B, letters, bytes int) {
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/1e6/float64(b.N*letters), "ms/letter")
	b.ReportMetric(float64(bytes)/float64(letters)/1024, "KB/file")
}

// BenchmarkWrite200 renders 200 two-page letters one by one, each its own
// Fpdf: fpdf registers and subsets the three faces 200 times.
func BenchmarkWrite200(b *testing.B) {
	docs := benchLetters(b)
	r := New()
	var buf bytes.Buffer
	size := 0
	b.ReportAllocs()
	for b.Loop() {
		size = 0
		for _, d := range docs {
			buf.Reset()
			if err := r.Render(&buf, d); err != nil {
				b.Fatal(err)
			}
			size += buf.Len()
		}
	}
	reportBatch(b, len(docs), size)
}

// BenchmarkWriteEach200 renders the same letters with WriteEach: one
// Fpdf for the 200, cut into 200 files.
func BenchmarkWriteEach200(b *testing.B) {
	docs := benchLetters(b)
	size := 0
	b.ReportAllocs()
	for b.Loop() {
		files, err := WriteEach(docs)
		if err != nil {
			b.Fatal(err)
		}
		size = 0
		for _, f := range files {
			size += len(f)
		}
	}
	reportBatch(b, len(docs), size)
}

// BenchmarkCombine200 joins the same letters into one file for printing.
func BenchmarkCombine200(b *testing.B) {
	docs := benchLetters(b)
	size := 0
	b.ReportAllocs()
	for b.Loop() {
		pdf, err := Combine(docs, CombineOptions{OddPageStarts: true})
		if err != nil {
			b.Fatal(err)
		}
		size = len(pdf)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/1e6/float64(b.N*len(docs)), "ms/letter")
	b.ReportMetric(float64(size)/1024, "KB/total")
}
