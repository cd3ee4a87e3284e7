package casefile

import "strings"

// usps is the two-letter USPS code of every state, the District of
// Columbia and the five inhabited territories: the places whose law an
// FTCA claim is decided under ("the law of the place", 28 U.S.C.
// § 1346(b)) and whose limitations period the law package looks up. The
// FTCA reaches the territories: they are under U.S. sovereignty, so the
// foreign-country exception (28 U.S.C. § 2680(k); Smith v. United States,
// 507 U.S. 197 (1993)) does not, and the District Court of Guam heard FTCA
// cases as early as Brandt v. United States, 110 F. Supp. 627 (D. Guam
// 1953). Whether a borrowed limitations period is known for a territory is
// the law package's business, not the case file's.
var usps = map[string]string{
	"AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas",
	"CA": "California", "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware",
	"DC": "District of Columbia", "FL": "Florida", "GA": "Georgia", "HI": "Hawaii",
	"ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa",
	"KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine",
	"MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota",
	"MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska",
	"NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico",
	"NY": "New York", "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio",
	"OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island",
	"SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas",
	"UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington",
	"WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
	"PR": "Puerto Rico", "VI": "U.S. Virgin Islands", "GU": "Guam",
	"MP": "Northern Mariana Islands", "AS": "American Samoa",
}

// StateName returns the name of a state, D.C. or territory from its USPS
// code ("PR" -> "Puerto Rico"), and false for a code that names none.
func StateName(code string) (string, bool) {
	name, ok := usps[code]
	return name, ok
}

// stateCode returns the USPS code for a state's code or full name in any
// case ("il", "Illinois"), for suggestions.
func stateCode(s string) (string, bool) {
	for code, name := range usps {
		if strings.EqualFold(s, code) || strings.EqualFold(s, name) {
			return code, true
		}
	}
	return "", false
}
