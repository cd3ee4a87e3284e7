package isolation

import (
	"cmp"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"redress/internal/civil"
)

// Hit is a foreign person's identifier found in a text.
type Hit struct {
	Who    string // where the person comes from, as Foreign.Who says
	Person string // the person's name, as Foreign.Name gives it
	Kind   string // "name", "e-mail", "phone", "street address", "date of birth" or "A-number"
	// Rule is the form a name took: "" (the full name, or an identifier
	// of another kind), "first and last name", "last name, first name",
	// "title and name", "surname alone", "initials".
	Rule   string
	Match  string // the text found, as written
	Offset int    // where Match starts in the text, in bytes
	// Others is how many other foreign people the same text identifies
	// as well ("Maria Torres" is the first and last name of every María
	// Something Torres of a roster): the hit names the one it fits best,
	// by Rule, then the first by name.
	Others int
}

// Scope is a Guard with one record's own people: the identifiers of its
// own claimants, representatives and decedents are never reported in its
// text, whoever else they also belong to (a client who shares a surname
// with the base case's claimant, two clients of one household). It is
// read-only, like the Guard.
type Scope struct {
	g        *Guard
	excluded []int32  // needles that are an own person's identifier
	words    []int32  // word ids of the own people's names: never a loose match
	phones   []uint64 // digitKeys of the own people's phones
	// names are the own people's names, in each form, as word hashes:
	// a foreign name found within one of them ("Carlos Kowalski" in
	// "María Carlos Kowalski") is part of an own name, not a mention.
	names [][]uint64
	first uint64 // bit h%64 is set for the hash h of each name's first word
}

// Scope returns the guard for a record whose own people are own. A record
// whose text is checked more than once (each field of its case, then each
// document) builds it once.
func (g *Guard) Scope(own []Person) *Scope {
	s := &Scope{g: g}
	for _, p := range own {
		for _, k := range keysOf(p) {
			if n, ok := g.byKey[k.key]; ok && !slices.Contains(s.excluded, n) {
				s.excluded = append(s.excluded, n)
			}
			if k.kind != kindName || k.rule == ruleInitials {
				continue
			}
			h := make([]uint64, len(k.words))
			for i, w := range k.words {
				h[i] = hashWord(w)
			}
			if !slices.ContainsFunc(s.names, func(n []uint64) bool { return slices.Equal(n, h) }) {
				s.names = append(s.names, h)
				s.first |= 1 << (h[0] % 64)
			}
		}
		for _, w := range foldWords(p.Name) {
			if id, ok := g.vocab[w]; ok && !slices.Contains(s.words, id) {
				s.words = append(s.words, id)
			}
		}
		if k := phoneKey(p.Phone); k != "" {
			s.phones = append(s.phones, digitKey(k))
		}
	}
	return s
}

// Find returns the foreign people's identifiers in text that are not
// own's. It is Scope(own).Find(text).
func (g *Guard) Find(text string, own []Person) []Hit {
	return g.Scope(own).Find(text)
}

// Find returns the foreign people's identifiers in text, ordered by
// where they are. A person found several ways in one place (the full
// name "María Elena Torres", and "Torres" within it) is reported once
// (see result). Entries of one name (a client who is on two rows of a
// roster) are one person: a match is reported for the first entry. A
// text that identifies several people at once is one hit (Hit.Others).
func (s *Scope) Find(text string) []Hit {
	f := pool.Get().(*finder)
	defer func() {
		f.s, f.text = nil, ""
		pool.Put(f)
	}()
	f.s, f.text, f.cands, f.ownReach = s, text, f.cands[:0], 0
	f.toks, f.buf = s.g.tokenize(text, f.toks[:0], f.buf)
	f.words()
	f.digitRuns()
	f.emailsIn()
	return f.result()
}

// finder is the scratch space of one Find; finders are reused.
type finder struct {
	s      *Scope
	text   string
	toks   []token
	buf    []byte
	digits []byte
	pos    []int
	groups []group
	cands  []cand
	// ownReach is the end of the own names and streets found so far: a
	// foreign name that ends within it is part of one.
	ownReach int
}

