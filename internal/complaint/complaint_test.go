package complaint

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"redress/internal/assemble"
	"redress/internal/casefile"
	"redress/internal/civil"
	"redress/internal/doc"
	"redress/internal/render/docx"
	"redress/internal/render/pdf"
	"redress/internal/verify"
	"redress/templates"
)

var asOf = civil.Date{Year: 2026, Month: 11, Day: 27}

func load(t testing.TB, path string) *casefile.Source {
	t.Helper()
	src, err := casefile.Load(path, casefile.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return src
}

func draft(t testing.TB, src *casefile.Source, opt Options) *doc.Document {
	t.Helper()
	res, err := Build(assemble.New(templates.FS), src, asOf, opt)
	if err != nil {
		t.Fatal(err)
	}
	return res.Document
}

func write(t testing.TB, d *doc.Document, ext string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "complaint"+ext)
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w := pdf.Write
	if ext == ".docx" {
		w = docx.Write
	}
	if err := w(f, d); err != nil {
		t.Fatal(err)
	}
	return p
}

// complaintCases are the samples with counts and the three-plaintiff case.
func complaintCases(t *testing.T) []string {
	files, _ := filepath.Glob("../../samples/*.yaml")
	var out []string
	for _, f := range files {
		if len(load(t, f).Case.Complaint.Counts) > 0 {
			out = append(out, f)
		}
	}
	return append(out, "testdata/three-plaintiffs.yaml")
}

// numberAt finds the pleading numbers in the PDF: words "N." standing at
// the paragraph-number position, in reading order.
var numRE = regexp.MustCompile(`^(\d+)\.$`)

// pdfNumbers reads the pleading numbers: the words "N." that stand in
// the column where "1." stands (so a year that ends a wrapped line is not
// taken for one).
func pdfNumbers(t *testing.T, path string) []int {
	pages := verify.Words(t, path)
	var one *verify.Word
	for _, page := range pages {
		for i, w := range page {
			if w.Text == "1." && one == nil {
				one = &page[i]
			}
		}
	}
	if one == nil {
		t.Fatal("no paragraph 1")
	}
	// Left- or right-aligned numbers: either edge lines up with "1.".
	near := func(a, b float64) bool { return a > b-1.5 && a < b+1.5 }
	var out []int
	for _, page := range pages {
		for _, w := range page {
			if m := numRE.FindStringSubmatch(w.Text); m != nil && (near(w.XMin, one.XMin) || near(w.XMax, one.XMax)) {
				n, _ := strconv.Atoi(m[1])
				out = append(out, n)
			}
		}
	}
	return out
}

func checkSequence(t *testing.T, what string, nums []int, want int) {
	t.Helper()
	if len(nums) != want {
		t.Errorf("%s: %d numbered paragraphs, want %d (%v)", what, len(nums), want, nums)
	}
	for i, n := range nums {
		if n != i+1 {
			t.Fatalf("%s: paragraph numbers run %v: gap, repeat or restart at position %d", what, nums, i)
		}
	}
}

func numberedBlocks(bs []doc.Block) []doc.Numbered {
	var out []doc.Numbered
	for _, b := range bs {
		switch x := b.(type) {
		case doc.Numbered:
			out = append(out, x)
		case doc.Group:
			out = append(out, numberedBlocks(x.Blocks)...)
		}
	}
	return out
}

var inclRE = regexp.MustCompile(`paragraphs (\d+) through (\d+) as if fully set forth`)

func TestNumberingFactsAndIncorporation(t *testing.T) {
	for _, path := range complaintCases(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			src := load(t, path)
			d := draft(t, src, Options{})
			total := len(numberedBlocks(d.Body))
			p := write(t, d, ".pdf")
			text := verify.Fold(verify.PDF(t, p))
			checkSequence(t, "PDF", pdfNumbers(t, p), total)

			// Every fact is its own paragraph: "N. <fact>" with consecutive N.
			red := newRedactor(src.Case)
			first, last := 0, 0
			for i, f := range src.Case.Incident.Facts {
				f = verify.Fold(red.text(f))
				head := f[:min(len(f), 40)]
				m := regexp.MustCompile(`(\d+)\. ` + regexp.QuoteMeta(head)).FindStringSubmatch(text)
				if m == nil {
					t.Fatalf("fact %d is not its own numbered paragraph: %q", i, head)
				}
				n, _ := strconv.Atoi(m[1])
				if i == 0 {
					first = n
				} else if n != last+1 {
					t.Errorf("fact %d is paragraph %d, want %d", i, n, last+1)
				}
				last = n
			}
			// Every count cites exactly the first and last factual paragraph.
			ms := inclRE.FindAllStringSubmatch(text, -1)
			if len(ms) != len(src.Case.Complaint.Counts) {
				t.Fatalf("%d incorporation paragraphs for %d counts", len(ms), len(src.Case.Complaint.Counts))
			}
			for _, m := range ms {
				if m[1] != strconv.Itoa(first) || m[2] != strconv.Itoa(last) {
					t.Errorf("a count incorporates paragraphs %s through %s; the facts are %d through %d", m[1], m[2], first, last)
				}
			}
			if strings.Contains(text, "all preceding paragraphs") {
				t.Error("a count incorporates \"all preceding paragraphs\"")
			}
		})
	}
}

