package isolation

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"redress/internal/civil"
)

// Guard finds foreign people's identifiers in text. It is built once for
// a batch run (NewGuard) and then only read, so that any number of
// records can be checked at the same time.
//
// Everything a person is found by is indexed when the Guard is built, so
// that checking a text costs one pass over it, whatever the number of
// people: each word of the text is looked up once in the vocabulary of
// all the people's words, a name or a street is looked up by its first
// two words, a date by its day, a phone number and an A-number by their
// digits, an e-mail address by itself.
type Guard struct {
	foreign []Foreign
	rank    []int32 // by person: the rank of the person's name among all names

	vocab map[string]int32 // folded word -> word id
	// maybe is a Bloom filter of the vocabulary by word hash: most words
	// of a text are in no one's name (the, your, claim) and are told
	// apart by it without a map lookup.
	maybe []uint64
	words []wordInfo // by word id
	de    int32      // the id of "de" (12 de abril de 1988)

	needles []needle
	byKey   map[string]int32 // a needle's key -> the needle

	namePairs   map[uint64][]int32 // the ids of a name's first two words -> needles
	nameSingles map[int32][]int32  // the id of a one-word name -> needles
	streets     map[uint64][]int32 // the canonical ids of a street's first two words -> needles
	emails      map[string]int32
	phones      map[uint64]int32 // digitKey -> needle
	phoneLens   uint16           // bit n: some phone key has n digits
	aNumbers    map[uint64]int32
	births      map[civil.Date]int32
	initials    map[string]int32
	loose       map[int32][]looseRef // word id -> loose people with that word in their name

	sharedPhones []uint64 // digitKeys of the shared people's phones
}

// wordInfo is what the guard knows about a word of its vocabulary.
type wordInfo struct {
	canon     int32 // the word that stands for it in a street (street -> st); itself if none
	month     int8  // 1-12 for a month's name or abbreviation, in English or Spanish
	honorific bool
	name      bool // the first word of a name needle
	single    bool // a whole one-word name
	street    bool // the canonical first word of a street needle
	loose     bool // in the name of a loose person
}

// needle is one identifier to find: a name in one of its forms, a
// street, an e-mail address, a phone number, an A-number, a date of
// birth or a minor's initials. People who share an identifier share its
// needle.
type needle struct {
	kind  kind
	key   string   // kind and value: "name:maria torres"
	words []int32  // the word ids of a name or (canonical) street
	hash  []uint64 // the hashes of a name's words
	// refs are the people it belongs to, the best first (NewGuard): by
	// rule (the full name before the first and last name), then by name.
	refs []ref
	// others is how many other people (other names) than refs[0] it
	// belongs to.
	others int32
}

// ref is a person an identifier belongs to, and the form it takes for
// that person.
type ref struct {
	person int32
	rule   rule
}

// looseRef is a loose person one of whose name's words is a word of the
// vocabulary.
type looseRef struct {
	person int32
	titled bool // found after a title ("Ms. Torres"): two letters or more, not a particle
	alone  bool // found on its own when capitalised ("Torres was"): four letters or more, not the first word
}

// kind is the kind of identifier a hit is.
type kind uint8

const (
	kindName kind = iota
	kindEmail
	kindPhone
	kindStreet
	kindBorn
	kindANumber
)

var kindNames = [...]string{"name", "e-mail", "phone", "street address", "date of birth", "A-number"}

func (k kind) String() string { return kindNames[k] }

// rule is the form a name took in the text.
type rule uint8

const (
	ruleExact     rule = iota // the identifier itself (every kind but names' other forms)
	ruleFirstLast             // a name's first and last word
	ruleLastFirst             // a name's last word, then its first: "Torres, María"
	ruleTitled                // a title and a word of the name: "Ms. Torres"
	ruleAlone                 // a capitalised word of the name on its own: "Torres"
	ruleInitials              // a minor's initials: "N.N.M."
)

var ruleNames = [...]string{"", "first and last name", "last name, first name", "title and name", "surname alone", "initials"}

func (r rule) String() string { return ruleNames[r] }

