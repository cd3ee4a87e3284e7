package letter

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"redress/internal/casefile"
	"redress/internal/civil"
	"redress/internal/law"
	"redress/internal/locale"
)

// ClaimDates are one claimant's FTCA claim dates, as the letter states
// them ("it received it on ...", whether the claim is pending).
type ClaimDates struct {
	PresentedOn, DeniedOn civil.Date
}

// Pending reports whether the agency has the claim and has not denied it:
// the time when a mailed denial would start the six months to sue.
func (d ClaimDates) Pending() bool { return !d.PresentedOn.IsZero() && d.DeniedOn.IsZero() }

// claimDates returns claimant i's own FTCA claim dates: each claimant's
// SF-95 is received and decided on its own day (claimants[i].ftca), with
// the case's ftca dates as the default. It is the one place this package
// reads them.
func claimDates(k *casefile.Case, i int) ClaimDates {
	f := k.FTCADatesOf(i) // the claimant's own dates, the case's by default
	return ClaimDates{PresentedOn: f.PresentedOn, DeniedOn: f.DeniedOn}
}

// Office is a place the client can report the officers' conduct (point 6
// of the letter), with its name in the letter's language.
type Office struct {
	law.OversightOffice
	// Verify is true when the notes could not confirm something about the
	// office (its contacts, or whether it operates): the letter then shows
	// a visible marker beside it.
	Verify bool
}

// offices are the oversight offices for the incident's agency, named in
// the letter's language (lang/<code>.yaml, office_<key>) when it has a
// name for them, else as the office calls itself.
func offices(agency string, loc *locale.Locale) []Office {
	var out []Office
	for _, o := range law.OversightOffices(agency) {
		if name := loc.Pattern("office_" + o.Key); name != "" {
			o.Name = name
		}
		out = append(out, Office{OversightOffice: o, Verify: o.Unverified()})
	}
	return out
}

// confidence says in the letter's words how sure the borrowed period is
// (lang/<code>.yaml, confidence_high, _med, _flag); "" when no period was
// found.
func confidence(lp law.LimitationsPeriod, loc *locale.Locale) string {
	if lp.Confidence == "" {
		return ""
	}
	return loc.Say("confidence_" + strings.ToLower(lp.Confidence))
}

// capacityLine is a wrongful-death claimant's capacity as the address
// block prints it under the name ("Administrator of the estate of Rafael
// Medina Cruz"), or the marker for a capacity the case file lacks.
func capacityLine(c casefile.Claimant, loc *locale.Locale) string {
	cp := strings.TrimSpace(c.Representative.Capacity)
	if cp == "" {
		return loc.Say("capacity_needed", "name", c.Decedent.Name)
	}
	r, n := utf8.DecodeRuneInString(cp)
	return string(unicode.ToUpper(r)) + cp[n:]
}
