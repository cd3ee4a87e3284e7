package casefile

import "unicode"

// Required means visible. A name of three spaces, a non-breaking space, a
// zero-width space (U+200B) or a line break alone is a value to a parser
// but nothing to a reader: an SF-95 with such a name has an empty box 2.
// So the decoder reads text with no visible character as not given
// (scalar.go), and the required-key rules say why the key counts as
// missing: "(the value has no visible characters)".

// visible reports whether s has at least one character that shows.
func visible(s string) bool {
	for _, r := range s {
		if shows(r) {
			return true
		}
	}
	return false
}

// shows reports whether r, on its own, puts something on the page. Not
// showing: white space (Unicode's White_Space: spaces of every width, line
// and paragraph separators, the non-breaking spaces), format characters
// (Cf: the zero-width space, joiners and non-joiner U+200B-U+200D, the
// word joiner U+2060, the byte-order mark U+FEFF, the soft hyphen, the
// directional marks), variation selectors and the other default-ignorable
// characters (the Hangul fillers), control characters, combining marks,
// which only change the character before them, and the blank Braille
// pattern U+2800, a symbol with no dots.
func shows(r rune) bool {
	switch {
	case unicode.Is(unicode.White_Space, r),
		unicode.Is(unicode.Cf, r),
		unicode.Is(unicode.Variation_Selector, r),
		unicode.Is(unicode.Other_Default_Ignorable_Code_Point, r),
		unicode.IsControl(r),
		unicode.Is(unicode.M, r),
		r == '\u2800':
		return false
	}
	return unicode.IsGraphic(r)
}
