package pdf

import (
	"io"
	"testing"
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
