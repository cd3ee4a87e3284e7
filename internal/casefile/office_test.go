package casefile

import (
	"encoding/json"
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// officeKeysForTest are the own keys internal/settings passes.
var officeKeysForTest = []OfficeKey{{Name: "templates"}, {Name: "out"}, {Name: "formats", List: true}, {Name: "language"}}

// office is a settings file with both blocks; the line numbers in the
// tests below are counted by hand from it.
const office = `# office settings
firm:
  name: Lakeshore Legal Aid
  address: {street: "100 Main St.", city: Chicago, state: IL, zip: "60601"}
  phone: (312) 555-0100
  attorneys:
    - name: Zoë O'Brien
      bar: IL 6301234
court:
  district: Northern District of Illinois
  division: Eastern
templates: tpl
formats: [pdf, docx]
`

// caseWithout is a valid case but for the blocks it leaves to the office.
const caseWithout = `schema: 1
matter:
  id: M-1
claimants:
  - name: Ana Pérez
    address: {street: 1 Main St., city: Chicago, state: IL, zip: "60601"}
  - name: Nguyễn Văn Ân
    address: {street: 2 Elm St., city: Chicago, state: IL, zip: "60622"}
    language: vi
incident:
  date: 2025-03-14
  place: Chicago
  state: IL
  agency: ICE
`

func readTestOffice(t *testing.T, name, text string) *Office {
	t.Helper()
	o, err := ReadOffice(name, []byte(text), officeKeysForTest)
	if err != nil {
		t.Fatalf("ReadOffice: %v", err)
	}
	return o
}

func TestOfficeValues(t *testing.T) {
	o := readTestOffice(t, "redress.yaml", office)
	var got []string
	for _, v := range o.Values() {
		got = append(got, v.Path+"="+v.Text+"@"+itoa(v.Pos.Line))
	}
	want := []string{
		"firm.name=Lakeshore Legal Aid@3", "firm.address.street=100 Main St.@4", "firm.address.city=Chicago@4",
		"firm.address.state=IL@4", "firm.address.zip=60601@4", "firm.phone=(312) 555-0100@5",
		"firm.attorneys[0].name=Zoë O'Brien@7", "firm.attorneys[0].bar=IL 6301234@8",
		"court.district=Northern District of Illinois@10", "court.division=Eastern@11", "templates=tpl@12", "formats=pdf,docx@13",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("values:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if v, ok := o.Own("formats"); !ok || v.Text != "pdf,docx" || v.Pos != (Pos{Line: 13, Col: 10}) {
		t.Errorf("Own(formats) = %+v, %v", v, ok)
	}
	if _, ok := o.Own("out"); ok {
		t.Error("Own(out): the file does not give it")
	}
	if got := o.Blocks(); strings.Join(got, ",") != "firm,court" {
		t.Errorf("Blocks = %v", got)
	}
	if probs := o.Check(Options{}); len(probs) != 0 {
		t.Errorf("Check: %v", probs)
	}
}

func itoa(n int) string { return sprintf("%d", n) }

// A case file without a firm or court block takes the office's, whole; a
// case file with one keeps its own, whole: no office value is mixed in.
func TestOfficeBlocksTakenWhole(t *testing.T) {
	df := &Defaults{Office: readTestOffice(t, "redress.yaml", office)}
	src, err := LoadBytes("case.yaml", []byte(caseWithout), "yaml", Options{Defaults: df})
	if err != nil {
		t.Fatal(err)
	}
	f := src.Case.Firm
	if f.Name != "Lakeshore Legal Aid" || f.Phone != "(312) 555-0100" || f.Address.Zip != "60601" ||
		len(f.Attorneys) != 1 || f.Attorneys[0].Name != "Zoë O'Brien" {
		t.Errorf("firm from the office: %+v", f)
	}
	if c := src.Case.Court; c.District != "Northern District of Illinois" || c.Division != "Eastern" {
		t.Errorf("court from the office: %+v", c)
	}

	own := strings.Replace(caseWithout, "claimants:", "firm:\n  name: Other Firm LLP\ncourt:\n  case_number: 1:26-cv-00042\nclaimants:", 1)
	src, err = LoadBytes("case.yaml", []byte(own), "yaml", Options{Defaults: df})
	if err != nil {
		t.Fatal(err)
	}
	if f := src.Case.Firm; f.Name != "Other Firm LLP" || f.Phone != "" || !f.Address.IsZero() || len(f.Attorneys) != 0 {
		t.Errorf("a case's own firm block must not take the office's values: %+v", f)
	}
	if c := src.Case.Court; c.CaseNumber != "1:26-cv-00042" || c.District != "" || c.Division != "" {
		t.Errorf("a case's own court block must not take the office's values: %+v", c)
	}

	// firm: with no value is no firm block.
	null := strings.Replace(caseWithout, "claimants:", "firm:\nclaimants:", 1)
	if src, err = LoadBytes("case.yaml", []byte(null), "yaml", Options{Defaults: df}); err != nil || src.Case.Firm.Name != "Lakeshore Legal Aid" {
		t.Errorf("firm: null: %v, %+v", err, src)
	}
}

// The environment overrides one value over the office's block, as it does
// over a case file's; a relative path from the office is read from the
// settings file's folder.
func TestOfficeUnderEnvironment(t *testing.T) {
	dir := t.TempDir()
	settingsPath := filepath.Join(dir, "office", "redress.yaml")
	writeFile(t, filepath.Join(dir, "office", "logo.png"), testPNG(t, 30, 20))
	o := readTestOffice(t, settingsPath, "firm:\n  name: Lakeshore Legal Aid\n  logo: logo.png\n")
	env := map[string]string{"REDRESS_FIRM_PHONE": "(312) 555-0199"}
	lookup := func(k string) (string, bool) { v, ok := env[k]; return v, ok }
	casePath := filepath.Join(dir, "cases", "case.yaml")
	writeFile(t, casePath, []byte(caseWithout))
	src, err := Load(casePath, Options{Defaults: &Defaults{Office: o}, Env: lookup})
	if err != nil {
		t.Fatal(err)
	}
	f := src.Case.Firm
	if f.Name != "Lakeshore Legal Aid" || f.Phone != "(312) 555-0199" || src.FromEnv("firm.phone") != "REDRESS_FIRM_PHONE" {
		t.Errorf("firm: %+v (phone from %q)", f, src.FromEnv("firm.phone"))
	}
	if f.LogoFile == nil || f.LogoFile.Path != filepath.Join(dir, "office", "logo.png") {
		t.Fatalf("logo not read from the settings file's folder: %+v", f.LogoFile)
	}
	if p := f.LogoFile.Problemf("x"); p.File != settingsPath || p.Pos.Line != 3 {
		t.Errorf("a problem with the office's logo is placed at %s:%d, want %s:3", p.File, p.Pos.Line, settingsPath)
	}
	if p := src.Problemf("firm.name", "x"); p.File != settingsPath || p.Pos != (Pos{Line: 2, Col: 9}) {
		t.Errorf("Problemf(firm.name) at %s:%v, want %s:2:9", p.File, p.Pos, settingsPath)
	}
	if p := src.Problemf("incident.date", "x"); p.File != casePath || p.Pos.Line != 11 {
		t.Errorf("Problemf(incident.date) at %s:%v, want the case file's line 11", p.File, p.Pos)
	}
}

// A problem with an office value is reported at the settings file's line,
// after the case file's own problems, in one run.
func TestOfficeProblemsNameSettingsFile(t *testing.T) {
	dir := t.TempDir()
	settingsPath := filepath.Join(dir, "redress.yaml")
	o := readTestOffice(t, settingsPath, "firm:\n  phone: (312) 555-0100\n  logo: missing.png\n  address: {street: x, city: Chicago, state: IL, zip: \"6060\"}\n")
	want := []string{
		settingsPath + ":2:3: firm.name: required",
		settingsPath + ":3:9: firm.logo: there is no file " + filepath.Join(dir, "missing.png") + "; check the path (a relative path is read from the settings file's folder)",
		settingsPath + ":4:55: firm.address.zip: \"6060\" has 4 digits",
	}
	checkProblems := func(what string, err error) {
		t.Helper()
		got := errString(err)
		for _, w := range want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: missing %q in:\n%s", what, w, got)
			}
		}
	}
	checkProblems("Check", o.Check(Options{}))

	bad := strings.Replace(caseWithout, "  agency: ICE\n", "", 1)
	_, err := LoadBytes("case.yaml", []byte(bad), "yaml", Options{Defaults: &Defaults{Office: o}})
	checkProblems("Load", err)
	var probs Problems
	if !errors.As(err, &probs) || len(probs) != 4 || probs[0].File != "case.yaml" || probs[0].Path != "incident.agency" {
		t.Errorf("the case file's problem first, then the settings file's three:\n%v", err)
	}
}

