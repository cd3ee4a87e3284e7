package casefile

import (
	"fmt"
	"strings"
	"testing"
)

// Each kind of bad input is reported with the key path, the line where it
// is written, and a message that says what is wrong.
func TestProblems(t *testing.T) {
	tests := []struct {
		file string
		path string
		line int
		msg  string // a part of the message
	}{
		{"unknown_key.yaml", "claimants[0].date_of_brith", 9, "did you mean date_of_birth?"},
		{"wrong_type.yaml", "incident.facts", 14, "expected a list of strings, got a mapping"},
		{"impossible_date.yaml", "incident.date", 10, `"2025-02-30" is not a date`},
		{"impossible_date.toml", "incident.date", 14, `"2025-02-30" is not a date`},
		{"bad_time.yaml", "incident.time", 14, `"25:61" is not a time`},
		{"negative_money.yaml", "claimants[0].damages.property", 10, "must not be negative"},
		{"three_decimals.yaml", "claimants[0].damages.personal_injury", 11, "more than two decimals"},
		{"three_decimals.json", "claimants[0].damages.property", 9, "more than two decimals"},
		{"control_char.yaml", "incident.summary", 14, "the control character U+0007"},
		{"matter_id.yaml", "matter.id", 3, "use only letters, digits, '.', '_' and '-'"},
		{"missing_name.yaml", "claimants[0].name", 7, "required"},
		{"emoji.yaml", "incident.summary", 15, "contains 😀 (U+1F600), which the document font cannot print; remove it or replace it"},
		{"zip_number.yaml", "claimants[0].address.zip", 8, `write the ZIP code in quotes, "60601"`},
		{"duplicate_key.yaml", "incident.date", 14, `key "date" is written twice in this mapping (first on line 10)`},
		{"duplicate_key.toml", "firm.name", 8, `key "name" is written twice in this table (first on line 7)`},
		{"duplicate_key.json", "claimants[0].name", 9, `key "name" is written twice in this object (first on line 7)`},
		{"syntax.yaml", "", 5, "YAML syntax error: ',' or ']' must be specified"}, // where goccy notices
		{"syntax.json", "", 3, "JSON syntax error"},
		{"syntax.toml", "", 4, "TOML syntax error"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			_, err := Load("testdata/bad/"+tt.file, Options{})
			ps := problemsOf(t, err)
			if len(ps) != 1 {
				t.Errorf("got %d problems, want 1:\n%v", len(ps), err)
			}
			p := ps[0]
			if p.Path != tt.path || p.Pos.Line != tt.line || !strings.Contains(p.Msg, tt.msg) {
				t.Errorf("got  %v\nwant path %q, line %d, a message with %q", p, tt.path, tt.line, tt.msg)
			}
			if p.File != "testdata/bad/"+tt.file {
				t.Errorf("problem names file %q", p.File)
			}
		})
	}
}

// Every problem in a file is reported in one run, in file order.
func TestAllProblemsInOneRun(t *testing.T) {
	_, err := Load("testdata/bad/six_errors.yaml", Options{})
	ps := problemsOf(t, err)
	want := []struct {
		path string
		line int
		msg  string
	}{
		{"matter.id", 3, `"Torres/2026" cannot name the output folder`},
		{"firm.adress", 6, "did you mean address?"},
		{"claimants[0].minor", 10, `expected true or false, got the text "yes"`},
		{"claimants[0].damages.property", 12, "more than two decimals"},
		{"incident.state", 16, `"Illinois" is not the two-letter USPS code of a state or DC; write IL`},
		{"ftca.reconsideration_filed_on", 19, "ftca.denied_on is not set"},
	}
	if len(ps) != len(want) {
		t.Fatalf("got %d problems, want %d:\n%v", len(ps), len(want), err)
	}
	for i, w := range want {
		p := ps[i]
		if p.Path != w.path || p.Pos.Line != w.line || !strings.Contains(p.Msg, w.msg) {
			t.Errorf("problem %d:\n got  %v\n want %s at line %d with %q", i, p, w.path, w.line, w.msg)
		}
	}
}

const minimalYAML = `schema: 1
matter:
  id: M-1
firm:
  name: Clinic
claimants:
  - name: Ana Pérez
    address: {street: 1 Main St., city: Chicago, state: IL, zip: "60601"}
incident:
  date: 2025-03-14
  place: Chicago
  state: IL
  agency: ICE
`

// ins returns minimalYAML with lines inserted after line n (0: at the top).
func ins(n int, lines ...string) string {
	all := strings.Split(strings.TrimSuffix(minimalYAML, "\n"), "\n")
	out := append(append(append([]string{}, all[:n]...), lines...), all[n:]...)
	return strings.Join(out, "\n") + "\n"
}

