package sf95

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"redress/internal/casefile"
	"redress/internal/civil"
	"redress/internal/money"
	"redress/internal/render/pdf"
	"redress/internal/verify"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

var asOf = civil.Date{Year: 2026, Month: 11, Day: 27}

func load(t testing.TB, path string) *casefile.Source {
	t.Helper()
	src, err := casefile.Load(path, casefile.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return src
}

// cases are every sample and the three-claimant case.
func cases(t *testing.T) []string {
	t.Helper()
	files, _ := filepath.Glob("../../samples/*.yaml")
	return append(files, "testdata/three-claimants.yaml")
}

func writePDF(t testing.TB, f *Form) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "sf95.pdf")
	out, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	if err := pdf.Write(out, f.PDF); err != nil {
		t.Fatal(err)
	}
	return p
}

func build(t testing.TB, src *casefile.Source, i int) *Form {
	t.Helper()
	a, err := ResolveAgency(src)
	if err != nil {
		t.Fatal(err)
	}
	return BuildForm(src.Case, i, a, asOf)
}

// every printed label of both pages, as pdftotext reads them (words).
var labels1 = []string{titleLine1, titleLine2, instructionsHead, ombLine1, ombLine2, label1, label2, label3, label3M, label3C,
	label4, label5, label6, label7, label8, band9, label9Owner, label9Descr, band10, label10Body, band11, label11Name,
	label11Addr, label12, band12Bold + band12Plain, label12a, label12b, label12c, label12d, certification, label13a, label13b,
	label14, civilHead, civilText, criminalHead, criminalText, footerLeft, footerCenter, footerRight1B + footerRight1,
	footerRight2, footerRight3, instructionsText}

var labels2 = []string{insuranceHead, subrogation, label15, label15IfYes, label16, label17, label18, label19, label19IfYes,
	instructionsHead2, instrLead, instrComplete, instrDeemed1 + instrDeemedSum + instrDeemed2 + instrDeemedTwo + instrDeemed3,
	instrFailure, instrHelp, instrAgent, instrBoth, instrEvidence, "(a) " + instrEvidenceA, "(b) " + instrEvidenceB,
	"(c) " + instrEvidenceC, "(d) " + instrEvidenceD, privacyHead, privacyIntro, "A. " + privacyA + privacyAText,
	"B. " + privacyB + privacyBText, "C. " + privacyC + privacyCText, "D. " + privacyD + privacyDText,
	paperworkHead, paperworkText, footerBackB1 + footerBack + footerBackB2}

func words(s string) []string { return strings.Fields(s) }

// hasSequence reports whether the page's words contain want's words
// consecutively (reading order).
func hasSequence(page []verify.Word, want []string) bool {
	for i := range page {
		j := 0
		for j < len(want) && i+j < len(page) && page[i+j].Text == want[j] {
			j++
		}
		if j == len(want) {
			return true
		}
	}
	return false
}

// TestEveryLabelIsPrinted finds every printed label of both pages in the
// PDF's text, each inside the rectangle it was drawn in.
func TestEveryLabelIsPrinted(t *testing.T) {
	src := load(t, "../../samples/illinois-torres.yaml")
	f := build(t, src, 0)
	pages := verify.Words(t, writePDF(t, f))
	for n, labels := range [][]string{labels1, labels2} {
		placed := [][]Placement{f.Page1, f.Page2}[n]
		for _, l := range labels {
			found := false
			for _, pl := range placed {
				if pl.Item == "" && hasSequence(wordsOf(words(pl.Text)), words(l)) {
					checkInside(t, pages[n], pl)
					found = true
					break
				}
			}
			if !found {
				// A paragraph the form sets across two columns is two
				// boxes drawn one after the other.
				for k := 0; k+1 < len(placed) && !found; k++ {
					a, b := placed[k], placed[k+1]
					if a.Item == "" && b.Item == "" && hasSequence(wordsOf(words(a.Text+" "+b.Text)), words(l)) {
						checkInside(t, pages[n], a)
						checkInside(t, pages[n], b)
						found = true
					}
				}
			}
			if !found {
				t.Errorf("page %d: label never drawn: %q", n+1, l)
			}
		}
	}
}

func wordsOf(ws []string) []verify.Word {
	out := make([]verify.Word, len(ws))
	for i, w := range ws {
		out[i].Text = w
	}
	return out
}

