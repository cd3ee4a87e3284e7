package batch

import (
	"fmt"

	"redress/internal/assemble"
	"redress/internal/doc"
	"redress/internal/letter"
	"redress/internal/output"
	"redress/internal/render/pdf"
)

// combined writes one PDF of every letter for a print run: each starts on
// an odd page (for duplex printing) and is bookmarked by the client's
// name. The letters are drafted again, in record order, from their
// records; only letters that were written (or skipped as intact) go in.
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
		src, err := recs.Load(i)
		if err != nil {
			return err
		}
		k := src.Case
		asOf := opt.AsOf
		if asOf.IsZero() {
			asOf = k.Matter.AsOf
		}
		if asOf.IsZero() {
			asOf = opt.Today
		}
		for c := range k.Claimants {
			l, err := letter.Build(eng, k, c, asOf)
			if err != nil {
				return err
			}
			docs = append(docs, l.Document)
			names = append(names, k.Claimants[c].Name)
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
