package fonts

import "testing"

func TestCoverage(t *testing.T) {
	if err := Check(); err != nil {
		t.Fatal(err)
	}
	for _, r := range "Nguyễn Văn Ân Zoë O'Brien Smith & <Sons> ¿¡ñ §¶ “”‘’ — – … ơưđỹ" {
		if !Covers(r) {
			t.Errorf("Liberation Serif should cover %q (U+%04X)", r, r)
		}
	}
	for _, r := range []rune{'\u2011', 0x1F600, '\x01', '\uE000', '\u4E2D'} {
		if Covers(r) {
			t.Errorf("Covers(U+%04X) = true; the font has no such glyph (or fpdf cannot print it)", r)
		}
	}
}