// rep returns minimalYAML with one text replaced.
func rep(old, new string) string { return strings.Replace(minimalYAML, old, new, 1) }

// The decoder has no weak typing and validation knows the schema's rules;
// each row is one case file and the problem it must cause, or none.
func TestValueRules(t *testing.T) {
	tests := []struct {
		name string
		yaml string
		path string
		line int
		msg  string // "" means the case is valid
	}{
		{"number is not text", ins(13, "  component: 5"), "incident.component", 14, `expected text, got the number 5; if it is meant as text, put it in quotes: "5"`},
		{"phone as a number", ins(7, "    phone: 7735550199"), "claimants[0].phone", 8, "write the phone number in quotes"},
		{"bool is not text", ins(13, "  component: true"), "incident.component", 14, "expected text, got true"},
		{"string is not bool", ins(13, `complaint: {jury_demand: "true"}`), "complaint.jury_demand", 14, `expected true or false, got the text "true"`},
		{"string is not a whole number", rep("schema: 1", `schema: "1"`), "schema", 1, `expected a whole number, got the text "1"`},
		{"decimal is not a whole number", rep("schema: 1", "schema: 1.0"), "schema", 1, "expected a whole number, got the number 1.0"},
		{"schema 2", rep("schema: 1", "schema: 2"), "schema", 1, "this version of redress reads schema 1"},
		{"schema missing", rep("schema: 1\n", ""), "schema", 0, "required: write schema: 1"},
		{"list for a mapping", ins(13, "court: [a]"), "court", 14, "expected a mapping with the keys district, division, case_number, got a list"},
		{"text in a list of mappings", ins(13, "  officers: [a]"), "incident.officers[0]", 14, `expected a mapping with the keys name, title, description, got the text "a"`},
		{"text for a list", ins(13, "  evidence: a video"), "incident.evidence", 14, "write it as a list"},
		{"number for a date", ins(13, "ftca: {presented_on: 5}"), "ftca.presented_on", 14, "expected a date (YYYY-MM-DD), got the number 5"},
		{"null is unset", ins(13, "  time: null", "  officers: ~", "ftca: {denied_on: null}"), "", 0, ""},
		{"12-hour time", ins(13, "  time: 6:40 PM"), "", 0, ""},
		{"unquoted 24-hour time", ins(13, "  time: 06:40"), "", 0, ""},
		{"unquoted time is text, not sexagesimal", ins(13, "  time: 6:40"), "incident.time", 14, `"6:40" is not a time`},
		{"time as a number", ins(13, "  time: 640"), "incident.time", 14, "expected a time (HH:MM, or h:mm AM/PM), got the number 640"},
		{"money as text", ins(7, `    damages: {property: "$1,850.50"}`), "", 0, ""},
		{"money as negative text", ins(7, `    damages: {property: "-1"}`), "claimants[0].damages.property", 8, "must not be negative"},
		{"money as a word", ins(7, "    damages: {property: lots}"), "claimants[0].damages.property", 8, `"lots" is not an amount of money`},
		{"money infinite", ins(7, "    damages: {property: .inf}"), "claimants[0].damages.property", 8, "is not an amount of money"},
		{"employment", ins(7, "    employment: Civilian"), "claimants[0].employment", 8, `must be civilian or military (SF-95 box 3), got "Civilian"; write civilian`},
		{"language code", ins(7, "    language: fr"), "", 0, ""}, // the templates decide which languages have a letter
		{"language with a region", ins(7, "    language: es-MX"), "", 0, ""},
		{"language name", ins(7, "    language: Spanish"), "claimants[0].language", 8, `"Spanish" is the name of a language; write its code, es`},
		{"language own name", ins(7, "    language: Español"), "claimants[0].language", 8, "write its code, es"},
		{"language capitals", ins(7, `    language: "ES "`), "claimants[0].language", 8, `"ES " is not written as a language code; write es`},
		{"language region", ins(7, "    language: es_mx"), "claimants[0].language", 8, "write es-MX"},
		{"language unknown form", ins(7, "    language: e5"), "claimants[0].language", 8, "write the ISO 639 code of 2 or 3 lower-case letters"},
		{"minor without representative", ins(7, "    minor: true"), "claimants[0].representative.name", 8, "required for a minor"},
		{"minor with empty representative", ins(7, "    minor: true", "    representative: {name: \"\"}"), "claimants[0].representative.name", 9, "required for a minor"},
		{"minor with representative", ins(7, "    minor: true", "    representative: {name: Rosa Pérez, capacity: mother and next friend}"), "", 0, ""},
		{"wrongful death without representative", ins(7, "    decedent: {name: José Pérez}"), "claimants[0].representative.name", 8, "required for a wrongful-death claim"},
		{"denied before presented", ins(13, "ftca: {presented_on: 2025-09-02, denied_on: 2025-09-01}"), "ftca.denied_on", 14, "cannot come before the claim was presented"},
		{"denial and reconsideration", ins(13, "ftca: {presented_on: 2025-09-02, denied_on: 2026-01-05, reconsideration_filed_on: 2026-02-01}"), "", 0, ""},
		{"matter id too long", rep("id: M-1", "id: "+strings.Repeat("x", 65)), "matter.id", 3, "at most 64"},
		{"matter id dotdot", rep("id: M-1", "id: .."), "matter.id", 3, "cannot name the output folder"},
		{"matter id missing", rep("  id: M-1\n", "  as_of: 2026-01-01\n"), "matter.id", 2, "required"},
		{"address incomplete", rep("street: 1 Main St., ", ""), "claimants[0].address.street", 8, "required: the street address"},
		{"address missing", rep(`    address: {street: 1 Main St., city: Chicago, state: IL, zip: "60601"}`+"\n", ""), "claimants[0].address", 7, "required: the claimant's mailing address"},
		{"no claimants", rep("claimants:\n  - name: Ana Pérez\n    address: {street: 1 Main St., city: Chicago, state: IL, zip: \"60601\"}", "claimants: []"), "claimants", 6, "at least one claimant"},
		{"state name", rep("state: IL\n", "state: Texas\n"), "incident.state", 12, "write TX"},
		{"state unknown", rep("state: IL\n", "state: XX\n"), "incident.state", 12, "write a code such as IL"},
		{"quoted strings", ins(13, `  facts: ["a", 'b', c]`), "", 0, ""},
		{"tag str", ins(7, "    phone: !!str 7735550199"), "", 0, ""},
		{"custom tag", ins(7, "    phone: !phone 7735550199"), "claimants[0].phone", 8, "the YAML tag !phone is not supported"},
		{"anchor and alias", ins(13, `  witnesses: [{name: Luis, address: &home {street: 1 Main St., city: Chicago, state: IL, zip: "60601"}}, {name: Rosa, address: *home}]`), "", 0, ""},
		{"undefined alias", ins(13, "  witnesses: [{name: Rosa, address: *home}]"), "incident.witnesses[0].address", 14, "refers to no anchor"},
		{"merge key", ins(13, "  property: {<<: {owner: x}}"), "incident.property", 14, "merge keys (<<) are not supported"},
		{"two documents", ins(13, "---", "schema: 1"), "", 14, "one YAML document"},
		{"key case", ins(13, "  Summary: x"), "incident.Summary", 14, "did you mean summary?"},
		{"misplaced key", ins(0, "as_of: 2026-01-01"), "as_of", 1, "as_of belongs at matter.as_of"},
		{"unknown key lists keys", ins(13, "court: {judge: Smith}"), "court.judge", 14, "the keys under court are: district, division, case_number"},
		{"not a mapping", "- schema: 1\n", "", 1, "expected a mapping with keys such as schema, matter"},
		{"empty file", "", "schema", 0, "required"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := LoadBytes("case.yaml", []byte(tt.yaml), "yaml", Options{})
			if tt.msg == "" {
				if err != nil {
					t.Fatalf("want no problem, got:\n%v\nfile:\n%s", err, tt.yaml)
				}
				return
			}
			for _, p := range problemsOf(t, err) {
				if p.Path == tt.path && strings.Contains(p.Msg, tt.msg) {
					if p.Pos.Line != tt.line {
						t.Errorf("%v: want line %d", p, tt.line)
					}
					return
				}
			}
			t.Errorf("want a problem at %q with %q, got:\n%v", tt.path, tt.msg, err)
		})
	}
}

// Problems print as a compiler does, so that editors can jump to them.
func TestProblemFormat(t *testing.T) {
	_, err := Load("testdata/bad/unknown_key.yaml", Options{})
	want := `testdata/bad/unknown_key.yaml:9:5: claimants[0].date_of_brith: unknown key "date_of_brith"; did you mean date_of_birth?`
	if fmt.Sprint(err) != want {
		t.Errorf("got  %v\nwant %s", err, want)
	}
}

// A mapping written as text is one problem: its keys are not then also
// reported missing.
func TestNoCascade(t *testing.T) {
	_, err := LoadBytes("case.yaml", []byte(rep("firm:\n  name: Clinic\n", "firm: Lakeshore Clinic\n")), "yaml", Options{})
	ps := problemsOf(t, err)
	if len(ps) != 1 || ps[0].Path != "firm" || ps[0].Pos.Line != 4 {
		t.Errorf("want one problem at firm, line 4; got:\n%v", err)
	}
}
