package isolation

import (
	"slices"
	"strings"
	"unicode"

	"redress/internal/civil"
)

// The keys of identifiers: one spelling of each, so that two spellings of
// one identifier compare equal. The guard indexes the foreign people's
// keys and drops those equal to a shared or own person's.

// identifier is one key of a person, before it is indexed.
type identifier struct {
	kind  kind
	rule  rule
	key   string   // kind and value, the needle's key
	value string   // the value: the e-mail, digits, initials
	words []string // a name's or a street's words
	born  civil.Date
}

// keysOf returns the identifiers of a person. A minor's initials are
// among them, although they are looked for only for a loose person
// (NewGuard): an own or shared minor's initials are never reported.
func keysOf(p Person) []identifier {
	var out []identifier
	name := func(r rule, words ...string) {
		out = append(out, identifier{kind: kindName, rule: r, key: "name:" + nameKey(words), words: words})
	}
	if w := foldWords(p.Name); len(w) > 0 {
		name(ruleExact, w...)
		// The first and the last part of the name as written ("O'Brien"
		// is one part, two words).
		parts := strings.Fields(p.Name)
		first, last := foldWords(parts[0]), foldWords(parts[len(parts)-1])
		if len(parts) > 2 && len(first) > 0 && len(last) > 0 {
			name(ruleFirstLast, slices.Concat(first, last)...)
		}
		if len(parts) > 1 && len(first) > 0 && len(last) > 0 {
			name(ruleLastFirst, slices.Concat(last, first)...)
		}
	}
	if w := streetWordsOf(p.Street); w != nil {
		out = append(out, identifier{kind: kindStreet, key: "street:" + strings.Join(w, " "), words: w})
	}
	if e := emailKey(p.Email); e != "" {
		out = append(out, identifier{kind: kindEmail, key: "e-mail:" + e, value: e})
	}
	if d := phoneKey(p.Phone); d != "" {
		out = append(out, identifier{kind: kindPhone, key: "phone:" + d, value: d})
	}
	if d := aNumberKey(p.ANumber); d != "" {
		out = append(out, identifier{kind: kindANumber, key: "A-number:" + d, value: d})
	}
	if p.Born.Valid() {
		out = append(out, identifier{kind: kindBorn, key: "born:" + p.Born.String(), born: p.Born})
	}
	if p.Minor {
		if ini := initialsOf(p.Name); ini != "" {
			out = append(out, identifier{kind: kindName, rule: ruleInitials, key: "initials:" + ini, value: ini})
		}
	}
	return out
}

// nameKey is a name's folded words: "María Elena Torres" -> "maria elena
// torres".
func nameKey(words []string) string { return strings.Join(words, " ") }

// particles are the small words inside family names ("de la Cruz", "van
// Dijk", "bin Said"): on their own they name nobody.
var particles = map[string]bool{
	"de": true, "del": true, "la": true, "las": true, "los": true, "van": true, "von": true,
	"da": true, "do": true, "dos": true, "di": true, "du": true, "le": true, "bin": true,
	"y": true, "e": true,
}

// honorifics are the titles and roles that the documents put before a
// surname ("Ms. Torres", "Plaintiff Torres", "la Sra. Torres").
var honorifics = []string{
	"mr", "mrs", "ms", "miss", "mx", "dr", "sr", "sra", "srta", "don", "dona",
	"senor", "senora", "senorita",
	"plaintiff", "claimant", "decedent", "client",
}

// streetWords are the spellings of street suffixes, directions and unit
// words, each with the abbreviation that stands for all of its spellings
// (the U.S. Postal Service's).
var streetWords = [][2]string{
	{"street", "st"}, {"avenue", "ave"}, {"av", "ave"}, {"road", "rd"}, {"drive", "dr"},
	{"boulevard", "blvd"}, {"court", "ct"}, {"lane", "ln"}, {"place", "pl"},
	{"highway", "hwy"}, {"parkway", "pkwy"}, {"terrace", "ter"}, {"circle", "cir"},
	{"north", "n"}, {"south", "s"}, {"east", "e"}, {"west", "w"},
	{"northeast", "ne"}, {"northwest", "nw"}, {"southeast", "se"}, {"southwest", "sw"},
	{"apartment", "apt"}, {"suite", "ste"},
}

