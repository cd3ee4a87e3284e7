package casefile

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"redress/internal/civil"
	"redress/internal/money"
)

// The same case written in the three formats must decode to the same Case:
// documents drafted from a TOML or JSON file may not differ from YAML's.
func TestFormatsDecodeAlike(t *testing.T) {
	want, err := Load("testdata/full.yaml", Options{})
	if err != nil {
		t.Fatalf("full.yaml: %v", err)
	}
	for _, f := range []string{"testdata/full.toml", "testdata/full.json"} {
		got, err := Load(f, Options{})
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if !reflect.DeepEqual(got.Case, want.Case) {
			t.Errorf("%s decodes differently from full.yaml:\n got %+v\nwant %+v", f, *got.Case, *want.Case)
		}
	}
}

// Spot checks that the full case decodes to the values written, with the
// types' exact readings (money in cents, dates without zones).
func TestFullCaseValues(t *testing.T) {
	src, err := Load("testdata/full.yaml", Options{})
	if err != nil {
		t.Fatal(err)
	}
	c := src.Case
	cl := c.Claimants[0]
	checks := []struct {
		name      string
		got, want any
	}{
		{"schema", c.Schema, 1},
		{"matter.as_of", c.Matter.AsOf, civil.Date{Year: 2026, Month: 11, Day: 27}},
		{"incident.time", c.Incident.Time, civil.TimeOfDay{Hour: 6, Minute: 40, Set: true}},
		{"property", cl.Damages.Property, money.Money(185000)},
		{"personal_injury", cl.Damages.PersonalInjury, money.Money(15000000)},
		{"language", cl.Language, "es"},
		{"zip", cl.Address.Zip, "60622"},
		{"witness street", c.Incident.Witnesses[0].Address.Street, "1418 W. Elm St."},
		{"injury folded", cl.Injury, "Fractured left wrist (surgically repaired), contusions to the face and ribs, and ongoing anxiety and insomnia; treated at Stroger Hospital and Erie Family Health."},
		{"date_of_death", cl.Decedent.DateOfDeath, civil.Date{}},
		{"agency_office.address", len(c.FTCA.AgencyOffice.Address), 0},
		{"counts", len(c.Complaint.Counts), 4},
	}
	for _, ch := range checks {
		if !reflect.DeepEqual(ch.got, ch.want) {
			t.Errorf("%s = %#v, want %#v", ch.name, ch.got, ch.want)
		}
	}
}

func TestDefaultLanguage(t *testing.T) {
	src, err := Load("testdata/minimal.yaml", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := src.Case.Claimants[0].Language; got != "en" {
		t.Errorf("language = %q, want the default en", got)
	}
	if !src.Case.Matter.AsOf.IsZero() {
		t.Errorf("as_of = %v, want zero (the CLI fills it)", src.Case.Matter.AsOf)
	}
}

func TestPositions(t *testing.T) {
	src, err := Load("testdata/full.yaml", Options{})
	if err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]Pos{
		"schema":                              {1, 1},
		"matter.as_of":                        {5, 3},
		"claimants[0]":                        {19, 5},
		"claimants[0].address.zip":            {20, 76},
		"incident.facts[1]":                   {66, 7},
		"incident.witnesses[0].name":          {71, 7},
		"incident.facts[9]":                   {64, 3}, // not there: its parent
		"claimants[0].decedent.date_of_death": {35, 7},
	} {
		if got := src.Pos(path); got != want {
			t.Errorf("Pos(%q) = %v, want %v", path, got, want)
		}
	}
	p := src.Problemf("claimants[0].damages.property", "needs a sum certain")
	if p.Error() != "testdata/full.yaml:40:7: claimants[0].damages.property: needs a sum certain" {
		t.Errorf("Problemf: %q", p.Error())
	}
}