// NewGuard indexes the identifiers of the foreign people. shared are the
// people whose data every document shares by design (FirmOf: the firm and
// its attorneys): an identifier of a foreign person that is also a shared
// person's is never reported, nor a loose name word that is also a word of
// a shared person's name.
func NewGuard(foreign []Foreign, shared []Person) *Guard {
	n := len(foreign)
	g := &Guard{
		foreign:     foreign,
		vocab:       make(map[string]int32, 2*n),
		words:       make([]wordInfo, 0, 2*n),
		needles:     make([]needle, 0, 8*n),
		byKey:       make(map[string]int32, 8*n),
		namePairs:   make(map[uint64][]int32, 3*n),
		nameSingles: map[int32][]int32{},
		streets:     make(map[uint64][]int32, n),
		emails:      make(map[string]int32, n),
		phones:      make(map[uint64]int32, n),
		aNumbers:    make(map[uint64]int32, n),
		births:      make(map[civil.Date]int32, n),
		initials:    map[string]int32{},
		loose:       map[int32][]looseRef{},
	}
	g.fixedWords()

	// What is shared is never looked for.
	sharedKeys := map[string]bool{}
	sharedWords := map[string]bool{}
	for _, p := range shared {
		for _, k := range keysOf(p) {
			sharedKeys[k.key] = true
		}
		for _, w := range foldWords(p.Name) {
			sharedWords[w] = true
		}
		if k := phoneKey(p.Phone); k != "" {
			g.sharedPhones = append(g.sharedPhones, digitKey(k))
		}
	}

	for i, f := range foreign {
		person := int32(i)
		for _, k := range keysOf(f.Person) {
			// A minor's initials are a loose form of the name, added below.
			if k.rule != ruleInitials && !sharedKeys[k.key] {
				g.add(k, person)
			}
		}
		if !f.Loose {
			continue
		}
		for j, w := range foldWords(f.Name) {
			size := utf8.RuneCountInString(w)
			r := looseRef{person: person, titled: size >= 2 && !particles[w], alone: j > 0 && size >= 4 && !particles[w]}
			if sharedWords[w] || !r.titled && !r.alone {
				continue
			}
			id := g.word(w)
			g.words[id].loose = true
			g.loose[id] = append(g.loose[id], r)
		}
		if f.Minor {
			if ini := initialsOf(f.Name); ini != "" && !abbreviations[ini] {
				k := identifier{kind: kindName, rule: ruleInitials, key: "initials:" + ini, value: ini}
				if !sharedKeys[k.key] {
					g.add(k, person)
				}
			}
		}
	}
	g.rankNames()
	for i := range g.needles {
		nd := &g.needles[i]
		slices.SortFunc(nd.refs, func(a, b ref) int {
			return cmp.Or(cmp.Compare(a.rule, b.rule), cmp.Compare(g.rank[a.person], g.rank[b.person]), cmp.Compare(a.person, b.person))
		})
		ranks := map[int32]bool{}
		for _, r := range nd.refs {
			ranks[g.rank[r.person]] = true
		}
		nd.others = int32(len(ranks) - 1)
	}
	g.filter()
	return g
}

