package batch

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"redress/internal/casefile"
	"redress/internal/civil"
)

// triageRoster has one row per triage case. The dates are chosen so that
// the expected deadlines can be worked out by hand: the FTCA claim must be
// received within 2 years of the incident; the Bivens period is Illinois'
// 2 years (735 ILCS 5/13-202) or New York's 3 years (CPLR 214(5)).
//
//	line 2, NY, incident 2023-12-20, as of 2026-11-27: FTCA 2025-12-20 has
//	        passed; Bivens 2026-12-20 is 23 days away (soon).
//	line 3, IL, incident 2025-06-01, as of 2027-04-01: FTCA and Bivens
//	        2027-06-01, 61 days away (soon).
//	line 4, IL, incident 2025-06-01, as of 2026-11-27: 2027-06-01 is 186
//	        days away: no warning.
//	line 5, IL, incident 2024-03-01, claim received 2026-04-01, as of
//	        2026-11-27: FTCA 2026-03-01 passed before the claim arrived
//	        (received late); Bivens 2026-03-01 has passed.
func triageRoster(t testing.TB) Roster {
	header := append([]string{"matter.id", "matter.as_of", "incident.date", "incident.state", "ftca.presented_on"}, clientColumns...)
	rows := [][]string{
		append([]string{"TRI-1", "2026-11-27", "2023-12-20", "NY", ""}, client("Zoë O'Brien", "en")...),
		append([]string{"TRI-2", "2027-04-01", "2025-06-01", "IL", ""}, client("Nguyễn Văn Ân", "es")...),
		append([]string{"TRI-3", "2026-11-27", "2025-06-01", "IL", ""}, client("Smith & <Sons>", "en")...),
		append([]string{"TRI-4", "2026-11-27", "2024-03-01", "IL", "2026-04-01"}, client("Ana Díaz", "en")...),
	}
	return rosterOf(t, unpresentedBase(t), header, rows)
}

var (
	ftcaLabel   = "FTCA claim must be received by"
	bivensLabel = "Bivens suit against the officers must be filed by"
	triageWant  = map[string][]Warning{ // matter -> warnings
		"TRI-1": {
			{Kind: "passed", Deadline: "ftca_presentment", Label: ftcaLabel, Date: "2025-12-20", Code: "passed"},
			{Kind: "soon", Deadline: "bivens_limitations", Label: bivensLabel, Date: "2026-12-20", Code: "days_left"},
		},
		"TRI-2": {
			{Kind: "soon", Deadline: "ftca_presentment", Label: ftcaLabel, Date: "2027-06-01", Code: "days_left"},
			{Kind: "soon", Deadline: "bivens_limitations", Label: bivensLabel, Date: "2027-06-01", Code: "days_left"},
		},
		"TRI-3": {},
		"TRI-4": {
			{Kind: "passed", Deadline: "ftca_presentment", Label: ftcaLabel, Date: "2026-03-01", Code: "received_late"},
			{Kind: "passed", Deadline: "bivens_limitations", Label: bivensLabel, Date: "2026-03-01", Code: "passed"},
		},
	}
	triageCSV = map[string][2]string{ // matter -> worst, warnings columns
		"TRI-1": {"passed", "passed: ftca_presentment 2025-12-20; soon: bivens_limitations 2026-12-20"},
		"TRI-2": {"soon", "soon: ftca_presentment 2027-06-01; soon: bivens_limitations 2027-06-01"},
		"TRI-3": {"", ""},
		"TRI-4": {"passed", "passed: ftca_presentment 2026-03-01 (received_late); passed: bivens_limitations 2026-03-01"},
	}
)

// checkTriageManifest compares manifest.json and manifest.csv with the
// hand-computed warnings.
func checkTriageManifest(t *testing.T, out string, wantStatus string) {
	t.Helper()
	m, err := ReadManifest(out)
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Entries) != len(triageWant) {
		t.Fatalf("%d entries, want %d", len(m.Entries), len(triageWant))
	}
	for _, e := range m.Entries {
		if e.Status != wantStatus {
			t.Errorf("%s: status %s, want %s (%s)", e.Matter, e.Status, wantStatus, e.Error)
		}
		if !reflect.DeepEqual(e.Warnings, triageWant[e.Matter]) {
			t.Errorf("%s: manifest.json warnings\n got %+v\nwant %+v", e.Matter, e.Warnings, triageWant[e.Matter])
		}
	}
	// "warnings": [] rather than null or missing, for a row without any.
	data, _ := os.ReadFile(filepath.Join(out, "manifest.json"))
	if !bytes.Contains(data, []byte(`"matter":"TRI-3"`)) || strings.Count(string(data), `"warnings":[]`) < 1 {
		t.Errorf("a row without warnings must carry an empty warnings list:\n%s", data)
	}
	rows := readCSV(t, out)
	if len(rows) == 0 {
		t.Fatal("manifest.csv has no rows")
	}
	for _, r := range rows {
		want := triageCSV[r["matter"]]
		if r["worst"] != want[0] || r["warnings"] != want[1] {
			t.Errorf("%s: manifest.csv worst %q, warnings %q; want %q, %q", r["matter"], r["worst"], r["warnings"], want[0], want[1])
		}
	}
}

