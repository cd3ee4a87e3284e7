package letter

import (
	"fmt"
	"strings"

	"redress/internal/assemble"
	"redress/internal/blocks"
	"redress/internal/casefile"
	"redress/internal/civil"
	"redress/internal/doc"
	"redress/internal/law"
)

// DraftMark is the notice every draft carries.
const DraftMark = "DRAFT FOR ATTORNEY REVIEW — NOT YET SENT"

// Data is what the letter template sees as its dot.
type Data struct {
	Case       *casefile.Case
	Claimant   casefile.Claimant
	Law        law.Facts
	AsOf       civil.Date
	AgencyName string
	Attorney   casefile.Attorney
	Language   string
}

// Result is one claimant's letter.
type Result struct {
	Document *doc.Document
	// Warnings are for the command line (e.g. no Spanish letter yet).
	Warnings []string
}

// Build assembles the advisory letter for claimant i.
func Build(eng *assemble.Engine, c *casefile.Case, i int, asOf civil.Date) (*Result, error) {
	cl := c.Claimants[i]
	facts := law.Compute(c, i, asOf)
	d := Data{Case: c, Claimant: cl, Law: facts, AsOf: asOf, AgencyName: agencyName(c), Language: "en"}
	if len(c.Firm.Attorneys) > 0 {
		d.Attorney = c.Firm.Attorneys[0]
	}
	res := &Result{}
	name, lang := templateFor(eng, cl.Language)
	if lang != cl.Language && cl.Language != "" {
		res.Warnings = append(res.Warnings, fmt.Sprintf(
			"%s: language %q has no advisory letter yet; the letter is in English", cl.Name, cl.Language))
	}
	body, err := eng.Execute(name, assemble.Input{Dot: d, Funcs: blocks.Funcs(facts), Blocks: namedBlocks(d)})
	if err != nil {
		return nil, err
	}
	res.Document = &doc.Document{
		Meta: doc.Meta{
			Title:    "Advisory letter to " + cl.Name,
			Author:   c.Firm.Name,
			Subject:  "Your options after the " + asDate(c.Incident.Date) + " incident — " + DraftMark,
			Keywords: "redress; advisory letter; draft; " + c.Matter.ID,
			Language: "en-US",
			Created:  asOf.Time(),
		},
		Layout: doc.LetterLayout(),
		Header: []doc.Paragraph{{Style: doc.Small, Align: doc.Right, Spans: []doc.Span{
			{Text: DraftMark, Bold: true}, doc.BR(), doc.T("Privileged & Confidential — Attorney-Client Communication"),
		}}},
		Footer: []doc.Paragraph{{Style: doc.Small, Align: doc.Center, Spans: []doc.Span{
			doc.T(c.Firm.Name + " · " + cl.Name + " · Page "), {Kind: doc.PageNumber}, doc.T(" of "), {Kind: doc.PageCount},
		}}},
		Body: body,
	}
	return res, nil
}

// templateFor picks the letter template for a language, falling back to
// English when the language has none.
func templateFor(eng *assemble.Engine, lang string) (name, used string) {
	if lang != "" && lang != "en" {
		n := "letter/" + lang + ".md"
		if f, err := eng.FS().Open(n); err == nil {
			f.Close()
			return n, lang
		}
	}
	return "letter/en.md", "en"
}

func agencyName(c *casefile.Case) string {
	if a, ok := law.Agency(c.Incident.Agency); ok {
		return a.Name
	}
	return strings.TrimSpace(c.Incident.Agency)
}

func asDate(d civil.Date) string { return d.English() }
