package letter

import (
	"redress/internal/assemble"
	"redress/internal/blocks"
	"redress/internal/casefile"
	"redress/internal/doc"
	"redress/internal/law"
	"redress/internal/locale"
)

// namedBlocks are the named layout blocks the letter template places.
// Their words come from the locale, so they are in the letter's language.
func namedBlocks(d Data, loc *locale.Locale) map[string]assemble.BlockFunc {
	return map[string]assemble.BlockFunc{
		"letterhead":     func(...any) ([]doc.Block, error) { return blocks.Letterhead(d.Case.Firm), nil },
		"recipient":      func(...any) ([]doc.Block, error) { return recipient(d.Claimant, loc), nil },
		"deadlinesTable": func(...any) ([]doc.Block, error) { return deadlinesTable(d.Law, loc), nil },
		"warnings": func(...any) ([]doc.Block, error) {
			return blocks.Warnings(d.Law, func(w law.Warning) (string, string) { return warning(w, loc) }), nil
		},
		"signature": func(...any) ([]doc.Block, error) {
			w := blocks.SignatureText{Closing: loc.Say("closing"), NameNeeded: loc.Say("attorney_needed"),
				BarNumber: func(bar string) string { return loc.Say("bar_number", "bar", bar) }}
			return blocks.Signature(w, d.Attorney, d.Case.Firm), nil
		},
	}
}

// warning says a law warning in the letter's language.
func warning(w law.Warning, loc *locale.Locale) (label, text string) {
	label = loc.Say("warning_soon")
	if w.Severity == law.Urgent {
		label = loc.Say("warning_urgent")
	}
	text = loc.Say("warning_"+w.Code,
		"label", loc.Say("deadline_"+string(w.Kind)),
		"date", loc.Date(w.Date),
		"received", loc.Date(w.Received),
		"filed", loc.Date(w.Filed),
		"days", loc.Days(w.Days),
		"state", w.State)
	return label, text
}

func recipient(c casefile.Claimant, loc *locale.Locale) []doc.Block {
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
		switch {
		case c.IsWrongfulDeath():
			// The administrator acts in a capacity, not for a person
			// (28 C.F.R. § 14.3(c)): the block names it.
			add(capacityLine(c, loc))
		case c.Minor:
			add(loc.Say("for_minor", "name", c.Name))
		default:
			add(loc.Say("for_claim_of", "name", c.Name))
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
		add(loc.Say("by_email", "email", c.Email))
	}
	return []doc.Block{doc.Group{Blocks: []doc.Block{doc.Paragraph{Spans: spans}}}}
}

// deadlinesTable is the client's own deadlines with the computed dates.
func deadlinesTable(f law.Facts, loc *locale.Locale) []doc.Block {
	t := doc.Table{Widths: []float64{0.46, 0.26, 0.28}, HeaderRows: 1, Borders: true}
	t.Rows = append(t.Rows, doc.Row{Cells: []doc.Cell{
		{Spans: []doc.Span{doc.B(loc.Say("table_what"))}},
		{Spans: []doc.Span{doc.B(loc.Say("table_date"))}},
		{Spans: []doc.Span{doc.B(loc.Say("table_status"))}},
	}})
	for _, dl := range f.Deadlines {
		date := loc.Date(dl.Date)
		if wd := dl.Date.Weekday(); wd == 0 || wd == 6 {
			date = loc.Say("weekend_date", "date", date, "weekday", loc.Weekday(dl.Date))
		}
		t.Rows = append(t.Rows, doc.Row{Cells: []doc.Cell{
			{Spans: []doc.Span{doc.T(loc.Say("deadline_" + string(dl.Kind)))}},
			{Spans: []doc.Span{doc.B(date)}},
			{Spans: []doc.Span{doc.T(standing(dl, loc))}},
		}})
	}
	// A deadline the law cannot date (no known limitations period for the
	// place) keeps its row: the marker stands where the date would be, so
	// the client and the lawyer see that a deadline exists.
	for _, dl := range f.Undetermined {
		t.Rows = append(t.Rows, doc.Row{Cells: []doc.Cell{
			{Spans: []doc.Span{doc.T(loc.Say("deadline_" + string(dl.Kind)))}},
			{Spans: []doc.Span{doc.B(dl.Marker)}},
			{Spans: []doc.Span{doc.T(loc.Say("status_unknown"))}},
		}})
	}
	// The law's notes (weekend rules, longer periods, accrual) are for
	// counsel: they carry citations, which a client letter keeps out of its
	// sentences. The template explains the dates in plain words instead.
	return []doc.Block{t}
}

// standing says in plain words where a deadline stands.
func standing(dl law.Deadline, loc *locale.Locale) string {
	switch dl.Status {
	case law.Met:
		return loc.Say("status_met")
	case law.Passed:
		return loc.Say("status_passed")
	case law.Available:
		if dl.DaysLeft <= 0 {
			return loc.Say("status_available_now")
		}
		return loc.Say("status_available", "days", loc.Days(dl.DaysLeft))
	default:
		switch {
		case dl.DaysLeft == 0:
			return loc.Say("status_last_day")
		case dl.DaysLeft <= 90:
			return loc.Say("status_soon", "days", loc.Days(dl.DaysLeft))
		}
		return loc.Say("status_left", "days", loc.Days(dl.DaysLeft))
	}
}
