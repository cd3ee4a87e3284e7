package isolation

import "unicode/utf8"

// Phone numbers and A-numbers are found as runs of digits: groups of
// ASCII digits separated only by spaces and the punctuation numbers are
// written with ('-', '.', '(', ')', '/', '+'; at most three such
// characters between two groups). "(773) 555-0199", "773.555.0199" and
// "+1 773 555 0199" are one run each.
//
// A number is read only where a group ends (or the run, if no letter or
// digit follows it), so that a longer number that merely contains the
// digits in its middle ("47735550199123") is not taken for them:
//
//   - a phone number when the digits of the run up to there end with the
//     phone's key (its last ten digits): "+1 773 555 0199" ends with
//     7735550199; a phone number of seven to nine digits (a local
//     number) when they are all the run's digits up to there: "555-0123"
//     is not the local part of every "(312) 555-0123";
//   - an A-number when the digits from the start of a group up to there
//     are the A-number's eight or nine digits, with one leading zero more
//     or less: "A 204 118 907", "204-118-907", "A0204118907" is not one.
//
// A run that starts right after a letter ("x7735550199") is not read from
// its first group, except after a lone "A", as A-numbers are written
// ("A123456789").

// group is one group of digits of a run.
type group struct {
	first, last int // the run's digits[first:last]
	end         int // the byte after the group in the text
}

// maxDigitSep is the most separator characters between two groups of a
// run: ") " and " (" are two.
const maxDigitSep = 3

// digitRuns reads every run of digits of the text. Runs start in the
// words that have digits (tokDigits), so the text is not read again.
func (f *finder) digitRuns() {
	text, done := f.text, 0
	for i := range f.toks {
		t := &f.toks[i]
		if t.flags&tokDigits == 0 || t.start < done {
			continue
		}
		start := t.start
		for !isDigit(text[start]) {
			start++
		}
		done = f.digitRun(start)
	}
}

// digitRun reads the run that starts at text[start] and returns where it
// ends.
func (f *finder) digitRun(start int) int {
	text := f.text
	f.digits, f.pos, f.groups = f.digits[:0], f.pos[:0], f.groups[:0]
	j := start
	for {
		first := len(f.digits)
		for j < len(text) && isDigit(text[j]) {
			f.digits = append(f.digits, text[j])
			f.pos = append(f.pos, j)
			j++
		}
		f.groups = append(f.groups, group{first: first, last: len(f.digits), end: j})
		k, n := j, 0
		for n < maxDigitSep && k < len(text) {
			w := digitSep(text, k)
			if w == 0 {
				break
			}
			k += w
			n++
		}
		if n == 0 || k >= len(text) || !isDigit(text[k]) {
			break
		}
		j = k
	}
	end := f.groups[len(f.groups)-1].end
	// minDigit is the first digit a number may start with: the first
	// group is part of a word when a letter comes before it, unless
	// that is the A of an A-number ("A123456789").
	minDigit := 0
	if wordBefore(text, start) && aPrefix(text, start) == 0 {
		minDigit = f.groups[0].last
	}
	for gi, gr := range f.groups {
		if gi == len(f.groups)-1 && wordAfter(text, end) {
			break
		}
		f.phoneAt(gr, minDigit)
		f.aNumberAt(gi, minDigit)
	}
	return end
}

// phoneAt looks for a phone number whose digits end where the group does.
func (f *finder) phoneAt(gr group, minDigit int) {
	g := f.s.g
	if g.phoneLens == 0 {
		return
	}
	n := gr.last
	for l := 7; l <= phoneLen; l++ {
		if g.phoneLens&(1<<l) == 0 || n-l < minDigit || l < phoneLen && n-l != minDigit {
			continue
		}
		nd, ok := g.phones[digitKeyOf(value(f.digits[n-l:n]), l)]
		if !ok || f.ownPhone(n, minDigit) {
			continue
		}
		from := f.pos[n-l]
		if from > 0 && f.text[from-1] == '(' {
			from--
		}
		f.hit(nd, from, gr.end)
	}
}

// ownPhone reports whether the run's digits up to n end with a shared or
// an own person's phone number: then the number is theirs, even if a
// foreign phone number (with fewer digits) ends it too.
func (f *finder) ownPhone(n, minDigit int) bool {
	for _, list := range [2][]uint64{f.s.g.sharedPhones, f.s.phones} {
		for _, k := range list {
			l := int(k & 31)
			if n-l >= minDigit && digitKeyOf(value(f.digits[n-l:n]), l) == k {
				return true
			}
		}
	}
	return false
}

// aNumberAt looks for an A-number whose digits end where group gi does
// and start where an earlier group (or gi itself) starts.
func (f *finder) aNumberAt(gi, minDigit int) {
	g := f.s.g
	if len(g.aNumbers) == 0 {
		return
	}
	last := f.groups[gi].last
	for s := gi; s >= 0; s-- {
		first := f.groups[s].first
		n := last - first
		if n > 9 || first < minDigit {
			return
		}
		if n < 8 {
			continue
		}
		d := f.digits[first:last]
		if n == 9 && d[0] == '0' {
			d = d[1:]
		}
		nd, ok := g.aNumbers[digitKeyOf(value(d), len(d))]
		if !ok {
			continue
		}
		from := f.pos[first]
		if s == 0 {
			from -= aPrefix(f.text, from)
		}
		f.hit(nd, from, f.groups[gi].end)
	}
}

// aPrefix returns the length of the "A", "A-", "A " or "A#" written
// before an A-number's digits at text[i], 0 if there is none.
func aPrefix(text string, i int) int {
	for _, n := range []int{1, 2} {
		a := i - n
		if a < 0 || (text[a] != 'A' && text[a] != 'a') || wordBefore(text, a) {
			continue
		}
		if n == 1 || text[i-1] == '-' || text[i-1] == ' ' || text[i-1] == '#' {
			return n
		}
	}
	return 0
}

// value is the number a string of at most 19 digits stands for.
func value(d []byte) uint64 {
	v := uint64(0)
	for _, c := range d {
		v = v*10 + uint64(c-'0')
	}
	return v
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// digitSep returns the byte length of the separator character at
// text[i], 0 if there is none: a space (a no-break or thin one too), one
// of - . ( ) / +, or a Unicode dash.
func digitSep(text string, i int) int {
	switch text[i] {
	case ' ', '\t', '\n', '\r', '-', '.', '(', ')', '/', '+':
		return 1
	}
	if text[i] < utf8.RuneSelf {
		return 0
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	switch {
	case r == 0xA0, r >= 0x2000 && r <= 0x200A, r == 0x202F: // no-break and narrow spaces
		return n
	case r >= 0x2010 && r <= 0x2015, r == 0x2212: // hyphens, dashes, minus
		return n
	}
	return 0
}

// wordBefore reports whether the character before text[i] is part of a
// word (a letter, a digit or a combining mark).
func wordBefore(text string, i int) bool {
	if i <= 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return foldOf(r).class != sep
}

// wordAfter reports whether the character at text[i] is part of a word.
func wordAfter(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return foldOf(r).class != sep
}
