// Package fonts owns the typeface every document is set in: Liberation
// Serif 2.x (Times New Roman metrics, Vietnamese coverage, SIL OFL 1.1; the
// licence ships in LICENSES/).
//
// Its place in the pipeline: render/pdf embeds the faces; casefile asks
// Covers whether a character can be printed, so that a character the font
// lacks is an error naming the field rather than an empty box in a PDF.
package fonts
