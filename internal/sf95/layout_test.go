package sf95

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"redress/internal/doc"
)

// dumpLayout writes the drawn grid of a form page, one item a line: rules
// and boxes with their coordinates, text boxes with their rectangle, size
// and text. It is the golden format of the box layout.
func dumpLayout(c doc.Canvas) string {
	var b strings.Builder
	for _, it := range c.Items {
		switch x := it.(type) {
		case doc.Line:
			fmt.Fprintf(&b, "line %.1f,%.1f %.1f,%.1f w%.2f\n", x.X1, x.Y1, x.X2, x.Y2, x.Width)
		case doc.Box:
			fmt.Fprintf(&b, "box %.1f,%.1f %.1fx%.1f w%.2f checked=%v\n", x.X, x.Y, x.W, x.H, x.Width, x.Checked)
		case doc.TextBox:
			fmt.Fprintf(&b, "text %.1f,%.1f %.1fx%.1f %.1fpt %q\n", x.X, x.Y, x.W, x.H, x.Size, doc.PlainText(x.Spans))
		}
	}
	return b.String()
}

// TestLayoutGolden compares both pages of the three-claimant case's first
// form with testdata/layout-page{1,2}.golden. Run with -update after a
// deliberate change, and look at the rendered page.
func TestLayoutGolden(t *testing.T) {
	f := build(t, load(t, "testdata/three-claimants.yaml"), 0)
	for i, blk := range f.PDF.Body[:2] {
		got := dumpLayout(blk.(doc.Canvas))
		name := filepath.Join("testdata", fmt.Sprintf("layout-page%d.golden", i+1))
		if *update {
			if err := os.WriteFile(name, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(name)
		if err != nil {
			t.Fatalf("%v (run go test -update to create it)", err)
		}
		if !bytes.Equal([]byte(got), want) {
			t.Errorf("%s differs from the drawn layout; if the change is deliberate, run with -update and inspect the page", name)
		}
	}
}

// TestGridMatchesTheNotes checks the drawn rules against the grid measured
// in shared/legal/sf95-and-ftca-notes.md section 1.2, within 1 pt.
func TestGridMatchesTheNotes(t *testing.T) {
	f := build(t, load(t, "testdata/three-claimants.yaml"), 0)
	var horizontal []float64
	verticals := map[[2]float64]bool{}
	for _, it := range f.PDF.Body[0].(doc.Canvas).Items {
		if l, ok := it.(doc.Line); ok {
			if l.Y1 == l.Y2 {
				horizontal = append(horizontal, l.Y1)
			} else {
				verticals[[2]float64{l.X1, l.Y1}] = true
			}
		}
	}
	// Row boundaries of page 1 from the notes' table (A..Q).
	rows := []float64{67.7, 144.3, 171.6, 272.2, 289.4, 322.4, 371.5, 388.6, 461.8, 479.0, 495.9, 553.0, 570.2, 611.2, 636.7, 669.7}
	if len(horizontal) != len(rows) {
		t.Fatalf("page 1 has %d horizontal rules, the form %d", len(horizontal), len(rows))
	}
	for i, y := range rows {
		if d := horizontal[i] - y; d > 1 || d < -1 {
			t.Errorf("rule %d at y=%.1f, the form's at %.1f", i, horizontal[i], y)
		}
	}
	// Column rules (x at the row's top), from the notes.
	for _, c := range [][2]float64{{229.4, 18.7}, {485.9, 18.7}, {319.5, 67.7}, {143.9, 144.3}, {229.4, 144.3},
		{319.5, 144.3}, {485.9, 144.3}, {229.5, 479.0}, {229.5, 495.9}, {143.9, 570.2}, {292.4, 570.2},
		{422.9, 570.2}, {319.4, 636.7}, {496.6, 636.7}, {319.4, 669.7}} {
		if !verticals[c] {
			t.Errorf("no column rule at x=%.1f in the row at y=%.1f", c[0], c[1])
		}
	}
}