// TestDOCXIsOneNumberingList checks the DOCX's numbered paragraphs share
// one w:numId and that LibreOffice shows the same numbers 1..N.
func TestDOCXIsOneNumberingList(t *testing.T) {
	src := load(t, "testdata/three-plaintiffs.yaml")
	d := draft(t, src, Options{})
	total := len(numberedBlocks(d.Body))
	p := write(t, d, ".docx")
	body := string(verify.DOCXFile(t, p)["word/document.xml"])
	// Every pleading paragraph carries the same numId; count the
	// paragraphs of each numId and find the one with all of them.
	ids := map[string]int{}
	for _, m := range regexp.MustCompile(`<w:numId w:val="(\d+)"/>`).FindAllStringSubmatch(body, -1) {
		ids[m[1]]++
	}
	one := false
	for _, c := range ids {
		one = one || c == total
	}
	if !one {
		t.Errorf("paragraphs by numId: %v; want all %d pleading paragraphs in one list", ids, total)
	}
	conv := verify.DOCXToPDF(t, p)
	nums := pdfNumbers(t, conv)
	checkSequence(t, "LibreOffice's PDF of the DOCX", nums, total)
}

func TestMinorPrivacy(t *testing.T) {
	src := load(t, "testdata/three-plaintiffs.yaml")
	d := draft(t, src, Options{})
	for _, ext := range []string{".pdf", ".docx"} {
		p := write(t, d, ext)
		if ext == ".docx" {
			p = verify.DOCXToPDF(t, p)
		}
		text := verify.Fold(verify.RawText(t, p))
		verify.ContainsAll(t, ext, text, "S.R.", "2012")
		for _, never := range []string{"Sofía", "SOFÍA", "May 3, 2012", "2012-05-03", "05/03/2012", "A123-456-789", "A987-654-321", "123-456-789"} {
			if strings.Contains(text, never) {
				t.Errorf("%s: the complaint shows %q", ext, never)
			}
		}
	}
}

func TestUnitedStatesOnlyWithFTCACounts(t *testing.T) {
	src := load(t, "testdata/three-plaintiffs.yaml")
	for _, tc := range []struct {
		name   string
		counts []string
	}{
		{"bivens only", []string{"bivens_excessive_force"}},
		{"ftca only", []string{"ftca_battery", "ftca_negligence"}},
		{"mixed", []string{"bivens_unlawful_entry", "ftca_false_arrest"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src.Case.Complaint.Counts = tc.counts
			text := verify.Fold(verify.Text(t, write(t, draft(t, src, Options{}), ".pdf")))
			hasFTCA := strings.HasPrefix(tc.counts[len(tc.counts)-1], "ftca")
			hasBivens := strings.HasPrefix(tc.counts[0], "bivens")
			if strings.Contains(text, "UNITED STATES OF AMERICA") != hasFTCA {
				t.Errorf("the United States appears: %v; FTCA counts: %v", !hasFTCA, hasFTCA)
			}
			jury := strings.Contains(text, "DEMAND FOR JURY TRIAL")
			if jury != hasBivens {
				t.Errorf("jury demand present: %v; Bivens counts: %v", jury, hasBivens)
			}
			if jury && hasFTCA {
				i := strings.LastIndex(text, "DEMAND FOR JURY TRIAL")
				demand := text[i:min(len(text), i+600)]
				if !strings.Contains(demand, "2402") {
					t.Errorf("the jury demand must exclude the FTCA counts (28 U.S.C. § 2402): %q", demand)
				}
			}
		})
	}
}

func TestCleanLeavesNoDraftingNote(t *testing.T) {
	src := load(t, "testdata/three-plaintiffs.yaml")
	withNotes := verify.Fold(verify.Text(t, write(t, draft(t, src, Options{}), ".pdf")))
	if !strings.Contains(withNotes, "Drafting note") {
		t.Fatal("the default complaint should carry drafting notes")
	}
	clean := draft(t, src, Options{Clean: true})
	text := verify.Fold(verify.Text(t, write(t, clean, ".pdf")))
	for _, s := range []string{"Drafting note", "FACTS NEEDED", "Egbert"} {
		if strings.Contains(text, s) {
			t.Errorf("--clean left %q", s)
		}
	}
}

func TestRules(t *testing.T) {
	src := load(t, "testdata/three-plaintiffs.yaml")
	eng := assemble.New(templates.FS)
	src.Case.Complaint.Counts = []string{"bivens_excessive_force", "ftca_carjacking"}
	_, err := Build(eng, src, asOf, Options{})
	if err == nil || !strings.Contains(err.Error(), "ftca_carjacking") || !strings.Contains(err.Error(), "ftca_battery") {
		t.Errorf("an unknown count must be an error listing the catalogue: %v", err)
	}
	src = load(t, "testdata/three-plaintiffs.yaml")
	src.Case.FTCA.DeniedOn = civil.Date{}
	src.Case.FTCA.PresentedOn = civil.Date{Year: 2026, Month: 10, Day: 1}
	_, err = Build(eng, src, asOf, Options{})
	var r *Refusal
	if err == nil || !errorsAs(err, &r) || !strings.Contains(err.Error(), "April 1, 2027") {
		t.Errorf("a premature FTCA count must be refused with the date exhaustion completes (2026-10-01 + 6 months): %v", err)
	}
	if _, err := Build(eng, src, asOf, Options{AllowPremature: true}); err != nil {
		t.Errorf("--allow-premature: %v", err)
	}
	src = load(t, "testdata/three-plaintiffs.yaml")
	src.Case.Court.District = ""
	src.Case.Firm.Attorneys = nil
	_, err = Build(eng, src, asOf, Options{})
	if err == nil || !strings.Contains(err.Error(), "court.district") || !strings.Contains(err.Error(), "firm.attorneys") {
		t.Errorf("a district and an attorney are required: %v", err)
	}
}
