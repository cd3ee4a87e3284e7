package letter

import (
	"path/filepath"
	"strings"
	"testing"

	"redress/internal/assemble"
	"redress/internal/casefile"
	"redress/internal/civil"
	"redress/internal/doc"
	"redress/templates"
)

func load(t *testing.T, name string) *casefile.Case {
	t.Helper()
	src, err := casefile.Load(filepath.Join("..", "..", "samples", name), casefile.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return src.Case
}

// text flattens a document's body into lines of text, headings marked
// with "# ".
func text(bs []doc.Block) []string {
	var out []string
	for _, b := range bs {
		switch x := b.(type) {
		case doc.Heading:
			out = append(out, "# "+doc.PlainText(x.Spans))
		case doc.Paragraph:
			out = append(out, doc.PlainText(x.Spans))
		case doc.Group:
			out = append(out, text(x.Blocks)...)
		case doc.List:
			for _, it := range x.Items {
				out = append(out, text(it.Blocks)...)
			}
		case doc.Table:
			for _, r := range x.Rows {
				var cells []string
				for _, c := range r.Cells {
					cells = append(cells, doc.PlainText(c.Spans))
				}
				out = append(out, strings.Join(cells, " | "))
			}
		}
	}
	return out
}

func build(t *testing.T, k *casefile.Case, i int) (*Result, string) {
	t.Helper()
	res, err := Build(assemble.New(templates.FS), k, i, civil.Date{Year: 2026, Month: 11, Day: 27})
	if err != nil {
		t.Fatal(err)
	}
	return res, strings.Join(text(res.Document.Body), "\n")
}

// The eight points of shared/legal/README.md, in order, as the letter's
// section headings.
var sections = []string{
	"# The short answer",
	"# Your deadlines",
	"# Asking the government to pay: the FTCA claim",
	"# Suing the officers yourself",
	"# Why the order of steps matters",
	"# Criminal charges",
	"# What to do now",
	"# What this letter can and cannot do",
	"# Legal sources",
}

func TestLetterCoversEveryPointInOrder(t *testing.T) {
	k := load(t, "illinois-torres.yaml")
	_, body := build(t, k, 0)
	at := 0
	for _, s := range sections {
		i := strings.Index(body[at:], s+"\n")
		if i < 0 {
			t.Fatalf("section %q missing or out of order", s)
		}
		at += i
	}
	for _, want := range []string{
		"PRIVILEGED & CONFIDENTIAL — ATTORNEY-CLIENT COMMUNICATION",
		"RE: Your options after the March 14, 2025 incident with U.S. Immigration and Customs Enforcement",
		"Dear María Elena Torres:",
		"November 27, 2026",
		"In front of 1420 W. Elm St., Chicago, Illinois",
		"Total: $151,850.00",
		k.Incident.Evidence[0],
		"20 percent", "25 percent",
		"Ana Ramírez",
		// Deadlines table: presentment (2 years from 2025-03-14) and the
		// Illinois two-year Bivens period, both March 14, 2027 (a Sunday);
		// deemed denial: the six months after presentment on 2025-09-02
		// end on 2026-03-02, so suit is allowed from March 3.
		"March 14, 2027 (a Sunday)",
		"March 3, 2026",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("letter lacks %q", want)
		}
	}
}

func TestCitationsStayOutOfTheBody(t *testing.T) {
	_, body := build(t, load(t, "illinois-torres.yaml"), 0)
	main := body[:strings.Index(body, "# Legal sources")]
	for _, cite := range []string{"U.S.C.", "C.F.R.", " v. ", "F.3d", "F.2d", "S. Ct."} {
		if strings.Contains(main, cite) {
			t.Errorf("the letter's body cites %q; citations belong in Legal sources", cite)
		}
	}
}

func TestMinorIsAddressedThroughRepresentative(t *testing.T) {
	k := load(t, "california-nguyen.yaml")
	var minor int = -1
	for i, c := range k.Claimants {
		if c.Minor {
			minor = i
		}
	}
	if minor < 0 {
		t.Fatal("the California sample has no minor")
	}
	_, body := build(t, k, minor)
	if !strings.Contains(body, "Dear "+k.Claimants[minor].Representative.Name+":") {
		t.Error("a minor's letter must be addressed to the representative")
	}
	if !strings.Contains(body, "your child") {
		t.Error("a minor's letter should speak of the child")
	}
}

func TestWrongfulDeathWording(t *testing.T) {
	k := load(t, "texas-wrongful-death.yaml")
	_, body := build(t, k, 0)
	if !strings.Contains(body, "death of "+k.Claimants[0].Decedent.Name) {
		t.Error("a wrongful-death letter must name the decedent")
	}
	// Denial mailed 2026-08-31: suit by February 28, 2027 (no February 31st).
	if !strings.Contains(body, "February 28, 2027") {
		t.Error("suit deadline after the August 31 denial missing")
	}
}

// TestUnknownLanguageFallsBackToEnglishWithAWarning: a claimant whose
// language has no letter among the templates still gets a letter.
func TestUnknownLanguageFallsBackToEnglishWithAWarning(t *testing.T) {
	k := load(t, "illinois-torres.yaml")
	k.Claimants[0].Language = "fr"
	res, body := build(t, k, 0)
	want := `María Elena Torres: language "fr" has no advisory letter among the templates (have: en, es; a language needs letter/fr.md and lang/fr.yaml); the letter is in English`
	if len(res.Warnings) != 1 || res.Warnings[0] != want {
		t.Errorf("want one warning about the missing French letter naming the claimant and the languages there are, got %q", res.Warnings)
	}
	if !strings.Contains(body, "# The short answer") {
		t.Error("the fallback letter should be the English one")
	}
}
