// Package docx writes a doc.Document as a WordprocessingML (.docx) file.
//
// Its place in the pipeline: assemble builds a *doc.Document; this package
// turns it into .docx bytes, as render/pdf turns the same tree into PDF
// bytes. Nothing here knows about letters, complaints or SF-95s.
//
// The writer generates every piece of WordprocessingML itself: the body
// (paragraphs, runs with their sizes, tables with column spans, shading
// and row heights, so a form such as the SF-95 stays an editable Word
// table), real Word numbering for lists and for the
// pleading paragraphs of a complaint (one Word list, so Word renumbers after
// a lawyer inserts a paragraph), the running header and footer with PAGE and
// NUMPAGES fields, the core properties and the layout-dependent part of the
// styles. The static parts of the package (content types, relationships,
// named styles, settings, page setup) are source files under base/,
// embedded and zipped deterministically into a base .docx.
//
// github.com/nguyenthenguyen/docx is only the container behind this seam:
// it opens the per-document zip, takes the generated body through
// SetContent and writes the package. Its Replace helpers are never used,
// because they put line breaks inside w:t (invalid) and share header maps
// across documents; see shared/design/libraries-and-style.md, section 2.
// Because its Write hides errors, every output is reopened and each XML part
// is decoded before the bytes are handed back.
//
// Pleading paper (doc.Layout.PleadingLines > 0) is Word line numbering,
// restarting on every page, with exact line heights so that that many
// double-spaced lines fill the text area; see pleading.go. With
// PleadingLines 0 the output is byte for byte what it was without it.
package docx
