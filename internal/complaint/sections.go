package complaint

import (
	"strings"
	"text/template"

	"redress/internal/assemble"
	"redress/internal/blocks"
	"redress/internal/casefile"
	"redress/internal/doc"
)

// caption is the court's caption (Fed. R. Civ. P. 10(a)): the court, then
// the parties on the left and the case number and title on the right,
// set apart by a column of ")".
func caption(k *casefile.Case, d Data) []doc.Block {
	court := []doc.Span{doc.B("UNITED STATES DISTRICT COURT"), doc.BR(), doc.B(strings.ToUpper(k.Court.District))}
	if k.Court.Division != "" {
		court = append(court, doc.BR(), doc.B(strings.ToUpper(k.Court.Division)))
	}
	var left []doc.Span
	line := func(s string, bold bool) {
		if len(left) > 0 {
			left = append(left, doc.BR())
		}
		left = append(left, doc.Span{Text: s, Bold: bold})
	}
	for i, p := range d.Plaintiffs {
		sep := ","
		if i < len(d.Plaintiffs)-2 {
			sep = ","
		} else if i == len(d.Plaintiffs)-2 {
			sep = ", and"
		}
		line(p.Caption+sep, false)
	}
	line("", false)
	line(plural(len(d.Plaintiffs), "Plaintiff,", "Plaintiffs,"), false)
	line("", false)
	line("v.", false)
	line("", false)
	var defs []string
	for _, o := range d.Officers {
		defs = append(defs, strings.ToUpper(o.Name))
	}
	if d.HasBivens {
		phrase := strings.Join(defs, ", ")
		if len(defs) > 1 {
			phrase = strings.Join(defs[:len(defs)-1], ", ") + " and " + defs[len(defs)-1]
		}
		pron := "in their individual capacities"
		if len(defs) == 1 {
			pron = "in the officer's individual capacity"
		}
		sep := ","
		if d.HasFTCA {
			sep = ", and"
		}
		line(phrase+", "+pron+sep, false)
	}
	if d.HasFTCA {
		line("UNITED STATES OF AMERICA,", false)
	}
	line("", false)
	n := 1
	if d.HasFTCA && d.HasBivens || len(d.Officers) > 1 && d.HasBivens {
		n = 2
	}
	line(plural(n, "Defendant.", "Defendants."), false)

	// The ")" column, as tall as the parties.
	var paren []doc.Span
	for i := 0; i < countLines(left)+2; i++ {
		if i > 0 {
			paren = append(paren, doc.BR())
		}
		paren = append(paren, doc.T(")"))
	}
	caseNo := k.Court.CaseNumber
	if caseNo == "" {
		caseNo = "____________________"
	}
	right := []doc.Span{doc.T("Case No. " + caseNo), doc.BR(), doc.BR(), doc.B("COMPLAINT FOR DAMAGES")}
	if d.JuryDemand && d.HasBivens {
		right = append(right, doc.BR(), doc.BR(), doc.B("DEMAND FOR JURY TRIAL"))
	}
	t := doc.Table{Widths: []float64{0.55, 0.06, 0.39}, Rows: []doc.Row{{Cells: []doc.Cell{
		{Spans: left}, {Spans: paren}, {Spans: right},
	}}}}
	return []doc.Block{
		doc.Paragraph{Style: doc.Compact, Align: doc.Center, Spans: court},
		doc.Paragraph{Style: doc.Compact},
		t,
		doc.Paragraph{Style: doc.Compact},
	}
}

