// Package money holds exact U.S. dollar amounts as integer cents.
//
// Its place in the pipeline: casefile parses amounts into Money, the SF-95
// adds them (box 12d is the computed sum of 12a-12c), and templates print
// them. Floats never touch an amount: a claim's "sum certain" must be
// exactly what the client claims, to the cent.
package money
