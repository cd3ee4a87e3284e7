// Package sf95 drafts the Federal Tort Claims Act administrative claim:
// Standard Form 95 (Rev. 2/2007), one per claimant, with continuation
// sheets for whatever does not fit a box, and the cover letter that
// presents the claim to the agency.
//
// Its place in the pipeline: it stands beside assemble. From the case
// (casefile) and what the law computes (law) it maps each claimant to the
// form's boxes (boxes.go), then builds two document trees from them: for
// PDF, the form's two pages drawn on its printed grid as doc.Canvas pages
// (pdfform.go, grid.go, text.go) followed by continuation sheets; for
// DOCX, the same boxes as an editable Word table (docxform.go). Text is
// measured with the PDF writer's own line breaker, so what the form says
// fits is what the writer draws; a value that does not fit at 7 pt shows
// what fits and "(continued on attached sheet, item N)", and the rest goes
// on a captioned continuation sheet.
//
// It refuses to draft a claim that would forfeit the client's rights: a
// claim with no positive sum certain (28 C.F.R. § 14.2(a)). Who presents
// which claim (28 C.F.R. § 14.3) shapes the boxes (people.go): a death
// claimant is named in that capacity, another owner's property is named
// with the owner's address. What counsel must know before sending (a
// claim already denied, property another person owns, a box left for
// the attorney) comes from one function, claimNotes (notes.go), which the
// presentment letter prints and the command passes on.
package sf95
