package suggest

// Nearest returns the candidate nearest to word, or "" when none is near
// enough to be a plausible typo (Budget). fold, when not nil, is applied to
// both sides before comparing (case, separators). Of candidates equally
// near, the first in known wins, so callers decide ties by their order.
func Nearest(word string, known []string, fold func(string) string) string {
	if fold == nil {
		fold = func(s string) string { return s }
	}
	w := fold(word)
	best, bestD := "", -1
	for _, cand := range known {
		d := Distance(w, fold(cand))
		if bestD < 0 || d < bestD {
			best, bestD = cand, d
		}
	}
	if bestD < 0 || bestD > Budget(len([]rune(w))) {
		return ""
	}
	return best
}

// Budget is how many edits still look like a typo of a word of n runes.
func Budget(n int) int {
	switch {
	case n <= 3:
		return 1
	case n <= 8:
		return 2
	}
	return 3
}

// maxRunes bounds the quadratic table: longer strings are not typos of a
// key, a field or a path, and only an exact match counts for them.
const maxRunes = 256

// Distance is the optimal-string-alignment (restricted Damerau-Levenshtein)
// distance between a and b: insertions, deletions, substitutions and swaps
// of two adjacent runes each cost one, so "brith" is one edit from
// "birth".
func Distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > maxRunes || len(rb) > maxRunes {
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