// TestValuesLieInsideTheirBoxes checks, for every box of every claimant
// of every case, that each word drawn for a value lies inside the box.
func TestValuesLieInsideTheirBoxes(t *testing.T) {
	for _, path := range cases(t) {
		src := load(t, path)
		for i := range src.Case.Claimants {
			t.Run(fmt.Sprintf("%s/%d", filepath.Base(path), i), func(t *testing.T) {
				f := build(t, src, i)
				p := writePDF(t, f)
				verify.PDF(t, p)
				pages := verify.Words(t, p)
				for n, placed := range [][]Placement{f.Page1, f.Page2} {
					for _, pl := range placed {
						checkInside(t, pages[n], pl)
					}
				}
			})
		}
	}
}

// checkInside finds the placement's words, in order, among the words
// whose boxes lie inside the placement's rectangle.
func checkInside(t *testing.T, page []verify.Word, pl Placement) {
	t.Helper()
	const slack = 0.8
	var inside []string
	for _, w := range page {
		if w.XMin >= pl.X0-slack && w.XMax <= pl.X1+slack && w.YMin >= pl.Y0-slack && w.YMax <= pl.Y1+slack {
			inside = append(inside, w.Text)
		}
	}
	want := words(pl.Text)
	j := 0
	for _, w := range inside {
		if j < len(want) && w == want[j] {
			j++
		}
	}
	if j < len(want) {
		t.Errorf("item %s: %q not inside its box (%.1f,%.1f)-(%.1f,%.1f); words inside: %q",
			pl.Item, pl.Text, pl.X0, pl.Y0, pl.X1, pl.Y1, strings.Join(inside, " "))
	}
}

var amountRE = regexp.MustCompile(`^\$[0-9,]+\.[0-9]{2}$|^NONE$`)

// TestTotalIsTheSum reads 12a-12d back from the drawn form and checks
// 12d = 12a + 12b + 12c to the cent.
func TestTotalIsTheSum(t *testing.T) {
	for _, path := range cases(t) {
		src := load(t, path)
		for i, c := range src.Case.Claimants {
			f := build(t, src, i)
			got := map[string]money.Money{}
			for _, pl := range f.Page1 {
				if strings.HasPrefix(pl.Item, "12") {
					if !amountRE.MatchString(pl.Text) {
						t.Fatalf("%s: box %s shows %q, not dollars and cents", c.Name, pl.Item, pl.Text)
					}
					m, _ := money.Parse(strings.TrimPrefix(pl.Text, "NONE"))
					got[pl.Item] = m
				}
			}
			if got["12d"] != got["12a"]+got["12b"]+got["12c"] || got["12d"] != c.Damages.Total() || got["12d"] <= 0 {
				t.Errorf("%s: 12a %s + 12b %s + 12c %s != 12d %s", c.Name, got["12a"], got["12b"], got["12c"], got["12d"])
			}
		}
	}
}

func TestSpecialClaimantsBoxes(t *testing.T) {
	src := load(t, "testdata/three-claimants.yaml")
	minor := build(t, src, 1).Boxes
	if !strings.Contains(minor.ClaimantBlock, "Personal representative: Carmen Ramos, mother and next friend") {
		t.Errorf("box 2 of a minor must name the representative and capacity: %q", minor.ClaimantBlock)
	}
	death := build(t, src, 2).Boxes
	if !strings.HasPrefix(death.Injury, "Decedent: Tomás Delgado (died October 2, 2025).") {
		t.Errorf("box 10 of a wrongful-death claim must name the decedent: %q", death.Injury)
	}
	adult := build(t, src, 0).Boxes
	if adult.DateAndDay != "October 1, 2025 (Wednesday)" || adult.Time != "5:15 P.M." {
		t.Errorf("boxes 6 and 7: %q, %q", adult.DateAndDay, adult.Time)
	}
	if adult.Total12d != money.Money(8542010) {
		t.Errorf("12d = %s, want $85,420.10", adult.Total12d)
	}
	if minor.Owner != None || minor.AccidentInsurance != None || minor.Deductible != None {
		t.Errorf("items with nothing to say must read NONE")
	}
}

func TestRefusals(t *testing.T) {
	src := load(t, "testdata/three-claimants.yaml")
	src.Case.Claimants[0].Damages = casefile.Damages{}
	src.Case.Claimants[1].Representative = casefile.Representative{}
	probs := Check(src, []int{0, 1, 2})
	if len(probs) != 2 {
		t.Fatalf("want 2 problems, got %v", probs)
	}
	if !strings.Contains(probs[0].Msg, "sum certain") || !strings.Contains(probs[0].Msg, "14.2(a)") || probs[0].Path != "claimants[0].damages" {
		t.Errorf("sum-certain refusal: %+v", probs[0])
	}
	if !strings.Contains(probs[1].Msg, "representative") {
		t.Errorf("minor without representative: %+v", probs[1])
	}
}
