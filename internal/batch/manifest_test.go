package batch

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"redress/internal/output"
)

// TestManifestCSVIsSpreadsheetSafe: names a spreadsheet would run as
// formulas come back from manifest.csv with a leading quote, and every
// cell is inert; manifest.json keeps the names as they are.
func TestManifestCSVIsSpreadsheetSafe(t *testing.T) {
	names := []string{`=HYPERLINK("http://x.example.org","click")`, "-2+3", "@SUM(A1)", "+1", "Zoë O'Brien"}
	header := append([]string{"matter.id"}, clientColumns...)
	var rows [][]string
	for i, n := range names {
		rows = append(rows, append([]string{"CSV-" + itoa(i+1)}, client(n, "en")...))
	}
	recs := rosterOf(t, unpresentedBase(t), header, rows)
	out := t.TempDir()
	pdfOnly, _ := output.ParseFormats("pdf")
	if _, err := run(t, context.Background(), recs, out, 1, func(o *Options) { o.Formats = pdfOnly }); err != nil {
		t.Fatal(err)
	}
	got := readCSV(t, out)
	if len(got) != len(names) {
		t.Fatalf("%d CSV rows, want %d", len(got), len(names))
	}
	for i, r := range got {
		want := names[i]
		if i < 4 {
			want = "'" + names[i]
		}
		if r["claimant"] != want {
			t.Errorf("claimant cell %q, want %q", r["claimant"], want)
		}
		for h, c := range r {
			if c != "" && strings.ContainsRune("=+-@\t\r", rune(c[0])) {
				t.Errorf("column %s: cell %q would run as a formula", h, c)
			}
		}
	}
	m, err := ReadManifest(out)
	if err != nil {
		t.Fatal(err)
	}
	for i, e := range m.Entries {
		if e.Claimant != names[i] {
			t.Errorf("manifest.json claimant %q, want %q", e.Claimant, names[i])
		}
	}
	// Error texts and every other cell go through the same defence.
	cells := spreadsheetSafe([]string{"-1 is not an amount", "\tx", "\rx", "@x", "a=b", ""})
	if want := []string{"'-1 is not an amount", "'\tx", "'\rx", "'@x", "a=b", ""}; !reflect.DeepEqual(cells, want) {
		t.Errorf("spreadsheetSafe: %q, want %q", cells, want)
	}
}
