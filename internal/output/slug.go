package output

import (
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// letters that NFD does not decompose into an ASCII base and a mark.
var foldASCII = map[rune]string{
	'đ': "d", 'Đ': "d", 'ø': "o", 'Ø': "o", 'ł': "l", 'Ł': "l", 'ß': "ss",
	'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe", 'þ': "th", 'Þ': "th", 'ð': "d", 'Ð': "d",
	'ı': "i",
}

// Slug turns a name into a file-name part of lowercase ASCII letters,
// digits and hyphens: "María Elena Torres" -> "maria-elena-torres",
// "Nguyễn Văn Ân" -> "nguyen-van-an". A name with no such characters gives
// "client". The result can never contain a path separator or "..".
func Slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFD.String(name) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		var s string
		switch {
		case r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			s = string(unicode.ToLower(r))
		case foldASCII[r] != "":
			s = foldASCII[r]
		default:
			dash = b.Len() > 0
			continue
		}
		if dash {
			b.WriteByte('-')
			dash = false
		}
		b.WriteString(s)
	}
	out := b.String()
	if len(out) > 60 {
		out = strings.TrimRight(out[:60], "-")
	}
	if out == "" {
		return "client"
	}
	return out
}

// Slugs returns a distinct slug for each name, adding -2, -3, ... where
// two names give the same slug, so that no client's file replaces
// another's.
func Slugs(names []string) []string {
	out := make([]string, len(names))
	used := map[string]bool{}
	for i, n := range names {
		s := Slug(n)
		cand := s
		for k := 2; used[cand]; k++ {
			cand = s + "-" + strconv.Itoa(k)
		}
		used[cand] = true
		out[i] = cand
	}
	return out
}
