package complaint

import (
	"strings"

	"redress/internal/casefile"
)

// Venue (rule 8): the claims against the officers personally lie where a
// substantial part of the events occurred (28 U.S.C. § 1391(b)(2)); the
// claims against the United States only where a plaintiff resides or the
// act occurred (§ 1402(b)). The complaint can plead either ground only
// when the events happened in the court's state: when the incident's
// state is not the state of court.district (or the district names no
// state redress knows), the allegation is a [FACTS NEEDED: venue] marker
// and the command warns.

// Venue is what the complaint knows about where it is filed.
type Venue struct {
	// CourtState is the state of court.district, by name ("Illinois"); ""
	// when the district names no state redress knows.
	CourtState string
	// Proper is true when the events happened in the court's state, so
	// the venue allegations can be pleaded.
	Proper bool
}

// venueOf compares the court's state with the incident's.
func venueOf(k *casefile.Case) Venue {
	code, ok := courtState(k.Court.District)
	if !ok {
		return Venue{}
	}
	return Venue{CourtState: stateName(code), Proper: strings.EqualFold(code, strings.TrimSpace(k.Incident.State))}
}

// courtState returns the code of the state or territory a district court
// sits in, from its name as court.district writes it: "Northern District
// of Illinois" (IL), "District of Columbia" (DC), "District of the Virgin
// Islands" (VI), with or without "United States District Court for the".
func courtState(district string) (string, bool) {
	d := strings.ToLower(strings.TrimSpace(district))
	d, _, _ = strings.Cut(d, ",")
	i := strings.LastIndex(d, "district of ")
	if i < 0 {
		return "", false
	}
	name := strings.TrimPrefix(strings.TrimSpace(d[i+len("district of "):]), "the ")
	if name == "columbia" {
		return "DC", true
	}
	for code, n := range states {
		if strings.TrimPrefix(strings.ToLower(n), "the ") == name {
			return code, true
		}
	}
	return "", false
}
