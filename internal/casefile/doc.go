// Package casefile reads a case file (YAML, TOML or JSON; schema 1 of
// shared/design/casefile.md) into a validated Case.
//
// Its place in the pipeline: it is the first stage. Everything after it
// (law, assemble, the writers) sees only the typed, validated, NFC-normalised
// Case and never the file. Every data error in a file is reported in one
// run, each with file:line:col, the key path and what would be right.
//
// How a file is read: each format is parsed into one generic tree that
// keeps the position of every key and value (yamltree.go, tomltree.go,
// jsontree.go); environment overrides (REDRESS_MATTER_AS_OF, ...) are laid
// over the tree as strings (env.go, which also lists what they set,
// Source.Overrides, and names a REDRESS_ variable that sets nothing,
// UnknownEnv); the tree is decoded strictly into
// Case by its `key` tags, with no weak typing (decode.go, scalar.go), text
// is normalised and checked against the document font (normalize.go); and
// the schema's rules are checked last (validate.go), then, when the caller
// passes the case 'redress init' writes (Options.Example), every value
// still holding that fictional example (example.go). The three formats
// meet in the tree, so a key, a type or a rule behaves the same in all of
// them.
//
// A batch roster (roster.go) is a CSV file whose header names key paths
// (claimants[0].name, incident.date), one matter per row, over a base case
// file. The base is parsed once (LoadBase); each row's cells are laid over
// a copy-on-write view of its tree and the result is decoded and validated
// exactly as a file is (Roster.Case), so a row obeys every rule a file
// does. A value from a cell carries its row and column, and its problems
// name the roster, the row's line and the column.
//
// The case file's JSON Schema, for editors, is generated from the same
// `key` tags (jsonschema.go).
//
// An office's defaults (office.go) come before a case file: the office
// settings file's firm and court blocks, read by ReadOffice, are laid
// under the tree of a case file that has no such block (Options.Defaults),
// before the environment is laid over it. Their values carry the settings
// file's name and line, so their problems name that file.
package casefile
