package pdf

import (
	"slices"

	"golang.org/x/text/unicode/bidi"
)

// This file is the part of the Unicode Bidirectional Algorithm (UAX #9)
// our documents need: it resolves the embedding level of every character
// of a paragraph set left to right (our documents are in English or
// Spanish), in which a Hebrew name or address may appear. Level 0 is
// left-to-right text, level 1 right-to-left text, level 2 a number inside
// right-to-left text. reorder.go applies the levels to lines: it breaks
// lines in logical order first, then reorders each line (L1, L2) and
// mirrors brackets in right-to-left runs (L4).
//
// What is implemented: the weak types (W1–W7), paired brackets (N0, BD16),
// the other neutrals (N1, N2) and the implicit levels (I1) for paragraph
// level 0, over the classes L, R, AL, EN, ES, ET, AN, CS, NSM, WS and ON.
// Explicit embeddings, overrides and isolates (X1–X8) are not: casefile
// refuses those characters, and cleanText prints '?' for them, so a
// paragraph is always one isolating run sequence at level 0. Boundary
// neutrals (BN: zero-width spaces and joiners) are removed for the rules
// (X9) and take the level of the character before them. No paragraph
// separator or segment separator (B, S) reaches layout: line ends become
// Breaks, which end a bidi paragraph, and tabs become spaces.
//
// Why not golang.org/x/text/unicode/bidi's Paragraph (v0.44.0, which the
// module requires; the package calls itself under construction):
//
//   - the paragraph direction cannot be set left to right:
//     DefaultDirection(LeftToRight) is ignored, and a paragraph that
//     begins with a Hebrew name is set right to left (P2, P3);
//   - an Ordering gives runs with a direction but no level, so digits in
//     a Hebrew run (level 2) cannot be told from Latin text between two
//     Hebrew runs (level 0), and runs are not reordered (L2) at all;
//   - Line resolves a line as a paragraph of its own, rather than taking
//     the paragraph's levels and applying L1 and L2 to the line;
//   - ReverseString moves a combining mark onto the letter before its own
//     (Hebrew points would land on the wrong letter), and mirrors only
//     paired brackets.
//
// Its character data is complete and used here: LookupRune gives each
// character's Bidi_Class and bracket properties.

// maxBracketDepth is BD16's stack of openers: past 63 nested brackets no
// more pairs are matched.
const maxBracketDepth = 63

// classOf is the bidi class of r as the rules here see it: explicit
// formatting characters (which never reach layout) count as BN.
func classOf(r rune) bidi.Class {
	p, _ := bidi.LookupRune(r)
	c := p.Class()
	if c > bidi.Control {
		return bidi.BN
	}
	return c
}

// isRTL reports whether r is a character that makes a paragraph need the
// algorithm: a right-to-left letter or an Arabic digit. Text with none of
// them is left to right throughout, whatever its neutrals.
func isRTL(r rune) bool {
	switch classOf(r) {
	case bidi.R, bidi.AL, bidi.AN:
		return true
	}
	return false
}

// resolveLevels returns the level of each rune of a paragraph set left to
// right.
func resolveLevels(runes []rune) []uint8 {
	levels := make([]uint8, len(runes))
	// X9: boundary neutrals are left out of the rules; at[k] is the
	// position in runes of the k-th character the rules see.
	at := make([]int, 0, len(runes))
	types := make([]bidi.Class, 0, len(runes))
	for i, r := range runes {
		if c := classOf(r); c != bidi.BN {
			at = append(at, i)
			types = append(types, c)
		}
	}
	initial := slices.Clone(types)
	resolveWeak(types)
	resolveBrackets(types, initial, func(k int) rune { return runes[at[k]] })
	resolveNeutrals(types)
	// I1: at the paragraph's even level, R goes up one level and numbers
	// two.
	for k, c := range types {
		switch c {
		case bidi.R:
			levels[at[k]] = 1
		case bidi.EN, bidi.AN:
			levels[at[k]] = 2
		}
	}
	// A boundary neutral takes the level of the character before it
	// (UAX #9, 5.2 Retaining BNs and Explicit Formatting Characters).
	k := 0
	for i := range runes {
		if k < len(at) && at[k] == i {
			k++
		} else if i > 0 {
			levels[i] = levels[i-1]
		}
	}
	return levels
}