var pool = sync.Pool{New: func() any { return new(finder) }}

// cand is a match before the matches of one person are merged.
type cand struct {
	start, end int
	person     int32
	others     int32 // the other people it belongs to (needle.others)
	kind       kind
	rule       rule
}

// hit records a match of a needle, unless it is an own person's
// identifier or lies within one.
func (f *finder) hit(n int32, start, end int) {
	nd := &f.s.g.needles[n]
	if slices.Contains(f.s.excluded, n) {
		if nd.kind == kindName || nd.kind == kindStreet {
			// A name within an own name or street ("Torres" in "500
			// Torres Ave.") is part of it.
			f.ownReach = max(f.ownReach, end)
		}
		return
	}
	if nd.kind == kindName && end <= f.ownReach {
		return
	}
	// One candidate for the person the needle fits best, however many
	// it belongs to ("María Torres" is the first and last name of every
	// María Something Torres): a text that repeats a common name costs
	// no more than one that repeats a rare one.
	r := nd.refs[0]
	f.cands = append(f.cands, cand{start: start, end: end, person: r.person, others: nd.others, kind: nd.kind, rule: r.rule})
}

// words finds the identifiers that are made of words: names, streets,
// dates of birth, initials.
func (f *finder) words() {
	g, toks := f.s.g, f.toks
	for i := range toks {
		t := &toks[i]
		if f.s.first&(1<<(t.hash%64)) != 0 {
			for _, n := range f.s.names {
				if n[0] == t.hash {
					if last, ok := f.nameAt(i, n); ok {
						f.ownReach = max(f.ownReach, toks[last].end)
					}
				}
			}
		}
		if t.flags&tokDotted != 0 && (i == 0 || !initialsJoin(f.text, toks[i-1], *t)) {
			f.initialsAt(i)
		}
		if year(*t) && len(g.births) > 0 {
			g.dateAt(f.text, toks, i, func(d civil.Date, first, last int) {
				if n, ok := g.births[d]; ok {
					f.hit(n, toks[first].start, toks[last].end)
				}
			})
		}
		if t.id < 0 {
			continue
		}
		w := &g.words[t.id]
		if w.name && i+1 < len(toks) {
			// The second word of the name follows, or a middle initial
			// or two come first ("María E. Torres").
			next := i + 1
			for k := 0; k <= maxSkipped && next < len(toks); k++ {
				if toks[next].id >= 0 {
					for _, n := range g.namePairs[pair(t.id, toks[next].id)] {
						if last, ok := f.nameAt(i, g.needles[n].hash); ok {
							f.hit(n, t.start, toks[last].end)
						}
					}
				}
				if toks[next].flags&tokDotted == 0 {
					break
				}
				next++
			}
		}
		if w.single && t.flags&tokCap != 0 {
			for _, n := range g.nameSingles[t.id] {
				f.hit(n, t.start, t.end)
			}
		}
		if g.words[w.canon].street && i+1 < len(toks) && toks[i+1].id >= 0 {
			for _, n := range g.streets[pair(w.canon, g.words[toks[i+1].id].canon)] {
				if f.wordsAt(i, g.needles[n].words) {
					f.hit(n, t.start, toks[i+len(g.needles[n].words)-1].end)
				}
			}
		}
		if w.honorific && i+1 < len(toks) && toks[i+1].id >= 0 && g.words[toks[i+1].id].loose {
			f.loose(toks[i+1].id, t.start, toks[i+1].end, ruleTitled)
		}
		if w.loose && t.flags&tokCap != 0 {
			f.loose(t.id, t.start, t.end, ruleAlone)
		}
	}
}

// wordsAt reports whether the tokens from i on are the canonical words
// of a street.
func (f *finder) wordsAt(i int, words []int32) bool {
	if i+len(words) > len(f.toks) {
		return false
	}
	for j, w := range words {
		id := f.toks[i+j].id
		if id < 0 || f.s.g.words[id].canon != w {
			return false
		}
	}
	return true
}

