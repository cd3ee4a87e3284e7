package batch

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"redress/internal/assemble"
	"redress/internal/casefile"
	"redress/internal/civil"
	"redress/internal/output"
	"redress/templates"
)

const base = "../../samples/roster/base.yaml"

var asOf = civil.Date{Year: 2026, Month: 11, Day: 27}

// roster writes a roster file of n fictional rows, with edit applied to
// the CSV text, and opens it over the sample roster base.
func roster(t testing.TB, n int, edit func(lines []string) []string) Roster {
	t.Helper()
	lines := strings.Split(strings.TrimRight(string(FictionalRoster(n)), "\n"), "\n")
	if edit != nil {
		lines = edit(lines)
	}
	return openRoster(t, base, []byte(strings.Join(lines, "\n")+"\n"))
}

// openRoster writes a roster's CSV text and opens it over basePath.
func openRoster(t testing.TB, basePath string, text []byte) Roster {
	t.Helper()
	p := filepath.Join(t.TempDir(), "roster.csv")
	if err := os.WriteFile(p, text, 0o644); err != nil {
		t.Fatal(err)
	}
	b, err := casefile.LoadBase(basePath, casefile.Options{})
	if err != nil {
		t.Fatal(err)
	}
	r, err := casefile.LoadRoster(p, b, casefile.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return Roster{Path: p, R: r}
}

func run(t testing.TB, ctx context.Context, recs Records, out string, jobs int, mod func(*Options)) (*Summary, error) {
	t.Helper()
	pdfDocx, _ := output.ParseFormats("pdf,docx")
	opt := Options{Doc: "letter", Formats: pdfDocx, Out: out, AsOf: asOf, Jobs: jobs}
	if mod != nil {
		mod(&opt)
	}
	return Run(ctx, recs, assemble.New(templates.FS), opt)
}

// tree returns every file under dir (but the manifest) with its hash.
func tree(t testing.TB, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() || strings.HasPrefix(info.Name(), "manifest.") {
			return err
		}
		data, _ := os.ReadFile(p)
		sum := sha256.Sum256(data)
		rel, _ := filepath.Rel(dir, p)
		out[rel] = hex.EncodeToString(sum[:])
		return nil
	})
	return out
}

func sameTree(t *testing.T, a, b map[string]string) {
	t.Helper()
	if len(a) != len(b) {
		t.Fatalf("%d files against %d", len(a), len(b))
	}
	for k, v := range a {
		if b[k] != v {
			t.Errorf("%s differs", k)
		}
	}
}

