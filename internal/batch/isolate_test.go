package batch

import (
	"context"
	"errors"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"redress/internal/assemble"
	"redress/internal/output"
	"redress/internal/verify"
	"redress/templates"
)

// The people of these tests, with every spelling of their identifiers
// that a document could carry, written out by hand: the test looks for
// them in the finished PDF and DOCX text, not through the guard.

// baseClient is the base case's own claimant: a roster run must never
// put her data in a row's documents.
var baseClient = person{
	name: "Beatriz Salcedo Ruiz",
	spellings: []string{"Beatriz Salcedo Ruiz", "Ms. Salcedo", "Salcedo", "bsalcedo@example.org",
		"(773) 555-0188", "773-555-0188", "7735550188", "2418 S. Sawyer", "A204-118-907", "204-118-907", "204118907",
		"April 12, 1988", "1988-04-12", "04/12/1988", "12 de abril de 1988"},
}

// rowClients are the clients of the roster's rows, one a row.
var rowClients = []person{
	{name: "Ana Díaz", spellings: []string{"Ana Díaz", "Ms. Díaz", "ana.diaz@example.org", "(312) 555-0121", "312-555-0121", "11 Kedzie Ave"}},
	{name: "Nguyễn Văn Ân", spellings: []string{"Nguyễn Văn Ân", "Mr. Nguyễn", "an.nguyen@example.org", "(312) 555-0122", "312-555-0122", "22 Pulaski Rd"}},
	{name: "Zoë O'Brien", spellings: []string{"Zoë O'Brien", "Ms. O'Brien", "zoe.obrien@example.org", "(312) 555-0123", "312-555-0123", "33 Cicero Ave"}},
	{name: "Smith & <Sons>", spellings: []string{"Smith & <Sons>", "sons@example.org", "(312) 555-0124", "312-555-0124", "44 Austin Blvd"}},
}

type person struct {
	name      string
	spellings []string
}

var leakHeader = []string{"matter.id", "claimants[0].name", "claimants[0].email", "claimants[0].phone",
	"claimants[0].address.street", "claimants[0].address.city", "claimants[0].address.state", "claimants[0].address.zip",
	"claimants[0].damages.property", "incident.summary"}

func leakRows() [][]string {
	streets := []string{"11 Kedzie Ave.", "22 Pulaski Rd.", "33 Cicero Ave.", "44 Austin Blvd."}
	var rows [][]string
	for i, c := range rowClients {
		rows = append(rows, []string{"ISO-" + itoa(i+1), c.name, c.spellings[len(c.spellings)-4], c.spellings[len(c.spellings)-3],
			streets[i], "Chicago", "IL", "60623", "250", ""})
	}
	return rows
}

