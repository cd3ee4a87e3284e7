package pdf

import (
	"fmt"
	"sync"

	"github.com/go-pdf/fpdf"
)

// widths is the advance width of every BMP rune in each face, in
// thousandths of the font size: exactly the numbers fpdf uses, read from
// fpdf itself once per process. Layout measures with this table only, so
// it needs no fpdf instance and no SetFont juggling, and what it measures is
// what gets drawn. The table is immutable and shared by every goroutine.
type widths struct {
	cw [numFaces][]uint16
}

var (
	widthsOnce   sync.Once
	sharedWidths *widths
	widthsErr    error
)

// loadWidths returns the shared width table, building it on first use
// (a few milliseconds).
func loadWidths() (*widths, error) {
	widthsOnce.Do(func() {
		sharedWidths, widthsErr = buildWidths()
	})
	return sharedWidths, widthsErr
}

func buildWidths() (*widths, error) {
	pdf := fpdf.New("P", "pt", "Letter", "")
	if err := registerFaces(pdf); err != nil {
		return nil, err
	}
	w := new(widths)
	for f := face(0); f < numFaces; f++ {
		pdf.SetFont(family, f.style(), 12)
		t := make([]uint16, 0x10000)
		for r := rune(0); r < 0x10000; r++ {
			if r >= 0xD800 && r < 0xE000 {
				continue // surrogates never reach layout
			}
			// GetStringSymbolWidth gives 0 for zero-width marks and the
			// font's MissingWidth for runes without a glyph.
			t[r] = uint16(pdf.GetStringSymbolWidth(string(r)))
		}
		w.cw[f] = t
	}
	if err := pdf.Error(); err != nil {
		return nil, fmt.Errorf("pdf: measuring fonts: %w", err)
	}
	return w, nil
}

// width is the advance width of s in face f at the given size, in points.
// s must be cleaned (BMP only).
func (w *widths) width(f face, size float64, s string) float64 {
	t := w.cw[f]
	n := 0
	for _, r := range s {
		if r >= 0 && r < 0x10000 {
			n += int(t[r])
		}
	}
	return float64(n) * size / 1000
}