// TestBadRowsAreReportedAndSkipped: 100 rows, 7 bad; 93 letter sets, 7
// errors naming the row and the key.
func TestBadRowsAreReportedAndSkipped(t *testing.T) {
	bad := map[int]string{ // CSV line -> what is wrong
		5: "date", 12: "money", 20: "control", 33: "date", 47: "money", 61: "control", 88: "money",
	}
	recs := roster(t, 100, func(lines []string) []string {
		lines[0] += ",incident.date"
		for i := 1; i < len(lines); i++ {
			cells := strings.Split(lines[i], ",")
			date := "2025-03-14"
			switch bad[i+1] {
			case "date":
				date = "2025-02-30"
			case "money":
				cells[len(cells)-1] = "-12.50"
			case "control":
				cells[1] = "\"Ana\aLee\""
			}
			lines[i] = strings.Join(cells, ",") + "," + date
		}
		return lines
	})
	var errs bytes.Buffer
	out := t.TempDir()
	sum, err := run(t, context.Background(), recs, out, 2, func(o *Options) { o.Errors = &errs })
	if !errors.Is(err, ErrRecordsFailed) {
		t.Fatalf("want ErrRecordsFailed, got %v", err)
	}
	if sum.Written != 93 || sum.Failed != 7 {
		t.Fatalf("written %d, failed %d; want 93 and 7", sum.Written, sum.Failed)
	}
	if got := len(tree(t, out)); got != 93*2 {
		t.Errorf("%d files, want %d", got, 93*2)
	}
	msgs := errs.String()
	for line, what := range bad {
		key := map[string]string{"date": "incident.date", "money": "claimants[0].damages.property", "control": "claimants[0].name"}[what]
		if !strings.Contains(msgs, "roster.csv:"+itoa(line)+":") || !strings.Contains(msgs, key) {
			t.Errorf("no error naming roster.csv line %d and %s:\n%s", line, key, msgs)
		}
	}
	var failed int
	m, err := ReadManifest(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range m.Entries {
		if e.Status == StatusError {
			failed++
			if e.Error == "" {
				t.Error("a failed entry must carry its error")
			}
		}
	}
	if failed != 7 {
		t.Errorf("manifest has %d failed entries, want 7", failed)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// TestSameBytesWhateverTheWorkers: -j 1 and -j 2 write identical files.
func TestSameBytesWhateverTheWorkers(t *testing.T) {
	recs := roster(t, 12, nil)
	a, b := t.TempDir(), t.TempDir()
	small := func(o *Options) { o.Chunk = 3 } // four chunks for the workers to share
	if _, err := run(t, context.Background(), recs, a, 1, small); err != nil {
		t.Fatal(err)
	}
	if _, err := run(t, context.Background(), recs, b, 2, small); err != nil {
		t.Fatal(err)
	}
	sameTree(t, tree(t, a), tree(t, b))
}

// TestManifestMatchesTheFiles checks each manifest entry's hash and size.
func TestManifestMatchesTheFiles(t *testing.T) {
	out := t.TempDir()
	if _, err := run(t, context.Background(), roster(t, 6, nil), out, 2, nil); err != nil {
		t.Fatal(err)
	}
	m, err := ReadManifest(out)
	if err != nil {
		t.Fatal(err)
	}
	files := tree(t, out)
	n := 0
	for _, e := range m.Entries {
		if e.Status != StatusOK || e.Row == 0 || e.Matter == "" || e.Claimant == "" || e.Language == "" {
			t.Errorf("incomplete entry %+v", e)
		}
		for _, f := range e.Files {
			n++
			if files[filepath.FromSlash(f.Path)] != f.SHA256 {
				t.Errorf("%s: manifest hash does not match the file", f.Path)
			}
		}
	}
	if n != len(files) || n != 12 {
		t.Errorf("manifest lists %d files, the folder has %d", n, len(files))
	}
	if _, err := os.Stat(filepath.Join(out, "manifest.csv")); err != nil {
		t.Error(err)
	}
}

// TestInterruptThenResume stops a run after a few records, checks that
// only complete files remain and the manifest says what was done, then
// resumes and compares with an uninterrupted run.
func TestInterruptThenResume(t *testing.T) {
	recs := roster(t, 10, nil)
	whole := t.TempDir()
	if _, err := run(t, context.Background(), recs, whole, 2, func(o *Options) { o.Chunk = 2 }); err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	sum, err := run(t, ctx, recs, out, 1, func(o *Options) {
		o.Chunk = 2
		o.afterRecord = func(done int) {
			if done == 3 {
				cancel()
			}
		}
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("want context.Canceled, got %v", err)
	}
	if sum.Pending == 0 || sum.Written < 3 {
		t.Fatalf("written %d, pending %d", sum.Written, sum.Pending)
	}
	partial := tree(t, out)
	for k, v := range partial {
		if tree(t, whole)[k] != v {
			t.Errorf("interrupted run left %s incomplete or different", k)
		}
	}
	m, err := ReadManifest(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range m.Entries {
		if e.Status == StatusPending && len(e.Files) > 0 {
			t.Error("a pending entry lists files")
		}
	}
	sum, err = run(t, context.Background(), recs, out, 2, func(o *Options) { o.Resume = true; o.Chunk = 2 })
	if err != nil {
		t.Fatal(err)
	}
	if sum.Skipped < 3 || sum.Written+sum.Skipped != 10 {
		t.Errorf("resume: written %d, skipped %d", sum.Written, sum.Skipped)
	}
	sameTree(t, tree(t, whole), tree(t, out))
}

// TestCollidingNamesGetDistinctFiles: three clients of one matter whose
// names give the same slug.
func TestCollidingNamesGetDistinctFiles(t *testing.T) {
	recs := roster(t, 1, func(lines []string) []string {
		var head, row []string
		for k, name := range []string{"Zoë Ramírez", "Zoe Ramirez", "ZOË RAMÍREZ"} {
			p := "claimants[" + strconv.Itoa(k) + "]."
			head = append(head, p+"name", p+"address.street", p+"address.city", p+"address.state", p+"address.zip")
			row = append(row, name, "1 Main St.", "Chicago", "IL", "60601")
		}
		return []string{"matter.id," + strings.Join(head, ","), "SAME-MATTER," + strings.Join(row, ",")}
	})
	out := t.TempDir()
	if _, err := run(t, context.Background(), recs, out, 2, nil); err != nil {
		t.Fatal(err)
	}
	var names []string
	for k := range tree(t, out) {
		names = append(names, filepath.ToSlash(k))
	}
	sort.Strings(names)
	want := []string{"SAME-MATTER/letter-zoe-ramirez-2.docx", "SAME-MATTER/letter-zoe-ramirez-2.pdf",
		"SAME-MATTER/letter-zoe-ramirez-3.docx", "SAME-MATTER/letter-zoe-ramirez-3.pdf",
		"SAME-MATTER/letter-zoe-ramirez.docx", "SAME-MATTER/letter-zoe-ramirez.pdf"}
	if strings.Join(names, " ") != strings.Join(want, " ") {
		t.Errorf("files %v, want %v", names, want)
	}
}

// unpresentedBase is the sample roster base, whose FTCA claim has not
// been presented, so that the presentment deadline can pass.
func unpresentedBase(t testing.TB) string {
	t.Helper()
	data, err := os.ReadFile(base)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), "presented_on: null") {
		t.Fatal("the sample roster base now has a claim presented; give these tests a base without one")
	}
	return base
}

// clientColumns are the cells each test row gives its one claimant: the
// rows never rely on the base's claimants.
var clientColumns = []string{"claimants[0].name", "claimants[0].address.street", "claimants[0].address.city",
	"claimants[0].address.state", "claimants[0].address.zip", "claimants[0].language", "claimants[0].damages.property"}

// client is one row's claimant cells, in clientColumns order.
func client(name, lang string) []string {
	return []string{name, "12 Cedar Rd.", "Springfield", "IL", "62701", lang, "950.00"}
}

// rosterOf writes a roster of the given header and rows over basePath.
func rosterOf(t testing.TB, basePath string, header []string, rows [][]string) Roster {
	t.Helper()
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.Write(header)
	w.WriteAll(rows)
	return openRoster(t, basePath, b.Bytes())
}

// readCSV reads manifest.csv back as a spreadsheet would get it: a list
// of rows of named cells.
func readCSV(t *testing.T, out string) []map[string]string {
	t.Helper()
	f, err := os.Open(filepath.Join(out, "manifest.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatalf("manifest.csv: %v", err)
	}
	var rows []map[string]string
	for _, r := range recs[1:] {
		row := map[string]string{}
		for i, h := range recs[0] {
			row[h] = r[i]
		}
		rows = append(rows, row)
	}
	return rows
}
