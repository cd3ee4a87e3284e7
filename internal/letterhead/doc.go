// Package letterhead opens a firm's letterhead: a Word document (.docx)
// that someone else made, whose header, footer, styles and page setup
// every DOCX letter is built on.
//
// Its place in the pipeline: casefile opens the file named by
// firm.letterhead when a case is loaded (Open, once per file however many
// rows of a batch name it), and the DOCX writer (render/docx) builds each
// document on the *Letterhead that Open returned, which doc.Letterhead
// carries. Open is the only check of a letterhead, so that what
// `redress validate` accepts, drafting accepts, and both say the same
// about what they refuse.
//
// The file is not trusted. Open bounds it (limits.go), takes from it
// only what a header and footer need, and cleans that (sanitise.go): no
// macro, embedded program, external link or fetching field of the
// letterhead reaches a client's letter, and Letterhead.Dropped says what
// was left out, for a warning. What it takes it writes again as plain XML
// (xml.go), so the writer's text edits (filling {{firm.name}}, merging
// styles) meet only XML they handle. It knows nothing of case files or of
// the documents built on the letterhead.
package letterhead
