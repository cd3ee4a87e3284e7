package sf95

import (
	"redress/internal/assemble"
	"redress/internal/blocks"
	"redress/internal/casefile"
	"redress/internal/civil"
	"redress/internal/doc"
	"redress/internal/law"
	"redress/internal/money"
)

// LetterData is what the presentment letter template sees as its dot.
type LetterData struct {
	Case        *casefile.Case
	Claimant    casefile.Claimant
	Agency      Agency
	Total       money.Money
	TotalWords  string
	AsOf        civil.Date
	Attorney    casefile.Attorney
	Presentment *law.Deadline
	// Signer is who signs the SF-95: the claimant, or the representative
	// with their capacity.
	Signer string
	Law    law.Facts
	// CounselNotes are the notes for counsel about this claim (a claim
	// already denied, property another person owns, boxes left for the
	// attorney), printed with the letter's other drafting notes.
	CounselNotes []string
}

// BuildLetter drafts the cover letter that presents claimant i's SF-95
// to the agency's claims office.
func BuildLetter(eng *assemble.Engine, k *casefile.Case, i int, agency Agency, asOf civil.Date) (*doc.Document, error) {
	c := k.Claimants[i]
	facts := law.Compute(k, i, asOf)
	d := LetterData{Case: k, Claimant: c, Agency: agency, Total: c.Damages.Total(), TotalWords: c.Damages.Total().Words(),
		AsOf: asOf, Signer: c.Name, Law: facts, CounselNotes: noteTexts(claimNotes(k, i, facts))}
	if c.HasRepresentative() {
		cp := c.Representative.Capacity
		if c.IsWrongfulDeath() {
			cp = capacity(c)
		}
		d.Signer = joinNonEmpty(", ", c.Representative.Name, cp)
	}
	if len(k.Firm.Attorneys) > 0 {
		d.Attorney = k.Firm.Attorneys[0]
	}
	for j := range facts.Deadlines {
		if facts.Deadlines[j].Kind == law.FTCAPresentment {
			d.Presentment = &facts.Deadlines[j]
		}
	}
	named := map[string]assemble.BlockFunc{
		"letterhead": func(...any) ([]doc.Block, error) { return blocks.Letterhead(k.Firm), nil },
		"agencyAddress": func(...any) ([]doc.Block, error) {
			out := blocks.Address(agency.Lines()...)
			if agency.Verify {
				out = append(out, doc.Paragraph{Style: doc.Mark, Spans: []doc.Span{
					doc.B("VERIFY BEFORE SENDING: "),
					doc.T("this claims-office address comes from redress's agency directory and has not been checked against the agency's live FTCA page. A claim counts only when the appropriate agency receives it."),
				}})
			}
			return out, nil
		},
		"warnings": func(...any) ([]doc.Block, error) { return blocks.Warnings(facts, nil), nil },
		"signature": func(...any) ([]doc.Block, error) {
			return blocks.Signature(blocks.EnglishSignature("Respectfully submitted,"), d.Attorney, k.Firm), nil
		},
	}
	body, err := eng.Execute("claim-letter/en.md", assemble.Input{Dot: d, Funcs: blocks.Funcs(facts), Blocks: named})
	if err != nil {
		return nil, err
	}
	return &doc.Document{
		Meta: doc.Meta{
			Title:    "FTCA claim presentment letter — " + c.Name,
			Author:   k.Firm.Name,
			Subject:  "Presentment of an administrative claim (SF-95) to " + agency.Name + " — DRAFT FOR ATTORNEY REVIEW",
			Keywords: "redress; FTCA; SF-95; presentment; draft; " + k.Matter.ID,
			Language: "en-US",
			Created:  asOf.Time(),
		},
		Layout: doc.LetterLayout(),
		Header: []doc.Paragraph{{Style: doc.Small, Align: doc.Right, Spans: []doc.Span{doc.B("DRAFT FOR ATTORNEY REVIEW — NOT YET SENT")}}},
		Footer: []doc.Paragraph{{Style: doc.Small, Align: doc.Center, Spans: []doc.Span{
			doc.T("Claim of " + c.Name + " · Page "), {Kind: doc.PageNumber}, doc.T(" of "), {Kind: doc.PageCount},
		}}},
		Body: body,
	}, nil
}
