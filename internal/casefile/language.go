package casefile

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// A claimant's language (claimants[].language) is the language of their
// advisory letter. Which languages there are is the templates' business:
// a language is letter/<code>.md and lang/<code>.yaml, and an office's
// --templates folder may add one. So the case file checks only that the
// value is written as a language code; the commands that draft letters
// know the templates in use and warn about a language that has no letter
// (letter.Fallback), which is then written in English.
//
// A language code is an ISO 639 code of 2 or 3 lower-case letters (en,
// es, vi, quc), optionally followed by a hyphen and one subtag, as BCP 47
// writes them: a region of 2 capital letters or 3 digits (es-MX, es-419),
// or a script of 4 letters with the first capital (zh-Hant). The code
// names the template files as written: es-MX needs letter/es-MX.md and
// lang/es-MX.yaml, and does not borrow es's.
var languageCode = regexp.MustCompile(`^[a-z]{2,3}(-([A-Z]{2}|[0-9]{3}|[A-Z][a-z]{3}))?$`)

// languageNames maps a language's name, in English or in the language
// (lower case, without accents), to its ISO 639 code: "Spanish" in a
// language key is a name, and the message says which code it is.
var languageNames = map[string]string{
	"english": "en", "spanish": "es", "espanol": "es", "castellano": "es",
	"vietnamese": "vi", "tieng viet": "vi", "chinese": "zh", "french": "fr", "francais": "fr",
	"portuguese": "pt", "portugues": "pt", "haitian creole": "ht", "kreyol": "ht", "kreyol ayisyen": "ht",
	"arabic": "ar", "russian": "ru", "korean": "ko", "tagalog": "tl", "ukrainian": "uk",
	"persian": "fa", "farsi": "fa", "hindi": "hi", "punjabi": "pa", "somali": "so", "amharic": "am",
	"k'iche'": "quc", "kiche": "quc",
}

// LanguageProblem returns "" when code is written as a language code, or
// else what is wrong and what to write. The CLI checks --language with it
// too.
func LanguageProblem(code string) string {
	if languageCode.MatchString(code) {
		return ""
	}
	got := quoteShort(code)
	if fixed := canonicalLanguage(code); languageCode.MatchString(fixed) {
		return fmt.Sprintf("%s is not written as a language code; write %s", got, fixed)
	}
	if c, ok := languageNames[foldName(code)]; ok {
		return fmt.Sprintf("%s is the name of a language; write its code, %s", got, c)
	}
	return fmt.Sprintf("%s is not a language code; write the ISO 639 code of 2 or 3 lower-case letters, such as en, es or vi, optionally with a region, such as es-MX", got)
}

// canonicalLanguage writes a code the way BCP 47 does: "ES " -> es,
// "es_mx" -> es-MX, "zh-hant" -> zh-Hant.
func canonicalLanguage(s string) string {
	parts := strings.Split(strings.ReplaceAll(strings.TrimSpace(s), "_", "-"), "-")
	parts[0] = strings.ToLower(parts[0])
	if len(parts) == 2 {
		switch sub := parts[1]; len(sub) {
		case 2:
			parts[1] = strings.ToUpper(sub)
		case 4:
			parts[1] = strings.ToUpper(sub[:1]) + strings.ToLower(sub[1:])
		}
	}
	return strings.Join(parts, "-")
}

// foldName folds a language's name for languageNames: lower case, accents
// removed, spaces trimmed ("Español " -> espanol).
func foldName(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(strings.TrimSpace(s))) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// language checks a claimant's language key, if it was given.
func (v *validator) language(path, code string) {
	if code == "" || v.failed(path) {
		return
	}
	if msg := LanguageProblem(code); msg != "" {
		v.report(path, "%s", msg)
	}
}
