package isolation

import "unicode/utf8"

// token is one word of a text: a maximal run of letters, digits and
// combining marks. Names, street addresses and dates are matched on
// tokens, so that punctuation and spacing never matter and a match always
// starts and ends on a word boundary ("Torreson" is one token, not
// "Torres").
type token struct {
	hash       uint64 // of the folded word, for words that need not be in the vocabulary
	start, end int    // byte offsets in the text
	id         int32  // the word in the Guard's vocabulary; -1: none of its words
	num        int16  // a number of 1 to 4 ASCII digits, "12th" included; -1 otherwise
	flags      uint8
	letter     byte // the folded letter of a one-letter ASCII word
}

const (
	tokCap    uint8 = 1 << iota // starts with an upper-case letter
	tokDotted                   // a one-letter word followed by '.': an initial
	tokDigits                   // has an ASCII digit: where runs of digits start (digits.go)
)

// tokenize appends the tokens of text to toks, looking each word up in
// the vocabulary. buf is scratch space for the folded word; both are
// returned for reuse.
//
// A word is read once to hash it (and to see whether it is a number or
// an initial), and folded into buf only when the vocabulary's Bloom
// filter says it may be one of its words: most words of a text are not.
func (g *Guard) tokenize(text string, toks []token, buf []byte) ([]token, []byte) {
	table := foldTable()
	i := 0
	for i < len(text) {
		// Skip to the start of a word.
		c := text[i]
		upper := false
		if c < utf8.RuneSelf {
			if asciiFold[c] == 0 {
				i++
				continue
			}
			upper = 'A' <= c && c <= 'Z'
		} else {
			f, n := foldAt(table, text, i)
			if f.class != word {
				// A mark with no letter before it is dropped.
				i += n
				continue
			}
			upper = f.upper
		}
		t := token{start: i, id: -1, num: -1}
		if upper {
			t.flags |= tokCap
		}
		h := uint64(fnvOffset)
		digits, letters, lead := 0, 0, int16(0) // lead: the value of the leading digits
		var last byte
		for i < len(text) {
			c := text[i]
			if c < utf8.RuneSelf {
				l := asciiFold[c]
				if l == 0 {
					break
				}
				if l <= '9' {
					if letters == 0 && digits < 4 {
						lead = lead*10 + int16(l-'0')
					}
					digits++
				} else {
					letters++
				}
				h = (h ^ uint64(l)) * fnvPrime
				last = l
				i++
				continue
			}
			f, n := foldAt(table, text, i)
			if f.class == sep {
				break
			}
			for j := 0; j < len(f.fold); j++ { // a mark folds to nothing
				h = (h ^ uint64(f.fold[j])) * fnvPrime
			}
			if f.class == word {
				letters += 2 // not ASCII: never a number or an ASCII initial
			}
			i += n
		}
		t.end = i
		t.hash = h
		if g.maybeWord(h) {
			buf = foldWord(buf[:0], text[t.start:t.end], table)
			if id, ok := g.vocab[string(buf)]; ok {
				t.id = id
			}
		}
		if digits > 0 {
			t.flags |= tokDigits
		}
		n := t.end - t.start
		switch {
		case letters == 0 && digits <= 4:
			t.num = lead
		case digits > 0 && digits <= 2 && letters == 2 && n == digits+2 && ordinal(text[i-2:i]):
			t.num = lead // 12th
		case digits == 0 && letters == 1 && n == 1:
			t.letter = last
			if i < len(text) && text[i] == '.' {
				t.flags |= tokDotted
			}
		}
		toks = append(toks, t)
	}
	return toks, buf
}

// foldWord appends the folded form of a word (letters, digits and marks
// only) to dst.
func foldWord(dst []byte, w string, table *[foldTableSize]runeFold) []byte {
	for i := 0; i < len(w); {
		if c := w[i]; c < utf8.RuneSelf {
			dst = append(dst, asciiFold[c])
			i++
			continue
		}
		f, n := foldAt(table, w, i)
		dst = append(dst, f.fold...)
		i += n
	}
	return dst
}

// foldAt returns how the character at text[i] folds, and its length.
func foldAt(table *[foldTableSize]runeFold, text string, i int) (runeFold, int) {
	r, n := utf8.DecodeRuneInString(text[i:])
	if r < foldTableSize {
		return table[r], n
	}
	return foldSlow(r), n
}

// asciiFold is each ASCII character folded: a letter in lower case, a
// digit itself, 0 for a separator.
var asciiFold = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			t[c] = byte(c)
		case 'A' <= c && c <= 'Z':
			t[c] = byte(c) + 'a' - 'A'
		}
	}
	return t
}()

// asciiWord reports whether an ASCII byte is a letter or a digit.
func asciiWord(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// ordinal reports whether s is an English ordinal suffix, in any case:
// "12th".
func ordinal(s string) bool {
	switch string([]byte{asciiFold[s[0]&0x7f], asciiFold[s[1]&0x7f]}) {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// hashWord is the FNV-1a hash of a folded word. A record's own names are
// compared by it (Scope), since their words need not be any foreign
// person's, and so not in the vocabulary.
func hashWord[T string | []byte](w T) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint64(w[i])) * fnvPrime
	}
	return h
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)