// maxSkipped is the most middle initials a name may have in the text
// that its needle does not.
const maxSkipped = 2

// nameAt reports whether the tokens from i on are the words of a name (by
// their hashes), written as one name, and returns the index of its last
// token. Between
// two words, the text may have up to maxSkipped initials the needle has
// not ("María E. Torres" is María Torres). The words must be separated
// only by spaces, hyphens and apostrophes, a dot after an initial, and at
// most one comma ("Torres, María"), and not be part of an e-mail address:
// a sentence's end between them ("to Maria. Torres then") makes them two
// names.
func (f *finder) nameAt(i int, words []uint64) (last int, ok bool) {
	toks, text := f.toks, f.text
	k := i
	for j, w := range words {
		if j > 0 {
			k++
			for skipped := 0; k < len(toks) && toks[k].hash != w && toks[k].flags&tokDotted != 0 && skipped < maxSkipped; skipped++ {
				k++
			}
		}
		if k >= len(toks) || toks[k].hash != w {
			return 0, false
		}
	}
	if toks[i].start > 0 && text[toks[i].start-1] == '@' || toks[k].end < len(text) && text[toks[k].end] == '@' {
		return 0, false
	}
	commas := 0
	for j := i + 1; j <= k; j++ {
		a := toks[j-1]
		for _, r := range text[a.end:toks[j].start] {
			switch {
			case r == ' ' || r == '\n' || r == '\t' || r == 0xA0:
			case r == '-' || r == 0x2010 || r == 0x2011 || r == '\'' || r == 0x2019 || r == 0x02BC:
			case r == '.' && utf8.RuneCountInString(text[a.start:a.end]) == 1:
			case r == ',' && commas == 0:
				commas++
			default:
				return 0, false
			}
		}
	}
	return k, true
}

// loose records a loose match of the name word id for the loose people
// whose name has it, unless an own person's name has it too.
func (f *finder) loose(id int32, start, end int, r rule) {
	if slices.Contains(f.s.words, id) || end <= f.ownReach {
		return
	}
	for _, l := range f.s.g.loose[id] {
		if r == ruleTitled && l.titled || r == ruleAlone && l.alone {
			f.cands = append(f.cands, cand{start: start, end: end, person: l.person, kind: kindName, rule: r})
		}
	}
}

// initialsAt reads the initials that start at token i: one-letter words
// each followed by a dot and at most one space ("N.N.M.", "N. N. M.").
func (f *finder) initialsAt(i int) {
	g := f.s.g
	if len(g.initials) == 0 {
		return
	}
	var b [maxInitials]byte
	n, j := 0, i
	for ; j < len(f.toks) && f.toks[j].flags&tokDotted != 0; j++ {
		if j > i && !initialsJoin(f.text, f.toks[j-1], f.toks[j]) {
			break
		}
		if n == maxInitials {
			return
		}
		b[n] = f.toks[j].letter
		n++
	}
	if nd, ok := g.initials[string(b[:n])]; ok {
		f.hit(nd, f.toks[i].start, f.toks[j-1].end+1) // with the last dot
	}
}

// initialsJoin reports whether two initials belong to one name: the first
// is followed by its dot and at most one space before the second.
func initialsJoin(text string, a, b token) bool {
	if a.flags&tokDotted == 0 || b.flags&tokDotted == 0 {
		return false
	}
	gap := b.start - a.end
	return gap == 1 || gap == 2 && text[a.end+1] == ' '
}

// emailsIn finds e-mail addresses: around each '@', the longest run of
// the characters an address is written with, compared whole.
func (f *finder) emailsIn() {
	g, text := f.s.g, f.text
	if len(g.emails) == 0 {
		return
	}
	for at := strings.IndexByte(text, '@'); at >= 0; {
		from, to := at, at+1
		for from > 0 {
			r, n := utf8.DecodeLastRuneInString(text[:from])
			if !emailChar(r, true) {
				break
			}
			from -= n
		}
		for to < len(text) {
			r, n := utf8.DecodeRuneInString(text[to:])
			if !emailChar(r, false) {
				break
			}
			to += n
		}
		for from < at && (text[from] == '.' || text[from] == '\'') {
			from++
		}
		for to > at+1 && (text[to-1] == '.' || text[to-1] == '-') {
			to--
		}
		if from < at && to > at+1 {
			f.buf = foldString(f.buf[:0], text[from:to])
			if n, ok := g.emails[string(f.buf)]; ok {
				f.hit(n, from, to)
			}
		}
		next := strings.IndexByte(text[at+1:], '@')
		if next < 0 {
			break
		}
		at += 1 + next
	}
}

