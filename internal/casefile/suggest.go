package casefile

import (
	"strings"

	suggestpkg "redress/internal/suggest"
)

// suggest returns the known key nearest to an unknown one, or "" when none
// is near enough to be a plausible typo. Keys are compared without regard
// to case, with '-' and ' ' read as '_', so "Date-Of-Birth" finds
// date_of_birth; a swap of two letters (brith) costs one edit.
func suggest(key string, known []string) string {
	return suggestpkg.Nearest(key, known, foldKey)
}

func foldKey(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '-' || r == ' ' {
			return '_'
		}
		return r
	}, strings.ToLower(strings.TrimSpace(s)))
}

// elsewhere returns the schema paths, outside the mapping at parent, whose
// last key is key: a key written at the wrong level ("as_of" at the top
// instead of under matter) is better answered with where it belongs than
// with a look-alike sibling.
func elsewhere(key, parent string) []string {
	var out []string
	for _, sp := range schemaPaths() {
		if lastKey(sp.path) == key && parentPath(sp.path) != genericPath(parent) {
			out = append(out, sp.path)
		}
	}
	return out
}

// genericPath writes the list indexes of a path as [n], as schemaPaths do.
func genericPath(p string) string {
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		if p[i] == '[' {
			j := strings.IndexByte(p[i:], ']')
			if j > 0 {
				b.WriteString("[n]")
				i += j
				continue
			}
		}
		b.WriteByte(p[i])
	}
	return b.String()
}