// resolveWeak applies W1–W7 to a sequence whose start and end of sequence
// (sos, eos) are L.
func resolveWeak(t []bidi.Class) {
	// W1: a nonspacing mark takes the type of the character before it.
	for i, c := range t {
		if c == bidi.NSM {
			if i == 0 {
				t[i] = bidi.L
			} else {
				t[i] = t[i-1]
			}
		}
	}
	// W2: a European number after an Arabic letter is an Arabic number.
	// W3: an Arabic letter is R.
	last := bidi.L
	for i, c := range t {
		switch c {
		case bidi.L, bidi.R:
			last = c
		case bidi.AL:
			last = c
			t[i] = bidi.R
		case bidi.EN:
			if last == bidi.AL {
				t[i] = bidi.AN
			}
		}
	}
	// W4: a single separator between two numbers of the same kind joins
	// them (only a common separator joins Arabic numbers).
	for i := 1; i+1 < len(t); i++ {
		prev, next := t[i-1], t[i+1]
		switch {
		case t[i] == bidi.ES && prev == bidi.EN && next == bidi.EN:
			t[i] = bidi.EN
		case t[i] == bidi.CS && prev == next && (prev == bidi.EN || prev == bidi.AN):
			t[i] = prev
		}
	}
	// W5: terminators (%, $, #) next to a European number belong to it.
	for i := 0; i < len(t); {
		if t[i] != bidi.ET {
			i++
			continue
		}
		j := i
		for j < len(t) && t[j] == bidi.ET {
			j++
		}
		if (i > 0 && t[i-1] == bidi.EN) || (j < len(t) && t[j] == bidi.EN) {
			for k := i; k < j; k++ {
				t[k] = bidi.EN
			}
		}
		i = j
	}
	// W6: the separators and terminators left are neutral.
	// W7: a European number in left-to-right context is L.
	last = bidi.L
	for i, c := range t {
		switch c {
		case bidi.ES, bidi.ET, bidi.CS:
			t[i] = bidi.ON
		case bidi.L, bidi.R:
			last = c
		case bidi.EN:
			if last == bidi.L {
				t[i] = bidi.L
			}
		}
	}
}

// strong is the direction a resolved type counts as for N0 and N1:
// numbers count as R. ok is false for a neutral.
func strong(c bidi.Class) (dir bidi.Class, ok bool) {
	switch c {
	case bidi.L:
		return bidi.L, true
	case bidi.R, bidi.EN, bidi.AN:
		return bidi.R, true
	}
	return 0, false
}

// bracketPair is a matched pair of brackets: positions in the sequence.
type bracketPair struct{ open, close int }

// resolveBrackets applies N0: a pair of brackets takes the direction of
// what it encloses, so that "(כהן)" after a Hebrew word is right to left
// as a whole. initial holds the types before W1 (a nonspacing mark after
// a bracket follows the bracket), and char gives the k-th character.
func resolveBrackets(t, initial []bidi.Class, char func(k int) rune) {
	pairs := findBrackets(t, char)
	for _, p := range pairs {
		found := bidi.ON
		for k := p.open + 1; k < p.close; k++ {
			if d, ok := strong(t[k]); ok {
				found = d
				if d == bidi.L { // the paragraph's direction
					break
				}
			}
		}
		dir := found
		switch found {
		case bidi.ON:
			continue // nothing strong inside: N1 and N2 decide
		case bidi.R:
			// Only the opposite direction inside: the brackets take
			// it if the text before them has it too (sos is L).
			dir = bidi.L
			for k := p.open - 1; k >= 0; k-- {
				if d, ok := strong(t[k]); ok {
					dir = d
					break
				}
			}
		}
		for _, b := range [2]int{p.open, p.close} {
			t[b] = dir
			for k := b + 1; k < len(t) && initial[k] == bidi.NSM; k++ {
				t[k] = dir
			}
		}
	}
}

