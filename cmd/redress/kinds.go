package main

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/urfave/cli/v2"

	"redress/internal/casefile"
	"redress/internal/civil"
	"redress/internal/complaint"
	"redress/internal/drafts"
	"redress/internal/law"
	"redress/internal/letter"
	"redress/internal/output"
)

// Each drafting command (letter, sf95, complaint) drafts its documents
// with one function below: the documents as trees, after every check the
// command makes (a refusal, data the document needs that the case file
// lacks), with the warnings and notes the command prints, but not
// rendered (drafting is cheap, rendering is not). The command renders and
// writes what it returns; 'validate' only reports it. So validate's
// verdict on a kind is, by construction, what its command would do.

// documentKinds are the kinds validate checks, in the order it reports
// them.
var documentKinds = []string{"letter", "sf95", "complaint"}

// draft is one command's documents, drafted and checked, not rendered.
type draft struct {
	what     string   // what would be written, e.g. "2 letters"
	warnings []string // the command prints each as "warning: ..."
	notes    []string // the command prints each as "note: ..."
	render   func([]output.Format) ([]output.File, error)
}

// draftLetters is what 'letter' drafts: every claimant's advisory letter.
func draftLetters(d *drafting, opt letter.Options) (*draft, error) {
	set, err := drafts.LetterDocs(d.eng, d.src.Case, d.asOf, nil, opt)
	if err != nil {
		return nil, err
	}
	n := len(set.Docs)
	return setDraft(set, fmt.Sprintf("%d %s", n, plural(n, "letter", "letters"))), nil
}

// draftSF95 is what 'sf95' drafts: the SF-95 and presentment letter of
// the claimants in only (every claimant when nil). It refuses a claim
// that would forfeit rights (*drafts.Refusal).
func draftSF95(d *drafting, only []int) (*draft, error) {
	set, err := drafts.SF95Docs(d.eng, d.src, d.asOf, only, nil)
	if err != nil {
		return nil, err
	}
	what := "1 SF-95 with its presentment letter"
	if n := len(set.Docs) / 2; n != 1 {
		what = fmt.Sprintf("%d SF-95s, each with its presentment letter", n)
	}
	return setDraft(set, what), nil
}

// draftComplaint is what 'complaint' drafts, on the firm's letterhead. It
// refuses FTCA counts before exhaustion unless opt.AllowPremature
// (*complaint.Refusal).
func draftComplaint(d *drafting, opt complaint.Options) (*draft, error) {
	res, err := complaint.Build(d.eng, d.src, d.asOf, opt)
	var lhWarnings []string
	if err == nil {
		// The firm's letterhead (firm.letterhead) frames the DOCX.
		lhWarnings, err = drafts.AttachLetterhead(d.src.Case, res.Document, -1, d.asOf)
	}
	if err != nil {
		return nil, err
	}
	n := len(d.src.Case.Complaint.Counts)
	return &draft{
		what:     fmt.Sprintf("1 complaint, %d %s", n, plural(n, "count", "counts")),
		warnings: append(res.Warnings, lhWarnings...),
		render: func(formats []output.Format) ([]output.File, error) {
			var files []output.File
			for _, f := range formats {
				var buf bytes.Buffer
				if err := f.Write(&buf, res.Document); err != nil {
					return nil, fmt.Errorf("rendering complaint%s: %w", f.Ext, err)
				}
				files = append(files, output.File{Name: "complaint" + f.Ext, Data: buf.Bytes()})
			}
			return files, nil
		},
	}, nil
}

func setDraft(set *drafts.Set, what string) *draft {
	return &draft{what: what, warnings: set.Warnings, notes: set.Notes,
		render: func(formats []output.Format) ([]output.File, error) {
			res, err := drafts.Render(set, formats)
			if err != nil {
				return nil, err
			}
			return res.Plain(), nil
		}}
}

// print puts the draft's notes and warnings on stderr, as the commands
// always have.
func (dr *draft) print(c *cli.Context) {
	for _, n := range dr.notes {
		fmt.Fprintln(c.App.ErrWriter, "note:", n)
	}
	for _, w := range dr.warnings {
		fmt.Fprintln(c.App.ErrWriter, "warning:", w)
	}
}

// write renders the draft and writes it (writeOut).
func (dr *draft) write(c *cli.Context, d *drafting) error {
	files, err := dr.render(d.formats)
	if err != nil {
		return err
	}
	return writeOut(c, d.src, d.asOf, files)
}

// refusal returns the problems of a document redress refuses to draft
// because it would put the client's rights at risk (exit 4), or nil.
func refusal(err error) casefile.Problems {
	var (
		dr *drafts.Refusal
		cr *complaint.Refusal
	)
	switch {
	case errors.As(err, &dr):
		return dr.Problems
	case errors.As(err, &cr):
		return cr.Problems
	}
	return nil
}

// failDraft reports a drafting error as a drafting command does: a
// refusal's problems and exit 4 with why (because), the problems of data
// the document needs (exit 65), or the error itself.
func failDraft(c *cli.Context, path string, err error, because string) error {
	if probs := refusal(err); probs != nil {
		for _, p := range probs {
			fmt.Fprintln(c.App.ErrWriter, p.Error())
		}
		return fmt.Errorf("%w: %w", errReported, refusedError{because + "; nothing was written"})
	}
	return printProblems(c, path, err)
}

// deadlineWarnings are the soon and urgent deadline warnings, which every
// drafting command prints (writeOut) and validate reports once.
//
// Each claimant's FTCA claim runs on its own dates, so every claimant's
// warnings are listed; a warning that several claimants share is said
// once, naming them when the claimants' warnings differ.
func deadlineWarnings(src *casefile.Source, asOf civil.Date) []string {
	k := src.Case
	type said struct {
		text string
		who  []string
	}
	var list []said
	for i := range max(1, len(k.Claimants)) {
		for _, x := range law.Compute(k, i, asOf).Warnings {
			if x.Severity < law.Soon {
				continue
			}
			text := severity(x.Severity) + ": " + x.Text
			j := slices.IndexFunc(list, func(s said) bool { return s.text == text })
			if j < 0 {
				list = append(list, said{text: text})
				j = len(list) - 1
			}
			if i < len(k.Claimants) {
				list[j].who = append(list[j].who, k.Claimants[i].Name)
			}
		}
	}
	var out []string
	for _, s := range list {
		if len(k.Claimants) > 1 && len(s.who) < len(k.Claimants) {
			s.text += " (" + strings.Join(s.who, ", ") + ")"
		}
		out = append(out, s.text)
	}
	return out
}

// parseKinds reads validate's --for: document kinds separated by commas;
// empty means every kind. The result is in documentKinds' order.
func parseKinds(s string) ([]string, error) {
	if strings.TrimSpace(s) == "" {
		return documentKinds, nil
	}
	want := map[string]bool{}
	for _, k := range strings.Split(s, ",") {
		k = strings.ToLower(strings.TrimSpace(k))
		if k == "" {
			continue
		}
		known := false
		for _, dk := range documentKinds {
			known = known || dk == k
		}
		if !known {
			return nil, usageError{fmt.Sprintf("--for %q: %q is not a document kind; use %s, separated by commas", s, k, strings.Join(documentKinds, ", "))}
		}
		want[k] = true
	}
	var out []string
	for _, dk := range documentKinds {
		if want[dk] {
			out = append(out, dk)
		}
	}
	return out, nil
}
