package verify

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"testing"
)

// DOCX unzips a written .docx into its parts, by name. Reading every part
// to its end also checks each one's checksum.
func DOCX(t testing.TB, data []byte) map[string][]byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("not a .docx (zip): %v", err)
	}
	parts := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatalf("part %s: %v", f.Name, err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatalf("part %s: %v", f.Name, err)
		}
		parts[f.Name] = b
	}
	return parts
}

// DOCXFile is DOCX for a file on disk.
func DOCXFile(t testing.TB, path string) map[string][]byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return DOCX(t, data)
}
