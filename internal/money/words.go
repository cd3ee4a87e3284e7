package money

import "strings"

var (
	ones = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
		"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	tens   = []string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
	scales = []string{"", "thousand", "million", "billion"}
)

// Words writes the amount in English words, as a sum certain is stated in
// a claim letter: "one hundred fifty-one thousand eight hundred fifty
// dollars and five cents". Zero cents read "and no cents", so the words
// leave no doubt about the exact amount.
func (m Money) Words() string {
	c := int64(m)
	if c < 0 {
		return "minus " + Money(-c).Words()
	}
	dollars, cents := c/100, c%100
	d := "dollars"
	if dollars == 1 {
		d = "dollar"
	}
	s := integerWords(dollars) + " " + d + " and "
	switch cents {
	case 0:
		s += "no cents"
	case 1:
		s += "one cent"
	default:
		s += integerWords(cents) + " cents"
	}
	return s
}

func integerWords(n int64) string {
	if n == 0 {
		return "zero"
	}
	var groups []string
	for i := 0; n > 0; i++ {
		if g := n % 1000; g > 0 {
			w := under1000(int(g))
			if i < len(scales) && scales[i] != "" {
				w += " " + scales[i]
			}
			groups = append([]string{w}, groups...)
		}
		n /= 1000
	}
	return strings.Join(groups, " ")
}

func under1000(n int) string {
	var parts []string
	if n >= 100 {
		parts = append(parts, ones[n/100]+" hundred")
		n %= 100
	}
	switch {
	case n >= 20:
		w := tens[n/10]
		if n%10 > 0 {
			w += "-" + ones[n%10]
		}
		parts = append(parts, w)
	case n > 0:
		parts = append(parts, ones[n])
	}
	return strings.Join(parts, " ")
}