func TestLoadFileErrors(t *testing.T) {
	_, err := Load(filepath.Join(t.TempDir(), "missing.yaml"), Options{})
	if !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: err = %v, want one wrapping os.ErrNotExist", err)
	}
	var ps Problems
	if errors.As(err, &ps) {
		t.Errorf("missing file reported as data problems: %v", err)
	}
	_, err = Load("testdata/full.txt", Options{})
	if !errors.Is(err, ErrFormat) {
		t.Errorf("unknown extension: err = %v, want ErrFormat", err)
	}
	_, err = LoadBytes("x", []byte("schema: 1"), "ini", Options{})
	if !errors.Is(err, ErrFormat) {
		t.Errorf("unknown format name: err = %v, want ErrFormat", err)
	}
	if f, err := FormatOf("Case.YML"); f != "yaml" || err != nil {
		t.Errorf("FormatOf(Case.YML) = %q, %v", f, err)
	}
}

// A name that is not a readable case file is one *ReadError saying what to
// give instead; the CLI exits 66 on it.
func TestLoadReadErrors(t *testing.T) {
	for _, tc := range []struct{ path, want string }{
		{"-", "-: reading a case file from standard input is not supported; give the file's path"},
		{"testdata", "testdata: is a folder; give a case file such as " + filepath.Join("testdata", "full.json")},
		{"testdata/full.txt", "testdata/full.txt: a case file ends in .yaml, .yml, .toml or .json"},
		{"testdata/ful.yaml", "testdata/ful.yaml: no such file; did you mean " + filepath.Join("testdata", "full.yaml") + "?"},
		{"", `"": an empty name; give the case file's path`},
	} {
		_, err := Load(tc.path, Options{})
		var re *ReadError
		if !errors.As(err, &re) || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("Load(%q) = %v; want a *ReadError starting %q", tc.path, err, tc.want)
		}
		if _, err := LoadBase(tc.path, Options{}); !errors.As(err, &re) {
			t.Errorf("LoadBase(%q) = %v; want a *ReadError", tc.path, err)
		}
	}
}

// A byte-order mark (Windows editors) is not content; bytes that are not
// UTF-8 are one clear problem.
func TestEncoding(t *testing.T) {
	data, err := os.ReadFile("testdata/minimal.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := LoadBytes("bom.yaml", append([]byte("\uFEFF"), data...), "yaml", Options{}); err != nil {
		t.Errorf("with a BOM: %v", err)
	}
	for _, f := range []string{"testdata/full.yaml", "testdata/full.toml", "testdata/full.json"} {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		crlf := bytes.ReplaceAll(data, []byte("\n"), []byte("\r\n"))
		src, err := LoadBytes(f, crlf, f[strings.LastIndexByte(f, '.')+1:], Options{})
		if err != nil {
			t.Errorf("%s with CRLF line ends: %v", f, err)
		} else if strings.Contains(src.Case.Claimants[0].Injury, "\r") {
			t.Errorf("%s with CRLF line ends: a CR was kept in %q", f, src.Case.Claimants[0].Injury)
		}
	}
	latin1 := []byte("schema: 1\nfirm:\n  name: Cl\xednica\n")
	_, err = LoadBytes("latin1.yaml", latin1, "yaml", Options{})
	ps := problemsOf(t, err)
	if len(ps) != 1 || ps[0].Pos.Line != 3 {
		t.Errorf("latin-1 file: got %v, want one problem on line 3", err)
	}
}

// problemsOf returns err as Problems, failing the test if it is not.
func problemsOf(t *testing.T, err error) Problems {
	t.Helper()
	var ps Problems
	if !errors.As(err, &ps) {
		t.Fatalf("err = %v (%T), want Problems", err, err)
	}
	return ps
}

// A YAML block scalar's final line break is layout, not content; the
// breaks inside a literal block are kept, and a Windows file reads the
// same as a Unix one.
func TestBlockScalars(t *testing.T) {
	y := ins(13, "  summary: |", "    line one", "    line two", "", "  facts:", "    - >", "      folded", "      text")
	for _, text := range []string{y, strings.ReplaceAll(y, "\n", "\r\n")} {
		src, err := LoadBytes("case.yaml", []byte(text), "yaml", Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := src.Case.Incident.Summary; got != "line one\nline two" {
			t.Errorf("summary = %q", got)
		}
		if got := src.Case.Incident.Facts; len(got) != 1 || got[0] != "folded text" {
			t.Errorf("facts = %q", got)
		}
	}
}
