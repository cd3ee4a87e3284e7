package batch

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"redress/internal/verify"
)

// TestCombinedFollowsLanguage: with --language es the print run holds the
// same Spanish letters as the separate files (it once came out in English),
// one per client, and no English letter text.
func TestCombinedFollowsLanguage(t *testing.T) {
	header := append([]string{"matter.id"}, clientColumns...)
	names := []string{"Zoë O'Brien", "Nguyễn Văn Ân", "Smith & <Sons>"}
	var rows [][]string
	for i, n := range names {
		rows = append(rows, append([]string{"LANG-" + itoa(i+1)}, client(n, "en")...))
	}
	recs := rosterOf(t, base, header, rows)
	out := t.TempDir()
	if _, err := run(t, context.Background(), recs, out, 2, func(o *Options) {
		o.Language = "es"
		o.Combined = true
	}); err != nil {
		t.Fatal(err)
	}
	text := verify.Fold(verify.PDF(t, filepath.Join(out, "letters-combined.pdf")))
	for _, es := range []string{"Gracias por confiarnos su caso.", "La respuesta corta"} {
		if n := strings.Count(text, es); n != len(names) {
			t.Errorf("the print run has %q %d times, want once per letter (%d)", es, n, len(names))
		}
	}
	if n := strings.Count(text, "27 de noviembre de 2026"); n < len(names) {
		t.Errorf("the print run dates %d letters in Spanish, want %d", n, len(names))
	}
	for _, en := range []string{"Thank you for trusting us", "The short answer", "Your deadlines", "November 27, 2026"} {
		if strings.Contains(text, en) {
			t.Errorf("the Spanish print run has English text %q", en)
		}
	}
	// The separate letter and the print run say the same.
	one := verify.Fold(verify.Text(t, filepath.Join(out, "LANG-1", "letter-zoe-o-brien.pdf")))
	if !strings.Contains(one, "Gracias por confiarnos su caso.") {
		t.Error("the separate letter is not in Spanish")
	}
	m, err := ReadManifest(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range m.Entries {
		if e.Language != "es" {
			t.Errorf("%s: manifest language %q, want the letter's, es", e.Claimant, e.Language)
		}
	}
}
