package letter

import (
	"fmt"

	"redress/internal/assemble"
	"redress/internal/blocks"
	"redress/internal/casefile"
	"redress/internal/doc"
	"redress/internal/law"
)

// namedBlocks are the named layout blocks the letter template places.
func namedBlocks(d Data) map[string]assemble.BlockFunc {
	return map[string]assemble.BlockFunc{
		"letterhead":     func(...any) ([]doc.Block, error) { return blocks.Letterhead(d.Case.Firm), nil },
		"recipient":      func(...any) ([]doc.Block, error) { return recipient(d.Claimant), nil },
		"deadlinesTable": func(...any) ([]doc.Block, error) { return deadlinesTable(d.Law), nil },
		"warnings":       func(...any) ([]doc.Block, error) { return blocks.Warnings(d.Law), nil },
		"signature": func(...any) ([]doc.Block, error) {
			return blocks.Signature("Sincerely,", d.Attorney, d.Case.Firm), nil
		},
	}
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
	for _, l := range blocks.AddressLines(addr) {
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
