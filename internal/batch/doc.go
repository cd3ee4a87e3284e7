// Package batch drafts documents for many matters in one run: the rows of
// a roster laid over a base case file, or every case file in a folder.
//
// Its place in the pipeline: it drives casefile, drafts and output for
// each record, and knows nothing of a document's content. A run has two
// phases. The plan decodes every record (in parallel), reports each bad
// record with its roster row and column, and gives every client a file
// name that is distinct within its matter's folder, deterministically, in
// record order. The render phase drafts the good records on -j workers;
// each record's files depend only on the record, so the bytes are the same
// whatever -j is. Files are written complete or not at all (output), and a
// manifest (manifest.json, manifest.csv) records every row, file, hash,
// size and error, also when the run is interrupted, so --resume can skip
// what is already done and intact. It also records each claimant's passed
// and coming deadlines, and the run's summary names the rows that have
// them (triage.go), so that no urgent row is buried in a long run.
package batch
