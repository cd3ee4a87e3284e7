// Package civil holds calendar values without a time zone: the dates and
// times of day that a case file records and that the law counts.
//
// Its place in the pipeline: casefile decodes into these types, law counts
// with them, and templates print them. A deadline is a calendar day, not an
// instant, so time.Time (with its zones and clocks) is the wrong tool; this
// package makes "six months after August 31" an explicit, tested rule.
package civil
