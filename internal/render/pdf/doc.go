// Package pdf writes a doc.Document as PDF bytes.
//
// Its place in the pipeline: assemble builds a *doc.Document; this package
// turns it into a finished, self-contained PDF (fonts embedded, metadata,
// bookmarks, "Page N of M" footers). It knows nothing about letters,
// complaints or claims.
//
// The work is done in four steps, each in its own files:
//
//   - typesetting (linebreak.go, measure.go): spans become measured words,
//     and words become lines. We break lines ourselves, with the same width
//     table for measuring and drawing, because fpdf's SplitText, SplitLines
//     and MultiCell disagree with each other and mishandle UTF-8. A span's
//     own Size is honoured wherever text is set (paragraphs, table cells,
//     text boxes, headers and footers); a line is as tall as the largest
//     text on it;
//   - direction (bidi.go, reorder.go): a paragraph is set left to right,
//     and right-to-left text in it (a Hebrew name or address) is placed by
//     the implicit rules of the Unicode Bidirectional Algorithm: levels
//     are resolved on the paragraph, lines are broken in logical order,
//     and each line is then reordered, with brackets mirrored in
//     right-to-left runs. Text with no right-to-left character skips all
//     of it. Arabic is not drawn: the font has no Arabic letters;
//   - layout (layout.go, table.go, canvas.go, paginate.go): blocks become
//     units (a line, a table row band, a whole canvas page) that carry their
//     keep rules, and units are placed on pages. The whole document is
//     paginated before anything is drawn, so the page total is known and
//     printed as plain text rather than through fpdf's {nb} alias, which
//     drops digits with UTF-8 fonts. Table cells may span columns, be
//     shaded, and rows may have a least height; borders are drawn cell by
//     cell. A doc.Canvas (a prescribed form such as the SF-95) is a page of
//     its own with lines, boxes and text boxes at fixed points, no running
//     header or footer and no bookmark, but it counts in page numbers;
//   - drawing (draw.go, fonts.go, meta.go): the positioned pages are handed to
//     go-pdf/fpdf.
//
// pleading.go is pleading paper (Layout.PleadingLines > 0): the line
// numbers and double rule down the left margin of every page of text, and
// the grid the body is set on so that each double-spaced line stands on a
// number (the pitch is the text area's height over the number of lines;
// single-spaced lines are half as tall; every paragraph starts on its
// grid). With PleadingLines 0 none of it applies and the output is as
// before.
//
// wrap.go exports the measuring side of a text box (WrapText, LineHeight,
// TextWidth, LinesThatFit, TextHeight) for callers that must decide what
// fits a form's box before building the document. It uses the very
// typesetter and constants that draw the box, needs no Renderer, and is
// safe for concurrent use.
//
// batch.go renders many documents with one Fpdf, so that the fonts are
// registered and subset once for all of them instead of once each (most
// of the 20-odd ms a short letter takes alone). Combine makes one file of
// them for a print run (each document drawn as Write draws it, each
// starting on an odd page if asked, a top-level bookmark per document);
// WriteEach makes one file per document, at about a tenth of the cost of
// Write per document, by cutting the group's file apart (split.go: pdfcpu
// reads it, and the files are written here, deterministically). A
// document starts and ends in the same graphics state (draw.go's rest
// state), so its pages have the same contents, byte for byte, whichever
// way it is written and whatever is drawn before it.
//
// Only fonts.go, measure.go, draw.go and meta.go import fpdf. Replacing it
// (with its Codeberg successor, or another engine) is a change to those
// files alone; split.go reads whatever PDF the engine writes, through
// pdfcpu.
//
// A Renderer is not safe for concurrent use; batch code makes one per
// worker goroutine. Combine and WriteEach share nothing and may run in
// several goroutines at once. Identical input gives identical bytes.
package pdf
