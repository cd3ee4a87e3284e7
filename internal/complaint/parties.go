package complaint

import (
	"fmt"
	"strings"
	"unicode"

	"redress/internal/casefile"
)

// Plaintiff is a claimant as the complaint names them. For a minor, Name
// is the initials (Fed. R. Civ. P. 5.2(a)(3)) and nothing else of the
// minor's name is ever given to a template.
type Plaintiff struct {
	Name           string // "María Elena Torres", or "S.R." for a minor
	Caption        string // how the caption names them
	Residence      string // "Chicago, Illinois"
	BirthYear      int    // 0 when not given; never the full date (Rule 5.2(a)(2))
	Minor          bool
	Representative string
	Capacity       string
	WrongfulDeath  bool
	Decedent       string
}

// Defendant is an officer sued in their individual capacity.
type Defendant struct {
	Name        string // the officer's name, or "John Doe 1"
	Title       string
	Description string
	Doe         bool
}

// Initials returns "S.R." for "Sofía Reyes": the first letter of each
// word of the name.
func Initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		for _, r := range w {
			if unicode.IsLetter(r) {
				b.WriteRune(unicode.ToUpper(r))
				b.WriteByte('.')
				break
			}
		}
	}
	return b.String()
}

func plaintiffs(k *casefile.Case) []Plaintiff {
	var out []Plaintiff
	for _, c := range k.Claimants {
		p := Plaintiff{Name: c.Name, Minor: c.Minor, BirthYear: c.DateOfBirth.Year,
			Representative: c.Representative.Name, Capacity: c.Representative.Capacity,
			WrongfulDeath: c.IsWrongfulDeath(), Decedent: c.Decedent.Name}
		if c.Address.City != "" {
			p.Residence = c.Address.City + ", " + stateName(c.Address.State)
		}
		caption := strings.ToUpper(c.Name)
		if c.Minor {
			p.Name = Initials(c.Name)
			caption = p.Name + ", a minor"
			if c.HasRepresentative() {
				caption += ", by and through " + strings.ToUpper(c.Representative.Name)
				if c.Representative.Capacity != "" {
					caption += ", " + c.Representative.Capacity
				}
			}
		} else if c.IsWrongfulDeath() && c.Representative.Capacity != "" {
			caption += ", " + c.Representative.Capacity
		}
		p.Caption = caption
		out = append(out, p)
	}
	return out
}

// defendants names the officers, numbering the unnamed ones John Doe 1,
// 2, ... in the order the case file lists them.
func defendants(k *casefile.Case) []Defendant {
	var out []Defendant
	doe := 0
	for _, o := range k.Incident.Officers {
		d := Defendant{Name: o.Name, Title: o.Title, Description: o.Description}
		if strings.TrimSpace(o.Name) == "" {
			doe++
			d.Name, d.Doe = fmt.Sprintf("John Doe %d", doe), true
		}
		out = append(out, d)
	}
	if len(out) == 0 {
		out = append(out, Defendant{Name: "John Doe 1", Doe: true})
	}
	return out
}

// defendantPhrase is "Defendants John Doe 1 and John Doe 2".
func defendantPhrase(ds []Defendant) string {
	names := make([]string, len(ds))
	for i, d := range ds {
		names[i] = d.Name
	}
	switch len(names) {
	case 1:
		return "Defendant " + names[0]
	case 2:
		return "Defendants " + names[0] + " and " + names[1]
	}
	return "Defendants " + strings.Join(names[:len(names)-1], ", ") + ", and " + names[len(names)-1]
}

var states = map[string]string{
	"AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado",
	"CT": "Connecticut", "DE": "Delaware", "DC": "the District of Columbia", "FL": "Florida", "GA": "Georgia",
	"HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas",
	"KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts",
	"MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana",
	"NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico",
	"NY": "New York", "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma",
	"OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota",
	"TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington",
	"WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
}

func stateName(code string) string {
	if n, ok := states[strings.ToUpper(code)]; ok {
		return n
	}
	return code
}

// roman writes count numbers: I, II, III, IV, ...
func roman(n int) string {
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	return b.String()
}
