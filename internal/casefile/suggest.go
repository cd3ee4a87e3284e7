package casefile

import "strings"

// suggest returns the known key nearest to an unknown one, or "" when none
// is near enough to be a plausible typo. Keys are compared without regard
// to case, with '-' and ' ' read as '_', so "Date-Of-Birth" finds
// date_of_birth; distance is Damerau-Levenshtein (optimal string
// alignment), so a swap of two letters (brith) costs one edit.
func suggest(key string, known []string) string {
	k := foldKey(key)
	best, bestD := "", -1
	for _, cand := range known {
		d := osaDistance(k, foldKey(cand))
		if bestD < 0 || d < bestD {
			best, bestD = cand, d
		}
	}
	if bestD < 0 || bestD > typoBudget(len([]rune(k))) {
		return ""
	}
	return best
}

// typoBudget is how many edits still look like a typo of a word this long.
func typoBudget(n int) int {
	switch {
	case n <= 3:
		return 1
	case n <= 8:
		return 2
	}
	return 3
}

func foldKey(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '-' || r == ' ' {
			return '_'
		}
		return r
	}, strings.ToLower(strings.TrimSpace(s)))
}

// osaDistance is the optimal-string-alignment distance between a and b:
// insertions, deletions, substitutions and swaps of adjacent runes.
func osaDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > 64 || len(rb) > 64 {
		// Not a typo of a schema key; spare the quadratic table.
		if a == b {
			return 0
		}
		return 1 << 20
	}
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
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
