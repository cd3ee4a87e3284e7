package blocks

import (
	"strings"

	"redress/internal/casefile"
	"redress/internal/doc"
	"redress/internal/law"
)

// Letterhead is the firm's name, address and contact line, centred, over
// a rule, with the firm's logo (firm.logo) centred above the name, as a
// firm's printed letterhead sets it. The group is marked as the
// letterhead: a DOCX built on the firm's own letterhead document
// (firm.letterhead) leaves it out, since that document's header carries
// the firm's name and logo.
func Letterhead(f casefile.Firm) []doc.Block {
	var out []doc.Block
	if logo, ok := Logo(f); ok {
		out = append(out, logo)
	}
	spans := []doc.Span{{Text: f.Name, Bold: true}}
	for _, line := range AddressLines(f.Address) {
		spans = append(spans, doc.BR(), doc.T(line))
	}
	if c := joinNonEmpty(" · ", f.Phone, f.Email); c != "" {
		spans = append(spans, doc.BR(), doc.T(c))
	}
	out = append(out, doc.Paragraph{Style: doc.Compact, Align: doc.Center, Spans: spans}, doc.Rule{})
	return []doc.Block{doc.Group{Letterhead: true, Blocks: out}}
}

// The logo's size on the letterhead: 0.6 in tall, its width by its
// aspect ratio, but no wider than 3 in (a wide word mark is then less
// tall).
const (
	logoHeight   = 0.6 * 72
	logoMaxWidth = 3 * 72
)

// Logo is the firm's logo as a centred picture, if the case names one.
func Logo(f casefile.Firm) (doc.Image, bool) {
	lf := f.LogoFile
	if lf == nil || len(lf.Data) == 0 || lf.Width < 1 || lf.Height < 1 {
		return doc.Image{}, false
	}
	h := logoHeight
	w := h * float64(lf.Width) / float64(lf.Height)
	if w > logoMaxWidth {
		w, h = logoMaxWidth, logoMaxWidth*float64(lf.Height)/float64(lf.Width)
	}
	alt := "Logo"
	if f.Name != "" {
		alt = "Logo of " + f.Name
	}
	return doc.Image{Data: lf.Data, Width: w, Height: h, Align: doc.Center, Alt: alt}, true
}

// Address is lines kept together as one paragraph.
func Address(lines ...string) []doc.Block {
	var spans []doc.Span
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		if len(spans) > 0 {
			spans = append(spans, doc.BR())
		}
		spans = append(spans, doc.T(l))
	}
	return []doc.Block{doc.Group{Blocks: []doc.Block{doc.Paragraph{Spans: spans}}}}
}

// AddressLines writes a postal address as a street line and a
// "City, ST 12345" line.
func AddressLines(a casefile.Address) []string {
	var out []string
	if a.Street != "" {
		out = append(out, a.Street)
	}
	city := joinNonEmpty(", ", a.City, a.State)
	if a.Zip != "" {
		city = joinNonEmpty(" ", city, a.Zip)
	}
	if city != "" {
		out = append(out, city)
	}
	return out
}

// SignatureText is the signature block's words, in the document's
// language.
type SignatureText struct {
	Closing    string                  // "Sincerely,"
	BarNumber  func(bar string) string // "Bar No. 6301234"
	NameNeeded string                  // printed when no attorney is named
}

// EnglishSignature is the signature block of the documents that are always
// in English (the presentment letter, the complaint).
func EnglishSignature(closing string) SignatureText {
	return SignatureText{Closing: closing, BarNumber: func(bar string) string { return "Bar No. " + bar },
		NameNeeded: "[ATTORNEY NAME NEEDED]"}
}

// Signature is a closing, room for the ink signature, and the signer's
// block: the attorney (or a placeholder), bar number, firm, contact.
func Signature(w SignatureText, a casefile.Attorney, firm casefile.Firm) []doc.Block {
	spans := []doc.Span{doc.T(w.Closing), doc.BR(), doc.BR(), doc.BR(), doc.T("______________________________")}
	if a.Name != "" {
		spans = append(spans, doc.BR(), doc.T(a.Name))
		if a.Bar != "" {
			spans = append(spans, doc.BR(), doc.T(w.BarNumber(a.Bar)))
		}
	} else {
		spans = append(spans, doc.BR(), doc.T(w.NameNeeded))
	}
	spans = append(spans, doc.BR(), doc.T(firm.Name))
	for _, l := range AddressLines(firm.Address) {
		spans = append(spans, doc.BR(), doc.T(l))
	}
	if c := joinNonEmpty(" · ", a.Phone, a.Email); c != "" {
		spans = append(spans, doc.BR(), doc.T(c))
	}
	return []doc.Block{doc.Group{Blocks: []doc.Block{doc.Paragraph{Style: doc.Compact, Spans: spans}}}}
}

// Warnings are the soon and urgent deadline warnings, as conspicuous
// notices; nothing when there are none. say gives a warning's label
// ("Urgent:") and text in the document's language; nil means the English
// text the law computed.
func Warnings(f law.Facts, say func(law.Warning) (label, text string)) []doc.Block {
	if say == nil {
		say = englishWarning
	}
	var out []doc.Block
	for _, w := range f.Warnings {
		if w.Severity < law.Soon {
			continue
		}
		label, text := say(w)
		out = append(out, doc.Paragraph{Style: doc.Mark, Align: doc.Left, Spans: []doc.Span{doc.B(label + " "), doc.T(text)}})
	}
	return out
}

func englishWarning(w law.Warning) (string, string) {
	if w.Severity == law.Urgent {
		return "Urgent:", w.Text
	}
	return "Soon:", w.Text
}

func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}
