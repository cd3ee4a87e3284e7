package casefile

import (
	"os"
	"strings"
	"testing"

	"redress/internal/civil"
)

// fakeEnv is a lookup over a map, so that tests neither read nor race on
// the process environment.
func fakeEnv(vars map[string]string) func(string) (string, bool) {
	return func(k string) (string, bool) {
		v, ok := vars[k]
		return v, ok
	}
}

func TestEnvVar(t *testing.T) {
	if got := EnvVar("matter.as_of"); got != "REDRESS_MATTER_AS_OF" {
		t.Errorf("EnvVar(matter.as_of) = %s", got)
	}
	paths := strings.Join(envPaths(), " ")
	for _, want := range []string{"matter.as_of", "firm.name", "firm.address.zip", "incident.time", "ftca.denied_on", "complaint.jury_demand"} {
		if !strings.Contains(" "+paths+" ", " "+want+" ") {
			t.Errorf("%s cannot be overridden; overridable: %s", want, paths)
		}
	}
	for _, not := range []string{"claimants", "incident.facts", "firm.attorneys"} {
		if strings.Contains(" "+paths+" ", " "+not+" ") {
			t.Errorf("%s is not a scalar outside a list but can be overridden", not)
		}
	}
}

func TestEnvOverride(t *testing.T) {
	src, err := Load("testdata/full.yaml", Options{Env: fakeEnv(map[string]string{
		"REDRESS_MATTER_AS_OF":          "2026-12-01",
		"REDRESS_FIRM_NAME":             "Lakeshore Clinic",
		"REDRESS_COMPLAINT_JURY_DEMAND": "false",
		"REDRESS_COURT_CASE_NUMBER":     "1:26-cv-00042",
		"REDRESS_FIRM_PHONE":            "", // empty: unset
		"REDRESS_CLAIMANTS_0_NAME":      "not a key path: ignored",
	})})
	if err != nil {
		t.Fatal(err)
	}
	c := src.Case
	if c.Matter.AsOf != (civil.Date{Year: 2026, Month: 12, Day: 1}) {
		t.Errorf("as_of = %v, want 2026-12-01", c.Matter.AsOf)
	}
	if c.Firm.Name != "Lakeshore Clinic" || c.Complaint.JuryDemand || c.Court.CaseNumber != "1:26-cv-00042" {
		t.Errorf("overrides not applied: %q %v %q", c.Firm.Name, c.Complaint.JuryDemand, c.Court.CaseNumber)
	}
	if c.Firm.Phone != "(312) 555-0142" {
		t.Errorf("an empty variable replaced firm.phone: %q", c.Firm.Phone)
	}
	if c.Claimants[0].Name != "María Elena Torres" {
		t.Errorf("claimant name changed: %q", c.Claimants[0].Name)
	}
	if got := src.FromEnv("matter.as_of"); got != "REDRESS_MATTER_AS_OF" {
		t.Errorf("FromEnv(matter.as_of) = %q", got)
	}
	if p := src.Problemf("matter.as_of", "is too late"); p.Error() != "environment: matter.as_of: REDRESS_MATTER_AS_OF: is too late" {
		t.Errorf("Problemf on an overridden key: %q", p.Error())
	}
}

// The CLI passes os.LookupEnv.
func TestEnvOverrideProcess(t *testing.T) {
	t.Setenv("REDRESS_MATTER_AS_OF", "2026-12-01")
	src, err := Load("testdata/minimal.yaml", Options{Env: os.LookupEnv})
	if err != nil {
		t.Fatal(err)
	}
	if got := src.Case.Matter.AsOf.String(); got != "2026-12-01" {
		t.Errorf("as_of = %s, want 2026-12-01", got)
	}
	src, err = Load("testdata/minimal.yaml", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !src.Case.Matter.AsOf.IsZero() {
		t.Errorf("with no Env, the environment was read: as_of = %s", src.Case.Matter.AsOf)
	}
}

// A key missing from the file may come from the environment alone, even
// under a mapping the file does not have.
func TestEnvFillsMissing(t *testing.T) {
	data := rep("firm:\n  name: Clinic\n", "")
	src, err := LoadBytes("case.yaml", []byte(data), "yaml", Options{Env: fakeEnv(map[string]string{
		"REDRESS_FIRM_NAME": "Clinic from the environment",
	})})
	if err != nil {
		t.Fatal(err)
	}
	if src.Case.Firm.Name != "Clinic from the environment" {
		t.Errorf("firm.name = %q", src.Case.Firm.Name)
	}
}

// A bad value from the environment is reported against the variable, with
// the same strict rules as the file.
func TestEnvProblems(t *testing.T) {
	_, err := Load("testdata/minimal.yaml", Options{Env: fakeEnv(map[string]string{
		"REDRESS_MATTER_AS_OF":          "2026-13-01",
		"REDRESS_COMPLAINT_JURY_DEMAND": "yes",
		"REDRESS_INCIDENT_STATE":        "Ill.",
		"REDRESS_SCHEMA":                "one",
		"REDRESS_INCIDENT_SUMMARY":      "bell\a",
	})})
	ps := problemsOf(t, err)
	want := map[string]string{
		"matter.as_of":          `REDRESS_MATTER_AS_OF: "2026-13-01" is not a date`,
		"complaint.jury_demand": `REDRESS_COMPLAINT_JURY_DEMAND: expected true or false, got the text "yes"`,
		"incident.state":        `REDRESS_INCIDENT_STATE: "Ill." is not the two-letter USPS code`,
		"schema":                `REDRESS_SCHEMA: expected a whole number, got "one"`,
		"incident.summary":      "REDRESS_INCIDENT_SUMMARY: contains the control character U+0007",
	}
	if len(ps) != len(want) {
		t.Errorf("got %d problems, want %d:\n%v", len(ps), len(want), err)
	}
	for _, p := range ps {
		w, ok := want[p.Path]
		if !ok || p.File != "environment" || p.Pos != (Pos{}) || !strings.HasPrefix(p.Msg, w) {
			t.Errorf("got %v; want file environment and a message starting %q", p, w)
		}
	}
}

// An override must not reach through a YAML alias into another part of
// the file that shares the mapping.
func TestEnvDoesNotLeakThroughAlias(t *testing.T) {
	data := rep("firm:\n  name: Clinic\n", "firm:\n  name: Clinic\n  address: &home {street: 1 Main St., city: Chicago, state: IL, zip: \"60601\"}\n")
	data = strings.Replace(data, `address: {street: 1 Main St., city: Chicago, state: IL, zip: "60601"}`, "address: *home", 1)
	src, err := LoadBytes("case.yaml", []byte(data), "yaml", Options{Env: fakeEnv(map[string]string{
		"REDRESS_FIRM_ADDRESS_CITY": "Evanston",
	})})
	if err != nil {
		t.Fatalf("%v\n%s", err, data)
	}
	if got := src.Case.Firm.Address.City; got != "Evanston" {
		t.Errorf("firm city = %q, want Evanston", got)
	}
	if got := src.Case.Claimants[0].Address.City; got != "Chicago" {
		t.Errorf("claimant city = %q: the override leaked through the alias", got)
	}
}
