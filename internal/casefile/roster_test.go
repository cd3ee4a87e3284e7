package casefile

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"

	"redress/internal/civil"
	"redress/internal/money"
)

const rosterBase = "testdata/roster/base.yaml"

// tenRows is a roster of ten matters over testdata/roster/base.yaml.
// Rows 3, 6 and 9 (lines 4, 7 and 10) are bad: an impossible date, a
// negative amount and a control character. It is written with a
// byte-order mark and Windows line ends, as Excel saves a CSV, and row 5
// has a decomposed ë (as typed on a Mac).
var tenRows = "\uFEFF" + strings.Join([]string{
	"matter.id,claimants[0].name,claimants[0].address.street,claimants[0].language,incident.date,claimants[0].damages.property,complaint.jury_demand,incident.time,claimants[0].address.city,claimants[0].address.state,claimants[0].address.zip",
	"M-001,Ana Pérez,1 Main St.,es,,1850.50,true,6:40 AM,Chicago,IL,60601",
	`M-002,"Nguyễn, Văn An",22 Oak Ave.,,2025-04-01,"$1,850.50",FALSE,,Chicago,IL,60601`,
	"M-003,Zoë Ruiz,1 Main St.,,2025-02-30,,,,Chicago,IL,60601",
	"M-004,O'Brien,1 Main St.,en,,,,18:05,Chicago,IL,60601",
	"M-005,Zoe\u0308 Li,1 Main St.,,,,,,Chicago,IL,60601",
	"M-006,Sam Lee,1 Main St.,,,-5,,,Chicago,IL,60601",
	`M-007,"Ana ""Anita"" Ruiz",1 Main St.,,,,,,Chicago,IL,60601`,
	"M-008,José,1 Main St.,,,,,,Chicago,IL,60601",
	"M-009,Bad\aName,1 Main St.,,,,,,Chicago,IL,60601",
	"M-010,Last Person,1 Main St.,,,,,,Chicago,IL,60601",
}, "\r\n") + "\r\n"

// addressCols and address are the columns and cells of a claimant's
// whole address, which every roster row must give: a row's claimants
// never take anything from the base.
const (
	addressCols = "claimants[0].address.street,claimants[0].address.city,claimants[0].address.state,claimants[0].address.zip"
	address     = "1 Main St.,Chicago,IL,60601"
)

func loadTestBase(t testing.TB, opts Options) *Base {
	t.Helper()
	b, err := LoadBase(rosterBase, opts)
	if err != nil {
		t.Fatalf("LoadBase: %v", err)
	}
	return b
}

