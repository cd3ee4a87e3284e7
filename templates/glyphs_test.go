package templates

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"redress/internal/fonts"
)

// TestEveryCharacterHasAGlyph scans the built-in templates and the samples
// for characters the embedded font lacks: such a character would print as
// an empty box in every PDF.
func TestEveryCharacterHasAGlyph(t *testing.T) {
	check := func(name string, data []byte) {
		line := 1
		for _, r := range string(data) {
			switch r {
			case '\n':
				line++
				continue
			case '\t', '\r':
				continue
			}
			if !fonts.Covers(r) {
				t.Errorf("%s:%d: %q (U+%04X) has no glyph in %s", name, line, r, r, fonts.Family)
			}
		}
	}
	n := 0
	err := fs.WalkDir(FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(FS, p)
		n++
		check("templates/"+p, data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	// Every case file and README among the samples, in sub-folders too
	// (the letterhead's .docx and logo are not text).
	err = filepath.WalkDir("../samples", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || (filepath.Ext(p) != ".yaml" && filepath.Ext(p) != ".md") {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		n++
		check(p, data)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 5 {
		t.Fatalf("scanned only %d files; the templates or samples are missing", n)
	}
}
