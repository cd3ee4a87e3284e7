package law

import (
	_ "embed"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"

	"redress/internal/civil"
)

// An FTCA claim is presented only when the appropriate agency receives it
// (28 C.F.R. § 14.2(b)(1)), so the claims office is legal data, kept in
// agencies.yaml with its source and a verified date rather than in a
// template. Only ICE has an address: the notes' 2015 addresses for CBP and
// DHS are out of date, so those rows carry names only and documents must
// show a placeholder for the address.

//go:embed agencies.yaml
var agenciesYAML []byte

// AgencyInfo is one row of the agency directory.
type AgencyInfo struct {
	Key          string // "ice"
	Name         string // "U.S. Immigration and Customs Enforcement"
	Abbreviation string // "ICE"
	// ClaimsOffice is zero when no current address is on file.
	ClaimsOffice ClaimsOffice
	Source       string
	// Verified is the date the row was checked against its live source;
	// zero means UNVERIFIED.
	Verified civil.Date
	// Note tells the user what to check before sending ("Verify before
	// sending ...").
	Note string
}

// Unverified reports whether the row was never checked against its live
// source; documents must then show a visible "verify" marker.
func (a AgencyInfo) Unverified() bool { return a.Verified.IsZero() }

// ClaimsOffice is where the SF-95 is sent: the office name, then the
// address lines in printing order.
type ClaimsOffice struct {
	Name    string
	Address []string
}

// IsZero reports whether no office is on file.
func (o ClaimsOffice) IsZero() bool { return o.Name == "" && len(o.Address) == 0 }

type agenciesFile struct {
	Agencies []agencyRow `yaml:"agencies"`
}

type agencyRow struct {
	Key          string `yaml:"key"`
	Name         string `yaml:"name"`
	Abbreviation string `yaml:"abbreviation"`
	ClaimsOffice struct {
		Name    string   `yaml:"name"`
		Address []string `yaml:"address"`
	} `yaml:"claims_office"`
	Source   string `yaml:"source"`
	Verified string `yaml:"verified"`
	Note     string `yaml:"note"`
}

var agencyTable = sync.OnceValues(func() (map[string]AgencyInfo, error) {
	return parseAgencies(agenciesYAML)
})

var agencyKey = regexp.MustCompile(`^[a-z][a-z0-9_-]*$`)

// parseAgencies decodes and checks the directory. Every row must say
// whether it was verified, and every row must carry a note, because no
// address is safe to use unchecked.
func parseAgencies(data []byte) (map[string]AgencyInfo, error) {
	var f agenciesFile
	if err := decodeStrict("agencies.yaml", data, &f); err != nil {
		return nil, err
	}
	bad := func(format string, args ...any) (map[string]AgencyInfo, error) {
		return nil, fmt.Errorf("internal/law/agencies.yaml: "+format, args...)
	}
	if len(f.Agencies) == 0 {
		return bad("no agencies")
	}
	m := map[string]AgencyInfo{}
	for i, r := range f.Agencies {
		where := fmt.Sprintf("agencies[%d] (%s)", i, r.Key)
		if !agencyKey.MatchString(r.Key) {
			return bad("%s: key must be lower-case letters, digits, '-' or '_'", where)
		}
		if _, dup := m[r.Key]; dup {
			return bad("%s: key appears twice", where)
		}
		if r.Name == "" || r.Abbreviation == "" || r.Source == "" || r.Note == "" {
			return bad("%s: name, abbreviation, source and note are required", where)
		}
		if (r.ClaimsOffice.Name == "") != (len(r.ClaimsOffice.Address) == 0) {
			return bad("%s: claims_office needs both a name and address lines, or neither", where)
		}
		for _, line := range r.ClaimsOffice.Address {
			if strings.TrimSpace(line) == "" {
				return bad("%s: claims_office has an empty address line", where)
			}
		}
		a := AgencyInfo{
			Key:          r.Key,
			Name:         r.Name,
			Abbreviation: r.Abbreviation,
			ClaimsOffice: ClaimsOffice{Name: r.ClaimsOffice.Name, Address: r.ClaimsOffice.Address},
			Source:       r.Source,
			Note:         r.Note,
		}
		if r.Verified != "UNVERIFIED" {
			v, err := civil.ParseDate(r.Verified)
			if err != nil {
				return bad("%s: verified must be a date or UNVERIFIED: %v", where, err)
			}
			a.Verified = v
		}
		m[r.Key] = a
	}
	return m, nil
}

func mustAgencies() map[string]AgencyInfo {
	m, err := agencyTable()
	if err != nil {
		panic(err)
	}
	return m
}

// Agency returns the directory row for a key ("ice", "ICE", " Ice ").
func Agency(key string) (AgencyInfo, bool) {
	a, ok := mustAgencies()[strings.ToLower(strings.TrimSpace(key))]
	// The caller gets its own copy of the address lines: the table is
	// shared and must not change under another document.
	a.ClaimsOffice.Address = slices.Clone(a.ClaimsOffice.Address)
	return a, ok
}

// AgencyKeys returns the directory's keys, sorted.
func AgencyKeys() []string {
	m := mustAgencies()
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