const triageSummary = `redress batch: 2 rows have a PASSED deadline: ROSTER:2 Zoë O'Brien (FTCA claim must be received by December 20, 2025), ROSTER:5 Ana Díaz (FTCA claim must be received by March 1, 2026; Bivens suit against the officers must be filed by March 1, 2026)
redress batch: 2 rows have a deadline within 90 days: ROSTER:2 Zoë O'Brien (Bivens suit against the officers must be filed by December 20, 2026), ROSTER:3 Nguyễn Văn Ân (FTCA claim must be received by June 1, 2027; Bivens suit against the officers must be filed by June 1, 2027); see the warnings column of OUT/manifest.csv
`

// TestDeadlineWarningsInManifest: each row's passed and coming deadlines,
// on its own matter.as_of, are in both manifests and in the summary, for
// letters and for SF-95s.
func TestDeadlineWarningsInManifest(t *testing.T) {
	for _, doc := range []string{"letter", "sf95"} {
		t.Run(doc, func(t *testing.T) {
			recs := triageRoster(t)
			out := t.TempDir()
			sum, err := run(t, context.Background(), recs, out, 2, func(o *Options) {
				o.Doc = doc
				o.AsOf = civil.Date{}                              // each row's matter.as_of
				o.Today = civil.Date{Year: 2030, Month: 1, Day: 1} // never used: every row has an as-of date
			})
			if err != nil {
				t.Fatal(err)
			}
			checkTriageManifest(t, out, StatusOK)
			var buf bytes.Buffer
			sum.WriteTriage(&buf, filepath.Join(out, "manifest.csv"))
			want := strings.NewReplacer("ROSTER", recs.Path, "OUT", out).Replace(triageSummary)
			if buf.String() != want {
				t.Errorf("summary\n%s\nwant\n%s", buf.String(), want)
			}
			if sum.RowsAtLeast(WarnPassed) != 2 || sum.RowsAtLeast(WarnSoon) != 3 {
				t.Errorf("rows at least passed %d, at least soon %d; want 2 and 3", sum.RowsAtLeast(WarnPassed), sum.RowsAtLeast(WarnSoon))
			}
		})
	}
}

// TestResumeRecomputesWarnings: --resume over a manifest written before
// warnings existed skips the intact rows and gives them the warnings of
// the current as-of date, not the old run's.
func TestResumeRecomputesWarnings(t *testing.T) {
	header := append([]string{"matter.id", "incident.date", "incident.state"}, clientColumns...)
	recs := rosterOf(t, unpresentedBase(t), header, [][]string{
		append([]string{"RES-1", "2025-06-01", "IL"}, client("Zoë O'Brien", "en")...),
	})
	out := t.TempDir()
	// On 2026-11-27 the deadlines (2027-06-01) are 186 days away.
	if _, err := run(t, context.Background(), recs, out, 1, nil); err != nil {
		t.Fatal(err)
	}
	m, err := ReadManifest(out)
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Entries) != 1 || len(m.Entries[0].Warnings) != 0 {
		t.Fatalf("first run: %+v, want one entry without warnings", m.Entries)
	}
	// Make it an old manifest: no warnings key at all.
	data, _ := os.ReadFile(filepath.Join(out, "manifest.json"))
	old := bytes.ReplaceAll(data, []byte(`,"warnings":[]`), nil)
	if bytes.Equal(old, data) {
		t.Fatal("the manifest has no empty warnings list to remove")
	}
	os.WriteFile(filepath.Join(out, "manifest.json"), old, 0o644)

	// Resumed on 2027-06-02, both have passed (the day after).
	sum, err := run(t, context.Background(), recs, out, 1, func(o *Options) {
		o.Resume = true
		o.AsOf = civil.Date{Year: 2027, Month: 6, Day: 2}
	})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Skipped != 1 {
		t.Fatalf("skipped %d, want 1", sum.Skipped)
	}
	m, err = ReadManifest(out)
	if err != nil {
		t.Fatal(err)
	}
	want := []Warning{
		{Kind: "passed", Deadline: "ftca_presentment", Label: ftcaLabel, Date: "2027-06-01", Code: "passed"},
		{Kind: "passed", Deadline: "bivens_limitations", Label: bivensLabel, Date: "2027-06-01", Code: "passed"},
	}
	if e := m.Entries[0]; e.Status != StatusSkipped || !reflect.DeepEqual(e.Warnings, want) {
		t.Errorf("resumed entry %+v; want skipped with %+v", e, want)
	}
	if r := readCSV(t, out); r[0]["worst"] != "passed" {
		t.Errorf("manifest.csv after resume: %v", r[0])
	}
}

