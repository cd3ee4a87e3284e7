package pdf

import (
	"fmt"

	"github.com/go-pdf/fpdf"

	"redress/internal/doc"
	"redress/internal/fonts"
)

// family is the name the faces are registered under. fpdf writes it, with
// a "utf8" prefix and the style, as the PDF font name, so it must be a valid
// PDF name: no spaces (fonts.Family has one).
const family = "LiberationSerif"

// face is one of the three faces we embed. There is no bold italic face:
// text that is both is set bold, which keeps the emphasis that matters in a
// legal document (bold) and costs no fourth font file.
type face uint8

const (
	regular face = iota
	bold
	italic
	numFaces
)

// style is the face's style string as fpdf names it.
func (f face) style() string {
	switch f {
	case bold:
		return "B"
	case italic:
		return "I"
	}
	return ""
}

// faceOf picks the face for a span, with the paragraph style's forced
// emphasis added.
func faceOf(s doc.Span, forceBold, forceItalic bool) face {
	switch {
	case s.Bold || forceBold:
		return bold
	case s.Italic || forceItalic:
		return italic
	}
	return regular
}

// registerFaces embeds the three faces in pdf. fpdf reports a broken font
// file only later, as "undefined font" from SetFont (and prints to stdout),
// so each face is selected once here to surface the error now.
func registerFaces(pdf *fpdf.Fpdf) error {
	faces, err := fonts.Faces()
	if err != nil {
		return err
	}
	for _, fc := range faces {
		pdf.AddUTF8FontFromBytes(family, fc.Style, fc.Embed)
		pdf.SetFont(family, fc.Style, 12)
		if err := pdf.Error(); err != nil {
			return fmt.Errorf("pdf: registering font %s %q: %w", fonts.Family, fc.Style, err)
		}
	}
	return nil
}
