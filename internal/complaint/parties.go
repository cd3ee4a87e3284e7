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
	// FTCA is true when the plaintiff's administrative claim stated a
	// positive sum certain: only such a plaintiff can plead exhaustion
	// and join the FTCA counts (28 U.S.C. § 2675(a); 28 C.F.R. § 14.2(a)).
	FTCA bool
	// Injured is true when the case file states a physical injury (or a
	// death): an injury, or damages for personal injury or death.
	Injured bool
	// PropertyDamaged is true when the case file claims property damage
	// for the plaintiff, or names the plaintiff as the property's owner.
	PropertyDamaged bool

	index int    // into the case's claimants
	home  string // the address the case file gives, folded; "" if none
}

// Defendant is an officer sued in their individual capacity.
type Defendant struct {
	Name        string // the officer's name, or "John Doe 1"
	Title       string
	Description string
	Doe         bool
	// Role is the title with its article, for "Defendant X is a
	// Deportation Officer": "a Deportation Officer", "an ERO officer",
	// "an officer" when the case gives no title.
	Role string
	// Acts are the parts of the description that say what the officer
	// did, joined for "the officer who ..." ("knelt on Ms. Torres's
	// back; and drove a gray SUV"); Features are the other parts, which
	// only describe ("about 6 ft tall with a dark beard"). See describe.
	Acts, Features string
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
		d := c.Damages
		p := Plaintiff{Name: c.Name, Minor: c.Minor, BirthYear: c.DateOfBirth.Year,
			Representative: c.Representative.Name, Capacity: c.Representative.Capacity,
			WrongfulDeath: c.IsWrongfulDeath(), Decedent: c.Decedent.Name,
			FTCA:    d.Total() > 0,
			Injured: c.IsWrongfulDeath() || d.PersonalInjury > 0 || strings.TrimSpace(c.Injury) != "",
			PropertyDamaged: d.Property > 0 ||
				(k.Incident.Property.Owner != "" && fold(k.Incident.Property.Owner) == fold(c.Name)),
			index: len(out), home: fold(strings.Join([]string{c.Address.Street, c.Address.City, c.Address.State, c.Address.Zip}, " "))}
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
		d := Defendant{Name: o.Name, Title: o.Title, Description: o.Description, Role: role(o.Title)}
		d.Acts, d.Features = describe(o.Description)
		if strings.TrimSpace(o.Name) == "" {
			doe++
			d.Name, d.Doe = fmt.Sprintf("John Doe %d", doe), true
		}
		out = append(out, d)
	}
	if len(out) == 0 {
		out = append(out, Defendant{Name: "John Doe 1", Doe: true, Role: role("")})
	}
	return out
}

// defendantPhrase is "Defendants John Doe 1 and John Doe 2".
func defendantPhrase(ds []Defendant) string {
	names := make([]string, len(ds))
	for i, d := range ds {
		names[i] = d.Name
	}
	return plural(len(names), "Defendant ", "Defendants ") + joinAnd(names)
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
	"PR": "Puerto Rico", "VI": "the Virgin Islands", "GU": "Guam", "MP": "the Northern Mariana Islands",
	"AS": "American Samoa",
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
