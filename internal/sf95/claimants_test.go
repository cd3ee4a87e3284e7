package sf95

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"redress/internal/assemble"
	"redress/internal/doc"
	"redress/internal/render/docx"
	"redress/internal/render/pdf"
	"redress/internal/verify"
	"redress/templates"
)

// Who presents which claim (28 C.F.R. § 14.3) and what counsel must know
// before sending it, read back from the finished SF-95 (the words pdftotext
// finds inside each box of the PDF; the DOCX table's XML) and presentment
// letter (PDF and DOCX).

// inBox returns the words of a PDF page that lie inside r, in reading
// order.
func inBox(page []verify.Word, r rect) string {
	const slack = 0.8
	var out []string
	for _, w := range page {
		if w.XMin >= r.x0-slack && w.XMax <= r.x1+slack && w.YMin >= r.y0-slack && w.YMax <= r.y1+slack {
			out = append(out, w.Text)
		}
	}
	return strings.Join(out, " ")
}

// formTexts renders claimant i's SF-95 and returns page 1's words and the
// DOCX's text (folded).
func formTexts(t *testing.T, f *Form) (page1 []verify.Word, docxText string) {
	t.Helper()
	p := writePDF(t, f)
	verify.PDF(t, p)
	var db bytes.Buffer
	if err := docx.Write(&db, f.DOCX); err != nil {
		t.Fatal(err)
	}
	return verify.Words(t, p)[0], verify.Fold(verify.DOCXText(t, db.Bytes()))
}

// letterTexts renders a presentment letter and returns its PDF and DOCX
// texts, folded.
func letterTexts(t *testing.T, d *doc.Document) (pdfText, docxText string) {
	t.Helper()
	var pb, db bytes.Buffer
	if err := pdf.Write(&pb, d); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "claim-letter.pdf")
	if err := os.WriteFile(p, pb.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := docx.Write(&db, d); err != nil {
		t.Fatal(err)
	}
	return verify.Fold(verify.PDF(t, p)), verify.Fold(verify.DOCXText(t, db.Bytes()))
}

func claimLetter(t *testing.T, path string, i int) (pdfText, docxText string) {
	t.Helper()
	src := load(t, path)
	a, err := ResolveAgency(src)
	if err != nil {
		t.Fatal(err)
	}
	d, err := BuildLetter(assemble.New(templates.FS), src.Case, i, a, asOf)
	if err != nil {
		t.Fatal(err)
	}
	return letterTexts(t, d)
}

func wantIn(t *testing.T, what, text string, wants ...string) {
	t.Helper()
	verify.ContainsAll(t, what, text, wants...)
}

func notIn(t *testing.T, what, text string, nots ...string) {
	t.Helper()
	for _, n := range nots {
		if strings.Contains(text, verify.Fold(n)) {
			t.Errorf("%s has %q", what, n)
		}
	}
}

// A death claim (Texas sample): box 2 names the administrator in her
// capacity; boxes 4 and 5 are the decedent's, which the case file lacks,
// so they are marked for the attorney instead of reading NONE (or the
// administrator's own 09/30/1981 and "Widowed"), and the letter says why.
func TestDeathClaimNamesTheCapacity(t *testing.T) {
	src := load(t, "../../samples/texas-wrongful-death.yaml")
	f := build(t, src, 0)
	page, docxText := formTexts(t, f)
	box2 := "Teresa Medina Salas, Administrator of the estate of Rafael Medina Cruz 7715 Avenue F, Houston, TX 77012"
	if got := inBox(page, fill2); got != box2 {
		t.Errorf("PDF box 2 reads %q, want %q", got, box2)
	}
	for name, r := range map[string]rect{"4": fill4, "5": fill5} {
		if got := inBox(page, r); got != Needed {
			t.Errorf("PDF box %s reads %q, want %q", name, got, Needed)
		}
	}
	wantIn(t, "the DOCX form", docxText,
		"Zip code. "+box2,
		"4. DATE OF BIRTH "+Needed, "5. MARITAL STATUS "+Needed)
	notIn(t, "the DOCX form", docxText, "4. DATE OF BIRTH NONE", "5. MARITAL STATUS NONE", "09/30/1981", "Widowed",
		"Personal representative: Teresa Medina Salas")
	pdfText, docxLetter := claimLetter(t, "../../samples/texas-wrongful-death.yaml", 0)
	for what, text := range map[string]string{"PDF": pdfText, "DOCX": docxLetter} {
		wantIn(t, "the presentment letter's "+what, text,
			"Claimant: Teresa Medina Salas, administrator of the estate of Rafael Medina Cruz",
			"Boxes 4 and 5 (date of birth, marital status) of a claim for a death are left for you: the case file does not give the decedent's (Rafael Medina Cruz).")
	}
}

