package law

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"

	"redress/internal/civil"
)

// Where a client can report an officer's conduct (the letter's point 6):
// the DHS Office of Inspector General, the Office for Civil Rights and
// Civil Liberties, and the component's own office (ICE's Office of
// Professional Responsibility, CBP's Joint Intake Center). Their phone
// numbers and addresses change, and whether an office is operating at all
// was in doubt in 2025, so they are legal data with a confidence mark and
// a verified date, not sentences in a template.

//go:embed oversight.yaml
var oversightYAML []byte

// OversightOffice is one office that takes complaints about officers.
type OversightOffice struct {
	Key  string // "oig"
	Name string // "DHS Office of Inspector General Hotline"
	// Agencies are the agency directory keys whose officers the office
	// takes complaints about; empty means every DHS component.
	Agencies   []string
	Phones     []string
	TTY        []string
	Fax        []string
	Email      string
	Mail       []string // address lines, empty when none is on file
	OnlineForm bool
	// Confidence is HIGH, MED or UNVERIFIED (see Unverified).
	Confidence string
	Note       string
	Source     string
	Verified   civil.Date // last checked against the notes
}

// Unverified reports whether something about the office (its contacts,
// or whether it operates) could not be confirmed: a document that names
// it must show a visible "verify" marker.
func (o OversightOffice) Unverified() bool { return o.Confidence == "UNVERIFIED" }

type oversightFile struct {
	Offices []oversightRow `yaml:"offices"`
}

type oversightRow struct {
	Key        string   `yaml:"key"`
	Name       string   `yaml:"name"`
	Agencies   []string `yaml:"agencies"`
	Phones     []string `yaml:"phones"`
	TTY        []string `yaml:"tty"`
	Fax        []string `yaml:"fax"`
	Email      string   `yaml:"email"`
	Mail       []string `yaml:"mail"`
	OnlineForm bool     `yaml:"online_form"`
	Confidence string   `yaml:"confidence"`
	Note       string   `yaml:"note"`
	Source     string   `yaml:"source"`
	Verified   string   `yaml:"verified"`
}

var oversightTable = sync.OnceValues(func() ([]OversightOffice, error) {
	return parseOversight(oversightYAML)
})

// parseOversight decodes and checks the table: every office needs a way
// to reach it, a confidence mark, a source and a verified date, and may
// name only agencies the agency directory knows.
func parseOversight(data []byte) ([]OversightOffice, error) {
	var f oversightFile
	if err := decodeStrict("oversight.yaml", data, &f); err != nil {
		return nil, err
	}
	bad := func(format string, args ...any) ([]OversightOffice, error) {
		return nil, fmt.Errorf("internal/law/oversight.yaml: "+format, args...)
	}
	if len(f.Offices) == 0 {
		return bad("no offices")
	}
	var out []OversightOffice
	seen := map[string]bool{}
	for i, r := range f.Offices {
		where := fmt.Sprintf("offices[%d] (%s)", i, r.Key)
		if !agencyKey.MatchString(r.Key) || seen[r.Key] {
			return bad("%s: key must be unique lower-case letters, digits, '-' or '_'", where)
		}
		seen[r.Key] = true
		if r.Name == "" || r.Note == "" || r.Source == "" {
			return bad("%s: name, note and source are required", where)
		}
		if len(r.Phones) == 0 && r.Email == "" && len(r.Mail) == 0 && !r.OnlineForm {
			return bad("%s: give at least one way to reach the office (phones, email, mail or online_form)", where)
		}
		switch r.Confidence {
		case "HIGH", "MED", "UNVERIFIED":
		default:
			return bad("%s: confidence %q must be HIGH, MED or UNVERIFIED", where, r.Confidence)
		}
		v, err := civil.ParseDate(r.Verified)
		if err != nil {
			return bad("%s: verified: %v", where, err)
		}
		for _, a := range r.Agencies {
			if _, ok := Agency(a); !ok {
				return bad("%s: agency %q is not in the agency directory (known: %s)", where, a, strings.Join(AgencyKeys(), ", "))
			}
		}
		out = append(out, OversightOffice{Key: r.Key, Name: r.Name, Agencies: r.Agencies, Phones: r.Phones, TTY: r.TTY,
			Fax: r.Fax, Email: r.Email, Mail: r.Mail, OnlineForm: r.OnlineForm, Confidence: r.Confidence,
			Note: strings.TrimSpace(r.Note), Source: strings.TrimSpace(r.Source), Verified: v})
	}
	return out, nil
}

// OversightOffices returns, in table order, the offices that take
// complaints about officers of the agency (an agency directory key in any
// case; "" gives the offices for every component only). Each office is
// the caller's own copy.
func OversightOffices(agency string) []OversightOffice {
	all, err := oversightTable()
	if err != nil {
		panic(err)
	}
	agency = strings.ToLower(strings.TrimSpace(agency))
	var out []OversightOffice
	for _, o := range all {
		if len(o.Agencies) > 0 && !slices.Contains(o.Agencies, agency) {
			continue
		}
		for _, s := range []*[]string{&o.Agencies, &o.Phones, &o.TTY, &o.Fax, &o.Mail} {
			*s = slices.Clone(*s)
		}
		out = append(out, o)
	}
	return out
}
