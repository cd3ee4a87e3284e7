package casefile

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// exampleYAML stands for the file 'redress init' writes; the CLI's tests
// check the real one.
const exampleYAML = `schema: 1
matter:
  id: EX-1
firm:
  name: Example Clinic
  address: {street: "9 Example Rd.", city: Denver, state: CO, zip: "80219"}
claimants:
  - name: Gloria Echeverría
    address: {street: "5 Sample St.", city: Denver, state: CO, zip: "80219"}
    damages: {property: 10.50, personal_injury: 2000}
incident:
  date: 2026-05-21
  place: At the bus stop
  state: CO
  agency: ICE
  summary: An officer stopped Ms. Echeverría.
  facts:
    - She waited for the bus.
`

func example(t *testing.T) *Example {
	t.Helper()
	src, err := LoadBytes("init/case.yaml", []byte(exampleYAML), "yaml", Options{})
	if err != nil {
		t.Fatal(err)
	}
	return NewExample(src.Case)
}

// exampleProblems loads body with the example and returns its problems as
// "line:col key" (or "env key") and messages.
func exampleProblems(t *testing.T, body string, opts Options) (places []string, msgs string) {
	t.Helper()
	opts.Example = example(t)
	_, err := LoadBytes("case.yaml", []byte(body), "yaml", opts)
	var probs Problems
	if err != nil && !errors.As(err, &probs) {
		t.Fatal(err)
	}
	for _, p := range probs {
		where := fmt.Sprintf("%d:%d", p.Pos.Line, p.Pos.Col)
		if p.File == envFile {
			where = "env"
		}
		places = append(places, where+" "+p.Path)
	}
	return places, probs.Error()
}

func TestExampleValuesAreProblems(t *testing.T) {
	places, msgs := exampleProblems(t, exampleYAML, Options{})
	want := "3:3 matter.id|5:3 firm.name|6:13 firm.address.street|8:5 claimants[0].name|9:15 claimants[0].address.street|" +
		"10:5 claimants[0].damages|12:3 incident.date|13:3 incident.place|16:3 incident.summary|18:7 incident.facts[0]"
	if got := strings.Join(places, "|"); got != want {
		t.Errorf("problems at\n%s\nwant\n%s\n%s", got, want, msgs)
	}
	// Cities, states, ZIP codes, the agency are common choices; untouched.
	for _, not := range []string{"city", "zip", "incident.state", "incident.agency"} {
		if strings.Contains(msgs, not+":") {
			t.Errorf("%s is flagged:\n%s", not, msgs)
		}
	}
	if !strings.Contains(msgs, `claimants[0].name: still the example from 'redress init' ("Gloria Echeverría"); replace it with your client's name`) {
		t.Errorf("message:\n%s", msgs)
	}
}

func TestExampleComparison(t *testing.T) {
	edited := strings.NewReplacer(
		"id: EX-1", "id: M-7",
		"name: Example Clinic", "name: Clinic",
		"9 Example Rd.", "1 Main St.",
		"name: Gloria Echeverría", "name: GLORIA  ECHEVERRIA", // case, accents and spaces do not hide it
		"5 Sample St.", "7 Oak St.",
		"personal_injury: 2000}", "personal_injury: 2000, wrongful_death: 1}", // one amount more: not the example's
		"date: 2026-05-21", "date: 2026-05-22",
		"At the bus stop", "At home",
		"She waited for the bus.", "She was at home.",
		"An officer stopped", "An officer pushed", // rewritten, but still naming the example client
	).Replace(exampleYAML)
	places, msgs := exampleProblems(t, edited, Options{})
	if got := strings.Join(places, "|"); got != "8:5 claimants[0].name|16:3 incident.summary" {
		t.Errorf("got %s\n%s", got, msgs)
	}
	// The name replaced, the summary still names the example client.
	edited = strings.Replace(edited, "GLORIA  ECHEVERRIA", "Ana Ruiz", 1)
	places, msgs = exampleProblems(t, edited, Options{})
	if got := strings.Join(places, "|"); got != "16:3 incident.summary" ||
		!strings.Contains(msgs, `incident.summary: still names "Echeverría", the client of the example from 'redress init'`) {
		t.Errorf("got %s\n%s", got, msgs)
	}
	for _, tc := range []struct {
		name, from, to string
		flagged        bool
	}{
		{"full name without accents", "Ms. Echeverría.", "Gloria Echeverria.", true},
		{"family name in capitals", "Ms. Echeverría.", "MS. ECHEVERRÍA'S car.", true},
		{"a longer word", "Ms. Echeverría.", "the Echeverrías.", false},
		{"a word it ends", "Ms. Echeverría.", "Ms. Vecheverría.", false},
		{"given name alone", "Ms. Echeverría.", "Gloria.", false},
		{"a client of that family name", "Ana Ruiz", "Ana Echeverría", false},
		{"a witness of that family name", "  facts:", "  witnesses:\n    - name: Luis Echeverría\n  facts:", false},
	} {
		body := strings.Replace(edited, tc.from, tc.to, 1)
		if body == edited {
			t.Fatalf("%s: no change", tc.name)
		}
		places, msgs := exampleProblems(t, body, Options{})
		if flagged := len(places) > 0; flagged != tc.flagged {
			t.Errorf("%s: flagged %v, want %v\n%s", tc.name, flagged, tc.flagged, msgs)
		}
	}
}

