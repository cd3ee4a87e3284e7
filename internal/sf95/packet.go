package sf95

import (
	"fmt"

	"redress/internal/casefile"
	"redress/internal/civil"
	"redress/internal/doc"
	"redress/internal/law"
)

// Form is one claimant's SF-95 as two document trees.
type Form struct {
	Boxes Boxes
	// PDF is the form drawn on its grid, then the continuation sheets.
	PDF *doc.Document
	// DOCX is the form as an editable Word table, then the same sheets.
	DOCX *doc.Document
	// Continued lists the items that went on continuation sheets.
	Continued []string
	// Page1 and Page2 say where each value was drawn on the PDF form.
	Page1, Page2 []Placement
	// Notes are for counsel, about this claim (claimNotes); the
	// presentment letter carries the same.
	Notes []Note
}

// BuildForm drafts claimant i's SF-95.
func BuildForm(k *casefile.Case, i int, agency Agency, asOf civil.Date) *Form {
	b := Fill(k, i, agency)
	front, over1, placed1 := page1(b)
	back, over2, placed2 := page2(b)
	over := append(over1, over2...)
	sheets := continuationSheets(b.Claimant, over)
	meta := doc.Meta{
		Title:    "Standard Form 95 — " + b.Claimant,
		Author:   k.Firm.Name,
		Subject:  "Claim for Damage, Injury, or Death (Federal Tort Claims Act) — DRAFT FOR ATTORNEY REVIEW",
		Keywords: "redress; SF-95; FTCA; draft; " + k.Matter.ID,
		Language: "en-US",
		Created:  asOf.Time(),
	}
	footer := []doc.Paragraph{{Style: doc.Small, Align: doc.Center, Spans: []doc.Span{
		doc.T("Continuation of Standard Form 95 — " + b.Claimant + " — Page "), {Kind: doc.PageNumber}, doc.T(" of "), {Kind: doc.PageCount},
	}}}
	header := []doc.Paragraph{{Style: doc.Small, Align: doc.Right, Spans: []doc.Span{
		doc.B("DRAFT FOR ATTORNEY REVIEW"), doc.BR(), doc.T("Claimant: " + b.Claimant),
	}}}
	f := &Form{Boxes: b, Page1: placed1, Page2: placed2, Notes: claimNotes(k, i, law.Compute(k, i, asOf))}
	for _, o := range over {
		f.Continued = append(f.Continued, o.item)
	}
	f.PDF = &doc.Document{Meta: meta, Layout: doc.LetterLayout(), Header: header, Footer: footer,
		Body: append([]doc.Block{front, back}, sheets...)}
	f.DOCX = &doc.Document{Meta: meta, Layout: formLayout(), Header: header, Footer: []doc.Paragraph{{Style: doc.Small, Align: doc.Center, Spans: []doc.Span{
		doc.T("Standard Form 95 — " + b.Claimant + " — Page "), {Kind: doc.PageNumber}, doc.T(" of "), {Kind: doc.PageCount},
	}}}, Body: append(docxForm(shownOnForm(b, over)), sheetsForDOCX(sheets)...)}
	return f
}

// shownOnForm returns the boxes as the PDF form shows them: a value that
// continues on an attached sheet is cut where the form cut it, with the
// notice, so the DOCX and its sheets say the same as the PDF.
func shownOnForm(b Boxes, over []overflow) Boxes {
	for _, o := range over {
		if o.item == "11" {
			b.Witnesses = append(b.Witnesses[:len(b.Witnesses)-len(o.witnesses):len(b.Witnesses)-len(o.witnesses)],
				Witness{Name: continued("11")})
			continue
		}
		for _, box := range []struct {
			item string
			v    *string
		}{{"1", &b.Agency}, {"2", &b.ClaimantBlock}, {"8", &b.Basis}, {"10", &b.Injury},
			{"15", &b.AccidentInsurance}, {"18", &b.InsurerAction}, {"19", &b.LiabilityCarrier}} {
			if box.item == o.item {
				*box.v = o.shown
			}
		}
		if o.item == "9" {
			// Box 9 has two parts; the description is the long one.
			if b.Property != None && len(b.Property) > len(b.Owner) {
				b.Property = o.shown
			} else {
				b.Owner = o.shown
			}
		}
	}
	return b
}

// formLayout is the DOCX page: the form's half-inch margins.
func formLayout() doc.Layout {
	l := doc.LetterLayout()
	l.MarginLeft, l.MarginRight, l.MarginTop, l.MarginBottom = 36, 36, 36, 36
	l.FontSize, l.ParagraphSpace = 10, 4
	return l
}

func sheetsForDOCX(sheets []doc.Block) []doc.Block {
	if len(sheets) == 0 {
		return nil
	}
	return append([]doc.Block{doc.PageBreak{}}, sheets...)
}

// RefusalError is a claim redress will not draft, because filing it would
// put the client's rights at risk.
type RefusalError struct {
	Problem casefile.Problem
}

func (e *RefusalError) Error() string { return e.Problem.Error() }

// Check applies the rules that make a claim forfeit rights: every
// claimant needs a positive sum certain (28 C.F.R. § 14.2(a); the form's
// own instruction (d)); a minor or a wrongful-death claim needs a
// representative (casefile already enforces that; checked again here
// because an SF-95 without one is void).
func Check(src *casefile.Source, only []int) []casefile.Problem {
	var out []casefile.Problem
	for _, i := range only {
		c := src.Case.Claimants[i]
		path := fmt.Sprintf("claimants[%d]", i)
		if c.Damages.Total() <= 0 {
			out = append(out, src.Problemf(path+".damages",
				"%s: the claim states no sum certain (12d would be $0.00). An FTCA claim must demand money damages in a sum certain (28 C.F.R. § 14.2(a)); without one it is invalid and the client's rights may be forfeited. Set damages.property, damages.personal_injury or damages.wrongful_death", c.Name))
		}
		if (c.Minor || c.IsWrongfulDeath()) && !c.HasRepresentative() {
			what := "a minor"
			if c.IsWrongfulDeath() {
				what = "a wrongful-death claim"
			}
			out = append(out, src.Problemf(path+".representative.name",
				"%s is %s: the claim must be signed by a representative who shows their capacity and authority (28 C.F.R. § 14.2(a)); set representative.name and representative.capacity", c.Name, what))
		}
	}
	return out
}
