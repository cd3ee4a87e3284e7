package sf95

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"redress/internal/casefile"
	"redress/internal/render/docx"
	"redress/internal/verify"
)

// longCase is the three-claimant case with a 1,600-word account and nine
// witnesses.
func longCase(t testing.TB) (*casefile.Source, []string) {
	t.Helper()
	src := load(t, "testdata/three-claimants.yaml")
	inc := &src.Case.Incident
	inc.Facts = nil
	n := 0
	for n < 1600 {
		f := fmt.Sprintf("At minute %d the officer named in paragraph %d kept Mr. Nguyễn pinned against the wall near door %d.", n/15, n/15+1, n)
		inc.Facts = append(inc.Facts, f)
		n += len(strings.Fields(f))
	}
	inc.Summary = "Officers held several people on the sidewalk for a long time."
	inc.Witnesses = nil
	for i := 1; i <= 9; i++ {
		inc.Witnesses = append(inc.Witnesses, casefile.Witness{
			Name:    fmt.Sprintf("Witness Number %d Zoë", i),
			Address: casefile.Address{Street: fmt.Sprintf("%d Pine St.", 100+i), City: "Seattle", State: "WA", Zip: "98122"},
		})
	}
	var all []string
	all = append(all, strings.Fields(inc.Summary)...)
	for _, f := range inc.Facts {
		all = append(all, strings.Fields(f)...)
	}
	return src, all
}

// subsequence reports the first word of want that text lacks in order.
func subsequence(text []string, want []string) (missing string, at int) {
	j := 0
	for _, w := range text {
		if j < len(want) && w == want[j] {
			j++
		}
	}
	if j < len(want) {
		return want[j], j
	}
	return "", -1
}

func TestOverflowGoesOnContinuationSheets(t *testing.T) {
	src, account := longCase(t)
	f := build(t, src, 0)
	if strings.Join(f.Continued, ",") != "8,11" {
		t.Fatalf("continued items = %v, want 8 and 11", f.Continued)
	}
	p := writePDF(t, f)
	text := verify.PDF(t, p)
	pages := strings.Split(text, "\f")
	if len(pages) < 4 {
		t.Fatalf("want the form and continuation sheets, got %d pages", len(pages))
	}
	raw := strings.Fields(verify.RawText(t, p))
	if w, at := subsequence(raw, account); w != "" {
		t.Fatalf("word %d of the account (%q) is missing or out of order in the PDF", at, w)
	}
	// Names and addresses are two columns: each in order.
	var names, addrs []string
	for _, w := range src.Case.Incident.Witnesses {
		names = append(names, strings.Fields(w.Name)...)
		addrs = append(addrs, strings.Fields(addressLine(w.Address))...)
	}
	for _, ws := range [][]string{names, addrs} {
		if w, at := subsequence(raw, ws); w != "" {
			t.Fatalf("witness word %d (%q) is missing or out of order", at, w)
		}
	}
	verify.ContainsAll(t, "PDF", text,
		"(continued on attached sheet, item 8)", "(continued on attached sheet, item 11)",
		"Continuation of Standard Form 95 — Nguyễn Văn Ân — Item 8",
		"Continuation of Standard Form 95 — Nguyễn Văn Ân — Item 11",
		fmt.Sprintf("Page 3 of %d", len(pages)-1))
	// The DOCX says the same: the box's part, then the sheet's.
	dp := filepath.Join(t.TempDir(), "sf95.docx")
	out, err := os.Create(dp)
	if err != nil {
		t.Fatal(err)
	}
	if err := docx.Write(out, f.DOCX); err != nil {
		t.Fatal(err)
	}
	out.Close()
	draw := strings.Fields(verify.RawText(t, verify.DOCXToPDF(t, dp)))
	if w, at := subsequence(draw, account); w != "" {
		t.Fatalf("word %d of the account (%q) is missing or out of order in the DOCX", at, w)
	}
	// Never below 7 pt: every value box drew at 7 pt or more (the
	// fitting never goes lower), and the sheets are body text.
	for _, pl := range f.Page1 {
		if pl.Item == "8" && !strings.HasSuffix(pl.Text, "(continued on attached sheet, item 8)") {
			t.Errorf("box 8 should end with the continuation notice: %q", pl.Text)
		}
	}
}

func TestDOCXHasEveryValue(t *testing.T) {
	for _, path := range cases(t) {
		src := load(t, path)
		for i := range src.Case.Claimants {
			f := build(t, src, i)
			p := filepath.Join(t.TempDir(), "sf95.docx")
			out, err := os.Create(p)
			if err != nil {
				t.Fatal(err)
			}
			if err := docx.Write(out, f.DOCX); err != nil {
				t.Fatal(err)
			}
			out.Close()
			b := f.Boxes
			want := []string{b.Agency, b.ClaimantBlock, b.BirthDate, b.MaritalStatus, b.DateAndDay, b.Time, b.Basis,
				b.Owner, b.Property, b.Injury, Amount(b.Property12a), Amount(b.Injury12b), Amount(b.Death12c),
				b.Total12d.String(), b.AccidentInsurance, b.Deductible, b.InsurerAction, b.LiabilityCarrier, label12d, certification}
			for _, w := range b.Witnesses {
				want = append(want, w.Name, w.Address)
			}
			if b.Phone13b != "" {
				want = append(want, b.Phone13b)
			}
			// A table's cells wrap where LibreOffice decides, and text
			// extraction may interleave neighbouring cells' lines, so each
			// value is checked word by word.
			have := map[string]bool{}
			for _, w := range strings.Fields(verify.RawText(t, verify.DOCXToPDF(t, p))) {
				have[w] = true
			}
			for _, v := range want {
				for _, w := range strings.Fields(v) {
					if !have[w] {
						t.Errorf("%s, claimant %d: the DOCX lacks %q (of %q)", filepath.Base(path), i, w, v)
					}
				}
			}
		}
	}
}
