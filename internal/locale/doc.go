// Package locale holds a language's words and formats for the advisory
// letter: month and weekday names, the date and money patterns, and the
// phrases that the letter's Go-built blocks print (the running header and
// footer, the deadlines table, the warnings, the address and signature).
//
// Its place in the pipeline: a language is data, not code. Each language
// is two files among the templates, lang/<code>.yaml (read here) and
// letter/<code>.md (the letter itself, run by assemble); both can be
// overridden from a --templates folder like any template. The letter
// builder loads the claimant's locale and hands it to the blocks and to
// the template functions (date, money), so adding a language never touches
// Go. English is the reference: every other language must have every key
// of lang/en.yaml, with the same placeholders, which Load and Check verify.
package locale
