package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/goccy/go-yaml"
	"github.com/pelletier/go-toml/v2"

	"redress/internal/verify"
)

// minimal is a small valid case. Tests change one line of it at a time.
const minimal = `schema: 1
matter:
  id: TEST-1
  as_of: 2026-11-27
firm:
  name: Smith & <Sons>
  address: {street: "1 Main St.", city: Chicago, state: IL, zip: "60601"}
  attorneys:
    - name: Ana Ramírez
      bar: IL 6312345
claimants:
  - name: Nguyễn Văn Ân
    address: {street: "2 Elm St.", city: Chicago, state: IL, zip: "60622"}
    damages: {property: 100, personal_injury: 2500.50}
incident:
  date: 2025-03-14
  place: Chicago, Illinois
  state: IL
  agency: ICE
  summary: "Officers said {{ .Secret }} and *not italic* and <b>bold</b>."
  evidence:
    - Photo of Zoë O'Brien's porch
`

func writeCase(t *testing.T, name, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestDataPrintsLiterally(t *testing.T) {
	path := writeCase(t, "case.yaml", minimal)
	dir := t.TempDir()
	mustRun(t, "letter", path, "--out", dir)
	want := []string{"Nguyễn Văn Ân", "Smith & <Sons>", "{{ .Secret }}", "*not italic*", "<b>bold</b>", "Zoë O'Brien"}
	pdfText := verify.PDF(t, filepath.Join(dir, "letter-nguyen-van-an.pdf"))
	verify.ContainsAll(t, "PDF", pdfText, want...)
	conv := verify.DOCXToPDF(t, filepath.Join(dir, "letter-nguyen-van-an.docx"))
	verify.ContainsAll(t, "LibreOffice's PDF of the DOCX", verify.Text(t, conv), want...)
}

// TestFormatsGiveSameDocuments converts a sample to JSON and TOML and
// checks that all three give byte-identical letters.
func TestFormatsGiveSameDocuments(t *testing.T) {
	src, err := os.ReadFile(samples(t)[1])
	if err != nil {
		t.Fatal(err)
	}
	var tree map[string]any
	if err := yaml.Unmarshal(src, &tree); err != nil {
		t.Fatal(err)
	}
	tree = stringDates(tree).(map[string]any)
	js, err := json.MarshalIndent(tree, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	tm, err := toml.Marshal(dropNulls(tree))
	if err != nil {
		t.Fatal(err)
	}
	dirs := map[string]string{}
	for name, data := range map[string][]byte{"case.yaml": src, "case.json": js, "case.toml": tm} {
		p := writeCase(t, name, string(data))
		dirs[name] = t.TempDir()
		mustRun(t, "letter", p, "--out", dirs[name])
	}
	compareDirs(t, dirs["case.yaml"], dirs["case.json"])
	compareDirs(t, dirs["case.yaml"], dirs["case.toml"])
}

// stringDates turns decoded dates back into ISO strings so that JSON can
// carry them.
func stringDates(v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			x[k] = stringDates(e)
		}
		return x
	case []any:
		for i, e := range x {
			x[i] = stringDates(e)
		}
		return x
	case interface{ Format(string) string }:
		return x.Format("2006-01-02")
	}
	return v
}

// dropNulls removes null values, which TOML cannot express (a missing key
// means the same).
func dropNulls(v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			if e == nil {
				delete(x, k)
				continue
			}
			x[k] = dropNulls(e)
		}
		return x
	case []any:
		for i, e := range x {
			x[i] = dropNulls(e)
		}
	}
	return v
}

func TestBadInputIsReportedAndWritesNothing(t *testing.T) {
	cases := []struct {
		name, from, to string
		key            string
		line           int
	}{
		{"unknown key", "  place: Chicago", "  plase: Chicago", "incident.plase", 17},
		{"wrong type", "  state: IL\n  agency", "  state: [IL]\n  agency", "incident.state", 18},
		{"impossible date", "date: 2025-03-14", "date: 2025-02-30", "incident.date", 16},
		{"negative money", "property: 100", "property: -100", "claimants[0].damages.property", 14},
		{"missing claimant name", "  - name: Nguyễn Văn Ân\n", "  - email: a@example.org\n", "claimants[0].name", 12},
		{"control character", "place: Chicago, Illinois", `place: "Chicago,\u0007 Illinois"`, "incident.place", 17},
		{"unsafe matter id", "id: TEST-1", "id: ../../x", "matter.id", 3},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			body := strings.Replace(minimal, tc.from, tc.to, 1)
			if body == minimal {
				t.Fatalf("test case does not change the input")
			}
			path := writeCase(t, "case.yaml", body)
			dir := filepath.Join(t.TempDir(), "out")
			_, errs, code := runCLI(t, "letter", path, "--out", dir)
			if code != exitData {
				t.Fatalf("exit %d, want %d\n%s", code, exitData, errs)
			}
			want := tc.key
			if !strings.Contains(errs, want) {
				t.Errorf("message does not name %s:\n%s", want, errs)
			}
			if !strings.Contains(errs, "case.yaml:"+itoa(tc.line)+":") {
				t.Errorf("message does not give line %d:\n%s", tc.line, errs)
			}
			if _, err := os.Stat(dir); !os.IsNotExist(err) {
				t.Errorf("bad input wrote %s", dir)
			}
		})
	}
}

func TestExitCodes(t *testing.T) {
	path := writeCase(t, "case.yaml", minimal)
	dir := t.TempDir()
	for _, tc := range []struct {
		args []string
		code int
	}{
		{[]string{"letter", filepath.Join(t.TempDir(), "nope.yaml")}, exitNoInput},
		{[]string{"letter", path, "--bogus"}, exitUsage},
		{[]string{"letter"}, exitUsage},
		{[]string{"frobnicate"}, exitUsage},
		{[]string{"letter", path, "--out", dir, "--format", "pdf"}, exitOK},
		{[]string{"letter", path, "--out", dir, "--format", "pdf"}, exitCantCreate},
		{[]string{"letter", path, "--out", dir, "--format", "pdf", "--force"}, exitOK},
		{[]string{"letter", path, "--out", dir, "--format", "rtf"}, exitUsage},
		{[]string{"letter", path, "--out", dir, "--as-of", "2026-02-30"}, exitUsage},
		{[]string{"validate", path, "--for", "letter,sf95"}, exitOK},
		{[]string{"validate", path}, exitData}, // no court.district and no count: no complaint
		{[]string{"version"}, exitOK},
	} {
		_, errs, code := runCLI(t, tc.args...)
		if code != tc.code {
			t.Errorf("redress %s: exit %d, want %d\n%s", strings.Join(tc.args, " "), code, tc.code, errs)
		}
	}
}

func TestHelpHasExampleAndExitStatus(t *testing.T) {
	for _, cmd := range []string{"init", "validate", "letter", "sf95", "complaint", "batch", "roster", "deadlines", "version"} {
		out, _, code := runCLI(t, cmd, "--help")
		if code != 0 || !strings.Contains(out, "EXAMPLE") || !strings.Contains(out, "EXIT STATUS") {
			t.Errorf("redress %s --help (exit %d) lacks EXAMPLE or EXIT STATUS:\n%s", cmd, code, out)
		}
	}
}

func TestReorderArgs(t *testing.T) {
	app := newApp()
	got := strings.Join(reorderArgs(app, []string{"redress", "letter", "c.yaml", "--out", "x", "--force", "-f", "pdf"}), " ")
	want := "redress letter --out x --force -f pdf -- c.yaml"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
