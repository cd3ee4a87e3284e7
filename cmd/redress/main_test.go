package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"redress/internal/output"
	"redress/internal/verify"
)

// runCLI runs redress in-process and returns its output and exit code.
func runCLI(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	notFound = ""
	app := newApp()
	var out, errb bytes.Buffer
	app.Writer, app.ErrWriter = &out, &errb
	err := app.Run(reorderArgs(app, append([]string{"redress"}, args...)))
	code = exitCode(err)
	if err != nil && code != exitData {
		errb.WriteString("redress: " + err.Error() + "\n")
	}
	return out.String(), errb.String(), code
}

func mustRun(t *testing.T, args ...string) string {
	t.Helper()
	out, errs, code := runCLI(t, args...)
	if code != 0 {
		t.Fatalf("redress %s: exit %d\n%s%s", strings.Join(args, " "), code, out, errs)
	}
	return out
}

func samples(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("../../samples/*.yaml")
	if err != nil || len(files) < 3 {
		t.Fatalf("want at least three samples, got %v (%v)", files, err)
	}
	return files
}

// deadlineDates returns every date "redress deadlines --json" prints,
// written as the letters write them ("March 14, 2027").
func deadlineDates(t *testing.T, casePath string) []string {
	t.Helper()
	var got struct {
		Deadlines []struct{ Date string } `json:"deadlines"`
	}
	if err := json.Unmarshal([]byte(mustRun(t, "deadlines", "--json", casePath)), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Deadlines) == 0 {
		t.Fatalf("%s: no deadlines computed", casePath)
	}
	var out []string
	for _, d := range got.Deadlines {
		out = append(out, englishDate(t, d.Date))
	}
	return out
}

func englishDate(t *testing.T, iso string) string {
	t.Helper()
	months := []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	var y, m, d int
	if _, err := fmtSscanf(iso, &y, &m, &d); err != nil {
		t.Fatalf("bad date %q", iso)
	}
	return months[m-1] + " " + itoa(d) + ", " + itoa(y)
}

type sampleCase struct {
	Firm      struct{ Name string }
	Claimants []struct{ Name string }
}

func TestLetterForEverySample(t *testing.T) {
	for _, path := range samples(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			dir := t.TempDir()
			mustRun(t, "letter", path, "--out", dir)
			k := readSample(t, path)
			dates := deadlineDates(t, path)
			names := []string{}
			for _, c := range k.Claimants {
				names = append(names, c.Name)
			}
			for i, slug := range output.Slugs(names) {
				name := k.Claimants[i].Name
				pdfPath := filepath.Join(dir, "letter-"+slug+".pdf")
				text := verify.PDF(t, pdfPath)
				want := append([]string{name, k.Firm.Name, "DRAFT FOR ATTORNEY REVIEW"}, dates...)
				verify.ContainsAll(t, filepath.Base(pdfPath), text, want...)
				converted := verify.DOCXToPDF(t, filepath.Join(dir, "letter-"+slug+".docx"))
				verify.ContainsAll(t, "LibreOffice's PDF of letter-"+slug+".docx", verify.Text(t, converted), want...)
			}
		})
	}
}

func readSample(t *testing.T, path string) sampleCase {
	t.Helper()
	// The CLI already validated the sample; read names through validate's
	// loader by way of the JSON a test can trust: the case file itself.
	src, err := loadForTest(path)
	if err != nil {
		t.Fatal(err)
	}
	var k sampleCase
	k.Firm.Name = src.Case.Firm.Name
	for _, c := range src.Case.Claimants {
		k.Claimants = append(k.Claimants, struct{ Name string }{c.Name})
	}
	return k
}

func TestSameBytesTwice(t *testing.T) {
	path := samples(t)[0]
	a, b := t.TempDir(), t.TempDir()
	mustRun(t, "letter", path, "--out", a)
	mustRun(t, "letter", "--out", b, path)
	compareDirs(t, a, b)
}

func compareDirs(t *testing.T, a, b string) {
	t.Helper()
	entries, _ := os.ReadDir(a)
	if len(entries) == 0 {
		t.Fatal("no files written")
	}
	for _, e := range entries {
		x, _ := os.ReadFile(filepath.Join(a, e.Name()))
		y, err := os.ReadFile(filepath.Join(b, e.Name()))
		if err != nil {
			t.Fatalf("%s missing from the second run", e.Name())
		}
		if !bytes.Equal(x, y) {
			t.Errorf("%s differs between two runs on the same input", e.Name())
		}
	}
}
