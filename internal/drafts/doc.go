// Package drafts turns a loaded case into the finished files of one kind
// of document (advisory letters, SF-95 packets), in memory, ready for
// output.WriteAll.
//
// Its place in the pipeline: the last step before writing. The CLI's
// commands and the batch runner both call it, so a letter drafted in a
// batch is the same file as one drafted alone.
package drafts
