package complaint

import (
	"strings"
	"unicode"
)

// The parties section describes each officer from the case file's title
// and description, which are typed by people, not written for a
// template: a title may come with or without an article ("Deportation
// Officer", "a team leader"), and a description may say what the officer
// did ("knelt on her back") or what the officer looked like or was ("team
// leader", "about 6 ft tall"). Pasting either into a fixed sentence gave
// "Defendant John Doe 1 is the officer who team leader." These functions
// shape them so that every sentence reads.

// role is a title with its indefinite article: "a Deportation Officer",
// "an ERO officer", "an officer" for none. A title that already starts
// with an article or a possessive keeps it.
func role(title string) string {
	t := strings.TrimSuffix(strings.TrimSpace(title), ".")
	if t == "" {
		return "an officer"
	}
	first, _, _ := strings.Cut(t, " ")
	switch strings.ToLower(first) {
	case "a", "an", "the", "its", "his", "her", "their":
		return t
	}
	return article(first) + " " + t
}

// article chooses "a" or "an" by the sound of a word's start: a vowel
// letter ("an officer", "an Immigration Officer"), but "a Unit Chief", "a
// Union", "a one-"; and an acronym by its first letter's name ("an ERO
// officer", "an SDDO", "a DHS agent").
func article(word string) string {
	w := strings.TrimFunc(word, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if w == "" {
		return "a"
	}
	lower := strings.ToLower(w)
	if isAcronym(w) {
		if strings.ContainsRune("aefhilmnorsx", rune(lower[0])) {
			return "an"
		}
		return "a"
	}
	switch {
	case strings.HasPrefix(lower, "uni"), strings.HasPrefix(lower, "usu"), strings.HasPrefix(lower, "use"),
		strings.HasPrefix(lower, "one"), strings.HasPrefix(lower, "eu"):
		return "a"
	case strings.HasPrefix(lower, "hono"), strings.HasPrefix(lower, "hour"):
		return "an"
	case strings.ContainsRune("aeiou", rune(lower[0])):
		return "an"
	}
	return "a"
}

// isAcronym reports a word of two or more capital letters (digits
// allowed): "ERO", "SDDO", "DHS".
func isAcronym(w string) bool {
	caps := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			caps++
		case unicode.IsDigit(r):
		default:
			return false
		}
	}
	return caps >= 2
}

// describe splits an officer's description at its semicolons into what
// the officer did (clauses that start with a verb in the past tense) and
// what only describes the officer (the rest), each joined with "; " and
// "; and " before the last: acts follow "the officer who", features
// follow "identified by this description:". A final period is dropped;
// the sentence adds its own.
func describe(desc string) (acts, features string) {
	var a, f []string
	for _, part := range strings.Split(desc, ";") {
		part = strings.TrimSuffix(strings.TrimSpace(part), ".")
		if part == "" {
			continue
		}
		if isAct(part) {
			a = append(a, part)
		} else {
			f = append(f, part)
		}
	}
	return joinList(a, "; ", "; and "), joinList(f, "; ", "; and ")
}

// irregular are common irregular past-tense verbs of a description of what
// an officer did.
var irregular = map[string]bool{
	"wore": true, "drove": true, "held": true, "struck": true, "knelt": true, "kneeled": true, "broke": true,
	"gave": true, "told": true, "took": true, "hit": true, "put": true, "threw": true, "shot": true, "led": true,
	"sat": true, "stood": true, "ran": true, "fought": true, "caught": true, "said": true, "spoke": true,
	"came": true, "went": true, "got": true, "had": true, "was": true, "were": true, "did": true, "made": true,
	"kept": true, "left": true, "brought": true, "bit": true, "cut": true, "let": true, "set": true, "shut": true,
	"tore": true, "swore": true, "beat": true, "fell": true, "felt": true, "saw": true, "heard": true,
	"drew": true, "bent": true, "sent": true, "spun": true, "swung": true, "stuck": true,
	"found": true, "sought": true,
}

// isAct reports whether a clause starts with a verb in the past tense, so
// that it reads after "the officer who": "pushed her", "wore a vest", "was
// the driver"; not "team leader", "shaved head", "about 6 ft tall". A
// word ending in "-ed" that describes ("shaved head", "armed agent") is
// taken for a verb only when more words follow it and the next is not a
// noun the case file would use for the officer's looks (a guess that
// errs toward the neutral "identified by this description").
func isAct(clause string) bool {
	words := strings.Fields(clause)
	first := strings.ToLower(strings.Trim(words[0], ",:"))
	if irregular[first] {
		return true
	}
	if len(words) < 2 || !strings.HasSuffix(first, "ed") || len(first) < 4 {
		return false
	}
	next := strings.ToLower(strings.Trim(words[1], ",:"))
	return !looks[next]
}

// looks are words that follow an adjective ending in -ed in a description
// of an officer's appearance ("shaved head", "bearded man").
var looks = map[string]bool{
	"head": true, "hair": true, "man": true, "woman": true, "officer": true, "agent": true, "beard": true,
	"face": true, "arms": true, "build": true, "jacket": true, "shirt": true, "vest": true, "cap": true,
	"hat": true, "person": true, "skin": true, "eyes": true, "mustache": true, "moustache": true,
}
