// Package output is the last stage of the pipeline: it names output files
// and writes them safely.
//
// It holds the table of output formats (PDF, DOCX: name, extension,
// writer), the slug that turns a client's name into a file name, and the
// atomic writer: every file is rendered into memory, written to a
// temporary name in the target folder and renamed into place, so a file
// is complete or absent, never half-written; an existing file is not
// replaced without --force; and no name derived from a case file can
// leave the output folder.
package output
