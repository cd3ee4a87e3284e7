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
// no document can show, directional formatting characters (see
// directionalFormatting), and characters the embedded font has no glyph
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
	var controls, directional, missing []rune
	for _, r := range s {
		switch {
		case r == '\n' || r == '\t':
		case unicode.IsControl(r):
			controls = addRune(controls, r)
		case directionalFormatting[r] != "":
			directional = addRune(directional, r)
		case printed && !fonts.Covers(r):
			missing = addRune(missing, r)
		}
	}
	if len(controls) > 0 {
		return "", fmt.Sprintf("contains %s, which cannot appear in a document; remove %s",
			listRunes(controls, "the control character "), them(controls)), controls[0]
	}
	if len(directional) > 0 {
		return "", fmt.Sprintf("contains %s, which changes the order the text is shown in (and not the same way in Word and in the PDF); retype the text without %s",
			nameRunes(directional), them(directional)), directional[0]
	}
	if len(missing) > 0 {
		return "", fmt.Sprintf("contains %s, which the document font cannot print; remove %s or replace %s",
			listRunes(missing, ""), them(missing), them(missing)), missing[0]
	}
	return s, "", 0
}

// directionalFormatting names the explicit directional formatting
// characters of the Unicode Bidirectional Algorithm (UAX #9): the
// embeddings, overrides and isolates, and the characters that end them.
// They are invisible, and they reorder the text around them: a name with
// U+202E in it is shown backwards from that point on. Word applies them;
// our PDF writer does not (it sets every paragraph left to right and
// reorders right-to-left letters such as Hebrew by the standard's implicit
// rules only, and prints '?' for these), so the same letter would read
// differently in its two files. A user who typed or pasted one almost
// never meant it, so it is refused by name rather than silently removed.
//
// The implicit marks U+200E LEFT-TO-RIGHT MARK and U+200F RIGHT-TO-LEFT
// MARK are allowed: they are ordinary strong characters with no glyph,
// which the implicit rules (ours and Word's alike) resolve the same way,
// and which text copied from Hebrew web pages often carries.
var directionalFormatting = map[rune]string{
	'\u202A': "LEFT-TO-RIGHT EMBEDDING",
	'\u202B': "RIGHT-TO-LEFT EMBEDDING",
	'\u202C': "POP DIRECTIONAL FORMATTING",
	'\u202D': "LEFT-TO-RIGHT OVERRIDE",
	'\u202E': "RIGHT-TO-LEFT OVERRIDE",
	'\u2066': "LEFT-TO-RIGHT ISOLATE",
	'\u2067': "RIGHT-TO-LEFT ISOLATE",
	'\u2068': "FIRST STRONG ISOLATE",
	'\u2069': "POP DIRECTIONAL ISOLATE",
}

// nameRunes names directional formatting characters for a message, by
// name and code point: "the invisible character RIGHT-TO-LEFT OVERRIDE
// (U+202E)".
func nameRunes(rs []rune) string {
	named := make([]string, len(rs))
	for i, r := range rs {
		named[i] = fmt.Sprintf("%s (U+%04X)", directionalFormatting[r], r)
	}
	what := "the invisible character "
	if len(rs) > 1 {
		what = "the invisible characters "
	}
	switch len(named) {
	case 1:
		return what + named[0]
	case 2:
		return what + named[0] + " and " + named[1]
	}
	return what + strings.Join(named[:len(named)-1], ", ") + " and " + named[len(named)-1]
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