// TestExampleFromEnvironment: a value set by a variable is reported
// against the variable, as every other problem of its value.
func TestExampleFromEnvironment(t *testing.T) {
	body := strings.NewReplacer("id: EX-1", "id: M-7", "name: Example Clinic", "name: Clinic", "9 Example Rd.", "1 Main St.",
		"name: Gloria Echeverría", "name: Ana Ruiz", "5 Sample St.", "7 Oak St.", "personal_injury: 2000", "personal_injury: 3000",
		"date: 2026-05-21", "date: 2026-05-22", "At the bus stop", "At home", "She waited for the bus.", "She was at home.",
		"Ms. Echeverría", "Ms. Ruiz").Replace(exampleYAML)
	if places, msgs := exampleProblems(t, body, Options{}); len(places) > 0 {
		t.Fatalf("the edited file: %s", msgs)
	}
	places, msgs := exampleProblems(t, body, Options{Env: fakeEnv(map[string]string{"REDRESS_FIRM_NAME": "Example Clinic"})})
	if strings.Join(places, "|") != "env firm.name" || !strings.Contains(msgs, "REDRESS_FIRM_NAME: still the example") {
		t.Errorf("got %v\n%s", places, msgs)
	}
}

// TestExampleInARoster: the base's example values that no column
// replaces stop the roster; a column's values are checked in each row.
// (A roster never uses the base's claimants.)
func TestExampleInARoster(t *testing.T) {
	ex := example(t)
	base, err := LoadBaseBytes("base.yaml", []byte(exampleYAML), "yaml", Options{})
	if err != nil {
		t.Fatal(err)
	}
	roster := "matter.id,claimants[0].name,claimants[0].address.street,claimants[0].address.city,claimants[0].address.state,claimants[0].address.zip,incident.summary\n" +
		"R-1,Ana Ruiz,1 Elm St.,Denver,CO,80219,An officer stopped Ms. Ruiz.\n" +
		"R-2,Gloria Echeverria,5 Sample St.,Denver,CO,80219,An officer stopped Ms. Ruiz.\n"
	_, err = LoadRosterBytes("r.csv", []byte(roster), base, Options{Example: ex})
	var probs Problems
	if !errors.As(err, &probs) {
		t.Fatalf("got %v", err)
	}
	var paths []string
	for _, p := range probs {
		paths = append(paths, p.Path)
		if p.File != "base.yaml" || !strings.Contains(p.Msg, "every row of r.csv keeps this value of the base") {
			t.Errorf("%s", p.Error())
		}
	}
	want := "firm.name firm.address.street incident.date incident.place incident.facts[0]"
	if got := strings.Join(paths, " "); got != want {
		t.Errorf("the base's problems: %s\nwant %s", got, want)
	}

	// A base whose uncovered values are the user's: the rows are checked.
	edited := strings.NewReplacer("name: Example Clinic", "name: Clinic", "9 Example Rd.", "1 Main St.",
		"date: 2026-05-21", "date: 2026-05-22", "At the bus stop", "At home", "She waited for the bus.", "She was at home.").Replace(exampleYAML)
	base, err = LoadBaseBytes("base.yaml", []byte(edited), "yaml", Options{})
	if err != nil {
		t.Fatal(err)
	}
	r, err := LoadRosterBytes("r.csv", []byte(roster), base, Options{Example: ex})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := r.Case(0); err != nil {
		t.Errorf("row 1: %v", err)
	}
	// Row 2 names the example client, at the example's address.
	_, err = r.Case(1)
	if !errors.As(err, &probs) || len(probs) != 2 ||
		probs[0].Error() != `r.csv:3:2: claimants[0].name: still the example from 'redress init' ("Gloria Echeverría"); replace it with your client's name` ||
		!strings.HasPrefix(probs[1].Error(), "r.csv:3:3: claimants[0].address.street: still the example") {
		t.Errorf("row 2: %v", err)
	}
}

func TestHasWord(t *testing.T) {
	for _, tc := range []struct {
		text, word string
		want       bool
	}{
		{"ms. echeverria's car", "echeverria", true},
		{"echeverria", "echeverria", true},
		{"echeverrias", "echeverria", false},
		{"vechevarria echeverria", "echeverria", true},
		{"gloria echeverria, 45", "gloria echeverria", true},
		{"", "x", false},
		{"x", "", false},
	} {
		if got := hasWord(tc.text, tc.word); got != tc.want {
			t.Errorf("hasWord(%q, %q) = %v", tc.text, tc.word, got)
		}
	}
	if got := foldText(" María\u0301 \n ELENA  Núñez "); got != "maria elena nunez" {
		t.Errorf("foldText = %q", got)
	}
}

// TestExampleKeysAreSchemaKeys: every key the check names is a key of
// the schema, and the free-text and person keys are among those walked.
func TestExampleKeysAreSchemaKeys(t *testing.T) {
	schema := map[string]bool{}
	for _, sp := range schemaPaths() {
		schema[sp.path] = true
		if sp.typ.Kind() == reflect.Slice {
			schema[sp.path+"[n]"] = true // a list of texts: incident.facts[n]
		}
	}
	for _, k := range exampleKeys {
		if !schema[k.path] {
			t.Errorf("%s is not a key of the schema", k.path)
		}
	}
	for _, set := range []map[string]bool{mentionKeys, personKeys} {
		for k := range set {
			if !exampleKeySet[k] {
				t.Errorf("%s is not in exampleKeys, so it is never walked", k)
			}
		}
	}
}
