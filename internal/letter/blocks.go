package letter

import (
	"fmt"
	"strings"

	"redress/internal/assemble"
	"redress/internal/casefile"
	"redress/internal/doc"
	"redress/internal/law"
)

// blocks are the named layout blocks the letter template places.
func blocks(d Data) map[string]assemble.BlockFunc {
	return map[string]assemble.BlockFunc{
		"letterhead":     func(...any) ([]doc.Block, error) { return letterhead(d.Case.Firm), nil },
		"recipient":      func(...any) ([]doc.Block, error) { return recipient(d.Claimant), nil },
		"deadlinesTable": func(...any) ([]doc.Block, error) { return deadlinesTable(d.Law), nil },
		"warnings":       func(...any) ([]doc.Block, error) { return warnings(d.Law), nil },
		"signature":      func(...any) ([]doc.Block, error) { return signature(d), nil },
	}
}

func letterhead(f casefile.Firm) []doc.Block {
	spans := []doc.Span{{Text: f.Name, Bold: true}}
	for _, line := range addressLines(f.Address) {
		spans = append(spans, doc.BR(), doc.T(line))
	}
	var contact []string
	if f.Phone != "" {
		contact = append(contact, f.Phone)
	}
	if f.Email != "" {
		contact = append(contact, f.Email)
	}
	if len(contact) > 0 {
		spans = append(spans, doc.BR(), doc.T(strings.Join(contact, " · ")))
	}
	return []doc.Block{doc.Group{Blocks: []doc.Block{
		doc.Paragraph{Style: doc.Compact, Align: doc.Center, Spans: spans},
		doc.Rule{},
	}}}
}

func recipient(c casefile.Claimant) []doc.Block {
	var spans []doc.Span
	add := func(s string) {
		if s == "" {
			return
		}
		if len(spans) > 0 {
			spans = append(spans, doc.BR())
		}
		spans = append(spans, doc.T(s))
	}
	addr := c.Address
	if c.HasRepresentative() {
		add(c.Representative.Name)
		if c.Minor {
			add("for " + c.Name)
		} else {
			add("for the claim of " + c.Name)
		}
		if !c.Representative.Address.IsZero() {
			addr = c.Representative.Address
		}
	} else {
		add(c.Name)
	}
	for _, l := range addressLines(addr) {
		add(l)
	}
	if c.Email != "" && !c.HasRepresentative() {
		add("By email: " + c.Email)
	}
	return []doc.Block{doc.Group{Blocks: []doc.Block{doc.Paragraph{Spans: spans}}}}
}

// deadlinesTable is the client's own deadlines with the computed dates.
func deadlinesTable(f law.Facts) []doc.Block {
	t := doc.Table{Widths: []float64{0.5, 0.22, 0.28}, HeaderRows: 1, Borders: true}
	t.Rows = append(t.Rows, doc.Row{Cells: []doc.Cell{
		{Spans: []doc.Span{doc.B("What must happen")}},
		{Spans: []doc.Span{doc.B("Date")}},
		{Spans: []doc.Span{doc.B("Where it stands")}},
	}})
	for _, dl := range f.Deadlines {
		date := dl.Date.English()
		if wd := dl.Date.Weekday(); wd == 0 || wd == 6 {
			date += " (a " + wd.String() + ")"
		}
		t.Rows = append(t.Rows, doc.Row{Cells: []doc.Cell{
			{Spans: []doc.Span{doc.T(dl.Label)}},
			{Spans: []doc.Span{doc.B(date)}},
			{Spans: []doc.Span{doc.T(standing(dl))}},
		}})
	}
	// The law's notes (weekend rules, longer periods, accrual) are for
	// counsel: they carry citations, which a client letter keeps out of its
	// sentences. The template explains the dates in plain words instead.
	return []doc.Block{t}
}

// standing says in plain words where a deadline stands.
func standing(dl law.Deadline) string {
	switch dl.Status {
	case law.Met:
		return "Done in time."
	case law.Passed:
		return "This date has passed. Call us right away."
	case law.Available:
		if dl.DaysLeft <= 0 {
			return "You may do this now."
		}
		return fmt.Sprintf("Possible from this date (%s from now).", days(dl.DaysLeft))
	default:
		if dl.DaysLeft == 0 {
			return "Today is the last day."
		}
		s := days(dl.DaysLeft) + " left."
		if dl.DaysLeft <= 90 {
			s = "Soon: " + s
		}
		return s
	}
}

func days(n int) string {
	if n == 1 {
		return "1 day"
	}
	return fmt.Sprintf("%d days", n)
}

// warnings are the urgent and soon warnings, as a conspicuous notice.
func warnings(f law.Facts) []doc.Block {
	var out []doc.Block
	for _, w := range f.Warnings {
		if w.Severity < law.Soon {
			continue
		}
		prefix := "Soon: "
		if w.Severity == law.Urgent {
			prefix = "Urgent: "
		}
		out = append(out, doc.Paragraph{Style: doc.Mark, Align: doc.Left, Spans: []doc.Span{doc.B(prefix), doc.T(w.Text)}})
	}
	return out
}

func signature(d Data) []doc.Block {
	spans := []doc.Span{doc.T("Sincerely,"), doc.BR(), doc.BR(), doc.BR(), doc.T("______________________________")}
	a := d.Attorney
	if a.Name != "" {
		spans = append(spans, doc.BR(), doc.T(a.Name))
		if a.Bar != "" {
			spans = append(spans, doc.BR(), doc.T("Bar No. "+a.Bar))
		}
	} else {
		spans = append(spans, doc.BR(), doc.T("[ATTORNEY NAME NEEDED]"))
	}
	spans = append(spans, doc.BR(), doc.T(d.Case.Firm.Name))
	var contact []string
	for _, s := range []string{a.Phone, a.Email} {
		if s != "" {
			contact = append(contact, s)
		}
	}
	if len(contact) > 0 {
		spans = append(spans, doc.BR(), doc.T(strings.Join(contact, " · ")))
	}
	return []doc.Block{doc.Group{Blocks: []doc.Block{doc.Paragraph{Style: doc.Compact, Spans: spans}}}}
}

func addressLines(a casefile.Address) []string {
	var out []string
	if a.Street != "" {
		out = append(out, a.Street)
	}
	city := a.City
	if a.State != "" {
		if city != "" {
			city += ", "
		}
		city += a.State
	}
	if a.Zip != "" {
		city += " " + a.Zip
	}
	if strings.TrimSpace(city) != "" {
		out = append(out, strings.TrimSpace(city))
	}
	return out
}