// add indexes a foreign person's identifier.
func (g *Guard) add(k identifier, person int32) {
	if n, ok := g.byKey[k.key]; ok {
		nd := &g.needles[n]
		if !slices.ContainsFunc(nd.refs, func(r ref) bool { return r.person == person }) {
			nd.refs = append(nd.refs, ref{person, k.rule})
		}
		return
	}
	n := int32(len(g.needles))
	nd := needle{kind: k.kind, key: k.key, refs: []ref{{person, k.rule}}}
	for _, w := range k.words {
		nd.words = append(nd.words, g.word(w))
		if k.kind == kindName {
			nd.hash = append(nd.hash, hashWord(w))
		}
	}
	switch {
	case k.rule == ruleInitials:
		g.initials[k.value] = n
	case k.kind == kindName && len(nd.words) == 1:
		g.words[nd.words[0]].single = true
		g.nameSingles[nd.words[0]] = append(g.nameSingles[nd.words[0]], n)
	case k.kind == kindName:
		g.words[nd.words[0]].name = true
		key := pair(nd.words[0], nd.words[1])
		g.namePairs[key] = append(g.namePairs[key], n)
	case k.kind == kindStreet:
		// The street's words are canonical already, so they are their
		// own canonical ids.
		g.words[nd.words[0]].street = true
		key := pair(nd.words[0], nd.words[1])
		g.streets[key] = append(g.streets[key], n)
	case k.kind == kindEmail:
		g.emails[k.value] = n
	case k.kind == kindPhone:
		g.phones[digitKey(k.value)] = n
		g.phoneLens |= 1 << len(k.value)
	case k.kind == kindANumber:
		g.aNumbers[digitKey(k.value)] = n
	case k.kind == kindBorn:
		g.births[k.born] = n
	}
	g.needles = append(g.needles, nd)
	g.byKey[k.key] = n
}

// word returns the id of a folded word, adding it to the vocabulary.
func (g *Guard) word(w string) int32 {
	if id, ok := g.vocab[w]; ok {
		return id
	}
	id := int32(len(g.words))
	g.vocab[w] = id
	g.words = append(g.words, wordInfo{canon: id})
	return id
}

// fixedWords adds the words that matter whoever the people are: months,
// titles, "de", and the spellings of street words with their canonical
// forms.
func (g *Guard) fixedWords() {
	for m, names := range months {
		for _, n := range names {
			g.words[g.word(n)].month = int8(m + 1)
		}
	}
	for _, h := range honorifics {
		g.words[g.word(h)].honorific = true
	}
	g.de = g.word("de")
	for _, sw := range streetWords {
		long, short := g.word(sw[0]), g.word(sw[1])
		g.words[long].canon = short
	}
}

// rankNames ranks the foreign people by name, so that hits can be told
// apart by person (two entries with one name are one person to a reader)
// without comparing strings in Find.
func (g *Guard) rankNames() {
	order := make([]int32, len(g.foreign))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortStableFunc(order, func(a, b int32) int { return strings.Compare(g.foreign[a].Name, g.foreign[b].Name) })
	g.rank = make([]int32, len(g.foreign))
	r := int32(0)
	for i, p := range order {
		if i > 0 && g.foreign[p].Name != g.foreign[order[i-1]].Name {
			r++
		}
		g.rank[p] = r
	}
}

// filter builds the Bloom filter of the vocabulary: two bits per word,
// in at least 16 bits per word, so that about one word in 150 that is
// not in the vocabulary is looked up all the same.
func (g *Guard) filter() {
	bits := 1 << 12
	for bits < 16*len(g.words) {
		bits <<= 1
	}
	g.maybe = make([]uint64, bits/64)
	for w := range g.vocab {
		h := hashWord(w)
		for _, b := range bloomBits(h, bits) {
			g.maybe[b/64] |= 1 << (b % 64)
		}
	}
}

// bloomBits are the two bits of the Bloom filter for a word hash.
func bloomBits(h uint64, bits int) [2]uint64 {
	m := uint64(bits - 1)
	return [2]uint64{h & m, (h >> 32) & m}
}

// maybeWord reports whether a word with hash h may be in the vocabulary.
func (g *Guard) maybeWord(h uint64) bool {
	b := bloomBits(h, len(g.maybe)*64)
	return g.maybe[b[0]/64]&(1<<(b[0]%64)) != 0 && g.maybe[b[1]/64]&(1<<(b[1]%64)) != 0
}

// pair is the key of two word ids.
func pair(a, b int32) uint64 { return uint64(uint32(a))<<32 | uint64(uint32(b)) }

// digitKey packs a string of at most 16 digits and its length into one
// number, so that "0199" and "199" differ.
func digitKey(d string) uint64 {
	v, _ := strconv.ParseUint(d, 10, 64)
	return digitKeyOf(v, len(d))
}

func digitKeyOf(v uint64, n int) uint64 { return v<<5 | uint64(n) }
