package casefile

import (
	"strings"
	"testing"
)

const minimalTOML = `schema = 1
matter.id = "M-1"

[firm]
name = "Clinic"

[[claimants]]
name = "Ana Pérez"
address = { street = "1 Main St.", city = "Chicago", state = "IL", zip = "60601" }

[incident]
date = 2025-03-14
place = "Chicago"
state = "IL"
agency = "ICE"
`

const minimalJSON = `{
  "schema": 1,
  "matter": {"id": "M-1"},
  "firm": {"name": "Clinic"},
  "claimants": [
    {"name": "Ana Pérez", "address": {"street": "1 Main St.", "city": "Chicago", "state": "IL", "zip": "60601"}}
  ],
  "incident": {"date": "2025-03-14", "place": "Chicago", "state": "IL", "agency": "ICE"}
}
`

// Rules that depend on how a format writes values: TOML's native dates
// and times and its table rules, JSON's strictness.
func TestFormatRules(t *testing.T) {
	tests := []struct {
		name, format, data string
		path               string
		line               int
		msg                string // "" means valid
	}{
		{"toml minimal", "toml", minimalTOML, "", 0, ""},
		{"toml native time", "toml", minimalTOML + "time = 06:40:00\n", "", 0, ""},
		{"toml time with seconds", "toml", minimalTOML + "time = 06:40:30\n", "incident.time", 16, "has seconds"},
		{"toml date and time", "toml", strings.Replace(minimalTOML, "date = 2025-03-14", "date = 2025-03-14T06:40:00", 1), "incident.date", 12, "without a time"},
		{"toml quoted date", "toml", strings.Replace(minimalTOML, "date = 2025-03-14", `date = "2025-03-14"`, 1), "", 0, ""},
		{"toml bad time", "toml", minimalTOML + "time = \"25:61\"\n", "incident.time", 16, `"25:61" is not a time`},
		{"toml integer zip", "toml", strings.Replace(minimalTOML, `zip = "60601"`, "zip = 60601", 1), "claimants[0].address.zip", 9, "write the ZIP code in quotes"},
		{"toml money exact", "toml", minimalTOML + "[claimants.damages]\n", "", 0, ""},
		{"toml second claimant", "toml", minimalTOML + "[[claimants]]\nname = \"Luis\"\n", "claimants[1].address", 16, "required: the claimant's mailing address"},
		{"toml table after array table", "toml", strings.Replace(minimalTOML, "[incident]", "[claimants.damages]\nproperty = 1850.005\n\n[incident]", 1), "claimants[0].damages.property", 12, "more than two decimals"},
		{"toml inline table closed", "toml", minimalTOML + "[claimants.address]\nzip = \"60602\"\n", "claimants[0].address", 16, "inline table"},
		{"toml key then table", "toml", minimalTOML + "[matter]\nas_of = 2026-01-01\n", "matter", 16, "begun with dotted keys"},
		{"toml unknown key", "toml", minimalTOML + "agnecy = \"CBP\"\n", "incident.agnecy", 16, "did you mean agency?"},
		{"toml dotted unknown", "toml", minimalTOML + "place2.x = 1\n", "incident.place2", 16, "did you mean place?"},
		{"toml malformed number", "toml", minimalTOML + "[complaint]\njury_demand = true\n[court]\ndistrict = \"x\"\n[ftca]\n[ftca.agency_office]\nname = \"x\"\n[claimants.damages]\nproperty = 1__0\n", "", 24, "TOML syntax error"},
		{"json minimal", "json", minimalJSON, "", 0, ""},
		{"json number as text", "json", strings.Replace(minimalJSON, `"zip": "60601"`, `"zip": 60601`, 1), "claimants[0].address.zip", 6, "write the ZIP code in quotes"},
		{"json string bool", "json", strings.Replace(minimalJSON, `"schema": 1,`, `"schema": 1, "complaint": {"jury_demand": "yes"},`, 1), "complaint.jury_demand", 2, `got the text "yes"`},
		{"json exponent money", "json", strings.Replace(minimalJSON, `"zip": "60601"}`, `"zip": "60601"}, "damages": {"property": 1.5e3}`, 1), "", 0, ""},
		{"json list at top", "json", "[1]", "", 1, "one object"},
		{"json trailing text", "json", minimalJSON + "{}", "", 10, "after the closing }"},
		{"json truncated", "json", minimalJSON[:40], "", 3, "the file ends before the JSON is complete"},
		{"json trailing comma", "json", strings.Replace(minimalJSON, `"agency": "ICE"}`, `"agency": "ICE",}`, 1), "", 8, "JSON syntax error"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := LoadBytes("case."+tt.format, []byte(tt.data), tt.format, Options{})
			if tt.msg == "" && tt.path == "" {
				if err != nil {
					t.Fatalf("want no problem, got:\n%v", err)
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
