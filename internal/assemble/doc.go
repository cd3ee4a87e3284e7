// Package assemble runs a template against a case and turns the result
// into a document tree.
//
// Its place in the pipeline: casefile -> law -> assemble -> doc -> writers.
// A template is Markdown with Go text/template actions, one file per
// document. Assembly has three steps:
//
//  1. Execute the template. Before execution every {{ action }} that prints
//     a value gets a final "lit" command appended to its pipeline (the way
//     html/template appends its escapers). lit stores the value in a table
//     and prints an opaque token made of private-use characters instead.
//     Named blocks (a deadlines table, a signature) print a block token.
//  2. Parse the Markdown with goldmark. The tokens are ordinary characters
//     to Markdown, so data can never become markup: a client named "*x*"
//     or "<b>" stays literal, and "{{ .Secret }}" in a summary is never run.
//  3. Walk goldmark's AST into doc blocks, expanding each value token into
//     its literal text and each block token into the blocks it stands for.
package assemble
