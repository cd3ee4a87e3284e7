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

// Named is one document to write: its file name without the extension,
// the claimant it is for, and its tree for each format (the SF-95 is
// drawn for PDF and a table for DOCX; other documents are one tree).
type Named struct {
	Name     string
	Claimant int
	PDF      *doc.Document
	DOCX     *doc.Document
}

// For returns the tree for a format.
func (n Named) For(f output.Format) *doc.Document {
	if f.Name == "docx" {
		return n.DOCX
	}
	return n.PDF
}

// Set is what drafting a case produced, before rendering.
type Set struct {
	Docs     []Named
	Warnings []string
	// FileWarnings are the warnings about the files the case names (what
	// was left out of the letterhead), also in Warnings: a batch, which
	// prints no row's other warnings (they are in its letters), prints
	// these.
	FileWarnings []string
	// Notes are things counsel should know that are not warnings (items
	// continued on attached sheets).
	Notes []string
}

// Result is a rendered Set.
type Result struct {
	Files    []File
	Warnings []string
	Notes    []string
}

func slugs(k *casefile.Case) []string {
	names := make([]string, len(k.Claimants))
	for i, c := range k.Claimants {
		names[i] = c.Name
	}
	return output.Slugs(names)
}

// attach puts a document of the set on the case's letterhead
// (AttachLetterhead), keeping its warnings.
func (set *Set) attach(k *casefile.Case, d *doc.Document, claimant int, asOf civil.Date) error {
	ws, err := AttachLetterhead(k, d, claimant, asOf)
	set.Warnings = append(set.Warnings, ws...)
	set.FileWarnings = append(set.FileWarnings, ws...)
	return err
}

// Render writes every document of the set in every format.
func Render(set *Set, formats []output.Format) (*Result, error) {
	res := &Result{Warnings: set.Warnings, Notes: set.Notes}
	for _, n := range set.Docs {
		for _, f := range formats {
			var buf bytes.Buffer
			if err := f.Write(&buf, n.For(f)); err != nil {
				return nil, fmt.Errorf("rendering %s%s: %w", n.Name, f.Ext, err)
			}
			res.Files = append(res.Files, File{File: output.File{Name: n.Name + f.Ext, Data: buf.Bytes()}, Claimant: n.Claimant})
		}
	}
	return res, nil
}

// LetterDocs drafts the advisory letter of every claimant. names gives
// each claimant's file-name part (nil: from their names, see
// output.Slugs); a batch passes names that are distinct across every row
// of a matter.
func LetterDocs(eng *assemble.Engine, k *casefile.Case, asOf civil.Date, names []string, opt letter.Options) (*Set, error) {
	set := &Set{}
	sl := names
	if sl == nil {
		sl = slugs(k)
	}
	for i := range k.Claimants {
		l, err := letter.BuildWith(eng, k, i, asOf, opt)
		if err != nil {
			return nil, err
		}
		set.Warnings = append(set.Warnings, l.Warnings...)
		if err := set.attach(k, l.Document, i, asOf); err != nil {
			return nil, err
		}
		set.Docs = append(set.Docs, Named{Name: "letter-" + sl[i], Claimant: i, PDF: l.Document, DOCX: l.Document})
	}
	return set, nil
}

// SF95Docs drafts the SF-95 and the presentment letter of the claimants
// in only (every claimant when only is nil). It refuses, with a Refusal,
// a claim that would forfeit rights (sf95.Check), and reports an unknown
// agency as Problems.
func SF95Docs(eng *assemble.Engine, src *casefile.Source, asOf civil.Date, only []int, names []string) (*Set, error) {
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
	set := &Set{}
	if agency.Verify {
		set.Warnings = append(set.Warnings, "verify the claims-office address of "+agency.Name+" against the agency's live FTCA page before sending")
	}
	sl := names
	if sl == nil {
		sl = slugs(k)
	}
	for _, i := range only {
		form := sf95.BuildForm(k, i, agency, asOf)
		if len(form.Continued) > 0 {
			items := "item " + form.Continued[0] + " continues"
			if len(form.Continued) > 1 {
				items = "items " + strings.Join(form.Continued, ", ") + " continue"
			}
			set.Notes = append(set.Notes, fmt.Sprintf("%s: %s on attached sheets", k.Claimants[i].Name, items))
		}
		for _, n := range form.Notes {
			if n.Warning {
				set.Warnings = append(set.Warnings, k.Claimants[i].Name+": "+n.Text)
			} else {
				set.Notes = append(set.Notes, k.Claimants[i].Name+": "+n.Text)
			}
		}
		l, err := sf95.BuildLetter(eng, k, i, agency, asOf)
		if err != nil {
			return nil, err
		}
		// The presentment letter goes on the firm's letterhead; the form
		// keeps the form's layout (letterhead.go).
		if err := set.attach(k, l, i, asOf); err != nil {
			return nil, err
		}
		set.Docs = append(set.Docs,
			Named{Name: "sf95-" + sl[i], Claimant: i, PDF: form.PDF, DOCX: form.DOCX},
			Named{Name: "claim-letter-" + sl[i], Claimant: i, PDF: l, DOCX: l})
	}
	return set, nil
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
