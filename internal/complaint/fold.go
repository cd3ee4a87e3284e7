package complaint

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// foldRune is a letter as a person may type it instead: without case or
// accents ("Ễ" is "e", "Đ" is "d"). Letters with a stroke that Unicode
// does not decompose are mapped by hand.
func foldRune(r rune) rune {
	switch r {
	case 'đ', 'Đ':
		return 'd'
	case 'ø', 'Ø':
		return 'o'
	case 'ł', 'Ł':
		return 'l'
	case 'ı':
		return 'i'
	}
	d := norm.NFD.String(string(r))
	for _, x := range d {
		if !unicode.Is(unicode.Mn, x) {
			return unicode.ToLower(x)
		}
	}
	return unicode.ToLower(r)
}

// fold is a text as fold's letters, spaces collapsed: two spellings of
// one name compare equal.
func fold(s string) string {
	var b strings.Builder
	for _, r := range s {
		b.WriteRune(foldRune(r))
	}
	return strings.Join(strings.Fields(b.String()), " ")
}