// findBrackets identifies the bracket pairs (BD16) among the characters
// whose type is still ON, sorted by the opening bracket's position.
func findBrackets(t []bidi.Class, char func(k int) rune) []bracketPair {
	type opener struct {
		closer rune // the closing bracket that matches it
		at     int
	}
	var (
		stack []opener
		pairs []bracketPair
	)
	for k, c := range t {
		if c != bidi.ON {
			continue
		}
		r := char(k)
		p, _ := bidi.LookupRune(r)
		if !p.IsBracket() {
			continue
		}
		if p.IsOpeningBracket() {
			if len(stack) == maxBracketDepth {
				break
			}
			stack = append(stack, opener{closer: canonicalBracket(pairedBracket(r)), at: k})
			continue
		}
		r = canonicalBracket(r)
		for j := len(stack) - 1; j >= 0; j-- {
			if stack[j].closer == r {
				pairs = append(pairs, bracketPair{open: stack[j].at, close: k})
				stack = stack[:j]
				break
			}
		}
	}
	slices.SortFunc(pairs, func(a, b bracketPair) int { return a.open - b.open })
	return pairs
}

// pairedBracket is the other bracket of a pair (Bidi_Paired_Bracket), as
// x/text knows it: reversing a one-character string swaps a bracket.
func pairedBracket(r rune) rune {
	for _, p := range bidi.ReverseString(string(r)) {
		return p
	}
	return r
}

// canonicalBracket maps the two angle brackets that have canonical
// equivalents to those (BD16 matches brackets up to canonical
// equivalence; NFC text has the U+3008 forms already).
func canonicalBracket(r rune) rune {
	switch r {
	case '\u2329':
		return '\u3008'
	case '\u232A':
		return '\u3009'
	}
	return r
}

// resolveNeutrals applies N1 and N2: a run of neutrals between two
// characters of the same direction takes it (numbers count as R);
// otherwise it takes the paragraph's, L. sos and eos are L.
func resolveNeutrals(t []bidi.Class) {
	for i := 0; i < len(t); {
		if _, ok := strong(t[i]); ok {
			i++
			continue
		}
		j := i
		for j < len(t) {
			if _, ok := strong(t[j]); ok {
				break
			}
			j++
		}
		before, after := bidi.L, bidi.L
		if i > 0 {
			before, _ = strong(t[i-1])
		}
		if j < len(t) {
			after, _ = strong(t[j])
		}
		dir := bidi.L
		if before == after {
			dir = before
		}
		for k := i; k < j; k++ {
			t[k] = dir
		}
		i = j
	}
}

// visualOrder returns the positions of items with the given levels in the
// order they are shown, left to right (L2): from the highest level down
// to 1, every maximal run of items at that level or higher is reversed.
func visualOrder(levels []uint8) []int {
	order := make([]int, len(levels))
	for i := range order {
		order[i] = i
	}
	top := uint8(0)
	for _, l := range levels {
		top = max(top, l)
	}
	for lv := top; lv >= 1; lv-- {
		for i := 0; i < len(order); {
			if levels[order[i]] < lv {
				i++
				continue
			}
			j := i
			for j < len(order) && levels[order[j]] >= lv {
				j++
			}
			slices.Reverse(order[i:j])
			i = j
		}
	}
	return order
}

// mirror is the mirror image of r that a right-to-left run shows in its
// place (Bidi_Mirroring_Glyph, L4), for the mirrored characters whose
// mirror image Liberation Serif has; others are themselves. The pairs are
// those of the Unicode Character Database's BidiMirroring.txt with both
// characters in the font; mirrorPairs' test checks them against x/text's
// brackets and the font's widths.
func mirror(r rune) rune {
	switch r {
	case '(':
		return ')'
	case ')':
		return '('
	case '<':
		return '>'
	case '>':
		return '<'
	case '[':
		return ']'
	case ']':
		return '['
	case '{':
		return '}'
	case '}':
		return '{'
	case '«':
		return '»'
	case '»':
		return '«'
	case '‹':
		return '›'
	case '›':
		return '‹'
	case '≤':
		return '≥'
	case '≥':
		return '≤'
	}
	return r
}
