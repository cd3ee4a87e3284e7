//go:build !race

package batch

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"redress/internal/verify"
)

// TestThousandRows drafts a 1,000-row roster: 2,000 files, a complete
// manifest whose hashes match, and a spot check of some files with
// pdfcpu, qpdf and LibreOffice. It is left out of -race runs (the race
// detector makes it ten times slower); .ci/run runs it on its own.
func TestThousandRows(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	out := t.TempDir()
	sum, err := run(t, context.Background(), roster(t, 1000, nil), out, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	files := tree(t, out)
	if sum.Written != 1000 || len(files) != 2000 || sum.Files != 2000 {
		t.Fatalf("written %d records, %d files (summary %d); want 1000 and 2000", sum.Written, len(files), sum.Files)
	}
	m, err := ReadManifest(out)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range m.Entries {
		for _, f := range e.Files {
			n++
			if files[filepath.FromSlash(f.Path)] != f.SHA256 {
				t.Fatalf("%s: the manifest's hash does not match the file", f.Path)
			}
		}
	}
	if n != 2000 {
		t.Fatalf("the manifest lists %d files", n)
	}
	for _, i := range []int{0, 1, 499, 998, 999} {
		e := m.Entries[i]
		for _, f := range e.Files {
			p := filepath.Join(out, filepath.FromSlash(f.Path))
			if filepath.Ext(p) == ".pdf" {
				text := verify.PDF(t, p)
				verify.ContainsAll(t, f.Path, text, e.Claimant)
				if st, _ := os.Stat(p); st.Size() > 60*1024 {
					t.Logf("%s: %d KB (target 60 KB)", f.Path, st.Size()/1024)
				}
			} else {
				verify.ContainsAll(t, f.Path, verify.Text(t, verify.DOCXToPDF(t, p)), e.Claimant)
			}
		}
	}
}
