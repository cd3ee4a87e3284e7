package sf95

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"redress/internal/casefile"
)

// Who presents which claim (28 C.F.R. § 14.3): a property claim is the
// owner's (14.3(a)), so box 9 names the owner when the owner is someone
// else, with an address; a death claim is presented by the executor or
// administrator of the estate, or another person the state's law entitles
// (14.3(c)), so box 2 names that person's capacity.

// sameName reports whether two names are the same person's name as a
// case file may type it twice: letters compared without case, accents or
// extra spaces ("Nguyen Van An" is "Nguyễn Văn Ân").
func sameName(a, b string) bool {
	return a != "" && foldName(a) == foldName(b)
}

func foldName(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == 'đ' || r == 'Đ':
			b.WriteRune('d')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// ownerOther returns the property's owner when the case file names one
// who is not claimant i.
func ownerOther(k *casefile.Case, i int) (string, bool) {
	owner := strings.TrimSpace(k.Incident.Property.Owner)
	if owner == "" || sameName(owner, k.Claimants[i].Name) {
		return "", false
	}
	return owner, true
}

// ownerBlock is box 9's first part for claimant i: NONE when the claimant
// owns the property (the box asks for an owner "if other than claimant"),
// else the owner's name and address. The address is the one the case file
// gives the same person as a claimant, representative or witness; a
// marker when it gives none.
func ownerBlock(k *casefile.Case, i int) string {
	owner, other := ownerOther(k, i)
	if !other {
		return None
	}
	addr := ""
	for _, c := range k.Claimants {
		switch {
		case sameName(owner, c.Name):
			addr = addressLine(c.Address)
		case sameName(owner, c.Representative.Name) && !c.Representative.Address.IsZero():
			addr = addressLine(c.Representative.Address)
		}
		if addr != "" {
			break
		}
	}
	for _, w := range k.Incident.Witnesses {
		if addr == "" && sameName(owner, w.Name) {
			addr = addressLine(w.Address)
		}
	}
	if addr == "" {
		addr = "[FACTS NEEDED: the owner's address (number, street, city, state and ZIP code)]"
	}
	return owner + "\n" + addr
}

// capacity is how box 2 and the letters name a death claimant's capacity:
// the case file's representative.capacity with a capital first letter
// ("Administrator of the estate of Rafael Medina Cruz"), the estate named
// when the capacity does not name it, or a marker when the case file
// gives none.
func capacity(c casefile.Claimant) string {
	cp := strings.TrimSpace(c.Representative.Capacity)
	if cp == "" {
		return "[CAPACITY NEEDED: for example, administrator of the estate of " + c.Decedent.Name + "]"
	}
	if c.IsWrongfulDeath() && !strings.Contains(foldName(cp), foldName(c.Decedent.Name)) {
		cp += " (estate of " + c.Decedent.Name + ")"
	}
	r, n := utf8.DecodeRuneInString(cp)
	return string(unicode.ToUpper(r)) + cp[n:]
}
