package fonts

import (
	"sync"

	"github.com/go-fonts/liberation/liberationserifbold"
	"github.com/go-fonts/liberation/liberationserifitalic"
	"github.com/go-fonts/liberation/liberationserifregular"
	"golang.org/x/image/font/sfnt"
)

// Family is the family name the writers register and that DOCX styles name
// ("Times New Roman" there: Liberation Serif is metric-compatible with it).
const Family = "Liberation Serif"

// Face is one style of the family.
type Face struct {
	Style string // "", "B" or "I", as fpdf names styles
	TTF   []byte // the font as shipped; read-only, shared by every goroutine
	Embed []byte // TTF through Slim: what a PDF embeds; read-only, shared
}

var (
	facesOnce sync.Once
	faces     []Face
	facesErr  error
)

// Faces returns the regular, bold and italic faces. The byte slices are
// shared and must not be modified. The error is Slim's, which only a broken
// font build can give.
func Faces() ([]Face, error) {
	facesOnce.Do(func() {
		for _, f := range []Face{
			{Style: "", TTF: liberationserifregular.TTF},
			{Style: "B", TTF: liberationserifbold.TTF},
			{Style: "I", TTF: liberationserifitalic.TTF},
		} {
			if f.Embed, facesErr = Slim(f.TTF); facesErr != nil {
				return
			}
			faces = append(faces, f)
		}
	})
	return faces, facesErr
}

var (
	coverOnce sync.Once
	coverage  []uint64 // bit set over the BMP: every face has a glyph
	coverErr  error
)

// Covers reports whether every face has a glyph for r. Runes outside the
// Basic Multilingual Plane are never covered (fpdf cannot print them), and
// neither are control characters.
func Covers(r rune) bool {
	coverOnce.Do(buildCoverage)
	if coverErr != nil || r < 0 || r > 0xFFFF {
		return false
	}
	return coverage[r/64]&(1<<(uint(r)%64)) != 0
}

// Check parses the embedded faces and reports an error if one is broken.
// Callers run it once at start-up, before any worker begins.
func Check() error {
	coverOnce.Do(buildCoverage)
	return coverErr
}

func buildCoverage() {
	bits := make([]uint64, 0x10000/64)
	for i := range bits {
		bits[i] = ^uint64(0)
	}
	var buf sfnt.Buffer
	all, err := Faces()
	if err != nil {
		coverErr = err
		return
	}
	for _, face := range all {
		f, err := sfnt.Parse(face.TTF)
		if err != nil {
			coverErr = err
			return
		}
		for r := rune(0); r <= 0xFFFF; r++ {
			if bits[r/64]&(1<<(uint(r)%64)) == 0 {
				continue
			}
			gi, err := f.GlyphIndex(&buf, r)
			if err != nil || gi == 0 {
				bits[r/64] &^= 1 << (uint(r) % 64)
			}
		}
	}
	// Space and the line controls we lay out ourselves are fine; other C0/C1
	// controls are never printable.
	for r := rune(0); r < 0x20; r++ {
		bits[r/64] &^= 1 << (uint(r) % 64)
	}
	for r := rune(0x7F); r < 0xA0; r++ {
		bits[r/64] &^= 1 << (uint(r) % 64)
	}
	coverage = bits
}
