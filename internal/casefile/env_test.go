package casefile

import (
	"os"
	"slices"
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

// Overrides lists what the environment set, in the order of the schema
// (not map order), each as the command line prints it.
func TestOverrides(t *testing.T) {
	env := fakeEnv(map[string]string{
		"REDRESS_COURT_CASE_NUMBER": "1:26-cv-00042",
		"REDRESS_MATTER_AS_OF":      "2026-12-01",
		"REDRESS_FIRM_NAME":         "Lakeshore Clinic",
		"REDRESS_FIRM_PHONE":        "", // empty: unset
		"REDRESS_CLAIMANTS_0_NAME":  "not a key path: ignored",
	})
	want := []string{
		"REDRESS_MATTER_AS_OF=2026-12-01 sets matter.as_of",
		"REDRESS_FIRM_NAME=Lakeshore Clinic sets firm.name",
		"REDRESS_COURT_CASE_NUMBER=1:26-cv-00042 sets court.case_number",
	}
	for i := 0; i < 5; i++ { // map order would show within a few runs
		src, err := Load("testdata/full.yaml", Options{Env: env})
		if err != nil {
			t.Fatal(err)
		}
		if got := overrideStrings(src.Overrides()); strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Fatalf("Source.Overrides:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		if got := overrideStrings(EnvOverrides(env)); strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Fatalf("EnvOverrides:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
	src, err := Load("testdata/full.yaml", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := src.Overrides(); len(got) != 0 || EnvOverrides(nil) != nil {
		t.Errorf("no Env, yet overrides %v", got)
	}
}

func overrideStrings(list []Override) []string {
	var out []string
	for _, o := range list {
		out = append(out, o.String())
	}
	return out
}

// A REDRESS_ variable that sets nothing is named, with what was meant;
// the variables the tests use, and the real overrides, are not.
func TestUnknownEnv(t *testing.T) {
	got := UnknownEnv([]string{
		"PATH=/usr/bin",
		"REDRESS_MATTER_AS_OF=2026-12-01",
		"REDRESS_REQUIRE_TOOLS=1",
		"REDRESS_WRITEEACH_DIGEST=1",
		"REDRESS_MATTER_ASOF=2026-12-01",
		"REDRESS_MATTER_ASOF=2026-12-02", // twice: one warning
		"redress_firm_name=Clinic",
		"REDRESS_CLAIMANTS_0_NAME=Ana",
		"REDRESS_FIRM_ADDRESS=1 Main St.",
		"REDRESS_INCIDENT_FACTS=one",
		"REDRESS_COMPLAINT=x", // its first key, counts, is a list
		"REDRESS_FROBNICATE=1",
		"REDRESSMATTER=1", // not the prefix
	})
	want := []string{
		"REDRESS_CLAIMANTS_0_NAME names claimants[0].name, inside a list; a value inside a list is written in the case file, not set from the environment",
		"REDRESS_COMPLAINT names complaint, which holds several keys; set one of them, such as REDRESS_COMPLAINT_JURY_DEMAND",
		"REDRESS_FIRM_ADDRESS names firm.address, which holds several keys; set one of them, such as REDRESS_FIRM_ADDRESS_STREET",
		"REDRESS_FROBNICATE names no case-file key; an override is REDRESS_ and the key path in capitals, with _ for each '.', such as REDRESS_MATTER_AS_OF",
		"REDRESS_INCIDENT_FACTS names incident.facts, a list; a list is written in the case file, not set from the environment",
		"REDRESS_MATTER_ASOF names no case-file key; did you mean REDRESS_MATTER_AS_OF?",
		"redress_firm_name names no case-file key; did you mean REDRESS_FIRM_NAME?",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("UnknownEnv:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, n := range notKeys {
		if !strings.HasPrefix(n, "REDRESS_") {
			t.Errorf("notKeys: %s does not start with REDRESS_", n)
		}
		if slices.Contains(envPaths(), strings.ToLower(strings.TrimPrefix(n, "REDRESS_"))) {
			t.Errorf("notKeys: %s is a case-file key", n)
		}
	}
}