var streetCanon = func() map[string]string {
	m := map[string]string{}
	for _, w := range streetWords {
		m[w[0]] = w[1]
	}
	return m
}()

// streetWordsOf returns the canonical words of the street line before its
// first comma ("1420 W. Elm St., Apt. 3" -> 1420 w elm st), or nil when
// they cannot identify a place: fewer than two words, or no number.
func streetWordsOf(street string) []string {
	if i := strings.IndexByte(street, ','); i >= 0 {
		street = street[:i]
	}
	words := foldWords(street)
	digit := false
	for i, w := range words {
		if c, ok := streetCanon[w]; ok {
			words[i] = c
		}
		if strings.ContainsAny(w, "0123456789") {
			digit = true
		}
	}
	if len(words) < 2 || !digit {
		return nil
	}
	return words
}

// streetKey is the street line's canonical words, "" when it has none.
func streetKey(street string) string { return strings.Join(streetWordsOf(street), " ") }

// emailKey is an e-mail address folded, "" when it is not one.
func emailKey(email string) string {
	e := string(foldString(nil, strings.TrimSpace(email)))
	at := strings.IndexByte(e, '@')
	if at <= 0 || at == len(e)-1 {
		return ""
	}
	return e
}

// digitsOf returns the ASCII digits of s.
func digitsOf(s string) string {
	var b []byte
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			b = append(b, s[i])
		}
	}
	return string(b)
}

// phoneLen is how many of a phone number's last digits identify it: ten,
// a U.S. number without its country code, so that "+1 773 555 0199" and
// "(773) 555-0199" compare equal.
const phoneLen = 10

// phoneKey is the last ten digits of a phone number (all of them if
// fewer), "" when it has fewer than seven.
func phoneKey(phone string) string {
	d := digitsOf(phone)
	if len(d) < 7 {
		return ""
	}
	return d[max(0, len(d)-phoneLen):]
}

// aNumberKey is the digits of an A-number: eight or nine, a nine-digit
// number with a leading zero taken as the eight-digit one it pads.
func aNumberKey(a string) string {
	d := digitsOf(a)
	if len(d) == 9 && d[0] == '0' {
		d = d[1:]
	}
	if len(d) != 8 && len(d) != 9 {
		return ""
	}
	return d
}

// initialsOf returns a name's initials as court filings write them for a
// minor, folded and without the dots ("Nguyễn Ngọc Mai" -> "nnm"): the
// first letter of each word. "" when a word's letter folds to no ASCII
// letter, or the name has a single word.
func initialsOf(name string) string {
	var b []byte
	for _, w := range strings.Fields(name) {
		for _, r := range w {
			if !unicode.IsLetter(r) {
				continue
			}
			f := foldOf(r).fold
			if f == "" || f[0] < 'a' || f[0] > 'z' {
				return ""
			}
			b = append(b, f[0])
			break
		}
	}
	if len(b) < 2 || len(b) > maxInitials {
		return ""
	}
	return string(b)
}

// maxInitials is the most initials the guard reads as one name.
const maxInitials = 8

// abbreviations are initials that the documents print as something else
// (U.S., U.S.C., C.F.R., N.D. Cal., P.O. Box, a.m.): a minor with these
// initials is found by the other loose rules only, or every complaint
// would be reported.
var abbreviations = map[string]bool{
	"us": true, "usc": true, "cfr": true, "dc": true, "po": true, "am": true, "pm": true,
	"ie": true, "eg": true, "nd": true, "sd": true, "ed": true, "wd": true, "cd": true,
	"md": true, "lr": true, "cc": true, "ny": true, "jd": true, "uk": true, "un": true,
}
