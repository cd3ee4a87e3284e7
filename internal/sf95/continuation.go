package sf95

import (
	"strings"

	"redress/internal/doc"
)

// itemNames are the continuation sheets' names for the items that can
// overflow.
var itemNames = map[string]string{
	"1": "Submit to Appropriate Federal Agency", "2": "Name, address of claimant, and claimant's personal representative",
	"8": "Basis of Claim", "9": "Property Damage", "10": "Personal Injury/Wrongful Death", "11": "Witnesses",
	"15": "Accident Insurance", "18": "Action Taken by Insurer", "19": "Public Liability and Property Damage Insurance",
}

// continuationSheets are the attached sheets: for each overflowing item,
// a caption naming the form, the claimant and the item, then the rest of
// the item's text. Items follow the form's order.
func continuationSheets(claimant string, over []overflow) []doc.Block {
	var out []doc.Block
	for i, o := range over {
		if i > 0 {
			out = append(out, doc.Paragraph{Style: doc.Compact})
		}
		title := "Continuation of Standard Form 95 — " + claimant + " — Item " + o.item
		out = append(out, doc.Heading{Level: 1, Spans: []doc.Span{doc.T(title)}})
		if n := itemNames[o.item]; n != "" {
			out = append(out, doc.Paragraph{Style: doc.Small, Spans: []doc.Span{doc.I("Item " + o.item + ": " + n + " (continued from the form)")}, KeepWithNext: true})
		}
		if len(o.witnesses) > 0 {
			t := doc.Table{Widths: []float64{0.37, 0.63}, HeaderRows: 1, Borders: true}
			t.Rows = append(t.Rows, doc.Row{Cells: []doc.Cell{{Spans: []doc.Span{doc.B(label11Name)}}, {Spans: []doc.Span{doc.B(label11Addr)}}}})
			for _, w := range o.witnesses {
				t.Rows = append(t.Rows, doc.Row{Cells: []doc.Cell{{Spans: spans(w.Name, false)}, {Spans: spans(w.Address, false)}}})
			}
			out = append(out, t)
			continue
		}
		for _, para := range strings.Split(o.text, "\n") {
			if strings.TrimSpace(para) != "" {
				out = append(out, doc.Paragraph{Align: doc.Justify, Spans: []doc.Span{doc.T(para)}})
			}
		}
	}
	return out
}
