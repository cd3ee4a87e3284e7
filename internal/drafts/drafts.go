package drafts

import (
	"bytes"
	"fmt"
	"strings"

	"redress/internal/assemble"
	"redress/internal/casefile"
	"redress/internal/civil"
	"redress/internal/doc"
	"redress/internal/letter"
	"redress/internal/output"
	"redress/internal/sf95"
)

// File is one rendered file and the claimant it is for.
type File struct {
	output.File
	Claimant int // index into the case's claimants
}

// Result is what drafting a case produced.
type Result struct {
	Files    []File
	Warnings []string
	// Notes are things counsel should know that are not warnings (items
	// continued on attached sheets).
	Notes []string
}

// Kind names the documents drafts can make, as --doc takes them.
var Kinds = []string{"letter", "sf95"}

func slugs(k *casefile.Case) []string {
	names := make([]string, len(k.Claimants))
	for i, c := range k.Claimants {
		names[i] = c.Name
	}
	return output.Slugs(names)
}

func render(name string, formats []output.Format, pick func(output.Format) *doc.Document, claimant int, res *Result) error {
	for _, f := range formats {
		var buf bytes.Buffer
		if err := f.Write(&buf, pick(f)); err != nil {
			return fmt.Errorf("rendering %s%s: %w", name, f.Ext, err)
		}
		res.Files = append(res.Files, File{File: output.File{Name: name + f.Ext, Data: buf.Bytes()}, Claimant: claimant})
	}
	return nil
}

// Letters drafts the advisory letter of every claimant. names gives each
// claimant's file-name part (nil: from their names, see output.Slugs); a
// batch passes names that are distinct across every row of a matter.
func Letters(eng *assemble.Engine, k *casefile.Case, asOf civil.Date, formats []output.Format, names []string) (*Result, error) {
	res := &Result{}
	sl := names
	if sl == nil {
		sl = slugs(k)
	}
	for i := range k.Claimants {
		l, err := letter.Build(eng, k, i, asOf)
		if err != nil {
			return nil, err
		}
		res.Warnings = append(res.Warnings, l.Warnings...)
		if err := render("letter-"+sl[i], formats, func(output.Format) *doc.Document { return l.Document }, i, res); err != nil {
			return nil, err
		}
	}
	return res, nil
}

// SF95 drafts the SF-95 and the presentment letter of the claimants in
// only (every claimant when only is nil). It refuses, with Problems, a
// claim that would forfeit rights (sf95.Check) and an unknown agency.
func SF95(eng *assemble.Engine, src *casefile.Source, asOf civil.Date, formats []output.Format, only []int, names []string) (*Result, error) {
	k := src.Case
	if only == nil {
		for i := range k.Claimants {
			only = append(only, i)
		}
	}
	if probs := sf95.Check(src, only); len(probs) > 0 {
		return nil, &Refusal{Problems: probs}
	}
	agency, err := sf95.ResolveAgency(src)
	if err != nil {
		return nil, err
	}
	res := &Result{}
	if agency.Verify {
		res.Warnings = append(res.Warnings, "verify the claims-office address of "+agency.Name+" against the agency's live FTCA page before sending")
	}
	sl := names
	if sl == nil {
		sl = slugs(k)
	}
	for _, i := range only {
		form := sf95.BuildForm(k, i, agency, asOf)
		if len(form.Continued) > 0 {
			items := "item " + form.Continued[0]
			if len(form.Continued) > 1 {
				items = "items " + strings.Join(form.Continued, ", ")
			}
			res.Notes = append(res.Notes, fmt.Sprintf("%s: %s continue on attached sheets", k.Claimants[i].Name, items))
		}
		err := render("sf95-"+sl[i], formats, func(f output.Format) *doc.Document {
			if f.Name == "docx" {
				return form.DOCX
			}
			return form.PDF
		}, i, res)
		if err != nil {
			return nil, err
		}
		l, err := sf95.BuildLetter(eng, k, i, agency, asOf)
		if err != nil {
			return nil, err
		}
		if err := render("claim-letter-"+sl[i], formats, func(output.Format) *doc.Document { return l }, i, res); err != nil {
			return nil, err
		}
	}
	return res, nil
}

// Refusal is a document redress will not draft because it would put the
// client's rights at risk.
type Refusal struct{ Problems casefile.Problems }

func (r *Refusal) Error() string {
	return r.Problems.Error()
}

// Plain returns the output files without their claimants.
func (r *Result) Plain() []output.File {
	out := make([]output.File, len(r.Files))
	for i, f := range r.Files {
		out[i] = f.File
	}
	return out
}
