package casefile

import (
	"strings"
	"testing"
)

// A language code is checked for its form only; a mistake is told what to
// write.
func TestLanguageProblem(t *testing.T) {
	for _, ok := range []string{"en", "es", "vi", "quc", "es-MX", "es-419", "zh-Hant", "pt-BR"} {
		if msg := LanguageProblem(ok); msg != "" {
			t.Errorf("%s: %s", ok, msg)
		}
	}
	for code, want := range map[string]string{
		"Spanish":    `"Spanish" is the name of a language; write its code, es`,
		"español":    "write its code, es",
		"Tiếng Việt": "write its code, vi",
		"K'iche'":    "write its code, quc",
		"ES ":        `"ES " is not written as a language code; write es`,
		"EN":         "write en",
		"es_mx":      "write es-MX",
		"zh-hant":    "write zh-Hant",
		"en-":        "is not a language code",
		"../x":       "is not a language code",
		"e":          "is not a language code; write the ISO 639 code of 2 or 3 lower-case letters, such as en, es or vi, optionally with a region, such as es-MX",
		"":           "is not a language code",
	} {
		if msg := LanguageProblem(code); !strings.Contains(msg, want) {
			t.Errorf("LanguageProblem(%q) = %q, want it to contain %q", code, msg, want)
		}
	}
}
