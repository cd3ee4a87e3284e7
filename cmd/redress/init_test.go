package main

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// initExampleKeys are the keys of templates/init/case.yaml whose example
// values describe the example's person, office, matter or event: what
// validate must list for a file fresh from 'redress init'.
var initExampleKeys = []string{
	"matter.id",
	"firm.name", "firm.address.street", "firm.phone", "firm.email",
	"firm.attorneys[0].name", "firm.attorneys[0].bar", "firm.attorneys[0].email", "firm.attorneys[0].phone",
	"claimants[0].name", "claimants[0].address.street", "claimants[0].phone", "claimants[0].email",
	"claimants[0].date_of_birth", "claimants[0].a_number", "claimants[0].injury", "claimants[0].damages",
	"incident.date", "incident.place", "incident.officers[0].description", "incident.summary",
	"incident.facts[0]", "incident.facts[1]", "incident.property.description",
	"incident.witnesses[0].name", "incident.witnesses[0].address.street",
	"incident.evidence[0]", "incident.evidence[1]",
	"ftca.presented_on",
}

var exampleProblem = regexp.MustCompile(`(?m)^.*case\.yaml:\d+:\d+: (\S+): still the example from 'redress init'`)

func TestInitThenValidateListsEveryExampleKey(t *testing.T) {
	dir := t.TempDir()
	mustRun(t, "init", dir)
	path := filepath.Join(dir, "case.yaml")
	_, errs, code := runCLI(t, "validate", path)
	if code != exitData {
		t.Fatalf("validate of a fresh init: exit %d, want %d\n%s", code, exitData, errs)
	}
	var got []string
	for _, m := range exampleProblem.FindAllStringSubmatch(errs, -1) {
		got = append(got, m[1])
	}
	want := append([]string(nil), initExampleKeys...)
	sort.Strings(got)
	sort.Strings(want)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("example keys listed:\n%s\nwant:\n%s\nstderr:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"), errs)
	}
	for _, want := range []string{
		`claimants[0].name: still the example from 'redress init' ("Gloria Echeverría"); replace it with your client's name`,
		`claimants[0].damages: still the example from 'redress init' (property $2,315.40, personal injury $87,500.00)`,
		"has 29 errors; nothing was written",
	} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q", want)
		}
	}
	// Every command that loads a case file refuses it.
	out := filepath.Join(dir, "out")
	for _, args := range [][]string{
		{"letter", path, "--out", out}, {"sf95", path, "--out", out}, {"complaint", path, "--out", out}, {"deadlines", path},
	} {
		if _, errs, code := runCLI(t, args...); code != exitData || !strings.Contains(errs, "claimants[0].name: still the example") {
			t.Errorf("redress %s: exit %d, want %d\n%s", args[0], code, exitData, errs)
		}
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("a command wrote %s from the example", out)
	}
	if _, _, code := runCLI(t, "init", dir); code != exitCantCreate {
		t.Errorf("init over an existing case.yaml: exit %d, want %d", code, exitCantCreate)
	}
}