func TestOfficeLanguage(t *testing.T) {
	src, err := LoadBytes("case.yaml", []byte(caseWithout+"firm: {name: F}\n"), "yaml", Options{Defaults: &Defaults{Language: "es"}})
	if err != nil {
		t.Fatal(err)
	}
	if a, b := src.Case.Claimants[0].Language, src.Case.Claimants[1].Language; a != "es" || b != "vi" {
		t.Errorf("languages %q, %q; want the office's es for the claimant without one, and vi kept", a, b)
	}
	src, _ = LoadBytes("case.yaml", []byte(caseWithout+"firm: {name: F}\n"), "yaml", Options{})
	if src.Case.Claimants[0].Language != "en" {
		t.Errorf("without the office's language: %q, want en", src.Case.Claimants[0].Language)
	}
}

// A roster's base takes the office's blocks like any case file; rows are
// laid over the result, and the office's language fills a row's claimant.
func TestOfficeUnderRosterBase(t *testing.T) {
	df := &Defaults{Office: readTestOffice(t, "redress.yaml", office), Language: "es"}
	base, err := LoadBaseBytes("base.yaml", []byte("schema: 1\nincident: {date: 2025-03-14, place: Chicago, state: IL, agency: ICE}\n"), "yaml", Options{Defaults: df})
	if err != nil {
		t.Fatal(err)
	}
	r, err := LoadRosterBytes("roster.csv", []byte("matter.id,claimants[0].name,"+addressCols+"\nM-1,Ana Pérez,"+address+"\n"), base, Options{})
	if err != nil {
		t.Fatal(err)
	}
	src, err := r.Case(0)
	if err != nil {
		t.Fatal(err)
	}
	if src.Case.Firm.Name != "Lakeshore Legal Aid" || src.Case.Court.District != "Northern District of Illinois" || src.Case.Claimants[0].Language != "es" {
		t.Errorf("row: firm %q, district %q, language %q", src.Case.Firm.Name, src.Case.Court.District, src.Case.Claimants[0].Language)
	}
}

