package batch

import (
	"fmt"

	"redress/internal/assemble"
	"redress/internal/doc"
	"redress/internal/output"
	"redress/internal/render/pdf"
)

// combined writes one PDF of every letter for a print run: each starts on
// an odd page (for duplex printing) and is bookmarked by the client's
// name. Only letters that were written (or skipped as intact) go in, in
// record order. They are drafted again by draft, the function that drafted
// the separate files, so the print run is the same letter (its language
// and as-of date) as the file the client is sent: a second way of
// drafting would drift from the first (it once ignored --language).
func combined(recs Records, plans []plan, status []string, eng *assemble.Engine, opt Options) error {
	if opt.Doc != "letter" {
		return fmt.Errorf("--combined makes a print run of letters; it does not apply to --doc %s", opt.Doc)
	}
	var docs []*doc.Document
	var names []string
	for i := range plans {
		if status[i] != StatusOK && status[i] != StatusSkipped {
			continue
		}
		d := draft(recs, i, plans[i], eng, opt)
		if d.err != nil {
			return fmt.Errorf("%s: %w", recs.ID(i), d.err)
		}
		for _, n := range d.set.Docs {
			docs = append(docs, n.PDF)
			names = append(names, d.case_.Claimants[n.Claimant].Name)
		}
	}
	if len(docs) == 0 {
		return nil
	}
	meta := docs[0].Meta
	meta.Title = fmt.Sprintf("Advisory letters — print run of %d", len(docs))
	meta.Subject = "Client advisory letters, each starting on an odd page — DRAFT FOR ATTORNEY REVIEW"
	data, err := pdf.Combine(docs, pdf.CombineOptions{OddPageStarts: true, Bookmarks: names, Meta: meta})
	if err != nil {
		return err
	}
	return output.WriteAll(opt.Out, []output.File{{Name: "letters-combined.pdf", Data: data}}, true)
}