// writeBase writes the sample roster base with the base client as its own
// claimant, and with extra lines appended to its incident (a leak).
func writeBase(t *testing.T, incidentExtra string) string {
	t.Helper()
	data, err := os.ReadFile(base)
	if err != nil {
		t.Fatal(err)
	}
	text := string(data) + `
claimants:
  - name: Beatriz Salcedo Ruiz
    address: {street: "2418 S. Sawyer Ave.", city: Chicago, state: IL, zip: "60623"}
    phone: (773) 555-0188
    email: bsalcedo@example.org
    date_of_birth: 1988-04-12
    a_number: A204-118-907
    damages: {property: 900}
`
	if incidentExtra != "" {
		text = strings.Replace(text, "incident:\n", "incident:\n"+incidentExtra, 1)
	}
	p := filepath.Join(t.TempDir(), "base.yaml")
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// finishedText is what a reader sees in a written file: pdftotext's text
// of a PDF (after qpdf, pdfcpu and pdffonts have checked it), or every
// XML part of a DOCX (body, headers, footers, properties) with the markup
// taken out.
func finishedText(t *testing.T, path string) string {
	t.Helper()
	if strings.HasSuffix(path, ".pdf") {
		return verify.PDF(t, path)
	}
	var b strings.Builder
	parts := verify.DOCXFile(t, path)
	names := make([]string, 0, len(parts))
	for n := range parts {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if strings.HasSuffix(n, ".xml") {
			b.WriteString(html.UnescapeString(tags.ReplaceAllString(string(parts[n]), " ")))
			b.WriteString("\n")
		}
	}
	return b.String()
}

var tags = regexp.MustCompile(`<[^>]*>`)

// fold makes text comparable whatever a writer did to spaces, quotes and
// line ends: NFC, typographic apostrophes as ASCII, runs of white space as
// one space.
func fold(s string) string {
	s = norm.NFC.String(s)
	s = strings.NewReplacer("\u2019", "'", "\u00a0", " ").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

// mentions returns the spellings of p that text contains.
func mentions(text string, p person) []string {
	var out []string
	for _, s := range p.spellings {
		if strings.Contains(text, fold(s)) {
			out = append(out, s)
		}
	}
	return out
}

// writtenFiles returns every PDF and DOCX under out, by matter folder.
func writtenFiles(t *testing.T, out string) map[string][]string {
	t.Helper()
	files := map[string][]string{}
	for rel := range tree(t, out) {
		if ext := filepath.Ext(rel); ext == ".pdf" || ext == ".docx" {
			m := filepath.Dir(rel)
			files[m] = append(files[m], filepath.Join(out, rel))
		}
	}
	return files
}

// checkIsolated reads every written document and fails on any spelling of
// anyone but its own row's client; it also checks that its own client is
// there, so that a reader that found no text would not pass.
func checkIsolated(t *testing.T, out string, doc string) {
	t.Helper()
	files := writtenFiles(t, out)
	if len(files) == 0 {
		t.Fatal("nothing was written")
	}
	for m, paths := range files {
		own := -1
		for i := range rowClients {
			if m == "ISO-"+itoa(i+1) {
				own = i
			}
		}
		if own < 0 {
			t.Fatalf("unexpected folder %s", m)
		}
		for _, p := range paths {
			text := fold(finishedText(t, p))
			if !strings.Contains(text, fold(rowClients[own].name)) {
				t.Errorf("%s (%s): its own client %s is not in the text read back", p, doc, rowClients[own].name)
			}
			if got := mentions(text, baseClient); len(got) > 0 {
				t.Errorf("%s: holds the base case's claimant: %q", p, got)
			}
			for i, other := range rowClients {
				if i == own {
					continue
				}
				if got := mentions(text, other); len(got) > 0 {
					t.Errorf("%s: holds the client of another row: %q", p, got)
				}
			}
		}
	}
}

// TestNoClientDataInAnotherClientsDocuments: over a base with a claimant
// of its own, every row's letters and SF-95 packets (PDF and DOCX, read
// back as a reader gets them) hold their own client and no one else's.
func TestNoClientDataInAnotherClientsDocuments(t *testing.T) {
	for _, docKind := range []string{"letter", "sf95"} {
		t.Run(docKind, func(t *testing.T) {
			recs := rosterOf(t, writeBase(t, ""), leakHeader, leakRows())
			out := t.TempDir()
			sum, err := run(t, context.Background(), recs, out, 2, func(o *Options) { o.Doc = docKind })
			if err != nil {
				t.Fatal(err)
			}
			if sum.Written != len(rowClients) {
				t.Fatalf("%d rows written, want %d", sum.Written, len(rowClients))
			}
			checkIsolated(t, out, docKind)
		})
	}
}

// TestLeakingBaseIsRefused: a base whose shared incident text tells its own
// client's story (her name, e-mail, A-number, street, birth date) refuses
// every row at the key that carries it, before anything of the row is
// written; a row that gives its own value for that key is drafted.
func TestLeakingBaseIsRefused(t *testing.T) {
	leaks := []struct{ key, yaml string }{
		{"incident.summary", "  summary: Officers stopped Ms. Salcedo outside her home.\n"},
		{"incident.place", "  place: In front of 2418 S. Sawyer Ave., Chicago, Illinois\n"},
		{"incident.evidence[0]", "  evidence:\n    - Photos sent by bsalcedo@example.org\n"},
		{"incident.facts[0]", "  facts:\n    - The officers read out A204-118-907 from a list.\n"},
		{"incident.officers[0].description", "  officers:\n    - description: asked her if she was born April 12, 1988\n"},
	}
	for _, l := range leaks {
		t.Run(l.key, func(t *testing.T) {
			basePath := writeBase(t, l.yaml)
			data, _ := os.ReadFile(basePath)
			// The appended key replaces the sample's own value of it.
			text := string(data)
			if strings.Count(text, "\n  "+strings.SplitN(strings.TrimSpace(l.yaml), ":", 2)[0]+":") != 2 {
				t.Fatalf("the leak %q does not replace one key of the sample", l.yaml)
			}
			text = removeSecond(text, "\n  "+strings.SplitN(strings.TrimSpace(l.yaml), ":", 2)[0]+":")
			os.WriteFile(basePath, []byte(text), 0o644)

			rows := leakRows()
			if l.key == "incident.summary" {
				rows[1][len(rows[1])-1] = "Officers held the workers at the plant." // this row replaces the leaking value
			}
			recs := rosterOf(t, basePath, leakHeader, rows)
			out := t.TempDir()
			var errs strings.Builder
			sum, err := run(t, context.Background(), recs, out, 2, func(o *Options) { o.Errors = &errs })
			if !errors.Is(err, ErrRecordsFailed) {
				t.Fatalf("run: %v, want some records failed", err)
			}
			wantWritten := 0
			if l.key == "incident.summary" {
				wantWritten = 1
			}
			if sum.Written != wantWritten || sum.Failed != len(rowClients)-wantWritten {
				t.Errorf("written %d, failed %d; want %d written", sum.Written, sum.Failed, wantWritten)
			}
			msg := errs.String()
			if !strings.Contains(msg, basePath+":") || !strings.Contains(msg, l.key+": ") || !strings.Contains(msg, "a claimant of the base case") {
				t.Errorf("the errors do not name the base file's line and key %s:\n%s", l.key, msg)
			}
			if !strings.Contains(msg, recs.Path+":2: ") {
				t.Errorf("the errors do not name the row:\n%s", msg)
			}
			for m := range writtenFiles(t, out) {
				if wantWritten == 0 || m != "ISO-2" {
					t.Errorf("files were written for refused row %s", m)
				}
			}
			if wantWritten > 0 {
				checkIsolated(t, out, "letter")
			}
		})
	}
}

// removeSecond removes the second occurrence of the line that starts with
// key (and the lines indented under it): the sample's own value, which the
// leak written above it replaces.
func removeSecond(text, key string) string {
	first := strings.Index(text, key)
	i := first + len(key) + strings.Index(text[first+len(key):], key)
	end := i + len(key)
	for {
		nl := strings.IndexByte(text[end+1:], '\n')
		if nl < 0 {
			return text[:i]
		}
		next := text[end+1+nl+1:]
		if !strings.HasPrefix(next, "    ") && !strings.HasPrefix(next, "  - ") {
			return text[:i] + text[end+1+nl:]
		}
		end = end + 1 + nl
	}
}

// TestRowNamingAnotherRowsClientIsRefused: a row's own cell that names the
// client of another row is refused at that cell; the other rows are
// drafted.
func TestRowNamingAnotherRowsClientIsRefused(t *testing.T) {
	rows := leakRows()
	rows[2][len(rows[2])-1] = "Officers stopped Ana Díaz and then Ms. O'Brien at the plant."
	recs := rosterOf(t, writeBase(t, ""), leakHeader, rows)
	out := t.TempDir()
	var errs strings.Builder
	sum, err := run(t, context.Background(), recs, out, 2, func(o *Options) { o.Errors = &errs })
	if !errors.Is(err, ErrRecordsFailed) || sum.Failed != 1 || sum.Written != 3 {
		t.Fatalf("run: %v; %+v", err, sum)
	}
	want := recs.Path + ":4:10: incident.summary: names \"Ana Díaz\" (Ana Díaz, the client of " + recs.Path + ":2)"
	if !strings.Contains(errs.String(), want) {
		t.Errorf("errors:\n%s\nwant a line with\n%s", errs.String(), want)
	}
	if _, ok := writtenFiles(t, out)["ISO-3"]; ok {
		t.Error("the refused row's files were written")
	}
	checkIsolated(t, out, "letter")
}

// TestTemplateLeakIsCaughtInTheFinishedText: a --templates letter that
// carries a person's e-mail of its own (no value of any case holds it
// there) is caught in the drafted text, and nothing is written.
func TestTemplateLeakIsCaughtInTheFinishedText(t *testing.T) {
	dir := t.TempDir()
	body, err := os.ReadFile(filepath.Join("../../templates", "letter", "en.md"))
	if err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(filepath.Join(dir, "letter"), 0o755)
	os.WriteFile(filepath.Join(dir, "letter", "en.md"), []byte(string(body)+"\n\ncc: bsalcedo@example.org\n"), 0o644)

	recs := rosterOf(t, writeBase(t, ""), leakHeader, leakRows())
	out := t.TempDir()
	var errs strings.Builder
	pdfDocx, _ := output.ParseFormats("pdf,docx")
	eng := assemble.New(assemble.OverlayDir(dir, templates.FS))
	sum, err := Run(context.Background(), recs, eng, Options{Doc: "letter", Formats: pdfDocx, Out: out, AsOf: asOf, Jobs: 2, Errors: &errs})
	if !errors.Is(err, ErrRecordsFailed) || sum.Failed != len(rowClients) {
		t.Fatalf("run: %v; %+v", err, sum)
	}
	if !strings.Contains(errs.String(), "holds the e-mail of Beatriz Salcedo Ruiz") || !strings.Contains(errs.String(), "comes from the templates") {
		t.Errorf("errors:\n%s", errs.String())
	}
	if files := writtenFiles(t, out); len(files) > 0 {
		t.Errorf("files were written: %v", files)
	}
}

// TestTheReaderSeesALeak shows that the finished-text reading of these
// tests would see a leak: drafted without the guard, a leaking base's
// story about its client reaches every row's letter, PDF and DOCX.
func TestTheReaderSeesALeak(t *testing.T) {
	basePath := writeBase(t, "")
	data, _ := os.ReadFile(basePath)
	os.WriteFile(basePath, []byte(strings.Replace(string(data), "  summary: >-\n", "  summary: >-\n    Officers stopped Ms. Salcedo (bsalcedo@example.org).\n", 1)), 0o644)
	recs := rosterOf(t, basePath, leakHeader, leakRows())
	out := t.TempDir()
	if _, err := run(t, context.Background(), recs, out, 2, func(o *Options) { o.unguarded = true }); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, paths := range writtenFiles(t, out) {
		for _, p := range paths {
			if got := mentions(fold(finishedText(t, p)), baseClient); len(got) == 0 {
				t.Errorf("%s: the leak is not seen", p)
			}
			n++
		}
	}
	if n != 2*len(rowClients) {
		t.Errorf("%d files read, want %d", n, 2*len(rowClients))
	}
}
