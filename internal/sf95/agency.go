package sf95

import (
	"fmt"
	"strings"

	"redress/internal/casefile"
	"redress/internal/law"
)

// Agency is where the claim goes: the agency and its claims office.
type Agency struct {
	Name         string
	Abbreviation string
	OfficeName   string
	Address      []string
	// Verify is true when the address must be checked against the
	// agency's live page before sending (the directory row is unverified,
	// or there is no address on file).
	Verify bool
	// FromCase is true when counsel gave the office in ftca.agency_office.
	FromCase bool
}

// Lines returns the office for box 1 and the letter's inside address:
// the agency's name, the office, then the address lines.
func (a Agency) Lines() []string {
	lines := []string{a.Name}
	if a.OfficeName != "" {
		lines = append(lines, a.OfficeName)
	}
	return append(lines, a.Address...)
}

// ResolveAgency finds the claims office: ftca.agency_office when given,
// else the agency directory. An agency the directory does not know, with
// no office in the case file, is an error listing the known keys.
func ResolveAgency(src *casefile.Source) (Agency, error) {
	k := src.Case
	info, known := law.Agency(k.Incident.Agency)
	off := k.FTCA.AgencyOffice
	if off.Name != "" || len(off.Address) > 0 {
		a := Agency{Name: info.Name, Abbreviation: info.Abbreviation, OfficeName: off.Name, Address: off.Address, FromCase: true}
		if !known {
			a.Name = k.Incident.Agency
		}
		return a, nil
	}
	if !known {
		return Agency{}, casefile.Problems{src.Problemf("incident.agency",
			"%q is not in the agency directory (known: %s); name the claims office in ftca.agency_office (name and address lines)",
			k.Incident.Agency, strings.Join(law.AgencyKeys(), ", "))}
	}
	a := Agency{Name: info.Name, Abbreviation: info.Abbreviation,
		OfficeName: info.ClaimsOffice.Name, Address: info.ClaimsOffice.Address,
		Verify: info.Unverified() || info.ClaimsOffice.IsZero()}
	if info.ClaimsOffice.IsZero() {
		return Agency{}, casefile.Problems{src.Problemf("ftca.agency_office",
			"the agency directory has no current claims-office address for %s; give the office in ftca.agency_office (name and address lines) after checking the agency's own FTCA page",
			info.Name)}
	}
	return a, nil
}

func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}

func addressLine(a casefile.Address) string {
	city := joinNonEmpty(", ", a.City, a.State)
	if a.Zip != "" {
		city = joinNonEmpty(" ", city, a.Zip)
	}
	return joinNonEmpty(", ", a.Street, city)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return fmt.Sprintf(many, n)
}
