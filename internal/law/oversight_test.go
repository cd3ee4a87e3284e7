package law

import (
	"slices"
	"strings"
	"testing"
)

func officeKeys(os []OversightOffice) []string {
	var ks []string
	for _, o := range os {
		ks = append(ks, o.Key)
	}
	return ks
}

// TestOversightOffices checks the table against the notes' address table
// by hand: each office's contacts, its confidence, and which agency's
// officers it takes complaints about.
func TestOversightOffices(t *testing.T) {
	if got := officeKeys(OversightOffices("ICE")); !slices.Equal(got, []string{"oig", "crcl", "ice_opr"}) {
		t.Errorf("offices for ICE: %v", got)
	}
	if got := officeKeys(OversightOffices("cbp")); !slices.Equal(got, []string{"oig", "crcl", "cbp_jic"}) {
		t.Errorf("offices for CBP: %v", got)
	}
	if got := officeKeys(OversightOffices("dhs")); !slices.Equal(got, []string{"oig", "crcl"}) {
		t.Errorf("offices for DHS: %v", got)
	}
	byKey := map[string]OversightOffice{}
	for _, o := range OversightOffices("ice") {
		byKey[o.Key] = o
	}
	oig, crcl, opr := byKey["oig"], byKey["crcl"], byKey["ice_opr"]
	if !slices.Equal(oig.Phones, []string{"1-800-323-8603"}) || !slices.Equal(oig.TTY, []string{"1-844-889-4357"}) || oig.Unverified() || len(oig.Mail) != 0 {
		t.Errorf("OIG: %+v", oig)
	}
	if crcl.Email != "crcl@dhs.gov" || !slices.Equal(crcl.Fax, []string{"202-401-4708"}) ||
		!slices.Contains(crcl.Mail, "Building 410, Mail Stop #0190") || !slices.Contains(crcl.Mail, "Washington, DC 20528") {
		t.Errorf("CRCL contacts: %+v", crcl)
	}
	if !crcl.Unverified() || !strings.Contains(crcl.Note, "UNVERIFIED") {
		t.Errorf("CRCL's operating status is unverified in the notes: %+v", crcl)
	}
	if opr.Email != "ICEOPRIntake@ice.dhs.gov" || !strings.Contains(opr.Phones[0], "1-833-442-3677") || opr.Unverified() {
		t.Errorf("ICE OPR: %+v", opr)
	}
	// The caller's copy is its own.
	oig.Phones[0] = "changed"
	if OversightOffices("ice")[0].Phones[0] != "1-800-323-8603" {
		t.Error("table changed through a returned slice")
	}
}

func TestOversightTableRejectsBadRows(t *testing.T) {
	for name, y := range map[string]string{
		"no contact":     "offices:\n  - {key: x, name: X, confidence: HIGH, note: n, source: s, verified: \"2026-01-01\"}\n",
		"bad confidence": "offices:\n  - {key: x, name: X, email: a@b, confidence: LOW, note: n, source: s, verified: \"2026-01-01\"}\n",
		"bad agency":     "offices:\n  - {key: x, name: X, email: a@b, agencies: [fbi], confidence: HIGH, note: n, source: s, verified: \"2026-01-01\"}\n",
		"unknown key":    "offices:\n  - {key: x, name: X, email: a@b, confidence: HIGH, note: n, source: s, verified: \"2026-01-01\", phone: \"1\"}\n",
	} {
		if _, err := parseOversight([]byte(y)); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}
