// Package doc is the document tree that every redress document becomes
// before it is written: a small, format-neutral model in the spirit of
// pandoc's AST.
//
// Its place in the pipeline: assemble turns a template and the case into a
// *Document; render/pdf and render/docx turn a *Document into bytes. No
// writer knows about letters, claims or complaints, and nothing here knows
// about XML or PDF operators. Text in the tree is always literal: a client
// named "<b>" or "*Smith*" is just text by the time it gets here.
package doc