// replaceExample is the init file with every example value replaced, by
// hand, as a user would.
func replaceExample(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	mustRun(t, "init", dir)
	data, err := os.ReadFile(filepath.Join(dir, "case.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	s := string(data)
	for _, r := range [][2]string{
		{"LIDC-2026-0318", "NCLC-2027-0009"},
		{"Larkspur Immigrant Defense Clinic", "Northside Community Law Center"},
		{"745 Santa Fe Dr., Suite 2", "88 Hill Rd."},
		{"(303) 555-0172", "(303) 555-0101"},
		{"intake@larkspur-clinic.example.org", "office@northside.example.org"},
		{"Rachel Lindqvist", "Zoë O'Brien"},
		{"CO 48213", "CO 11111"},
		{"rlindqvist@larkspur-clinic.example.org", "zob@northside.example.org"},
		{"(303) 555-0173", "(303) 555-0102"},
		{"- name: Gloria Echeverría", "- name: Nguyễn Văn Ân"},
		{"2876 W. Alameda Ave., Apt. 5", "12 Pine St."},
		{"(720) 555-0187", "(720) 555-0103"},
		{"gloria.e@example.org", "an@example.org"},
		{"1979-08-23", "1990-01-02"},
		{"A209-318-447", "A000-000-001"},
		{"Dislocated right shoulder", "Broken left ankle"},
		{"property: 2315.40", "property: 100.00"},
		{"date: 2026-05-21", "date: 2026-06-02"},
		{"At the bus stop in front of 2900 W. Alameda Ave.", "In the parking lot at 40 Oak St."},
		{"tall, gray beard,", "short, shaved head,"},
		{"An ICE officer stopped Ms. Echeverría at a bus stop", "An ICE officer stopped Mr. Nguyễn in a parking lot"},
		{"Ms. Echeverría was waiting for her bus to work at the stop in front of 2900 W. Alameda Ave.", "Mr. Nguyễn was walking to his car."},
		{"A man in a black jacket marked ICE", "A man in a vest marked ICE"},
		{"Reading glasses and a Samsung phone", "A watch"},
		{"Tomasz Wróbel", "Smith & <Sons>"},
		{"2904 W. Alameda Ave.", "44 Oak St."},
		{"Photographs of Ms. Echeverría's shoulder", "Photographs of Mr. Nguyễn's ankle"},
		{"Westside Community Medical Center emergency", "Oak Street Hospital"},
		{"presented_on: 2026-09-10", "presented_on: 2026-10-01"},
	} {
		if strings.Count(s, r[0]) != 1 {
			t.Fatalf("the init file holds %q %d times, want once", r[0], strings.Count(s, r[0]))
		}
		s = strings.Replace(s, r[0], r[1], 1)
	}
	return s
}

func TestInitWithEveryExampleReplacedValidates(t *testing.T) {
	path := writeCase(t, "case.yaml", replaceExample(t))
	// As of 2027-06-01 the claim presented on 2026-10-01 is deemed denied:
	// the complaint's FTCA counts are not premature.
	out, errs, code := runCLI(t, "validate", path, "--as-of", "2027-06-01")
	if code != exitOK {
		t.Fatalf("exit %d, want 0\n%s%s", code, out, errs)
	}
	for _, want := range []string{"letter: ok (1 letter)", "sf95: ok (1 SF-95 with its presentment letter)", "complaint: ok (1 complaint, 4 counts)"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
}

func TestHalfEditedInitNamesTheExampleClient(t *testing.T) {
	s := replaceExample(t)
	// The name was changed; the summary, rewritten, still names the
	// example client (without the accent, in another case).
	half := strings.Replace(s, "An ICE officer stopped Mr. Nguyễn in a parking lot", "An ICE officer stopped Ms. ECHEVERRIA in a parking lot", 1)
	if half == s {
		t.Fatal("the summary was not changed")
	}
	path := writeCase(t, "case.yaml", half)
	_, errs, code := runCLI(t, "validate", path, "--as-of", "2027-06-01")
	if code != exitData {
		t.Fatalf("exit %d, want %d\n%s", code, exitData, errs)
	}
	if !regexp.MustCompile(`case\.yaml:\d+:3: incident\.summary: still names "Echeverría", the client of the example from 'redress init'`).MatchString(errs) ||
		!strings.Contains(errs, "has 1 error;") {
		t.Errorf("want one problem naming incident.summary:\n%s", errs)
	}
	// A client who shares the example's family name is rightly named by it.
	same := strings.Replace(half, "Nguyễn Văn Ân", "Jorge Echeverría", 1)
	path = writeCase(t, "case.yaml", same)
	if out, errs, code := runCLI(t, "validate", path, "--as-of", "2027-06-01"); code != exitOK {
		t.Errorf("a client named Echeverría: exit %d, want 0\n%s%s", code, out, errs)
	}
	// "Echeverrías" is another word: not the example's name.
	other := strings.Replace(half, "Ms. ECHEVERRIA", "the Echeverrías' neighbour", 1)
	path = writeCase(t, "case.yaml", other)
	if out, errs, code := runCLI(t, "validate", path, "--as-of", "2027-06-01"); code != exitOK {
		t.Errorf("a longer word: exit %d, want 0\n%s%s", code, out, errs)
	}
}

// TestBatchRefusesTheInitExample: a roster's base still holding example
// values its columns do not replace stops the run (65) before anything
// is drafted; a row that puts an example value back fails alone; a
// folder's case file holding the example fails as its record.
func TestBatchRefusesTheInitExample(t *testing.T) {
	dir := t.TempDir()
	mustRun(t, "init", dir)
	roster := filepath.Join(dir, "roster.csv")
	os.WriteFile(roster, []byte("matter.id,claimants[0].name\nR-1,Ana Ruiz\n"), 0o644)
	out := filepath.Join(dir, "out")
	_, errs, code := runCLI(t, "batch", roster, "--base", filepath.Join(dir, "case.yaml"), "--out", out, "--quiet")
	if code != exitData || !strings.Contains(errs, "firm.name: still the example") || !strings.Contains(errs, "every row of "+roster+" keeps this value") {
		t.Errorf("batch over the init example: exit %d, want %d\n%s", code, exitData, errs)
	}
	if strings.Contains(errs, "claimants[0].name: still") || strings.Contains(errs, "matter.id: still") {
		t.Errorf("a key the roster's columns replace is not the base's problem:\n%s", errs)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Error("the run must stop before anything is written")
	}

	// A base for a roster tells the event, not its own client's story
	// (which the guard would keep out of every row's letter).
	base := writeCase(t, "base.yaml", strings.NewReplacer("Mr. Nguyễn's", "a worker's", "Mr. Nguyễn", "a worker").Replace(replaceExample(t)))
	os.WriteFile(roster, []byte("matter.id,claimants[0].name,claimants[0].address.street,claimants[0].address.city,claimants[0].address.state,claimants[0].address.zip\n"+
		"R-1,Ana Ruiz,1 Elm St.,Denver,CO,80219\nR-2,Gloria Echeverria,3 Elm St.,Denver,CO,80219\n"), 0o644)
	_, errs, code = runCLI(t, "batch", roster, "--base", base, "--out", out, "--quiet", "--as-of", "2027-06-01", "--format", "pdf")
	if code != exitInternal || !strings.Contains(errs, "roster.csv:3:2: claimants[0].name: still the example") || !strings.Contains(errs, "1 written") {
		t.Errorf("a row naming the example client: exit %d, want %d with roster.csv:3:2\n%s", code, exitInternal, errs)
	}

	cases := filepath.Join(dir, "cases")
	os.Mkdir(cases, 0o755)
	os.WriteFile(filepath.Join(cases, "a.yaml"), []byte(replaceExample(t)), 0o644)
	initData, _ := os.ReadFile(filepath.Join(dir, "case.yaml"))
	os.WriteFile(filepath.Join(cases, "b.yaml"), initData, 0o644)
	_, errs, code = runCLI(t, "batch", "--cases", cases, "--out", filepath.Join(dir, "out2"), "--quiet", "--as-of", "2027-06-01", "--format", "pdf")
	if code != exitInternal || !regexp.MustCompile(`b\.yaml:\d+:\d+: claimants\[0\]\.name: still the example`).MatchString(errs) || !strings.Contains(errs, "1 written") {
		t.Errorf("a folder with the init example: exit %d, want %d\n%s", code, exitInternal, errs)
	}
}