func TestReadOfficeProblems(t *testing.T) {
	text := `firm:
  nmae: Lakeshore
  phone: 3125550100
court:
  case_number: "1:26-cv-1"
templtes: tpl
district: Northern District of Illinois
claimants: []
formats: [pdf, 5]
out: {a: b}
language: 7
`
	o, err := ReadOffice("redress.yaml", []byte(text), officeKeysForTest)
	want := []string{
		`redress.yaml:2:3: firm.nmae: unknown key "nmae"; did you mean name?`,
		`redress.yaml:3:10: firm.phone: write the phone number in quotes, "3125550100": a phone number is text, not a number`,
		`redress.yaml:5:3: court.case_number: a case number belongs to one case; write it in that case's file (court.case_number)`,
		`redress.yaml:6:1: templtes: unknown key "templtes"; did you mean templates?`,
		`redress.yaml:7:1: district: unknown key "district"; in the settings file, district belongs at court.district`,
		`redress.yaml:8:1: claimants: claimants belongs to one case: write it in the case file; the office settings file holds only firm, court, templates, out, formats, language`,
		`redress.yaml:9:16: formats[1]: expected text, got the number 5`,
		`redress.yaml:10:7: out: expected text, got a mapping`,
		`redress.yaml:11:11: language: expected text, got the number 7; if it is meant as text, put it in quotes`,
	}
	if got := errString(err); got != strings.Join(want, "\n") {
		t.Errorf("problems:\n%s\nwant:\n%s", got, strings.Join(want, "\n"))
	}
	if o == nil || len(o.Blocks()) != 0 {
		t.Errorf("with problems, the Office holds no blocks: %+v", o)
	}

	for _, tc := range []struct{ text, want string }{
		{"- a\n", "redress.yaml:1:1: expected a mapping of settings (firm:, court:, templates:, ...), got a list"},
		{"firm: Lakeshore\n", `redress.yaml:1:7: firm: expected a mapping with keys such as name, address, phone, email, got the text "Lakeshore"`},
		{"out: a\nout: b\n", `redress.yaml:2:1: out: key "out" is written twice in this mapping (first on line 1); keep one`},
		{"phone: x\n", `unknown key "phone"; in the settings file, phone belongs at firm.phone or firm.attorneys[n].phone`},
		{"zzz: x\n", `unknown key "zzz"; the keys of the office settings file are: firm, court, templates, out, formats, language`},
	} {
		_, err := ReadOffice("redress.yaml", []byte(tc.text), officeKeysForTest)
		if got := errString(err); !strings.Contains(got, tc.want) {
			t.Errorf("%q:\n got %s\nwant %s", tc.text, got, tc.want)
		}
	}
	if o, err := ReadOffice("redress.yaml", nil, officeKeysForTest); err != nil || len(o.Values()) != 0 {
		t.Errorf("an empty file: %v, %+v", err, o)
	}
	if o, err := ReadOffice("redress.yaml", []byte("firm:\ncourt: ~\n"), officeKeysForTest); err != nil || len(o.Blocks()) != 0 {
		t.Errorf("empty blocks are no blocks: %v, %+v", err, o)
	}
}

// The JSON Schema agrees with the loader: a case file may leave out the
// firm block (the office's is taken), but a firm block it gives is taken
// whole, so that block needs its name.
func TestSchemaLeavesFirmToOffice(t *testing.T) {
	var s struct {
		Required   []string `json:"required"`
		Properties map[string]struct {
			Required []string `json:"required"`
		} `json:"properties"`
	}
	if err := json.Unmarshal(JSONSchema(), &s); err != nil {
		t.Fatal(err)
	}
	if slices.Contains(s.Required, "firm") || !slices.Contains(s.Required, "claimants") {
		t.Errorf("top-level required: %v; want claimants and not firm", s.Required)
	}
	if !slices.Contains(s.Properties["firm"].Required, "name") {
		t.Errorf("firm's required: %v; want name", s.Properties["firm"].Required)
	}
	if _, err := LoadBytes("case.yaml", []byte(caseWithout), "yaml", Options{Defaults: &Defaults{Office: readTestOffice(t, "redress.yaml", office)}}); err != nil {
		t.Errorf("the loader, with the office's firm: %v", err)
	}
}
