package isolation

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Folding: two spellings of one name compare equal when they differ only
// in case, accents or punctuation. "NGUYỄN", "Nguyen" and "nguyễn" are
// the same word, since a template upper-cases a caption, a clerk drops
// the accents and a font without them forces a writer to. Each character
// of a word folds to lower-case letters and digits without marks: by
// compatibility decomposition (NFKD) with the marks dropped, and by hand
// for the letters that do not decompose (đ, ø, ß, æ, ł, ...).

// class says what a character is to the tokenizer.
type class uint8

const (
	sep  class = iota // separates words: space, punctuation, symbol
	word              // part of a word
	mark              // a combining mark: part of the word before it, folded away
)

// runeFold is how one character folds.
type runeFold struct {
	class class
	upper bool   // an upper-case or title-case letter
	fold  string // its folded form (a word character)
}

// foldTableSize covers Latin, Greek, Cyrillic, the other scripts of
// U+0000-U+1FFF, and Latin Extended Additional (Vietnamese). Characters
// above it are folded on the fly (foldSlow).
const foldTableSize = 0x2000

var foldTable = sync.OnceValue(func() *[foldTableSize]runeFold {
	var t [foldTableSize]runeFold
	for r := rune(0); r < foldTableSize; r++ {
		t[r] = foldSlow(r)
	}
	return &t
})

// special are the letters that NFKD leaves alone but a reader takes for
// plain Latin ones.
var special = map[rune]string{
	'đ': "d", 'ð': "d", 'ø': "o", 'ß': "ss", 'æ': "ae", 'œ': "oe", 'ł': "l",
	'þ': "th", 'ı': "i", 'ħ': "h", 'ŧ': "t", 'ŋ': "n", 'ſ': "s", 'ƒ': "f",
}

func foldSlow(r rune) runeFold {
	switch {
	case r >= 0x02B0 && r <= 0x02FF:
		// Spacing modifier letters: ʼ and ʻ are apostrophes ("OʼBrien"),
		// the rest accents typed on their own.
		return runeFold{class: sep}
	case unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r):
		return runeFold{class: mark}
	case !unicode.IsLetter(r) && !unicode.IsDigit(r):
		return runeFold{class: sep}
	}
	f := runeFold{class: word, upper: unicode.IsUpper(r) || unicode.IsTitle(r)}
	lower := unicode.ToLower(r)
	if s, ok := special[lower]; ok {
		f.fold = s
		return f
	}
	var b []byte
	for _, d := range norm.NFKD.String(string(lower)) {
		if unicode.Is(unicode.Mn, d) {
			continue
		}
		d = unicode.ToLower(d)
		if s, ok := special[d]; ok {
			b = append(b, s...)
		} else if unicode.IsLetter(d) || unicode.IsDigit(d) {
			b = utf8.AppendRune(b, d)
		}
	}
	f.fold = string(b)
	return f
}

// foldOf returns how r folds.
func foldOf(r rune) runeFold {
	if r >= 0 && r < foldTableSize {
		return foldTable()[r]
	}
	return foldSlow(r)
}

// foldWords returns the folded words of s: "Zoë O'Brien" -> zoe, o, brien.
func foldWords(s string) []string {
	var out []string
	var cur []byte
	in := false
	for _, r := range s {
		f := foldOf(r)
		switch f.class {
		case word:
			cur = append(cur, f.fold...)
			in = true
		case mark:
		case sep:
			if in && len(cur) > 0 {
				out = append(out, string(cur))
			}
			cur, in = cur[:0], false
		}
	}
	if in && len(cur) > 0 {
		out = append(out, string(cur))
	}
	return out
}

// foldString returns s folded as a whole, separators kept: for an e-mail
// address, compared in one piece.
func foldString(dst []byte, s string) []byte {
	for _, r := range s {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			dst = append(dst, byte(r))
			continue
		}
		f := foldOf(r)
		switch f.class {
		case word:
			dst = append(dst, f.fold...)
		case sep:
			dst = utf8.AppendRune(dst, r)
		}
	}
	return dst
}
