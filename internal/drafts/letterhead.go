package drafts

import (
	"fmt"
	"strings"

	"redress/internal/blocks"
	"redress/internal/casefile"
	"redress/internal/civil"
	"redress/internal/doc"
)

// The firm's letterhead (firm.letterhead): every DOCX of a letter drafted
// here (the advisory letter, the SF-95 presentment letter) is built on
// it. The SF-95 form itself keeps its own layout: it is a prescribed
// federal form, drawn as a table shaped like the printed one, and a
// firm's header, margins and fonts would misrepresent it and push its
// grid across pages. The complaint is drafted by internal/complaint
// outside this package; AttachLetterhead is what its command calls.
//
// The file was read, checked and opened (letterhead.Open) when the case
// was loaded: relative to the case file's folder, once per file however
// many rows of a batch name it, so a letterhead `redress validate`
// accepts is one the writer can build on. What letterhead.Open left out
// of it for safety (macros, links, fetching fields) is a warning, once
// per run and letterhead file.

// AttachLetterhead sets d's letterhead from the case, if it names one:
// the opened letterhead and the values of its tokens, with the
// claimant's (claimant ≥ 0) and the document's own. It returns the
// warning about what was left out of the letterhead the first time the
// letterhead is used in the run, and casefile.Problems for a letterhead
// file the case did not get from a load and that cannot be used.
func AttachLetterhead(k *casefile.Case, d *doc.Document, claimant int, asOf civil.Date) (warnings []string, err error) {
	f := k.Firm.LetterheadFile
	if f == nil || d == nil {
		return nil, nil
	}
	lh, err := f.OpenLetterhead()
	if err != nil {
		return nil, err
	}
	d.Letterhead = &doc.Letterhead{Source: lh, Tokens: Tokens(k, d, claimant, asOf)}
	if dropped := lh.DroppedOnce(); len(dropped) > 0 {
		warnings = append(warnings, fmt.Sprintf("%s: left out of every document built on this letterhead, because it could run code or fetch files when a client opens a letter: %s",
			f.Path, strings.Join(dropped, "; ")))
	}
	return warnings, nil
}

// Tokens are the values a letterhead's header and footer may name, as
// {{firm.name}}:
//
//	firm.name, firm.phone, firm.email
//	firm.address                  street, city, state and ZIP on one line
//	firm.address.street, firm.address.city, firm.address.state, firm.address.zip
//	attorney.name, attorney.bar, attorney.email, attorney.phone   the signing (first) attorney
//	matter.id
//	date                          the document's date, "March 14, 2027"
//	document.title                the document's title
//	claimant.name                 the client the document is for ("" for a complaint)
func Tokens(k *casefile.Case, d *doc.Document, claimant int, asOf civil.Date) map[string]string {
	f := k.Firm
	addr := blocks.AddressLines(f.Address)
	line := ""
	for i, l := range addr {
		if i > 0 {
			line += ", "
		}
		line += l
	}
	t := map[string]string{
		"firm.name":           f.Name,
		"firm.phone":          f.Phone,
		"firm.email":          f.Email,
		"firm.address":        line,
		"firm.address.street": f.Address.Street,
		"firm.address.city":   f.Address.City,
		"firm.address.state":  f.Address.State,
		"firm.address.zip":    f.Address.Zip,
		"matter.id":           k.Matter.ID,
		"date":                asOf.English(),
		"claimant.name":       "",
		"document.title":      "",
		"attorney.name":       "",
		"attorney.bar":        "",
		"attorney.email":      "",
		"attorney.phone":      "",
	}
	if len(f.Attorneys) > 0 {
		a := f.Attorneys[0]
		t["attorney.name"], t["attorney.bar"], t["attorney.email"], t["attorney.phone"] = a.Name, a.Bar, a.Email, a.Phone
	}
	if claimant >= 0 && claimant < len(k.Claimants) {
		t["claimant.name"] = k.Claimants[claimant].Name
	}
	if d != nil {
		t["document.title"] = d.Meta.Title
	}
	return t
}
