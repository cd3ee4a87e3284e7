package batch

import (
	"context"
	"testing"
)

// BenchmarkBatch100 drafts a 100-row roster (letters, PDF and DOCX) with
// the default workers; divide ns/op by 100 for a letter set.
func BenchmarkBatch100(b *testing.B) {
	recs := roster(b, 100, nil)
	for b.Loop() {
		if _, err := run(b, context.Background(), recs, b.TempDir(), 0, nil); err != nil {
			b.Fatal(err)
		}
	}
}