func countLines(spans []doc.Span) int {
	n := 1
	for _, s := range spans {
		if s.Kind == doc.Break {
			n++
		}
	}
	return n
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// facts are the factual allegations: each entry of incident.facts its own
// numbered paragraph, the first and last labelled for the counts'
// incorporation paragraphs.
func facts(k *casefile.Case) []doc.Block {
	fs := k.Incident.Facts
	if len(fs) == 0 {
		return []doc.Block{
			doc.Numbered{Label: "facts-first", Spans: []doc.Span{doc.T("[FACTS NEEDED: the events, one allegation per paragraph — who did what, when and where (incident.facts)]")}},
			doc.Numbered{Label: "facts-last", Spans: []doc.Span{doc.T("[FACTS NEEDED]")}},
		}
	}
	var out []doc.Block
	for i, f := range fs {
		n := doc.Numbered{Spans: textSpans(f)}
		switch {
		case i == 0:
			n.Label = "facts-first"
		case i == len(fs)-1:
			n.Label = "facts-last"
		}
		out = append(out, n)
	}
	if len(fs) == 1 {
		// One fact is both the first and the last.
		out = append(out, doc.Numbered{Label: "facts-last", Spans: []doc.Span{doc.T("[FACTS NEEDED: further allegations]")}})
	}
	return out
}

func textSpans(s string) []doc.Span {
	var out []doc.Span
	for i, line := range strings.Split(s, "\n") {
		if i > 0 {
			out = append(out, doc.BR())
		}
		if line != "" {
			out = append(out, doc.T(line))
		}
	}
	return out
}

// countBlocks runs each count's template under its heading: "COUNT I —
// Title", its legal basis, the defendants it runs against, and the
// paragraph incorporating the factual allegations by their computed
// range.
func countBlocks(eng *assemble.Engine, counts []Count, d Data, funcs template.FuncMap) ([]doc.Block, error) {
	var out []doc.Block
	for i, c := range counts {
		ps := d.Plaintiffs
		if c.FTCA() {
			ps = d.FTCAPlaintiffs
		}
		cd := countData(d, ps)
		against := "Against " + defendantPhrase(d.Officers) + ", in their individual capacities"
		if len(d.Officers) == 1 {
			against = "Against " + defendantPhrase(d.Officers) + ", in the officer's individual capacity"
		}
		cd.Defendants = defendantPhrase(d.Officers)
		if c.FTCA() {
			against = "Against Defendant the United States of America"
			cd.Defendants = "Defendant the United States of America"
		}
		body, err := eng.Execute(c.File, assemble.Input{Dot: cd, Funcs: funcs})
		if err != nil {
			return nil, err
		}
		out = append(out,
			doc.Heading{Level: 2, Spans: []doc.Span{doc.T("COUNT " + roman(i+1) + " — " + strings.ToUpper(c.Title))}},
			doc.Paragraph{Style: doc.Compact, Align: doc.Center, Spans: []doc.Span{doc.I(c.Basis)}, KeepWithNext: true},
			doc.Paragraph{Align: doc.Center, Spans: []doc.Span{doc.T("(" + against + ")")}, KeepWithNext: true},
			doc.Numbered{Spans: []doc.Span{doc.T(plural(len(d.Plaintiffs), "Plaintiff repeats", "Plaintiffs repeat") +
				" and incorporate" + plural(len(d.Plaintiffs), "s", "") + " by reference the allegations of paragraphs " +
				assemble.Ref("facts-first") + " through " + assemble.Ref("facts-last") + " as if fully set forth in this count.")}},
		)
		out = append(out, body...)
	}
	return out, nil
}

// signature is the Rule 11 signature block.
func signature(k *casefile.Case) []doc.Block {
	a := casefile.Attorney{}
	if len(k.Firm.Attorneys) > 0 {
		a = k.Firm.Attorneys[0]
	}
	spans := []doc.Span{doc.T("Dated: ____________________"), doc.BR(), doc.BR(), doc.T("Respectfully submitted,"), doc.BR(), doc.BR(),
		doc.T("/s/ ______________________________"), doc.BR(), doc.T(a.Name)}
	if a.Bar != "" {
		spans = append(spans, doc.BR(), doc.T("Bar No. "+a.Bar))
	}
	spans = append(spans, doc.BR(), doc.T(k.Firm.Name))
	for _, l := range blocks.AddressLines(k.Firm.Address) {
		spans = append(spans, doc.BR(), doc.T(l))
	}
	phone := a.Phone
	if phone == "" {
		phone = k.Firm.Phone
	}
	email := a.Email
	if email == "" {
		email = k.Firm.Email
	}
	if phone != "" {
		spans = append(spans, doc.BR(), doc.T("Telephone: "+phone))
	}
	if email != "" {
		spans = append(spans, doc.BR(), doc.T("Email: "+email))
	}
	spans = append(spans, doc.BR(), doc.BR(), doc.I("Attorney for "+plural(len(k.Claimants), "Plaintiff", "Plaintiffs")))
	return []doc.Block{doc.Group{Blocks: []doc.Block{doc.Paragraph{Style: doc.Compact, Spans: spans}}}}
}

// countData is what a count template sees, for the count's plaintiffs ps.
func countData(d Data, ps []Plaintiff) CountData {
	all := len(d.Plaintiffs)
	cd := CountData{Case: d.Case, Plaintiffs: ps, Officers: d.Officers, StateName: d.StateName, AgencyName: d.AgencyName,
		Who:             who(ps, all),
		Injured:         harmed(ps, all, func(p Plaintiff) bool { return p.Injured }, "physical injury"),
		PropertyDamaged: harmed(ps, all, func(p Plaintiff) bool { return p.PropertyDamaged }, "damage to property"),
		Home:            home(ps, all),
	}
	switch {
	case all == 1:
		cd.ClaimCap = "the sum stated in Plaintiff’s administrative claim"
	case len(ps) == all:
		cd.ClaimCap = "the sum stated in each Plaintiff’s administrative claim"
	case len(ps) == 1:
		cd.ClaimCap = "the sum stated in the administrative claim of Plaintiff " + ps[0].Name
	default:
		cd.ClaimCap = "the sum stated in the administrative claim of each of " + plaintiffNames(ps)
	}
	return cd
}
