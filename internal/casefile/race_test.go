//go:build race

package casefile

// raceSlowdown scales the time bounds of the tests: the race detector
// makes the parsers several times slower, and a bound still catches the
// runaways they guard against (minutes, not seconds).
const raceSlowdown = 10
