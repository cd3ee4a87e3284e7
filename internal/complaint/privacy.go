package complaint

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"redress/internal/casefile"
	"redress/internal/civil"
)

// Fed. R. Civ. P. 5.2(a) in a filing: a birth date by its year only, a
// minor by initials, and no A-number. What must go is matched by its
// substance, not by one spelling, because facts are typed by people: an
// A-number by its digits, with or without the "A", dashes, dots or spaces
// ("204-118-907", "A 204 118 907"); a minor's name with or without its
// accents and in any case ("Sofia", "SOFÍA REYES"); a birth date in any
// written form ("May 3, 2012", "3rd of May 2012", "05/03/2012",
// "2012-05-03"), which becomes "born in 2012" (never "born on 2012").

// aNumberRE matches an alien registration number that is not in the case
// file, however it is written: A123-456-789, A 123 456 789, A123456789,
// A-12345678, A#123.456.789, and the digits alone when grouped 3-3-3 with
// dashes or dots (123-456-789), a shape no phone, Social Security or ZIP
// number has.
var aNumberRE = regexp.MustCompile(`(?i)\bA[\s#.:-]*\d{2,3}[\s.-]?\d{3}[\s.-]?\d{3}\b|\b\d{3}([.-])\d{3}[.-]\d{3}\b`)

const aOmitted = "[A-number omitted]"

// redactor applies Fed. R. Civ. P. 5.2(a) to the finished text of a
// filing. It works on text, after the templates ran, so that nothing a
// template or a fact says can slip through.
type redactor struct {
	aNums []*regexp.Regexp // each claimant's A-number, by its digits
	dates []*regexp.Regexp // each claimant's birth date, in every written form
	years []string
	names []minorName // longest first
}

// minorName is a minor's name, or one part of it, as redact finds it: its
// letters folded (fold), and the initials it becomes. A part alone may be
// an ordinary word in lower case ("may", "rosa"), so it is matched only
// when written with a capital; a full name is matched in any case.
type minorName struct {
	folded   []rune
	initials string
	anyCase  bool
}

func newRedactor(k *casefile.Case) *redactor {
	r := &redactor{}
	// How many people's names each name part appears in.
	shared := map[string]int{}
	count := func(name string) {
		seen := map[string]bool{}
		for _, p := range strings.Fields(fold(name)) {
			if !seen[p] {
				shared[p]++
				seen[p] = true
			}
		}
	}
	for _, c := range k.Claimants {
		count(c.Name)
		count(c.Representative.Name)
		count(c.Decedent.Name)
	}
	for _, o := range k.Incident.Officers {
		count(o.Name)
	}
	for _, c := range k.Claimants {
		if re := aNumberOf(c.ANumber); re != nil {
			r.aNums = append(r.aNums, re)
		}
		if !c.DateOfBirth.IsZero() {
			r.dates = append(r.dates, birthDateRE(c.DateOfBirth))
			r.years = append(r.years, strconv.Itoa(c.DateOfBirth.Year))
		}
		if !c.Minor {
			continue
		}
		ini := Initials(c.Name)
		r.names = append(r.names, minorName{folded: []rune(fold(c.Name)), initials: ini, anyCase: true})
		// Each part of the child's name alone also identifies her, unless
		// another party shares it (a parent's family name): that part is
		// the parent's to keep.
		for _, part := range strings.Fields(c.Name) {
			if len([]rune(part)) < 2 || shared[fold(part)] > 1 {
				continue
			}
			r.names = append(r.names, minorName{folded: []rune(fold(part)), initials: ini})
		}
	}
	slices.SortStableFunc(r.names, func(a, b minorName) int { return len(b.folded) - len(a.folded) })
	return r
}

// aNumberOf matches an A-number by its digits: the "A" and any leading
// zeros optional, any dashes, dots or spaces between the digits.
func aNumberOf(a string) *regexp.Regexp {
	var digits []string
	for _, r := range a {
		if r >= '0' && r <= '9' {
			digits = append(digits, string(r))
		}
	}
	d := strings.TrimLeft(strings.Join(digits, ""), "0")
	if len(d) < 7 {
		return nil
	}
	return regexp.MustCompile(`(?i)(^|[^\p{L}\p{N}])((?:A[\s#.:-]*)?(?:0[\s.-]*)*` +
		strings.Join(strings.Split(d, ""), `[\s.-]*`) + `)($|[^\p{L}\p{N}])`)
}

