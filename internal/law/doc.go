// Package law derives what follows in law from a case and an as-of date:
// the FTCA and Bivens deadlines, the warnings they raise, the borrowed
// state limitations period, and the agency directory.
//
// Its place in the pipeline: it sits between casefile and assemble. Every
// function is pure (no I/O, no clock): the same case and as-of date give the
// same Facts. Each rule is stated, with its authority, beside the code that
// computes it (ftca.go, periods.go, bivens.go, warnings.go, holidays.go);
// the data that changes (limitations periods, agency claims offices) lives
// in YAML files beside this package, each row with its source and a
// verified date, so a lawyer can correct them without touching Go.
//
// What documents read: Compute's Facts for one claimant (the dated
// Deadlines, the Undetermined ones with their Marker, the Warnings, the
// borrowed Limitations period with its confidence, note and verified date,
// and the claimant's own FTCA dates), ClaimantFTCA for any claimant's FTCA
// dates, PrematureFTCASuit for the complaint's refusal, and Agency.
package law
