// Package letter builds the client advisory letter: one per claimant, in
// plain language, with the client's own deadlines.
//
// Its place in the pipeline: it takes the validated case (casefile) and
// what the law computes for that claimant (law), gives the letter template
// its data, functions and named blocks (letterhead, recipient, deadlines
// table, warnings, signature), runs it through assemble, and returns a
// doc.Document with the running header (the draft mark) and footer ("Page
// N of M") that the writers turn into PDF and DOCX.
package letter
