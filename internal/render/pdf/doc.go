// Package pdf writes a doc.Document as PDF bytes.
//
// Its place in the pipeline: assemble builds a *doc.Document; this package
// turns it into a finished, self-contained PDF (fonts embedded, metadata,
// bookmarks, "Page N of M" footers). It knows nothing about letters,
// complaints or claims.
//
// The work is done in three steps, each in its own file:
//
//   - typesetting (linebreak.go, measure.go): spans become measured words,
//     and words become lines. We break lines ourselves, with the same width
//     table for measuring and drawing, because fpdf's SplitText, SplitLines
//     and MultiCell disagree with each other and mishandle UTF-8;
//   - layout (layout.go, table.go, paginate.go): blocks become units (a line,
//     a table row band) that carry their keep rules, and units are placed on
//     pages. The whole document is paginated before anything is drawn, so
//     the page total is known and printed as plain text rather than through
//     fpdf's {nb} alias, which drops digits with UTF-8 fonts;
//   - drawing (draw.go, fonts.go, meta.go): the positioned pages are handed to
//     go-pdf/fpdf.
//
// Only fonts.go, measure.go, draw.go and meta.go import fpdf. Replacing it
// (with its Codeberg successor, or another engine) is a change to those
// files alone.
//
// A Renderer is not safe for concurrent use; batch code makes one per
// worker goroutine. Identical input gives identical bytes.
package pdf
