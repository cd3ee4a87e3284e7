// Package isolation keeps each client's personal data in that client's
// documents: it finds, in a record's text, the identifiers of people who
// are not the record's own.
//
// The invariant it checks: no document of a row contains the name,
// e-mail address, phone number, street address, date of birth or A-number
// of a person who is not one of that row's claimants, representatives or
// decedents. A batch lays each roster row over a base case, so a row
// that does not replace the base's story (incident.summary,
// incident.facts, incident.evidence, incident.place) tells it about the
// base case's claimant; and a bug, a cache or a reused buffer can put one
// client's data into another's letter. Either is a breach of
// confidentiality that no reader of hundreds of letters would catch.
//
// Its place in the pipeline: batch builds one Guard per run (NewGuard)
// from every person who is a client of some record (the base case's
// claimants, marked Loose, and every row's claimants, representatives and
// decedents: PeopleOf). For each record, before anything is written, it
// checks the case's text (ScanCase, which names the key path to fix) and
// the text of each finished document (doc.TextOf) in the record's Scope:
// the guard with the record's own people (PeopleOf) and its firm and
// attorneys (FirmOf, whose data every document shares by design) taken
// out. Nothing here reads or writes a file.
//
// How text is compared: case and accents do not matter ("NGUYEN VAN AN"
// is "Nguyễn Văn Ân"), nor punctuation and spacing ("Smith & <Sons>" is
// the words smith, sons); a match starts and ends on a word boundary
// ("Torreson" is not "Torres"). Names, streets and dates are compared as
// words (tokens.go, dates.go), phone numbers and A-numbers as runs of
// digits (digits.go), e-mail addresses whole (find.go). What each kind
// of identifier matches is in keys.go and NewGuard; a base case's
// claimants are also found by loose references ("Ms. Torres", "Torres"
// alone, a minor's "N.N.M."), since that is how a case's story names them.
//
// Checking a text costs one pass over it, whatever the number of people
// (see Guard), so that a batch of thousands of clients can check every
// letter against every client.
package isolation
