//go:build !race

package casefile

// raceSlowdown scales the time bounds of the tests (see race_test.go).
const raceSlowdown = 1