// writeRoster writes a roster into a temporary folder and returns its path.
func writeRoster(t testing.TB, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "roster.csv")
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestRosterTenRows(t *testing.T) {
	path := writeRoster(t, tenRows)
	r, err := LoadRoster(path, loadTestBase(t, Options{}), Options{})
	if err != nil {
		t.Fatalf("LoadRoster: %v", err)
	}
	if len(r.Rows) != 10 || r.Header[0] != "matter.id" {
		t.Fatalf("read %d rows, header %q", len(r.Rows), r.Header)
	}
	for i, row := range r.Rows {
		if row.Line != i+2 {
			t.Errorf("row %d: Line = %d, want %d", i, row.Line, i+2)
		}
	}

	bad := map[int]struct {
		col  int
		path string
		msg  string
	}{
		2: {5, "incident.date", `"2025-02-30" is not a date`},
		5: {6, "claimants[0].damages.property", "must not be negative"},
		8: {2, "claimants[0].name", "the control character U+0007"},
	}
	for i := range r.Rows {
		src, err := r.Case(i)
		if want, ok := bad[i]; ok {
			ps := problemsOf(t, err)
			if len(ps) != 1 {
				t.Errorf("row %d: got %d problems, want 1:\n%v", i, len(ps), err)
				continue
			}
			p := ps[0]
			if p.File != path || p.Pos != (Pos{Line: i + 2, Col: want.col}) || p.Path != want.path || !strings.Contains(p.Msg, want.msg) {
				t.Errorf("row %d: got %#v\nwant %s:%d:%d: %s: ...%s...", i, p, path, i+2, want.col, want.path, want.msg)
			}
			if !strings.HasPrefix(p.Error(), fmt.Sprintf("%s:%d:%d: %s: ", path, i+2, want.col, want.path)) {
				t.Errorf("row %d: Error() = %q", i, p.Error())
			}
			continue
		}
		if err != nil {
			t.Errorf("row %d: %v", i, err)
			continue
		}
		if src.Path != path {
			t.Errorf("row %d: Source.Path = %q", i, src.Path)
		}
		c := src.Case
		if want := fmt.Sprintf("M-%03d", i+1); c.Matter.ID != want {
			t.Errorf("row %d: matter.id = %q, want %q", i, c.Matter.ID, want)
		}
		// Kept from the base whatever the row.
		if c.Firm.Name != "Lakeshore Immigrant Rights Clinic" || len(c.Incident.Facts) != 2 {
			t.Errorf("row %d: base values lost: %+v", i, c)
		}
		if c.Matter.AsOf != (civil.Date{Year: 2026, Month: 11, Day: 27}) {
			t.Errorf("row %d: as_of = %v", i, c.Matter.AsOf)
		}
		if len(c.Claimants) != 1 {
			t.Errorf("row %d: %d claimants", i, len(c.Claimants))
		}
	}

	get := func(i int) *Case {
		t.Helper()
		src, err := r.Case(i)
		if err != nil {
			t.Fatalf("row %d: %v", i, err)
		}
		return src.Case
	}
	c0, c1, c3, c4, c6 := get(0), get(1), get(3), get(4), get(6)
	for _, ch := range []struct {
		name      string
		got, want any
	}{
		// Cells applied, converted by the key's type.
		{"row 0 name", c0.Claimants[0].Name, "Ana Pérez"},
		{"row 0 language", c0.Claimants[0].Language, "es"},
		{"row 0 property", c0.Claimants[0].Damages.Property, money.Money(185050)},
		{"row 0 jury_demand", c0.Complaint.JuryDemand, true},
		{"row 0 time", c0.Incident.Time, civil.TimeOfDay{Hour: 6, Minute: 40, Set: true}},
		{"row 1 name", c1.Claimants[0].Name, "Nguyễn, Văn An"},
		{"row 1 street", c1.Claimants[0].Address.Street, "22 Oak Ave."},
		{"row 1 date", c1.Incident.Date, civil.Date{Year: 2025, Month: 4, Day: 1}},
		{"row 1 property", c1.Claimants[0].Damages.Property, money.Money(185050)},
		{"row 1 jury_demand", c1.Complaint.JuryDemand, false},
		{"row 3 time", c3.Incident.Time, civil.TimeOfDay{Hour: 18, Minute: 5, Set: true}},
		{"row 4 name (NFC)", c4.Claimants[0].Name, "Zoë Li"},
		{"row 6 name", c6.Claimants[0].Name, `Ana "Anita" Ruiz`},
		// A blank cell of the shared parts keeps the base, also after an
		// earlier row set it; a blank claimant cell is blank.
		{"row 3 date", c3.Incident.Date, civil.Date{Year: 2025, Month: 3, Day: 14}},
		{"row 3 property", c3.Claimants[0].Damages.Property, money.Money(0)},
		{"row 4 language (default)", c4.Claimants[0].Language, "en"},
		{"row 4 time (none)", c4.Incident.Time, civil.TimeOfDay{}},
	} {
		if !reflect.DeepEqual(ch.got, ch.want) {
			t.Errorf("%s = %#v, want %#v", ch.name, ch.got, ch.want)
		}
	}
}

