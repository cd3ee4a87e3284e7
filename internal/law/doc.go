// Package law derives what follows in law from a case and an as-of date:
// the FTCA and Bivens deadlines, the warnings they raise, the borrowed
// state limitations period, and the agency directory.
//
// Its place in the pipeline: it sits between casefile and assemble. Every
// function is pure (no I/O, no clock): the same case and as-of date give the
// same Facts. The rules are "Rules the code computes" in
// shared/legal/README.md; the data that changes (limitations periods,
// agency claims offices) lives in YAML files beside this package, each row
// with its source and a verified date, so a lawyer can correct them
// without touching Go.
package law
