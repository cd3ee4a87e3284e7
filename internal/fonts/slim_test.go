package fonts

import (
	"bytes"
	"reflect"
	"testing"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// TestSlimKeepsOutlines compares every face's slimmed font with the
// original: the same glyph count, advance widths, outlines and character
// map for a range of Latin and Vietnamese letters, the copyright and licence
// URL kept, and no hinting left.
func TestSlimKeepsOutlines(t *testing.T) {
	faces, err := Faces()
	if err != nil {
		t.Fatal(err)
	}
	runes := []rune("AZaz09&<>'’“”—§¶ÀÉÑÖßàéñöüÿĂăĐđƠơƯưẠạẤấỆệỘộỨứỹÂn")
	for _, fc := range faces {
		orig, err := sfnt.Parse(fc.TTF)
		if err != nil {
			t.Fatal(err)
		}
		slim, err := sfnt.Parse(fc.Embed)
		if err != nil {
			t.Fatalf("face %q: slimmed font does not parse: %v", fc.Style, err)
		}
		if orig.NumGlyphs() != slim.NumGlyphs() {
			t.Errorf("face %q: %d glyphs, slimmed %d", fc.Style, orig.NumGlyphs(), slim.NumGlyphs())
		}
		if len(fc.Embed) >= len(fc.TTF)*3/4 {
			t.Errorf("face %q: slimmed %d bytes of %d: hinting not removed?", fc.Style, len(fc.Embed), len(fc.TTF))
		}
		var b1, b2 sfnt.Buffer
		ppem := fixed.I(1000)
		for _, r := range runes {
			g1, err1 := orig.GlyphIndex(&b1, r)
			g2, err2 := slim.GlyphIndex(&b2, r)
			if err1 != nil || err2 != nil || g1 != g2 {
				t.Fatalf("face %q: %q maps to glyph %d (%v), slimmed %d (%v)", fc.Style, r, g1, err1, g2, err2)
			}
			a1, _ := orig.GlyphAdvance(&b1, g1, ppem, font.HintingNone)
			a2, _ := slim.GlyphAdvance(&b2, g2, ppem, font.HintingNone)
			if a1 != a2 {
				t.Errorf("face %q: %q advance %v, slimmed %v", fc.Style, r, a1, a2)
			}
			s1, err1 := orig.LoadGlyph(&b1, g1, ppem, nil)
			s1 = append(sfnt.Segments(nil), s1...)
			s2, err2 := slim.LoadGlyph(&b2, g2, ppem, nil)
			if err1 != nil || err2 != nil || !reflect.DeepEqual(s1, s2) {
				t.Errorf("face %q: %q outline differs after slimming (%v, %v)", fc.Style, r, err1, err2)
			}
		}
		for _, id := range []sfnt.NameID{sfnt.NameIDCopyright, sfnt.NameIDFamily, sfnt.NameIDLicenseURL} {
			n1, _ := orig.Name(&b1, id)
			n2, err := slim.Name(&b2, id)
			if err != nil || n1 != n2 || n2 == "" {
				t.Errorf("face %q: name %d is %q (%v), want %q", fc.Style, id, n2, err, n1)
			}
		}
		tables, err := readTables(fc.Embed)
		if err != nil {
			t.Fatal(err)
		}
		for _, tag := range []string{"fpgm", "prep", "cvt "} {
			if tables[tag] != nil {
				t.Errorf("face %q: slimmed font keeps %q", fc.Style, tag)
			}
		}
	}
}

// TestSlimRejectsBrokenFonts feeds Slim truncated and foreign data: it
// errors, and never panics.
func TestSlimRejectsBrokenFonts(t *testing.T) {
	ttf := regularTTF(t)
	for _, n := range []int{0, 4, 11, 12, 100, 400, len(ttf) / 2} {
		if _, err := Slim(ttf[:n]); err == nil && n < len(ttf)/2 {
			t.Errorf("Slim of the first %d bytes: no error", n)
		}
	}
	if _, err := Slim(bytes.Repeat([]byte("OTTO"), 100)); err == nil {
		t.Error("Slim of a CFF header: no error")
	}
}

func regularTTF(t *testing.T) []byte {
	t.Helper()
	faces, err := Faces()
	if err != nil {
		t.Fatal(err)
	}
	return faces[0].TTF
}

func FuzzSlim(f *testing.F) {
	faces, err := Faces()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(faces[0].TTF[:2048])
	f.Fuzz(func(t *testing.T, b []byte) {
		Slim(b) // must not panic
	})
}