// A header column that names no value of the schema stops the roster
// before any row is decoded, with the nearest known key path.
func TestRosterHeaderErrors(t *testing.T) {
	base := loadTestBase(t, Options{})
	tests := []struct {
		header string
		col    int
		path   string
		msg    string
	}{
		{"matter.id,claimants[0].nmae", 2, "claimants[0].nmae", `unknown key "nmae"; did you mean claimants[0].name?`},
		{"matter.id,claimants[1].adress.street", 2, "claimants[1].adress.street", "did you mean claimants[1].address.street?"},
		{"Matter.ID", 1, "Matter.ID", "did you mean matter.id?"},
		{"as_of", 1, "as_of", "as_of belongs at matter.as_of"},
		{"matter.id,matter.id", 2, "matter.id", "names the same key as column 1"},
		{"claimants.name", 1, "claimants.name", "claimants is a list; a column fills one item, numbered from 0, such as claimants[0].name"},
		{"claimants[0].address", 1, "claimants[0].address", "is a group of keys"},
		{"claimants[1000].name", 1, "claimants[1000].name", "too large"},
		{"claimants[01].name", 1, "claimants[01].name", "without leading zeros, as [1]"},
		{"claimants[-1].name", 1, "claimants[-1].name", "is not a key path"},
		{"matter[0].id", 1, "matter[0].id", "matter is not a list"},
		{"matter.id.x", 1, "matter.id.x", "single value"},
		{"incident.facts", 1, "incident.facts", "such as incident.facts[0]"},
		{"matter.id,,incident.date", 2, "", "column 2 has no key path"},
		{"matter.id;claimants[0].name", 1, "", "separated by commas"},
	}
	for _, tt := range tests {
		t.Run(tt.header, func(t *testing.T) {
			rows := strings.Repeat(",", strings.Count(tt.header, ",")) + "\n"
			r, err := LoadRosterBytes("r.csv", []byte(tt.header+"\n"+"x"+rows), base, Options{})
			if r != nil {
				t.Errorf("a roster was returned despite the header")
			}
			ps := problemsOf(t, err)
			if len(ps) != 1 {
				t.Fatalf("got %d problems, want 1:\n%v", len(ps), err)
			}
			p := ps[0]
			if p.File != "r.csv" || p.Pos != (Pos{Line: 1, Col: tt.col}) || p.Path != tt.path || !strings.Contains(p.Msg, tt.msg) {
				t.Errorf("got  %#v\nwant r.csv:1:%d: %s: ...%s...", p, tt.col, tt.path, tt.msg)
			}
		})
	}

	// Every valid kind of column is accepted: each scalar type, list items
	// of mappings and of strings, the largest index.
	ok := "schema,matter.id,matter.as_of,incident.time,claimants[0].damages.property,claimants[0].minor," +
		"incident.facts[2],incident.evidence[1],firm.attorneys[0].name,incident.witnesses[3].address.zip," +
		"ftca.agency_office.address[0],complaint.counts[999], claimants[0].name "
	r, err := LoadRosterBytes("r.csv", []byte(ok+"\n"), base, Options{})
	if err != nil {
		t.Fatalf("valid header: %v", err)
	}
	if got := r.Header[len(r.Header)-1]; got != "claimants[0].name" {
		t.Errorf("header cell not trimmed: %q", got)
	}
	if len(r.Rows) != 0 {
		t.Errorf("a header alone has %d rows", len(r.Rows))
	}

	if _, err := LoadRosterBytes("r.csv", nil, base, Options{}); !strings.Contains(errString(err), "the roster is empty") {
		t.Errorf("empty roster: %v", err)
	}
	if _, err := LoadRosterBytes("r.csv", []byte("matter.id\nCl\xednica\n"), base, Options{}); !strings.Contains(errString(err), "r.csv:2: the roster is not UTF-8") {
		t.Errorf("latin-1 roster: %v", err)
	}
	if _, err := LoadRoster(filepath.Join(t.TempDir(), "missing.csv"), base, Options{}); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing roster: %v", err)
	}
}