var monthNames = [...]string{"", `Jan(?:uary|\.)?`, `Feb(?:ruary|\.)?`, `Mar(?:ch|\.)?`, `Apr(?:il|\.)?`, `May`,
	`June?\.?`, `July?\.?`, `Aug(?:ust|\.)?`, `Sep(?:tember|t\.?|\.)?`, `Oct(?:ober|\.)?`, `Nov(?:ember|\.)?`, `Dec(?:ember|\.)?`}

// birthDateRE matches a date of birth in any common written form, with the
// words before it that a year alone must not keep ("born on", "on").
func birthDateRE(d civil.Date) *regexp.Regexp {
	month := monthNames[d.Month]
	day := fmt.Sprintf(`0?%d(?:st|nd|rd|th)?`, d.Day)
	y4, y2 := fmt.Sprintf("%04d", d.Year), fmt.Sprintf("%02d", d.Year%100)
	m, dd := fmt.Sprintf("0?%d", int(d.Month)), fmt.Sprintf("0?%d", d.Day)
	forms := []string{
		month + `\s+` + day + `,?\s+` + y4,                  // May 3, 2012; May 3rd 2012
		day + `\s+(?:of\s+)?` + month + `,?\s+` + y4,        // 3 May 2012; 3rd of May, 2012
		m + `[/.-]` + dd + `[/.-](?:` + y4 + `|` + y2 + `)`, // 05/03/2012, 5-3-12
		y4 + `[/.-]` + m + `[/.-]` + dd,                     // 2012-05-03
	}
	return regexp.MustCompile(`(?i)(^|[^\p{L}\p{N}])((?:born\s+(?:on\s+)?|on\s+)?)(` + strings.Join(forms, "|") + `)($|[^\p{L}\p{N}])`)
}

func (r *redactor) text(s string) string {
	s = norm.NFC.String(s)
	for _, re := range r.aNums {
		// Twice: a match consumes the separator after it.
		for range 2 {
			s = re.ReplaceAllString(s, "${1}"+aOmitted+"${3}")
		}
	}
	s = aNumberRE.ReplaceAllString(s, aOmitted)
	for i, re := range r.dates {
		for range 2 {
			s = re.ReplaceAllStringFunc(s, func(m string) string {
				sm := re.FindStringSubmatch(m)
				lead, words, trail := sm[1], sm[2], sm[len(sm)-1]
				switch {
				case words == "":
					return lead + r.years[i] + trail
				case strings.HasPrefix(strings.ToLower(words), "born"):
					return lead + words[:4] + " in " + r.years[i] + trail
				case words[0] == 'O':
					return lead + "In " + r.years[i] + trail
				}
				return lead + "in " + r.years[i] + trail
			})
		}
	}
	for _, n := range r.names {
		s = n.replace(s)
	}
	return s
}

// replace puts the initials for every whole-word occurrence of the name in
// s, compared letter by letter after fold (one letter for one letter, so
// positions in the folded text are positions in s).
func (n minorName) replace(s string) string {
	rs := []rune(s)
	f := make([]rune, len(rs))
	for i, c := range rs {
		f[i] = foldRune(c)
	}
	word := func(i int) bool {
		return i >= 0 && i < len(rs) && (unicode.IsLetter(rs[i]) || unicode.IsDigit(rs[i]) || unicode.Is(unicode.Mn, rs[i]))
	}
	var out []rune
	last := 0
	for i := 0; i+len(n.folded) <= len(f); i++ {
		j := i + len(n.folded)
		if word(i-1) || word(j) || !slices.Equal(f[i:j], n.folded) {
			continue
		}
		if !n.anyCase && !unicode.IsUpper(rs[i]) {
			continue
		}
		out = append(append(out, rs[last:i]...), []rune(n.initials)...)
		last = j
		i = j - 1
	}
	if last == 0 {
		return s
	}
	return string(append(out, rs[last:]...))
}
