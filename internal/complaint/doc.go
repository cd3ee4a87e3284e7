// Package complaint drafts a Bivens (and, once the claim is exhausted,
// FTCA) complaint skeleton for the federal district court in the case
// file: complete where the case has the facts, with visible prompts and
// drafting notes for counsel where it does not.
//
// Its place in the pipeline: beside letter and sf95. It checks the rules
// (a district, an attorney, at least one known count, no premature FTCA
// count), gives the complaint template its parties and dates, runs one
// template per count (templates/complaint/counts/<key>.md, so adding a
// count is adding a file), numbers every pleading paragraph once across
// the whole complaint and resolves references such as "paragraphs 14
// through 25" after numbering (assemble.Number), and applies Fed. R. Civ.
// P. 5.2 to the finished text: minors by initials, birth years only, no
// A-numbers.
package complaint
