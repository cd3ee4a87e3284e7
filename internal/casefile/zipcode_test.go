package casefile

import (
	"strings"
	"testing"
)

// zipCase has every kind of address the schema has; each test writes the
// four ZIP codes into it.
const zipCase = `schema: 1
matter:
  id: M-1
firm:
  name: Clinic
  address: {street: 1 Main St., city: Chicago, state: IL, zip: "%FIRM%"}
claimants:
  - name: Ana Pérez
    address: {street: 1 Main St., city: Chicago, state: IL, zip: "%CLAIMANT%"}
    representative:
      name: Rosa Pérez
      address: {street: 1 Main St., city: Chicago, state: IL, zip: "%REPRESENTATIVE%"}
incident:
  date: 2025-03-14
  place: Chicago
  state: IL
  agency: ICE
  witnesses:
    - name: Luis Rivera
      address: {street: 1 Calle Sol, city: San Juan, state: PR, zip: "%WITNESS%"}
`

func zipYAML(firm, claimant, rep, witness string) string {
	return strings.NewReplacer("%FIRM%", firm, "%CLAIMANT%", claimant, "%REPRESENTATIVE%", rep, "%WITNESS%", witness).Replace(zipCase)
}

// Every address's ZIP code must be 5 digits or ZIP+4; each wrong one is
// reported in the same run, at its key and line, with what would be right.
func TestZipCodes(t *testing.T) {
	_, err := LoadBytes("case.yaml", []byte(zipYAML("6022", "123456", "60622 1234", "601")), "yaml", Options{})
	ps := problemsOf(t, err)
	want := []struct {
		path string
		line int
		msg  string
	}{
		{"firm.address.zip", 6, `"6022" has 4 digits, and a ZIP code has 5; if the code starts with 0 (as in New England, New Jersey and Puerto Rico), a spreadsheet may have dropped it: write "06022"`},
		{"claimants[0].address.zip", 9, `"123456" is not a ZIP code; write 5 digits, or ZIP+4 (5 digits, a hyphen, 4 digits), such as "60622" or "60622-1234"`},
		{"claimants[0].representative.address.zip", 12, `"60622 1234" is not a ZIP code as written; write ZIP+4 with a hyphen: "60622-1234"`},
		{"incident.witnesses[0].address.zip", 20, `"601" has 3 digits`},
	}
	if len(ps) != len(want) {
		t.Fatalf("got %d problems, want %d:\n%v", len(ps), len(want), err)
	}
	for i, w := range want {
		p := ps[i]
		if p.Path != w.path || p.Pos.Line != w.line || !strings.Contains(p.Msg, w.msg) {
			t.Errorf("got  %v\nwant %s at line %d with %q", p, w.path, w.line, w.msg)
		}
	}
	if !strings.Contains(ps[3].Msg, `write "00601"`) {
		t.Errorf("a Puerto Rico code that lost its zeros is not restored: %v", ps[3])
	}

	// Every Address of the schema is among those checked above, so an
	// address added to Case needs a line here.
	checked := map[string]bool{}
	for _, p := range ps {
		checked[genericPath(p.Path)] = true
	}
	for _, sp := range schemaPaths() {
		if sp.typ == addressType && !checked[sp.path+".zip"] {
			t.Errorf("%s.zip: an address whose ZIP code this test does not check", sp.path)
		}
	}
}

// Right ZIP codes pass, Puerto Rico's, the Virgin Islands' and Guam's
// included, and a blank one is left to the required-key rules.
func TestZipCodesAccepted(t *testing.T) {
	for _, zips := range [][4]string{
		{"60622", "60622-1234", "00601", "96910"},
		{"00802", "02134", "99501-0001", "00901"},
		{"", "60622", "", ""},
	} {
		if _, err := LoadBytes("case.yaml", []byte(zipYAML(zips[0], zips[1], zips[2], zips[3])), "yaml", Options{}); err != nil {
			t.Errorf("%v: %v", zips, err)
		}
	}
	_, err := LoadBytes("case.yaml", []byte(zipYAML("60622", "", "60622", "60622")), "yaml", Options{})
	if ps := problemsOf(t, err); len(ps) != 1 || ps[0].Path != "claimants[0].address.zip" || !strings.Contains(ps[0].Msg, "required") {
		t.Errorf("a claimant's blank ZIP code: %v", err)
	}
	_, err = LoadBytes("case.yaml", []byte(zipYAML("60622", " 60622", "60622", "60622")), "yaml", Options{})
	if ps := problemsOf(t, err); len(ps) != 1 || !strings.Contains(ps[0].Msg, `has spaces around it; write "60622"`) {
		t.Errorf("a ZIP code with a space: %v", err)
	}
}

// A ZIP code from the environment or a roster cell is reported against the
// variable or the row and column.
func TestZipCodesFromEnvAndRoster(t *testing.T) {
	good := zipYAML("60622", "60622", "60622", "60622")
	_, err := LoadBytes("case.yaml", []byte(good), "yaml", Options{Env: fakeEnv(map[string]string{"REDRESS_FIRM_ADDRESS_ZIP": "6062"})})
	if ps := problemsOf(t, err); len(ps) != 1 || ps[0].Error() != `environment: firm.address.zip: REDRESS_FIRM_ADDRESS_ZIP: "6062" has 4 digits, and a ZIP code has 5; if the code starts with 0 (as in New England, New Jersey and Puerto Rico), a spreadsheet may have dropped it: write "06062", in quotes, or correct the number` {
		t.Errorf("from the environment: %v", err)
	}
	base, err := LoadBaseBytes("base.yaml", []byte(good), "yaml", Options{})
	if err != nil {
		t.Fatal(err)
	}
	r, err := LoadRosterBytes("roster.csv", []byte("matter.id,claimants[0].name,claimants[0].address.street,claimants[0].address.city,claimants[0].address.state,claimants[0].address.zip\n"+
		"R-1,Ana Ruiz,1 Main St.,Chicago,IL,60622-1234\n"+
		"R-2,Bo Lee,2 Elm St.,Boston,MA,2134\n"), base, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := r.Case(0); err != nil {
		t.Errorf("row 1: %v", err)
	}
	_, err = r.Case(1)
	if ps := problemsOf(t, err); len(ps) != 1 || !strings.HasPrefix(ps[0].Error(), `roster.csv:3:6: claimants[0].address.zip: "2134" has 4 digits`) {
		t.Errorf("row 2: %v", err)
	}
}
