// Package complaint drafts a Bivens (and, once the claim is exhausted,
// FTCA) complaint skeleton for the federal district court in the case
// file: complete where the case has the facts, with visible prompts and
// drafting notes for counsel where it does not.
//
// Its place in the pipeline: beside letter and sf95. It checks the rules
// (a district, an attorney, at least one known count, no premature FTCA
// count, a sum certain for FTCA counts), gives the complaint template its
// parties and dates, runs one template per count
// (templates/complaint/counts/<key>.md, so adding a count is adding a
// file), numbers every pleading paragraph once across the whole complaint
// and resolves references such as "paragraphs 14 through 25" after
// numbering (assemble.Number), and applies Fed. R. Civ. P. 5.2 to the
// finished text by substance: minors by initials however their names are
// typed, birth years only, no A-numbers in any spelling (privacy.go).
//
// It never pleads what the case file or the computed dates deny: a passed
// deadline makes the timeliness allegation a [FACTS NEEDED] marker
// (claims.go), a plaintiff whose claim stated no sum certain is left out
// of the FTCA counts, venue is pleaded only in the incident's state
// (venue.go), and a count asserts of each plaintiff only what the case
// file establishes (harm.go).
package complaint
