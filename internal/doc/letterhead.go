package doc

import "redress/internal/letterhead"

// Letterhead is a firm's letterhead: a Word document (.docx) whose header,
// footer, styles and page setup a DOCX is built on. Only the DOCX writer
// uses it; the PDF writer draws the letterhead the body holds (a Group
// marked Letterhead, with the firm's logo as an Image).
//
// What the writer takes from the document, and what it keeps of its own:
//
//   - the header and footer of the document's last section, for the
//     first page (when the document has a different first page) and the
//     others, with the pictures they show. The
//     document's own running header (Document.Header: the draft mark) is
//     set above the letterhead's header, and its running footer ("Page N
//     of M") under the letterhead's footer, on every page: a draft is
//     always marked as one.
//   - the page size, the margins and the header and footer distances.
//   - the styles: the letterhead's fonts, colours and Normal style win,
//     and so do its header and footer styles; the styles the body is
//     built from (Body Text, the headings, Title, Mark, Note, ...) are
//     the writer's, so that a complaint stays double-spaced and a draft
//     mark stays framed, and they take the letterhead's typeface from
//     Normal.
//   - its body, settings and numbering are not used, and what could act
//     when a reader opens the document (macros, embedded objects, links
//     to the web or a network share, fields that fetch) never reaches
//     it: internal/letterhead leaves it out when it opens the file.
//
// Tokens in the header and footer, written {{name}} (spaces inside the
// braces are allowed), are replaced by Tokens[name], inserted as text (so
// "Smith & <Sons>" stays that). A token may be split across several runs
// of one paragraph, as Word and LibreOffice split typed text. A token
// whose name is not in Tokens is left as typed, so a typo shows.
type Letterhead struct {
	// Source is the letterhead document as letterhead.Open opened and
	// cleaned it: opened once per file and shared by every document built
	// on it, never modified.
	Source *letterhead.Letterhead
	// Tokens are the values of the tokens, by name ("firm.name").
	Tokens map[string]string
}