// emailChar reports whether r can be part of an e-mail address: of its
// local part (before the '@') or of its domain.
func emailChar(r rune, local bool) bool {
	switch {
	case r < utf8.RuneSelf && asciiWord(byte(r)), r == '.', r == '-':
		return true
	case local && (r == '_' || r == '+' || r == '%' || r == '\''):
		return true
	case r >= utf8.RuneSelf:
		return foldOf(r).class != sep
	}
	return false
}

// loneLoose drops the loose name matches that lie within a strong one
// of anybody: "Torres" within "Carlos Torres", another client's full
// name, is not the base claimant's surname.
func (f *finder) loneLoose() []cand {
	c := f.cands
	slices.SortFunc(c, func(a, b cand) int {
		return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(b.end, a.end), cmp.Compare(a.rule, b.rule))
	})
	kept := c[:0]
	reach := -1
	for _, x := range c {
		if x.kind == kindName && x.rule < ruleTitled {
			reach = max(reach, x.end)
		} else if x.kind == kindName && x.end <= reach {
			continue
		}
		kept = append(kept, x)
	}
	return kept
}

// result merges the candidates into hits, then orders them by place. The
// matches of one person and kind that overlap are one mention, reported
// once: a match within another is dropped ("Torres" within "María Elena
// Torres"), a loose match is merged with the one it overlaps ("Ms. María"
// and "María Elena Torres" are "Ms. María Elena Torres", reported by the
// stronger rule), and of two strong matches that overlap the later is
// dropped ("Torres, Maria" in "Maria E. Torres, Maria Torres" is no third
// mention).
func (f *finder) result() []Hit {
	g, c := f.s.g, f.loneLoose()
	if len(c) == 0 {
		return nil
	}
	slices.SortFunc(c, func(a, b cand) int {
		return cmp.Or(cmp.Compare(g.rank[a.person], g.rank[b.person]), cmp.Compare(a.kind, b.kind),
			cmp.Compare(a.start, b.start), cmp.Compare(b.end, a.end),
			cmp.Compare(a.rule, b.rule), cmp.Compare(a.person, b.person))
	})
	kept := c[:1]
	for _, x := range c[1:] {
		last := &kept[len(kept)-1]
		switch {
		case g.rank[x.person] != g.rank[last.person] || x.kind != last.kind || x.start >= last.end:
			kept = append(kept, x)
		case x.end <= last.end || x.rule >= ruleTitled || last.rule >= ruleTitled:
			last.end = max(last.end, x.end)
			last.rule = min(last.rule, x.rule)
			last.person = min(last.person, x.person)
			last.others = max(last.others, x.others)
		}
	}
	slices.SortFunc(kept, func(a, b cand) int {
		return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(a.end, b.end), cmp.Compare(a.kind, b.kind),
			cmp.Compare(a.rule, b.rule), cmp.Compare(g.rank[a.person], g.rank[b.person]), cmp.Compare(a.person, b.person))
	})
	var hits []Hit
	for i, x := range kept {
		if i > 0 {
			if y := kept[i-1]; x.start == y.start && x.end == y.end && x.kind == y.kind {
				hits[len(hits)-1].Others += 1 + int(x.others)
				continue
			}
		}
		p := &g.foreign[x.person]
		hits = append(hits, Hit{Who: p.Who, Person: p.Name, Kind: x.kind.String(), Rule: x.rule.String(),
			Match: f.text[x.start:x.end], Offset: x.start, Others: int(x.others)})
	}
	f.cands = kept
	return hits
}
