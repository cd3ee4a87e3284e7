// Package suggest finds the word a typo was meant to be: the case-file key
// ("date_of_brith" → date_of_birth), the template field (.Claimant.Nmae →
// Name), the template file (claim_letter/en.md → claim-letter/en.md).
//
// Its place in the pipeline: beside it, serving every stage that tells a
// person what would be right (casefile's problems, assemble's template
// check, the templates command), so that all of them judge "near enough"
// the same way.
package suggest