func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// A row with the wrong number of cells, or a CSV syntax error, is that
// row's problem; the other rows decode.
func TestRosterRowErrors(t *testing.T) {
	text := "matter.id,claimants[0].name,incident.date," + addressCols + "\n" +
		"M-1,Ana\n" + // line 2: too few
		"M-2,Ben,,extra," + address + "\n" + // line 3: too many
		"\n" + // skipped by CSV
		",, ,,,,\n" + // line 5: all blank, not a matter
		"M-3,Cy,," + address + "\n" + // line 6: good
		"M-4,Di \"x\",," + address + "\n" + // line 7: bare quote
		"M-5,Ed,2025-01-02," + address + "\n" // line 8: good
	r, err := LoadRosterBytes("r.csv", []byte(text), loadTestBase(t, Options{}), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var lines []int
	for _, row := range r.Rows {
		lines = append(lines, row.Line)
	}
	if !reflect.DeepEqual(lines, []int{2, 3, 6, 7, 8}) {
		t.Fatalf("row lines %v, want [2 3 6 7 8]", lines)
	}
	for i, want := range []string{
		"r.csv:2: the row has 2 cells but the header names 7 columns",
		"r.csv:3: the row has 8 cells but the header names 7 columns",
		"",
		`r.csv:7: a cell has a quote (") but does not start with one`,
		"",
	} {
		src, err := r.Case(i)
		if want == "" {
			if err != nil || src.Case.Claimants[0].Name == "" {
				t.Errorf("row %d: %v", i, err)
			}
			continue
		}
		ps := problemsOf(t, err)
		if len(ps) != 1 || !strings.HasPrefix(ps[0].Error(), want) {
			t.Errorf("row %d: got %v\nwant %s...", i, err, want)
		}
	}
	if _, err := r.Case(5); err == nil {
		t.Error("Case(5) of 5 rows: no error")
	}
}

// Problems about keys the row did not give keep the base's place; a
// missing key the roster has a blank column for is reported at that cell;
// what the row created (a second claimant) is reported at the row.
func TestRosterProblemPlaces(t *testing.T) {
	base, err := LoadBaseBytes("base.yaml", []byte(`schema: 1
matter: {id: M-1}
firm: {name: Clinic}
incident:
  date: 2025-03-14
  place: Chicago
  state: IL
  component: [a, list]
`), "yaml", Options{})
	if err != nil {
		t.Fatal(err)
	}
	text := "matter.id,claimants[0].name,claimants[0].language,claimants[1].name,claimants[0].address.city,incident.agency," + "claimants[0].address.street,claimants[0].address.state,claimants[0].address.zip\n" +
		"M-1,Ana,,Ben,Chicago,ICE,1 Main St.,IL,60601\n" + // line 2
		"M-2,Ana,es,,,,1 Main St.,IL,60601\n" // line 3
	r, err := LoadRosterBytes("r.csv", []byte(text), base, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		{
			"r.csv:2: claimants[1].address: required",
			"base.yaml:8:14: incident.component: expected text",
		},
		{
			"r.csv:3:5: claimants[0].address.city: required",
			"r.csv:3:6: incident.agency: required",
			"base.yaml:8:14: incident.component: expected text",
		},
	}
	for i, w := range want {
		_, err := r.Case(i)
		ps := problemsOf(t, err)
		if len(ps) != len(w) {
			t.Errorf("row %d: got\n%v\nwant %d problems", i, err, len(w))
			continue
		}
		for j := range w {
			if !strings.HasPrefix(ps[j].Error(), w[j]) {
				t.Errorf("row %d: got  %s\nwant %s...", i, ps[j].Error(), w[j])
			}
		}
	}
}

// A roster run never takes anything about a claimant from the base: not
// a name, contact details, birth date, A-number, language, damages,
// injury, representative, decedent or minor flag. The base's claimants are
// kept apart (Base.Claimants) for the run to account for them.
func TestRosterNeverUsesBaseClaimants(t *testing.T) {
	base, err := LoadBaseBytes("base.yaml", []byte(`schema: 1
matter: {id: BASE-1, as_of: 2026-11-27}
firm: {name: Clinic}
claimants:
  - name: Nguyễn Văn Ân
    address: {street: 77 Base St., city: San Jose, state: CA, zip: "95112"}
    phone: (408) 555-0100
    email: base.client@example.org
    date_of_birth: 1980-01-02
    a_number: A204-118-907
    language: es
    minor: true
    representative: {name: Trần Thị Hoa, capacity: mother}
    decedent: {name: Lê Văn Bình}
    injury: Broken arm.
    damages: {property: 100, personal_injury: 5000}
  - name: Nguyễn Ngọc Mai
    address: {street: 77 Base St., city: San Jose, state: CA, zip: "95112"}
incident: {date: 2025-03-14, place: Chicago, state: IL, agency: ICE}
`), "yaml", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(base.Claimants) != 2 || base.Claimants[0].Email != "base.client@example.org" || base.Claimants[1].Name != "Nguyễn Ngọc Mai" {
		t.Fatalf("Base.Claimants = %+v", base.Claimants)
	}
	text := "matter.id,claimants[0].name,claimants[0].email,claimants[0].phone," + addressCols + "\n" +
		"R-1,Ana Díaz,,," + address + "\n"
	r, err := LoadRosterBytes("r.csv", []byte(text), base, Options{})
	if err != nil {
		t.Fatal(err)
	}
	src, err := r.Case(0)
	if err != nil {
		t.Fatal(err)
	}
	want := Claimant{Name: "Ana Díaz", Address: Address{Street: "1 Main St.", City: "Chicago", State: "IL", Zip: "60601"}, Language: "en"}
	if got := src.Case.Claimants; len(got) != 1 || !reflect.DeepEqual(got[0], want) {
		t.Errorf("claimants = %+v\nwant only the row's: %+v", got, want)
	}
	if src.Case.Matter.ID != "R-1" || src.Case.Firm.Name != "Clinic" || src.Case.Incident.Agency != "ICE" {
		t.Errorf("shared parts: %+v", src.Case)
	}
}

// Every row names its own matter: a blank matter.id or one an earlier
// row named is that row's problem, at the cell.
func TestRosterOwnMatter(t *testing.T) {
	text := "matter.id,claimants[0].name," + addressCols + "\n" +
		"M-1,Ana," + address + "\n" +
		",Ben," + address + "\n" +
		"M-1,Cy," + address + "\n"
	r, err := LoadRosterBytes("r.csv", []byte(text), loadTestBase(t, Options{}), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := r.Case(0); err != nil {
		t.Errorf("row 0: %v", err)
	}
	for i, want := range []string{
		"r.csv:3:1: matter.id: required: every row names its own matter",
		`r.csv:4:1: matter.id: "M-1" is also the matter of line 2`,
	} {
		_, err := r.Case(i + 1)
		ps := problemsOf(t, err)
		if len(ps) != 1 || !strings.HasPrefix(ps[0].Error(), want) {
			t.Errorf("row %d: got %v\nwant %s...", i+1, err, want)
		}
	}
	for _, tt := range []struct{ header, want string }{
		{"claimants[0].name", "r.csv:1: matter.id: the roster has no matter.id column"},
		{"matter.id,incident.date", "r.csv:1: claimants[0].name: the roster has no claimants[0].name column"},
	} {
		_, err := LoadRosterBytes("r.csv", []byte(tt.header+"\n"), loadTestBase(t, Options{}), Options{})
		ps := problemsOf(t, err)
		if len(ps) != 1 || !strings.HasPrefix(ps[0].Error(), tt.want) {
			t.Errorf("%s: got %v\nwant %s...", tt.header, err, tt.want)
		}
	}
}

// A row can add list items; it cannot skip one.
func TestRosterLists(t *testing.T) {
	text := "claimants[0].name,claimants[1].name,claimants[1].address.street,claimants[1].address.city,claimants[1].address.state,claimants[1].address.zip,claimants[2].name,incident.facts[1],incident.facts[3],matter.id," + addressCols + "\n" +
		"Ana,Ben,2 Oak St.,Chicago,IL,60602,,,,M-1," + address + "\n" + // line 2: two claimants
		"Ana,,,,,,Cy,New second fact.,,M-2," + address + "\n" + // line 3: claimants[1] skipped
		"Ana,,,,,,,,Fourth,M-3," + address + "\n" // line 4: facts[2] skipped
	r, err := LoadRosterBytes("r.csv", []byte(text), loadTestBase(t, Options{}), Options{})
	if err != nil {
		t.Fatal(err)
	}
	src, err := r.Case(0)
	if err != nil {
		t.Fatal(err)
	}
	if cl := src.Case.Claimants; len(cl) != 2 || cl[1].Name != "Ben" || cl[1].Address.Zip != "60602" || cl[0].Address.Street != "1 Main St." {
		t.Errorf("claimants = %+v", cl)
	}
	if p := src.Problemf("claimants[1].name", "x"); p.Error() != "r.csv:2:2: claimants[1].name: x" {
		t.Errorf("Problemf for a cell: %s", p.Error())
	}
	if p := src.Problemf("incident.agency", "x"); p.Error() != rosterBase+":21:3: incident.agency: x" {
		t.Errorf("Problemf for a base key: %s", p.Error())
	}

	_, err = r.Case(1)
	ps := problemsOf(t, err)
	// claimants[2] is also missing its address; claimants[1] is not
	// reported as missing its name and address too.
	if len(ps) != 2 || ps[0].Error() != "r.csv:3: claimants[1]: this row fills claimants[2] but not claimants[1]; a list cannot skip an item: fill claimants[1], or move the values of claimants[2] to it" {
		t.Errorf("skipped claimant: %v", err)
	}
	_, err = r.Case(2)
	ps = problemsOf(t, err)
	if len(ps) != 1 || ps[0].Path != "incident.facts[2]" || ps[0].Pos != (Pos{Line: 4}) {
		t.Errorf("skipped fact: %v", err)
	}

	// Row 1's second fact replaces the base's; the others decode it not.
	text = "incident.facts[1],incident.facts[2],claimants[0].name,matter.id," + addressCols + "\nNew.,Third.,Ana,M-1," + address + "\n,,Ana,M-2," + address + "\n"
	r, err = LoadRosterBytes("r.csv", []byte(text), loadTestBase(t, Options{}), Options{})
	if err != nil {
		t.Fatal(err)
	}
	a, errA := r.Case(0)
	b, errB := r.Case(1)
	if errA != nil || errB != nil {
		t.Fatal(errA, errB)
	}
	if f := a.Case.Incident.Facts; len(f) != 3 || f[0] != "Officers stopped the claimant without a warrant." || f[1] != "New." || f[2] != "Third." {
		t.Errorf("facts = %q", f)
	}
	if f := b.Case.Incident.Facts; len(f) != 2 || f[1] != "The claimant was held for six hours." {
		t.Errorf("facts of the next row = %q", f)
	}
}

// Cells are converted by the key's type; a cell that does not convert is
// that cell's problem, worded as in a file.
func TestRosterCellTypes(t *testing.T) {
	text := "matter.id,claimants[0].name,complaint.jury_demand,schema,claimants[0].damages.property,incident.time," + addressCols + "\n" +
		"M-1,Ana,yes,1,,," + address + "\n" +
		"M-2,Ana,,one,,," + address + "\n" +
		"M-3,Ana,,,1850.005,," + address + "\n" +
		"M-4,Ana,,,,25:61," + address + "\n" +
		"M-5/x,Ana,,,,," + address + "\n" +
		"M-6,Ana 😀,,,,," + address + "\n"
	r, err := LoadRosterBytes("r.csv", []byte(text), loadTestBase(t, Options{}), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range []string{
		`r.csv:2:3: complaint.jury_demand: expected true or false, got the text "yes"`,
		`r.csv:3:4: schema: expected a whole number, got the text "one"`,
		`r.csv:4:5: claimants[0].damages.property: "1850.005" has more than two decimals`,
		`r.csv:5:6: incident.time: "25:61" is not a time`,
		`r.csv:6:1: matter.id: "M-5/x" cannot name the output folder`,
		`r.csv:7:2: claimants[0].name: contains 😀 (U+1F600), which the document font cannot print`,
	} {
		_, err := r.Case(i)
		ps := problemsOf(t, err)
		if len(ps) != 1 || !strings.HasPrefix(ps[0].Error(), want) {
			t.Errorf("row %d: got %v\nwant %s...", i, err, want)
		}
	}
}

// Environment overrides apply to the base; a cell overrides both.
func TestRosterEnv(t *testing.T) {
	base := loadTestBase(t, Options{Env: fakeEnv(map[string]string{"REDRESS_MATTER_AS_OF": "2026-12-01"})})
	r, err := LoadRosterBytes("r.csv", []byte("matter.id,claimants[0].name,matter.as_of,"+addressCols+"\nM-1,Ana,,"+address+"\nM-2,Ben,2027-01-05,"+address+"\n"), base, Options{})
	if err != nil {
		t.Fatal(err)
	}
	a, errA := r.Case(0)
	b, errB := r.Case(1)
	if errA != nil || errB != nil {
		t.Fatal(errA, errB)
	}
	if a.Case.Matter.AsOf != (civil.Date{Year: 2026, Month: 12, Day: 1}) || a.FromEnv("matter.as_of") != "REDRESS_MATTER_AS_OF" {
		t.Errorf("row 0 as_of = %v (from %q), want the environment's", a.Case.Matter.AsOf, a.FromEnv("matter.as_of"))
	}
	if b.Case.Matter.AsOf != (civil.Date{Year: 2027, Month: 1, Day: 5}) || b.FromEnv("matter.as_of") != "" {
		t.Errorf("row 1 as_of = %v, want the cell's", b.Case.Matter.AsOf)
	}
}

// The base is checked for what no row can mend; it need not be valid
// alone.
func TestLoadBase(t *testing.T) {
	for _, tt := range []struct {
		name, text, want string
	}{
		{"syntax.yaml", "schema: 1\nmatter: [1, 2\n", "syntax.yaml:"},
		{"unknown.yaml", "schema: 1\nfirm: {nmae: X}\n", `unknown.yaml:2:8: firm.nmae: unknown key "nmae"; did you mean name?`},
		{"list.yaml", "- a\n- b\n", "list.yaml:1:1: expected a mapping"},
	} {
		_, err := LoadBaseBytes(tt.name, []byte(tt.text), "yaml", Options{})
		ps := problemsOf(t, err)
		if len(ps) != 1 || !strings.HasPrefix(ps[0].Error(), tt.want) {
			t.Errorf("%s: got %v\nwant %s...", tt.name, err, tt.want)
		}
	}
	if _, err := LoadBaseBytes("empty.yaml", nil, "yaml", Options{}); err != nil {
		t.Errorf("an empty base: %v", err)
	}
	if _, err := LoadBase("testdata/full.txt", Options{}); !errors.Is(err, ErrFormat) {
		t.Errorf("unknown extension: %v", err)
	}
	// A roster over an empty base can give a whole case.
	base, err := LoadBaseBytes("empty.toml", nil, "toml", Options{})
	if err != nil {
		t.Fatal(err)
	}
	text := "schema,matter.id,firm.name,claimants[0].name,claimants[0].address.street,claimants[0].address.city,claimants[0].address.state,claimants[0].address.zip,incident.date,incident.place,incident.state,incident.agency\n" +
		"1,M-1,Clinic,Ana,1 Main St.,Chicago,IL,60601,2025-03-14,Chicago,IL,ICE\n"
	r, err := LoadRosterBytes("r.csv", []byte(text), base, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := r.Case(0); err != nil {
		t.Errorf("whole case from a row: %v", err)
	}
}

// Rows decode concurrently from one base, each to what it decodes to
// alone: the shared tree is never changed.
func TestRosterConcurrent(t *testing.T) {
	r, err := LoadRosterBytes("r.csv", []byte(tenRows), loadTestBase(t, Options{}), Options{})
	if err != nil {
		t.Fatal(err)
	}
	type result struct {
		c   *Case
		err string
	}
	decode := func(i int) result {
		src, err := r.Case(i)
		if err != nil {
			return result{err: err.Error()}
		}
		return result{c: src.Case}
	}
	want := make([]result, len(r.Rows))
	for i := range r.Rows {
		want[i] = decode(i)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8*3*len(r.Rows))
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for round := 0; round < 3; round++ {
				for k := range r.Rows {
					i := (k + g + round) % len(r.Rows) // each goroutine in its own order
					if got := decode(i); !reflect.DeepEqual(got, want[i]) {
						errs <- fmt.Sprintf("row %d: decoded differently", i)
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// FuzzRoster feeds arbitrary CSV text over a fixed base: reading it and
// decoding every row must never panic, and every error is a list of
// problems that name a file.
func FuzzRoster(f *testing.F) {
	base := loadTestBase(f, Options{Env: fakeEnv(map[string]string{"REDRESS_MATTER_AS_OF": "2026-12-01"})})
	f.Add([]byte(tenRows))
	if data, err := os.ReadFile("testdata/roster/two.csv"); err == nil {
		f.Add(data)
	}
	f.Add([]byte(""))
	f.Add([]byte("\uFEFF"))
	f.Add([]byte("claimants[2].name,incident.facts[5],claimants[0].minor\nA,B,true\n"))
	f.Add([]byte("claimants[999].name\nx\n"))
	f.Add([]byte("matter.id,\"claimants[0].name\"\n\"M-1\",\"a\nb\"\n\"unterminated\n"))
	f.Add([]byte("schema,complaint.jury_demand,incident.time\n9,TRUE,6:40 PM\nx,maybe,noon\n"))
	// The campaign's cells: a name past its limit, invisible, control and
	// directional characters, names to print as written, dates out of
	// range.
	for _, v := range hostileValues {
		f.Add([]byte("matter.id,claimants[0].name," + addressCols + ",claimants[0].date_of_birth\nM-1,\"" + strings.ReplaceAll(v, `"`, `""`) + "\"," + address + ",9999-01-01\n"))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := LoadRosterBytes("fuzz.csv", data, base, Options{})
		checkFuzzErr(t, err)
		if err != nil {
			if r != nil {
				t.Fatal("an error and a roster")
			}
			return
		}
		for i := range r.Rows {
			src, err := r.Case(i)
			checkFuzzErr(t, err)
			if err == nil && (src == nil || src.Case == nil) {
				t.Fatal("no error and no case")
			}
		}
	})
}

func checkFuzzErr(t *testing.T, err error) {
	t.Helper()
	if err == nil {
		return
	}
	var ie *internalError
	if errors.As(err, &ie) {
		t.Fatalf("panic: %v", ie.cause)
	}
	var ps Problems
	if !errors.As(err, &ps) || len(ps) == 0 {
		t.Fatalf("error is not a non-empty Problems: %v", err)
	}
	for _, p := range ps {
		if p.File != "fuzz.csv" && p.File != rosterBase && p.File != envFile || p.Msg == "" {
			t.Fatalf("bad problem %#v", p)
		}
	}
}

// A cell of invisible characters only is blank: it keeps the shared base
// value instead of replacing it with nothing.
func TestRosterInvisibleCellIsBlank(t *testing.T) {
	text := "matter.id,claimants[0].name,incident.place," + addressCols + "\n" +
		"M-1,Ana,\u00a0\u200b," + address + "\n"
	r, err := LoadRosterBytes("r.csv", []byte(text), loadTestBase(t, Options{}), Options{})
	if err != nil {
		t.Fatal(err)
	}
	src, err := r.Case(0)
	if err != nil {
		t.Fatal(err)
	}
	if got := src.Case.Incident.Place; got != "In front of 1420 W. Elm St., Chicago, Illinois" {
		t.Errorf("incident.place = %q, want the base's", got)
	}
}
