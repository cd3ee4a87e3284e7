package pdf

import (
	"time"

	"github.com/go-pdf/fpdf"
	"golang.org/x/text/language"

	"redress/internal/doc"
)

// producer names this program in the PDF's Creator and Producer; fpdf's
// default ("FPDF 1.7") would say nothing useful to whoever examines a filed
// document.
const producer = "redress"

// defaultCreated is the date written when the document has none: a fixed
// date, never the clock, so output stays reproducible.
var defaultCreated = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// newPDF starts an fpdf document with the faces registered and the
// metadata set. Everything that would otherwise vary between runs is
// pinned: the dates (fpdf would use the clock) and the order of font
// objects (fpdf emits them in map order unless the catalog is sorted).
func newPDF(m doc.Meta) (*fpdf.Fpdf, error) {
	pdf := fpdf.New("P", "pt", "Letter", "")
	pdf.SetAutoPageBreak(false, 0) // pagination is ours
	pdf.SetMargins(0, 0, 0)
	pdf.SetCatalogSort(true)
	pdf.SetCompression(true)
	if err := registerFaces(pdf); err != nil {
		return nil, err
	}
	// The rest state (draw.go): set before any page, it writes nothing.
	pdf.SetFont(family, regular.style(), restSize)
	pdf.SetLineWidth(ruleWidth)
	// Metadata strings go through fpdf's UTF-16 conversion, which only
	// understands valid UTF-8 in the BMP: clean them first.
	pdf.SetTitle(cleanMeta(m.Title), true)
	pdf.SetAuthor(cleanMeta(m.Author), true)
	pdf.SetSubject(cleanMeta(m.Subject), true)
	pdf.SetKeywords(cleanMeta(m.Keywords), true)
	pdf.SetCreator(producer, true)
	pdf.SetProducer(producer, true)
	if lang := languageTag(m.Language); lang != "" {
		pdf.SetLang(lang)
	}
	ts := metaDate(m)
	pdf.SetCreationDate(ts)
	pdf.SetModificationDate(ts)
	return pdf, pdf.Error()
}

// metaDate is the creation and modification date written for m: its
// Created in UTC, or defaultCreated when it has none that PDF can write.
// fpdf writes the date without a zone offset, in the value's own
// location: UTC keeps it the same on every machine.
func metaDate(m doc.Meta) time.Time {
	ts := m.Created.UTC()
	if m.Created.IsZero() || ts.Year() < 1 || ts.Year() > 9999 {
		ts = defaultCreated
	}
	return ts
}

// languageTag returns the canonical form of a BCP 47 tag, or "" for an
// empty or malformed one. fpdf writes the tag into the catalog unescaped,
// so only a parsed tag is safe to pass.
func languageTag(s string) string {
	if s == "" {
		return ""
	}
	tag, err := language.Parse(s)
	if err != nil {
		return ""
	}
	return tag.String()
}
