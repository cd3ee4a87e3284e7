package casefile

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"redress/internal/fonts"
)

// notPrinted are the text keys that no document prints (file paths), so
// the font need not cover them.
var notPrinted = map[string]bool{
	"firm.letterhead": true,
	"firm.logo":       true,
}

// cleanText prepares a string for the documents, or says why it cannot.
//
// It normalises to NFC: the same name typed on a Mac (decomposed, "e" +
// combining accents) and on Windows (precomposed) must compare, sort and
// print the same, and fpdf prints a decomposed accent as a separate,
// misplaced mark. Windows line ends (CRLF) become LF. Nothing else is
// changed silently: control characters other than newline and tab, which
// no document can show, and characters the embedded font has no glyph
// for, which fpdf would print as blanks, are reported so that the user
// decides what to write instead.
//
// bad is the first character reported, so that the caller can point at it.
func cleanText(s string, printed bool) (clean, msg string, bad rune) {
	if !utf8.ValidString(s) {
		return "", "is not valid UTF-8 text", utf8.RuneError
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = norm.NFC.String(s)
	var controls, missing []rune
	for _, r := range s {
		switch {
		case r == '\n' || r == '\t':
		case unicode.IsControl(r):
			controls = addRune(controls, r)
		case printed && !fonts.Covers(r):
			missing = addRune(missing, r)
		}
	}
	if len(controls) > 0 {
		return "", fmt.Sprintf("contains %s, which cannot appear in a document; remove %s",
			listRunes(controls, "the control character "), them(controls)), controls[0]
	}
	if len(missing) > 0 {
		return "", fmt.Sprintf("contains %s, which the document font cannot print; remove %s or replace %s",
			listRunes(missing, ""), them(missing), them(missing)), missing[0]
	}
	return s, "", 0
}

// addRune adds r to a list of distinct runes.
func addRune(rs []rune, r rune) []rune {
	for _, x := range rs {
		if x == r {
			return rs
		}
	}
	return append(rs, r)
}

// listRunes names runes for a message: "😀 (U+1F600)" for a visible
// character, "U+0007" alone for an invisible one. At most three are
// named; the rest are counted.
func listRunes(rs []rune, prefix string) string {
	const max = 3
	var parts []string
	for i, r := range rs {
		if i == max {
			parts = append(parts, fmt.Sprintf("%d more", len(rs)-max))
			break
		}
		if unicode.IsGraphic(r) && !unicode.IsSpace(r) && !unicode.Is(unicode.Mn, r) {
			parts = append(parts, fmt.Sprintf("%s%c (U+%04X)", prefix, r, r))
		} else {
			parts = append(parts, fmt.Sprintf("%sU+%04X", prefix, r))
		}
	}
	switch len(parts) {
	case 1:
		return parts[0]
	case 2:
		return parts[0] + " and " + parts[1]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}

func them(rs []rune) string {
	if len(rs) == 1 {
		return "it"
	}
	return "them"
}
