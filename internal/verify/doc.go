// Package verify checks redress's outputs with the real tools a reader
// would use: pdfcpu's validator, qpdf --check, poppler's pdffonts and
// pdftotext, and LibreOffice's DOCX-to-PDF conversion. Tests use it so
// that they check the real thing, not the code against itself.
//
// The external tools are optional on a developer's machine (a test that
// needs one is skipped when it is missing) and required in CI: with
// REDRESS_REQUIRE_TOOLS=1 a missing tool fails the test instead.
package verify