// Box 9 names the owner, with an address, when the property is someone
// else's, and counsel is warned that 12a is then the owner's to claim
// (28 C.F.R. § 14.3(a)). The owner's own claim, or a name typed without
// its accents, is the claimant's: box 9 reads NONE, as the form asks.
func TestPropertyOwnedByAnother(t *testing.T) {
	const path = "testdata/three-claimants.yaml"
	for _, tc := range []struct {
		owner, box9 string
		warned      bool
	}{
		{"Ada Park", "Ada Park 16 Pine St., Seattle, WA 98122", true},                // a witness
		{"carmen ramos", "carmen ramos 14 Pine St., Seattle, WA 98122", true},        // a representative
		{"Pat Quinn", "Pat Quinn [FACTS NEEDED: the owner's address (number,", true}, // no address on file
		{"Nguyen Van An", "NONE", false},                                             // the claimant, no accents
		{"", "NONE", false},
	} {
		t.Run(tc.owner, func(t *testing.T) {
			src := load(t, path)
			src.Case.Incident.Property.Owner = tc.owner
			f := build(t, src, 0) // Nguyễn Văn Ân claims $420.10 in 12a
			page, docxText := formTexts(t, f)
			if got := inBox(page, fill9Owner); !strings.HasPrefix(got, tc.box9) {
				t.Errorf("PDF box 9 reads %q, want %q", got, tc.box9)
			}
			wantIn(t, "the DOCX form", docxText, "State, and Zip Code). "+tc.box9)
			warned := false
			for _, n := range f.Notes {
				warned = warned || n.Warning && strings.Contains(n.Text, "28 C.F.R. § 14.3(a)")
			}
			if warned != tc.warned {
				t.Errorf("warned about 12a: %v, want %v (%+v)", warned, tc.warned, f.Notes)
			}
			a, _ := ResolveAgency(src)
			d, err := BuildLetter(assemble.New(templates.FS), src.Case, 0, a, asOf)
			if err != nil {
				t.Fatal(err)
			}
			pdfText, docxLetter := letterTexts(t, d)
			for what, text := range map[string]string{"PDF": pdfText, "DOCX": docxLetter} {
				warning := "Box 12a claims $420.10 for property the case file says belongs to " + tc.owner
				if tc.warned {
					wantIn(t, "the presentment letter's "+what, text, warning, "(28 C.F.R. § 14.3(a))")
				} else {
					notIn(t, "the presentment letter's "+what, text, "Box 12a claims")
				}
			}
		})
	}
}

// A claim already denied (Texas sample, denied 2026-08-31): the letter
// presenting it again warns counsel that a new claim does not restart the
// six months to sue, which end on February 28, 2027 (August 31 + 6
// months, the month's last day). A pending claim's letter does not.
func TestDeniedClaimLetterWarnsCounsel(t *testing.T) {
	pdfText, docxText := claimLetter(t, "../../samples/texas-wrongful-death.yaml", 0)
	for what, text := range map[string]string{"PDF": pdfText, "DOCX": docxText} {
		wantIn(t, "the presentment letter's "+what, text,
			"For counsel: The case file records that the agency denied this claim by a notice mailed on August 31, 2026.",
			"Presenting the claim again does not restart the clock of 28 U.S.C. § 2401(b) [AUTHORITY NEEDED:",
			"that is, by February 28, 2027.",
			"Only a written request for reconsideration filed before that day gives the agency six more months (28 C.F.R. § 14.9(b)).")
	}
	pdfText, docxText = claimLetter(t, "../../samples/illinois-torres.yaml", 0)
	for what, text := range map[string]string{"PDF": pdfText, "DOCX": docxText} {
		notIn(t, "a pending claim's letter ("+what+")", text, "does not restart the clock")
	}
}
