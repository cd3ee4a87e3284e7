package pdf

import (
	"strings"

	"golang.org/x/text/unicode/norm"

	"redress/internal/fonts"
)

// cleanText prepares span text for layout. fpdf only handles the Basic
// Multilingual Plane (a rune above U+FFFF panics at Output), measures
// decomposed accents wrongly, and has no glyph for control characters, so:
//
//   - text is normalised to NFC;
//   - a tab becomes a space, and CR LF or a lone CR becomes LF (which the
//     typesetter treats as a line break);
//   - a rune above U+FFFF, any other control character, the explicit
//     directional formatting characters (U+202A-202E, U+2066-2069, which
//     the bidi rules here do not apply: see bidi.go), invalid UTF-8 and
//     any rune the font has no glyph for become '?'.
//
// casefile rejects such characters long before this point, naming the
// field; this is the writer's own guarantee that no input can make it panic
// or print an empty box silently.
func cleanText(s string) string {
	return clean(s, true)
}

// cleanMeta prepares metadata and bookmark titles: the same rules, except
// that line breaks become spaces and font coverage does not matter (a PDF
// viewer shows these strings in its own font).
func cleanMeta(s string) string {
	return clean(s, false)
}

func clean(s string, body bool) string {
	if isPlainASCII(s) {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = norm.NFC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	for i, r := range s {
		switch {
		case r == '\t':
			r = ' '
		case r == '\n' || r == '\r':
			if body {
				r = '\n'
			} else {
				r = ' '
			}
		case r == '\uFFFD' && isInvalidAt(s, i):
			r = '?'
		case r > 0xFFFF || r < 0x20 || (r >= 0x7F && r < 0xA0):
			r = '?'
		case r >= '\u202A' && r <= '\u202E' || r >= '\u2066' && r <= '\u2069':
			r = '?'
		case body && !fonts.Covers(r):
			r = '?'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// isPlainASCII reports whether s holds only printable ASCII, which needs no
// cleaning: most text takes this fast path.
func isPlainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7F {
			return false
		}
	}
	return true
}

// isInvalidAt reports whether the U+FFFD decoded at byte i of s came from
// invalid UTF-8 rather than from a real U+FFFD in the text.
func isInvalidAt(s string, i int) bool {
	return !strings.HasPrefix(s[i:], "\uFFFD")
}
