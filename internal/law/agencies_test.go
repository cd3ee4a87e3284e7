package law

import (
	"slices"
	"strings"
	"testing"
)

func TestAgencyICE(t *testing.T) {
	for _, k := range []string{"ice", "ICE", " Ice "} {
		a, ok := Agency(k)
		if !ok || a.Key != "ice" || a.Abbreviation != "ICE" {
			t.Fatalf("%q: %+v %v", k, a, ok)
		}
	}
	a, _ := Agency("ice")
	// Notes section 4, ICE's FTCA page, verbatim.
	if a.ClaimsOffice.Name != "Office of the Principal Legal Advisor" {
		t.Errorf("office %q", a.ClaimsOffice.Name)
	}
	want := []string{"District Court Litigation Division", "500 12th Street, SW, Mailstop 5900", "Washington, DC 20536"}
	if !slices.Equal(a.ClaimsOffice.Address, want) {
		t.Errorf("address %q", a.ClaimsOffice.Address)
	}
	if !a.Unverified() || !strings.HasPrefix(a.Note, "Verify before sending") ||
		!strings.Contains(a.Source, "https://www.ice.gov/about-ice/opla/ftca") {
		t.Errorf("%+v", a)
	}
	// The caller's copy is its own.
	a.ClaimsOffice.Address[0] = "changed"
	if b, _ := Agency("ice"); b.ClaimsOffice.Address[0] != want[0] {
		t.Error("table changed through a returned slice")
	}
}

func TestAgencyNoAddressWithoutSource(t *testing.T) {
	for _, k := range []string{"cbp", "dhs"} {
		a, ok := Agency(k)
		if !ok || !a.ClaimsOffice.IsZero() || !a.Unverified() || !strings.HasPrefix(a.Note, "Verify before sending") {
			t.Errorf("%s: %+v", k, a)
		}
	}
	if _, ok := Agency("fbi"); ok {
		t.Error("fbi found")
	}
	if got := AgencyKeys(); !slices.Equal(got, []string{"cbp", "dhs", "ice"}) {
		t.Errorf("keys %q", got)
	}
}

func TestAgenciesStrict(t *testing.T) {
	good := `
agencies:
  - key: ice
    name: N
    abbreviation: ICE
    claims_office:
      name: O
      address: [A]
    source: S
    verified: UNVERIFIED
    note: Verify before sending.
`
	m, err := parseAgencies([]byte(good))
	if err != nil {
		t.Fatal(err)
	}
	if !m["ice"].Verified.IsZero() {
		t.Error("UNVERIFIED parsed as a date")
	}
	if m, err := parseAgencies([]byte(strings.Replace(good, "UNVERIFIED", "2026-11-27", 1))); err != nil || m["ice"].Verified.String() != "2026-11-27" {
		t.Errorf("verified date: %v", err)
	}
	for name, bad := range map[string]string{
		"unknown field":    strings.Replace(good, "note:", "notes:", 1),
		"unknown office":   strings.Replace(good, "name: O", "name: O\n      zip: 1", 1),
		"bad verified":     strings.Replace(good, "UNVERIFIED", "unchecked", 1),
		"upper-case key":   strings.Replace(good, "key: ice", "key: ICE", 1),
		"office no lines":  strings.Replace(good, "address: [A]", "address: []", 1),
		"no note":          strings.Replace(good, "note: Verify before sending.", "note: \"\"", 1),
		"duplicate agency": good + strings.SplitN(good, "agencies:\n", 2)[1],
	} {
		if _, err := parseAgencies([]byte(bad)); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}
