package casefile

import (
	"fmt"
	"reflect"
	"regexp"
	"strings"
)

// ZIP codes. Every postal address of a case (the firm's, each claimant's,
// a representative's, a witness's) is printed on letters and on the SF-95,
// and a letter sent to a wrong ZIP code may never reach the client; so a
// ZIP code that cannot be one is an error, not something to print. A ZIP
// code is 5 digits, or ZIP+4: 5 digits, a hyphen and 4 digits. Puerto
// Rico's and the territories' codes (006xx, 008xx, 969xx) are 5 digits
// too: their leading zeros are part of the code. Whether a ZIP code is
// given at all is the address's rule (validator.address).

var (
	addressType = reflect.TypeFor[Address]()
	zipCode     = regexp.MustCompile(`^[0-9]{5}(-[0-9]{4})?$`)
	// zipPlus4Loose is ZIP+4 written with a space, a dash that is not a
	// hyphen, or nothing between the parts.
	zipPlus4Loose = regexp.MustCompile(`^([0-9]{5})[\s\x{2010}-\x{2015}\x{2212}]*([0-9]{4})$`)
)

// zipCodes checks the ZIP code of every Address in the case. It walks the
// schema (the `key` tags, as the decoder does) rather than naming the
// addresses, so that an address added to Case is checked with no other
// change.
func (v *validator) zipCodes(cs *Case) {
	v.zipsIn("", reflect.ValueOf(cs).Elem())
}

func (v *validator) zipsIn(path string, val reflect.Value) {
	t := val.Type()
	switch {
	case t == addressType:
		v.zip(joinPath(path, "zip"), val.Interface().(Address).Zip)
	case t.Kind() == reflect.Struct:
		si := infoOf(t)
		for _, k := range si.keys {
			v.zipsIn(joinPath(path, k), val.Field(si.field[k]))
		}
	case t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Struct:
		for i := 0; i < val.Len(); i++ {
			v.zipsIn(fmt.Sprintf("%s[%d]", path, i), val.Index(i))
		}
	}
}

// zip reports a ZIP code that is not 5 digits or ZIP+4. A blank one is
// left to the required-key rules.
func (v *validator) zip(path, zip string) {
	if zip == "" || v.failed(path) || zipCode.MatchString(zip) {
		return
	}
	v.report(path, "%s", zipProblem(zip))
}

// zipProblem says what is wrong with a ZIP code and, where it can tell,
// what was meant.
func zipProblem(zip string) string {
	got := quoteShort(zip)
	t := strings.TrimSpace(zip)
	switch {
	case t != zip && zipCode.MatchString(t):
		return fmt.Sprintf("%s has spaces around it; write %q", got, t)
	case zipPlus4Loose.MatchString(t):
		m := zipPlus4Loose.FindStringSubmatch(t)
		return fmt.Sprintf("%s is not a ZIP code as written; write ZIP+4 with a hyphen: %q", got, m[1]+"-"+m[2])
	case (len(t) == 3 || len(t) == 4) && strings.Trim(t, "0123456789") == "":
		// A spreadsheet that read the code as a number dropped its
		// leading zeros: 02134 became 2134, Puerto Rico's 00601 became 601.
		padded := strings.Repeat("0", 5-len(t)) + t
		return fmt.Sprintf("%s has %d digits, and a ZIP code has 5; if the code starts with 0 (as in New England, New Jersey and Puerto Rico), a spreadsheet may have dropped it: write %q, in quotes, or correct the number", got, len(t), padded)
	}
	return fmt.Sprintf("%s is not a ZIP code; write 5 digits, or ZIP+4 (5 digits, a hyphen, 4 digits), such as \"60622\" or \"60622-1234\"", got)
}