// TestFailedRowKeepsItsWarnings: a row that fails when drafted (here an
// SF-95 refused for no sum certain) still shows its passed deadline.
func TestFailedRowKeepsItsWarnings(t *testing.T) {
	header := append([]string{"matter.id", "incident.date", "incident.state"}, clientColumns...)
	row := append([]string{"FAIL-1", "2023-12-20", "NY"}, client("Zoë O'Brien", "en")...)
	row[len(row)-1] = "0"
	recs := rosterOf(t, unpresentedBase(t), append(header, "claimants[0].damages.personal_injury"), [][]string{append(row, "0")})
	out := t.TempDir()
	sum, err := run(t, context.Background(), recs, out, 1, func(o *Options) { o.Doc = "sf95" })
	if !errors.Is(err, ErrRecordsFailed) {
		t.Fatalf("want ErrRecordsFailed, got %v", err)
	}
	m, _ := ReadManifest(out)
	if len(m.Entries) != 1 || m.Entries[0].Status != StatusError || worst(m.Entries[0].Warnings) != WarnPassed {
		t.Errorf("failed entry %+v; want an error with the passed deadline", m.Entries)
	}
	if sum.RowsAtLeast(WarnPassed) != 1 {
		t.Errorf("summary counts %d passed rows, want 1", sum.RowsAtLeast(WarnPassed))
	}
}

// TestUnknownDeadlineIsUrgent: an urgent warning without a date (no
// limitations period on file) is kept, as kind unknown.
func TestUnknownDeadlineIsUrgent(t *testing.T) {
	k := &casefile.Case{Incident: casefile.Incident{Date: civil.Date{Year: 2025, Month: 6, Day: 1}, State: "ZZ"},
		Claimants: []casefile.Claimant{{Name: "Zoë O'Brien"}}}
	ws := deadlineWarnings(k, 0, civil.Date{Year: 2026, Month: 11, Day: 27})
	want := Warning{Kind: WarnUnknown, Deadline: "bivens_limitations", Label: bivensLabel, Code: "no_limitations"}
	if len(ws) != 1 || ws[0] != want {
		t.Fatalf("warnings %+v, want [%+v]", ws, want)
	}
	if warningsCell(ws) != "unknown: bivens_limitations (no_limitations)" {
		t.Errorf("CSV cell %q", warningsCell(ws))
	}
	var s Summary
	s.triage([]Entry{{Record: "x.yaml", Claimant: "Zoë O'Brien", Warnings: ws}})
	if s.RowsAtLeast(WarnPassed) != 1 {
		t.Error("an unknown deadline must count for --fail-on passed")
	}
	var buf bytes.Buffer
	s.WriteTriage(&buf, "manifest.csv")
	if !strings.Contains(buf.String(), "1 row has a deadline that could not be computed") ||
		!strings.Contains(buf.String(), "Bivens suit against the officers must be filed by: no date could be computed") {
		t.Errorf("summary: %s", buf.String())
	}
}

// TestSummaryListsTheFirstFive: seven passed rows name the first five, in
// record order, and say how many more.
func TestSummaryListsTheFirstFive(t *testing.T) {
	var s Summary
	for i := 1; i <= 7; i++ {
		s.triage([]Entry{{Record: "r.csv:" + itoa(i+1), Claimant: "Client " + itoa(i),
			Warnings: []Warning{{Kind: WarnPassed, Deadline: "ftca_presentment", Label: ftcaLabel, Date: "2025-12-20", Code: "passed"}}}})
	}
	var buf bytes.Buffer
	s.WriteTriage(&buf, "o/manifest.csv")
	got := buf.String()
	if !strings.HasPrefix(got, "redress batch: 7 rows have a PASSED deadline: r.csv:2 Client 1 (") ||
		!strings.Contains(got, "r.csv:6 Client 5 (FTCA claim must be received by December 20, 2025), and 2 more; see the warnings column of o/manifest.csv\n") ||
		strings.Contains(got, "Client 6") {
		t.Errorf("summary:\n%s", got)
	}
	var none Summary
	none.triage([]Entry{{Record: "r.csv:2", Claimant: "Client"}})
	buf.Reset()
	none.WriteTriage(&buf, "o/manifest.csv")
	if buf.Len() != 0 || none.RowsAtLeast(WarnSoon) != 0 {
		t.Errorf("a run without warnings printed %q", buf.String())
	}
}
