package complaint

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"redress/internal/casefile"
)

// aNumberRE matches an alien registration number however it is written:
// A123-456-789, A 123 456 789, A123456789, A-12345678.
var aNumberRE = regexp.MustCompile(`(?i)\bA[\s#-]?\d{2,3}[\s-]?\d{3}[\s-]?\d{3}\b`)

// redactor applies Fed. R. Civ. P. 5.2(a) to the finished text of a
// filing: a minor's name becomes initials, a birth date becomes its year,
// and no A-number survives. It works on text, after the templates ran, so
// that nothing a template or a fact says can slip through.
type redactor struct {
	names []*regexp.Regexp // a minor's full name, then the given name alone
	inits []string
	dates []*regexp.Regexp
	years []string
	aNums []string
}

// word matches a name only as whole words (Unicode letters, unlike \b);
// fold makes it match in any case (for a full name, "SOFÍA REYES" in a
// caption).
func word(name string, fold bool) *regexp.Regexp {
	flags := ""
	if fold {
		flags = "(?i)"
	}
	return regexp.MustCompile(flags + `(^|[^\p{L}\p{N}])(` + regexp.QuoteMeta(name) + `)($|[^\p{L}\p{N}])`)
}

func newRedactor(k *casefile.Case) *redactor {
	r := &redactor{}
	// How many people's names each name part appears in.
	shared := map[string]int{}
	count := func(name string) {
		seen := map[string]bool{}
		for _, p := range strings.Fields(strings.ToLower(name)) {
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
		if c.ANumber != "" {
			r.aNums = append(r.aNums, c.ANumber)
		}
		if !c.DateOfBirth.IsZero() {
			d := c.DateOfBirth
			// March 5, 2012 / 2012-03-05 / 03/05/2012 / 3/5/2012
			pat := fmt.Sprintf(`(?i)\b(%s\s+0?%d,?\s+%d|%04d-%02d-%02d|0?%d/0?%d/%d)\b`,
				d.Month, d.Day, d.Year, d.Year, int(d.Month), d.Day, int(d.Month), d.Day, d.Year)
			r.dates = append(r.dates, regexp.MustCompile(pat))
			r.years = append(r.years, strconv.Itoa(d.Year))
		}
		if !c.Minor {
			continue
		}
		ini := Initials(c.Name)
		r.names = append(r.names, word(c.Name, true))
		r.inits = append(r.inits, ini)
		// Each part of the child's name alone also identifies her, unless
		// another party shares it (a parent's family name): that part is
		// the parent's to keep.
		for _, part := range strings.Fields(c.Name) {
			if len([]rune(part)) < 2 || shared[strings.ToLower(part)] > 1 {
				continue
			}
			r.names = append(r.names, word(part, false))
			r.inits = append(r.inits, ini)
		}
	}
	return r
}

func (r *redactor) text(s string) string {
	for _, a := range r.aNums {
		s = strings.ReplaceAll(s, a, "[A-number omitted]")
	}
	s = aNumberRE.ReplaceAllString(s, "[A-number omitted]")
	for i, re := range r.dates {
		s = re.ReplaceAllString(s, r.years[i])
	}
	for i, re := range r.names {
		// Twice, since a match consumes the separator after it and
		// "Ana, Ana" would otherwise keep its second name.
		for range 2 {
			s = re.ReplaceAllString(s, "${1}"+r.inits[i]+"${3}")
		}
	}
	return s
}
